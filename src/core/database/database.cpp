// SPDX-License-Identifier: GPL-3.0-or-later
#include "database.h"

#include "../backup/snapshots.h"
#include "../error.h"
#include "filesync.h"
#include "migrations.h"
#include "sqlitedialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <algorithm>

namespace tremplin {

bool touches(const ChangeSet &changes, std::initializer_list<QLatin1String> entities)
{
    for (const Change &c : changes) {
        for (const QLatin1String &e : entities) {
            if (c.entity == e)
                return true;
        }
    }
    return false;
}

namespace {
QString native(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

/// The journal files SQLite may leave beside @p path: the rollback journal Tremplin's files
/// use, and the write-ahead log should a file have been switched to WAL by another tool.
QStringList journalFiles(const QString &path)
{
    return { path + QStringLiteral("-journal"), path + QStringLiteral("-wal") };
}

bool hasJournal(const QString &path)
{
    const QStringList files = journalFiles(path);
    return std::any_of(files.cbegin(), files.cend(),
        [](const QString &file) { return QFileInfo(file).size() > 0; });
}
} // namespace

Database::Database(QObject *parent)
    : QObject(parent)
    , m_dialect(std::make_unique<SqliteDialect>())
{ }

Database::~Database()
{
    close();
}

int Database::latestSchemaVersion()
{
    return migrationSteps().back().version;
}

bool Database::isOpen() const
{
    return !m_connectionName.isEmpty() && QSqlDatabase::database(m_connectionName, false).isOpen();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

void Database::close()
{
    if (m_checkThread) {
        m_checkThread->wait();
        m_checkThread.reset();
    }
    m_integrity = Integrity::Unknown;
    ++m_generation;
    if (!m_connectionName.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connectionName);
        m_connectionName.clear();
        // Still holding the writer lock: a write cut short is undone before anyone else opens.
        if (!m_readOnly && !m_path.isEmpty() && hasJournal(m_path))
            m_dialect->finishInterruptedWrite(m_path);
    }
    m_lock.reset();
    m_path.clear();
    // The copy taken before a migration belongs to the file just closed: the next file opened
    // gets its own.
    m_backupPath.clear();
    m_schemaVersion = 0;
    m_readOnly = false;
    m_txDepth = 0;
    m_auditStep = 0;
    m_pendingChanges.clear();
}

void Database::openConnection(const QString &path, bool readOnly)
{
    m_connectionName
        = QStringLiteral("tremplin-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), m_connectionName);
    db.setDatabaseName(path);
    if (readOnly)
        db.setConnectOptions(SqliteDialect::readOnlyOptions());
    if (!db.open()) {
        const QString reason = db.lastError().text();
        close();
        throw Error(tr("Could not open %1: %2").arg(native(path), reason));
    }
    m_readOnly = readOnly;
    m_path = QFileInfo(path).absoluteFilePath();
    try {
        m_dialect->configureConnection(db);
    } catch (const Error &) {
        close();
        m_refusedAsDamaged = true;
        throw Error(tr("%1 is not a Tremplin database, or it is damaged.").arg(native(path)));
    }
}

std::unique_ptr<QLockFile> Database::writerLock(const QString &path)
{
    auto lock = std::make_unique<QLockFile>(path + QStringLiteral(".lock"));
    // Never consider a lock stale by age: a window may stay open for days. A lock left by a
    // process that no longer runs on this machine is still recognised and taken over.
    lock->setStaleLockTime(0);
    if (!lock->tryLock(0)) {
        if (lock->error() == QLockFile::LockFailedError) {
            throw Error(tr("%1 is already open in another Tremplin window or command. Close it "
                           "there first.")
                            .arg(native(path)));
        }
        throw Error(tr("Could not create the lock file beside %1: check that its folder is "
                       "writable.")
                        .arg(native(path)));
    }
    return lock;
}

QString Database::writeRefusal(const QString &path)
{
    const QFileInfo info(path);
    const QFileInfo folder(info.absolutePath());
    // The folder first: on a read-only disk or share, the file is not writable either, and
    // the folder is the reason. Tremplin writes its lock and SQLite its journal beside the file.
    if (!folder.isWritable()) {
        return tr("%1 cannot be changed: its folder %2 is read-only (Tremplin writes its lock and "
                  "journal beside the file). It can be read; nothing was written. To work on it, "
                  "copy it to a folder you can write.")
            .arg(native(path), native(folder.absoluteFilePath()));
    }
    if (info.exists() && !info.isWritable()) {
        return tr("%1 cannot be changed: the file is read-only (its permissions, or a read-only "
                  "disk or share). It can be read; nothing was written.")
            .arg(native(path));
    }
    return {};
}

void Database::lockOrThrow(const QString &path)
{
    m_lock = writerLock(path);
}

void Database::recoverInterruptedWrite(const QString &path)
{
    if (!hasJournal(path))
        return;
    const QString notDamaged
        = tr("%1 was being written when Tremplin or the computer stopped. The file is not "
             "damaged: the unfinished change will be rolled back the next time the file is opened "
             "where it can be written. %2");
    // The writer lock first: a running Tremplin holding it is writing now, and its journal is
    // not left over by a crash. Its write ends in a moment; the reader then waits for it.
    QLockFile lock(path + QStringLiteral(".lock"));
    lock.setStaleLockTime(0);
    if (!lock.tryLock(0)) {
        if (lock.error() == QLockFile::LockFailedError)
            return;
        throw Error(notDamaged.arg(native(path),
            tr("It cannot be done here because its folder cannot be "
               "written. If you copy it elsewhere, copy %1 with it.")
                .arg(QFileInfo(journalFiles(path).constFirst()).fileName())));
    }
    const QString failure = m_dialect->finishInterruptedWrite(path);
    // SQLITE_READONLY (8, with its extended codes): the file itself cannot be written.
    if (hasJournal(path) && (failure.toInt() & 0xff) == 8) {
        throw Error(notDamaged.arg(native(path),
            tr("It cannot be done here because the file cannot be "
               "written (check its permissions).")));
    }
    // Anything else (a damaged file) is found and said by the integrity check that follows.
}

void Database::open(const QString &path, Access access, IntegrityCheck check)
{
    close();
    m_refusedAsDamaged = false;
    const QFileInfo info(path);
    if (!info.exists())
        throw Error(tr("The file %1 does not exist.").arg(native(path)));
    if (!info.isFile())
        throw Error(tr("%1 is not a file.").arg(native(path)));

    // 1. Read the header straight from the file: SQLite itself never touches a foreign file.
    const auto readHeader = [this, &path] {
        QString readError;
        const auto header = SqliteDialect::readHeader(path, &readError);
        if (!readError.isEmpty())
            throw Error(tr("Could not read %1: %2").arg(native(path), readError));
        if (header.isEncryptedPack
            || header.applicationId == SqliteDialect::JurorPackApplicationId) {
            throw Error(tr("%1 is a juror pack, not a programme file: import it with File › "
                           "Import › Juror Pack…. It was left untouched.")
                            .arg(native(path)));
        }
        if (!header.isSqlite) {
            // Not even an SQLite file: random bytes, or a file cut short before its header.
            m_refusedAsDamaged = true;
            throw Error(tr("%1 is not a Tremplin database.").arg(native(path)));
        }
        if (header.isTruncated && header.applicationId == SqliteDialect::ApplicationId) {
            m_refusedAsDamaged = true;
            throw Error(tr("%1 is damaged and was not opened (the file is cut short). Restore it "
                           "from a copy; the file was left untouched.")
                            .arg(native(path)));
        }
        if (header.applicationId != SqliteDialect::ApplicationId) {
            throw Error(tr("%1 is an SQLite database of another application, not a Tremplin "
                           "database. It was left untouched.")
                            .arg(native(path)));
        }
        if (header.userVersion > latestSchemaVersion()) {
            throw Error(tr("%1 was written by a newer version of Tremplin (schema %2; this "
                           "version reads up to %3). Update Tremplin to open it; the file was "
                           "left untouched.")
                            .arg(native(path))
                            .arg(header.userVersion)
                            .arg(latestSchemaVersion()));
        }
        return header;
    };
    auto header = readHeader();
    // A write interrupted by a crash: roll it back, then read the header it restored.
    if (hasJournal(path)) {
        recoverInterruptedWrite(path);
        header = readHeader();
    }

    // 2. Integrity check on a read-only connection (deferred only when nothing is to migrate).
    openConnection(path, true);
    const bool deferred
        = check == IntegrityCheck::Deferred && header.userVersion == latestSchemaVersion();
    if (!deferred) {
        QStringList problems;
        {
            QSqlDatabase db = connection();
            problems = m_dialect->integrityProblems(db, false);
        }
        if (!problems.isEmpty()) {
            close();
            // Still a journal: a writer that holds the lock and took longer than the busy
            // timeout, or a crash's journal we could not roll back. Not damage either way.
            if (hasJournal(path)) {
                throw Error(tr("%1 is being written by another program, or was being written "
                               "when it stopped. The file is not damaged; try again in a "
                               "moment.")
                                .arg(native(path)));
            }
            m_refusedAsDamaged = true;
            throw Error(
                tr("%1 is damaged and was not opened (%2). Restore it from a copy; the file "
                   "was left untouched.")
                    .arg(native(path), problems.first()));
        }
    }
    const Integrity integrity = deferred ? Integrity::Unknown : Integrity::Sound;
    m_schemaVersion = header.userVersion;
    if (access == Access::ReadOnly) {
        m_integrity = integrity;
        return;
    }
    // 3. Writable connection, one writer per file, migration to the current schema.
    close();
    const QString refusal = writeRefusal(path);
    if (!refusal.isEmpty())
        throw Error(refusal);
    lockOrThrow(path);
    auto lock = std::move(m_lock);
    openConnection(path, false);
    m_lock = std::move(lock);
    {
        QSqlDatabase db = connection();
        m_schemaVersion = m_dialect->readSchemaVersion(db);
    }
    try {
        migrate(true);
    } catch (...) {
        close();
        throw;
    }
    m_integrity = integrity;
}

void Database::startDeferredIntegrityCheck()
{
    if (m_integrity != Integrity::Unknown || m_checkThread || m_path.isEmpty())
        return;
    const QString path = m_path;
    const quint64 generation = m_generation;
    m_checkThread.reset(QThread::create([this, path, generation] {
        // Its own read-only connection, created and used in this thread only.
        QStringList problems;
        const QString name
            = QStringLiteral("tremplin-check-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(m_dialect->driverName(), name);
            db.setDatabaseName(path);
            db.setConnectOptions(SqliteDialect::readOnlyOptions());
            if (!db.open())
                problems << db.lastError().text();
            else
                problems = m_dialect->integrityProblems(db, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(name);
        QMetaObject::invokeMethod(
            this,
            [this, problems, generation] {
                if (generation != m_generation)
                    return;
                m_integrity = problems.isEmpty() ? Integrity::Sound : Integrity::Damaged;
                Q_EMIT integrityChecked(problems);
            },
            Qt::QueuedConnection);
    }));
    m_checkThread->start();
}

void Database::create(const QString &path)
{
    close();
    if (QFileInfo::exists(path))
        throw Error(tr("%1 already exists; choose another name.").arg(native(path)));
    const QFileInfo info(path);
    if (!QDir().mkpath(info.absolutePath()))
        throw Error(tr("Could not create the folder %1.").arg(native(info.absolutePath())));
    lockOrThrow(path);
    auto lock = std::move(m_lock);
    try {
        // Readable by its owner only from the start (personal data); SQLite's journals take
        // the file's permissions.
        QFile empty(path);
        if (!empty.open(QIODevice::WriteOnly | QIODevice::NewOnly))
            throw Error(tr("Could not create %1: %2").arg(native(path), empty.errorString()));
        empty.close();
        restrictToOwner(path);
        openConnection(path, false);
        m_lock = std::move(lock);
        m_schemaVersion = 0;
        migrate(false);
        m_integrity = Integrity::Sound;
    } catch (...) {
        close();
        QFile::remove(path);
        throw;
    }
}

void Database::migrate(bool copyFirst)
{
    QSqlDatabase db = connection();
    const auto &steps = migrationSteps();
    for (const MigrationStep &step : steps) {
        if (step.version <= m_schemaVersion)
            continue;
        if (copyFirst && m_backupPath.isEmpty()) {
            // A real file with data is about to change shape: keep a snapshot of it as it was,
            // in its snapshot folder (listed by File › Restore from a Snapshot…). Without it,
            // the file is left as it is.
            try {
                m_backupPath
                    = Snapshots::forFile(m_path).take(*this, SnapshotReason::BeforeMigration).path;
            } catch (const Error &e) {
                throw Error(tr("%1 must be upgraded to this version of Tremplin, but no "
                               "snapshot of it could be taken first, so it was left untouched: "
                               "%2")
                                .arg(native(m_path), e.message()));
            }
        }
        QSqlQuery q(db);
        if (!q.exec(m_dialect->beginWriteStatement()))
            throw Error(tr("Could not start the upgrade: %1").arg(q.lastError().text()));
        try {
            for (const QString &statement : step.statements()) {
                QSqlQuery s(db);
                if (!s.exec(m_dialect->expand(statement))) {
                    throw Error(tr("Upgrading the database to version %1 failed: %2")
                                    .arg(step.version)
                                    .arg(s.lastError().text()));
                }
            }
            if (step.code)
                step.code(db, *m_dialect);
            if (step.version == 1)
                m_dialect->writeApplicationId(db);
            m_dialect->writeSchemaVersion(db, step.version);
            QSqlQuery commit(db);
            if (!commit.exec(QStringLiteral("COMMIT")))
                throw Error(tr("Could not finish the upgrade: %1").arg(commit.lastError().text()));
        } catch (...) {
            QSqlQuery rollback(db);
            rollback.exec(QStringLiteral("ROLLBACK"));
            throw;
        }
        m_schemaVersion = step.version;
    }
}

QStringList Database::integrityProblems(bool thorough)
{
    QSqlDatabase db = connection();
    return m_dialect->integrityProblems(db, thorough);
}

void Database::saveCopy(const QString &target)
{
    if (!isOpen())
        throw Error(tr("No database is open."));
    const QFileInfo targetInfo(target);
    if (targetInfo.absoluteFilePath() == QFileInfo(m_path).absoluteFilePath())
        throw Error(tr("Choose another file than the one that is open."));
    // Synced, then renamed over the target in one step: whatever happens, the target is either
    // the file it was or the complete copy.
    writeFileInPlace(
        target,
        [this](const QString &temp) {
            QSqlDatabase db = connection();
            m_dialect->copyTo(db, temp);
        },
        true);
}

} // namespace tremplin
