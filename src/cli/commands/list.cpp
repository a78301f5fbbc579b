// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli list initiatives: the window's list, filtered, as a table, CSV or JSON.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/services/initiativelist.h"
#include "core/services/programmeservice.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace tremplin::cli {

namespace {

// The columns of "list initiatives": stable English names for csv and json, in order.
const char *const listColumns[] = {
    "name",
    "carrier",
    "promotion",
    "status",
    "current_phase",
    "phase_status",
    "themes",
    "town",
    "needs",
    "committed_cents",
    "disbursed_cents",
    "next_action_due",
};
constexpr int listColumnCount = int(sizeof(listColumns) / sizeof(listColumns[0]));

/// What the command line asked for, once checked.
struct ListRequest
{
    QString path;
    QString format;
    QString promotion; ///< empty: every promotion
    InitiativeFilter filter;
};

/// The initiatives to print, in the order of the window's list (by name).
struct ListRows
{
    QList<qint64> ids;
    QHash<qint64, InitiativeRow> rows;
};

void addListOptions(QCommandLineParser &parser, const QString &noun)
{
    parser.addPositionalArgument(noun, Tr::tr("What to list: initiatives."), noun);
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("search"),
        Tr::tr("Only initiatives matching this text (accents and case are ignored)."),
        Tr::tr("text")));
    parser.addOption(QCommandLineOption(QStringLiteral("status"),
        Tr::tr("Only initiatives with this status: %1.")
            .arg(allCodes<Lifecycle>().join(QStringLiteral(", "))),
        Tr::tr("status")));
    parser.addOption(QCommandLineOption(QStringLiteral("promotion"),
        Tr::tr("Only initiatives of this promotion (its number or exact name)."),
        Tr::tr("promotion")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        Tr::tr("Output format: table, csv or json."), Tr::tr("format"), QStringLiteral("table")));
}

/// Checks "initiatives" is the one positional argument.
bool checkNoun(const QStringList &positional, const QString &noun, Io &io)
{
    if (positional.isEmpty()) {
        io.err << Tr::tr("tremplin-cli list: say what to list (initiatives).") << Qt::endl;
        return false;
    }
    if (positional.constFirst() != noun) {
        io.err << Tr::tr("tremplin-cli list: cannot list \"%1\" (use initiatives).")
                      .arg(positional.constFirst())
               << Qt::endl;
        return false;
    }
    if (positional.size() > 1) {
        io.err << Tr::tr("tremplin-cli %1: unexpected argument \"%2\".")
                      .arg(QStringLiteral("list"), positional.at(1))
               << Qt::endl;
        return false;
    }
    return true;
}

/// Reads --status: the window's label (in the user's language or in English) or the code.
bool readStatus(const QCommandLineParser &parser, InitiativeFilter *filter, Io &io)
{
    if (!parser.isSet(QStringLiteral("status")))
        return true;
    const QString status = parser.value(QStringLiteral("status"));
    filter->lifecycle = fromCodeOrLabel<Lifecycle>(status);
    if (filter->lifecycle)
        return true;
    const QStringList codes = allCodes<Lifecycle>();
    const QStringList labels = allLabels<Lifecycle>();
    QStringList accepted;
    for (int i = 0; i < codes.size(); ++i)
        accepted.append(Tr::tr("%1 (%2)").arg(labels.at(i), codes.at(i)));
    io.err << Tr::tr("tremplin-cli list: unknown status \"%1\". Accepted values: %2.")
                  .arg(status, accepted.join(QStringLiteral(", ")))
           << Qt::endl;
    return false;
}

/// Parses and checks the command line; false when the command must stop (help or refusal,
/// with @p exitCode set).
bool readListRequest(const QStringList &arguments, Io &io, ListRequest *request, int *exitCode)
{
    const QString name = QStringLiteral("list");
    const QString noun = QStringLiteral("initiatives");
    QCommandLineParser parser;
    addListOptions(parser, noun);
    *exitCode = Refused;
    if (!parse(parser, name, arguments, io, true)) {
        if (parser.isSet(QStringLiteral("help")))
            *exitCode = Ok;
        return false;
    }
    if (!checkNoun(parser.positionalArguments(), noun, io)
        || !requireDb(parser, name, io, &request->path))
        return false;
    request->format = parser.value(QStringLiteral("format"));
    if (request->format != QLatin1String("table") && request->format != QLatin1String("csv")
        && request->format != QLatin1String("json")) {
        io.err << Tr::tr("tremplin-cli list: unknown format \"%1\" (use table, csv or json).")
                      .arg(request->format)
               << Qt::endl;
        return false;
    }
    request->filter.search = parser.value(QStringLiteral("search"));
    request->promotion = parser.value(QStringLiteral("promotion"));
    return readStatus(parser, &request->filter, io);
}

/// Sets the filter's promotion from --promotion; prints why and returns false when none or
/// several match.
bool findPromotion(Database &db, ListRequest &request, Io &io)
{
    if (request.promotion.isEmpty())
        return true;
    request.filter.promotionId = ProgrammeService(db).promotionId(request.promotion);
    if (request.filter.promotionId == 0) {
        io.err << Tr::tr("tremplin-cli list: no promotion is numbered or named \"%1\".")
                      .arg(request.promotion)
               << Qt::endl;
        return false;
    }
    if (request.filter.promotionId < 0) {
        io.err << Tr::tr("tremplin-cli list: several promotions match \"%1\"; give the "
                         "exact name of one.")
                      .arg(request.promotion)
               << Qt::endl;
        return false;
    }
    return true;
}

