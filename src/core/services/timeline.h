// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "../domain/money.h"
#include "../domain/types.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// One initiative's participation in a programme phase, as the timeline draws it.
struct TimelineBar
{
    qint64 participationId = 0;
    qint64 phaseId = 0;
    QString phase;
    DateRange planned;
    DateRange actual;
    PhaseStatus status = PhaseStatus::NotStarted;

    /// The range drawn: actual dates where known, planned ones otherwise.
    DateRange shown() const;
    /// Days between the planned and the actual end (positive: late); 0 when unknown.
    int slipDays() const;
};

/// A dated event on an initiative's row.
struct TimelineMilestone
{
    enum Kind { Decision, Disbursement, ActionDue };
    Kind kind = Decision;
    QDate date;
    QString name; ///< the committee (decisions), the action's title (due actions)
    QString code; ///< the decision's kind, the payment's tranche, the action's status
    Money amount; ///< payments
    bool done = false; ///< actions: done or cancelled
    qint64 recordId = 0; ///< the payment or action (draggable); 0 for decisions

    /// What it is, in the user's language (tooltips). Written when asked, not when the rows
    /// are read: a page of rows holds thousands of payments that no one points at.
    QString label() const;
};

/// One row of the timeline: an initiative with its bars and milestones.
struct TimelineRow
{
    qint64 initiativeId = 0;
    QString name;
    QString promotion;
    int promotionNumber = 0;
    QList<TimelineBar> bars;
    QList<TimelineMilestone> milestones;
};

/// Which initiatives get a row on the timeline.
enum class TimelineRows {
    InPhase, ///< taking part in a phase (a dated participation): the default
    WithEvent, ///< with anything the timeline draws: a phase, a decision, a payment, a due action
    All, ///< every initiative, empty rows included
};

/// The data of the programme timeline: phases as bands, rows per initiative (read by pages,
/// for the rows on screen), and the span of all dates.
class TimelineService
{
public:
    explicit TimelineService(Database &db)
        : m_db(db)
    { }

    /// Programme phases in calendar order.
    QList<Phase> phases() const;
    /// Ids of @p ids that @p rows lets through, ordered by promotion then name (the
    /// timeline's row order).
    QList<qint64> order(const QSet<qint64> &ids, TimelineRows rows = TimelineRows::All) const;
    /// The rows of @p ids.
    QHash<qint64, TimelineRow> rows(const QList<qint64> &ids) const;
    /// First and last date of anything the timeline shows.
    DateRange span() const;

private:
    Database &m_db;
};

} // namespace tremplin
