// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativelistmodel.h"

#include "../style.h"
#include "core/error.h"
#include "core/text/searchkey.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QPalette>

namespace tremplin {

namespace {
/// Above this many initiatives, refreshing after a change waits for a pause in the changes
/// (delays::ChangesSettled).
constexpr int LargeList = 5000;

// Tables whose changes can alter what the list shows.
/// True when @p columns (as a Change names them) are only initiative columns that the list
/// neither shows, sorts nor filters on.
bool onlyUnlistedText(const QString &columns)
{
    static const QStringList unlisted
        = { QStringLiteral("one_liner"), QStringLiteral("description"), QStringLiteral("website"),
              QStringLiteral("territories"), QStringLiteral("main_impact") };
    if (columns.isEmpty())
        return false;
    const QStringList names = columns.split(QStringLiteral(", "));
    for (const QString &name : names) {
        if (!unlisted.contains(name))
            return false;
    }
    return true;
}

bool concernsList(const ChangeSet &changes)
{
    static const QStringList tables = {
        QStringLiteral("initiative"),
        QStringLiteral("organisation"),
        QStringLiteral("promotion"),
        QStringLiteral("phase"),
        QStringLiteral("participation"),
        QStringLiteral("need"),
        QStringLiteral("action_item"),
        QStringLiteral("grant_award"),
        QStringLiteral("disbursement"),
        QStringLiteral("initiative_theme"),
        QStringLiteral("theme"),
    };
    for (const Change &c : changes) {
        if (tables.contains(c.entity))
            return true;
    }
    return false;
}
} // namespace

InitiativeListModel::InitiativeListModel(QObject *parent)
    : QAbstractTableModel(parent)
{
    m_refreshTimer.setSingleShot(true);
    m_refreshTimer.setInterval(delays::ChangesSettled);
    connect(&m_refreshTimer, &QTimer::timeout, this, [this] { refresh(true); });
}

QString InitiativeListModel::columnTitle(Column column)
{
    return InitiativeListService::columnTitle(column);
}

void InitiativeListModel::setDatabase(Database *db)
{
    if (m_db)
        disconnect(m_db, nullptr, this, nullptr);
    m_db = db;
    if (m_db)
        connect(m_db, &Database::changed, this, &InitiativeListModel::onDatabaseChanged);
    refresh(true);
}

void InitiativeListModel::retranslate()
{
    // refresh() re-sorts when the collation locale changed; headers and labels are produced
    // in the current language at each call of data() and headerData().
    refresh(m_collationLocale != QLocale());
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, InitiativeListService::ColumnCount - 1);
}

void InitiativeListModel::setFilter(const InitiativeFilter &filter)
{
    m_filter = filter;
    refresh(false);
}

void InitiativeListModel::onDatabaseChanged(const ChangeSet &changes)
{
    if (!concernsList(changes))
        return;
    // On a large programme, re-sorting after every keystroke of a form would lag: the rows
    // that changed are shown at once and the order follows when the typing pauses.
    if (m_sorted.size() > LargeList) {
        // Text the list neither shows, sorts nor filters on (a description typed in a form)
        // changes no row's place: with no search under way, nothing is re-read but that row.
        bool inPlace = m_filter.search.isEmpty();
        for (const Change &change : changes) {
            if (change.entity == QLatin1String("initiative") && change.id > 0) {
                m_cache.remove(change.id);
                const int row = rowOf(change.id);
                if (row >= 0)
                    Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
            }
            inPlace = inPlace && change.entity == QLatin1String("initiative")
                && change.kind == Change::Updated && change.id > 0
                && onlyUnlistedText(change.columns);
        }
        if (inPlace) {
            // The search keys hold the description: read again at the next search. Not after
            // a pause: a form writes in the pauses of its typing, and reading 100 000 keys
            // then would hold up the next keys typed in the form.
            m_keysValid = false;
            return;
        }
        m_refreshTimer.start();
        return;
    }
    refresh(true);
}

void InitiativeListModel::sort(int column, Qt::SortOrder order)
{
    if (column < 0 || column >= InitiativeListService::ColumnCount)
        return;
    const bool newColumn = Column(column) != m_sortColumn;
    m_sortColumn = Column(column);
    m_sortOrder = order;
    refresh(newColumn || m_sorted.isEmpty());
}

void InitiativeListModel::loadSearchKeys(const InitiativeListService &list)
{
    const QHash<qint64, QString> keys = list.searchKeys();
    QStringList ordered;
    ordered.reserve(m_sorted.size());
    for (qint64 id : std::as_const(m_sorted))
        ordered.append(keys.value(id));
    m_keys.reset(ordered);
    m_keys.setScope(m_basePlaces);
    m_keysValid = true;
}

