// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

#include <QList>
#include <QStringList>
#include <optional>

namespace tremplin {

class Database;

/// The calendars a new programme can start from.
enum class CalendarTemplate {
    Blank, ///< no phases: the coordinator builds the calendar
    Aic, ///< the shape of the Accélérateur d'Initiatives Citoyennes' promotion 1
};

/// "blank" or "aic" (as tremplin-cli init --template takes them); nullopt otherwise.
std::optional<CalendarTemplate> calendarTemplateFromCode(const QString &code);

/// One phase of a template's calendar, shifted to a start date. A committee phase also gets a
/// committee row of @p committee's kind held on its date.
struct TemplatePhase
{
    PhaseKind kind = PhaseKind::Other;
    QString name; ///< in the user's language
    DateRange dates;
    std::optional<CommitteeKind> committee;
    QString description;
};

/// The phases of @p calendar for a promotion starting on @p start, in order. The AIC's shape:
/// six weeks of call for applications, seven weeks of selection, three months of Phase 1, the
/// acceleration committee the next day, three months of Phase 2 from the day after, the
/// engagement committee the day after Phase 2, and the closing event a week later.
QList<TemplatePhase> templateCalendar(CalendarTemplate calendar, const QDate &start);

/// The default tranche scheme of @p calendar: for the AIC, a seed of 80 000 € and a second
/// tranche of 60 000 € released at the end of the year; none for a blank programme.
QList<ProgrammeTranche> templateTranches(CalendarTemplate calendar);

/// The prefix of a committee's decision references: the programme's short name (else the
/// initials of its name), the year and the committee's kind ("AIC-2027-CA"; decisions are then
/// numbered AIC-2027-CA-1, -2...).
QString decisionReferencePrefix(const Programme &programme, CommitteeKind kind, const QDate &date);

/// Everything the "New programme" assistant and `tremplin-cli init --template` ask.
struct ProgrammeSetup
{
    Programme programme;
    Promotion promotion; ///< the first promotion; its start and end follow the calendar
    CalendarTemplate calendar = CalendarTemplate::Blank;
    QDate start; ///< first day of the promotion (of its call for applications)
};

/// What keeps @p setup from being written, in the user's language; empty when it may be.
QStringList setupProblems(const ProgrammeSetup &setup);

/// The promotion as it will be written: dates from the calendar, year from the start date
/// when none was given.
Promotion plannedPromotion(const ProgrammeSetup &setup);

/// Writes the programme, its operating administration in the directory, its first promotion,
/// the template's phases, committees and tranche scheme through the services, all or nothing.
/// Returns the programme's id.
qint64 writeNewProgramme(Database &db, const ProgrammeSetup &setup);

/// Creates the database file @p path (never over an existing file) and writes @p setup into
/// it. When the setup is refused or a write fails, the half-written file is removed and the
/// error (tremplin::Error) is thrown.
void createProgrammeFile(Database &db, const QString &path, const ProgrammeSetup &setup);

} // namespace tremplin
