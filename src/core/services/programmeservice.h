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

    /// The default tranche scheme of @p programmeId, in order.
    QList<ProgrammeTranche> tranches(qint64 programmeId) const;
    QList<Programme> programmes() const;
    QList<Promotion> promotions() const;
    /// The promotion numbered or named @p text (as typed on a command line): its id, 0 when
    /// none matches, -1 when several do.
    qint64 promotionId(const QString &text) const;
    /// Phases in calendar order (position, then planned start).
    QList<Phase> phases() const;

    // The Programme workspace (settings, promotions, phases).

    /// The programme the file is about: the first one; 0 when the file has none yet.
    qint64 currentProgrammeId() const;
    /// The number a new promotion of @p programmeId takes: one more than the highest.
    int nextPromotionNumber(qint64 programmeId) const;
    /// The funding source a new grant of @p initiativeId starts with: the default of its
    /// programme (of the file's programme when it has no promotion); 0 when none is set.
    qint64 defaultFundingSource(qint64 initiativeId) const;
    /// One entry of a list the programme manages (list_item).
    struct ListEntry
    {
        qint64 id = 0;
        QString code;
        QString name;
        QString description;
    };
    /// The entries of one of the programme's lists, in their order.
    QList<ListEntry> listEntries(qint64 programmeId, ListKind list) const;
    /// Why the row may not be removed (a promotion some initiatives belong to), in the user's
    /// language; empty when it may. RecordService::remove asks inside its transaction.
    QString removalProblem(const QString &table, qint64 id) const;
    /// The rules of phases and promotions that involve other rows, checked after a write inside
    /// its transaction (like GrantService::checkWritten): a promotion's number is its own, an
    /// accompaniment phase lies within its promotion's dates when they are set. Throws
    /// tremplin::Error (the transaction then rolls back) when the written row breaks one.
    void checkWritten(const QString &table, qint64 id, const QStringList &columns) const;

private:
    Database &m_db;
};

} // namespace tremplin