/// Reads the matching initiatives sorted by name; false (with the reason printed) on refusal.
bool loadRows(ListRequest &request, ListRows *out, Io &io)
{
    Database db;
    try {
        db.open(request.path, Database::Access::ReadOnly);
        if (!findPromotion(db, request, io))
            return false;
        const InitiativeListService list(db);
        const QSet<qint64> matching = list.matching(request.filter);
        const QList<qint64> sorted = list.sortedIds(InitiativeListService::Name, QLocale());
        for (qint64 id : sorted) {
            if (matching.contains(id))
                out->ids.append(id);
        }
        out->rows = list.rows(out->ids);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli %1: %2").arg(QStringLiteral("list"), e.message())
               << Qt::endl;
        return false;
    }
    return true;
}

/// Calls @p write with each row, in order.
template<typename F> void forEachRow(const ListRows &list, F write)
{
    for (qint64 id : list.ids) {
        const auto it = list.rows.constFind(id);
        if (it != list.rows.cend())
            write(*it);
    }
}

/// Needs and phase status: labels in the user's language for the table, codes otherwise.
/// Lists in the table read as in the window ("a, b"); CSV and JSON keep "a; b".
struct Cells
{
    bool table;

    QString listSeparator() const { return table ? QStringLiteral(", ") : QStringLiteral("; "); }
    QString needs(const InitiativeRow &r) const
    {
        QStringList out;
        for (NeedKind k : r.needKinds)
            out.append(table ? label(k) : toCode(k));
        return out.join(listSeparator());
    }
    QString phaseStatus(const InitiativeRow &r) const
    {
        if (!r.phaseStatus)
            return QString();
        return table ? label(*r.phaseStatus) : toCode(*r.phaseStatus);
    }
};

void writeJson(const ListRows &list, Io &io)
{
    const Cells cells { false };
    QJsonArray array;
    forEachRow(list, [&](const InitiativeRow &r) {
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
        o.insert(QStringLiteral("needs"), cells.needs(r));
        o.insert(QStringLiteral("committed_cents"), r.committed.cents());
        o.insert(QStringLiteral("disbursed_cents"), r.disbursed.cents());
        o.insert(QStringLiteral("next_action_due"),
            r.nextActionDue.isValid() ? QJsonValue(r.nextActionDue.toString(Qt::ISODate))
                                      : QJsonValue());
        array.append(o);
    });
    io.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
}

QString csvText(const QString &value)
{
    return csv::field(value, csv::Cell::Text);
}

void writeCsv(const ListRows &list, Io &io)
{
    const Cells cells { false };
    QStringList header;
    for (const char *column : listColumns)
        header.append(QString::fromLatin1(column));
    io.out << header.join(u',') << '\n';
    forEachRow(list, [&](const InitiativeRow &r) {
        const QStringList fields = {
            csvText(r.name),
            csvText(r.carrier),
            csvText(r.promotion),
            csvText(toCode(r.lifecycle)),
            csvText(r.currentPhase),
            csvText(cells.phaseStatus(r)),
            csvText(r.themes.join(QStringLiteral("; "))),
            csvText(r.town),
            csvText(cells.needs(r)),
            QString::number(r.committed.cents()),
            QString::number(r.disbursed.cents()),
            csvText(r.nextActionDue.toString(Qt::ISODate)),
        };
        io.out << fields.join(u',') << '\n';
    });
    io.out.flush();
}

/// The table's lines: the window's column titles (one source in core), then one line per
/// initiative as the window's list shows it (dates in the language's short format).
QList<QStringList> tableLines(const ListRows &list)
{
    const Cells cells { true };
    const QLocale locale;
    QList<QStringList> lines;
    QStringList titles;
    for (int c = 0; c < InitiativeListService::ColumnCount; ++c)
        titles.append(InitiativeListService::columnTitle(InitiativeListService::Column(c)));
    lines.append(titles);
    forEachRow(list, [&](const InitiativeRow &r) {
        lines.append({ r.name, r.carrier, r.promotion, label(r.lifecycle), r.currentPhase,
            cells.phaseStatus(r), r.themes.join(cells.listSeparator()), r.town, cells.needs(r),
            r.committed.toString(locale), r.disbursed.toString(locale),
            r.nextActionDue.isValid() ? locale.toString(r.nextActionDue, QLocale::ShortFormat)
                                      : QString() });
    });
    // A line break or tab inside a cell would break the alignment: show it as a space.
    for (QStringList &line : lines) {
        for (QString &cell : line) {
            cell.replace(u'\r', u' ');
            cell.replace(u'\n', u' ');
            cell.replace(u'\t', u' ');
        }
    }
    return lines;
}

/// Table: columns padded to their widest cell, amounts aligned on the right.
void writeTable(const ListRows &list, Io &io)
{
    const QList<QStringList> lines = tableLines(list);
    QList<qsizetype> widths(listColumnCount, 0);
    for (int c = 0; c < listColumnCount; ++c) {
        for (const QStringList &line : lines)
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
}

} // namespace

int runList(const QStringList &arguments, Io &io)
{
    ListRequest request;
    int exitCode = Ok;
    if (!readListRequest(arguments, io, &request, &exitCode))
        return exitCode;
    ListRows rows;
    if (!loadRows(request, &rows, io))
        return Refused;
    if (request.format == QLatin1String("json"))
        writeJson(rows, io);
    else if (request.format == QLatin1String("csv"))
        writeCsv(rows, io);
    else
        writeTable(rows, io);
    return Ok;
}

} // namespace tremplin::cli
