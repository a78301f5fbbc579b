// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscoremodel.h"

#include "../document.h"
#include "../style.h"
#include "core/error.h"
#include "juryscorecommands.h"

#include <QBrush>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QLocale>
#include <QPalette>

namespace tremplin {

namespace {

QString scoreText(double score)
{
    return QLocale().toString(score, 'g', 6);
}

} // namespace

QVariant ScoreGridModel::columnHeader(
    const QList<JuryCriterion> &criteria, int section, int role) const
{
    // Translated in the Jury grid's context, where these texts were first.
    const int total = int(criteria.size());
    if (section < 0 || section > total + 1)
        return {};
    if (section < total) {
        const JuryCriterion &c = criteria.at(section);
        if (role == Qt::DisplayRole) {
            return qFuzzyCompare(c.weight, 1.0)
                ? c.name
                : QCoreApplication::translate(
                    "tremplin::JuryScoreModel", "%1 (×%2)", "criterion (its weight)")
                      .arg(c.name, scoreText(c.weight));
        }
        if (role == Qt::ToolTipRole)
            return c.description.isEmpty() ? c.name : c.description;
        return {};
    }
    if (role == Qt::DisplayRole) {
        return section == total
            ? QCoreApplication::translate("tremplin::JuryScoreModel", "Total")
            : QCoreApplication::translate("tremplin::JuryScoreModel", "Comment");
    }
    if (role == Qt::ToolTipRole && section == total) {
        return QCoreApplication::translate("tremplin::JuryScoreModel",
            "The weighted mean of the criteria, once every criterion is scored.");
    }
    return {};
}

JuryScoreModel::JuryScoreModel(QObject *parent)
    : ScoreGridModel(parent)
{ }

void JuryScoreModel::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, this, nullptr);
    m_document = document;
    if (document) {
        connect(&document->database(), &Database::changed, this, [this](const ChangeSet &changes) {
            if (m_session != 0
                && touches(changes,
                    { QLatin1String("jury_score"), QLatin1String("jury_comment"),
                        QLatin1String("jury_assignment"), QLatin1String("jury_conflict"),
                        QLatin1String("jury_criterion"), QLatin1String("jury_session"),
                        QLatin1String("committee_member") }))
                reload();
        });
    }
    show(0, m_orientation, 0);
}

void JuryScoreModel::show(qint64 sessionId, Orientation orientation, qint64 id)
{
    m_session = m_document ? sessionId : 0;
    m_orientation = orientation;
    m_id = m_session ? id : 0;
    beginResetModel();
    m_sheet = {};
    m_rows.clear();
    endResetModel();
    reload();
}

void JuryScoreModel::reload()
{
    JuryScoreSheet sheet;
    if (m_document && m_session) {
        try {
            sheet = m_orientation == Orientation::ByJuror
                ? JuryScoreSheet::read(m_document->database(), m_session, m_id, 0)
                : JuryScoreSheet::read(m_document->database(), m_session, 0, m_id);
        } catch (const Error &e) {
            Q_EMIT problem(e.message());
        }
    }
    const QList<Row> oldRows = m_rows;
    const QList<JuryCriterion> oldCriteria = m_sheet.criteria;
    m_sheet = sheet;
    const QList<Row> rows = buildRows();
    bool sameShape = rows.size() == oldRows.size() && oldCriteria.size() == m_sheet.criteria.size();
    for (int i = 0; sameShape && i < rows.size(); ++i)
        sameShape = rows.at(i).memberId == oldRows.at(i).memberId
            && rows.at(i).initiativeId == oldRows.at(i).initiativeId;
    for (int i = 0; sameShape && i < oldCriteria.size(); ++i)
        sameShape = oldCriteria.at(i).id == m_sheet.criteria.at(i).id;
    if (!sameShape) {
        // Rows or columns came or went: the view's current cell is found again by its keys.
        beginResetModel();
        m_rows = rows;
        endResetModel();
        return;
    }
    // Same rows and columns: the current cell and an open editor stay where they are.
    m_rows = rows;
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (!m_rows.isEmpty())
        Q_EMIT headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
}

QList<JuryScoreModel::Row> JuryScoreModel::buildRows() const
{
    QList<Row> rows;
    if (m_id == 0)
        return rows;
    if (m_orientation == Orientation::ByJuror) {
        for (const JuryApplication &a : m_sheet.applications) {
            if (m_sheet.isAssigned(m_id, a.initiativeId)
                || m_sheet.hasConflict(m_id, a.initiativeId))
                rows.append({ m_id, a.initiativeId, a.name });
        }
    } else {
        for (const Juror &j : m_sheet.jurors)
            rows.append({ j.memberId, m_id, j.name });
    }
    return rows;
}

