// SPDX-License-Identifier: GPL-3.0-or-later
#include "demoprogramme.h"

#include "../database/database.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../services/committeeservice.h"
#include "../services/directoryservice.h"
#include "../services/grantservice.h"
#include "../services/initiativeservice.h"
#include "../services/programmeservice.h"
#include "../services/programmetemplate.h"
#include "../services/records.h"
#include "../validation/identifiers.h"

#include <QCoreApplication>
#include <QHash>

namespace tremplin {

namespace {

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

struct PartnerSpec
{
    const char *name;
    const char *shortName;
    AdministrationKind kind;
    const char *parent; // nullptr when none
};

struct LaureateSpec
{
    const char *name;
    const char *carrier;
    const char *themes; // ';'-separated, as in the programme's taxonomy
    const char *mainImpact;
    const char *town;
    const char *territories;
    const char *domain;
    bool phase2;
    bool funded; // illustrative: which 7 were funded is not public
    const char *website;
    const char *oneLiner;
    const char *description;
    std::initializer_list<NeedKind> needs;
    std::initializer_list<PartnerSpec> partners;
};

constexpr auto Min = AdministrationKind::Ministry;
constexpr auto Dir = AdministrationKind::Directorate;
constexpr auto Age = AdministrationKind::Agency;
constexpr auto Loc = AdministrationKind::LocalAuthority;
constexpr auto Ope = AdministrationKind::Operator;
constexpr auto Oth = AdministrationKind::Other;
constexpr auto Cons = NeedKind::Consolidation;
constexpr auto Inte = NeedKind::Integration;
constexpr auto Depl = NeedKind::Deployment;

const char *const MTECT = "Ministère de la Transition écologique et de la Cohésion des territoires";
const char *const MESR = "Ministère de l’Enseignement supérieur et de la Recherche";
const char *const MENJ = "Ministère de l’Éducation nationale et de la Jeunesse";
const char *const MJ = "Ministère de la Justice";
const char *const DINUM = "Direction interministérielle du numérique";
const char *const MTFP = "Ministère de la Transformation et de la Fonction publiques";
const char *const DITP = "Direction interministérielle de la transformation publique";

// Laureates of promotion 1 (../shared/domain/aic-promo1-laureates.csv) and the public partners
// named for each in the closing booklet of 29 November 2022. Need kinds are read from the
// booklet's narrative (its per-laureate markers did not survive in text). One-liners and
// descriptions are written for Tremplin.
const LaureateSpec laureates[] = {
    { "Infoclimat", "Association Infoclimat", "Environnement;Éducation;Numérique",
        "Réussir la transition écologique et aller vers la neutralité carbone", "Aurillac",
        "National", "Transformation numérique", true, true, "https://asso.infoclimat.fr/",
        "Un réseau citoyen de stations météo et des données climatiques ouvertes à tous.",
        "Des bénévoles passionnés de météorologie relèvent, vérifient et publient des "
        "observations climatiques locales, utiles aux collectivités, aux chercheurs et au public.",
        { Cons, Inte, Depl },
        { { "Département du Gard", nullptr, Loc, nullptr },
            { "Parcs nationaux et régionaux (Mercantour, Normandie-Maine, Vosges du Nord, "
              "Calanques)",
                nullptr, Ope, MTECT },
            { "Ministère de l’Agriculture et de la Souveraineté alimentaire", nullptr, Min,
                nullptr },
            { "Centre national d’études spatiales", "CNES", Ope, MESR },
            { "Météo-France", nullptr, Ope, MTECT }, { MTECT, nullptr, Min, nullptr },
            { "Etalab", nullptr, Dir, DINUM } } },
    { "Ma Dada", "Association Open Knowledge Foundation France", "Numérique;Citoyenneté",
        "Transformer nos services publics et construire une renaissance démocratique", "Paris",
        "National", "Transformation numérique", true, true, "https://madada.fr/",
        "Demander un document administratif en quelques clics, et partager la réponse.",
        "Une plateforme qui guide chacun dans l’exercice de son droit d’accès aux documents "
        "administratifs, suit les délais de réponse et rend publiques les réponses obtenues.",
        { Cons, Inte },
        { { "Service interministériel des Archives de France", "SIAF", Dir,
              "Ministère de la Culture" },
            { "Ministère de la Culture", nullptr, Min, nullptr },
            { "Défenseur des droits", nullptr, Oth, nullptr } } },
    { "Open Data University", "Association Latitudes", "Éducation;Numérique",
        "Garantir l’égalité des chances et favoriser l’excellence", "Paris", "National",
        "Transformation numérique", false, true, "https://www.latitudes.cc/",
        "Des défis sur données publiques ouvertes, intégrés aux cursus des étudiants.",
        "Le programme propose aux enseignants des défis construits sur des jeux de données "
        "publiques ; les étudiants y travaillent pendant leurs cours et leurs résultats servent "
        "aux administrations.",
        { Cons, Inte, Depl },
        { { "Etalab", nullptr, Dir, DINUM }, { MESR, "MESR", Min, nullptr },
            { "Universités partenaires (36 établissements)", nullptr, Ope, MESR } } },
    { "Parlons Démocratie", "Association Parlons Démocratie", "Citoyenneté;Éducation",
        "Transformer nos services publics et construire une renaissance démocratique", "France",
        "National", "Transformation publique", false, false, "https://www.parlons-democratie.fr/",
        "Des ateliers pour que les jeunes débattent des institutions et de la vie publique.",
        "L’association conçoit des ressources et anime en classe des ateliers où les élèves "
        "comprennent le fonctionnement des institutions et s’exercent au débat démocratique.",
        { Inte, Depl },
        { { MJ, nullptr, Min, nullptr }, { MENJ, "MENJ", Min, nullptr },
            { "Académie de Dijon", nullptr, Dir, MENJ },
            { "Cour des comptes", nullptr, Oth, nullptr },
            { "Association des professeurs d’histoire et de géographie", "APHG", Oth, nullptr } } },
    { "Permis de construire", "Association Permis de Construire France", "Social;Citoyenneté",
        "Transformer nos services publics et construire une renaissance démocratique",
        "Nantes, Saint-Nazaire", "Loire-Atlantique", "Transformation publique", true, true,
        "https://www.assopermisdeconstruire.org/",
        "Préparer la sortie de détention : logement, emploi et lien social.",
        "Des équipes mêlant bénévoles et professionnels accompagnent des personnes détenues "
        "avant et après leur libération pour bâtir un projet de réinsertion durable.",
        { Cons, Inte, Depl },
        { { MJ, nullptr, Min, nullptr },
            { "Services pénitentiaires d’insertion et de probation (44, 56, 33, 34)", "SPIP", Dir,
                MJ },
            { "Agence du travail d’intérêt général et de l’insertion professionnelle", "ATIGIP",
                Age, MJ },
            { "Direction de l’administration pénitentiaire", "DAP", Dir, MJ },
            { "Délégation interministérielle à l’hébergement et à l’accès au logement", "DIHAL",
                Dir, MTECT } } },
    { "Service national universel augmenté", "Association makesense",
        "Citoyenneté;Éducation;Numérique",
        "Transformer nos services publics et construire une renaissance démocratique", "Paris",
        "National", "Transformation publique", false, true, "https://makesense.org/",
        "Prolonger l’engagement des jeunes du SNU par des missions concrètes.",
        "Un parcours numérique propose aux volontaires du Service national universel des missions "
        "d’intérêt général près de chez eux, après leur séjour de cohésion.",
        { Inte, Depl },
        { { "Direction du Service national universel", nullptr, Dir, MENJ },
            { "Référents départementaux du SNU", nullptr, Oth, MENJ },
            { "API Engagement", nullptr, Oth, nullptr },
            { "JeVeuxAider.gouv.fr", nullptr, Oth, nullptr } } },
    { "Sport Inclusif", "Association Les enfants de la balle", "Social;Handicap",
        "Prendre soin des français", "Paris", "National", "Transformation publique", true, true,
        "https://www.lesenfantsdelaballe.org/",
        "Ouvrir les clubs sportifs ordinaires aux enfants en situation de handicap.",
        "L’association forme les éducateurs et outille les clubs pour que les enfants en "
        "situation de handicap pratiquent un sport avec les autres enfants, près de chez eux.",
        { Cons, Inte, Depl },
        { { "Ministère des Sports et des Jeux olympiques et paralympiques", nullptr, Min, nullptr },
            { "Centre d’expertise sport handicap", "CESH", Oth, nullptr },
            { "Délégation régionale académique à la jeunesse, à l’engagement et aux sports "
              "Hauts-de-France",
                "DRAJES", Dir, MENJ },
            { "Comité paralympique et sportif français", nullptr, Oth, nullptr },
            { "Communauté 360 Nord", nullptr, Oth, nullptr },
            { "Association nationale des directeurs et intervenants d’installations et des "
              "services "
              "des sports",
                "ANDISS", Oth, nullptr },
            { "Direction générale de la cohésion sociale", "DGCS", Dir,
                "Ministère des Solidarités, de l’Autonomie et des Personnes handicapées" } } },
    { "Vikidia", "Association Vikidia", "Numérique;Éducation",
        "Transformer nos services publics et construire une renaissance démocratique", "Corenc",
        "National", "Transformation numérique", true, true, "https://fr.vikidia.org/",
        "L’encyclopédie collaborative écrite pour les 8-13 ans.",
        "Une encyclopédie libre rédigée par et pour les jeunes lecteurs, avec des articles "
        "adaptés à leur âge, utilisée en classe comme à la maison.",
        { Cons, Inte, Depl },
        { { "Etalab", nullptr, Dir, DINUM }, { DINUM, "DINUM", Dir, MTFP },
            { "Direction du numérique pour l’éducation", "DNE", Dir, MENJ },
            { "Centre pour l’éducation aux médias et à l’information", "CLEMI", Ope, MENJ } } },
    { "Vivons en Forme", "Association Fédérons Les Villes pour la Santé", "Santé",
        "Prendre soin des français", "France", "National", "Transformation publique", false, false,
        "https://vivonsenforme.org/",
        "Aider les villes à promouvoir une vie saine auprès des familles.",
        "Le programme accompagne les communes dans des actions de proximité sur l’alimentation et "
        "l’activité physique, en priorité auprès des familles des quartiers et des zones rurales.",
        { Inte, Depl },
        { { "Association des maires ruraux de France", "AMRF", Oth, nullptr },
            { "Agence nationale de la cohésion des territoires", "ANCT", Age, MTECT },
            { "Ministère des Sports et des Jeux olympiques et paralympiques", nullptr, Min,
                nullptr } } },
};

QString u(const char *text)
{
    return QString::fromUtf8(text);
}

QString needTitle(NeedKind kind)
{
    switch (kind) {
    case NeedKind::Consolidation:
        return u("Structurer la gouvernance, le modèle économique et les processus");
    case NeedKind::Integration:
        return u("Établir des liens durables avec les administrations référentes");
    case NeedKind::Deployment:
        return u("Déployer l’initiative dans de nouveaux territoires");
    }
    return {};
}

/// Finds or creates an administration by name, creating its parent first.
qint64 administration(DirectoryService &dir, QHash<QString, qint64> &cache, const char *name,
    const char *shortName, AdministrationKind kind, const char *parent)
{
    const QString key = u(name);
    if (const auto it = cache.constFind(key); it != cache.constEnd())
        return *it;
    Administration a;
    a.name = key;
    a.shortName = shortName ? u(shortName) : QString();
    a.kind = kind;
    if (parent) {
        const bool parentIsDinum = qstrcmp(parent, DINUM) == 0;
        a.parentId = administration(dir, cache, parent, parentIsDinum ? "DINUM" : nullptr,
            parentIsDinum ? Dir : Min, parentIsDinum ? MTFP : nullptr);
    }
    const qint64 id = dir.createAdministration(a);
    cache.insert(key, id);
    return id;
}

} // namespace

QString illustrativeSiret(int seed)
{
    // 13 digits from the seed (starting with 9 so it can never be La Poste's 356...), then the
    // digit that makes the Luhn sum a multiple of 10.
    const QString body = QStringLiteral("9%1").arg(
        quint64(seed) * 7919 % 1000000000000ULL, 12, 10, QLatin1Char('0'));
    for (int check = 0; check <= 9; ++check) {
        const QString candidate = body + QString::number(check);
        if (identifiers::isValidSiret(candidate))
            return candidate;
    }
    return {};
}

void writeDemoProgramme(Database &db)
{
    ProgrammeService programmes(db);
    DirectoryService directory(db);
    InitiativeService initiatives(db);
    GrantService grants(db);
    CommitteeService committees(db);
    RecordService records(db);

    WriteTransaction tx(db);

    programmes.markAsDemo(QStringLiteral("AIC promotion 1; grant amounts, funding decisions, "
                                         "committee members and identifiers are illustrative"));

    // The operator and the funding source first: the programme's settings point at them.
    QHash<QString, qint64> admins;
    const qint64 dinumId = administration(directory, admins, DINUM, "DINUM", Dir, MTFP);
    FundingSource source;
    source.name = u("Direction interministérielle du numérique (DINUM)");
    source.siret = illustrativeSiret(1);
    source.identifiersIllustrative = true;
    source.administrationId = dinumId;
    const qint64 sourceId = grants.createFundingSource(source);

    Programme programme;
    programme.name = u("Accélérateur d’Initiatives Citoyennes");
    programme.shortName = QStringLiteral("AIC");
    programme.operatorName = u("DINUM (Etalab) et DITP");
    programme.description = u("Programme de l’État lancé le 17 décembre 2021 pour accompagner "
                              "des initiatives citoyennes d’intérêt général et leur ouvrir les "
                              "ressources de l’administration.");
    programme.website = QStringLiteral("https://citoyens.transformation.gouv.fr/");
    programme.operatorSiret = source.siret; // illustrative, as the funding source's
    programme.operatorAdministrationId = dinumId;
    programme.defaultFundingSourceId = sourceId;
    const qint64 programmeId = programmes.createProgramme(programme);

    Promotion promotion;
    promotion.programmeId = programmeId;
    promotion.number = 1;
    promotion.name = QStringLiteral("Promotion 1");
    promotion.year = 2022;
    promotion.envelope = Money::fromEuros(7 * (80000 + 60000));
    promotion.envelopeIllustrative = true;
    promotion.places = 10; // "up to 10 projects per promotion"
    promotion.startsOn = d(2021, 12, 17);
    // To the year's end: Phase 2 runs to 30 November and second tranches are released at year end.
    promotion.endsOn = d(2022, 12, 31);
    const qint64 promotionId = programmes.createPromotion(promotion);
    // The published scheme: seed 80 000 €, second tranche 60 000 € releasable at year end.
    // The demo's text is French whatever the interface language.
    const char *const trancheConditions[] = { "Versée après la décision du comité d’accélération.",
        "Libérable en fin d’année, après le comité d’engagement." };
    for (ProgrammeTranche tranche : templateTranches(CalendarTemplate::Aic)) {
        tranche.programmeId = programmeId;
        tranche.conditions = u(trancheConditions[tranche.position == 1 ? 0 : 1]);
        programmes.createTranche(tranche);
    }

    auto phase = [&](PhaseKind kind, const char *name, int position, QDate start, QDate end,
                     const char *description) {
        Phase p;
        p.programmeId = programmeId;
        p.promotionId = promotionId;
        p.kind = kind;
        p.name = u(name);
        p.position = position;
        p.planned = { start, end };
        p.actual = { start, end };
        p.description = description ? u(description) : QString();
        return programmes.createPhase(p);
    };
    phase(PhaseKind::Call, "Appel à candidatures", 1, d(2021, 12, 17), d(2022, 1, 26),
        "187 candidatures : 44 % d’associations, 30 % d’entreprises, 26 % de particuliers.");
    phase(PhaseKind::Selection, "Sélection", 2, d(2022, 1, 27), d(2022, 3, 14),
        "Recevabilité (DINUM, DITP), présélection par des agents publics, avis d’un jury "
        "citoyen de 15 personnes.");
    phase(PhaseKind::Event, "Annonce des lauréats", 3, d(2022, 3, 14), d(2022, 3, 14), nullptr);
    const qint64 phase1
        = phase(PhaseKind::Accompaniment, "Phase 1", 4, d(2022, 4, 14), d(2022, 7, 15),
            "Trois mois : diagnostic, contacts utiles dans les "
            "administrations, actions prioritaires.");
    const qint64 committeePhase = phase(PhaseKind::Committee, "Comité d’accélération", 5,
        d(2022, 7, 6), d(2022, 7, 6), "Décide de la poursuite et du financement.");
    phase(PhaseKind::Accompaniment, "Phase 2", 6, d(2022, 9, 1), d(2022, 11, 30),
        "Trois mois, pour 5 lauréats.");
    phase(PhaseKind::Event, "Session d’accompagnement collectif", 7, d(2022, 10, 20),
        d(2022, 10, 20), nullptr);
    phase(PhaseKind::Event, "Événement de clôture de la promotion 1", 8, d(2022, 11, 29),
        d(2022, 11, 29), nullptr);

    // The acceleration committee of 6 July 2022, held by the programme's operators. Where it met
    // and who sat on it are not public: its members are illustrative persons of the directory.
    CommitteeRecord committee;
    committee.programmeId = programmeId;
    committee.promotionId = promotionId;
    committee.phaseId = committeePhase;
    committee.kind = CommitteeKind::Acceleration;
    committee.name = u("Comité d’accélération");
    committee.heldOn = d(2022, 7, 6);
    committee.place = QStringLiteral("Paris");
    committee.referencePrefix = QStringLiteral("AIC-2022-CA");
    committee.notes = u("Composition illustrative : les membres du comité ne sont pas publics.");
    const qint64 committeeId = committees.createCommittee(committee);
    struct MemberSpec
    {
        const char *name;
        const char *jobTitle;
        const char *administration;
        const char *shortName;
        const char *parent;
        CommitteeRole role;
    };
    const MemberSpec members[] = {
        { "Claire Lemaire", "Directrice de programme (personne illustrative)", DITP, "DITP", MTFP,
            CommitteeRole::Chair },
        { "Julien Morel", "Responsable de l’Accélérateur (personne illustrative)", "Etalab",
            nullptr, DINUM, CommitteeRole::Member },
        { "Sophie Garnier", "Cheffe de mission (personne illustrative)", DINUM, "DINUM", MTFP,
            CommitteeRole::Member },
        { "Antoine Roussel", "Chargé d’accélération (personne illustrative)", "Etalab", nullptr,
            DINUM, CommitteeRole::Secretary },
    };
    for (const MemberSpec &m : members) {
        Person person;
        person.fullName = u(m.name);
        person.jobTitle = u(m.jobTitle);
        person.administrationId
            = administration(directory, admins, m.administration, m.shortName, Dir, m.parent);
        committees.addMember(committeeId, directory.createPerson(person), m.role);
    }
    // The programme numbers the decisions of its first acceleration committee from 101.
    const QString firstReference = QStringLiteral("AIC-2022-CA-101");
    // Every laureate came before the committee with the same request.
    const QString request = u("Poursuite en phase 2 et subvention d’amorçage de 80 000 €, avec "
                              "une seconde tranche de 60 000 € libérable en fin d’année.");

    int seed = 100;
    for (const LaureateSpec &spec : laureates) {
        ++seed;
        Organisation carrier;
        carrier.name = u(spec.carrier);
        carrier.legalForm = LegalForm::Association;
        carrier.siret = illustrativeSiret(seed);
        carrier.rna
            = QStringLiteral("W%1").arg(seed * 1234567 % 1000000000, 9, 10, QLatin1Char('0'));
        carrier.town = u(spec.town);
        carrier.website = u(spec.website);
        carrier.identifiersIllustrative = true;
        const qint64 carrierId = directory.createOrganisation(carrier);

        Initiative i;
        i.promotionId = promotionId;
        i.carrierId = carrierId;
        i.name = u(spec.name);
        i.lifecycle = Lifecycle::Alumni; // promotion 1 ended on 29 November 2022
        i.oneLiner = u(spec.oneLiner);
        i.description = u(spec.description);
        i.website = u(spec.website);
        i.domain = u(spec.domain);
        i.territories = u(spec.territories);
        i.town = u(spec.town);
        i.mainImpact = u(spec.mainImpact);
        i.themes = u(spec.themes).split(QLatin1Char(';'));
        const qint64 id = initiatives.create(i);

        Participation p1;
        p1.initiativeId = id;
        p1.phaseId = phase1;
        p1.planned = { d(2022, 4, 14), d(2022, 7, 15) };
        p1.actual = p1.planned;
        p1.status = PhaseStatus::Completed;
        p1.assessment = spec.phase2 ? u("Phase 1 menée à son terme ; poursuite en phase 2.")
                                    : u("Phase 1 menée à son terme ; pas de phase 2.");
        initiatives.addParticipation(p1);

        // The committee's decision: its grants and the participation in Phase 2 come with it.
        committees.addToAgenda(committeeId, id, request);
        DecisionRequest decision;
        decision.committeeId = committeeId;
        decision.initiativeId = id;
        if (spec.phase2) {
            decision.kind = DecisionKind::ContinueAndFund;
            decision.phaseId = committees.nextPhase(committeeId);
            decision.reason = u("Phase 1 concluante : plan d’action tenu et partenaires publics "
                                "engagés ; le comité poursuit l’accélération en phase 2 et "
                                "accorde la subvention d’amorçage.");
            decision.notes = u("Poursuite en phase 2 (public) ; le financement est illustratif.");
        } else if (spec.funded) {
            decision.kind = DecisionKind::Fund;
            decision.reason = u("Projet mûr, qui peut se déployer sans nouvelle phase "
                                "d’accompagnement : le comité accorde la subvention d’amorçage.");
            decision.notes
                = u("Illustratif : la liste des 7 lauréats financés n’est pas publique.");
        } else {
            decision.kind = DecisionKind::Stop;
            decision.reason = u("Les actions de la phase 1 se poursuivent avec les partenaires "
                                "déjà engagés ; le comité ne retient ni phase 2 ni financement.");
            decision.notes = u("Pas de phase 2.");
        }
        if (spec.funded) {
            decision.tranches = committees.defaultTranches(committeeId);
            // The seed is paid on the convention; the second tranche's condition is the grant's.
            decision.tranches[0].conditions.clear();
            decision.tranches[1].conditions
                = u("Versée en fin d’année, après le comité d’engagement.");
        }
        const DecisionOutcome outcome = committees.recordDecision(decision);
        if (outcome.reference == QStringLiteral("AIC-2022-CA-1")) {
            // The first decision opens the numbering at 101, as a coordinator would edit it.
            records.setValue(QStringLiteral("decision"), QStringLiteral("reference"),
                outcome.decisionId, firstReference);
            for (int t = 0; t < outcome.grantIds.size(); ++t) {
                records.setValue(QStringLiteral("grant_award"),
                    QStringLiteral("decision_reference"), outcome.grantIds.at(t),
                    t == 0 ? firstReference
                           : QStringLiteral("%1-T%2").arg(firstReference).arg(t + 1));
            }
        }
        if (outcome.participationId) {
            records.setValues(QStringLiteral("participation"), outcome.participationId,
                { { QStringLiteral("actual_start"), d(2022, 9, 1) },
                    { QStringLiteral("actual_end"), d(2022, 11, 30) },
                    { QStringLiteral("status"), toCode(PhaseStatus::Completed) } });
        }

        int priority = 0;
        for (NeedKind kind : spec.needs) {
            Need need;
            need.initiativeId = id;
            need.kind = kind;
            need.title = needTitle(kind);
            need.priority = ++priority;
            const qint64 needId = initiatives.addNeed(need);
            Action action;
            action.initiativeId = id;
            action.needId = needId;
            action.title = u("Plan d’action partagé avec le chargé d’accélération");
            action.priority = priority;
            action.dueDate = d(2022, 6, 30);
            action.status = ActionStatus::Done;
            action.doneDate = d(2022, 6, 30);
            initiatives.addAction(action);
        }

        for (const PartnerSpec &partner : spec.partners) {
            const qint64 adminId = administration(
                directory, admins, partner.name, partner.shortName, partner.kind, partner.parent);
            initiatives.addPartner(id, adminId, d(2022, 4, 14));
        }

        JournalEntry announced;
        announced.initiativeId = id;
        announced.date = d(2022, 3, 14);
        announced.kind = JournalKind::Event;
        announced.title = u("Annonce des lauréats de la promotion 1");
        initiatives.addJournalEntry(announced);

        if (!spec.funded)
            continue;
        // What the committee did not decide: the convention signed on 29 July, the payments, and
        // (not public either) that the grant funds the whole accompanied project.
        const qint64 seedId = outcome.grantIds.at(0);
        const qint64 secondId = outcome.grantIds.at(1);
        for (const qint64 grant : outcome.grantIds) {
            records.setValues(QStringLiteral("grant_award"), grant,
                { { QStringLiteral("convention_date"), d(2022, 7, 29) },
                    { QStringLiteral("budget_share"), 1.0 } });
        }
        grants.markIllustrative(outcome.grantIds);
        records.setValue(QStringLiteral("grant_award"), QStringLiteral("status"), seedId,
            toCode(GrantStatus::Released));
        grants.addDisbursement({ 0, seedId, d(2022, 9, 15), Money::fromEuros(80000),
            QStringLiteral("VIR-2022-%1").arg(seed), {} });
        if (spec.phase2) {
            records.setValues(QStringLiteral("grant_award"), secondId,
                { { QStringLiteral("status"), toCode(GrantStatus::Released) },
                    { QStringLiteral("conditions_met_on"), d(2022, 12, 1) } });
            grants.addDisbursement({ 0, secondId, d(2022, 12, 15), Money::fromEuros(60000),
                QStringLiteral("VIR-2022-%1-2").arg(seed), {} });
        }
    }
    tx.commit();
}

} // namespace tremplin
