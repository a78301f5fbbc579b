// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli jury minutes and report committee-minutes: a session's minutes as one PDF.
#include "core/reports/juryminutes.h"

#include "common.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/services/committeeservice.h"
#include "core/services/juryservice.h"

#include <QDir>

namespace tremplin::cli {

namespace {

enum class Kind { Jury, Committee };

int minutes(const QStringList &arguments, Io &io, Kind kind)
{
    const QString name = kind == Kind::Jury ? QStringLiteral("jury minutes")
                                            : QStringLiteral("report committee-minutes");
    const QString key
        = kind == Kind::Jury ? QStringLiteral("session") : QStringLiteral("committee");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(key,
        kind == Kind::Jury
            ? Tr::tr("The jury session's name.")
            : Tr::tr("The committee: its name, its id or the date it is held (YYYY-MM-DD)."),
        Tr::tr("name")));
    parser.addOption(
        QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("lang"),
        Tr::tr("The language of the minutes: fr or en."), Tr::tr("language")));
    QString path;
    if (!parse(parser, name, arguments, io) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty() || parser.value(key).trimmed().isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: --%2 and --out are required.").arg(name, key)
               << Qt::endl;
        return Refused;
    }
    Translations translations;
    if (parser.isSet(QStringLiteral("lang"))
        && !translations.install(parser.value(QStringLiteral("lang")))) {
        io.err << Tr::tr("tremplin-cli %1: unknown language \"%2\" (use en or fr).")
                      .arg(name, parser.value(QStringLiteral("lang")))
               << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        const QString wanted = parser.value(key).trimmed();
        JuryMinutes minutes;
        if (kind == Kind::Jury) {
            const qint64 session = JuryService(db).findSession(wanted);
            if (!session) {
                io.err << Tr::tr("tremplin-cli %1: there is no jury session named \"%2\".")
                              .arg(name, wanted)
                       << Qt::endl;
                return Refused;
            }
            minutes = JuryMinutes::jury(db, session);
        } else {
            // By its name first, then by id or date as report committee-brief finds it.
            Query byName(db, QStringLiteral("SELECT id FROM committee WHERE name = ?"));
            byName.bindAll(wanted).exec();
            QList<qint64> named;
            while (byName.next())
                named.append(byName.value(0).toLongLong());
            const qint64 committee
                = named.size() == 1 ? named.constFirst() : CommitteeService(db).find(wanted);
            if (!committee) {
                io.err << Tr::tr("tremplin-cli %1: no single committee has the name, id or date "
                                 "\"%2\".")
                              .arg(name, wanted)
                       << Qt::endl;
                return Refused;
            }
            minutes = JuryMinutes::committee(db, committee);
        }
        const int pages = minutes.writePdf(out);
        io.out << Tr::tr("Wrote %1 (%Ln page(s)) to %2.", nullptr, pages)
                      .arg(minutes.title(), QDir::toNativeSeparators(out))
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(name, e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace

int runJuryMinutes(const QStringList &arguments, Io &io)
{
    return minutes(arguments, io, Kind::Jury);
}

int runCommitteeMinutes(const QStringList &arguments, Io &io)
{
    return minutes(arguments, io, Kind::Committee);
}

} // namespace tremplin::cli
