// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSqlDatabase>
#include <QString>
#include <memory>
#include <optional>

class QTemporaryDir;

namespace tremplin {

class Database;
struct JuryCriterion;

/// Juror packs: one SQLite file per juror holding only what that juror may see (the session's
/// name, the scale and criteria, their assigned applications without conflicts of interest, with
/// only what scoring needs, and their own scores and comments), scored on another computer with
/// no network and merged back by the coordinator.
///
/// Format: an SQLite file with its own application_id (SqliteDialect::JurorPackApplicationId,
/// never the programme file's) and user_version = the pack format (1). Tables: `pack` (one
/// row: pack id, session uid and name, juror id and name, scale, export time, the juror's key
/// and the integrity tag), `jury_criterion`, `initiative` (id, name, ds_number, description,
/// budget_cents, carrier_name), `jury_score` (initiative_id, criterion_id, score and the
/// exported_score it had when the pack was made) and `jury_comment` (initiative_id, body,
/// exported_body): the programme file's names, so that a juror-mode window can read them.
/// Optionally the whole file is encrypted with a passphrase (see packcrypto.h).
///
/// Integrity, and what it protects against. Each jury session has a secret
/// (jury_session.pack_secret, 32 random bytes in hex, made at the first export) that never
/// leaves the coordinator's file: it is neither in packs nor in templates. From it come the
/// session uid, HMAC-SHA256(secret, "session-uid"), and each juror's key
/// K = HMAC-SHA256(secret, session uid ‖ member id). K is written into that juror's pack so
/// that their Tremplin can tag the pack again after scoring; the tag is HMAC-SHA256(K, the
/// pack's canonical content). On import the coordinator recomputes K from the secret. So:
/// - a pack of another session, or of another file, carries a session uid no session here
///   has: refused;
/// - a pack whose juror id was changed carries a K that is not the one of the juror it names
///   (K cannot be computed without the secret): refused; a juror renamed in the pack no longer
///   matches the juror of that id in the coordinator's file: refused;
/// - a pack changed outside Tremplin (a byte of a score) no longer matches its tag: refused.
/// What it does not protect against: a juror who reads K out of their own pack can change their
/// own pack and tag it again, as Tremplin does; that is no more than they may do anyway (score
/// their own applications). They cannot forge another juror's pack or a pack of another
/// session, and they never see other jurors' scores. Confidentiality on the way (a lost USB
/// stick) is the passphrase's job, not the tag's.
struct PackInfo
{
    QString packId;
    QString sessionUid;
    QString sessionName;
    qint64 memberId = 0;
    QString jurorName;
    double scaleMin = 0;
    double scaleMax = 5;
    double scaleStep = 0.5;
    QDateTime exportedAt;
};

/// An application as a pack shows it: only what scoring needs.
struct PackApplication
{
    qint64 initiativeId = 0;
    QString name;
    qint64 dsNumber = 0;
    QString description;
    std::optional<qint64> budgetCents;
    QString carrier;
};

/// A juror's pack, opened to be read and scored (the juror's side, and the reading of every
/// pack the coordinator imports). An encrypted pack is decrypted to a temporary file that lives
/// only while this object does; save() writes the pack back whole, encrypted again with the
/// same passphrase.
class JurorPack
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JurorPack)

public:
    /// Opens the pack at @p path (a copy of it: the file itself is only read). Throws
    /// tremplin::Error with the reason when it is not a juror pack (a programme file, another
    /// file), is encrypted and the passphrase is missing or wrong, is damaged or of a newer
    /// format.
    static std::unique_ptr<JurorPack> open(const QString &path, const QString &passphrase = {});
    ~JurorPack();
    JurorPack(const JurorPack &) = delete;
    JurorPack &operator=(const JurorPack &) = delete;

    const PackInfo &info() const { return m_info; }
    bool isEncrypted() const { return !m_passphrase.isEmpty(); }
    QList<JuryCriterion> criteria() const;
    QList<PackApplication> applications() const;
    std::optional<double> score(qint64 initiativeId, qint64 criterionId) const;
    /// The score when the pack was made (what the coordinator's file had then).
    std::optional<double> exportedScore(qint64 initiativeId, qint64 criterionId) const;
    QString comment(qint64 initiativeId) const;
    QString exportedComment(qint64 initiativeId) const;

    /// Writes or clears (no value) a score; throws with the reason when the application or the
    /// criterion is not in the pack or the value is off the scale.
    void setScore(qint64 initiativeId, qint64 criterionId, std::optional<double> score);
    /// Writes or clears (empty) the juror's comment on an application.
    void setComment(qint64 initiativeId, const QString &body);

    /// True when the tag matches the content under the pack's own key: the pack was not changed
    /// outside Tremplin since it was last saved (the coordinator checks more, see above).
    bool isIntact() const;
    /// The tag of the content under @p key.
    QByteArray tag(const QByteArray &key) const;
    QByteArray storedKey() const;
    QByteArray storedTag() const;

    /// Tags the content again with the pack's key and writes it to @p path (the file it was
    /// opened from when empty), replaced whole or not at all.
    void save(const QString &path = {});

    /// Writes a new pack to @p path (used by JurorPackService::exportPack()).
    struct Content
    {
        PackInfo info;
        QList<JuryCriterion> criteria;
        QList<PackApplication> applications;
        struct Score
        {
            qint64 initiativeId;
            qint64 criterionId;
            double score;
        };
        QList<Score> scores;
        struct Comment
        {
            qint64 initiativeId;
            QString body;
        };
        QList<Comment> comments;
    };
    static void write(const Content &content, const QByteArray &key, const QString &path,
        const QString &passphrase);

