// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmegenerator.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "../demo/demoprogramme.h"
#include "../error.h"
#include "../services/searchindex.h"
#include "../text/searchkey.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QRandomGenerator>
#include <QStringList>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ProgrammeGenerator)
};

const char *const themes[]
    = { "Citoyenneté", "Éducation", "Environnement", "Handicap", "Numérique", "Santé", "Social" };
const char *const domains[] = { "Transformation numérique", "Transformation publique" };
const char *const towns[] = { "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes",
    "Bordeaux", "Strasbourg", "Montpellier", "Grenoble", "Dijon", "Aurillac", "Cambrai", "Corenc",
    "Saint-Nazaire", "Brest", "Limoges", "Besançon", "Pau", "Ajaccio", "Cayenne" };
const char *const words[] = { "Solidaire", "Ouverte", "Citoyenne", "Locale", "Durable", "Partagée",
    "Inclusive", "Numérique", "Verte", "Active", "Commune", "Jeune", "Rurale", "Civique" };
const char *const nouns[] = { "Atelier", "Réseau", "Fabrique", "Maison", "Plateforme", "École",
    "Observatoire", "Coopérative", "Carte", "Académie", "Laboratoire", "Collectif" };
const char *const needTitles[] = { "Structurer la gouvernance et le modèle économique",
    "Établir des liens avec les administrations référentes",
    "Déployer l’initiative dans de nouveaux territoires" };
const char *const needCodes[] = { "consolidation", "integration", "deployment" };

QString iso(const QDate &d)
{
    return d.toString(Qt::ISODate);
}

} // namespace

