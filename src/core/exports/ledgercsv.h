// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../services/grantledger.h"

#include <QByteArray>

namespace tremplin {

/// The grants ledger as a spreadsheet file, headings in the user's language.
/// ExcelFrench: UTF-8 with BOM, ";" separator, "," decimals (what Excel opens directly in
/// France). Rfc4180: UTF-8, ",", "." decimals, CRLF. Text cells that a spreadsheet would run
/// as formulas are neutralised.
enum class CsvProfile { ExcelFrench, Rfc4180 };

QByteArray ledgerCsv(const QList<GrantRow> &rows, CsvProfile profile);

/// Writes it atomically; throws tremplin::Error (nothing written) on failure.
void writeLedgerCsv(const QString &path, const QList<GrantRow> &rows, CsvProfile profile);

} // namespace tremplin
