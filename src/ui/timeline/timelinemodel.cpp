// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinemodel.h"

#include "core/error.h"

namespace tremplin {

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractListModel(parent)
{ }

bool TimelineModel::concerns(const ChangeSet &changes)
{
    return touches(changes,
        { QLatin1String("initiative"), QLatin1String("participation"), QLatin1String("phase"),
            QLatin1String("promotion"), QLatin1String("decision"), QLatin1String("committee"),
            QLatin1String("disbursement"), QLatin1String("grant_award"),
            QLatin1String("action_item"), QLatin1String("organisation"),
            QLatin1String("initiative_theme"), QLatin1String("need") });
}

void TimelineModel::setDatabase(Database *db, bool followChanges)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db && followChanges) {
        connect(m_db, &Database::changed, this, [this](const ChangeSet &changes) {
            if (concerns(changes))
                reload();
        });
        reload();
    }
}

void TimelineModel::setFilter(const InitiativeFilter &filter, bool reloadNow)
{
    m_filter = filter;
    if (reloadNow)
        reload();
}

void TimelineModel::setRowScope(TimelineRows rows)
{
    if (rows == m_rows)
        return;
    m_rows = rows;
    reload();
}

void TimelineModel::reload()
{
    QList<qint64> ids;
    QList<Phase> phases;
    QList<CommitteeRecord> committees;
    DateRange span;
    if (m_db && m_db->isOpen()) {
        try {
            TimelineService timeline(*m_db);
            ids = timeline.order(InitiativeListService(*m_db).matching(m_filter), m_rows);
            phases = timeline.phases();
            committees = CommitteeService(*m_db).committees();
            span = timeline.span();
        } catch (const Error &) { }
    }
    const bool sameRows = ids == m_ids;
    m_cache.clear();
    if (sameRows) {
        // Same rows: only their content changed (a bar moved); keep the selection.
        m_phases = phases;
        m_committees = committees;
        m_span = span;
        if (!m_ids.isEmpty())
            Q_EMIT dataChanged(index(0), index(rowCount() - 1));
    } else {
        beginResetModel();
        m_ids = std::move(ids);
        m_phases = phases;
        m_committees = committees;
        m_span = span;
        endResetModel();
    }
    Q_EMIT calendarChanged();
}

qint64 TimelineModel::idAt(int row) const
{
    return m_ids.value(row);
}

int TimelineModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

TimelineRow TimelineModel::rowData(int row) const
{
    if (row < 0 || row >= m_ids.size() || !m_db || !m_db->isOpen())
        return {};
    const TimelineRow *r = m_cache.get(
        m_ids, row, [this](const QList<qint64> &ids) { return TimelineService(*m_db).rows(ids); });
    return r ? *r : TimelineRow();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    switch (role) {
    case IdRole:
        return m_ids.at(index.row());
    case Qt::DisplayRole:
        return rowData(index.row()).name;
    case PromotionRole:
        return rowData(index.row()).promotion;
    case RowRole:
        return QVariant::fromValue(rowData(index.row()));
    default:
        return {};
    }
}

} // namespace tremplin
