// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryrankingmodel.h"

#include <QFont>
#include <QLocale>
#include <limits>

namespace tremplin {

namespace {

QString number(double v)
{
    return QLocale().toString(v, 'f', 2);
}

constexpr std::size_t trackOf(int column)
{
    return column == JuryRankingModel::Expert ? std::size_t(JuryTrack::Expert)
                                              : std::size_t(JuryTrack::Citizen);
}

/// Missing values sort below every number.
constexpr double missing = -std::numeric_limits<double>::infinity();

} // namespace

JuryRankingModel::JuryRankingModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JuryRankingModel::setRows(const QList<Row> &rows, const Settings &settings)
{
    beginResetModel();
    m_rows = rows;
    m_settings = settings;
    endResetModel();
}

int JuryRankingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JuryRankingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

double JuryRankingModel::largeSpreadFor(double scaleMin, double scaleMax)
{
    return std::max(0.0, (scaleMax - scaleMin) * 0.4);
}

QString JuryRankingModel::markText(Mark mark)
{
    switch (mark) {
    case Mark::None:
        return {};
    case Mark::InTop:
        return tr("✓ in", "in the top N");
    case Mark::Enters:
        return tr("▲ enters", "enters the top N");
    case Mark::Leaves:
        return tr("▼ leaves", "leaves the top N");
    }
    return {};
}

QString JuryRankingModel::displayText(const Row &row, int column) const
{
    const jury::RankedApplication &r = row.ranked;
    switch (Column(column)) {
    case Rank:
        return r.rank > 0 ? QLocale().toString(r.rank) : QStringLiteral("—");
    case Top:
        return markText(row.mark);
    case Application:
        return row.name;
    case Score:
        return r.score ? number(*r.score) : tr("no complete total");
    case Expert:
    case Citizen: {
        const std::size_t t = trackOf(column);
        if (r.tracks[t])
            return number(*r.tracks[t]);
        return m_settings.sessionTracks[t] ? tr("missing") : tr("not in this session");
    }
    case Jurors:
        return QLocale().toString(r.jurors);
    case Spread:
        if (r.jurors < 2)
            return r.jurors == 0 ? QStringLiteral("—") : tr("one juror");
        if (m_settings.largeSpread > 0 && r.spread >= m_settings.largeSpread)
            return tr("⚠ %1").arg(number(r.spread));
        return number(r.spread);
    case ColumnCount:
        break;
    }
    return {};
}

QString JuryRankingModel::toolTip(const Row &row, int column) const
{
    const jury::RankedApplication &r = row.ranked;
    switch (Column(column)) {
    case Rank:
        if (r.rank == 0)
            return tr("No juror has a complete total for this application yet.");
        for (const Row &other : m_rows) {
            if (&other != &row && other.ranked.rank == r.rank)
                return tr("Tied: equal scores share a rank.");
        }
        return {};
    case Top:
        switch (row.mark) {
        case Mark::None:
            return {};
        case Mark::InTop:
            return tr("In the top %1.").arg(m_settings.places);
        case Mark::Enters:
        case Mark::Leaves: {
            const QString what = row.mark == Mark::Enters
                ? tr("Enters the top %1 with the what-if's settings.").arg(m_settings.places)
                : tr("Leaves the top %1 with the what-if's settings.").arg(m_settings.places);
            return what + QLatin1Char(' ')
                + (row.sessionRank > 0
                        ? tr("Rank with the session's own settings: %1.").arg(row.sessionRank)
                        : tr("Not ranked with the session's own settings."));
        }
        }
        return {};
    case Application:
        return row.dsNumber ? tr("%1 (dossier no. %2)").arg(row.name).arg(row.dsNumber) : row.name;
    case Expert:
    case Citizen:
        if (!r.tracks[trackOf(column)] && m_settings.sessionTracks[trackOf(column)])
            return tr("No juror of this track has a complete total for this application: the "
                      "combined score leaves the track out.");
        return {};
    case Spread:
        if (r.jurors >= 2 && m_settings.largeSpread > 0 && r.spread >= m_settings.largeSpread)
            return tr("The jurors disagree: their totals differ by %1 (two fifths of the scale "
                      "are %2).")
                .arg(number(r.spread), number(m_settings.largeSpread));
        return tr("Highest minus lowest juror total.");
    default:
        return {};
    }
}

QVariant JuryRankingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const jury::RankedApplication &r = row.ranked;
    const int column = index.column();
    switch (role) {
    case Qt::DisplayRole:
        return displayText(row, column);
    case Qt::ToolTipRole: {
        const QString tip = toolTip(row, column);
        return tip.isEmpty() ? QVariant() : QVariant(tip);
    }
    case Qt::TextAlignmentRole:
        if (column == Application || column == Top)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        if (column == Score && !r.score)
            return QVariant(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole: {
        const bool inTop = row.mark == Mark::InTop || row.mark == Mark::Enters;
        const bool disagreement = column == Spread && r.jurors >= 2 && m_settings.largeSpread > 0
            && r.spread >= m_settings.largeSpread;
        const bool missingTrack
            = (column == Expert || column == Citizen) && !r.tracks[trackOf(column)];
        if (!inTop && !disagreement && !missingTrack && row.mark != Mark::Leaves)
            return {};
        QFont font;
        font.setBold(inTop || disagreement || row.mark == Mark::Leaves);
        font.setItalic(missingTrack || row.mark == Mark::Leaves);
        return font;
    }
    case InitiativeIdRole:
        return r.initiativeId;
    case BoundaryRole:
        return row.lastOfTop;
    case MarkRole:
        return int(row.mark);
    case SortRole:
        switch (Column(column)) {
        case Rank:
            return r.rank > 0 ? double(r.rank) : std::numeric_limits<double>::max();
        case Top:
            return int(row.mark);
        case Application:
            return row.name;
        case Score:
            return r.score.value_or(missing);
        case Expert:
        case Citizen:
            return r.tracks[trackOf(column)].value_or(missing);
        case Jurors:
            return r.jurors;
        case Spread:
            return r.jurors > 0 ? r.spread : missing;
        case ColumnCount:
            break;
        }
        return {};
    default:
        return {};
    }
}

QVariant JuryRankingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (Column(section)) {
        case Rank:
            return tr("Rank");
        case Top:
            return tr("Top %1").arg(m_settings.places);
        case Application:
            return tr("Application");
        case Score:
            return tr("Score");
        case Expert:
            return label(JuryTrack::Expert);
        case Citizen:
            return label(JuryTrack::Citizen);
        case Jurors:
            return tr("Jurors");
        case Spread:
            return tr("Spread");
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Top:
            return tr("Whether the application is among the %1 places, and what the what-if "
                      "changes compared with the session's own settings.")
                .arg(m_settings.places);
        case Score:
            return tr("Combined score: the tracks' scores weighted by the tracks' weights.");
        case Jurors:
            return tr("Jurors whose complete total counts.");
        case Spread:
            return tr("Highest minus lowest juror total; ⚠ marks a large disagreement.");
        default:
            break;
        }
    }
    return QAbstractTableModel::headerData(section, orientation, role);
}

void JuryRankingModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

JuryRankingProxy::JuryRankingProxy(QObject *parent)
    : QSortFilterProxyModel(parent)
{
    setSortRole(JuryRankingModel::SortRole);
    setSortLocaleAware(true);
}

bool JuryRankingProxy::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const QAbstractItemModel *m = sourceModel();
    const bool leftRanked
        = m->index(left.row(), JuryRankingModel::Rank).data(JuryRankingModel::SortRole).toDouble()
        < std::numeric_limits<double>::max();
    const bool rightRanked
        = m->index(right.row(), JuryRankingModel::Rank).data(JuryRankingModel::SortRole).toDouble()
        < std::numeric_limits<double>::max();
    if (leftRanked != rightRanked)
        return sortOrder() == Qt::AscendingOrder ? leftRanked : rightRanked;
    return QSortFilterProxyModel::lessThan(left, right);
}

JuryIncompleteModel::JuryIncompleteModel(QObject *parent)
    : QAbstractTableModel(parent)
{ }

void JuryIncompleteModel::setRows(const QList<Row> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int JuryIncompleteModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JuryIncompleteModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JuryIncompleteModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Juror:
        return row.juror;
    case Track:
        return label(row.track);
    case Application:
        return row.application;
    case Scored:
        return tr("%1 of %n criteria", nullptr, row.criteria).arg(row.scored);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant JuryIncompleteModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0
        || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Juror:
        return tr("Juror");
    case Track:
        return tr("Track");
    case Application:
        return tr("Application");
    case Scored:
        return tr("Scored");
    case ColumnCount:
        break;
    }
    return {};
}

void JuryIncompleteModel::retranslate()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
}

} // namespace tremplin
