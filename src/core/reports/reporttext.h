// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

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

} // namespace tremplin::reports
