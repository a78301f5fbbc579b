// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli history: the audit trail of an initiative, a grant or a committee or jury
// session, one undo step a block, or as CSV.
#include "core/services/history.h"

#include "common.h"
#include "core/database/database.h"
#include "core/error.h"

#include <QLocale>

namespace tremplin::cli {

int runHistory(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("initiative"), Tr::tr("The initiative's history (its id)."), Tr::tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("grant"),
        Tr::tr("The grant's history, with its payments (its id)."), Tr::tr("id")));
    parser.addOption(QCommandLineOption(QStringLiteral("session"),
        Tr::tr("The history of a committee or jury session (its name or id)."), Tr::tr("name")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        Tr::tr("Write the history as CSV to this file instead of printing it."), Tr::tr("file")));
    QString path;
    if (!parse(parser, QStringLiteral("history"), arguments, io)
        || !requireDb(parser, QStringLiteral("history"), io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QStringList which
        = { QStringLiteral("initiative"), QStringLiteral("grant"), QStringLiteral("session") };
    int given = 0;
    for (const QString &option : which)
        given += parser.isSet(option) ? 1 : 0;
    if (given != 1) {
        io.err << Tr::tr("tremplin-cli history: give one of --initiative ID, --grant ID or "
                         "--session NAME.")
               << Qt::endl;
        return Refused;
    }
    Database db;
    try {
        db.open(path, Database::Access::ReadOnly);
        HistoryService history(db);
        HistoryService::Scope scope = HistoryService::Scope::Initiative;
        qint64 id = 0;
        bool ok = true;
        if (parser.isSet(QStringLiteral("session"))) {
            scope = HistoryService::Scope::Committee;
            id = history.committeeNamed(parser.value(QStringLiteral("session")));
            if (id == 0) {
                io.err << Tr::tr("tremplin-cli history: no committee or jury session is named "
                                 "\"%1\".")
                              .arg(parser.value(QStringLiteral("session")))
                       << Qt::endl;
                return Refused;
            }
        } else {
            const bool grant = parser.isSet(QStringLiteral("grant"));
            scope = grant ? HistoryService::Scope::Grant : HistoryService::Scope::Initiative;
            const QString value
                = parser.value(grant ? QStringLiteral("grant") : QStringLiteral("initiative"));
            id = value.toLongLong(&ok);
            // A deleted record's history stays readable.
            if (!ok || (!history.exists(scope, id) && history.steps(scope, id).isEmpty())) {
                io.err << (grant ? Tr::tr("tremplin-cli history: there is no grant %1.")
                                 : Tr::tr("tremplin-cli history: there is no initiative %1."))
                              .arg(value)
                       << Qt::endl;
                return Refused;
            }
        }
        const QList<HistoryStep> steps = history.steps(scope, id);
        if (parser.isSet(QStringLiteral("out"))) {
            HistoryService::writeCsv(
                parser.value(QStringLiteral("out")), steps, HistoryService::localProfile());
            io.out << Tr::tr("%n step(s) written to %1.", nullptr, int(steps.size()))
                          .arg(parser.value(QStringLiteral("out")))
                   << Qt::endl;
            return Ok;
        }
        for (const HistoryStep &s : steps) {
            io.out << QLocale().toString(s.when.toLocalTime(), QLocale::ShortFormat) << "  "
                   << (s.actor.isEmpty() ? Tr::tr("(unknown)") : s.actor) << "  " << s.what()
                   << Qt::endl;
            const QStringList lines = s.changesText().split(QLatin1Char('\n'), Qt::SkipEmptyParts);
            for (const QString &line : lines)
                io.out << "    " << line << Qt::endl;
        }
        if (steps.isEmpty())
            io.out << Tr::tr("No change recorded.") << Qt::endl;
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli history: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    return Ok;
}

} // namespace tremplin::cli
