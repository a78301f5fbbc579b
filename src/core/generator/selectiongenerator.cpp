// SPDX-License-Identifier: GPL-3.0-or-later
// The selection at scale: applications, a jury session and its scores (see programmegenerator.h).
#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "../demo/demoprogramme.h"
#include "../error.h"
#include "../services/juryservice.h"
#include "../services/searchindex.h"
#include "programmegenerator.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QRandomGenerator>
#include <QSet>
#include <algorithm>
#include <cmath>
#include <vector>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ProgrammeGenerator)
};

const char *const firstNames[] = { "Camille", "Dominique", "Claude", "Sacha", "Alix", "Morgane",
    "Yanis", "Inès", "Hugo", "Léa", "Karim", "Nadia", "Julien", "Chloé", "Mamadou", "Élodie",
    "Thomas", "Sofia", "Antoine", "Aïcha" };
const char *const lastNames[] = { "Martin", "Bernard", "Dubois", "Thomas", "Robert", "Richard",
    "Petit", "Durand", "Leroy", "Moreau", "Simon", "Laurent", "Lefèvre", "Michel", "Garcia",
    "David", "Bertrand", "Roux", "Vincent", "Fournier", "Morel", "Girard", "André", "Mercier" };
const char *const towns[] = { "Paris", "Lyon", "Marseille", "Toulouse", "Nantes", "Lille", "Rennes",
    "Bordeaux", "Strasbourg", "Montpellier", "Grenoble", "Dijon", "Aurillac", "Brest", "Limoges",
    "Besançon", "Pau", "Cayenne", "Saint-Denis", "Foix" };
const char *const causes[] = { "l’accès aux droits", "la lutte contre l’illectronisme",
    "l’inclusion des personnes handicapées", "la transition écologique", "l’accès aux soins",
    "la réussite éducative", "l’engagement des jeunes", "la participation citoyenne",
    "l’alimentation durable", "la mobilité en zone rurale" };
const char *const nouns[] = { "Atelier", "Réseau", "Fabrique", "Maison", "Plateforme", "École",
    "Observatoire", "Coopérative", "Carte", "Académie", "Laboratoire", "Collectif", "Boussole",
    "Passerelle" };
const char *const words[] = { "Solidaire", "Ouverte", "Citoyenne", "Locale", "Durable", "Partagée",
    "Inclusive", "Numérique", "Verte", "Active", "Commune", "Jeune", "Rurale" };

template<std::size_t N> QString pick(QRandomGenerator &rng, const char *const (&array)[N])
{
    return QString::fromUtf8(array[rng.bounded(int(N))]);
}

/// One dossier of the call, the same whether it goes into a file or into a DS export.
struct Dossier
{
    qint64 number = 0;
    QString project;
    QString carrier;
    QString siret;
    QString rna;
    QString town;
    QString firstName;
    QString lastName;
    QString email;
    QString phone;
    QString description;
    QString website;
    qint64 budgetCents = 0;
    QString impact;
    QString indicator;
    int initial = 0;
    int target = 0;
    QDateTime deposited;
    QDateTime updated;
};

