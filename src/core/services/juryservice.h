// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "juryranking.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace tremplin {

class Database;

/// A jury session as a file describes it (issue 13's template): what next year's call reuses.
/// Jurors and candidates are named, not numbered, so a template travels between files.
struct JuryTemplate
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JuryTemplate)

public:
    struct Criterion
    {
        QString name;
        double weight = 1;
        QString description;
    };
    struct Track
    {
        JuryTrack code = JuryTrack::Expert;
        double weight = 1;
    };
    struct Juror
    {
        QString name;
        JuryTrack track = JuryTrack::Expert;
        QString email;
    };
    struct Conflict
    {
        QString juror;
        /// The application's project name or its Démarches simplifiées dossier number.
        QString candidate;
        QString reason;
    };

    QString name;
    QString promotion;
    double scaleMin = 0;
    double scaleMax = 5;
    double scaleStep = 0.5;
    QList<Criterion> criteria;
    QList<Track> tracks;
    QList<Juror> jurors;
    QList<Conflict> conflicts;
    AssignmentMode assignment = AssignmentMode::All;
    /// Balanced assignment: most applications per juror (0: no limit) and fewest jurors per
    /// application in each track.
    int maxPerJuror = 0;
    int minPerTrack = 1;
    RankingMethod method = RankingMethod::Mean;
    bool blind = true;

    /// A new session with the criteria the AIC published (general interest, impact,
    /// feasibility, maturity, collaboration with the State) and its two tracks.
    static JuryTemplate defaults();
    /// The JSON file: `name`, `promotion`, `scale` {min, max, step}, `criteria` [{name, weight,
    /// description?}], `tracks` [{code, weight}], `jurors` [{name, track, email?}], `conflicts`
    /// [{juror, candidate, reason?}], `assignment` (all | manual | balanced), and optionally
    /// `max_per_juror`, `min_per_track`, `method` (mean | zscore) and `blind`.
    QByteArray toJson() const;
    /// Reads a template; throws tremplin::Error naming what is wrong.
    static JuryTemplate fromJson(const QByteArray &json);
    /// Reads a template file (at most 16 MB: a template is a few kilobytes); throws
    /// tremplin::Error naming what is wrong, or why the file cannot be read.
    static JuryTemplate fromFile(const QString &path);
};

/// A juror of a session: a committee member with a track.
struct Juror
{
    qint64 memberId = 0;
    qint64 personId = 0;
    QString name;
    QString email;
    JuryTrack track = JuryTrack::Expert;
};

/// An application before the jury: an admissible initiative of the session's promotion.
struct JuryApplication
{
    qint64 initiativeId = 0;
    QString name;
    qint64 dsNumber = 0;
};

struct JuryCriterion
{
    qint64 id = 0;
    QString name;
    QString description;
    double weight = 1;
};

/// A session's settings as stored.
struct JurySession
{
    qint64 id = 0;
    qint64 committeeId = 0;
    qint64 promotionId = 0;
    QString name;
    QString promotion;
    double scaleMin = 0;
    double scaleMax = 5;
    double scaleStep = 0.5;
    RankingMethod method = RankingMethod::Mean;
    bool blind = true;
    AssignmentMode assignment = AssignmentMode::All;
    int maxPerJuror = 0;
    int minPerTrack = 0;
    /// Per track (index: JuryTrack), its weight when the session has that track.
    std::array<std::optional<double>, 2> trackWeights;
    /// Places available in the promotion (the what-if panel's N), 0 when not set.
    int places = 0;
};

/// One score as a reader is allowed to see it.
struct VisibleScore
{
    qint64 memberId = 0;
    qint64 criterionId = 0;
    double score = 0;
};

/// Scored and assigned applications of one juror (conflicts left out).
struct JurorProgress
{
    Juror juror;
    int assigned = 0;
    int scored = 0; ///< every criterion scored
};

/// An assigned application a juror has not scored completely.
struct MissingScores
{
    Juror juror;
    JuryApplication application;
    int missing = 0; ///< criteria without a score
};

/// Jury sessions: set-up from a template, assignment, conflicts of interest, scores and
/// comments, progress, and the data the ranking reads. Conflicts of interest are enforced here,
/// inside the write transaction: a conflicted or unassigned juror's score is refused whatever
/// the caller (grid, CSV import, CLI).
class JuryService
{
public:
    explicit JuryService(Database &db)
        : m_db(db)
    { }

