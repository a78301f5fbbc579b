// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../text/searchkey.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>
#include <array>
#include <optional>

namespace tremplin {

/// Where an initiative stands in the programme. Allowed moves are in allowedTransitions().
enum class Lifecycle { Applicant, Shortlisted, Laureate, Alumni, NotSelected, Withdrawn };
/// The three kinds of needs the programme works on.
enum class NeedKind { Consolidation, Integration, Deployment };
/// What a row of the programme calendar is.
enum class PhaseKind { Call, Selection, Accompaniment, Committee, Event, Other };
/// Status assessment of an initiative's participation in a phase.
enum class PhaseStatus { NotStarted, InProgress, OnTrack, AtRisk, OffTrack, Completed, Stopped };
enum class ActionStatus { Todo, InProgress, Done, Cancelled };
enum class PersonRole {
    CarrierContact,
    AccelerationOfficer,
    InterministerialReferent,
    MinistryReferent,
    PublicPartner,
    Other
};
enum class AdministrationKind { Ministry, Directorate, Agency, LocalAuthority, Operator, Other };
enum class LegalForm {
    Association,
    Company,
    Administration,
    LocalAuthority,
    Foundation,
    Individual,
    Other
};
enum class TrancheKind { Seed, Second, Deployment, Other };
enum class GrantStatus { Planned, Committed, Released, Cancelled };
enum class CommitteeKind { Selection, Acceleration, Engagement, Other };
enum class DecisionKind { Continue, Fund, ContinueAndFund, Stop, Defer };
enum class IndicatorDirection { Increase, Decrease, Maintain };
enum class JournalKind { Meeting, Note, Call, Event, Decision };
/// A committee member's role in the committee.
enum class CommitteeRole { Chair, Member, Secretary, Observer };
/// The lists a programme manages (list_item.list).
enum class ListKind { Domain, NeedKind, NonAdmissibilityReason };
/// Whether an application may go to the jury.
enum class Admissibility { Unchecked, Admissible, NotAdmissible };
/// The tracks of a selection jury (the AIC's expert jury of public officials and citizen panel).
enum class JuryTrack { Expert, Citizen };
/// How a jury's scores are combined (see the ranking).
enum class RankingMethod { Mean, ZScore };
/// How applications are assigned to jurors.
enum class AssignmentMode { All, Manual, Balanced };
/// What a selection jury decided for an application.
enum class JuryOutcome { Selected, WaitingList, NotSelected };

/// One value of an enum: its stable code in the database and files, and its English label
/// (translated at display time in the "tremplin::Labels" context).
template<typename E> struct EnumEntry
{
    E value;
    const char *code;
    const char *label;
};

/// Specialised below for each enum with the full list of its values.
template<typename E> struct EnumTraits;

#define TREMPLIN_ENUM_TRAITS(E, N)                                                                 \
    template<> struct EnumTraits<E>                                                                \
    {                                                                                              \
        static const std::array<EnumEntry<E>, N> entries;                                          \
    };

TREMPLIN_ENUM_TRAITS(Lifecycle, 6)
TREMPLIN_ENUM_TRAITS(NeedKind, 3)
TREMPLIN_ENUM_TRAITS(PhaseKind, 6)
TREMPLIN_ENUM_TRAITS(PhaseStatus, 7)
TREMPLIN_ENUM_TRAITS(ActionStatus, 4)
TREMPLIN_ENUM_TRAITS(PersonRole, 6)
TREMPLIN_ENUM_TRAITS(AdministrationKind, 6)
TREMPLIN_ENUM_TRAITS(LegalForm, 7)
TREMPLIN_ENUM_TRAITS(TrancheKind, 4)
TREMPLIN_ENUM_TRAITS(GrantStatus, 4)
TREMPLIN_ENUM_TRAITS(CommitteeKind, 4)
TREMPLIN_ENUM_TRAITS(DecisionKind, 5)
TREMPLIN_ENUM_TRAITS(IndicatorDirection, 3)
TREMPLIN_ENUM_TRAITS(JournalKind, 5)
TREMPLIN_ENUM_TRAITS(CommitteeRole, 4)
TREMPLIN_ENUM_TRAITS(ListKind, 3)
TREMPLIN_ENUM_TRAITS(Admissibility, 3)
TREMPLIN_ENUM_TRAITS(JuryTrack, 2)
TREMPLIN_ENUM_TRAITS(RankingMethod, 2)
TREMPLIN_ENUM_TRAITS(AssignmentMode, 3)
TREMPLIN_ENUM_TRAITS(JuryOutcome, 3)
#undef TREMPLIN_ENUM_TRAITS

/// The stable code stored in the database ("laureate", "seed"...).
template<typename E> QString toCode(E value)
{
    for (const auto &e : EnumTraits<E>::entries) {
        if (e.value == value)
            return QString::fromLatin1(e.code);
    }
    return {};
}

template<typename E> std::optional<E> fromCode(const QString &code)
{
    for (const auto &e : EnumTraits<E>::entries) {
        if (code == QLatin1String(e.code))
            return e.value;
    }
    return std::nullopt;
}

/// The label in the user's language.
template<typename E> QString label(E value)
{
    for (const auto &e : EnumTraits<E>::entries) {
        if (e.value == value)
            return QCoreApplication::translate("tremplin::Labels", e.label);
    }
    return {};
}

/// The value that @p text names, as a person types it: its code ("not_selected"), its label in
/// the user's language ("Non retenue") or its English label ("Not selected"), case, accents
/// and surrounding spaces ignored.
template<typename E> std::optional<E> fromCodeOrLabel(const QString &text)
{
    const QString key = searchKey(text);
    if (key.isEmpty())
        return std::nullopt;
    for (const auto &e : EnumTraits<E>::entries) {
        if (key == searchKey(QString::fromLatin1(e.code))
            || key == searchKey(QCoreApplication::translate("tremplin::Labels", e.label))
            || key == searchKey(QString::fromLatin1(e.label)))
            return e.value;
    }
    return std::nullopt;
}

/// Every label of an enum in the user's language, in declaration order.
template<typename E> QStringList allLabels()
{
    QStringList labels;
    for (const auto &e : EnumTraits<E>::entries)
        labels.append(QCoreApplication::translate("tremplin::Labels", e.label));
    return labels;
}

/// Every code of an enum, in declaration order.
template<typename E> QStringList allCodes()
{
    QStringList codes;
    for (const auto &e : EnumTraits<E>::entries)
        codes.append(QString::fromLatin1(e.code));
    return codes;
}

/// The lifecycle states an initiative may move to from @p from (not including staying put).
QList<Lifecycle> allowedTransitions(Lifecycle from);

} // namespace tremplin
