// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace tremplin::csv {

/// Whether a cell is free text a spreadsheet could take for a formula.
enum class Cell { Text, Value };

/// One CSV field (RFC 4180): quoted when it holds the separator, a quote or a line break. A text
/// cell starting with = + - @, a tab or a carriage return gets a leading apostrophe so that a
/// spreadsheet shows it instead of running it (OWASP CSV injection).
QString field(const QString &value, Cell cell = Cell::Text, QChar separator = QLatin1Char(','));

/// Reads RFC 4180 text: quoted fields with separators, doubled quotes and line breaks, CRLF or
/// LF. Returns rows of cells; a cell that field() protected with an apostrophe comes back as
/// it was. With @p lines, the text's line (from 1) on which each row starts, line breaks inside
/// quoted cells counted. With @p unclosedQuoteLine, the line of a quote opened and never closed
/// (its cell then runs to the end of the text), 0 when there is none.
QList<QStringList> parse(const QString &text, QChar separator = QLatin1Char(','),
    QList<int> *lines = nullptr, int *unclosedQuoteLine = nullptr);

/// The separator a header line uses: a tab when it has more tabs than semicolons and commas
/// (Excel's "Unicode text"), else ';' when it has more semicolons than commas, else ','.
QChar detectSeparator(const QString &headerLine);

/// A whole line, without the line terminator.
QString line(const QStringList &cells, Cell cell = Cell::Text, QChar separator = QLatin1Char(','));

} // namespace tremplin::csv
