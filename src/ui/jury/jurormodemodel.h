// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/packs/jurorpack.h"
#include "core/services/juryservice.h"
#include "juryscoremodel.h"

#include <QHash>
#include <QPair>

class QUndoStack;

namespace tremplin {

/// A juror pack's scoring grid in juror mode: the pack's applications (rows) by its criteria,
/// then each row's total (the weighted mean once every criterion is scored) and the juror's
/// comment. The same shape as JuryScoreModel, so that JuryScoreView shows it with the same
/// keyboard; but it reads and writes the pack (JurorPack), not a programme file. setData()
/// checks the value against the pack's scale and step and pushes one step on @p undo, which
/// writes the cell into the pack (saved with the window's Save).
class PackScoreModel : public ScoreGridModel
{
    Q_OBJECT
public:
    PackScoreModel(JurorPack &pack, QUndoStack &undo, QObject *parent = nullptr);

    const QList<PackApplication> &applications() const { return m_applications; }
    const QList<JuryCriterion> &criteria() const { return m_criteria; }
    /// The application of @p row, or null.
    const PackApplication *applicationAt(int row) const;

    int totalColumn() const override { return int(m_criteria.size()); }
    int commentColumn() const override { return int(m_criteria.size()) + 1; }
    QString problemFor(const QModelIndex &index, const QString &text) const override;
    /// The weighted mean of the row's scores, once every criterion is scored.
    std::optional<double> total(int row) const;

    /// Writes one cell into the pack (a score, or the comment when @p criterionId is 0) and
    /// shows it: what the undo steps call. Throws tremplin::Error.
    void writeCell(qint64 initiativeId, qint64 criterionId, const QVariant &value);
    /// The cell's value as writeCell() takes it (a double or nothing, or the comment).
    QVariant cellValue(qint64 initiativeId, qint64 criterionId) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

Q_SIGNALS:
    /// A write was refused (the reason, translated) or went through (empty).
    void problem(const QString &message);

private:
    JurorPack &m_pack;
    QUndoStack &m_undo;
    QList<PackApplication> m_applications;
    QList<JuryCriterion> m_criteria;
    QHash<QPair<qint64, qint64>, double> m_scores;
    QHash<qint64, QString> m_comments;
};

} // namespace tremplin