private:
    JurorPack() = default;
    void openConnection(const QString &file);
    QSqlDatabase connection() const;
    QByteArray canonicalContent() const;

    std::unique_ptr<QTemporaryDir> m_dir;
    QString m_connectionName;
    QString m_path;
    QString m_passphrase;
    PackInfo m_info;
};

/// What importing a returned pack would do, cell by cell. A cell is one score (criterionId > 0)
/// or the comment (criterionId 0) of one application.
///
/// A three-way merge: the pack's value, the file's value now, and their base: the value the
/// cell had when the pack was made or, for a pack imported before (the same pack re-sent with
/// more scores), the value both sides agreed on at the last import of it (written or already
/// equal). So a re-sent pack shows as conflicts only the cells both sides changed since, to
/// different values; a cell the coordinator changed since the last import and the juror did
/// not keeps the file's value. The base of each import is kept in the `meta` table under
/// "jury_pack_import/<log id>" (the schema has no column for it), removed when the import is
/// undone.
struct PackMerge
{
    struct Cell
    {
        qint64 initiativeId = 0;
        QString application;
        qint64 criterionId = 0; ///< 0: the comment
        QString criterion;
        std::optional<double> database; ///< the coordinator's file now
        std::optional<double> pack;
        QString databaseComment;
        QString packComment;
        QString problem; ///< why the jury's rules refuse it (conflict of interest...)
    };
    PackInfo info;
    qint64 sessionId = 0;
    /// Written by the import: the pack has a value the file has not, or the juror changed a
    /// value the file still has as it was exported.
    QList<Cell> changes;
    /// Changed on both sides to different values: the file keeps its value, the coordinator
    /// decides (types the pack's value in the grid if it is the right one).
    QList<Cell> conflicts;
    /// Refused by the jury's rules (a conflict of interest or an assignment withdrawn since the
    /// export); the file keeps its value.
    QList<Cell> refused;
    int unchanged = 0;
    /// This pack id was imported before; with no changes, importing again writes nothing.
    bool importedBefore = false;
    /// What both sides agree on after this import, cell by cell (JSON): the base the next
    /// import of the same pack merges against, instead of the values at the export.
    QString agreed;

    /// True when the import would write nothing at all.
    bool writesNothing() const { return changes.isEmpty() && importedBefore; }
};

/// The coordinator's side: exports packs and merges the returned ones.
class JurorPackService
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JurorPack)

public:
    explicit JurorPackService(Database &db)
        : m_db(db)
    { }

    /// Writes the pack of juror @p memberId of session @p sessionId to @p path, encrypted when
    /// @p passphrase is not empty. Creates the session's secret at the first export (a write
    /// to the coordinator's file). Throws tremplin::Error.
    void exportPack(
        qint64 sessionId, qint64 memberId, const QString &path, const QString &passphrase = {});

    /// Writes a pack for every juror of the session into @p folder (made when missing), named
    /// after the juror ("Jeanne Dupont.tremplin-pack"); returns the files written.
    QStringList exportAll(qint64 sessionId, const QString &folder, const QString &passphrase = {});

    /// Opens and checks a returned pack against this file and says what importing it would do.
    /// Throws tremplin::Error with the reason when the pack is refused: not a pack, wrong
    /// passphrase, of another session, of another juror than it claims, renamed juror, changed
    /// outside Tremplin. Writes nothing.
    PackMerge read(const QString &path, const QString &passphrase = {}) const;
    /// Writes the merge's changes and logs the import in jury_pack_import, in one transaction,
    /// with the jury's rules checked again (JuryService::setScore). Conflicts and refused cells
    /// are left as they are. Returns the log row's id, or 0 when nothing was written (a pack
    /// imported before with nothing new: importing twice changes nothing).
    qint64 apply(const PackMerge &merge);
    /// Undoes apply(): the changed cells get the file's earlier values back and the log row
    /// @p logId goes, in one transaction.
    void revert(const PackMerge &merge, qint64 logId);

    /// The session's uid as packs carry it (empty when no pack was ever exported).
    QString sessionUid(qint64 sessionId) const;

private:
    QByteArray secret(qint64 sessionId) const;
    QByteArray ensureSecret(qint64 sessionId);
    Database &m_db;
};

} // namespace tremplin