Dossier makeDossier(QRandomGenerator &rng, qint64 number, int identity)
{
    Dossier d;
    d.number = number;
    d.town = pick(rng, towns);
    d.project = QStringLiteral("%1 %2 %3").arg(pick(rng, nouns), pick(rng, words)).arg(number);
    d.carrier = QStringLiteral("Association %1 de %2").arg(d.project, d.town);
    d.siret = illustrativeSiret(identity);
    d.rna = QStringLiteral("W%1").arg(identity % 1000000000, 9, 10, QLatin1Char('0'));
    d.firstName = pick(rng, firstNames);
    d.lastName = pick(rng, lastNames);
    d.email = QStringLiteral("contact.%1@asso.example.org").arg(number);
    d.phone = QStringLiteral("06 %1 %2 %3 %4")
                  .arg(rng.bounded(100), 2, 10, QLatin1Char('0'))
                  .arg(rng.bounded(100), 2, 10, QLatin1Char('0'))
                  .arg(rng.bounded(100), 2, 10, QLatin1Char('0'))
                  .arg(rng.bounded(100), 2, 10, QLatin1Char('0'));
    const QString cause = pick(rng, causes);
    // Real descriptions run over several lines and hold commas and quotes.
    d.description = QStringLiteral("À %1, l’initiative agit pour %2, avec les habitants.\n"
                                   "Elle s’appuie sur des bénévoles, des partenaires publics et "
                                   "un « kit » ouvert.")
                        .arg(d.town, cause);
    d.website = QStringLiteral("https://initiative-%1.example.org").arg(number);
    d.budgetCents = (20000 + qint64(rng.bounded(480000))) * 100;
    d.impact = QStringLiteral("Agir pour %1").arg(cause);
    d.indicator = QStringLiteral("Personnes accompagnées");
    d.initial = 50 + int(rng.bounded(500));
    d.target = d.initial * 2 + int(rng.bounded(1000));
    d.deposited = QDateTime(QDate(2026, 3, 1).addDays(rng.bounded(40)),
        QTime(8 + int(rng.bounded(12)), int(rng.bounded(60))), Qt::UTC);
    d.updated = d.deposited.addSecs(3600 * qint64(1 + rng.bounded(500)));
    return d;
}

/// A normal deviate (Box–Muller), from the seeded generator.
double gaussian(QRandomGenerator &rng)
{
    const double u1 = 1.0 - rng.generateDouble();
    const double u2 = rng.generateDouble();
    return std::sqrt(-2.0 * std::log(u1)) * std::cos(6.283185307179586 * u2);
}

