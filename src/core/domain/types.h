// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "enums.h"
#include "money.h"

#include <QDate>
#include <QString>
#include <QStringList>
#include <optional>

namespace tremplin {

/// Value types of the programme, one per table of the schema. Ids are 0 until stored.

struct DateRange
{
    QDate start;
    QDate end;
    bool isValid() const { return start.isValid() && (!end.isValid() || end >= start); }
    bool contains(const QDate &d) const
    {
        return d.isValid() && (!start.isValid() || d >= start) && (!end.isValid() || d <= end);
    }
};

struct Programme
{
    qint64 id = 0;
    QString name;
    QString shortName;
    QString operatorName;
    QString description;
    QString website;
    QString operatorSiret; ///< 14 digits, the SCDL idAttribuant; empty when unknown
    qint64 operatorAdministrationId = 0;
    qint64 defaultFundingSourceId = 0;
};

/// One tranche of a programme's default scheme (e.g. seed 80 000 €, then second 60 000 €).
struct ProgrammeTranche
{
    qint64 id = 0;
    qint64 programmeId = 0;
    int position = 0;
    TrancheKind tranche = TrancheKind::Seed;
    Money amount;
    QString conditions;
};

struct Promotion
{
    qint64 id = 0;
    qint64 programmeId = 0;
    int number = 1;
    QString name;
    int year = 0;
    Money envelope;
    bool envelopeIllustrative = false;
    std::optional<int> places; ///< initiatives it can take; unset when not decided
    QDate startsOn;
    QDate endsOn;
};

struct Phase
{
    qint64 id = 0;
    qint64 programmeId = 0;
    qint64 promotionId = 0;
    PhaseKind kind = PhaseKind::Other;
    QString name;
    int position = 0;
    DateRange planned;
    DateRange actual;
    QString description;
};

struct Administration
{
    qint64 id = 0;
    qint64 parentId = 0;
    QString name;
    QString shortName;
    AdministrationKind kind = AdministrationKind::Other;
    QString website;
};

struct Organisation
{
    qint64 id = 0;
    QString name;
    LegalForm legalForm = LegalForm::Association;
    QString siret;
    QString rna;
    QString address;
    QString postcode;
    QString town;
    QString website;
    bool identifiersIllustrative = false;
};

struct Person
{
    qint64 id = 0;
    QString fullName;
    QString email;
    QString phone;
    QString jobTitle;
    qint64 organisationId = 0;
    qint64 administrationId = 0;
};

struct Initiative
{
    qint64 id = 0;
    qint64 promotionId = 0;
    qint64 carrierId = 0;
    QString name;
    Lifecycle lifecycle = Lifecycle::Applicant;
    QString oneLiner;
    QString description;
    QString website;
    QString domain;
    QString territories;
    QString town;
    QString mainImpact;
    QStringList themes;
    bool archived = false;
};

struct Participation
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    qint64 phaseId = 0;
    DateRange planned;
    DateRange actual;
    PhaseStatus status = PhaseStatus::NotStarted;
    QString assessment;
};

struct Need
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    NeedKind kind = NeedKind::Consolidation;
    QString title;
    QString description;
    int priority = 0;
};

struct Action
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    qint64 needId = 0;
    QString title;
    qint64 ownerId = 0;
    qint64 administrationId = 0;
    int priority = 0;
    QDate dueDate;
    ActionStatus status = ActionStatus::Todo;
    QDate doneDate;
    QString notes;
};

struct InitiativePerson
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    qint64 personId = 0;
    PersonRole role = PersonRole::Other;
    qint64 administrationId = 0;
    QDate since;
};

struct FundingSource
{
    qint64 id = 0;
    QString name;
    QString siret;
    qint64 administrationId = 0;
    bool identifiersIllustrative = false;
};

struct Committee
{
    qint64 id = 0;
    qint64 programmeId = 0;
    qint64 promotionId = 0;
    qint64 phaseId = 0;
    CommitteeKind kind = CommitteeKind::Other;
    QString name;
    QDate heldOn;
};

struct Decision
{
    qint64 id = 0;
    qint64 committeeId = 0;
    qint64 initiativeId = 0;
    DecisionKind kind = DecisionKind::Continue;
    QString notes;
};

struct Grant
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    qint64 fundingSourceId = 0;
    qint64 decisionId = 0;
    TrancheKind tranche = TrancheKind::Seed;
    Money committed;
    QString decisionReference;
    QDate decisionDate;
    QDate conventionDate;
    QString conditions;
    GrantStatus status = GrantStatus::Planned;
    bool illustrative = false;
    QString notes;
    QDate conditionsMetOn; ///< when the condition for release was met
    std::optional<double> budgetShare; ///< share of the project's budget, 0.01 to 1
};

struct Disbursement
{
    qint64 id = 0;
    qint64 grantId = 0;
    QDate paidOn;
    Money amount;
    QString reference;
    /// Why this payment may take the total above the committed amount; empty otherwise.
    QString overrideReason;
};

struct Indicator
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    QString name;
    QString unit;
    std::optional<double> baseline;
    QDate baselineDate;
    std::optional<double> target;
    QDate targetDate;
    IndicatorDirection direction = IndicatorDirection::Increase;
};

struct Measurement
{
    qint64 id = 0;
    qint64 indicatorId = 0;
    QDate measuredOn;
    double value = 0;
    QString note;
};

struct JournalEntry
{
    qint64 id = 0;
    qint64 initiativeId = 0;
    QDate date;
    JournalKind kind = JournalKind::Note;
    QString title;
    QString body;
    QString author;
};

} // namespace tremplin
