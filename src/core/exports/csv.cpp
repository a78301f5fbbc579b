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

QString line(const QStringList &cells, Cell cell, QChar separator)
{
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out.append(field(c, cell, separator));
    return out.join(separator);
}

} // namespace tremplin::csv
