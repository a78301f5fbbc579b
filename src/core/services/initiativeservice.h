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
    {
    }

    qint64 create(const Initiative &i);
    void rename(qint64 id, const QString &name);
    /// Replaces the initiative's themes (new theme names are added to the list of themes).
    void setThemes(qint64 initiativeId, const QStringList &themes);
    QStringList themes(qint64 initiativeId) const;
    /// Every theme name in use, sorted.
    QStringList allThemes() const;
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
    void writeThemes(qint64 initiativeId, const QStringList &themes);
    Database &m_db;
};

} // namespace tremplin
