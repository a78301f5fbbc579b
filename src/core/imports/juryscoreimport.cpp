// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscoreimport.h"

#include "../database/transaction.h"
#include "../error.h"
#include "../services/juryservice.h"
#include "../text/searchkey.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <algorithm>
#include <array>

namespace tremplin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tremplin::JuryScoreImport", text);
}

enum Column { JurorColumn, CandidateColumn, CriterionColumn, ScoreColumn, CommentColumn };

/// The column a header names, in English or French, any case and accents; -1 when none.
int columnOf(const QString &header)
{
    static const std::array<QStringList, 5> names = { {
        { QStringLiteral("juror"), QStringLiteral("jure") },
        { QStringLiteral("candidate"), QStringLiteral("candidature"),
            QStringLiteral("application") },
        { QStringLiteral("criterion"), QStringLiteral("critere") },
        { QStringLiteral("score"), QStringLiteral("note") },
        { QStringLiteral("comment"), QStringLiteral("commentaire") },
    } };
    const QString key = searchKey(header).trimmed();
    for (std::size_t c = 0; c < names.size(); ++c) {
        if (names[c].contains(key))
            return int(c);
    }
    return -1;
}

constexpr qint64 MaxFileSize = 64 * 1024 * 1024;
/// A comment as long as a few pages; longer is not a juror's comment.
constexpr int MaxFieldLength = 20000;

} // namespace

bool JuryScoreImport::loadFile(const QString &path, QString *error)
{
    const std::optional<QByteArray> bytes
        = readImportFile(path, MaxFileSize, tr("%1 is too large to be a list of scores."), error);
    return bytes && load(decodeText(*bytes), error);
}

bool JuryScoreImport::load(const QString &text, QString *error)
{
    m_rows.clear();
    m_problems.clear();
    const CsvTable table = readCsvText(text);
    if (!table.problem.isEmpty()) {
        *error = table.problem;
        return false;
    }
    if (table.headers.isEmpty()) {
        *error = tr("The file is empty.");
        return false;
    }
    std::array<int, 5> column;
    column.fill(-1);
    const QStringList &header = table.headers;
    for (int i = 0; i < header.size(); ++i) {
        const int c = columnOf(header.at(i));
        if (c >= 0 && column[std::size_t(c)] < 0)
            column[std::size_t(c)] = i;
    }
    if (column[JurorColumn] < 0 || column[CandidateColumn] < 0 || column[CriterionColumn] < 0
        || column[ScoreColumn] < 0) {
        *error = tr("The first line must name the columns juror, candidate, criterion, score "
                    "and comment (or juré, candidature, critère, note, commentaire).");
        return false;
    }

    JuryService jury(m_db);
    const QList<Juror> jurors = jury.jurors(m_session);
    const QList<JuryApplication> applications = jury.applications(m_session);
    QHash<QString, qint64> criteria;
    for (const JuryCriterion &c : jury.criteria(m_session))
        criteria.insert(c.name.trimmed().toCaseFolded(), c.id);
    QHash<QString, int> seenKey;

    for (int r = 0; r < table.rows.size(); ++r) {
        const QStringList &cells = table.rows.at(r);
        const int rowLine = table.lines.at(r);
        const auto cell = [&cells, &column](Column c) {
            const int i = column[std::size_t(c)];
            return i >= 0 && i < cells.size() ? cells.at(i).trimmed() : QString();
        };
        QStringList problems;
        for (const QString &p : { overlongCellProblem(cells, MaxFieldLength),
                 extraCellsProblem(cells, int(header.size())) })
            if (!p.isEmpty())
                problems.append(p);
        Row row;
        row.line = rowLine;
        const int j = JuryService::findJuror(jurors, cell(JurorColumn));
        if (cell(JurorColumn).isEmpty())
            problems.append(tr("no juror"));
        else if (j == -1)
            problems.append(tr("unknown juror \"%1\"").arg(shownCell(cell(JurorColumn))));
        else if (j == -2)
            problems.append(tr("\"%1\" names several jurors").arg(shownCell(cell(JurorColumn))));
        else
            row.memberId = jurors.at(j).memberId;
        const int a = JuryService::findCandidate(applications, cell(CandidateColumn));
        if (cell(CandidateColumn).isEmpty())
            problems.append(tr("no candidate"));
        else if (a == -1)
            problems.append(tr("unknown candidate \"%1\" (not an admissible application of the "
                               "session)")
                                .arg(shownCell(cell(CandidateColumn))));
        else if (a == -2)
            problems.append(tr("\"%1\" names several applications: use the dossier number")
                                .arg(shownCell(cell(CandidateColumn))));
        else
            row.initiativeId = applications.at(a).initiativeId;
        row.comment = cell(CommentColumn);
        const bool commentOnly = cell(CriterionColumn).isEmpty() && cell(ScoreColumn).isEmpty()
            && !row.comment.isEmpty();
        if (!commentOnly) {
            row.criterionId = criteria.value(cell(CriterionColumn).toCaseFolded());
            if (cell(CriterionColumn).isEmpty())
                problems.append(tr("no criterion"));
            else if (row.criterionId == 0)
                problems.append(
                    tr("unknown criterion \"%1\"").arg(shownCell(cell(CriterionColumn))));
            row.score = JuryService::parseScore(cell(ScoreColumn));
            if (!row.score)
                problems.append(
                    tr("the score \"%1\" is not a number").arg(shownCell(cell(ScoreColumn))));
        }
        if (row.memberId != 0 && row.initiativeId != 0) {
            // Conflict, assignment, scale and step: the very rules of JuryService::setScore.
            const QString problem = jury.scoreProblem(
                m_session, row.memberId, row.initiativeId, row.criterionId, row.score);
            if (!problem.isEmpty())
                problems.append(problem);
            if (row.criterionId != 0) {
                const QString key = QStringLiteral("%1/%2/%3")
                                        .arg(row.memberId)
                                        .arg(row.initiativeId)
                                        .arg(row.criterionId);
                if (seenKey.contains(key)) {
                    problems.append(
                        tr("the same score is already given on line %1").arg(seenKey.value(key)));
                }
                seenKey.insert(key, rowLine);
            }
        }
        if (!problems.isEmpty())
            m_problems.append({ rowLine, problems.join(QStringLiteral("; ")) });
        else
            m_rows.append(row);
    }
    return true;
}

int JuryScoreImport::scoreCount() const
{
    return int(std::count_if(
        m_rows.begin(), m_rows.end(), [](const Row &r) { return r.score.has_value(); }));
}

int JuryScoreImport::commit()
{
    if (!m_problems.isEmpty()) {
        throw Error(QCoreApplication::translate("tremplin::JuryScoreImport",
            "%n line(s) have problems; nothing was imported.", nullptr, int(m_problems.size())));
    }
    JuryService jury(m_db);
    WriteTransaction tx(m_db);
    int written = 0;
    for (const Row &r : std::as_const(m_rows)) {
        try {
            if (r.score) {
                jury.setScore(m_session, r.memberId, r.initiativeId, r.criterionId, r.score);
                ++written;
            }
            if (!r.comment.isEmpty())
                jury.setComment(m_session, r.memberId, r.initiativeId, r.comment);
        } catch (const Error &e) {
            throw Error(tr("Line %1: %2").arg(r.line).arg(e.message()));
        }
    }
    tx.commit();
    return written;
}

} // namespace tremplin
