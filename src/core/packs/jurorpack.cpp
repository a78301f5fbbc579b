// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurorpack.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/sqlitedialect.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../exports/savefile.h"
#include "../services/juryservice.h"
#include "packcrypto.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QUuid>
#include <QtEndian>
#include <algorithm>
#include <cmath>

namespace tremplin {

namespace {

/// The pack format this version writes and reads (the pack's user_version).
constexpr int PackFormat = 1;
/// Bigger than any pack of a real session (a few hundred applications): a stranger's file is
/// not read into memory whole.
/// The meta key of an import's base, followed by the jury_pack_import id.
constexpr char BaseKeyPrefix[] = "jury_pack_import/";

constexpr qint64 MaxPackSize = qint64(256) << 20;

const char *const packSchema[] = {
    "CREATE TABLE pack (id INTEGER PRIMARY KEY CHECK (id = 1), pack_id TEXT NOT NULL, "
    "session_uid TEXT NOT NULL, session_name TEXT NOT NULL, member_id INTEGER NOT NULL, "
    "juror_name TEXT NOT NULL, scale_min REAL NOT NULL, scale_max REAL NOT NULL, "
    "scale_step REAL NOT NULL, exported_at TEXT NOT NULL, juror_key TEXT NOT NULL, "
    "tag TEXT NOT NULL)",
    "CREATE TABLE jury_criterion (id INTEGER PRIMARY KEY, name TEXT NOT NULL, description TEXT, "
    "weight REAL NOT NULL, position INTEGER NOT NULL)",
    "CREATE TABLE initiative (id INTEGER PRIMARY KEY, name TEXT NOT NULL, ds_number INTEGER, "
    "description TEXT, budget_cents INTEGER, carrier_name TEXT)",
    "CREATE TABLE jury_score (initiative_id INTEGER NOT NULL REFERENCES initiative(id), "
    "criterion_id INTEGER NOT NULL REFERENCES jury_criterion(id), score REAL, "
    "exported_score REAL, PRIMARY KEY (initiative_id, criterion_id))",
    "CREATE TABLE jury_comment (initiative_id INTEGER PRIMARY KEY REFERENCES initiative(id), "
    "body TEXT, exported_body TEXT)",
};

QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// Runs one statement on a pack's connection; throws with the engine's reason.
QSqlQuery run(const QSqlDatabase &db, const QString &sql, const QVariantList &values = {})
{
    QSqlQuery q(db);
    if (!q.prepare(sql))
        throw databaseError(q.lastError());
    for (const QVariant &v : values)
        q.addBindValue(v);
    if (!q.exec())
        throw databaseError(q.lastError());
    return q;
}

QByteArray hmac(const QByteArray &key, const QByteArray &message)
{
    return QMessageAuthenticationCode::hash(message, key, QCryptographicHash::Sha256);
}

QString uidOf(const QByteArray &secret)
{
    return QString::fromLatin1(hmac(secret, QByteArrayLiteral("tremplin-session-uid")).toHex())
        .left(32);
}

/// K = HMAC-SHA256(secret, session uid ‖ member id): see the class comment in jurorpack.h.
QByteArray jurorKey(const QByteArray &secret, const QString &uid, qint64 memberId)
{
    return hmac(secret,
        QByteArrayLiteral("tremplin-juror-key") + '\0' + uid.toLatin1() + '\0'
            + QByteArray::number(memberId));
}

/// Appends one field to the canonical content: its length, then its bytes, so that no two
/// different contents read the same ("ab","c" vs "a","bc"); NULL differs from empty.
void field(QByteArray &out, const QVariant &v)
{
    if (v.isNull()) {
        out += "-;";
        return;
    }
    QByteArray bytes;
    if (v.typeId() == QMetaType::Double)
        bytes = QByteArray::number(v.toDouble(), 'g', 17);
    else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int)
        bytes = QByteArray::number(v.toLongLong());
    else
        bytes = v.toString().toUtf8();
    out += QByteArray::number(bytes.size()) + ':' + bytes + ';';
}

bool sameScore(const std::optional<double> &a, const std::optional<double> &b)
{
    if (!a || !b)
        return !a && !b;
    return std::abs(*a - *b) < 1e-9;
}

std::optional<double> optionalDouble(const QVariant &v)
{
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toDouble();
}

/// An application from a row of id, name, ds_number, description, budget_cents and carrier
/// name (a pack's or the programme file's: QSqlQuery or Query).
template<typename Row> PackApplication applicationFrom(const Row &row)
{
    PackApplication a;
    a.initiativeId = row.value(0).toLongLong();
    a.name = row.value(1).toString();
    a.dsNumber = row.value(2).toLongLong();
    a.description = row.value(3).toString();
    if (!row.value(4).isNull())
        a.budgetCents = row.value(4).toLongLong();
    a.carrier = row.value(5).toString();
    return a;
}

/// Refuses what is not an (unencrypted) juror pack of a format this version reads, from the
/// SQLite header alone.
void checkHeader(const QByteArray &bytes, const QString &path)
{
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        throw Error(JurorPack::tr("%1 is not a juror pack.").arg(native(path)));
    const qint32 applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    const qint32 version = qFromBigEndian<qint32>(bytes.constData() + 60);
    if (applicationId == SqliteDialect::ApplicationId) {
        throw Error(JurorPack::tr("%1 is a Tremplin programme file, not a juror pack: open it with "
                                  "File › Open. It was left untouched.")
                        .arg(native(path)));
    }
    if (applicationId != SqliteDialect::JurorPackApplicationId)
        throw Error(JurorPack::tr("%1 is not a juror pack.").arg(native(path)));
    if (version > PackFormat) {
        throw Error(JurorPack::tr("%1 was made by a newer version of Tremplin; update Tremplin "
                                  "to read it.")
                        .arg(native(path)));
    }
}

/// True when the pack's schema is exactly the one write() makes: its tables and their own
/// indexes, nothing else. A pack comes from outside, and SQLite runs what its schema holds: a
/// view standing for a table (one that never ends would hang the import) or a trigger would
/// run inside Tremplin.
bool hasPackSchema(const QSqlDatabase &db)
{
    QStringList expected;
    for (const char *sql : packSchema)
        expected << QString::fromLatin1(sql);
    QSqlQuery q(db);
    if (!q.exec(QStringLiteral("SELECT type, sql FROM sqlite_master")))
        return false;
    int tables = 0;
    while (q.next()) {
        const QString type = q.value(0).toString();
        if (type == QLatin1String("table") && expected.contains(q.value(1).toString()))
            ++tables;
        else if (type != QLatin1String("index") || !q.value(1).isNull()) // not a key's index
            return false;
    }
    return tables == int(expected.size());
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The pack file

std::unique_ptr<JurorPack> JurorPack::open(const QString &path, const QString &passphrase)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Could not read %1: %2").arg(native(path), file.errorString()));
    if (file.size() > MaxPackSize)
        throw Error(tr("%1 is not a juror pack.").arg(native(path)));
    QByteArray bytes = file.readAll();
    file.close();
    std::unique_ptr<JurorPack> pack(new JurorPack);
    if (packcrypto::isEncrypted(bytes)) {
        if (passphrase.isEmpty()) {
            throw Error(
                tr("%1 is locked with a passphrase: give its passphrase.").arg(native(path)));
        }
        bytes = packcrypto::decrypt(bytes, passphrase);
        pack->m_passphrase = passphrase;
    }
    checkHeader(bytes, path);
    // The pack is read from a copy: the file itself is never written by reading it, and an
    // encrypted pack's clear content lives only in this folder, removed when the pack closes.
    pack->m_dir = std::make_unique<QTemporaryDir>();
    if (!pack->m_dir->isValid())
        throw Error(tr("Could not make a temporary folder: %1").arg(pack->m_dir->errorString()));
    const QString copy = pack->m_dir->filePath(QStringLiteral("pack.sqlite"));
    QFile out(copy);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.flush())
        throw Error(tr("Could not write %1: %2").arg(native(copy), out.errorString()));
    out.close();
    pack->m_path = path;
    pack->openConnection(copy);
    QSqlDatabase db = pack->connection();
    {
        QSqlQuery check(db);
        if (!check.exec(QStringLiteral("PRAGMA quick_check")) || !check.next()
            || check.value(0).toString() != QLatin1String("ok") || !hasPackSchema(db))
            throw Error(tr("%1 is damaged and cannot be read.").arg(native(path)));
    }
    try {
        QSqlQuery q = run(db,
            QStringLiteral("SELECT pack_id, session_uid, session_name, member_id, juror_name, "
                           "scale_min, scale_max, scale_step, exported_at FROM pack"));
        if (!q.next())
            throw Error(tr("%1 is damaged and cannot be read.").arg(native(path)));
        PackInfo &i = pack->m_info;
        i.packId = q.value(0).toString();
        i.sessionUid = q.value(1).toString();
        i.sessionName = q.value(2).toString();
        i.memberId = q.value(3).toLongLong();
        i.jurorName = q.value(4).toString();
        i.scaleMin = q.value(5).toDouble();
        i.scaleMax = q.value(6).toDouble();
        i.scaleStep = q.value(7).toDouble();
        i.exportedAt = QDateTime::fromString(q.value(8).toString(), Qt::ISODate);
    } catch (const Error &) {
        throw Error(tr("%1 is damaged and cannot be read.").arg(native(path)));
    }
    return pack;
}