QString quoted(const QString &cell)
{
    if (!cell.contains(QLatin1Char(',')) && !cell.contains(QLatin1Char('"'))
        && !cell.contains(QLatin1Char('\n')))
        return cell;
    QString q = cell;
    q.replace(QLatin1String("\""), QLatin1String("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}

} // namespace

QByteArray demarchesSimplifieesExport(int dossiers, qint64 firstNumber, quint32 seed)
{
    QRandomGenerator rng(seed);
    // The current exporter's columns for a procedure of legal entities, in its order, then the
    // AIC form's fields (shared/domain/README.md).
    const QStringList header = { QStringLiteral("ID"), QStringLiteral("Email"),
        QStringLiteral("FranceConnect ?"), QStringLiteral("Établissement SIRET"),
        QStringLiteral("Établissement siège social"), QStringLiteral("Établissement NAF"),
        QStringLiteral("Établissement libellé NAF"), QStringLiteral("Établissement Adresse"),
        QStringLiteral("Établissement code postal"), QStringLiteral("Établissement localité"),
        QStringLiteral("Entreprise SIREN"), QStringLiteral("Entreprise forme juridique"),
        QStringLiteral("Entreprise raison sociale"), QStringLiteral("Association RNA"),
        QStringLiteral("Association titre"), QStringLiteral("Association objet"),
        QStringLiteral("Archivé"), QStringLiteral("État du dossier"),
        QStringLiteral("Dernière mise à jour le"), QStringLiteral("Déposé le"),
        QStringLiteral("Passé en instruction le"), QStringLiteral("Traité le"),
        QStringLiteral("Motivation de la décision"), QStringLiteral("Instructeurs"),
        QStringLiteral("Nom du projet"), QStringLiteral("Décrivez votre projet en quelques lignes"),
        QStringLiteral("Lien vers votre site internet"),
        QStringLiteral("Montant approximatif de votre budget global en 2022"),
        QStringLiteral("Nom"), QStringLiteral("Prénom"), QStringLiteral("Numéro de téléphone"),
        QStringLiteral("Adresse électronique"),
        QStringLiteral("Quel est l'impact principal recherché et quelle est la mesure associée ?"),
        QStringLiteral("Indicateur"), QStringLiteral("Valeur initiale"),
        QStringLiteral("Valeur cible") };
    QByteArray out("\xEF\xBB\xBF");
    out += header.join(QLatin1Char(',')).toUtf8() + "\r\n";
    const QLocale fr(QLocale::French, QLocale::France);
    for (int i = 0; i < dossiers; ++i) {
        const Dossier d = makeDossier(rng, firstNumber + i, 3000000 + int(firstNumber % 1000) + i);
        const int roll = int(rng.bounded(100));
        const QString state = roll < 70 ? QStringLiteral("Accepté")
            : roll < 80                 ? QStringLiteral("Refusé")
            : roll < 85                 ? QStringLiteral("Classé sans suite")
                                        : QStringLiteral("En instruction");
        const bool decided = roll < 85;
        const QString stamp = QStringLiteral("dd/MM/yyyy HH:mm");
        const QStringList row = { QString::number(d.number), d.email, QStringLiteral("false"),
            d.siret, QStringLiteral("true"), QStringLiteral("94.99Z"),
            QStringLiteral("Autres organisations fonctionnant par adhésion volontaire"),
            QStringLiteral("1 place de la Mairie %1").arg(d.town), QStringLiteral("75001"), d.town,
            d.siret.left(9), QStringLiteral("Association déclarée"), d.carrier, d.rna, d.carrier,
            QStringLiteral("Agir, ensemble, pour l’intérêt général"), QStringLiteral("false"),
            state, d.updated.toString(stamp), d.deposited.toString(stamp),
            d.deposited.addDays(3).toString(stamp), decided ? d.updated.toString(stamp) : QString(),
            roll >= 70 && roll < 85 ? QStringLiteral("Hors du champ de l’appel") : QString(),
            QStringLiteral("instructeur@dinum.example.fr instructrice@ditp.example.fr"), d.project,
            d.description, d.website, fr.toString(double(d.budgetCents) / 100.0, 'f', 0),
            d.lastName, d.firstName, d.phone, d.email, d.impact, d.indicator,
            QString::number(d.initial), QString::number(d.target) };
        QStringList cells;
        for (const QString &cell : row)
            cells << quoted(cell);
        out += cells.join(QLatin1Char(',')).toUtf8() + "\r\n";
    }
    return out;
}

SelectionResult generateSelection(Database &db, const SelectionOptions &o)
{
    if (o.applications < 1 || o.jurors < 1 || o.criteria < 1 || o.criteria > 8 || o.conflicts < 0
        || o.jurorsPerTrack < 1 || qint64(o.conflicts) > qint64(o.applications) * o.jurors / 2)
        throw Error(Tr::tr("A selection needs at least one application and one juror, 1 to 8 "
                           "criteria, at least one juror per application in each track, and "
                           "fewer conflicts of interest than half the pairs of jurors and "
                           "applications."));
    QRandomGenerator rng(o.seed);
    SelectionResult result;
    WriteTransaction tx(db);

    // The call's promotion, after the programme's others.
    Query programme(db,
        QStringLiteral("SELECT p.id, COALESCE((SELECT MAX(number) FROM promotion WHERE "
                       "programme_id = p.id), 0), COALESCE((SELECT MAX(year) FROM promotion WHERE "
                       "programme_id = p.id), 2025) FROM programme p ORDER BY p.id LIMIT 1"));
    programme.exec();
    if (!programme.next())
        throw Error(Tr::tr("The file has no programme to add a selection to."));
    const qint64 programmeId = programme.value(0).toLongLong();
    const int number = programme.value(1).toInt() + 1;
    const int year = programme.value(2).toInt() + 1;
    result.promotion = Tr::tr("Call %1 (applications)").arg(year);
    const qint64 promotionId = Query(db,
        QStringLiteral("INSERT INTO promotion (programme_id, number, name, year, places, "
                       "envelope_illustrative) VALUES (?, ?, ?, ?, 10, 1) RETURNING id"))
                                   .bindAll(programmeId, number, result.promotion, year)
                                   .execReturningId();
    tx.record(QStringLiteral("promotion"), promotionId, Change::Inserted, result.promotion);

    // Admissible applications, as a Démarches simplifiées import leaves them.
    Query insertOrg(db,
        QStringLiteral("INSERT INTO organisation (name, legal_form, siret, rna, town, "
                       "identifiers_illustrative, sort_key, search_text) "
                       "VALUES (?, 'association', ?, ?, ?, 1, ?, ?) RETURNING id"));
    Query insertApplication(db,
        QStringLiteral("INSERT INTO initiative (promotion_id, carrier_id, name, lifecycle, "
                       "description, website, town, archived, created_at, updated_at, "
                       "search_text, ds_number, ds_state, ds_updated_at, budget_cents, "
                       "admissibility) VALUES (?, ?, ?, 'applicant', ?, ?, ?, 0, ?, ?, ?, ?, "
                       "'accepte', ?, ?, 'admissible') RETURNING id"));
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const qint64 firstNumber = 10000000LL + qint64(number) * 100000;
    std::vector<qint64> applicationIds;
    applicationIds.reserve(std::size_t(o.applications));
    for (int i = 0; i < o.applications; ++i) {
        const Dossier d = makeDossier(rng, firstNumber + i, 2000000 + number * 100000 + i);
        const DirectoryKeys keys = directoryKeys(d.carrier, d.town);
        const qint64 carrier
            = insertOrg.bindAll(d.carrier, d.siret, d.rna, d.town, keys.sort, keys.search)
                  .execReturningId();
        applicationIds.push_back(
            insertApplication
                .bindAll(promotionId, carrier, d.project, d.description, d.website, d.town, stamp,
                    stamp,
                    initiativeSearchKey(d.project, d.carrier, d.town, d.description, QString()),
                    d.number, d.updated.toString(Qt::ISODate), d.budgetCents)
                .execReturningId());
    }
    result.applications = o.applications;
    tx.touch(QStringLiteral("initiative"), 0, Change::Inserted);
    tx.touch(QStringLiteral("organisation"), 0, Change::Inserted);

    // The session, through the service that checks it: criteria, tracks, jurors, conflicts,
    // assignment.
    JuryTemplate t = JuryTemplate::defaults();
    t.name = Tr::tr("Jury of the call %1").arg(year);
    t.promotion = result.promotion;
    const JuryTemplate::Criterion extra[] = {
        { Tr::tr("Innovation"), 1, Tr::tr("What the project does that others do not.") },
        { Tr::tr("Soundness of the budget"), 1,
            Tr::tr("The budget matches the plan; the other funders are named.") },
        { Tr::tr("Clarity of the application"), 0.5, QString() },
    };
    while (t.criteria.size() > o.criteria)
        t.criteria.removeLast();
    for (const JuryTemplate::Criterion &c : extra) {
        if (t.criteria.size() < o.criteria)
            t.criteria.append(c);
    }
    const int citizens = o.jurors < 2 ? 0 : std::max(1, o.jurors / 4);
    if (citizens == 0)
        t.tracks.removeLast();
    for (int j = 0; j < o.jurors; ++j) {
        const int f = j % int(std::size(firstNames));
        const int l = (j / int(std::size(firstNames)) + j) % int(std::size(lastNames));
        QString name = QStringLiteral("%1 %2").arg(
            QString::fromUtf8(firstNames[f]), QString::fromUtf8(lastNames[l]));
        if (j >= int(std::size(firstNames) * std::size(lastNames)))
            name += QStringLiteral(" %1").arg(j + 1);
        t.jurors.append({ name, j < o.jurors - citizens ? JuryTrack::Expert : JuryTrack::Citizen,
            QStringLiteral("jure.%1@selection.example.fr").arg(j + 1) });
    }
    QSet<QPair<int, int>> conflicted;
    while (conflicted.size() < o.conflicts) {
        const QPair<int, int> pair { int(rng.bounded(o.jurors)), int(rng.bounded(o.applications)) };
        if (conflicted.contains(pair))
            continue;
        conflicted.insert(pair);
        t.conflicts.append({ t.jurors.at(pair.first).name,
            QString::number(firstNumber + pair.second), Tr::tr("Member of the carrier's board") });
    }
    t.assignment = o.balanced ? AssignmentMode::Balanced : AssignmentMode::All;
    t.minPerTrack = o.jurorsPerTrack;
    t.method = RankingMethod::ZScore;
    JuryService jury(db);
    result.sessionId = jury.applyTemplate(t);
    result.session = t.name;
    result.jurors = o.jurors;
    result.conflicts = o.conflicts;

    // The scores, the service's rules kept by construction: only assigned pairs without a
    // conflict, only values on the scale's steps. Jurors differ in generosity and spread.
    const QList<JuryCriterion> criteria = jury.criteria(result.sessionId);
    QHash<qint64, int> jurorIndex;
    std::vector<double> offset, spread;
    for (const Juror &j : jury.jurors(result.sessionId)) {
        jurorIndex.insert(j.memberId, int(offset.size()));
        offset.push_back(0.6 * gaussian(rng));
        spread.push_back(0.5 + rng.generateDouble());
    }
    QHash<qint64, int> applicationIndex;
    for (std::size_t a = 0; a < applicationIds.size(); ++a)
        applicationIndex.insert(applicationIds[a], int(a));
    const std::size_t k = std::size_t(criteria.size());
    std::vector<double> quality(applicationIds.size()), perCriterion(applicationIds.size() * k);
    for (double &q : quality)
        q = gaussian(rng);
    for (double &q : perCriterion)
        q = 0.5 * gaussian(rng);

    Query pairs(db,
        QStringLiteral("SELECT a.member_id, a.initiative_id FROM jury_assignment a WHERE "
                       "a.session_id = ? AND NOT EXISTS (SELECT 1 FROM jury_conflict f WHERE "
                       "f.member_id = a.member_id AND f.initiative_id = a.initiative_id) "
                       "ORDER BY a.member_id, a.initiative_id"));
    pairs.bindAll(result.sessionId).exec();
    constexpr int batch = 200;
    const QString row = QStringLiteral("(?, ?, ?, ?, ?)");
    const QString insertScores = QStringLiteral("INSERT INTO jury_score (session_id, member_id, "
                                                "initiative_id, criterion_id, score) VALUES ");
    QStringList rows;
    for (int r = 0; r < batch; ++r)
        rows << row;
    Query insertBatch(db, insertScores + rows.join(QStringLiteral(", ")));
    Query insertOne(db, insertScores + row);
    QVariantList values;
    values.reserve(batch * 5);
    const double steps = std::floor((t.scaleMax - t.scaleMin) / t.scaleStep + 1e-9);
    while (pairs.next()) {
        const qint64 member = pairs.value(0).toLongLong();
        const qint64 initiative = pairs.value(1).toLongLong();
        const std::size_t j = std::size_t(jurorIndex.value(member));
        const std::size_t a = std::size_t(applicationIndex.value(initiative));
        ++result.assignments;
        for (std::size_t c = 0; c < k; ++c) {
            const double raw = 2.6 + offset[j]
                + spread[j] * (0.9 * quality[a] + perCriterion[a * k + c]) + 0.35 * gaussian(rng);
            const double step
                = std::clamp(std::round((raw - t.scaleMin) / t.scaleStep), 0.0, steps);
            values << result.sessionId << member << initiative << criteria.at(int(c)).id
                   << t.scaleMin + step * t.scaleStep;
            ++result.scores;
            if (values.size() == batch * 5) {
                for (const QVariant &v : std::as_const(values))
                    insertBatch.bind(v);
                insertBatch.exec();
                values.clear();
            }
        }
    }
    for (int v = 0; v < values.size(); ++v) {
        insertOne.bind(values.at(v));
        if (v % 5 == 4)
            insertOne.exec();
    }
    tx.touch(QStringLiteral("jury_score"), 0, Change::Inserted);
    tx.commit();
    return result;
}

} // namespace tremplin
