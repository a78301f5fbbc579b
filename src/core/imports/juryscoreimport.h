// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <optional>

namespace tremplin {

class Database;

/// Jurors' scores from a CSV file in long format, one score per line:
/// `juror;candidate;criterion;score;comment` (or `,`; the French headers juré, candidature,
/// critère, note, commentaire are read too; decimal comma or point). A juror is named by name
/// or e-mail, a candidate by project name or dossier number. All lines or none: every problem
/// is listed with its line (unknown juror, candidate or criterion, out of scale, conflicted
/// juror, application not assigned), and commit() writes nothing unless there is none. A line
/// with a comment and no criterion nor score sets only the comment.
class JuryScoreImport
{
public:
    struct Problem
    {
        int line = 0;
        QString message;
    };

    JuryScoreImport(Database &db, qint64 sessionId)
        : m_db(db)
        , m_session(sessionId)
    { }

    /// Reads and checks a file; false (with @p error) when it cannot be read at all.
    bool loadFile(const QString &path, QString *error);
    /// Reads and checks decoded text; false (with @p error) when the header is not the format.
    bool load(const QString &text, QString *error);

    const QList<Problem> &problems() const { return m_problems; }
    /// Scores read (comments not counted).
    int scoreCount() const;
    /// Writes every line in one transaction; each score is checked again by JuryService. Throws
    /// tremplin::Error, writing nothing, when a problem remains. Returns the scores written.
    int commit();

private:
    struct Row
    {
        int line = 0;
        qint64 memberId = 0;
        qint64 initiativeId = 0;
        qint64 criterionId = 0;
        std::optional<double> score;
        QString comment;
    };

    Database &m_db;
    qint64 m_session = 0;
    QList<Row> m_rows;
    QList<Problem> m_problems;
};

} // namespace tremplin
