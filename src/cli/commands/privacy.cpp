// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli person export|erase and privacy purge: a person's rights over their data and the
// retention period of applicants' data (core/privacy).
#include "common.h"
#include "core/database/database.h"
#include "core/database/filesync.h"
#include "core/error.h"
#include "core/privacy/personaldata.h"
#include "core/privacy/retention.h"

#include <QLocale>

namespace tremplin::cli {

namespace {

/// Lists the snapshots taken before an erasure, which still hold the erased data.
void listOlderSnapshots(const QList<Snapshot> &older, Io &io)
{
    if (older.isEmpty())
        return;
    io.out << Tr::tr("%n snapshot(s) taken before still hold the erased data; delete them "
                     "unless you must keep them:",
        nullptr, int(older.size()))
           << Qt::endl;
    for (const Snapshot &s : older)
        io.out << QStringLiteral("  ") << nativePath(s.path) << Qt::endl;
}

} // namespace

int runPerson(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
        Tr::tr("export (everything the file holds about the person, as JSON) or erase "
               "(anonymise them everywhere, for good)."),
        QStringLiteral("export|erase"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("id"), Tr::tr("The person's number (Directory › Persons)."), Tr::tr("id")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), Tr::tr("Where to write the export (JSON)."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("yes"), Tr::tr("Confirm the erasure, which cannot be undone.")));
    const QString name = QStringLiteral("person");
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString action = parser.positionalArguments().value(0);
    bool number = false;
    const qint64 id = parser.value(QStringLiteral("id")).toLongLong(&number);
    if ((action != QLatin1String("export") && action != QLatin1String("erase"))
        || parser.positionalArguments().size() != 1) {
        io.err << Tr::tr("tremplin-cli person: say export or erase.") << Qt::endl;
        return Refused;
    }
    if (!number || id <= 0) {
        io.err << Tr::tr("tremplin-cli person: --id takes the person's number.") << Qt::endl;
        return Refused;
    }
    try {
        Database db;
        if (action == QLatin1String("export")) {
            const QString out = parser.value(QStringLiteral("out"));
            if (out.isEmpty()) {
                io.err << Tr::tr("tremplin-cli person export: --out FILE is needed.") << Qt::endl;
                return Refused;
            }
            db.open(path, Database::Access::ReadOnly);
            PersonalData(db).exportTo(id, out);
            io.out << Tr::tr("Personal data of person #%1 written to %2 (readable by you only).")
                          .arg(id)
                          .arg(nativePath(out))
                   << Qt::endl;
            return Ok;
        }
        if (!parser.isSet(QStringLiteral("yes"))) {
            io.err << Tr::tr("tremplin-cli person erase: an erasure cannot be undone; add --yes "
                             "to confirm. Nothing was written.")
                   << Qt::endl;
            return Refused;
        }
        // No snapshot first: it would keep the very data being erased.
        db.open(path);
        PersonalData data(db);
        const ErasureOutcome done = data.erase(id);
        io.out << Tr::tr(
            "Person #%1 erased: now “%2”, %n row(s) anonymised.", nullptr, done.rowsChanged)
                      .arg(id)
                      .arg(done.placeholder)
               << Qt::endl;
        listOlderSnapshots(data.snapshotsBefore(done.erasedAt), io);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli person: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

int runPrivacy(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
        Tr::tr("purge: erase the personal data of non-selected applicants whose retention "
               "period has passed."),
        QStringLiteral("purge"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("dry-run"), Tr::tr("Say what would be erased; write nothing.")));
    const QString name = QStringLiteral("privacy");
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    if (parser.positionalArguments() != QStringList { QStringLiteral("purge") }) {
        io.err << Tr::tr("tremplin-cli privacy: say purge.") << Qt::endl;
        return Refused;
    }
    const bool dryRun = parser.isSet(QStringLiteral("dry-run"));
    try {
        Database db;
        db.open(path, dryRun ? Database::Access::ReadOnly : Database::Access::ReadWrite);
        Retention retention(db);
        const int months = retention.months();
        if (months < 0) {
            io.out << Tr::tr("No retention period is set for this programme (Programme › "
                             "Settings): nothing to purge.")
                   << Qt::endl;
            return Ok;
        }
        const RetentionPlan plan = dryRun ? retention.plan() : retention.purge();
        if (plan.isEmpty()) {
            io.out << Tr::tr("Nothing to purge: no non-selected application is more than %n "
                             "month(s) past its selection.",
                nullptr, months)
                   << Qt::endl;
            return Ok;
        }
        for (const ExpiredApplication &a : plan.applications) {
            io.out << Tr::tr("  %1 (selection signed off on %2)")
                          .arg(a.name,
                              QLocale().toString(
                                  a.selectionSignedOff.toLocalTime().date(), QLocale::ShortFormat))
                   << Qt::endl;
        }
        if (dryRun) {
            io.out << Tr::tr("Would erase %n person(s) of these applications (nothing written).",
                nullptr, int(plan.persons.size()))
                   << Qt::endl;
        } else {
            io.out << Tr::tr(
                "Erased %n person(s) of these applications.", nullptr, int(plan.persons.size()))
                   << Qt::endl;
            listOlderSnapshots(
                PersonalData(db).snapshotsBefore(QDateTime::currentDateTimeUtc()), io);
        }
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli privacy: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
