// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/juryscoresheet.h"

#include <QAbstractTableModel>

namespace tremplin {

/// Each juror of a session with their track, e-mail, and the applications they scored
/// completely out of those assigned to them. Sort on SortRole (numbers as numbers).
class JuryProgressModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        JurorColumn,
        TrackColumn,
        EmailColumn,
        ScoredColumn,
        AssignedColumn,
        ProgressColumn,
        ColumnCount
    };
    enum Role {
        SortRole = Qt::UserRole,
        MemberIdRole,
        FractionRole, ///< scored / assigned, from 0 to 1
    };

    using QAbstractTableModel::QAbstractTableModel;

    void setProgress(const QList<JurorProgress> &progress);
    const QList<JurorProgress> &progress() const { return m_rows; }
    /// The headers and texts in the language now chosen.
    void retranslate();

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<JurorProgress> m_rows;
};

/// The assigned applications a juror has not scored completely, with the criteria missing:
/// the list a coordinator sends to the jurors who are late. Optionally one juror's only.
class JuryMissingModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { JurorColumn, EmailColumn, ApplicationColumn, CriteriaColumn, ColumnCount };
    enum Role { MemberIdRole = Qt::UserRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setMissing(const QList<MissingCriteria> &missing);
    /// Shows only that juror's rows (0: everyone's).
    void setJurorFilter(qint64 memberId);
    qint64 jurorFilter() const { return m_juror; }
    void retranslate();

    /// The rows shown as text: a header line, then one tab-separated line per row.
    QString toText() const;
    /// The rows shown as CSV (UTF-8 with BOM, ';' in French, ',' otherwise), text cells
    /// neutralised against formulas.
    QByteArray toCsv() const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList cells(const MissingCriteria &row) const;
    QStringList headers() const;
    QList<MissingCriteria> shown() const;

    QList<MissingCriteria> m_all;
    QList<MissingCriteria> m_rows;
    qint64 m_juror = 0;
};

} // namespace tremplin
