// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli info: what a database holds, as text or JSON.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/services/statisticsservice.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace tremplin::cli {

int runInfo(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(QStringLiteral("format"),
        Tr::tr("Output format: text or json."), Tr::tr("format"), QStringLiteral("text")));
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
        Tr::tr("Programmes"),
        Tr::tr("Promotions"),
        Tr::tr("Phases"),
        Tr::tr("Initiatives"),
        Tr::tr("Laureates"),
        Tr::tr("Organisations"),
        Tr::tr("Public partners"),
        Tr::tr("People"),
        Tr::tr("Needs"),
        Tr::tr("Actions"),
        Tr::tr("Committees"),
        Tr::tr("Decisions"),
        Tr::tr("Grants"),
        Tr::tr("Disbursements"),
        Tr::tr("Indicators"),
        Tr::tr("Journal entries"),
    };
    io.out << Tr::tr("Programme: %1")
                  .arg(s.programmeName.isEmpty() ? Tr::tr("(none)") : s.programmeName)
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

} // namespace tremplin::cli
