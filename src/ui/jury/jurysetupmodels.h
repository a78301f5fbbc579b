// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <QStringList>
#include <QVariantList>
#include <functional>

namespace tremplin {

/// A read-mostly table of the Jury workspace (applications, jurors, conflicts): rows the tab
/// reads from the core services and sets whole, each with its id and a key the tab filters on.
/// A column may be made editable with a writer (which pushes an undo command) and the roles
/// RecordDelegate reads to choose its editor.
class JuryRowsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 100, ///< the row's id (qint64)
        KeyRole, ///< what the tab filters on (an admissibility code...)
    };
    struct Row
    {
        qint64 id = 0;
        QVariantList cells; ///< shown
        QVariantList edit; ///< edited (EditRole and RecordDelegate's EditValueRole); may be short
        QVariant key;
        QStringList toolTips; ///< per cell; may be short
    };
    /// Writes @p value for @p row; returns false when refused (the writer says why).
    using Writer = std::function<bool(const Row &row, const QVariant &value)>;
    /// The roles describing a column to RecordDelegate (kind, choices).
    using ColumnData = std::function<QVariant(int role)>;

    using QAbstractTableModel::QAbstractTableModel;

    void setHeaders(const QStringList &headers);
    void setRows(const QList<Row> &rows);
    void setEditable(int column, Writer writer, ColumnData columnData = {});
    const Row *row(int r) const { return r >= 0 && r < m_rows.size() ? &m_rows.at(r) : nullptr; }
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_headers;
    QList<Row> m_rows;
    QHash<int, QPair<Writer, ColumnData>> m_editable;
};

/// Which juror scores which application: applications in rows, jurors in columns, a tick per
/// assignment. A conflict of interest shows as a cell that cannot be ticked. Ticking or
/// unticking is written by the tab's writer (an undo command).
class JuryAssignmentModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Line
    {
        qint64 id = 0;
        QString label;
    };
    /// Writes one tick; false when refused.
    using Writer = std::function<bool(qint64 memberId, qint64 initiativeId, bool assigned)>;

    explicit JuryAssignmentModel(QObject *parent = nullptr);
    void setWriter(Writer writer) { m_writer = std::move(writer); }
    /// Sets everything at once (a reset).
    void setData(const QList<Line> &applications, const QList<Line> &jurors,
        const QSet<QPair<qint64, qint64>> &assigned, const QSet<QPair<qint64, qint64>> &conflicts);
    /// The conflict cell's text and tooltip, in the user's language.
    void setConflictText(const QString &text, const QString &toolTip);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QPair<qint64, qint64> key(const QModelIndex &index) const;
    QList<Line> m_applications;
    QList<Line> m_jurors;
    QSet<QPair<qint64, qint64>> m_assigned; ///< (member, initiative)
    QSet<QPair<qint64, qint64>> m_conflicts;
    QString m_conflictText;
    QString m_conflictToolTip;
    Writer m_writer;
};

} // namespace tremplin
