// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryrankingcsv.h"

#include "csv.h"

#include <QHash>

namespace tremplin::jury {

QString rankingCsv(const Ranking &ranking, const QList<JuryApplication> &applications)
{
    QHash<qint64, JuryApplication> byId;
    for (const JuryApplication &a : applications)
        byId.insert(a.initiativeId, a);
    const auto num = [](const std::optional<double> &v) {
        return v ? QString::number(*v, 'f', 4) : QString();
    };
    constexpr std::size_t expert = std::size_t(JuryTrack::Expert);
    constexpr std::size_t citizen = std::size_t(JuryTrack::Citizen);
    QString text = csv::line({ QStringLiteral("rank"), QStringLiteral("candidate"),
                                 QStringLiteral("ds_number"), QStringLiteral("score"),
                                 QStringLiteral("expert"), QStringLiteral("citizen"),
                                 QStringLiteral("jurors"), QStringLiteral("spread"),
                                 QStringLiteral("missing_track") },
                       csv::Cell::Value)
        + QLatin1Char('\n');
    for (const RankedApplication &row : ranking.rows) {
        const JuryApplication a = byId.value(row.initiativeId);
        text += csv::field(row.rank > 0 ? QString::number(row.rank) : QString(), csv::Cell::Value)
            + QLatin1Char(',') + csv::field(a.name) + QLatin1Char(',')
            + csv::line(
                { a.dsNumber ? QString::number(a.dsNumber) : QString(), num(row.score),
                    num(row.tracks[expert]), num(row.tracks[citizen]), QString::number(row.jurors),
                    row.jurors > 0 ? num(row.spread) : QString(),
                    row.missingTrack ? QStringLiteral("1") : QStringLiteral("0") },
                csv::Cell::Value)
            + QLatin1Char('\n');
    }
    return text;
}

} // namespace tremplin::jury