JurorPack::~JurorPack()
{
    if (m_connectionName.isEmpty())
        return;
    QSqlDatabase::database(m_connectionName, false).close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

void JurorPack::openConnection(const QString &file)
{
    m_connectionName
        = QStringLiteral("tremplin-pack-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
    db.setDatabaseName(file);
    if (!db.open())
        throw databaseError(db.lastError());
}

QSqlDatabase JurorPack::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

QList<JuryCriterion> JurorPack::criteria() const
{
    QSqlQuery q = run(connection(),
        QStringLiteral("SELECT id, name, description, weight FROM jury_criterion "
                       "ORDER BY position, id"));
    QList<JuryCriterion> out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toDouble() });
    }
    return out;
}

QList<PackApplication> JurorPack::applications() const
{
    QSqlQuery q = run(connection(),
        QStringLiteral("SELECT id, name, ds_number, description, budget_cents, carrier_name "
                       "FROM initiative ORDER BY name, id"));
    QList<PackApplication> out;
    while (q.next())
        out.append(applicationFrom(q));
    return out;
}

std::optional<double> JurorPack::score(qint64 initiativeId, qint64 criterionId) const
{
    QSqlQuery q = run(connection(),
        QStringLiteral("SELECT score FROM jury_score WHERE initiative_id = ? AND criterion_id = ?"),
        { initiativeId, criterionId });
    return q.next() ? optionalDouble(q.value(0)) : std::nullopt;
}

