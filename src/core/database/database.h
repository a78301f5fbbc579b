// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <initializer_list>
#include <memory>

class QLockFile;

namespace tremplin {

class SqlDialect;

/// One change made by a committed write: the table and the row id (0 when many rows changed).
struct Change
{
    enum Kind { Inserted, Updated, Deleted };
    QString entity;
    qint64 id = 0;
    Kind kind = Updated;
    /// For an update recorded in the audit trail, the columns written as it names them
    /// ("description", "name, town"); empty when not known.
    QString columns = {};
};
using ChangeSet = QList<Change>;

/// True when @p changes names one of the tables @p entities: listeners use it to ignore the
/// writes that do not concern what they show.
bool touches(const ChangeSet &changes, std::initializer_list<QLatin1String> entities);

/// An open Tremplin database file: checked, migrated to the current schema and ready for the
/// services. It owns the connection and announces each committed write through changed().
///
/// Opening never modifies a file it refuses: the SQLite header is read from disk first, then the
/// integrity check runs on a read-only connection, and only a sound Tremplin file of this or an
/// older schema is opened for writing (after a copy is taken when it must be migrated).
/// A write interrupted by a crash (kill, power loss) leaves a rollback journal beside the file;
/// a read-only connection cannot roll it back, so open() does it first on a writable
/// connection, under the writer lock, whatever the access asked for.
class Database : public QObject
{
    Q_OBJECT
public:
    enum class Access { ReadWrite, ReadOnly };
    /// When SQLite's integrity check runs. Deferred lets a window appear before a large file
    /// is read through: the check then runs in the background (startDeferredIntegrityCheck())
    /// and no write is accepted until it has passed. A file to migrate is always checked first.
    enum class IntegrityCheck { Now, Deferred };
    enum class Integrity { Unknown, Sound, Damaged };

    explicit Database(QObject *parent = nullptr);
    ~Database() override;

    /// Opens an existing file. Throws tremplin::Error with a message for the user when the file
    /// is missing, not a Tremplin database, newer than this version, damaged, or locked by
    /// another Tremplin window.
    void open(const QString &path, Access access = Access::ReadWrite,
        IntegrityCheck check = IntegrityCheck::Now);
    /// Runs the deferred integrity check on a background connection; integrityChecked() tells
    /// the outcome. Does nothing when the check already ran.
    void startDeferredIntegrityCheck();
    Integrity integrity() const { return m_integrity; }
    /// True when the last open() refused the file because it is damaged (failed integrity
    /// check, truncated, not an SQLite file any more), not because it is another application's,
    /// newer, locked or read-only: a snapshot of it may then stand in for it.
    bool refusedAsDamaged() const { return m_refusedAsDamaged; }
    /// Creates a new, empty Tremplin database at @p path, which must not exist yet, readable by
    /// its owner only (Linux, macOS).
    void create(const QString &path);
    void close();

    bool isOpen() const;
    bool isReadOnly() const { return m_readOnly; }
    QString path() const { return m_path; }
    /// Schema version of the open file (the current one unless opened read-only and older).
    int schemaVersion() const { return m_schemaVersion; }
    /// Where the copy taken before the last migration went, if one was needed.
    QString migrationBackupPath() const { return m_backupPath; }

    static int latestSchemaVersion();
    /// Takes the lock that lets one writer at a time use @p path (the file beside it named
    /// "<path>.lock"); throws tremplin::Error saying who holds it. A lock left by a process
    /// that no longer runs is taken over.
    static std::unique_ptr<QLockFile> writerLock(const QString &path);

    /// Why @p path cannot be opened for writing (the file or its folder is read-only), in the
    /// user's language; empty when it can. open() refuses such a file up front with this
    /// message; the window opens it read-only instead.
    static QString writeRefusal(const QString &path);

    /// The engine's integrity check plus foreign key check; empty when sound.
    QStringList integrityProblems(bool thorough = true);

    /// Writes a consistent copy of the open database to @p target, atomically (a temporary file
    /// in the same folder, renamed at the end), readable by its owner only (Linux, macOS). An
    /// existing @p target is replaced.
    void saveCopy(const QString &target);

    QSqlDatabase connection() const;
    const SqlDialect &dialect() const { return *m_dialect; }

    /// A view could not read what it shows (a disk error, a file locked for too long): it shows
    /// what it can and calls this, so that the window tells the user instead of hiding it.
    void reportReadFailure(const QString &message) { Q_EMIT readFailed(message); }

Q_SIGNALS:
    /// Emitted after each committed write transaction with what it changed.
    void changed(const tremplin::ChangeSet &changes);
    /// The deferred integrity check finished; @p problems is empty when the file is sound.
    void integrityChecked(const QStringList &problems);
    /// See reportReadFailure().
    void readFailed(const QString &message);

private:
    friend class WriteTransaction;
    void openConnection(const QString &path, bool readOnly);
    /// Brings the schema to the latest version; @p copyFirst takes a copy of the file before
    /// the first step (not needed for a file just created).
    void migrate(bool copyFirst);
    void lockOrThrow(const QString &path);
    /// Rolls back a write that a crash left unfinished (a "hot" journal beside the file), so
    /// that a read-only connection can read the file; see open().
    void recoverInterruptedWrite(const QString &path);

    std::unique_ptr<SqlDialect> m_dialect;
    std::unique_ptr<QLockFile> m_lock;
    std::unique_ptr<class QThread> m_checkThread;
    Integrity m_integrity = Integrity::Unknown;
    quint64 m_generation = 0; ///< changes at each close: a late check result is for another file
    QString m_connectionName;
    QString m_path;
    QString m_backupPath;
    int m_schemaVersion = 0;
    bool m_readOnly = false;
    bool m_refusedAsDamaged = false;

    // State of the write transaction in progress (see WriteTransaction).
    int m_txDepth = 0;
    bool m_txFailed = false;
    /// The audit trail's step of the open outermost transaction: the id of its first line (0
    /// before one is written).
    qint64 m_auditStep = 0;
    ChangeSet m_pendingChanges;
};

} // namespace tremplin
