// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurormodemodel.h"

#include "../style.h"
#include "core/error.h"

#include <QFont>
#include <QLocale>
#include <QUndoCommand>
#include <QUndoStack>

namespace tremplin {

namespace {

QString scoreText(double score)
{
    return QLocale().toString(score, 'g', 6);
}

/// One score or comment typed in juror mode, as one undo step.
class SetPackCellCommand : public QUndoCommand
{
public:
    SetPackCellCommand(PackScoreModel &model, qint64 initiativeId, qint64 criterionId,
        QVariant value, const QString &text)
        : QUndoCommand(text)
        , m_model(model)
        , m_initiative(initiativeId)
        , m_criterion(criterionId)
        , m_old(model.cellValue(initiativeId, criterionId))
        , m_new(std::move(value))
    { }
    void redo() override { m_model.writeCell(m_initiative, m_criterion, m_new); }
    void undo() override { m_model.writeCell(m_initiative, m_criterion, m_old); }

private:
    PackScoreModel &m_model;
    qint64 m_initiative;
    qint64 m_criterion;
    QVariant m_old;
    QVariant m_new;
};

} // namespace

PackScoreModel::PackScoreModel(JurorPack &pack, QUndoStack &undo, QObject *parent)
    : ScoreGridModel(parent)
    , m_pack(pack)
    , m_undo(undo)
    , m_applications(pack.applications())
    , m_criteria(pack.criteria())
{
    for (const PackApplication &a : std::as_const(m_applications)) {
        for (const JuryCriterion &c : std::as_const(m_criteria)) {
            if (const auto s = pack.score(a.initiativeId, c.id))
                m_scores.insert({ a.initiativeId, c.id }, *s);
        }
        const QString comment = pack.comment(a.initiativeId);
        if (!comment.isEmpty())
            m_comments.insert(a.initiativeId, comment);
    }
}

const PackApplication *PackScoreModel::applicationAt(int row) const
{
    return row >= 0 && row < m_applications.size() ? &m_applications.at(row) : nullptr;
}

int PackScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_applications.size());
}

int PackScoreModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_criteria.size()) + 2;
}

std::optional<double> PackScoreModel::total(int row) const
{
    const PackApplication *a = applicationAt(row);
    if (!a || m_criteria.isEmpty())
        return std::nullopt;
    double sum = 0;
    double weights = 0;
    for (const JuryCriterion &c : m_criteria) {
        const auto s = m_scores.constFind({ a->initiativeId, c.id });
        if (s == m_scores.cend())
            return std::nullopt;
        sum += c.weight * *s;
        weights += c.weight;
    }
    if (weights <= 0)
        return std::nullopt;
    return sum / weights;
}

QVariant PackScoreModel::cellValue(qint64 initiativeId, qint64 criterionId) const
{
    if (criterionId == 0)
        return m_comments.value(initiativeId);
    const auto s = m_scores.constFind({ initiativeId, criterionId });
    return s == m_scores.cend() ? QVariant() : QVariant(*s);
}

void PackScoreModel::writeCell(qint64 initiativeId, qint64 criterionId, const QVariant &value)
{
    if (criterionId == 0) {
        m_pack.setComment(initiativeId, value.toString());
        if (value.toString().isEmpty())
            m_comments.remove(initiativeId);
        else
            m_comments.insert(initiativeId, value.toString());
    } else {
        const std::optional<double> score
            = value.isValid() ? std::optional<double>(value.toDouble()) : std::nullopt;
        m_pack.setScore(initiativeId, criterionId, score);
        if (score)
            m_scores.insert({ initiativeId, criterionId }, *score);
        else
            m_scores.remove({ initiativeId, criterionId });
    }
    for (int row = 0; row < m_applications.size(); ++row) {
        if (m_applications.at(row).initiativeId == initiativeId)
            Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    }
}

