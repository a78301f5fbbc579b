// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli jury: set up a jury session from a template, write its template, import scores,
// print the ranking.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/exports/juryrankingcsv.h"
#include "core/exports/savefile.h"
#include "core/imports/juryscoreimport.h"
#include "core/services/juryservice.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <cmath>

namespace tremplin::cli {

namespace {

const QString name = QStringLiteral("jury");

QJsonValue jsonNumber(const std::optional<double> &v)
{
    if (!v)
        return QJsonValue();
    return std::round(*v * 1e6) / 1e6;
}

/// Finds --session NAME; prints why not and returns 0 when it cannot.
qint64 sessionOf(const QCommandLineParser &parser, Database &db, Io &io)
{
    const QString session = parser.value(QStringLiteral("session"));
    if (session.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury: --session NAME is required.") << Qt::endl;
        return 0;
    }
    const qint64 id = JuryService(db).findSession(session);
    if (id == 0)
        io.err << Tr::tr("tremplin-cli jury: there is no jury session named \"%1\".").arg(session)
               << Qt::endl;
    return id;
}

int setup(const QString &file, const QString &path, Io &io)
{
    JuryTemplate t;
    try {
        t = JuryTemplate::fromFile(file);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    Database db;
    openForWriting(db, path, QStringLiteral("jury"), io);
    JuryService jury(db);
    const QStringList problems = jury.checkTemplate(t);
    if (!problems.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury: the template has %Ln problem(s); nothing was written.",
            nullptr, int(problems.size()))
               << Qt::endl;
        for (const QString &p : problems)
            io.err << QStringLiteral("  ") << p << Qt::endl;
        return ProblemsFound;
    }
    const bool existed = jury.findSession(t.name) != 0;
    try {
        const qint64 id = jury.applyTemplate(t);
        io.out << (existed ? Tr::tr("Updated the jury session \"%1\": %Ln juror(s).", nullptr,
                       int(jury.jurors(id).size()))
                           : Tr::tr("Created the jury session \"%1\": %Ln juror(s).", nullptr,
                               int(jury.jurors(id).size())))
                      .arg(t.name)
               << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury: nothing was written: %1").arg(e.message()) << Qt::endl;
        return ProblemsFound;
    }
    return Ok;
}

int writeTemplate(const QCommandLineParser &parser, const QString &path, Io &io)
{
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury: --out FILE.json is required.") << Qt::endl;
        return Refused;
    }
    Database db;
    db.open(path, Database::Access::ReadOnly);
    const qint64 session = sessionOf(parser, db, io);
    if (session == 0)
        return Refused;
    saveFile(out, JuryService(db).templateOf(session).toJson());
    io.out << Tr::tr("Wrote the template to %1.").arg(out) << Qt::endl;
    return Ok;
}

int importScores(const QCommandLineParser &parser, const QString &file, const QString &path, Io &io)
{
    Database db;
    openForWriting(db, path, QStringLiteral("jury"), io);
    const qint64 session = sessionOf(parser, db, io);
    if (session == 0)
        return Refused;
    JuryScoreImport import(db, session);
    QString error;
    if (!import.loadFile(file, &error)) {
        io.err << Tr::tr("tremplin-cli jury: %1").arg(error) << Qt::endl;
        return Refused;
    }
    if (!import.problems().isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury: %Ln line(s) have problems; nothing was imported.",
            nullptr, int(import.problems().size()))
               << Qt::endl;
        for (const JuryScoreImport::Problem &p : import.problems())
            io.err << Tr::tr("  line %1: %2").arg(p.line).arg(p.message) << Qt::endl;
        return ProblemsFound;
    }
    if (!snapshotBefore(db, SnapshotReason::BeforeImport, QStringLiteral("jury"), io))
        return Refused;
    const int n = import.commit();
    io.out << Tr::tr("Imported %Ln score(s).", nullptr, n) << Qt::endl;
    return Ok;
}