GeneratorResult generateProgramme(Database &db, const GeneratorOptions &o)
{
    if (o.initiatives < 1 || o.disbursements < 0)
        throw Error(Tr::tr("Give at least one initiative and no negative number of payments."));
    QRandomGenerator rng(o.seed);
    auto pick = [&rng](auto &array) {
        return QString::fromUtf8(array[rng.bounded(int(std::size(array)))]);
    };
    GeneratorResult result;
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);

    WriteTransaction tx(db);
    const qint64 programme
        = Query(db,
            QStringLiteral("INSERT INTO programme (name, short_name, operator, created_at) "
                           "VALUES (?, ?, ?, ?) RETURNING id"))
              .bindAll(QStringLiteral("Programme national d’accélération (généré)"),
                  QStringLiteral("PNA"), QStringLiteral("Tremplin generator"), stamp)
              .execReturningId();
    const qint64 source
        = Query(db,
            QStringLiteral("INSERT INTO funding_source (name, siret, identifiers_illustrative) "
                           "VALUES (?, ?, 1) RETURNING id"))
              .bindAll(QStringLiteral("Fonds national (généré)"), illustrativeSiret(7))
              .execReturningId();

    // A promotion per 1 000 initiatives (at least one), a year apart.
    const int promotions = std::max(1, std::min(100, o.initiatives / 1000));
    struct PromotionDates
    {
        qint64 id;
        qint64 phase1;
        qint64 phase2;
        qint64 committee;
        QDate start;
    };
    QList<PromotionDates> promos;
    Query insertPromotion(db,
        QStringLiteral("INSERT INTO promotion (programme_id, number, name, year, envelope_cents, "
                       "envelope_illustrative) VALUES (?, ?, ?, ?, ?, 1) RETURNING id"));
    Query insertPhase(db,
        QStringLiteral(
            "INSERT INTO phase (programme_id, promotion_id, kind, name, position, planned_start, "
            "planned_end, actual_start, actual_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING "
            "id"));
    Query insertCommittee(db,
        QStringLiteral(
            "INSERT INTO committee (programme_id, promotion_id, kind, name, held_on) VALUES "
            "(?, ?, 'acceleration', ?, ?) RETURNING id"));
    const int perPromotion = (o.initiatives + promotions - 1) / promotions;
    for (int p = 0; p < promotions; ++p) {
        const QDate start = QDate(2015 + p % 12, 1, 10).addDays((p / 12) * 3);
        const qint64 id = insertPromotion
                              .bindAll(programme, p + 1, QStringLiteral("Promotion %1").arg(p + 1),
                                  start.year(), qint64(perPromotion) / 5 * 14000000LL)
                              .execReturningId();
        auto phase = [&](const char *kind, const QString &name, int position, QDate a, QDate b) {
            return insertPhase
                .bindAll(programme, id, QString::fromLatin1(kind), name, p * 10 + position, iso(a),
                    iso(b), iso(a), iso(b))
                .execReturningId();
        };
        phase("call", QStringLiteral("Appel %1").arg(p + 1), 1, start, start.addDays(40));
        phase("selection", QStringLiteral("Sélection %1").arg(p + 1), 2, start.addDays(41),
            start.addDays(90));
        const qint64 p1 = phase("accompaniment", QStringLiteral("Phase 1 — P%1").arg(p + 1), 3,
            start.addDays(95), start.addDays(186));
        const qint64 c = phase("committee", QStringLiteral("Comité P%1").arg(p + 1), 4,
            start.addDays(180), start.addDays(180));
        const qint64 p2 = phase("accompaniment", QStringLiteral("Phase 2 — P%1").arg(p + 1), 5,
            start.addDays(230), start.addDays(320));
        Q_UNUSED(c)
        const qint64 committee
            = insertCommittee
                  .bindAll(programme, id, QStringLiteral("Comité d’accélération P%1").arg(p + 1),
                      iso(start.addDays(180)))
                  .execReturningId();
        promos.append({ id, p1, p2, committee, start });
    }
    result.promotions = promotions;

    qint64 themeIds[std::size(themes)];
    for (size_t t = 0; t < std::size(themes); ++t)
        themeIds[t] = Query(db, QStringLiteral("INSERT INTO theme (name) VALUES (?) RETURNING id"))
                          .bindAll(QString::fromUtf8(themes[t]))
                          .execReturningId();

    Query insertOrg(db,
        QStringLiteral("INSERT INTO organisation (name, legal_form, siret, rna, town, "
                       "identifiers_illustrative, sort_key, search_text) "
                       "VALUES (?, 'association', ?, ?, ?, 1, ?, ?) RETURNING id"));
    Query insertInitiative(db,
        QStringLiteral(
            "INSERT INTO initiative (promotion_id, carrier_id, name, lifecycle, one_liner, "
            "description, domain, territories, town, archived, created_at, updated_at, "
            "search_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?, ?) RETURNING id"));
    Query updateKey(db, QStringLiteral("UPDATE initiative SET search_text = ? WHERE id = ?"));
    Query insertTheme(
        db, QStringLiteral("INSERT INTO initiative_theme (initiative_id, theme_id) VALUES (?, ?)"));
    Query insertNeed(db,
        QStringLiteral("INSERT INTO need (initiative_id, kind, title, priority) VALUES (?, ?, ?, "
                       "?) RETURNING id"));
    Query insertAction(db,
        QStringLiteral(
            "INSERT INTO action_item (initiative_id, need_id, title, priority, due_date, status, "
            "done_date) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Query insertParticipation(db,
        QStringLiteral(
            "INSERT INTO participation (initiative_id, phase_id, planned_start, planned_end, "
            "actual_start, actual_end, status) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    Query insertDecision(db,
        QStringLiteral("INSERT INTO decision (committee_id, initiative_id, kind) VALUES (?, ?, ?) "
                       "RETURNING id"));
    Query insertGrant(db,
        QStringLiteral(
            "INSERT INTO grant_award (initiative_id, funding_source_id, decision_id, tranche, "
            "committed_cents, decision_reference, decision_date, convention_date, conditions, "
            "status, illustrative, budget_share, conditions_met_on) VALUES (?, ?, ?, ?, ?, ?, ?, "
            "?, "
            "?, ?, 1, ?, ?) RETURNING id"));
    Query insertJournal(db,
        QStringLiteral("INSERT INTO journal_entry (initiative_id, entry_date, kind, title) VALUES "
                       "(?, ?, 'meeting', ?)"));
    Query insertIndicator(db,
        QStringLiteral(
            "INSERT INTO indicator (initiative_id, name, unit, baseline, target, direction) "
            "VALUES (?, ?, ?, ?, ?, 'increase') RETURNING id"));
    Query insertMeasurement(db,
        QStringLiteral(
            "INSERT INTO measurement (indicator_id, measured_on, value) VALUES (?, ?, ?)"));

    struct GrantRef
    {
        qint64 id;
        qint64 committed;
        QDate from;
    };
    QList<GrantRef> grants;
    for (int i = 0; i < o.initiatives; ++i) {
        const PromotionDates &promo = promos.at(i / perPromotion);
        const QString town = pick(towns);
        const QString name
            = QStringLiteral("%1 %2 %3").arg(pick(nouns), pick(words), QString::number(i + 1));
        const QString carrierName = QStringLiteral("Association %1").arg(name);
        const DirectoryKeys carrierKeys = directoryKeys(carrierName, town);
        const qint64 carrier
            = insertOrg
                  .bindAll(carrierName, illustrativeSiret(1000 + i),
                      QStringLiteral("W%1").arg(100000000 + i, 9, 10, QLatin1Char('0')), town,
                      carrierKeys.sort, carrierKeys.search)
                  .execReturningId();
        // A promotion: most applicants are not selected; about one in six becomes a laureate.
        const int roll = int(rng.bounded(100));
        const QString lifecycle = roll < 45 ? QStringLiteral("applicant")
            : roll < 60                     ? QStringLiteral("not_selected")
            : roll < 70                     ? QStringLiteral("shortlisted")
            : roll < 72                     ? QStringLiteral("withdrawn")
            : roll < 86                     ? QStringLiteral("laureate")
                                            : QStringLiteral("alumni");
        const bool laureate
            = lifecycle == QLatin1String("laureate") || lifecycle == QLatin1String("alumni");
        const QString description
            = QStringLiteral("Initiative citoyenne à %1 : %2.").arg(town, pick(words).toLower());
        const qint64 id
            = insertInitiative
                  .bindAll(promo.id, carrier, name, lifecycle,
                      QStringLiteral("Une initiative %1").arg(pick(words).toLower()), description,
                      pick(domains), town, town, stamp, stamp,
                      searchKey(QStringList { name, carrierName, town, description }.join(
                          QLatin1Char(' '))))
                  .execReturningId();
        const int themeCount = 1 + int(rng.bounded(3));
        QList<int> chosen;
        while (chosen.size() < themeCount) {
            const int t = int(rng.bounded(int(std::size(themes))));
            if (!chosen.contains(t))
                chosen << t;
        }
        QStringList themeNames;
        for (int t : chosen) {
            insertTheme.bindAll(id, themeIds[t]).exec();
            themeNames << QString::fromUtf8(themes[t]);
        }
        // The search key includes the themes ("sante" finds "Santé"), known only now.
        themeNames.sort();
        updateKey
            .bindAll(initiativeSearchKey(
                         name, carrierName, town, description, themeNames.join(QLatin1Char(' '))),
                id)
            .exec();
        const int needCount = 1 + int(rng.bounded(3));
        for (int n = 0; n < needCount; ++n) {
            const int k = (i + n) % 3;
            const qint64 need = insertNeed
                                    .bindAll(id, QString::fromLatin1(needCodes[k]),
                                        QString::fromUtf8(needTitles[k]), n + 1)
                                    .execReturningId();
            const QDate due = promo.start.addDays(100 + int(rng.bounded(200)));
            const bool done = laureate && rng.bounded(100) < 70;
            insertAction
                .bindAll(id, need, QStringLiteral("Action prioritaire %1").arg(n + 1), n + 1,
                    iso(due), done ? QStringLiteral("done") : QStringLiteral("todo"),
                    done ? QVariant(iso(due)) : QVariant(QMetaType(QMetaType::QString)))
                .exec();
        }
        if (!laureate)
            continue;
        const QDate p1Start = promo.start.addDays(95);
        const QDate p1End = promo.start.addDays(186);
        insertParticipation
            .bindAll(id, promo.phase1, iso(p1Start), iso(p1End), iso(p1Start),
                iso(p1End.addDays(-int(rng.bounded(10)))), QStringLiteral("completed"))
            .exec();
        const bool phase2 = rng.bounded(100) < 55;
        if (phase2) {
            const QDate s = promo.start.addDays(230);
            insertParticipation
                .bindAll(id, promo.phase2, iso(s), iso(s.addDays(90)),
                    iso(s.addDays(int(rng.bounded(5)))), iso(s.addDays(90)),
                    lifecycle == QLatin1String("alumni") ? QStringLiteral("completed")
                                                         : QStringLiteral("on_track"))
                .exec();
        }
        const qint64 decision
            = insertDecision
                  .bindAll(promo.committee, id,
                      phase2 ? QStringLiteral("continue_and_fund") : QStringLiteral("fund"))
                  .execReturningId();
        const QDate decided = promo.start.addDays(180);
        const QString reference = QStringLiteral("GEN-%1").arg(id);
        const qint64 seed
            = insertGrant
                  .bindAll(id, source, decision, QStringLiteral("seed"), 8000000LL, reference,
                      iso(decided), iso(decided.addDays(20)),
                      QVariant(QMetaType(QMetaType::QString)), QStringLiteral("released"), 1.0,
                      QVariant(QMetaType(QMetaType::QString)))
                  .execReturningId();
        grants.append({ seed, 8000000, decided.addDays(30) });
        const qint64 second
            = insertGrant
                  .bindAll(id, source, decision, QStringLiteral("second"), 6000000LL,
                      reference + QStringLiteral("-T2"), iso(decided), iso(decided.addDays(20)),
                      QStringLiteral("Après le comité d’engagement"),
                      phase2 ? QStringLiteral("released") : QStringLiteral("committed"), 1.0,
                      phase2 ? QVariant(iso(decided.addDays(150)))
                             : QVariant(QMetaType(QMetaType::QString)))
                  .execReturningId();
        if (phase2)
            grants.append({ second, 6000000, decided.addDays(160) });
        result.grants += 2;
        insertJournal.bindAll(id, iso(p1Start), QStringLiteral("Lancement de l’accompagnement"))
            .exec();
        const qint64 indicator
            = insertIndicator
                  .bindAll(id, QStringLiteral("Personnes touchées"), QStringLiteral("personnes"),
                      double(100 + rng.bounded(1000)), double(2000 + rng.bounded(5000)))
                  .execReturningId();
        insertMeasurement.bindAll(indicator, iso(p1End), double(500 + rng.bounded(1500))).exec();
        ++result.initiatives;
    }
    result.initiatives = o.initiatives;

    // Payments: spread over the released tranches, each grant's total within its commitment.
    Query insertPayment(db,
        QStringLiteral("INSERT INTO disbursement (grant_id, paid_on, amount_cents, reference) "
                       "VALUES (?, ?, ?, ?)"));
    if (!grants.isEmpty() && o.disbursements > 0) {
        const int perGrant = std::max(1, o.disbursements / int(grants.size()));
        int extra = o.disbursements - perGrant * int(grants.size());
        int written = 0;
        for (const GrantRef &g : std::as_const(grants)) {
            int count = perGrant + (extra > 0 ? 1 : 0);
            if (extra > 0)
                --extra;
            if (written + count > o.disbursements)
                count = o.disbursements - written;
            if (count <= 0)
                break;
            const qint64 amount = g.committed / count;
            for (int k = 0; k < count; ++k) {
                insertPayment
                    .bindAll(g.id, iso(g.from.addDays(k % 365)), amount,
                        QStringLiteral("PAY-%1-%2").arg(g.id).arg(k))
                    .exec();
            }
            written += count;
        }
        result.disbursements = written;
    }
    tx.record(
        QStringLiteral("programme"), programme, Change::Inserted, QStringLiteral("generated"));
    tx.commit();
    return result;
}

} // namespace tremplin
