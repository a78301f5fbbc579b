// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/services/statisticsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace tremplin::cli {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Cli)
};

/// Parses a command's own options; prints a one-line error and returns false on bad input.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           Io &io)
{
    parser.setApplicationDescription(QString());
    parser.addHelpOption();
    QStringList args = arguments;
    args.prepend(QStringLiteral("tremplin-cli %1").arg(command));
    if (!parser.parse(args)) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(command, parser.errorText()) << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << parser.helpText();
        return false;
    }
    if (!parser.positionalArguments().isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: unexpected argument \"%2\".")
                      .arg(command, parser.positionalArguments().constFirst())
               << Qt::endl;
        return false;
    }
    return true;
}

QCommandLineOption dbOption()
{
    return QCommandLineOption(QStringLiteral("db"), Tr::tr("The Tremplin database file."),
                              Tr::tr("file"));
}

bool requireDb(const QCommandLineParser &parser, const QString &command, Io &io, QString *path)
{
    *path = parser.value(QStringLiteral("db"));
    if (path->isEmpty()) {
        io.err << Tr::tr("tremplin-cli %1: --db FILE is required.").arg(command) << Qt::endl;
        return false;
    }
    return true;
}

int createCommand(const QStringList &arguments, Io &io, bool withDemo)
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

int runInit(const QStringList &arguments, Io &io)
{
    return createCommand(arguments, io, false);
}

int runDemo(const QStringList &arguments, Io &io)
{
    return createCommand(arguments, io, true);
}

int runCheck(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    QString path;
    if (!parse(parser, QStringLiteral("check"), arguments, io)
        || !requireDb(parser, QStringLiteral("check"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli check: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    io.out << Tr::tr("Schema version: %1 (this version of Tremplin: %2)")
                  .arg(db.schemaVersion())
                  .arg(Database::latestSchemaVersion())
           << Qt::endl;
    if (db.schemaVersion() < Database::latestSchemaVersion())
        io.out << Tr::tr("The file will be upgraded when opened for writing.") << Qt::endl;
    const QStringList problems = db.integrityProblems(true);
    if (!problems.isEmpty()) {
        io.out << Tr::tr("Integrity: %n problem(s)", nullptr, int(problems.size())) << Qt::endl;
        for (const QString &p : problems)
            io.out << QStringLiteral("  - ") << p << Qt::endl;
        return ProblemsFound;
    }
    io.out << Tr::tr("Integrity: ok") << Qt::endl;
    return Ok;
}

int runInfo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        Tr::tr("Output format: text or json."), Tr::tr("format"),
                                        QStringLiteral("text")));
    QString path;
    if (!parse(parser, QStringLiteral("info"), arguments, io)
        || !requireDb(parser, QStringLiteral("info"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("text") && format != QLatin1String("json")) {
        io.err << Tr::tr("tremplin-cli info: unknown format \"%1\" (use text or json).").arg(format)
               << Qt::endl;
        return Refused;
    }
    Database db;
    ProgrammeSummary s;
    try {
        db.open(path, Database::Access::ReadOnly);
        s = StatisticsService(db).summary();
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli info: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    const QList<std::pair<QString, QVariant>> rows = {
        { QStringLiteral("programmes"), s.programmes },
        { QStringLiteral("promotions"), s.promotions },
        { QStringLiteral("phases"), s.phases },
        { QStringLiteral("initiatives"), s.initiatives },
        { QStringLiteral("laureates"), s.laureates },
        { QStringLiteral("organisations"), s.organisations },
        { QStringLiteral("administrations"), s.administrations },
        { QStringLiteral("people"), s.people },
        { QStringLiteral("needs"), s.needs },
        { QStringLiteral("actions"), s.actions },
        { QStringLiteral("committees"), s.committees },
        { QStringLiteral("decisions"), s.decisions },
        { QStringLiteral("grants"), s.grants },
        { QStringLiteral("disbursements"), s.disbursements },
        { QStringLiteral("indicators"), s.indicators },
        { QStringLiteral("journal_entries"), s.journalEntries },
    };
    if (format == QLatin1String("json")) {
        QJsonObject o;
        o.insert(QStringLiteral("programme"), s.programmeName);
        o.insert(QStringLiteral("schema_version"), db.schemaVersion());
        for (const auto &[key, value] : rows)
            o.insert(key, value.toInt());
        o.insert(QStringLiteral("envelope_cents"), s.envelope.cents());
        o.insert(QStringLiteral("committed_cents"), s.committed.cents());
        o.insert(QStringLiteral("disbursed_cents"), s.disbursed.cents());
        o.insert(QStringLiteral("illustrative_amounts"), s.containsIllustrativeAmounts);
        io.out << QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Indented));
        return Ok;
    }
    const QStringList labels = {
        Tr::tr("Programmes"),    Tr::tr("Promotions"),    Tr::tr("Phases"),          Tr::tr("Initiatives"),
        Tr::tr("Laureates"),     Tr::tr("Organisations"), Tr::tr("Administrations"), Tr::tr("People"),
        Tr::tr("Needs"),         Tr::tr("Actions"),       Tr::tr("Committees"),      Tr::tr("Decisions"),
        Tr::tr("Grants"),        Tr::tr("Disbursements"), Tr::tr("Indicators"),      Tr::tr("Journal entries"),
    };
    io.out << Tr::tr("Programme: %1").arg(s.programmeName.isEmpty() ? Tr::tr("(none)") : s.programmeName)
           << Qt::endl;
    io.out << Tr::tr("Schema version: %1").arg(db.schemaVersion()) << Qt::endl;
    for (int i = 0; i < rows.size(); ++i)
        io.out << labels.at(i) << QStringLiteral(": ") << rows.at(i).second.toInt() << Qt::endl;
    const QString mark = s.containsIllustrativeAmounts ? Tr::tr(" (illustrative)") : QString();
    io.out << Tr::tr("Budget envelope: %1").arg(s.envelope.toString()) << mark << Qt::endl;
    io.out << Tr::tr("Committed: %1").arg(s.committed.toString()) << mark << Qt::endl;
    io.out << Tr::tr("Disbursed: %1").arg(s.disbursed.toString()) << mark << Qt::endl;
    return Ok;
}

} // namespace

const QList<Command> &commands()
{
    static const QList<Command> list = {
        { "init", QT_TRANSLATE_NOOP("tremplin::Cli", "Create an empty Tremplin database."),
          runInit },
        { "demo",
          QT_TRANSLATE_NOOP("tremplin::Cli",
                            "Create a database holding the demo programme (AIC promotion 1)."),
          runDemo },
        { "check",
          QT_TRANSLATE_NOOP("tremplin::Cli",
                            "Check a database's schema version and integrity; exit 1 on problems."),
          runCheck },
        { "info", QT_TRANSLATE_NOOP("tremplin::Cli", "Print what a database holds."), runInfo },
    };
    return list;
}

} // namespace tremplin::cli