std::optional<double> JurorPack::exportedScore(qint64 initiativeId, qint64 criterionId) const
{
    QSqlQuery q = run(connection(),
        QStringLiteral("SELECT exported_score FROM jury_score WHERE initiative_id = ? AND "
                       "criterion_id = ?"),
        { initiativeId, criterionId });
    return q.next() ? optionalDouble(q.value(0)) : std::nullopt;
}

QString JurorPack::comment(qint64 initiativeId) const
{
    QSqlQuery q = run(connection(),
        QStringLiteral("SELECT body FROM jury_comment WHERE initiative_id = ?"), { initiativeId });
    return q.next() ? q.value(0).toString() : QString();
}

QString JurorPack::exportedComment(qint64 initiativeId) const
{
    QSqlQuery q = run(connection(),
        QStringLiteral("SELECT exported_body FROM jury_comment WHERE initiative_id = ?"),
        { initiativeId });
    return q.next() ? q.value(0).toString() : QString();
}

void JurorPack::setScore(qint64 initiativeId, qint64 criterionId, std::optional<double> score)
{
    const QSqlDatabase db = connection();
    if (!run(db, QStringLiteral("SELECT 1 FROM initiative WHERE id = ?"), { initiativeId }).next())
        throw Error(tr("This application is not in the pack."));
    if (!run(db, QStringLiteral("SELECT 1 FROM jury_criterion WHERE id = ?"), { criterionId })
             .next())
        throw Error(tr("This criterion is not in the pack."));
    if (score) {
        const QString problem
            = JuryService::scaleProblem(*score, m_info.scaleMin, m_info.scaleMax, m_info.scaleStep);
        if (!problem.isEmpty())
            throw Error(problem);
        run(db,
            QStringLiteral("INSERT INTO jury_score (initiative_id, criterion_id, score) VALUES "
                           "(?, ?, ?) ON CONFLICT (initiative_id, criterion_id) DO UPDATE SET "
                           "score = excluded.score"),
            { initiativeId, criterionId, *score });
    } else {
        // The exported value stays known (the import needs it); the cell is then left as the
        // coordinator's file has it: a pack never clears a score.
        run(db,
            QStringLiteral("UPDATE jury_score SET score = NULL WHERE initiative_id = ? AND "
                           "criterion_id = ?"),
            { initiativeId, criterionId });
        run(db,
            QStringLiteral("DELETE FROM jury_score WHERE initiative_id = ? AND criterion_id = ? "
                           "AND exported_score IS NULL"),
            { initiativeId, criterionId });
    }
}

