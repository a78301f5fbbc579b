// SPDX-License-Identifier: GPL-3.0-or-later
#include "snapshots.h"

#include "../database/database.h"
#include "../database/filesync.h"
#include "../database/sqlitedialect.h"
#include "../error.h"
#include "../services/statisticsservice.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLockFile>
#include <QRegularExpression>
#include <QSettings>
#include <algorithm>
#include <array>

namespace tremplin {

namespace {

struct ReasonName
{
    SnapshotReason reason;
    const char *code;
    const char *label;
};

const std::array<ReasonName, 6> reasonNames = { {
    { SnapshotReason::Daily, "daily", QT_TRANSLATE_NOOP("tremplin::Snapshots", "Daily") },
    { SnapshotReason::Manual, "manual", QT_TRANSLATE_NOOP("tremplin::Snapshots", "By hand") },
    { SnapshotReason::BeforeImport, "before-import",
        QT_TRANSLATE_NOOP("tremplin::Snapshots", "Before an import") },
    { SnapshotReason::BeforeMigration, "before-upgrade",
        QT_TRANSLATE_NOOP("tremplin::Snapshots", "Before an upgrade") },
    { SnapshotReason::BeforeMerge, "before-merge",
        QT_TRANSLATE_NOOP("tremplin::Snapshots", "Before merging juror packs") },
    { SnapshotReason::BeforeRestore, "before-restore",
        QT_TRANSLATE_NOOP("tremplin::Snapshots", "Before a restore") },
} };

/// "<file> 2026-11-30 14-05-09 daily.sqlite", with "-2", "-3"... after the time when two
/// snapshots fall in the same second.
const QString timeFormat = QStringLiteral("yyyy-MM-dd HH-mm-ss");
const QRegularExpression namePattern(
    QStringLiteral(R"(^(.*) (\d{4}-\d{2}-\d{2} \d{2}-\d{2}-\d{2})(?:-\d+)? ([a-z-]+)\.sqlite$)"));

bool isDaily(const Snapshot &s)
{
    return s.reason == SnapshotReason::Daily;
}

/// The application's settings, the same file for the window and tremplin-cli.
QSettings applicationSettings()
{
    return QSettings(QStringLiteral("Tremplin"), QStringLiteral("Tremplin"));
}

/// The settings group of one file: its absolute path hashed (a path is no settings key).
QString settingsGroup(const QString &databasePath)
{
    const QByteArray key = QFileInfo(databasePath).absoluteFilePath().toUtf8();
    return QStringLiteral("snapshots/")
        + QString::fromLatin1(QCryptographicHash::hash(key, QCryptographicHash::Sha1).toHex());
}

} // namespace

Snapshots::Snapshots(
    const QString &databasePath, const QString &folder, const SnapshotPolicy &policy)
    : m_databasePath(QFileInfo(databasePath).absoluteFilePath())
    , m_folder(
          folder.isEmpty() ? defaultFolder(databasePath) : QFileInfo(folder).absoluteFilePath())
    , m_policy(policy)
{ }

SnapshotSettings SnapshotSettings::load(const QString &databasePath)
{
    QSettings settings = applicationSettings();
    settings.beginGroup(settingsGroup(databasePath));
    SnapshotSettings out;
    out.folder = settings.value(QStringLiteral("folder")).toString();
    out.policy.keepDaily
        = std::max(1, settings.value(QStringLiteral("keepDaily"), out.policy.keepDaily).toInt());
    out.policy.keepOthers
        = std::max(1, settings.value(QStringLiteral("keepOthers"), out.policy.keepOthers).toInt());
    return out;
}

void SnapshotSettings::save(const QString &databasePath, const SnapshotSettings &value)
{
    QSettings settings = applicationSettings();
    settings.beginGroup(settingsGroup(databasePath));
    settings.setValue(QStringLiteral("file"), QFileInfo(databasePath).absoluteFilePath());
    settings.setValue(QStringLiteral("folder"), value.folder);
    settings.setValue(QStringLiteral("keepDaily"), value.policy.keepDaily);
    settings.setValue(QStringLiteral("keepOthers"), value.policy.keepOthers);
}

Snapshots Snapshots::forFile(const QString &databasePath)
{
    const SnapshotSettings settings = SnapshotSettings::load(databasePath);
    return Snapshots(databasePath, settings.folder, settings.policy);
}

QString Snapshots::defaultFolder(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    return info.absolutePath() + QLatin1Char('/') + info.fileName() + QStringLiteral(" snapshots");
}

QString Snapshots::reasonCode(SnapshotReason reason)
{
    for (const ReasonName &r : reasonNames) {
        if (r.reason == reason)
            return QLatin1String(r.code);
    }
    return {};
}

QString Snapshots::reasonLabel(SnapshotReason reason)
{
    for (const ReasonName &r : reasonNames) {
        if (r.reason == reason)
            return tr(r.label);
    }
    return {};
}

QString Snapshots::newSnapshotPath(SnapshotReason reason, const QDateTime &when) const
{
    const QString base = QStringLiteral("%1/%2 %3")
                             .arg(m_folder, QFileInfo(m_databasePath).completeBaseName(),
                                 when.toString(timeFormat));
    const QString code = reasonCode(reason);
    QString path = QStringLiteral("%1 %2.sqlite").arg(base, code);
    for (int n = 2; QFileInfo::exists(path); ++n)
        path = QStringLiteral("%1-%2 %3.sqlite").arg(base).arg(n).arg(code);
    return path;
}

void Snapshots::writeCopy(Database &db, const QString &target)
{
    if (!db.isOpen())
        throw Error(tr("No database is open."));
    writeFileInPlace(
        target,
        [&db](const QString &temp) {
            QSqlDatabase connection = db.connection();
            db.dialect().copyTo(connection, temp);
        },
        true);
}

Snapshot Snapshots::take(Database &db, SnapshotReason reason)
{
    if (!QDir().mkpath(m_folder)) {
        throw Error(tr("Could not create the snapshot folder %1: check that it can be written.")
                        .arg(nativePath(m_folder)));
    }
    restrictToOwner(m_folder);
#ifndef Q_OS_WIN
    // A folder also needs its owner's right to list and enter it.
    QFile::setPermissions(
        m_folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
#endif
    Snapshot s;
    s.takenAt = QDateTime::currentDateTime();
    s.reason = reason;
    s.path = newSnapshotPath(reason, s.takenAt);
    writeCopy(db, s.path);
    s.size = QFileInfo(s.path).size();
    rotate();
    return s;
}

bool Snapshots::takeDailyIfDue(Database &db)
{
    const QDate today = QDate::currentDate();
    const QList<Snapshot> all = list();
    const bool done = std::any_of(all.cbegin(), all.cend(),
        [&today](const Snapshot &s) { return isDaily(s) && s.takenAt.date() == today; });
    if (done)
        return false;
    take(db, SnapshotReason::Daily);
    return true;
}

Snapshot Snapshots::takeBefore(Database &db, SnapshotReason reason)
{
    // A file opened read-only takes no change: say so before anything, not after a snapshot.
    if (db.isReadOnly()) {
        throw Error(QCoreApplication::translate("tremplin::Database",
            "The file is open read-only (it or its folder cannot be written): the change was "
            "not made."));
    }
    try {
        return forFile(db.path()).take(db, reason);
    } catch (const Error &e) {
        throw Error(tr("No snapshot of the file could be taken first, so nothing was written: "
                       "%1 Free some space or choose another snapshot folder (File › Restore "
                       "from a Snapshot…), then try again.")
                        .arg(e.message()));
    }
}

QList<Snapshot> Snapshots::list() const
{
    QList<Snapshot> out;
    const QString base = QFileInfo(m_databasePath).completeBaseName();
    const QFileInfoList files = QDir(m_folder).entryInfoList(
        { QStringLiteral("*.sqlite") }, QDir::Files | QDir::NoDotAndDotDot);
    for (const QFileInfo &file : files) {
        const QRegularExpressionMatch m = namePattern.match(file.fileName());
        if (!m.hasMatch() || m.captured(1) != base)
            continue;
        Snapshot s;
        s.path = file.absoluteFilePath();
        s.takenAt = QDateTime::fromString(m.captured(2), timeFormat);
        bool known = false;
        for (const ReasonName &r : reasonNames) {
            if (m.captured(3) == QLatin1String(r.code)) {
                s.reason = r.reason;
                known = true;
            }
        }
        if (!known || !s.takenAt.isValid())
            continue;
        s.size = file.size();
        out.append(s);
    }
    // Newest first; within one second (the names' precision), the one written last first.
    std::stable_sort(out.begin(), out.end(), [](const Snapshot &a, const Snapshot &b) {
        if (a.takenAt != b.takenAt)
            return a.takenAt > b.takenAt;
        return QFileInfo(a.path).lastModified() > QFileInfo(b.path).lastModified();
    });
    return out;
}

Snapshot Snapshots::inspect(Snapshot snapshot)
{
    snapshot.inspected = true;
    try {
        Database db;
        db.open(snapshot.path, Database::Access::ReadOnly, Database::IntegrityCheck::Deferred);
        snapshot.schemaVersion = db.schemaVersion();
        const ProgrammeSummary summary = StatisticsService(db).summary();
        snapshot.initiatives = summary.initiatives;
        snapshot.grants = summary.grants;
        snapshot.payments = summary.disbursements;
    } catch (const Error &e) {
        snapshot.problem = e.message();
    }
    return snapshot;
}

std::optional<Snapshot> Snapshots::latestGood() const
{
    for (const Snapshot &s : list()) {
        try {
            Database check;
            check.open(s.path, Database::Access::ReadOnly);
        } catch (const Error &) {
            continue;
        }
        Snapshot good = inspect(s);
        if (good.problem.isEmpty())
            return good;
    }
    return std::nullopt;
}

QString Snapshots::copyBeside(const Snapshot &snapshot) const
{
    const QFileInfo file(m_databasePath);
    const QString stem = QStringLiteral("%1/%2 from snapshot %3")
                             .arg(file.absolutePath(), file.completeBaseName(),
                                 snapshot.takenAt.toString(timeFormat));
    QString target = stem + QStringLiteral(".sqlite");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = QStringLiteral("%1 (%2).sqlite").arg(stem).arg(n);
    writeFileInPlace(
        target,
        [&snapshot](const QString &temp) {
            if (!QFile::copy(snapshot.path, temp)) {
                throw Error(tr("Could not copy the snapshot to %1: check that the folder can be "
                               "written.")
                                .arg(nativePath(QFileInfo(temp).absolutePath())));
            }
        },
        true);
    return target;
}

void Snapshots::rotate()
{
    int daily = 0;
    int others = 0;
    for (const Snapshot &s : list()) {
        const bool keep
            = isDaily(s) ? ++daily <= m_policy.keepDaily : ++others <= m_policy.keepOthers;
        if (!keep)
            QFile::remove(s.path);
    }
}

Snapshot Snapshots::restore(const QString &snapshotPath)
{
    // 1. The snapshot must be a sound Tremplin file (thorough check), of this or an older
    //    schema (an older one is upgraded when the restored file is next opened).
    {
        Database check;
        try {
            check.open(snapshotPath, Database::Access::ReadOnly);
        } catch (const Error &e) {
            throw Error(tr("This snapshot cannot be restored: %1").arg(e.message()));
        }
    }
    // 2. The file it replaces: one of ours (or gone), and nobody writing it.
    const QFileInfo target(m_databasePath);
    if (target.exists()) {
        QString error;
        const auto header = SqliteDialect::readHeader(m_databasePath, &error);
        if (!error.isEmpty() || !header.isSqlite
            || header.applicationId != SqliteDialect::ApplicationId) {
            throw Error(tr("%1 is not a Tremplin database: it was left untouched and nothing was "
                           "restored.")
                            .arg(nativePath(m_databasePath)));
        }
    }
    const std::unique_ptr<QLockFile> lock = Database::writerLock(m_databasePath);
    for (const char *suffix : { "-journal", "-wal" }) {
        if (QFileInfo::exists(m_databasePath + QLatin1String(suffix))) {
            throw Error(tr("%1 is being written by another program, or was being written when "
                           "it stopped: open it once in Tremplin, then restore.")
                            .arg(nativePath(m_databasePath)));
        }
    }
    // 3. The file as it is now, kept so that the restore can be undone by restoring it.
    Snapshot before;
    if (target.exists()) {
        if (!QDir().mkpath(m_folder)) {
            throw Error(tr("Could not create the snapshot folder %1: check that it can be "
                           "written.")
                            .arg(nativePath(m_folder)));
        }
        before.reason = SnapshotReason::BeforeRestore;
        before.takenAt = QDateTime::currentDateTime();
        before.path = newSnapshotPath(before.reason, before.takenAt);
        Database current;
        bool copied = false;
        try {
            current.open(
                m_databasePath, Database::Access::ReadOnly, Database::IntegrityCheck::Deferred);
            writeCopy(current, before.path);
            copied = true;
        } catch (const Error &) {
            // Unreadable as a database (damaged): its bytes are kept as they are.
        }
        current.close();
        if (!copied) {
            writeFileInPlace(
                before.path,
                [this](const QString &temp) {
                    if (!QFile::copy(m_databasePath, temp)) {
                        throw Error(tr("Could not keep a copy of %1 before restoring: nothing "
                                       "was restored.")
                                        .arg(nativePath(m_databasePath)));
                    }
                },
                true);
        }
        before.size = QFileInfo(before.path).size();
    }
    // 4. The snapshot's copy put in place in one step.
    writeFileInPlace(
        m_databasePath,
        [this, &snapshotPath](const QString &temp) {
            if (!QFile::copy(snapshotPath, temp)) {
                throw Error(tr("Could not copy the snapshot beside %1: nothing was restored.")
                                .arg(nativePath(m_databasePath)));
            }
        },
        true);
    rotate();
    return before;
}

} // namespace tremplin
