// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

#include <QList>
#include <QStringList>

namespace tremplin {

class Database;

/// Programmes, promotions, the programme calendar (phases) and committees with their decisions.
class ProgrammeService
{
public:
    explicit ProgrammeService(Database &db)
        : m_db(db)
    { }

    /// What keeps @p p from being written, in the user's language; empty when it may be.
    static QStringList programmeProblems(const Programme &p);
    static QStringList promotionProblems(const Promotion &p);

    qint64 createProgramme(const Programme &p);
    qint64 createPromotion(const Promotion &p);
    qint64 createTranche(const ProgrammeTranche &t);
    /// Marks the file as the demo programme; @p note says what in it is illustrative.
    void markAsDemo(const QString &note);
    qint64 createPhase(const Phase &p);
    qint64 createCommittee(const Committee &c);
    qint64 recordDecision(const Decision &d);

    /// The default tranche scheme of @p programmeId, in order.
    QList<ProgrammeTranche> tranches(qint64 programmeId) const;
    QList<Programme> programmes() const;
    QList<Promotion> promotions() const;
    /// The promotion numbered or named @p text (as typed on a command line): its id, 0 when
    /// none matches, -1 when several do.
    qint64 promotionId(const QString &text) const;
    /// Phases in calendar order (position, then planned start).
    QList<Phase> phases() const;

private:
    Database &m_db;
};

} // namespace tremplin