    /// The session of that name (a selection committee), or 0.
    qint64 findSession(const QString &name) const;
    QList<JurySession> sessions() const;
    JurySession session(qint64 sessionId) const;
    QList<JuryCriterion> criteria(qint64 sessionId) const;
    QList<Juror> jurors(qint64 sessionId) const;
    /// Admissible applications of the session's promotion, by name.
    QList<JuryApplication> applications(qint64 sessionId) const;

    /// What is wrong with a template against this file (unknown promotion or candidate, bad
    /// scale, a juror named twice...), each problem a sentence; empty when it can be applied.
    QStringList checkTemplate(const JuryTemplate &t) const;
    /// Creates the session named by the template or updates it: settings, criteria (those no
    /// longer listed are removed when nothing scores them), tracks, jurors (persons of the
    /// directory found by name, created when missing), conflicts and assignment. All or
    /// nothing; throws tremplin::Error listing the problems. Returns the session id.
    qint64 applyTemplate(const JuryTemplate &t);
    JuryTemplate templateOf(qint64 sessionId) const;

    /// Assigns every application to every juror (conflicts left out).
    void assignAll(qint64 sessionId);
    /// Adds assignments until each application has at least @p minPerTrack jurors of each
    /// track that has jurors, never more than @p maxPerJuror per juror (0: no limit), never a
    /// conflicted juror, the least loaded jurors first. Throws when it cannot.
    void assignBalanced(qint64 sessionId, int maxPerJuror, int minPerTrack);
    void setAssigned(qint64 sessionId, qint64 memberId, qint64 initiativeId, bool assigned);
    bool isAssigned(qint64 memberId, qint64 initiativeId) const;

    /// Declares a conflict of interest (and withdraws the assignment).
    void declareConflict(
        qint64 sessionId, qint64 memberId, qint64 initiativeId, const QString &reason);
    void withdrawConflict(qint64 memberId, qint64 initiativeId);
    bool hasConflict(qint64 memberId, qint64 initiativeId) const;

    /// Why this score cannot be written (conflict, not assigned, out of scale, off the step),
    /// or an empty string.
    QString scoreProblem(qint64 sessionId, qint64 memberId, qint64 initiativeId, qint64 criterionId,
        std::optional<double> score) const;
    /// Why @p score is not on the scale (outside it, or off its steps), or an empty string.
    static QString scaleProblem(double score, double scaleMin, double scaleMax, double scaleStep);
    /// Writes (or clears, with no value) one score; throws with scoreProblem()'s reason.
    void setScore(qint64 sessionId, qint64 memberId, qint64 initiativeId, qint64 criterionId,
        std::optional<double> score);
    std::optional<double> score(qint64 memberId, qint64 initiativeId, qint64 criterionId) const;
    /// Writes (or clears, when empty) a juror's comment on an application; same rules.
    void setComment(qint64 sessionId, qint64 memberId, qint64 initiativeId, const QString &body);
    QString comment(qint64 memberId, qint64 initiativeId) const;

    /// The scores of an application that @p viewerMemberId may see: all of them for the
    /// coordinator (0); only their own for a juror with a conflict of interest (none) or, in
    /// blind mode, until they have scored every criterion of that application.
    QList<VisibleScore> visibleScores(
        qint64 sessionId, qint64 viewerMemberId, qint64 initiativeId) const;

    QList<JurorProgress> progress(qint64 sessionId) const;
    QList<MissingScores> missingScores(qint64 sessionId) const;

    /// The session read once for the ranking (see jury::computeRanking()).
    jury::RankingInput rankingInput(qint64 sessionId) const;

    /// The application named by its project name (any case) or dossier number: its index, -1
    /// when none, -2 when several.
    static int findCandidate(const QList<JuryApplication> &applications, const QString &text);
    /// The juror named by their name (any case) or e-mail: index, -1 none, -2 several.
    static int findJuror(const QList<Juror> &jurors, const QString &text);

    /// The reading of a score typed or imported: decimal point or comma.
    static std::optional<double> parseScore(const QString &text);

private:
    Database &m_db;
};

} // namespace tremplin