qint64 JuryScoreModel::memberAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).memberId : 0;
}

qint64 JuryScoreModel::initiativeAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).initiativeId : 0;
}

int JuryScoreModel::rowOf(qint64 memberId, qint64 initiativeId) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).memberId == memberId && m_rows.at(i).initiativeId == initiativeId)
            return i;
    }
    return -1;
}

QString JuryScoreModel::applicationName(qint64 initiativeId) const
{
    for (const JuryApplication &a : m_sheet.applications) {
        if (a.initiativeId == initiativeId)
            return a.name;
    }
    return {};
}

QString JuryScoreModel::unavailable(const Row &row) const
{
    const auto conflict = m_sheet.conflicts.constFind({ row.memberId, row.initiativeId });
    if (conflict != m_sheet.conflicts.cend()) {
        QString juror;
        for (const Juror &j : m_sheet.jurors) {
            if (j.memberId == row.memberId)
                juror = j.name;
        }
        const QString application = applicationName(row.initiativeId);
        return conflict->isEmpty()
            ? tr("Conflict of interest: %1 cannot score “%2” nor see its scores.")
                  .arg(juror, application)
            : tr("Conflict of interest (%3): %1 cannot score “%2” nor see its scores.")
                  .arg(juror, application, *conflict);
    }
    if (!m_sheet.isAssigned(row.memberId, row.initiativeId))
        return tr("This application is not assigned to %1.").arg(row.label);
    return {};
}

int JuryScoreModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JuryScoreModel::columnCount(const QModelIndex &parent) const
{
    if (parent.isValid() || m_session == 0)
        return 0;
    return int(m_sheet.criteria.size()) + 2;
}

QVariant JuryScoreModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    const int column = index.column();
    const bool isCriterion = column < totalColumn();
    const qint64 criterion = isCriterion ? m_sheet.criteria.at(column).id : 0;
    const QString why = unavailable(row);
    switch (role) {
    case MemberIdRole:
        return row.memberId;
    case InitiativeIdRole:
        return row.initiativeId;
    case CriterionIdRole:
        return criterion;
    case UnavailableRole:
        return why;
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (isCriterion) {
            const auto s = m_sheet.score(row.memberId, row.initiativeId, criterion);
            return s ? scoreText(*s) : QString();
        }
        if (column == totalColumn()) {
            if (role == Qt::EditRole)
                return {};
            if (m_sheet.hasConflict(row.memberId, row.initiativeId))
                return tr("Conflict of interest");
            if (!why.isEmpty())
                return tr("Not assigned");
            const auto total = m_sheet.total(row.memberId, row.initiativeId);
            if (total)
                return QLocale().toString(*total, 'f', 2);
            return tr("%1 of %2")
                .arg(m_sheet.scoredCount(row.memberId, row.initiativeId))
                .arg(m_sheet.criteria.size());
        }
        return m_sheet.comments.value({ row.memberId, row.initiativeId });
    case Qt::ToolTipRole:
        if (!why.isEmpty())
            return why;
        if (isCriterion) {
            const JuryCriterion &c = m_sheet.criteria.at(column);
            return tr("%1: a score from %2 to %3 by steps of %4. Type it, then Tab or Enter.")
                .arg(c.name, scoreText(m_sheet.session.scaleMin),
                    scoreText(m_sheet.session.scaleMax), scoreText(m_sheet.session.scaleStep));
        }
        if (column == commentColumn()) {
            const QString comment = m_sheet.comments.value({ row.memberId, row.initiativeId });
            return comment.isEmpty() ? tr("The juror's comment on this application.") : comment;
        }
        if (!m_sheet.total(row.memberId, row.initiativeId))
            return tr("The total counts once every criterion is scored.");
        return tr("The weighted mean of the juror's scores.");
    case Qt::TextAlignmentRole:
        if (column == commentColumn())
            return QVariant::fromValue(Qt::AlignLeft | Qt::AlignVCenter);
        return QVariant::fromValue(Qt::AlignCenter);
    case Qt::ForegroundRole:
        if (!why.isEmpty())
            return style::mutedColor();
        if (column == totalColumn() && !m_sheet.total(row.memberId, row.initiativeId))
            return style::mutedColor();
        return {};
    case Qt::BackgroundRole:
        // Hatched: a cell that cannot be scored reads as such in black and white too.
        if (!why.isEmpty())
            return QBrush(QGuiApplication::palette().color(QPalette::Mid), Qt::BDiagPattern);
        return {};
    case Qt::FontRole:
        if (column == totalColumn() && m_sheet.total(row.memberId, row.initiativeId)) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant JuryScoreModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows.size())
            return {};
        const Row &row = m_rows.at(section);
        if (role == Qt::DisplayRole) {
            if (m_sheet.hasConflict(row.memberId, row.initiativeId))
                return tr("%1 (conflict)", "juror or application with a conflict of interest")
                    .arg(row.label);
            return row.label;
        }
        if (role == Qt::ToolTipRole)
            return rowTooltip(row);
        return {};
    }
    return columnHeader(m_sheet.criteria, section, role);
}

