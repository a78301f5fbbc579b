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
    QList<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;
    bool wasQuoted = false;
    auto endCell = [&] {
        // Undo the formula protection of field(): "'=x" written by us reads back as "=x".
        if (cell.size() >= 2 && cell.at(0) == u'\'') {
            const QChar c = cell.at(1);
            if (c == u'=' || c == u'+' || c == u'-' || c == u'@' || c == u'\t' || c == u'\r')
                cell.remove(0, 1);
        }
        row << cell;
        cell.clear();
        wasQuoted = false;
    };
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                cell += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == u'"' && cell.isEmpty() && !wasQuoted) {
            quoted = true;
            wasQuoted = true;
        } else if (c == separator) {
            endCell();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            continue;
        } else if (c == u'\n') {
            endCell();
            rows << row;
            row.clear();
        } else {
            cell += c;
        }
    }
    if (!cell.isEmpty() || !row.isEmpty() || wasQuoted) {
        endCell();
        rows << row;
    }
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
