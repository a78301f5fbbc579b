// SPDX-License-Identifier: GPL-3.0-or-later
#include "csv.h"

namespace tremplin::csv {

QString field(const QString &value, Cell cell, QChar separator)
{
    QString v = value;
    if (cell == Cell::Text && !v.isEmpty()) {
        const QChar c = v.at(0);
        if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
            v.prepend(u'\'');
    }
    if (v.contains(separator) || v.contains(u'"') || v.contains(u'\n') || v.contains(u'\r')) {
        v.replace(u'"', QStringLiteral("\"\""));
        v = u'"' + v + u'"';
    }
    return v;
}

QList<QStringList> parse(const QString &text, QChar separator)
{
    // Cells are taken as slices of the text; only quoted cells are copied character by
    // character (doubled quotes). Imports read a million lines through here.
    QList<QStringList> rows;
    QStringList row;
    const qsizetype n = text.size();
    const QChar *data = text.constData();
    auto unprotect = [](QString &cell) {
        // Undo the formula protection of field(): "'=x" written by us reads back as "=x".
        if (cell.size() >= 2 && cell.at(0) == u'\'') {
            const QChar c = cell.at(1);
            if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
                cell.remove(0, 1);
        }
    };
    qsizetype i = 0;
    bool lineHasContent = false;
    while (i < n) {
        QString cell;
        if (data[i] == u'"') {
            ++i;
            while (i < n) {
                if (data[i] == u'"') {
                    if (i + 1 < n && data[i + 1] == u'"') {
                        cell += u'"';
                        i += 2;
                        continue;
                    }
                    ++i;
                    break;
                }
                cell += data[i++];
            }
            // Anything between the closing quote and the separator is kept, as spreadsheets do.
            const qsizetype start = i;
            while (i < n && data[i] != separator && data[i] != u'\n')
                ++i;
            qsizetype end = i;
            if (end > start && data[end - 1] == u'\r')
                --end;
            cell += QStringView(data + start, end - start);
        } else {
            const qsizetype start = i;
            while (i < n && data[i] != separator && data[i] != u'\n')
                ++i;
            qsizetype end = i;
            if (end > start && data[end - 1] == u'\r')
                --end;
            cell = QString(data + start, end - start);
        }
        unprotect(cell);
        row << cell;
        lineHasContent = true;
        if (i < n && data[i] == separator) {
            ++i;
            if (i == n) // a separator at the very end: one more, empty cell
                row << QString();
            continue;
        }
        // End of line (or of the text).
        rows << row;
        row.clear();
        lineHasContent = false;
        if (i < n)
            ++i;
    }
    if (lineHasContent)
        rows << row;
    return rows;
}

QChar detectSeparator(const QString &headerLine)
{
    return headerLine.count(u';') > headerLine.count(u',') ? QLatin1Char(';') : QLatin1Char(',');
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
