// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace tremplin::csv {

namespace {
/// Characters that make a spreadsheet read a cell as a formula when they come first.
bool startsFormula(QChar c)
{
    return c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r';
}
} // namespace

QString field(const QString &value, Cell cell, QChar separator)
{
    QString v = value;
    if (cell == Cell::Text && !v.isEmpty() && startsFormula(v.at(0)))
        v.prepend(u'\'');
    if (v.contains(separator) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u'"', QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QList<QStringList> parse(
    const QString &text, QChar separator, QList<int> *lines, int *unclosedQuoteLine)
{
    if (unclosedQuoteLine)
        *unclosedQuoteLine = 0;
    // Cells are taken as slices of the text; only quoted cells are copied character by
    // character (doubled quotes). Imports read a million lines through here.
    QList<QStringList> rows;
    QStringList row;
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    qsizetype i = 0;
    int line = 1; // the line of data[i]
    int rowLine = 1; // the line the current row started on
    auto unprotect = [](QString &cell) {
        // Undo the formula protection of field(): "'=x" written by us reads back as "=x".
        if (cell.size() >= 2 && cell.at(0) == u'\'' && startsFormula(cell.at(1)))
            cell.remove(0, 1);
    };
    // The rest of the cell from i up to the separator or the end of the line (without a
    // CRLF's '\r'); leaves i on that separator or newline.
    auto restOfCell = [&]() {
        const qsizetype start = i;
        while (i < n && data[i] != separator && data[i] != u'\n')
            ++i;
        qsizetype end = i;
        if (end > start && data[end - 1] == u'\r')
            --end;
        return QStringView(data + start, end - start);
    };
    while (i < n) {
        QString cell;
        if (data[i] == u'"') {
            const int quoteLine = line;
            bool closed = false;
            ++i;
            while (i < n) {
                if (data[i] == u'"') {
                    if (i + 1 < n && data[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    closed = true;
                    break;
                }
                if (data[i] == u'\n')
                    ++line;
                cell += data[i++];
            }
            if (!closed && unclosedQuoteLine && *unclosedQuoteLine == 0)
                *unclosedQuoteLine = quoteLine;
            // Anything between the closing quote and the separator is kept, as spreadsheets do.
            cell += restOfCell();
        } else {
            cell = restOfCell().toString();
        }
        unprotect(cell);
        row << cell;
        if (i < n && data[i] == separator) {
            ++i;
            if (i == n) // a separator at the very end: one more, empty cell
                row << QString();
            continue;
        }
        // End of line (or of the text).
        rows << row;
        if (lines)
            lines->append(rowLine);
        row.clear();
        if (i < n) {
            ++i;
            ++line;
        }
        rowLine = line;
    }
    if (!row.isEmpty()) { // the text ended on a separator: the last line has no newline
        rows << row;
        if (lines)
            lines->append(rowLine);
    }
    return rows;
}

QChar detectSeparator(const QString &headerLine)
{
    const qsizetype semicolons = headerLine.count(u';');
    const qsizetype commas = headerLine.count(u',');
    const qsizetype tabs = headerLine.count(u'\t');
    if (tabs > semicolons && tabs > commas)
        return QLatin1Char('\t');
    return semicolons > commas ? QLatin1Char(';') : QLatin1Char(',');
}

QString line(const QStringList &cells, Cell cell, QChar separator)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out.append(field(c, cell, separator));
    return out.join(separator);
}

} // namespace tremplin::csv
