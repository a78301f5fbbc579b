// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli backup, backups and restore: snapshots of a programme file (core/backup).
#include "common.h"
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/filesync.h"
#include "core/error.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tremplin::cli {

namespace {

QCommandLineOption folderOption()
{
    return QCommandLineOption(QStringLiteral("folder"),
        Tr::tr("Snapshot folder (default: the one chosen in the window, or \"<file> snapshots\" "
               "beside the file)."),
        Tr::tr("folder"));
}

QList<QCommandLineOption> keepOptions()
{
    return { QCommandLineOption(QStringLiteral("keep-daily"),
                 Tr::tr("Daily snapshots kept (default: as chosen in the window, or 10)."),
                 Tr::tr("count")),
        QCommandLineOption(QStringLiteral("keep-others"),
            Tr::tr("Other snapshots kept: before an operation or by hand (default: as chosen in "
                   "the window, or 10)."),
            Tr::tr("count")) };
}

/// The file's snapshot settings (as chosen in the window), with --folder, --keep-daily and
/// --keep-others in their place when given; false (with a message) when a count is not a
/// positive number.
bool readSettings(const QCommandLineParser &parser, const QString &command, const QString &path,
    Io &io, SnapshotSettings *settings)
{
    *settings = SnapshotSettings::load(path);
    if (parser.isSet(QStringLiteral("folder")))
        settings->folder = parser.value(QStringLiteral("folder"));
    bool ok = true;
    const auto read = [&parser, &ok](const QString &option, int *count) {
        if (!parser.isSet(option))
            return;
        bool number = false;
        *count = parser.value(option).toInt(&number);
        ok = ok && number && *count >= 1;
    };
    read(QStringLiteral("keep-daily"), &settings->policy.keepDaily);
    read(QStringLiteral("keep-others"), &settings->policy.keepOthers);
    if (!ok) {
        io.err << Tr::tr("tremplin-cli %1: --keep-daily and --keep-others take a number of 1 "
                         "or more.")
                      .arg(command)
               << Qt::endl;
    }
    return ok;
}

} // namespace

int runBackup(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        Tr::tr("Write the snapshot to this file instead of the snapshot folder."), Tr::tr("file")));
    parser.addOption(folderOption());
    parser.addOptions(keepOptions());
    QString path;
    SnapshotSettings settings;
    if (!parse(parser, QStringLiteral("backup"), arguments, io)
        || !requireDb(parser, QStringLiteral("backup"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    if (!readSettings(parser, QStringLiteral("backup"), path, io, &settings))
        return Refused;
    try {
        Database db;
        db.open(path, Database::Access::ReadOnly);
        if (parser.isSet(QStringLiteral("out"))) {
            const QString out = parser.value(QStringLiteral("out"));
            Snapshots::writeCopy(db, out);
            io.out << Tr::tr("Snapshot written to %1.").arg(nativePath(out)) << Qt::endl;
            return Ok;
        }
        Snapshots snapshots(path, settings.folder, settings.policy);
        const Snapshot s = snapshots.take(db, SnapshotReason::Manual);
        io.out << Tr::tr("Snapshot written to %1.").arg(nativePath(s.path)) << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli backup: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

int runBackups(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(folderOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        Tr::tr("Output format: table or json."), Tr::tr("format"), QStringLiteral("table")));
    QString path;
    if (!parse(parser, QStringLiteral("backups"), arguments, io)
        || !requireDb(parser, QStringLiteral("backups"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("json")) {
        io.err << Tr::tr("tremplin-cli backups: unknown format \"%1\" (use table or json).")
                      .arg(format)
               << Qt::endl;
        return Refused;
    }
    const QString folder = parser.isSet(QStringLiteral("folder"))
        ? parser.value(QStringLiteral("folder"))
        : SnapshotSettings::load(path).folder;
    const Snapshots snapshots(path, folder);
    QList<Snapshot> list = snapshots.list();
    for (Snapshot &s : list)
        s = Snapshots::inspect(s);
    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const Snapshot &s : list) {
            QJsonObject o;
            o.insert(QStringLiteral("file"), s.path);
            o.insert(QStringLiteral("taken_at"), s.takenAt.toString(Qt::ISODate));
            o.insert(QStringLiteral("reason"), Snapshots::reasonCode(s.reason));
            o.insert(QStringLiteral("bytes"), s.size);
            if (s.problem.isEmpty()) {
                o.insert(QStringLiteral("schema_version"), s.schemaVersion);
                o.insert(QStringLiteral("initiatives"), s.initiatives);
                o.insert(QStringLiteral("grants"), s.grants);
                o.insert(QStringLiteral("payments"), s.payments);
            } else {
                o.insert(QStringLiteral("problem"), s.problem);
            }
            rows.append(o);
        }
        QJsonObject root;
        root.insert(QStringLiteral("folder"), snapshots.folder());
        root.insert(QStringLiteral("snapshots"), rows);
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (list.isEmpty()) {
        io.out << Tr::tr("No snapshot in %1.").arg(nativePath(snapshots.folder())) << Qt::endl;
        return Ok;
    }
    const QLocale locale;
    io.out << Tr::tr("Snapshots in %1:").arg(nativePath(snapshots.folder())) << Qt::endl;
    for (const Snapshot &s : list) {
        const QString what = s.problem.isEmpty()
            ? Tr::tr("%1 initiatives, %2 grants, %3 payments")
                  .arg(locale.toString(s.initiatives), locale.toString(s.grants),
                      locale.toString(s.payments))
            : s.problem;
        io.out << QStringLiteral("%1  %2  %3  %4")
                      .arg(locale.toString(s.takenAt, QLocale::ShortFormat),
                          Snapshots::reasonLabel(s.reason), what, nativePath(s.path))
               << Qt::endl;
    }
    return Ok;
}

int runRestore(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("from"),
        Tr::tr("The snapshot to restore (see tremplin-cli backups)."), Tr::tr("file")));
    parser.addOption(folderOption());
    parser.addOptions(keepOptions());
    QString path;
    SnapshotSettings settings;
    if (!parse(parser, QStringLiteral("restore"), arguments, io)
        || !requireDb(parser, QStringLiteral("restore"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    if (!readSettings(parser, QStringLiteral("restore"), path, io, &settings))
        return Refused;
    if (!parser.isSet(QStringLiteral("from"))) {
        io.err << Tr::tr("tremplin-cli restore: --from FILE is required.") << Qt::endl;
        return Refused;
    }
    try {
        Snapshots snapshots(path, settings.folder, settings.policy);
        const Snapshot before = snapshots.restore(parser.value(QStringLiteral("from")));
        io.out << Tr::tr("%1 restored from %2.")
                      .arg(nativePath(path), nativePath(parser.value(QStringLiteral("from"))))
               << Qt::endl;
        if (!before.path.isEmpty()) {
            io.out << Tr::tr("The file as it was is kept in %1: restore it to undo.")
                          .arg(nativePath(before.path))
                   << Qt::endl;
        }
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli restore: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
