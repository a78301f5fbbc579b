// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tremplin::reports {

/// An amount or a date that must never be broken over two lines. Qt's HTML reader turns the
/// narrow no-break space of French numbers (U+202F) into a plain, breakable space, so every
/// space inside becomes a no-break space (U+00A0), which it keeps.
inline QString unbreakable(const QString &text)
{
    QString t = text;
    t.replace(QChar(0x202f), QChar::Nbsp);
    t.replace(QLatin1Char(' '), QChar::Nbsp);
    return t;
}

/// A bordered table of the reports: @p headers (plain text, escaped here) and @p rows whose
/// cells are already HTML.
inline QString htmlTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QString html = QStringLiteral(
        "<table border=\"1\" cellspacing=\"0\" cellpadding=\"3\" width=\"100%\"><thead><tr>");
    for (const QString &h : headers)
        html += QStringLiteral("<th align=\"left\">%1</th>").arg(h.toHtmlEscaped());
    html += QStringLiteral("</tr></thead>");
    for (const QStringList &r : rows) {
        html += QStringLiteral("<tr>");
        for (const QString &c : r)
            html += QStringLiteral("<td>%1</td>").arg(c);
        html += QStringLiteral("</tr>");
    }
    return html + QStringLiteral("</table>");
}

} // namespace tremplin::reports
