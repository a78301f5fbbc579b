// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmetemplate.h"

#include "../database/database.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../text/searchkey.h"
#include "../validation/validation.h"
#include "committeeservice.h"
#include "directoryservice.h"
#include "programmeservice.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace tremplin {

namespace {
/// Translation context of this file's messages and of the template's phase names.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ProgrammeTemplate)
};

/// The range of @p months calendar months starting on @p start.
DateRange months(const QDate &start, int months)
{
    return { start, start.addMonths(months).addDays(-1) };
}

/// The range of @p weeks weeks starting on @p start.
DateRange weeks(const QDate &start, int weeks)
{
    return { start, start.addDays(7 * weeks - 1) };
}

DateRange day(const QDate &date)
{
    return { date, date };
}
} // namespace

std::optional<CalendarTemplate> calendarTemplateFromCode(const QString &code)
{
    const QString c = code.trimmed().toLower();
    if (c == QLatin1String("blank"))
        return CalendarTemplate::Blank;
    if (c == QLatin1String("aic"))
        return CalendarTemplate::Aic;
    return std::nullopt;
}

QList<TemplatePhase> templateCalendar(CalendarTemplate calendar, const QDate &start)
{
    if (calendar == CalendarTemplate::Blank || !start.isValid())
        return {};
    const DateRange call = weeks(start, 6);
    const DateRange selection = weeks(call.end.addDays(1), 7);
    const DateRange phase1 = months(selection.end.addDays(1), 3);
    const DateRange acceleration = day(phase1.end.addDays(1));
    const DateRange phase2 = months(acceleration.end.addDays(1), 3);
    const DateRange engagement = day(phase2.end.addDays(1));
    const DateRange closing = day(engagement.end.addDays(7));
    return {
        { PhaseKind::Call, Tr::tr("Call for applications"), call, std::nullopt,
            Tr::tr("Six weeks to apply.") },
        { PhaseKind::Selection, Tr::tr("Selection"), selection, std::nullopt,
            Tr::tr("Admissibility, pre-selection by public officials, opinion of a citizen "
                   "jury.") },
        { PhaseKind::Accompaniment, Tr::tr("Phase 1"), phase1, std::nullopt,
            Tr::tr("Three months: diagnosis, useful contacts in the administrations, "
                   "prioritised actions.") },
        { PhaseKind::Committee, Tr::tr("Acceleration committee"), acceleration,
            CommitteeKind::Acceleration, Tr::tr("Decides who continues and who is funded.") },
        { PhaseKind::Accompaniment, Tr::tr("Phase 2"), phase2, std::nullopt,
            Tr::tr("Three months for the initiatives that continue.") },
        { PhaseKind::Committee, Tr::tr("Engagement committee"), engagement,
            CommitteeKind::Engagement,
            Tr::tr("Further funding for deployment; sponsors inside or outside the "
                   "administration.") },
        { PhaseKind::Event, Tr::tr("Closing event"), closing, std::nullopt, QString() },
    };
}

QList<ProgrammeTranche> templateTranches(CalendarTemplate calendar)
{
    if (calendar == CalendarTemplate::Blank)
        return {};
    ProgrammeTranche seed;
    seed.position = 1;
    seed.tranche = TrancheKind::Seed;
    seed.amount = Money::fromEuros(80000);
    seed.conditions = Tr::tr("Paid after the acceleration committee's decision.");
    ProgrammeTranche second;
    second.position = 2;
    second.tranche = TrancheKind::Second;
    second.amount = Money::fromEuros(60000);
    second.conditions = Tr::tr("Releasable at the end of the year.");
    return { seed, second };
}

Promotion plannedPromotion(const ProgrammeSetup &setup)
{
    Promotion p = setup.promotion;
    p.startsOn = setup.start;
    const QList<TemplatePhase> phases = templateCalendar(setup.calendar, setup.start);
    if (!phases.isEmpty())
        p.endsOn = phases.constLast().dates.end;
    if (p.year == 0 && setup.start.isValid())
        p.year = setup.start.year();
    return p;
}

