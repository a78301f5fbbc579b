// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin::identifiers {

/// Keeps the digits of a SIRET or SIREN as typed ("732 829 320 00074" -> "73282932000074").
QString digitsOnly(const QString &text);

/// True when @p siret is 14 digits passing the Luhn check, or a La Poste establishment
/// (SIREN 356000000) whose digit sum is a multiple of 5.
bool isValidSiret(const QString &siret);

/// True when @p siren is 9 digits passing the Luhn check.
bool isValidSiren(const QString &siren);

/// True for an RNA number: "W" followed by 9 digits.
bool isValidRna(const QString &rna);

/// "732 829 320 00074": SIREN in groups of three, then the NIC.
QString formatSiret(const QString &siret);

} // namespace tremplin::identifiers
