// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../models/pagedrowcache.h"
#include "core/database/database.h"
#include "core/services/committeeservice.h"
#include "core/services/initiativelist.h"
#include "core/services/timeline.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

Q_DECLARE_METATYPE(tremplin::TimelineRow)

namespace tremplin {

/// The rows of the timeline: one per initiative passing the filter (the initiatives list's)
/// and the row scope (by default only initiatives taking part in a phase), ordered by
/// promotion then name. Like the list, it holds ids and reads a row's bars and
/// milestones when a view asks for it, a page at a time, so 10 000 rows cost nothing off screen.
class TimelineModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { IdRole = Qt::UserRole + 1, RowRole, PromotionRole };

    explicit TimelineModel(QObject *parent = nullptr);

    /// True when @p changes names a table whose rows the timeline draws.
    static bool concerns(const ChangeSet &changes);

    /// @p followChanges false: the owner calls reload() itself (see DeferredRefresh), the
    /// first time included.
    void setDatabase(Database *db, bool followChanges = true);
    void reload();
    /// @p reloadNow false: the owner calls reload() later (a filter being typed).
    void setFilter(const InitiativeFilter &filter, bool reloadNow = true);
    const InitiativeFilter &filter() const { return m_filter; }
    void setRowScope(TimelineRows rows);
    TimelineRows rowScope() const { return m_rows; }

    qint64 idAt(int row) const;
    int rowOf(qint64 id) const;
    /// The row's data (read on demand); an empty row when out of range.
    TimelineRow rowData(int row) const;
    const QList<Phase> &phases() const { return m_phases; }
    /// The committees, drawn as milestones of the whole programme on the calendar band.
    const QList<CommitteeRecord> &committees() const { return m_committees; }
    DateRange span() const { return m_span; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// Phases or the span changed (not only rows).
    void calendarChanged();

private:
    QPointer<Database> m_db;
    InitiativeFilter m_filter;
    TimelineRows m_rows = TimelineRows::InPhase;
    QList<qint64> m_ids;
    QList<Phase> m_phases;
    QList<CommitteeRecord> m_committees;
    DateRange m_span;
    mutable PagedRowCache<TimelineRow> m_cache { 48, 4096 };
};

} // namespace tremplin
