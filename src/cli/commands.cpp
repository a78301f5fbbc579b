// SPDX-License-Identifier: GPL-3.0-or-later
#include "commands.h"

#include "bench.h"

#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "core/database/query.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/exports/scdlexport.h"
#include "core/imports/disbursementimport.h"
#include "core/reports/phasestatusreport.h"
#include "core/services/initiativelist.h"
#include "core/services/statisticsservice.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tremplin::cli {

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Cli)
};

/// Parses a command's own options; prints a one-line error and returns false on bad input.
/// Commands that take positional arguments (list) pass @p allowPositional and check them.
bool parse(QCommandLineParser &parser, const QString &command, const QStringList &arguments,
           Io &io, bool allowPositional = false)
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
    if (!allowPositional && !parser.positionalArguments().isEmpty()) {
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
        io.out << Tr::tr("Integrity: %Ln problem(s)", nullptr, int(problems.size())) << Qt::endl;
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
        { QStringLiteral("public_partners"), s.publicPartners },
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
    // "Public partners": the overview's name and count (administrations engaged with at least
    // one initiative), so that the window and the command say the same thing.
    const QStringList labels = {
        Tr::tr("Programmes"),    Tr::tr("Promotions"),    Tr::tr("Phases"),          Tr::tr("Initiatives"),
        Tr::tr("Laureates"),     Tr::tr("Organisations"), Tr::tr("Public partners"), Tr::tr("People"),
        Tr::tr("Needs"),         Tr::tr("Actions"),       Tr::tr("Committees"),      Tr::tr("Decisions"),
        Tr::tr("Grants"),        Tr::tr("Disbursements"), Tr::tr("Indicators"),      Tr::tr("Journal entries"),
    };
    io.out << Tr::tr("Programme: %1").arg(s.programmeName.isEmpty() ? Tr::tr("(none)") : s.programmeName)
           << Qt::endl;
    io.out << Tr::tr("Schema version: %1").arg(db.schemaVersion()) << Qt::endl;
    // "%1: %2" is translated so that French gets its no-break space before the colon; %L2
    // groups the digits the language's way (10 000, 10,000).
    for (int i = 0; i < rows.size(); ++i)
        io.out << Tr::tr("%1: %L2").arg(labels.at(i)).arg(rows.at(i).second.toInt()) << Qt::endl;
    const QString mark = s.containsIllustrativeAmounts ? Tr::tr(" (illustrative)") : QString();
    io.out << Tr::tr("Budget envelope: %1").arg(s.envelope.toString()) << mark << Qt::endl;
    io.out << Tr::tr("Committed: %1").arg(s.committed.toString()) << mark << Qt::endl;
    io.out << Tr::tr("Disbursed: %1").arg(s.disbursed.toString()) << mark << Qt::endl;
    return Ok;
}

QString csvCell(const QString &value, bool isText)
{
    return csv::field(value, isText ? csv::Cell::Text : csv::Cell::Value);
}

// The columns of "list initiatives": stable English names for csv and json, in order.
const char *const listColumns[] = {
    "name",   "carrier", "promotion", "status",          "current_phase",   "phase_status",
    "themes", "town",    "needs",     "committed_cents", "disbursed_cents", "next_action_due",
};
constexpr int listColumnCount = int(sizeof(listColumns) / sizeof(listColumns[0]));

/// Finds the promotion numbered or named @p text; 0 when none, -1 when several match.
qint64 promotionId(const Database &db, const QString &text)
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    Query q(db, isNumber ? QStringLiteral("SELECT id FROM promotion WHERE number = ? OR name = ?")
                         : QStringLiteral("SELECT id FROM promotion WHERE name = ?"));
    if (isNumber)
        q.bind(number);
    q.bind(text);
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    if (ids.isEmpty())
        return 0;
    return ids.size() == 1 ? *ids.cbegin() : -1;
}

