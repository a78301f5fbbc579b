// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli init: an empty database, or a programme from a calendar template (and
// createDatabase(), which demo shares).
#include "common.h"
#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/services/programmetemplate.h"

#include <QDir>
#include <QFile>

namespace tremplin::cli {

int createDatabase(const QStringList &arguments, Io &io, bool withDemo)
{
    const QString name = withDemo ? QStringLiteral("demo") : QStringLiteral("init");
    QCommandLineParser parser;
    parser.addOption(dbOption());
    QString path;
    if (!parse(parser, name, arguments, io) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    Database db;
    try {
        db.create(path);
        if (withDemo)
            writeDemoProgramme(db);
    } catch (const Error &e) {
        const bool created = db.isOpen();
        db.close();
        if (created)
            QFile::remove(path);
        io.err << Tr::tr("tremplin-cli %1: %2").arg(name, e.message()) << Qt::endl;
        return Refused;
    }
    io.out << (withDemo ? Tr::tr("Wrote the demo programme to %1.") : Tr::tr("Created %1."))
                  .arg(QDir::toNativeSeparators(db.path()))
           << Qt::endl;
    return Ok;
}

namespace {
/// Reads the options of init that describe a programme into @p setup; prints the first
/// problem and returns false.
bool readSetup(const QCommandLineParser &parser, Io &io, ProgrammeSetup *setup)
{
    auto refuse = [&io](const QString &message) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(QStringLiteral("init"), message) << Qt::endl;
        return false;
    };
    const QString templateCode = parser.value(QStringLiteral("template"));
    if (!templateCode.isEmpty()) {
        const auto calendar = calendarTemplateFromCode(templateCode);
        if (!calendar)
            return refuse(Tr::tr("unknown template \"%1\"; use aic or blank.").arg(templateCode));
        setup->calendar = *calendar;
    }
    if (parser.isSet(QStringLiteral("start"))) {
        const QString text = parser.value(QStringLiteral("start"));
        setup->start = QDate::fromString(text, Qt::ISODate);
        if (!setup->start.isValid())
            return refuse(Tr::tr("\"%1\" is not a date; write it as YYYY-MM-DD.").arg(text));
    } else if (setup->calendar != CalendarTemplate::Blank) {
        return refuse(Tr::tr("--start YYYY-MM-DD is required with a template."));
    }
    if (!parser.isSet(QStringLiteral("name")))
        return refuse(Tr::tr("--name is required to create a programme."));
    setup->programme.name = parser.value(QStringLiteral("name"));
    setup->programme.operatorName = parser.value(QStringLiteral("operator"));
    setup->programme.operatorSiret = parser.value(QStringLiteral("siret")).remove(QLatin1Char(' '));
    setup->promotion.name = parser.isSet(QStringLiteral("promotion"))
        ? parser.value(QStringLiteral("promotion"))
        : Tr::tr("Promotion 1");
    if (parser.isSet(QStringLiteral("envelope"))) {
        const QString text = parser.value(QStringLiteral("envelope"));
        const auto envelope = Money::parse(text, QLocale::c());
        if (!envelope || envelope->cents() < 0)
            return refuse(Tr::tr("\"%1\" is not an amount in euros (e.g. 700000).").arg(text));
        setup->promotion.envelope = *envelope;
    }
    if (parser.isSet(QStringLiteral("places"))) {
        const QString text = parser.value(QStringLiteral("places"));
        bool ok = false;
        const int places = text.toInt(&ok);
        if (!ok || places < 0)
            return refuse(Tr::tr("\"%1\" is not a number of places.").arg(text));
        setup->promotion.places = places;
    }
    return true;
}
} // namespace

int runInit(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOptions({
        { QStringLiteral("template"),
            Tr::tr("Start from a calendar template: aic (the AIC's calendar and tranche "
                   "scheme) or blank."),
            Tr::tr("name") },
        { QStringLiteral("start"), Tr::tr("First day of the call for applications."),
            Tr::tr("YYYY-MM-DD") },
        { QStringLiteral("name"), Tr::tr("The programme's name."), Tr::tr("text") },
        { QStringLiteral("operator"), Tr::tr("The operating administration."), Tr::tr("text") },
        { QStringLiteral("siret"), Tr::tr("The operating administration's SIRET."),
            Tr::tr("digits") },
        { QStringLiteral("promotion"), Tr::tr("The first promotion's name (Promotion 1)."),
            Tr::tr("text") },
        { QStringLiteral("envelope"), Tr::tr("The first promotion's budget envelope."),
            Tr::tr("euros") },
        { QStringLiteral("places"), Tr::tr("The first promotion's number of places."),
            Tr::tr("number") },
    });
    QString path;
    if (!parse(parser, QStringLiteral("init"), arguments, io)
        || !requireDb(parser, QStringLiteral("init"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    QStringList programmeOptions = parser.optionNames();
    programmeOptions.removeAll(QStringLiteral("db"));
    if (programmeOptions.isEmpty())
        return createDatabase(arguments, io, false);

    ProgrammeSetup setup;
    if (!readSetup(parser, io, &setup))
        return Refused;
    Database db;
    try {
        createProgrammeFile(db, path, setup);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(QStringLiteral("init"), e.message())
               << Qt::endl;
        return Refused;
    }
    const int phases = int(templateCalendar(setup.calendar, setup.start).size());
    io.out << Tr::tr("Created %1 with the programme %2 and %n phase(s).", nullptr, phases)
                  .arg(QDir::toNativeSeparators(db.path()), setup.programme.name.trimmed())
           << Qt::endl;
    return Ok;
}

} // namespace tremplin::cli