void JurorPack::setComment(qint64 initiativeId, const QString &body)
{
    const QSqlDatabase db = connection();
    if (!run(db, QStringLiteral("SELECT 1 FROM initiative WHERE id = ?"), { initiativeId }).next())
        throw Error(tr("This application is not in the pack."));
    if (body.trimmed().isEmpty()) {
        run(db, QStringLiteral("UPDATE jury_comment SET body = NULL WHERE initiative_id = ?"),
            { initiativeId });
        run(db,
            QStringLiteral("DELETE FROM jury_comment WHERE initiative_id = ? AND exported_body "
                           "IS NULL"),
            { initiativeId });
        return;
    }
    run(db,
        QStringLiteral("INSERT INTO jury_comment (initiative_id, body) VALUES (?, ?) ON CONFLICT "
                       "(initiative_id) DO UPDATE SET body = excluded.body"),
        { initiativeId, body.trimmed() });
}

QByteArray JurorPack::canonicalContent() const
{
    const QSqlDatabase db = connection();
    QByteArray out = QByteArrayLiteral("tremplin-juror-pack-") + QByteArray::number(PackFormat);
    const auto rows = [&](const char *title, const QString &sql) {
        out += '\n';
        out += title;
        QSqlQuery q = run(db, sql);
        const int columns = q.record().count();
        while (q.next()) {
            out += '\n';
            for (int c = 0; c < columns; ++c)
                field(out, q.value(c));
        }
    };
    rows("pack",
        QStringLiteral("SELECT pack_id, session_uid, session_name, member_id, juror_name, "
                       "scale_min, scale_max, scale_step, exported_at FROM pack"));
    rows("criteria",
        QStringLiteral("SELECT id, name, description, weight, position FROM jury_criterion "
                       "ORDER BY id"));
    rows("applications",
        QStringLiteral("SELECT id, name, ds_number, description, budget_cents, carrier_name "
                       "FROM initiative ORDER BY id"));
    rows("scores",
        QStringLiteral("SELECT initiative_id, criterion_id, score, exported_score FROM "
                       "jury_score ORDER BY initiative_id, criterion_id"));
    rows("comments",
        QStringLiteral("SELECT initiative_id, body, exported_body FROM jury_comment ORDER BY "
                       "initiative_id"));
    return out;
}

QByteArray JurorPack::tag(const QByteArray &key) const
{
    return hmac(key, canonicalContent());
}

QByteArray JurorPack::storedKey() const
{
    QSqlQuery q = run(connection(), QStringLiteral("SELECT juror_key FROM pack"));
    return q.next() ? QByteArray::fromHex(q.value(0).toString().toLatin1()) : QByteArray();
}

QByteArray JurorPack::storedTag() const
{
    QSqlQuery q = run(connection(), QStringLiteral("SELECT tag FROM pack"));
    return q.next() ? QByteArray::fromHex(q.value(0).toString().toLatin1()) : QByteArray();
}

bool JurorPack::isIntact() const
{
    return packcrypto::equalConstantTime(storedTag(), tag(storedKey()));
}

void JurorPack::save(const QString &path)
{
    const QSqlDatabase db = connection();
    run(db, QStringLiteral("UPDATE pack SET tag = ?"),
        { QString::fromLatin1(tag(storedKey()).toHex()) });
    QFile file(db.databaseName());
    if (!file.open(QIODevice::ReadOnly))
        throw Error(tr("Could not read %1: %2").arg(native(file.fileName()), file.errorString()));
    QByteArray bytes = file.readAll();
    if (!m_passphrase.isEmpty())
        bytes = packcrypto::encrypt(bytes, m_passphrase);
    saveFile(path.isEmpty() ? m_path : path, bytes);
}