int runList(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("list");
    const QString noun = QStringLiteral("initiatives");
    QCommandLineParser parser;
    parser.addPositionalArgument(noun, Tr::tr("What to list: initiatives."), noun);
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("search"),
        Tr::tr("Only initiatives matching this text (accents and case are ignored)."),
        Tr::tr("text")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("status"),
        Tr::tr("Only initiatives with this status: %1.")
            .arg(allCodes<Lifecycle>().join(QStringLiteral(", "))),
        Tr::tr("status")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("promotion"),
        Tr::tr("Only initiatives of this promotion (its number or exact name)."),
        Tr::tr("promotion")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
                                        Tr::tr("Output format: table, csv or json."),
                                        Tr::tr("format"), QStringLiteral("table")));
    if (!parse(parser, name, arguments, io, true))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty()) {
        io.err << Tr::tr("tremplin-cli list: say what to list (initiatives).") << Qt::endl;
        return Refused;
    }
    if (positional.constFirst() != noun) {
        io.err << Tr::tr("tremplin-cli list: cannot list \"%1\" (use initiatives).")
                      .arg(positional.constFirst())
               << Qt::endl;
        return Refused;
    }
    if (positional.size() > 1) {
        io.err << Tr::tr("tremplin-cli %1: unexpected argument \"%2\".").arg(name, positional.at(1))
               << Qt::endl;
        return Refused;
    }
    QString path;
    if (!requireDb(parser, name, io, &path))
        return Refused;
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json")) {
        io.err << Tr::tr("tremplin-cli list: unknown format \"%1\" (use table, csv or json).")
                      .arg(format)
               << Qt::endl;
        return Refused;
    }
    InitiativeFilter filter;
    filter.search = parser.value(QStringLiteral("search"));
    if (parser.isSet(QStringLiteral("status"))) {
        const QString status = parser.value(QStringLiteral("status"));
        // The window's label (in the user's language or in English) or the code.
        filter.lifecycle = fromCodeOrLabel<Lifecycle>(status);
        if (!filter.lifecycle) {
            const QStringList codes = allCodes<Lifecycle>();
            const QStringList labels = allLabels<Lifecycle>();
            QStringList accepted;
            for (int i = 0; i < codes.size(); ++i)
                accepted.append(Tr::tr("%1 (%2)").arg(labels.at(i), codes.at(i)));
            io.err << Tr::tr("tremplin-cli list: unknown status \"%1\". Accepted values: %2.")
                          .arg(status, accepted.join(QStringLiteral(", ")))
                   << Qt::endl;
            return Refused;
        }
    }

    Database db;
    QList<qint64> ids;
    QHash<qint64, InitiativeRow> rows;
    try {
        db.open(path, Database::Access::ReadOnly);
        if (parser.isSet(QStringLiteral("promotion"))) {
            const QString promotion = parser.value(QStringLiteral("promotion"));
            filter.promotionId = promotionId(db, promotion);
            if (filter.promotionId == 0) {
                io.err << Tr::tr("tremplin-cli list: no promotion is numbered or named \"%1\".")
                              .arg(promotion)
                       << Qt::endl;
                return Refused;
            }
            if (filter.promotionId < 0) {
                io.err << Tr::tr("tremplin-cli list: several promotions match \"%1\"; give the "
                                 "exact name of one.")
                              .arg(promotion)
                       << Qt::endl;
                return Refused;
            }
        }
        const InitiativeListService list(db);
        const QSet<qint64> matching = list.matching(filter);
        const QList<qint64> sorted = list.sortedIds(InitiativeListService::Name, QLocale());
        for (qint64 id : sorted) {
            if (matching.contains(id))
                ids.append(id);
        }
        rows = list.rows(ids);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(name, e.message()) << Qt::endl;
        return Refused;
    }

    const bool table = format == QLatin1String("table");
    // Needs and phase status: labels in the user's language for the table, codes otherwise.
    // Lists in the table read as in the window ("a, b"); CSV and JSON keep "a; b".
    const QString listSeparator = table ? QStringLiteral(", ") : QStringLiteral("; ");
    auto needs = [table, &listSeparator](const InitiativeRow &r) {
        QStringList out;
        for (NeedKind k : r.needKinds)
            out.append(table ? label(k) : toCode(k));
        return out.join(listSeparator);
    };
    auto phaseStatus = [table](const InitiativeRow &r) {
        if (!r.phaseStatus)
            return QString();
        return table ? label(*r.phaseStatus) : toCode(*r.phaseStatus);
    };

    if (format == QLatin1String("json")) {
        QJsonArray array;
        for (qint64 id : std::as_const(ids)) {
            const auto it = rows.constFind(id);
            if (it == rows.cend())
                continue;
            const InitiativeRow &r = *it;
            QJsonObject o;
            o.insert(QStringLiteral("name"), r.name);
            o.insert(QStringLiteral("carrier"), r.carrier);
            o.insert(QStringLiteral("promotion"), r.promotion);
            o.insert(QStringLiteral("status"), toCode(r.lifecycle));
            o.insert(QStringLiteral("current_phase"), r.currentPhase);
            o.insert(QStringLiteral("phase_status"),
                     r.phaseStatus ? QJsonValue(toCode(*r.phaseStatus)) : QJsonValue());
            o.insert(QStringLiteral("themes"), r.themes.join(QStringLiteral("; ")));
            o.insert(QStringLiteral("town"), r.town);
            o.insert(QStringLiteral("needs"), needs(r));
            o.insert(QStringLiteral("committed_cents"), r.committed.cents());
            o.insert(QStringLiteral("disbursed_cents"), r.disbursed.cents());
            o.insert(QStringLiteral("next_action_due"),
                     r.nextActionDue.isValid()
                         ? QJsonValue(r.nextActionDue.toString(Qt::ISODate))
                         : QJsonValue());
            array.append(o);
        }
        io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return Ok;
    }

    if (format == QLatin1String("csv")) {
        QStringList header;
        for (const char *column : listColumns)
            header.append(QString::fromLatin1(column));
        io.out << header.join(u',') << '\n';
        for (qint64 id : std::as_const(ids)) {
            const auto it = rows.constFind(id);
            if (it == rows.cend())
                continue;
            const InitiativeRow &r = *it;
            const QStringList fields = {
                csvCell(r.name, true),
                csvCell(r.carrier, true),
                csvCell(r.promotion, true),
                csvCell(toCode(r.lifecycle), true),
                csvCell(r.currentPhase, true),
                csvCell(phaseStatus(r), true),
                csvCell(r.themes.join(QStringLiteral("; ")), true),
                csvCell(r.town, true),
                csvCell(needs(r), true),
                QString::number(r.committed.cents()),
                QString::number(r.disbursed.cents()),
                csvCell(r.nextActionDue.toString(Qt::ISODate), true),
            };
            io.out << fields.join(u',') << '\n';
        }
        io.out.flush();
        return Ok;
    }

    // Table: columns padded to their widest cell, amounts aligned on the right.
    const QLocale locale;
    QList<QStringList> lines;
    // The window's column titles (one source in core).
    QStringList titles;
    for (int c = 0; c < InitiativeListService::ColumnCount; ++c)
        titles.append(InitiativeListService::columnTitle(InitiativeListService::Column(c)));
    lines.append(titles);
    for (qint64 id : std::as_const(ids)) {
        const auto it = rows.constFind(id);
        if (it == rows.cend())
            continue;
        const InitiativeRow &r = *it;
        // As the window's list shows them: dates in the language's short format.
        lines.append({ r.name, r.carrier, r.promotion, label(r.lifecycle), r.currentPhase,
                       phaseStatus(r), r.themes.join(listSeparator), r.town, needs(r),
                       r.committed.toString(locale), r.disbursed.toString(locale),
                       r.nextActionDue.isValid() ? locale.toString(r.nextActionDue, QLocale::ShortFormat) : QString() });
    }
    // A line break or tab inside a cell would break the alignment: show it as a space.
    for (QStringList &line : lines) {
        for (QString &cell : line) {
            cell.replace(u'\r', u' ');
            cell.replace(u'\n', u' ');
            cell.replace(u'\t', u' ');
        }
    }
    QList<qsizetype> widths(listColumnCount, 0);
    for (int c = 0; c < listColumnCount; ++c) {
        for (const QStringList &line : std::as_const(lines))
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    auto writeLine = [&io, &widths](const QStringList &cells) {
        QString text;
        for (int c = 0; c < listColumnCount; ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            const bool amount = c == 9 || c == 10;
            text += amount ? cells.at(c).rightJustified(widths[c], u' ')
                           : cells.at(c).leftJustified(widths[c], u' ');
        }
        while (text.endsWith(u' '))
            text.chop(1);
        io.out << text << '\n';
    };
    writeLine(lines.constFirst());
    QStringList rule;
    for (int c = 0; c < listColumnCount; ++c)
        rule.append(QString(widths[c], u'-'));
    writeLine(rule);
    for (int i = 1; i < lines.size(); ++i)
        writeLine(lines.at(i));
    io.out << Tr::tr("%Ln initiative(s)", nullptr, int(lines.size() - 1)) << Qt::endl;
    return Ok;
}

