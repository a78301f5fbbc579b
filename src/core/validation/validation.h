// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

#include <QString>
#include <QStringList>

namespace tremplin::validation {

/// Each check returns the problems found, as messages in the user's language naming the field;
/// an empty list means the value may be written. Services refuse to write anything that fails.

QStringList checkOrganisation(const Organisation &o);
QStringList checkInitiative(const Initiative &i);
QStringList checkPhase(const Phase &p);
QStringList checkGrant(const Grant &g);
QStringList checkDisbursement(const Disbursement &d);

/// Single-field checks shared by forms and services.
bool isValidEmail(const QString &email);
bool isValidWebsite(const QString &url);
QString siretProblem(const QString &siret); ///< empty when empty or valid
QString rnaProblem(const QString &rna); ///< empty when empty or valid
/// A grant's share of the project's budget is stored as a fraction (SCDL pourcentageSubvention)
/// and shown as a percentage: the problem with @p fraction, in percent; empty when valid.
QString budgetShareProblem(double fraction);

/// Throws tremplin::Error with all @p problems when there is any.
void throwIfAny(const QStringList &problems);

} // namespace tremplin::validation
