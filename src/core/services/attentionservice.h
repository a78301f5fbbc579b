// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/money.h"

#include <QDate>
#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// What needs a coordinator's attention on a given day: where the calendar stands, the actions
/// late or due within the week, the tranches to pay or blocked, and commitments above the
/// envelope. Every figure is one aggregate query over indexed columns, so the overview stays
/// quick on a programme of 100 000 initiatives.
struct Attention
{
    /// A dated event of the calendar (a phase or a committee).
    struct Dated
    {
        qint64 id = 0;
        QString name;
        QString promotion; ///< empty when the event belongs to no promotion
        QDate start;
        QDate end;
    };
    /// Open actions whose due date falls in a window, and the initiatives they belong to.
    struct Actions
    {
        int actions = 0;
        int initiatives = 0;
        qint64 onlyInitiative = 0; ///< the initiative when there is exactly one
    };
    /// Tranches (planned or committed grants not fully paid) and what remains to pay on them.
    struct Tranches
    {
        int count = 0;
        Money remaining;
        qint64 onlyInitiative = 0; ///< the initiative when all belong to one
    };

    QDate today;
    QList<Dated> currentPhases; ///< under way today, the one ending first first (at most 3)
    int currentPhaseCount = 0; ///< all phases under way today
    Dated nextPhase; ///< the next phase to start (id 0: none)
    Dated lastPhase; ///< the last phase to have ended (id 0: none)
    Dated nextCommittee; ///< the next committee from today on (id 0: none)
    Actions overdue; ///< due before today
    Actions dueThisWeek; ///< due from today to today + 6 days
    Tranches toPay; ///< payable now: no condition pending
    Tranches blocked; ///< a condition for release still awaits its proof
    int overCommittedPromotions = 0;
    QString overCommittedPromotion; ///< its name when there is exactly one
    Money overCommitment; ///< committed above the envelope, summed over those promotions

    bool hasCalendar() const { return !currentPhases.isEmpty() || nextPhase.id || lastPhase.id; }
};

class AttentionService
{
public:
    explicit AttentionService(Database &db)
        : m_db(db)
    { }
    /// What needs attention on @p today. Actions of archived initiatives are left out, as in
    /// the initiatives list's overdue filter.
    Attention attention(const QDate &today = QDate::currentDate()) const;

private:
    Database &m_db;
};

} // namespace tremplin