int runExport(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("export");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("scdl"), Tr::tr("What to export: scdl (the open-data "
                                                                "publication of grants)."),
                                 QStringLiteral("scdl"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write."),
                                        Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("promotion"),
                                        Tr::tr("Only grants of this promotion (its number or exact name)."),
                                        Tr::tr("promotion")));
    parser.addOption(QCommandLineOption(QStringLiteral("year"),
                                        Tr::tr("Only grants whose convention was signed this year."),
                                        Tr::tr("year")));
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QStringList nouns = parser.positionalArguments();
    if (nouns != QStringList { QStringLiteral("scdl") }) {
        io.err << Tr::tr("tremplin-cli export: say what to export (scdl).") << Qt::endl;
        return Refused;
    }
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << Tr::tr("tremplin-cli export: --out FILE is required.") << Qt::endl;
        return Refused;
    }
    ScdlExport::Options options;
    if (parser.isSet(QStringLiteral("year"))) {
        bool ok = false;
        options.year = parser.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || options.year < 1900 || options.year > 9999) {
            io.err << Tr::tr("tremplin-cli export: \"%1\" is not a year.").arg(parser.value(QStringLiteral("year")))
                   << Qt::endl;
            return Refused;
        }
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        if (parser.isSet(QStringLiteral("promotion"))) {
            options.promotionId = promotionId(db, parser.value(QStringLiteral("promotion")));
            if (options.promotionId <= 0) {
                io.err << Tr::tr("tremplin-cli export: no promotion is numbered or named \"%1\".")
                              .arg(parser.value(QStringLiteral("promotion")))
                       << Qt::endl;
                return Refused;
            }
        }
        const int written = ScdlExport(db).write(out, options);
        io.out << Tr::tr("Wrote %Ln grant(s) to %1.", nullptr, written).arg(QDir::toNativeSeparators(out))
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli export: %1").arg(e.message()) << Qt::endl;
        return ProblemsFound;
    }
    return Ok;
}