int ranking(const QCommandLineParser &parser, const QString &path, Io &io)
{
    const QString format = parser.value(QStringLiteral("format"));
    if (format != QLatin1String("table") && format != QLatin1String("csv")
        && format != QLatin1String("json")) {
        io.err << Tr::tr("tremplin-cli jury: unknown format \"%1\" (use table, csv or json).")
                      .arg(format)
               << Qt::endl;
        return Refused;
    }
    Database db;
    db.open(path, Database::Access::ReadOnly);
    const qint64 session = sessionOf(parser, db, io);
    if (session == 0)
        return Refused;
    JuryService jury(db);
    jury::RankingOptions options;
    options.method = jury.session(session).method;
    if (parser.isSet(QStringLiteral("method"))) {
        const auto method = fromCode<RankingMethod>(parser.value(QStringLiteral("method")));
        if (!method) {
            io.err << Tr::tr("tremplin-cli jury: unknown method \"%1\" (use mean or zscore).")
                          .arg(parser.value(QStringLiteral("method")))
                   << Qt::endl;
            return Refused;
        }
        options.method = *method;
    }
    const jury::Ranking r = jury::computeRanking(jury.rankingInput(session), options);
    QHash<qint64, JuryApplication> applications;
    for (const JuryApplication &a : jury.applications(session))
        applications.insert(a.initiativeId, a);
    constexpr std::size_t expert = std::size_t(JuryTrack::Expert);
    constexpr std::size_t citizen = std::size_t(JuryTrack::Citizen);

    if (format == QLatin1String("json")) {
        QJsonArray rows;
        for (const jury::RankedApplication &row : r.rows) {
            const JuryApplication &a = applications.value(row.initiativeId);
            QJsonObject o;
            o.insert(QStringLiteral("rank"), row.rank > 0 ? QJsonValue(row.rank) : QJsonValue());
            o.insert(QStringLiteral("candidate"), a.name);
            o.insert(QStringLiteral("ds_number"),
                a.dsNumber != 0 ? QJsonValue(a.dsNumber) : QJsonValue());
            o.insert(QStringLiteral("score"), jsonNumber(row.score));
            o.insert(QStringLiteral("tracks"),
                QJsonObject { { QStringLiteral("expert"), jsonNumber(row.tracks[expert]) },
                    { QStringLiteral("citizen"), jsonNumber(row.tracks[citizen]) } });
            o.insert(QStringLiteral("jurors"), row.jurors);
            o.insert(QStringLiteral("spread"), jsonNumber(row.spread));
            o.insert(QStringLiteral("missing_track"), row.missingTrack);
            rows.append(o);
        }
        QJsonObject root { { QStringLiteral("session"), jury.session(session).name },
            { QStringLiteral("method"), toCode(options.method) },
            { QStringLiteral("ranking"), rows },
            { QStringLiteral("incomplete_totals"), int(r.incomplete.size()) } };
        io.out << QString::fromUtf8(QJsonDocument(root).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (format == QLatin1String("csv")) {
        io.out << jury::rankingCsv(r, jury.applications(session));
        return Ok;
    }
    const QLocale locale;
    const auto num = [&locale](const std::optional<double> &v) {
        return v ? locale.toString(*v, 'f', 2) : QStringLiteral("–");
    };
    QList<QStringList> lines { { Tr::tr("Rank"), Tr::tr("Candidate"), Tr::tr("Score"),
        label(JuryTrack::Expert), label(JuryTrack::Citizen), Tr::tr("Jurors"), Tr::tr("Spread"),
        QString() } };
    for (const jury::RankedApplication &row : r.rows) {
        lines.append({ row.rank > 0 ? QString::number(row.rank) : QString(),
            applications.value(row.initiativeId).name.simplified(), num(row.score),
            num(row.tracks[expert]), num(row.tracks[citizen]), QString::number(row.jurors),
            row.jurors > 0 ? num(row.spread) : num(std::nullopt),
            row.jurors == 0        ? Tr::tr("no complete total")
                : row.missingTrack ? Tr::tr("track missing")
                                   : QString() });
    }
    QList<qsizetype> widths(lines.first().size(), 0);
    for (const QStringList &line : lines) {
        for (int c = 0; c < line.size(); ++c)
            widths[c] = std::max(widths[c], line.at(c).size());
    }
    for (const QStringList &line : lines) {
        QString text;
        for (int c = 0; c < line.size(); ++c) {
            if (c > 0)
                text += QStringLiteral("  ");
            text += c == 1 || c == 7 ? line.at(c).leftJustified(widths[c], u' ')
                                     : line.at(c).rightJustified(widths[c], u' ');
        }
        while (text.endsWith(u' '))
            text.chop(1);
        io.out << text << '\n';
    }
    if (!r.incomplete.isEmpty())
        io.out << Tr::tr("%Ln juror total(s) left out because some criteria are not scored.",
            nullptr, int(r.incomplete.size()))
               << '\n';
    return Ok;
}

} // namespace

// Sub-commands with options of their own, each in its own file.
int runJuryMinutes(const QStringList &arguments, Io &io); // juryminutes.cpp
int runJuryLetters(const QStringList &arguments, Io &io); // juryletters.cpp
int runJurySheets(const QStringList &arguments, Io &io); // juryletters.cpp
int runJuryPack(const QStringList &arguments, Io &io); // jurypack.cpp

int runJury(const QStringList &arguments, Io &io)
{
    if (arguments.value(0) == QLatin1String("minutes"))
        return runJuryMinutes(arguments.mid(1), io);
    if (arguments.value(0) == QLatin1String("letters"))
        return runJuryLetters(arguments.mid(1), io);
    if (arguments.value(0) == QLatin1String("sheets"))
        return runJurySheets(arguments.mid(1), io);
    if (arguments.value(0) == QLatin1String("pack"))
        return runJuryPack(arguments.mid(1), io);
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("action"),
        Tr::tr("setup FILE.json, template, scores import FILE.csv, or ranking."),
        QStringLiteral("action"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("session"), Tr::tr("The jury session's name."), Tr::tr("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("out"), Tr::tr("Where to write the template."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("method"),
        Tr::tr("Ranking method: mean or zscore (default: the session's)."), Tr::tr("method")));
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        Tr::tr("Output format: table, csv or json."), Tr::tr("format"), QStringLiteral("table")));
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QStringList positional = parser.positionalArguments();
    const QString action = positional.value(0);
    try {
        if (action == QLatin1String("setup") && positional.size() == 2)
            return setup(positional.at(1), path, io);
        if (action == QLatin1String("template") && positional.size() == 1)
            return writeTemplate(parser, path, io);
        if (action == QLatin1String("scores") && positional.size() == 3
            && positional.at(1) == QLatin1String("import"))
            return importScores(parser, positional.at(2), path, io);
        if (action == QLatin1String("ranking") && positional.size() == 1)
            return ranking(parser, path, io);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    io.err << Tr::tr("tremplin-cli jury: use \"jury setup FILE.json\", \"jury template --session "
                     "NAME --out FILE.json\", \"jury scores import FILE.csv --session NAME\" or "
                     "\"jury ranking --session NAME\", each with --db DATABASE.")
           << Qt::endl;
    return Refused;
}

} // namespace tremplin::cli
