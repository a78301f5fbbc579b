// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

namespace tremplin {

class Database;

/// Fills an empty database with a large, realistic and valid programme for benchmarks and
/// trials: promotions with their calendar, initiatives with carriers holding valid SIRET and
/// RNA numbers, themes, needs, actions, participation, decisions, grants in tranches and their
/// payments (never above the commitment), indicators and journal entries. The same seed gives
/// the same programme. Everything is written in one transaction with prepared statements.
struct GeneratorOptions
{
    int initiatives = 1000;
    int disbursements = 10000;
    quint32 seed = 1;
};

struct GeneratorResult
{
    int promotions = 0;
    int initiatives = 0;
    int grants = 0;
    int disbursements = 0;
};

GeneratorResult generateProgramme(Database &db, const GeneratorOptions &options);

/// A selection added to a generated programme (issue 13 at scale): a new promotion of
/// admissible applications from Démarches simplifiées (carrier with SIRET and RNA, dossier
/// number, state "accepté", budget), a jury session set up through JuryService::applyTemplate()
/// (the criteria, a scale of 0 to 5 by 0.5, an expert jury and a citizen panel, jurors, declared
/// conflicts of interest, assignment to all or balanced), and every assigned criterion scored.
/// Jurors are generous or severe (each has their own offset and spread), so the z-score ranking
/// differs from the mean. Scores go in by batched statements, under the service's rules: never for
/// a conflicted or unassigned juror, always on the scale's steps. One transaction.
struct SelectionOptions
{
    int applications = 2000;
    int jurors = 60; ///< a quarter of them (at least one) on the citizen panel
    int criteria = 6; ///< 1 to 8: the AIC's five, then others
    bool balanced = false; ///< balanced assignment; every application to every juror otherwise
    int jurorsPerTrack = 3; ///< balanced: jurors per application in each track
    int conflicts = 12;
    quint32 seed = 1;
};

struct SelectionResult
{
    qint64 sessionId = 0;
    QString session;
    QString promotion;
    int applications = 0;
    int jurors = 0;
    int conflicts = 0;
    qint64 assignments = 0;
    qint64 scores = 0;
};

/// Adds the selection to a file that holds a programme (e.g. one generateProgramme() wrote);
/// throws tremplin::Error (nothing written) when the options are out of range.
SelectionResult generateSelection(Database &db, const SelectionOptions &options);

/// A Démarches simplifiées dossier export of @p dossiers dossiers numbered from @p firstNumber
/// (UTF-8 with a BOM, the current exporter's columns for legal entities then the AIC form's
/// fields, descriptions on two lines inside quotes, states mostly "Accepté"), as the platform
/// writes it: what `tremplin-cli bench` imports.
QByteArray demarchesSimplifieesExport(int dossiers, qint64 firstNumber, quint32 seed);

} // namespace tremplin