void JurorPack::write(
    const Content &content, const QByteArray &key, const QString &path, const QString &passphrase)
{
    std::unique_ptr<JurorPack> pack(new JurorPack);
    pack->m_dir = std::make_unique<QTemporaryDir>();
    if (!pack->m_dir->isValid())
        throw Error(tr("Could not make a temporary folder: %1").arg(pack->m_dir->errorString()));
    pack->m_path = path;
    pack->m_passphrase = passphrase;
    pack->m_info = content.info;
    pack->openConnection(pack->m_dir->filePath(QStringLiteral("pack.sqlite")));
    QSqlDatabase db = pack->connection();
    run(db,
        QStringLiteral("PRAGMA application_id = %1").arg(SqliteDialect::JurorPackApplicationId));
    run(db, QStringLiteral("PRAGMA user_version = %1").arg(PackFormat));
    db.transaction();
    for (const char *sql : packSchema)
        run(db, QString::fromLatin1(sql));
    const PackInfo &i = content.info;
    run(db,
        QStringLiteral("INSERT INTO pack (id, pack_id, session_uid, session_name, member_id, "
                       "juror_name, scale_min, scale_max, scale_step, exported_at, juror_key, "
                       "tag) VALUES (1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, '')"),
        { i.packId, i.sessionUid, i.sessionName, i.memberId, i.jurorName, i.scaleMin, i.scaleMax,
            i.scaleStep, i.exportedAt.toString(Qt::ISODate), QString::fromLatin1(key.toHex()) });
    int position = 0;
    for (const JuryCriterion &c : content.criteria) {
        run(db,
            QStringLiteral("INSERT INTO jury_criterion (id, name, description, weight, position) "
                           "VALUES (?, ?, ?, ?, ?)"),
            { c.id, c.name, nullableText(c.description), c.weight, position++ });
    }
    for (const PackApplication &a : content.applications) {
        run(db,
            QStringLiteral("INSERT INTO initiative (id, name, ds_number, description, "
                           "budget_cents, carrier_name) VALUES (?, ?, ?, ?, ?, ?)"),
            { a.initiativeId, a.name, nullableId(a.dsNumber), nullableText(a.description),
                a.budgetCents ? QVariant(*a.budgetCents) : QVariant(QMetaType(QMetaType::LongLong)),
                nullableText(a.carrier) });
    }
    for (const Content::Score &s : content.scores) {
        run(db,
            QStringLiteral("INSERT INTO jury_score (initiative_id, criterion_id, score, "
                           "exported_score) VALUES (?, ?, ?, ?)"),
            { s.initiativeId, s.criterionId, s.score, s.score });
    }
    for (const Content::Comment &c : content.comments) {
        run(db,
            QStringLiteral("INSERT INTO jury_comment (initiative_id, body, exported_body) VALUES "
                           "(?, ?, ?)"),
            { c.initiativeId, c.body, c.body });
    }
    if (!db.commit())
        throw databaseError(db.lastError());
    pack->save();
}

// ---------------------------------------------------------------------------------------------
// The coordinator's side

QByteArray JurorPackService::secret(qint64 sessionId) const
{
    return QByteArray::fromHex(
        Query(m_db, QStringLiteral("SELECT pack_secret FROM jury_session WHERE id = ?"))
            .bindAll(sessionId)
            .scalar()
            .toString()
            .toLatin1());
}

QByteArray JurorPackService::ensureSecret(qint64 sessionId)
{
    QByteArray s = secret(sessionId);
    if (!s.isEmpty())
        return s;
    WriteTransaction tx(m_db);
    s = packcrypto::randomBytes(32);
    Query(m_db,
        QStringLiteral("UPDATE jury_session SET pack_secret = ? WHERE id = ? AND pack_secret IS "
                       "NULL"))
        .bindAll(QString::fromLatin1(s.toHex()), sessionId)
        .exec();
    tx.touch(QStringLiteral("jury_session"), sessionId);
    tx.commit();
    return secret(sessionId);
}

