// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace tremplin {

class Database;

/// Why a snapshot was taken; its code is part of the snapshot's file name.
enum class SnapshotReason {
    Daily,
    Manual,
    BeforeImport,
    BeforeMigration,
    BeforeMerge,
    BeforeRestore
};

/// One snapshot: a complete, consistent copy of a programme file at a moment.
struct Snapshot
{
    QString path;
    QDateTime takenAt;
    SnapshotReason reason = SnapshotReason::Manual;
    qint64 size = 0;

    // What inspect() reads from the file.
    bool inspected = false;
    /// Empty when the snapshot opens as a sound Tremplin file; otherwise why not.
    QString problem;
    int schemaVersion = 0;
    int initiatives = 0;
    int grants = 0;
    int payments = 0;
};

/// How many snapshots are kept: the daily ones, and the others (before an operation, or taken
/// by hand); the oldest beyond these counts are deleted after each new snapshot.
struct SnapshotPolicy
{
    int keepDaily = 10;
    int keepOthers = 10;
};

/// Where a file's snapshots go and how many are kept, as the user chose them (File › Restore
/// from a Snapshot…). Kept per file in the application's settings, which the window and
/// tremplin-cli share; the defaults (folder beside the file, 10 and 10) when never set.
struct SnapshotSettings
{
    QString folder; ///< empty: Snapshots::defaultFolder()
    SnapshotPolicy policy;

    static SnapshotSettings load(const QString &databasePath);
    static void save(const QString &databasePath, const SnapshotSettings &settings);
};

/// The snapshots of one programme file, in a folder the user can see (by default beside the
/// file: "<file name> snapshots"). A snapshot is taken with SQLite's VACUUM INTO on the open
/// connection (a consistent copy even while other programs read), written to a temporary
/// file, synced to the disk, made readable by its owner only, then renamed into place: a
/// snapshot in the folder is always complete. Snapshots are never modified once written.
class Snapshots
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Snapshots)

public:
    /// @p folder empty: defaultFolder(@p databasePath).
    explicit Snapshots(const QString &databasePath, const QString &folder = QString(),
        const SnapshotPolicy &policy = SnapshotPolicy());

    /// The snapshots of @p databasePath in the folder and with the counts of its settings.
    static Snapshots forFile(const QString &databasePath);
    static QString defaultFolder(const QString &databasePath);
    QString folder() const { return m_folder; }

    /// Takes a snapshot of @p db (the open file this object is for), then applies the policy.
    /// Throws tremplin::Error (disk full, folder not writable); nothing is left half-written.
    Snapshot take(Database &db, SnapshotReason reason);
    /// Writes a snapshot of @p db to @p target (any folder; not part of the rotation).
    static void writeCopy(Database &db, const QString &target);
    /// Takes a daily snapshot unless one was taken today; true when one was taken.
    bool takeDailyIfDue(Database &db);
    /// Before an operation that writes (an import, a merge): a snapshot of @p db in the
    /// folder of its settings. Throws tremplin::Error saying that nothing was written when it
    /// cannot be taken: the caller must then not write. Must run outside a transaction.
    static Snapshot takeBefore(Database &db, SnapshotReason reason);

    /// The snapshots in the folder, newest first, from their names (fast; see inspect()).
    QList<Snapshot> list() const;
    /// Reads what a snapshot holds, opening it read-only; the file is never modified.
    static Snapshot inspect(Snapshot snapshot);
    /// The newest snapshot that opens as a sound Tremplin file (SQLite's check), with what it
    /// holds; std::nullopt when there is none. Used when the file itself is refused as damaged.
    std::optional<Snapshot> latestGood() const;
    /// Copies @p snapshot to a new file beside the programme file ("<name> from snapshot
    /// <time>.sqlite"), readable by its owner only, and returns its path. The programme file
    /// and the snapshot are left as they are. Throws tremplin::Error.
    QString copyBeside(const Snapshot &snapshot) const;
    /// Deletes the oldest snapshots beyond the policy's counts.
    void rotate();

    /// Replaces the programme file by a copy of @p snapshotPath, after checking the snapshot is
    /// a sound Tremplin file and taking a snapshot of the file as it is (reason
    /// BeforeRestore: restoring that one undoes the restore). The file must not be open: the
    /// writer lock is taken for the time of the restore. A file that is not a Tremplin file is
    /// never replaced. Returns the snapshot taken before. Throws tremplin::Error.
    Snapshot restore(const QString &snapshotPath);

    static QString reasonCode(SnapshotReason reason);
    /// The reason in the user's language.
    static QString reasonLabel(SnapshotReason reason);

private:
    QString newSnapshotPath(SnapshotReason reason, const QDateTime &when) const;

    QString m_databasePath;
    QString m_folder;
    SnapshotPolicy m_policy;
};

} // namespace tremplin