QStringList setupProblems(const ProgrammeSetup &setup)
{
    QStringList problems = ProgrammeService::programmeProblems(setup.programme);
    if (setup.calendar != CalendarTemplate::Blank && !setup.start.isValid())
        problems.append(Tr::tr("A calendar from a template needs a start date."));
    problems += ProgrammeService::promotionProblems(plannedPromotion(setup));
    return problems;
}

QString decisionReferencePrefix(const Programme &programme, CommitteeKind kind, const QDate &date)
{
    // The programme's short name, else the initials of its name's words of three letters or
    // more ("Accélérateur d'Initiatives Citoyennes": AIC), without accents.
    QString code = searchKey(programme.shortName).remove(QLatin1Char(' ')).toUpper();
    if (code.isEmpty()) {
        const QStringList words = programme.name.split(
            QRegularExpression(QStringLiteral("[^\\p{L}]+")), Qt::SkipEmptyParts);
        for (const QString &word : words) {
            if (word.size() >= 3)
                code += searchKey(word.left(1)).toUpper();
        }
    }
    const QString committee = kind == CommitteeKind::Acceleration ? QStringLiteral("CA")
        : kind == CommitteeKind::Engagement                       ? QStringLiteral("CE")
        : kind == CommitteeKind::Selection                        ? QStringLiteral("CS")
                                                                  : QStringLiteral("C");
    QStringList parts;
    if (!code.isEmpty())
        parts << code;
    parts << QString::number(date.year()) << committee;
    return parts.join(QLatin1Char('-'));
}

qint64 writeNewProgramme(Database &db, const ProgrammeSetup &setup)
{
    validation::throwIfAny(setupProblems(setup));
    ProgrammeService programmes(db);
    DirectoryService directory(db);
    CommitteeService committees(db);
    WriteTransaction tx(db);

    Programme programme = setup.programme;
    programme.name = programme.name.trimmed();
    programme.operatorName = programme.operatorName.trimmed();
    if (!programme.operatorName.isEmpty() && programme.operatorAdministrationId == 0) {
        // The operating administration goes into the directory, where the SCDL export and
        // the committees find it.
        Administration operatorAdministration;
        operatorAdministration.name = programme.operatorName;
        programme.operatorAdministrationId = directory.createAdministration(operatorAdministration);
    }
    const qint64 programmeId = programmes.createProgramme(programme);

    Promotion promotion = plannedPromotion(setup);
    promotion.programmeId = programmeId;
    const qint64 promotionId = programmes.createPromotion(promotion);

    int position = 0;
    for (const TemplatePhase &t : templateCalendar(setup.calendar, setup.start)) {
        Phase phase;
        phase.programmeId = programmeId;
        phase.promotionId = promotionId;
        phase.kind = t.kind;
        phase.name = t.name;
        phase.position = ++position;
        phase.planned = t.dates;
        phase.description = t.description;
        const qint64 phaseId = programmes.createPhase(phase);
        if (!t.committee)
            continue;
        CommitteeRecord committee;
        committee.programmeId = programmeId;
        committee.promotionId = promotionId;
        committee.phaseId = phaseId;
        committee.kind = *t.committee;
        committee.name = t.name;
        committee.heldOn = t.dates.start;
        committee.referencePrefix = decisionReferencePrefix(programme, *t.committee, t.dates.start);
        committees.createCommittee(committee);
    }
    for (ProgrammeTranche tranche : templateTranches(setup.calendar)) {
        tranche.programmeId = programmeId;
        programmes.createTranche(tranche);
    }
    tx.commit();
    return programmeId;
}

void createProgrammeFile(Database &db, const QString &path, const ProgrammeSetup &setup)
{
    db.create(path); // throws, touching nothing, when the file exists
    try {
        writeNewProgramme(db, setup);
    } catch (...) {
        const QString written = db.path();
        db.close();
        QFile::remove(written);
        throw;
    }
}

} // namespace tremplin