QString JuryScoreModel::rowTooltip(const Row &row) const
{
    const QString why = unavailable(row);
    if (!why.isEmpty())
        return why;
    if (m_orientation == Orientation::ByApplication) {
        for (const Juror &j : m_sheet.jurors) {
            if (j.memberId == row.memberId)
                return j.email.isEmpty() ? j.name : tr("%1 <%2>").arg(j.name, j.email);
        }
    }
    for (const JuryApplication &a : m_sheet.applications) {
        if (a.initiativeId == row.initiativeId && a.dsNumber != 0)
            return tr("%1, dossier %2").arg(a.name).arg(a.dsNumber);
    }
    return row.label;
}

Qt::ItemFlags JuryScoreModel::flags(const QModelIndex &index) const
{
    // Views ask for the flags of the root (an invalid index).
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    const Row &row = m_rows.at(index.row());
    if (!unavailable(row).isEmpty())
        return Qt::NoItemFlags;
    if (index.column() == totalColumn())
        return Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsEditable;
}

QString JuryScoreModel::problemFor(const QModelIndex &index, const QString &text) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_document)
        return tr("There is nothing to score here.");
    const Row &row = m_rows.at(index.row());
    const QString why = unavailable(row);
    if (!why.isEmpty())
        return why;
    if (index.column() >= totalColumn())
        return {};
    std::optional<double> score;
    if (!text.trimmed().isEmpty()) {
        score = JuryService::parseScore(text);
        if (!score) {
            return tr("“%1” is not a score: type a number such as %2.")
                .arg(text.trimmed(), scoreText(3.5));
        }
    }
    try {
        return JuryService(m_document->database())
            .scoreProblem(m_session, row.memberId, row.initiativeId,
                m_sheet.criteria.at(index.column()).id, score);
    } catch (const Error &e) {
        return e.message();
    }
}

bool JuryScoreModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole
        || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || !m_document || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const Row row = m_rows.at(index.row());
    const QString text = value.toString();
    const QString why = problemFor(index, text);
    if (!why.isEmpty()) {
        Q_EMIT problem(why);
        return false;
    }
    std::unique_ptr<DatabaseCommand> command;
    if (index.column() == commentColumn()) {
        if (text.trimmed() == m_sheet.comments.value({ row.memberId, row.initiativeId }))
            return true;
        command = std::make_unique<SetJuryCommentCommand>(
            *m_document, m_session, row.memberId, row.initiativeId, text.trimmed());
        command->setText(tr("Comment on “%1”").arg(applicationName(row.initiativeId)));
    } else {
        const qint64 criterion = m_sheet.criteria.at(index.column()).id;
        const std::optional<double> score
            = text.trimmed().isEmpty() ? std::nullopt : JuryService::parseScore(text);
        const std::optional<double> old = m_sheet.score(row.memberId, row.initiativeId, criterion);
        if (score == old)
            return true;
        command = std::make_unique<SetJuryScoreCommand>(
            *m_document, m_session, row.memberId, row.initiativeId, criterion, score);
        // The Edit menu names the step: "Undo Score 3.5 for Impact of “Ma Dada”".
        const QString criterionName = m_sheet.criteria.at(index.column()).name;
        command->setText(score
                ? tr("Score %1 for %2 of “%3”")
                      .arg(scoreText(*score), criterionName, applicationName(row.initiativeId))
                : tr("Clear the %1 score of “%2”")
                      .arg(criterionName, applicationName(row.initiativeId)));
    }
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        Q_EMIT problem(error);
        return false;
    }
    Q_EMIT problem(QString());
    return true;
}

} // namespace tremplin