QString JurorPackService::sessionUid(qint64 sessionId) const
{
    const QByteArray s = secret(sessionId);
    return s.isEmpty() ? QString() : uidOf(s);
}

void JurorPackService::exportPack(
    qint64 sessionId, qint64 memberId, const QString &path, const QString &passphrase)
{
    JuryService jury(m_db);
    const JurySession session = jury.session(sessionId);
    const QList<Juror> jurors = jury.jurors(sessionId);
    const auto juror = std::find_if(
        jurors.begin(), jurors.end(), [&](const Juror &j) { return j.memberId == memberId; });
    if (juror == jurors.end())
        throw Error(tr("This juror is not part of the jury session."));
    const QByteArray secret = ensureSecret(sessionId);

    JurorPack::Content c;
    c.info.packId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    c.info.sessionUid = uidOf(secret);
    c.info.sessionName = session.name;
    c.info.memberId = memberId;
    c.info.jurorName = juror->name;
    c.info.scaleMin = session.scaleMin;
    c.info.scaleMax = session.scaleMax;
    c.info.scaleStep = session.scaleStep;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.info.exportedAt = now.addMSecs(-now.time().msec());
    c.criteria = jury.criteria(sessionId);
    // Assigned and not conflicted: what the juror may score, with only what scoring needs.
    const QString mine = QStringLiteral(
        "SELECT a.initiative_id FROM jury_assignment a LEFT JOIN jury_conflict c ON c.member_id "
        "= a.member_id AND c.initiative_id = a.initiative_id WHERE a.session_id = ? AND "
        "a.member_id = ? AND c.id IS NULL");
    Query apps(m_db,
        QStringLiteral("SELECT i.id, i.name, i.ds_number, i.description, i.budget_cents, o.name "
                       "FROM initiative i LEFT JOIN organisation o ON o.id = i.carrier_id "
                       "WHERE i.id IN (")
            + mine + QStringLiteral(") ORDER BY i.id"));
    apps.bindAll(sessionId, memberId).exec();
    while (apps.next())
        c.applications.append(applicationFrom(apps));
    Query scores(m_db,
        QStringLiteral("SELECT s.initiative_id, s.criterion_id, s.score FROM jury_score s "
                       "WHERE s.session_id = ? AND s.member_id = ? AND s.initiative_id IN (")
            + mine + QStringLiteral(") ORDER BY 1, 2"));
    scores.bindAll(sessionId, memberId, sessionId, memberId).exec();
    while (scores.next()) {
        c.scores.append({ scores.value(0).toLongLong(), scores.value(1).toLongLong(),
            scores.value(2).toDouble() });
    }
    Query comments(m_db,
        QStringLiteral("SELECT m.initiative_id, m.body FROM jury_comment m WHERE m.session_id = "
                       "? AND m.member_id = ? AND m.initiative_id IN (")
            + mine + QStringLiteral(") ORDER BY 1"));
    comments.bindAll(sessionId, memberId, sessionId, memberId).exec();
    while (comments.next())
        c.comments.append({ comments.value(0).toLongLong(), comments.value(1).toString() });

    JurorPack::write(c, jurorKey(secret, c.info.sessionUid, memberId), path, passphrase);
}

QStringList JurorPackService::exportAll(
    qint64 sessionId, const QString &folder, const QString &passphrase)
{
    if (!QDir().mkpath(folder))
        throw Error(tr("Could not make the folder %1.").arg(native(folder)));
    QStringList files;
    QStringList used;
    for (const Juror &j : JuryService(m_db).jurors(sessionId)) {
        // Letters and digits of any script stay; what a file system may refuse goes.
        QString base;
        for (const QChar c : j.name) {
            base.append(c.isLetterOrNumber() || c == QLatin1Char(' ') || c == QLatin1Char('-')
                    ? c
                    : QChar(QLatin1Char('_')));
        }
        base = base.trimmed();
        if (base.isEmpty() || used.contains(base, Qt::CaseInsensitive))
            base = QStringLiteral("%1 %2").arg(base).arg(j.memberId).trimmed();
        used.append(base);
        const QString file = QDir(folder).filePath(base + QStringLiteral(".tremplin-pack"));
        exportPack(sessionId, j.memberId, file, passphrase);
        files.append(file);
    }
    return files;
}