QVariant PackScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const PackApplication &a = m_applications.at(index.row());
    const int column = index.column();
    const bool isCriterion = column < totalColumn();
    const qint64 criterion = isCriterion ? m_criteria.at(column).id : 0;
    switch (role) {
    case MemberIdRole:
        return m_pack.info().memberId;
    case InitiativeIdRole:
        return a.initiativeId;
    case CriterionIdRole:
        return criterion;
    case UnavailableRole:
        return QString();
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (isCriterion) {
            const QVariant s = cellValue(a.initiativeId, criterion);
            return s.isValid() ? scoreText(s.toDouble()) : QString();
        }
        if (column == totalColumn()) {
            if (role == Qt::EditRole)
                return {};
            if (const auto t = total(index.row()))
                return QLocale().toString(*t, 'f', 2);
            int scored = 0;
            for (const JuryCriterion &c : m_criteria)
                scored += m_scores.contains({ a.initiativeId, c.id }) ? 1 : 0;
            return tr("%1 of %2").arg(scored).arg(m_criteria.size());
        }
        return m_comments.value(a.initiativeId);
    case Qt::ToolTipRole:
        if (isCriterion) {
            const PackInfo &info = m_pack.info();
            return tr("%1: a score from %2 to %3 by steps of %4. Type it, then Tab or Enter.")
                .arg(m_criteria.at(column).name, scoreText(info.scaleMin), scoreText(info.scaleMax),
                    scoreText(info.scaleStep));
        }
        if (column == commentColumn()) {
            const QString comment = m_comments.value(a.initiativeId);
            return comment.isEmpty() ? tr("Your comment on this application.") : comment;
        }
        return total(index.row()) ? tr("The weighted mean of your scores.")
                                  : tr("The total counts once every criterion is scored.");
    case Qt::TextAlignmentRole:
        if (column == commentColumn())
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (column == totalColumn() && !total(index.row()))
            return style::mutedColor();
        return {};
    case Qt::FontRole:
        if (column == totalColumn() && total(index.row())) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant PackScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        const PackApplication *a = applicationAt(section);
        if (!a)
            return {};
        if (role == Qt::DisplayRole)
            return a->name;
        if (role == Qt::ToolTipRole && a->dsNumber != 0)
            return tr("%1, dossier %2").arg(a->name).arg(a->dsNumber);
        if (role == Qt::ToolTipRole)
            return a->name;
        return {};
    }
    return columnHeader(m_criteria, section, role);
}

Qt::ItemFlags PackScoreModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    if (index.column() == totalColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QString PackScoreModel::problemFor(const QModelIndex &index, const QString &text) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() == totalColumn())
        return tr("There is nothing to score here.");
    if (index.column() == commentColumn() || text.trimmed().isEmpty())
        return {};
    const std::optional<double> score = JuryService::parseScore(text);
    if (!score) {
        return tr("“%1” is not a score: type a number such as %2.")
            .arg(text.trimmed(), scoreText(3.5));
    }
    const PackInfo &info = m_pack.info();
    return JuryService::scaleProblem(*score, info.scaleMin, info.scaleMax, info.scaleStep);
}

bool PackScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString text = value.toString().trimmed();
    const QString why = problemFor(index, text);
    if (!why.isEmpty()) {
        Q_EMIT problem(why);
        return false;
    }
    const PackApplication &a = m_applications.at(index.row());
    const bool isComment = index.column() == commentColumn();
    const qint64 criterion = isComment ? 0 : m_criteria.at(index.column()).id;
    QVariant newValue;
    QString step;
    if (isComment) {
        newValue = text;
        step = tr("Comment on “%1”").arg(a.name);
    } else if (!text.isEmpty()) {
        const double score = *JuryService::parseScore(text);
        newValue = score;
        step = tr("Score %1 for %2 of “%3”")
                   .arg(scoreText(score), m_criteria.at(index.column()).name, a.name);
    } else {
        step = tr("Clear the %1 score of “%2”").arg(m_criteria.at(index.column()).name, a.name);
    }
    if (newValue == cellValue(a.initiativeId, criterion))
        return true;
    try {
        m_undo.push(new SetPackCellCommand(*this, a.initiativeId, criterion, newValue, step));
    } catch (const Error &e) {
        Q_EMIT problem(e.message());
        return false;
    }
    Q_EMIT problem(QString());
    return true;
}

} // namespace tremplin
