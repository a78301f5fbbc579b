// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tremplin {

/// Decodes a text file as spreadsheets and accounting tools write them: UTF-8 with or without
/// BOM, UTF-16 with a BOM or without one (Excel's "Unicode text"; recognised by its zero bytes),
/// or Windows-1252 (not Latin-1: "œ" and "€" live in 0x80-0x9F) when it is not valid UTF-8.
QString decodeText(const QByteArray &bytes, QString *encodingName = nullptr);

/// Why decoded text cannot be an import's file (NUL bytes or control characters: a
/// spreadsheet's own format, an image, random bytes), in the user's language; empty when it is
/// text. Such a file is refused whole rather than read as garbage cells.
QString binaryTextProblem(const QString &text);

/// A cell as a problem message quotes it: line breaks and control characters as spaces, cut
/// to @p max characters with an ellipsis, so that a 3 MB cell or a NUL byte never floods or
/// breaks a message.
QString shownCell(const QString &cell, int max = 60);

/// The problem of a row with a cell over @p maxLength characters, or empty.
QString overlongCellProblem(const QStringList &row, int maxLength);

/// The problem of a row with non-empty cells beyond the @p columns the header names (a
/// separator inside a cell that was not quoted), or empty.
QString extraCellsProblem(const QStringList &row, int columns);

/// Whether an imported date is one a programme can hold: years 1950 to 2100 (a year 9999 or 1
/// is a typing or export error, not a payment).
bool isPlausibleDate(const QDate &date);
/// The problem of a date outside isPlausibleDate(), naming @p text.
QString implausibleDateProblem(const QString &text);

/// The largest amount one imported line may hold: one billion euros. More is a typing error,
/// and the sums of a file's lines stay far from overflowing 64-bit cents.
constexpr qint64 MaxImportedCents = 100'000'000'000LL;
/// The problem of an amount over MaxImportedCents, naming @p text.
QString amountTooLargeProblem(const QString &text);

/// The bytes of an import's file, or nothing with @p error set: @p tooLarge (its %1: the file's
/// path) when the file is over @p maxSize bytes, the system's reason when it cannot be read.
std::optional<QByteArray> readImportFile(
    const QString &path, qint64 maxSize, const QString &tooLarge, QString *error);

/// A CSV file as imports read it: decoded (decodeText()), its separator found from the header
/// line, RFC 4180 quoting undone, blank lines (a spreadsheet's trailing ones) left out.
struct CsvTable
{
    QStringList headers;
    QList<QStringList> rows;
    /// The file's line (from 1) on which each row starts, so that a problem names the line a
    /// reader finds in the file: blank lines left out and line breaks inside quoted cells count.
    QList<int> lines;
    QString encoding;
    QChar separator = QLatin1Char(',');
    /// Why the file cannot be read as a table at all (binary data, a quote never closed), in
    /// the user's language; empty when it can. Headers and rows are empty then.
    QString problem;
};
CsvTable readCsv(const QByteArray &bytes);
/// The same for text already decoded.
CsvTable readCsvText(const QString &text, const QString &encoding = QString());

/// Header text compared word for word, without case, accents or punctuation: "N° de mandat"
/// and "n de mandat" are the same header.
QString headerKey(const QString &header);

/// A key naming a file's header layout (its column titles compared with headerKey()), under
/// which a mapping chosen by hand is remembered for the next file of the same export.
QString headerLayoutKey(const QStringList &headers);

/// Gives column @p column the meaning @p target in @p mapping, one column per meaning: the
/// column that had it loses it (to @p ignore). False when @p column is out of range.
template<typename Target>
bool assignColumn(QList<Target> &mapping, int column, Target target, Target ignore)
{
    if (column < 0 || column >= mapping.size())
        return false;
    if (target != ignore) {
        for (Target &t : mapping) {
            if (t == target)
                t = ignore;
        }
    }
    mapping[column] = target;
    return true;
}

} // namespace tremplin