PackMerge JurorPackService::read(const QString &path, const QString &passphrase) const
{
    const std::unique_ptr<JurorPack> pack = JurorPack::open(path, passphrase);
    const PackInfo &info = pack->info();
    const QString file = native(path);
    PackMerge merge;
    merge.info = info;
    JuryService jury(m_db);
    QByteArray secret;
    {
        Query q(m_db,
            QStringLiteral(
                "SELECT id, pack_secret FROM jury_session WHERE pack_secret IS NOT NULL"));
        q.exec();
        while (q.next()) {
            const QByteArray s = QByteArray::fromHex(q.value(1).toString().toLatin1());
            if (uidOf(s) == info.sessionUid) {
                merge.sessionId = q.value(0).toLongLong();
                secret = s;
            }
        }
    }
    if (merge.sessionId == 0) {
        throw Error(tr("%1 is a pack of the jury session \"%2\" of another file or of another "
                       "session: no jury session of this file made it. It was not imported.")
                        .arg(file, info.sessionName));
    }
    const QList<Juror> jurors = jury.jurors(merge.sessionId);
    const auto juror = std::find_if(
        jurors.begin(), jurors.end(), [&](const Juror &j) { return j.memberId == info.memberId; });
    const QByteArray key = jurorKey(secret, info.sessionUid, info.memberId);
    if (juror == jurors.end() || !packcrypto::equalConstantTime(pack->storedKey(), key)) {
        throw Error(tr("%1 was not made for the juror it names (%2): it was changed outside "
                       "Tremplin. It was not imported.")
                        .arg(file, info.jurorName));
    }
    if (juror->name != info.jurorName) {
        throw Error(tr("%1 names the juror \"%2\", but it was made for \"%3\": the juror was "
                       "renamed in the pack or in this file. It was not imported.")
                        .arg(file, info.jurorName, juror->name));
    }
    if (!packcrypto::equalConstantTime(pack->storedTag(), pack->tag(key))) {
        throw Error(tr("%1 was changed outside Tremplin since the juror saved it (its integrity "
                       "tag does not match its content). It was not imported.")
                        .arg(file));
    }

    merge.importedBefore
        = Query(m_db,
              QStringLiteral("SELECT COUNT(*) FROM jury_pack_import WHERE session_id = ? AND "
                             "pack_id = ?"))
              .bindAll(merge.sessionId, info.packId)
              .scalar()
              .toInt()
        > 0;
    const QList<JuryCriterion> criteria = pack->criteria();
    // The base of a re-sent pack: what both sides agreed on at its last import.
    const QJsonObject previous = QJsonDocument::fromJson(
        Query(m_db,
            QStringLiteral("SELECT m.value FROM jury_pack_import j JOIN meta m ON m.key = ? || "
                           "j.id WHERE j.session_id = ? AND j.pack_id = ? ORDER BY j.id DESC "
                           "LIMIT 1"))
            .bindAll(QString::fromLatin1(BaseKeyPrefix), merge.sessionId, info.packId)
            .scalar()
            .toString()
            .toUtf8())
                                     .object();
    QJsonObject agreed = previous;
    // Three values per cell: the pack's, the base's, and the file's now. A cell only the juror
    // changed is theirs; one only the coordinator changed keeps the file's value; one both
    // changed to different values is a conflict. A pack never clears a value. Returns whether
    // both sides agree after the import (the pack's value becomes the next base).
    const auto classify
        = [&](PackMerge::Cell cell, bool packIsFile, bool packIsBase, bool fileIsBase) {
              if (packIsFile) {
                  ++merge.unchanged;
                  return true;
              }
              if (packIsBase) {
                  ++merge.unchanged;
              } else if (!fileIsBase) {
                  merge.conflicts.append(cell);
              } else {
                  cell.problem = jury.scoreProblem(merge.sessionId, info.memberId,
                      cell.initiativeId, cell.criterionId, cell.pack);
                  (cell.problem.isEmpty() ? merge.changes : merge.refused).append(cell);
                  return cell.problem.isEmpty();
              }
              return false;
          };
    for (const PackApplication &a : pack->applications()) {
        for (const JuryCriterion &c : criteria) {
            PackMerge::Cell cell;
            cell.initiativeId = a.initiativeId;
            cell.application = a.name;
            cell.criterionId = c.id;
            cell.criterion = c.name;
            cell.pack = pack->score(a.initiativeId, c.id);
            if (!cell.pack)
                continue;
            cell.database = jury.score(info.memberId, a.initiativeId, c.id);
            const QString cellKey = QStringLiteral("s:%1:%2").arg(a.initiativeId).arg(c.id);
            const std::optional<double> base = previous.contains(cellKey)
                ? std::optional<double>(previous.value(cellKey).toDouble())
                : pack->exportedScore(a.initiativeId, c.id);
            if (classify(cell, sameScore(cell.pack, cell.database), sameScore(cell.pack, base),
                    sameScore(cell.database, base)))
                agreed.insert(cellKey, *cell.pack);
        }
        PackMerge::Cell note;
        note.initiativeId = a.initiativeId;
        note.application = a.name;
        note.packComment = pack->comment(a.initiativeId);
        if (note.packComment.isEmpty())
            continue;
        note.databaseComment = jury.comment(info.memberId, a.initiativeId);
        const QString noteKey = QStringLiteral("c:%1").arg(a.initiativeId);
        const QString base = previous.contains(noteKey) ? previous.value(noteKey).toString()
                                                        : pack->exportedComment(a.initiativeId);
        if (classify(note, note.packComment == note.databaseComment, note.packComment == base,
                note.databaseComment == base))
            agreed.insert(noteKey, note.packComment);
    }
    merge.agreed = QString::fromUtf8(QJsonDocument(agreed).toJson(QJsonDocument::Compact));
    return merge;
}

