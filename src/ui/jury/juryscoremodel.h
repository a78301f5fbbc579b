// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/juryscoresheet.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace tremplin {

class Document;

/// What JuryScoreView needs of a scoring grid's model, whatever holds the scores (the
/// programme file's JuryScoreModel, or a juror pack's PackScoreModel in juror mode): criteria
/// columns, then the total, then the comment; and why a value typed in a cell is refused.
class ScoreGridModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role {
        MemberIdRole = Qt::UserRole,
        InitiativeIdRole,
        CriterionIdRole, ///< 0 outside the criteria's columns
        UnavailableRole, ///< why the cell cannot be edited (conflict, not assigned), or empty
    };
    using QAbstractTableModel::QAbstractTableModel;

    virtual int totalColumn() const = 0;
    virtual int commentColumn() const = 0;
    /// Why @p text cannot be written in that cell, or an empty string.
    virtual QString problemFor(const QModelIndex &index, const QString &text) const = 0;

protected:
    /// The horizontal header of column @p section: the criteria (with their weight), the
    /// total, the comment.
    QVariant columnHeader(const QList<JuryCriterion> &criteria, int section, int role) const;
};

/// The scoring grid of a jury session, in one of two orientations: one juror's applications
/// (rows) by criteria, or one application's jurors (rows) by criteria; then each row's total
/// (the weighted mean once every criterion is scored) and the juror's comment. Cells of a
/// juror with a conflict of interest, or of an application not assigned to the juror, are
/// disabled and say why. setData() writes through undo commands (one step per score or
/// comment); the model follows the file's changes that concern the session's scores,
/// comments, assignments, conflicts, criteria and jurors at once. A renamed application or
/// person is left to its owner (JuryScoreGrid reloads it when on screen), so that typing in
/// another workspace does not read the grid again.
class JuryScoreModel : public ScoreGridModel
{
    Q_OBJECT
public:
    enum class Orientation { ByJuror, ByApplication };

    explicit JuryScoreModel(QObject *parent = nullptr);

    void setDocument(Document *document);
    /// What the grid shows: a juror's applications or an application's jurors (@p id is the
    /// committee member or the initiative); 0 for none.
    void show(qint64 sessionId, Orientation orientation, qint64 id);

    qint64 sessionId() const { return m_session; }
    Orientation orientation() const { return m_orientation; }
    qint64 shownId() const { return m_id; }
    const JuryScoreSheet &sheet() const { return m_sheet; }

    int totalColumn() const override { return int(m_sheet.criteria.size()); }
    int commentColumn() const override { return int(m_sheet.criteria.size()) + 1; }
    qint64 memberAt(int row) const;
    qint64 initiativeAt(int row) const;
    /// The row of that juror (by application) or application (by juror), or -1.
    int rowOf(qint64 memberId, qint64 initiativeId) const;

    /// Why @p text cannot be written in that cell (not a number, out of scale, off the step,
    /// conflict of interest, not assigned), or an empty string.
    QString problemFor(const QModelIndex &index, const QString &text) const override;

    /// Reads the file again (the language changed, or a write concerned the session).
    void reload();

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
    struct Row
    {
        qint64 memberId = 0;
        qint64 initiativeId = 0;
        QString label;
    };
    QList<Row> buildRows() const;
    QString unavailable(const Row &row) const;
    QString applicationName(qint64 initiativeId) const;
    QString rowTooltip(const Row &row) const;

    QPointer<Document> m_document;
    qint64 m_session = 0;
    Orientation m_orientation = Orientation::ByJuror;
    qint64 m_id = 0;
    JuryScoreSheet m_sheet;
    QList<Row> m_rows;
};

} // namespace tremplin
