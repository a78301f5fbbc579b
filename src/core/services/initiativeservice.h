// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

#include <QList>

namespace tremplin {

class Database;

/// Initiatives and everything recorded per initiative: themes, participation in phases, needs,
/// actions, people, public partners, impact indicators and the journal.
class InitiativeService
{
public:
    explicit InitiativeService(Database &db)
        : m_db(db)
    { }

    qint64 create(const Initiative &i);
    void rename(qint64 id, const QString &name);
    /// Replaces the initiative's themes. Themes are a list the programme manages: every name
    /// must be one of allThemes() (a typo creates nothing); throws tremplin::Error otherwise.
    void setThemes(qint64 initiativeId, const QStringList &themes);
    QStringList themes(qint64 initiativeId) const;
    /// Every theme of the programme, sorted.
    QStringList allThemes() const;
    /// Why @p name cannot become a new theme (empty, or the same as an existing theme ignoring
    /// case and accents), in the user's language; empty when it can.
    QString newThemeProblem(const QString &name) const;
    /// The names among @p names that are not themes of the programme.
    QStringList unknownThemes(const QStringList &names) const;
    Initiative get(qint64 id) const;
    /// Every initiative, by name (for small programmes and exports; lists use their own models).
    QList<Initiative> all() const;

    qint64 addParticipation(const Participation &p);
    qint64 addNeed(const Need &n);
    qint64 addAction(const Action &a);
    qint64 addPerson(const InitiativePerson &p);
    void addPartner(qint64 initiativeId, qint64 administrationId, const QDate &since = {});
    qint64 addIndicator(const Indicator &i);
    qint64 addMeasurement(const Measurement &m);
    qint64 addJournalEntry(const JournalEntry &e);

private:
    /// @p createMissing: imports and the demo bring their own taxonomy; the form does not.
    void writeThemes(qint64 initiativeId, const QStringList &themes, bool createMissing);
    Database &m_db;
};

} // namespace tremplin