qint64 JurorPackService::apply(const PackMerge &merge)
{
    if (merge.writesNothing())
        return 0;
    JuryService jury(m_db);
    WriteTransaction tx(m_db);
    for (const PackMerge::Cell &cell : merge.changes) {
        // The file must still be as the merge read it: nothing is overwritten unseen.
        const bool asRead = cell.criterionId != 0
            ? sameScore(
                jury.score(merge.info.memberId, cell.initiativeId, cell.criterionId), cell.database)
            : jury.comment(merge.info.memberId, cell.initiativeId) == cell.databaseComment;
        if (!asRead) {
            throw Error(tr("The scores of %1 changed since the pack was read; read it again.")
                            .arg(merge.info.jurorName));
        }
        if (cell.criterionId != 0)
            jury.setScore(merge.sessionId, merge.info.memberId, cell.initiativeId, cell.criterionId,
                cell.pack);
        else
            jury.setComment(
                merge.sessionId, merge.info.memberId, cell.initiativeId, cell.packComment);
    }
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO jury_pack_import (session_id, member_id, pack_id, "
                       "imported_at, scores) VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(merge.sessionId, merge.info.memberId, merge.info.packId,
                              QDateTime::currentDateTimeUtc().toString(Qt::ISODate),
                              qint64(merge.changes.size()))
                          .execReturningId();
    tx.touch(QStringLiteral("jury_pack_import"), id, Change::Inserted);
    Query(m_db,
        QStringLiteral("INSERT INTO meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE "
                       "SET value = excluded.value"))
        .bindAll(QLatin1String(BaseKeyPrefix) + QString::number(id), merge.agreed)
        .exec();
    tx.commit();
    return id;
}

void JurorPackService::revert(const PackMerge &merge, qint64 logId)
{
    if (logId == 0)
        return;
    JuryService jury(m_db);
    WriteTransaction tx(m_db);
    for (const PackMerge::Cell &cell : merge.changes) {
        if (cell.criterionId != 0)
            jury.setScore(merge.sessionId, merge.info.memberId, cell.initiativeId, cell.criterionId,
                cell.database);
        else
            jury.setComment(
                merge.sessionId, merge.info.memberId, cell.initiativeId, cell.databaseComment);
    }
    Query(m_db, QStringLiteral("DELETE FROM jury_pack_import WHERE id = ?")).bindAll(logId).exec();
    Query(m_db, QStringLiteral("DELETE FROM meta WHERE key = ?"))
        .bindAll(QLatin1String(BaseKeyPrefix) + QString::number(logId))
        .exec();
    tx.touch(QStringLiteral("jury_pack_import"), logId, Change::Deleted);
    tx.commit();
}

} // namespace tremplin