void InitiativeListModel::refresh(bool resort)
{
    QList<qint64> ids;
    int total = 0;
    if (m_db && m_db->isOpen()) {
        try {
            InitiativeListService list(*m_db);
            if (resort || m_collationLocale != QLocale()) {
                m_collationLocale = QLocale();
                m_sorted = list.sortedIds(m_sortColumn, m_collationLocale);
                m_baseValid = false;
                // The keys follow the order: read again now rather than at the next keystroke.
                m_keysValid = false;
            }
            // The other filters, in SQL, once; then the search, in memory, per keystroke.
            InitiativeFilter base = m_filter;
            base.search.clear();
            if (!m_baseValid || !base.sameBesidesSearch(m_baseFilter)) {
                m_baseTotal = list.total(m_filter.includeArchived);
                const QSet<qint64> visible = list.matching(base);
                m_base.clear();
                m_base.reserve(visible.size());
                m_basePlaces.clear();
                m_basePlaces.reserve(visible.size());
                for (int i = 0; i < int(m_sorted.size()); ++i) {
                    if (visible.contains(m_sorted.at(i))) {
                        m_base.append(m_sorted.at(i));
                        m_basePlaces.append(i);
                    }
                }
                m_baseFilter = base;
                m_baseValid = true;
                m_keys.setScope(m_basePlaces);
            }
            if (!m_keysValid && (resort || !m_filter.search.isEmpty()))
                loadSearchKeys(list);
            const QString key = searchKey(m_filter.search);
            if (key.isEmpty()) {
                ids = m_base;
            } else {
                const QList<int> places = m_keys.search(key);
                ids.reserve(places.size());
                for (int i : places)
                    ids.append(m_sorted.at(i));
            }
            total = m_baseTotal;
            if (m_sortOrder == Qt::DescendingOrder)
                std::reverse(ids.begin(), ids.end());
        } catch (const Error &e) {
            ids.clear();
            m_db->reportReadFailure(e.message());
        }
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_total = total;
    if (resort)
        m_cache.clear();
    endResetModel();
    Q_EMIT countsChanged();
}

qint64 InitiativeListModel::idAt(int row) const
{
    return row >= 0 && row < m_ids.size() ? m_ids.at(row) : 0;
}

int InitiativeListModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int InitiativeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int InitiativeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : InitiativeListService::ColumnCount;
}

const InitiativeRow *InitiativeListModel::row(int r) const
{
    if (!m_db || !m_db->isOpen())
        return nullptr;
    return m_cache.get(
        m_ids, r,
        [this](const QList<qint64> &ids) { return InitiativeListService(*m_db).rows(ids); },
        [this](const QString &message) { m_db->reportReadFailure(message); });
}

QVariant InitiativeListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == IdRole)
        return m_ids.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole && role != Qt::ForegroundRole
        && role != Qt::TextAlignmentRole && role != OverdueRole && role != Qt::FontRole)
        return {};
    const InitiativeRow *r = row(index.row());
    if (!r)
        return {};
    const Column column = Column(index.column());
    const bool overdue = r->nextActionDue.isValid() && r->nextActionDue < QDate::currentDate();
    if (role == OverdueRole)
        return overdue;
    if (role == Qt::TextAlignmentRole) {
        if (column == InitiativeListService::Committed
            || column == InitiativeListService::Disbursed)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role == Qt::ForegroundRole) {
        if (column == InitiativeListService::NextActionDue && overdue)
            return QBrush(style::errorColor());
        if (r->archived)
            return QGuiApplication::palette().brush(QPalette::Disabled, QPalette::Text);
        return {};
    }
    if (role == Qt::FontRole)
        return {};
    const QLocale locale;
    QString text;
    switch (column) {
    case InitiativeListService::Name:
        text = r->name;
        if (role == Qt::DisplayRole && r->archived)
            text = tr("%1 (archived)").arg(text);
        break;
    case InitiativeListService::Carrier:
        text = r->carrier;
        break;
    case InitiativeListService::Promotion:
        text = r->promotion;
        break;
    case InitiativeListService::Lifecycle:
        text = label(r->lifecycle);
        break;
    case InitiativeListService::CurrentPhase:
        text = r->currentPhase;
        break;
    case InitiativeListService::PhaseStatus:
        text = r->phaseStatus ? label(*r->phaseStatus) : QString();
        break;
    case InitiativeListService::Themes:
        text = r->themes.join(QStringLiteral(", "));
        break;
    case InitiativeListService::Town:
        text = r->town;
        break;
    case InitiativeListService::NeedKinds: {
        QStringList kinds;
        for (NeedKind k : r->needKinds)
            kinds.append(label(k));
        text = kinds.join(QStringLiteral(", "));
        break;
    }
    case InitiativeListService::Committed:
    case InitiativeListService::Disbursed: {
        const Money m = column == InitiativeListService::Committed ? r->committed : r->disbursed;
        text = m.toString(locale);
        if (r->illustrativeAmounts && m.cents() != 0) {
            if (role == Qt::DisplayRole)
                text += QStringLiteral(" *");
            else
                text = tr("%1 — illustrative amount (demo data)").arg(text);
        }
        break;
    }
    case InitiativeListService::NextActionDue:
        text = r->nextActionDue.isValid() ? locale.toString(r->nextActionDue, QLocale::ShortFormat)
                                          : QString();
        if (role == Qt::ToolTipRole && overdue)
            text = tr("Overdue since %1").arg(text);
        break;
    case InitiativeListService::ColumnCount:
        break;
    }
    return text;
}

QVariant InitiativeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0
        || section >= InitiativeListService::ColumnCount)
        return {};
    if (role == Qt::DisplayRole)
        return columnTitle(Column(section));
    if (role == Qt::ToolTipRole
        && (section == InitiativeListService::Committed
            || section == InitiativeListService::Disbursed))
        return tr("Amounts marked * are illustrative (demo data).");
    return {};
}

} // namespace tremplin
