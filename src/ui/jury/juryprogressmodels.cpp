// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryprogressmodels.h"

#include "core/exports/csv.h"

#include <QLocale>

namespace tremplin {

void JuryProgressModel::setProgress(const QList<JurorProgress> &progress)
{
    beginResetModel();
    m_rows = progress;
    endResetModel();
}

void JuryProgressModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JuryProgressModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JuryProgressModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JuryProgressModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const JurorProgress &p = m_rows.at(index.row());
    const double fraction = p.assigned > 0 ? double(p.scored) / p.assigned : 0;
    if (role == MemberIdRole)
        return p.juror.memberId;
    if (role == FractionRole)
        return fraction;
    if (role == Qt::DisplayRole || role == SortRole) {
        switch (index.column()) {
        case JurorColumn:
            return p.juror.name;
        case TrackColumn:
            return label(p.juror.track);
        case EmailColumn:
            return p.juror.email;
        case ScoredColumn:
            return role == SortRole ? QVariant(p.scored) : QVariant(QLocale().toString(p.scored));
        case AssignedColumn:
            return role == SortRole ? QVariant(p.assigned)
                                    : QVariant(QLocale().toString(p.assigned));
        case ProgressColumn:
            if (role == SortRole)
                return fraction;
            return p.assigned > 0
                ? tr("%1%", "percentage").arg(QLocale().toString(qRound(fraction * 100)))
                : tr("nothing assigned");
        default:
            return {};
        }
    }
    if (role == Qt::TextAlignmentRole && index.column() >= ScoredColumn)
        return QVariant::fromValue(Qt::AlignCenter);
    if (role == Qt::ToolTipRole && index.column() == ProgressColumn) {
        return tr("%1 has scored every criterion of %2 of the %3 applications assigned to them.")
            .arg(p.juror.name)
            .arg(p.scored)
            .arg(p.assigned);
    }
    return {};
}

QVariant JuryProgressModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JurorColumn:
        return tr("Juror");
    case TrackColumn:
        return tr("Track");
    case EmailColumn:
        return tr("E-mail");
    case ScoredColumn:
        return tr("Scored");
    case AssignedColumn:
        return tr("Assigned");
    case ProgressColumn:
        return tr("Progress");
    default:
        return {};
    }
}

void JuryMissingModel::setMissing(const QList<MissingCriteria> &missing)
{
    beginResetModel();
    m_all = missing;
    m_rows = shown();
    endResetModel();
}

void JuryMissingModel::setJurorFilter(qint64 memberId)
{
    beginResetModel();
    m_juror = memberId;
    m_rows = shown();
    endResetModel();
}

QList<MissingCriteria> JuryMissingModel::shown() const
{
    if (m_juror == 0)
        return m_all;
    QList<MissingCriteria> out;
    for (const MissingCriteria &m : m_all) {
        if (m.juror.memberId == m_juror)
            out.append(m);
    }
    return out;
}

void JuryMissingModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

int JuryMissingModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JuryMissingModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QStringList JuryMissingModel::cells(const MissingCriteria &row) const
{
    const QString application = row.application.dsNumber
        ? tr("%1 (dossier %2)").arg(row.application.name).arg(row.application.dsNumber)
        : row.application.name;
    return { row.juror.name, row.juror.email, application,
        row.criteria.join(tr(", ", "list separator")) };
}

QStringList JuryMissingModel::headers() const
{
    QStringList out;
    for (int c = 0; c < ColumnCount; ++c)
        out.append(headerData(c, Qt::Horizontal).toString());
    return out;
}

QVariant JuryMissingModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const MissingCriteria &row = m_rows.at(index.row());
    if (role == MemberIdRole)
        return row.juror.memberId;
    if (role == Qt::DisplayRole || (role == Qt::ToolTipRole && index.column() == CriteriaColumn))
        return cells(row).at(index.column());
    return {};
}

QVariant JuryMissingModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case JurorColumn:
        return tr("Juror");
    case EmailColumn:
        return tr("E-mail");
    case ApplicationColumn:
        return tr("Application");
    case CriteriaColumn:
        return tr("Criteria missing");
    default:
        return {};
    }
}

QString JuryMissingModel::toText() const
{
    QStringList lines { headers().join(QLatin1Char('\t')) };
    for (const MissingCriteria &row : m_rows)
        lines.append(cells(row).join(QLatin1Char('\t')));
    return lines.join(QLatin1Char('\n')) + QLatin1Char('\n');
}

QByteArray JuryMissingModel::toCsv() const
{
    // Excel opens a French file directly when it has a BOM and semicolons.
    const QChar separator
        = QLocale().language() == QLocale::French ? QLatin1Char(';') : QLatin1Char(',');
    QString text = csv::line(headers(), csv::Cell::Text, separator) + QStringLiteral("\r\n");
    for (const MissingCriteria &row : m_rows)
        text += csv::line(cells(row), csv::Cell::Text, separator) + QStringLiteral("\r\n");
    return QByteArrayLiteral("\xEF\xBB\xBF") + text.toUtf8();
}

} // namespace tremplin
