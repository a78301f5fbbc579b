// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV reader every import goes through (decodeText, detectSeparator, csv::parse, readCsv),
// and its promise to Tremplin's own exports: a row written by csv::line() reads back as it was.
#include "core/exports/csv.h"
#include "core/imports/textfile.h"
#include "fuzzsupport.h"

namespace {

QString show(const QStringList &cells)
{
    QStringList quoted;
    for (const QString &c : cells)
        quoted << QLatin1Char('[') + c + QLatin1Char(']');
    return quoted.join(QLatin1Char(' '));
}

/// Each row the reader found, written as Tremplin's exports write it, reads back unchanged.
void checkRoundTrip(const QList<QStringList> &rows, QChar separator)
{
    for (const QStringList &row : rows) {
        // A line of one empty cell is a blank line, which the reader has no row for.
        if (row.size() == 1 && row.first().isEmpty())
            continue;
        for (const auto kind : { tremplin::csv::Cell::Text, tremplin::csv::Cell::Value }) {
            const QString written = tremplin::csv::line(row, kind, separator);
            const QList<QStringList> back = tremplin::csv::parse(written, separator);
            FUZZ_CHECK(back.size() == 1 && back.first() == row,
                show(row) + QStringLiteral(" → ") + written + QStringLiteral(" → ")
                    + (back.isEmpty() ? QString() : show(back.first())));
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tremplin;
    const QByteArray input = fuzz::bytes(data, size);

    const CsvTable table = readCsv(input);
    FUZZ_CHECK(table.rows.size() == table.lines.size(), QString());
    FUZZ_CHECK(
        table.separator == u',' || table.separator == u';' || table.separator == u'\t', QString());
    for (int i = 1; i < table.lines.size(); ++i)
        FUZZ_CHECK(table.lines.at(i) > table.lines.at(i - 1), QString::number(i));

    const QString text = decodeText(input);
    for (const QChar separator : { QChar(u','), QChar(u';'), QChar(u'\t') }) {
        QList<int> lines;
        const QList<QStringList> rows = csv::parse(text, separator, &lines);
        FUZZ_CHECK(rows.size() == lines.size(), QString());
        for (const int line : lines)
            FUZZ_CHECK(line >= 1 && line <= text.count(u'\n') + 1, QString::number(line));
        checkRoundTrip(rows, separator);
    }
    return 0;
}