int runImport(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("import");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("disbursements"), Tr::tr("What to import: disbursements."),
                                 QStringLiteral("disbursements"));
    parser.addPositionalArgument(QStringLiteral("file"), Tr::tr("The CSV file of payments."), QStringLiteral("FILE"));
    parser.addOption(dbOption());
    QString path;
    const bool parsed = parse(parser, name, arguments, io, true);
    if (parser.isSet(QStringLiteral("help"))) {
        io.out << Qt::endl << DisbursementImport::columnsHelp();
        return Ok;
    }
    if (!parsed || !requireDb(parser, name, io, &path))
        return Refused;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 2 || positional.first() != QLatin1String("disbursements")) {
        io.err << Tr::tr("tremplin-cli import: use \"import disbursements FILE --db DATABASE\".") << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path);
        DisbursementImport import;
        QString error;
        if (!import.loadFile(positional.at(1), db, &error)) {
            io.err << Tr::tr("tremplin-cli import: %1").arg(error) << Qt::endl;
            return Refused;
        }
        if (!import.problems().isEmpty()) {
            io.err << Tr::tr("tremplin-cli import: %Ln line(s) have problems; nothing was imported.", nullptr,
                             int(import.problems().size()))
                   << Qt::endl;
            for (const DisbursementImport::Problem &p : import.problems())
                io.err << Tr::tr("  line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
            return ProblemsFound;
        }
        for (const DisbursementImport::Problem &p : import.warnings())
            io.err << Tr::tr("  line %1 (warning): %2").arg(p.line).arg(p.message) << Qt::endl;
        const int n = import.commit();
        io.out << Tr::tr("Imported %Ln payment(s).", nullptr, n) << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli import: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

int runReport(const QStringList &arguments, Io &io)
{
    const QString name = QStringLiteral("report");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("phase-status"), Tr::tr("Which report: phase-status."),
                                 QStringLiteral("phase-status"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("phase"),
                                        Tr::tr("The phase: its number among the accompaniment phases (1 for Phase 1) or its exact name."),
                                        Tr::tr("phase")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"), Tr::tr("Output format: pdf or csv."),
                                        Tr::tr("format"), QStringLiteral("pdf")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"), Tr::tr("The file to write."), Tr::tr("file")));
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    if (parser.positionalArguments() != QStringList { QStringLiteral("phase-status") }) {
        io.err << Tr::tr("tremplin-cli report: say which report (phase-status).") << Qt::endl;
        return Refused;
    }
    const QString format = parser.value(QStringLiteral("format"));
    const QString out = parser.value(QStringLiteral("out"));
    if (format != QLatin1String("pdf") && format != QLatin1String("csv")) {
        io.err << Tr::tr("tremplin-cli report: unknown format \"%1\" (use pdf or csv).").arg(format) << Qt::endl;
        return Refused;
    }
    if (out.isEmpty() || !parser.isSet(QStringLiteral("phase"))) {
        io.err << Tr::tr("tremplin-cli report: --phase and --out are required.") << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        const qint64 phase = PhaseStatusReport::findPhase(db, parser.value(QStringLiteral("phase")));
        if (!phase) {
            io.err << Tr::tr("tremplin-cli report: no phase is numbered or named \"%1\".")
                          .arg(parser.value(QStringLiteral("phase")))
                   << Qt::endl;
            return Refused;
        }
        const PhaseStatusReport report(db, phase);
        if (format == QLatin1String("pdf"))
            report.writePdf(out);
        else
            report.writeCsv(out);
        io.out << Tr::tr("Wrote the status of %Ln initiative(s) at the end of %1 to %2.", nullptr, int(report.rows().size()))
                      .arg(report.phaseInSentence(), QDir::toNativeSeparators(out))
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli report: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
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
        { "list",
          QT_TRANSLATE_NOOP("tremplin::Cli", "List initiatives, filtered, as a table, CSV or JSON."),
          runList },
        { "export",
          QT_TRANSLATE_NOOP("tremplin::Cli",
                            "Export the grants as SCDL open data (checked against the schema)."),
          runExport },
        { "import",
          QT_TRANSLATE_NOOP("tremplin::Cli",
                            "Import payments from a CSV file, all lines or none."),
          runImport },
        { "report",
          QT_TRANSLATE_NOOP("tremplin::Cli",
                            "Write the status of each initiative at the end of a phase (PDF or CSV)."),
          runReport },
        { "generate",
          QT_TRANSLATE_NOOP("tremplin::Cli", "Create a large synthetic programme (for benchmarks and trials)."),
          runGenerate },
        { "bench",
          QT_TRANSLATE_NOOP("tremplin::Cli", "Measure Tremplin's speed at a scale and compare with its targets."),
          runBench },
    };
    return list;
}

} // namespace tremplin::cli
