// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkey.h"

namespace tremplin {

QString searchKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_KD);
    QString out;
    out.reserve(decomposed.size());
    bool lastWasSpace = true;
    for (const QChar c : decomposed) {
        const auto cat = c.category();
        if (cat == QChar::Mark_NonSpacing || cat == QChar::Mark_SpacingCombining
            || cat == QChar::Mark_Enclosing)
            continue;
        if (c.isSpace()) {
            if (!lastWasSpace)
                out.append(QLatin1Char(' '));
            lastWasSpace = true;
            continue;
        }
        lastWasSpace = false;
        switch (c.unicode()) {
        case 0x0152: // Œ
        case 0x0153: // œ
            out.append(QLatin1String("oe"));
            continue;
        case 0x00C6: // Æ
        case 0x00E6: // æ
            out.append(QLatin1String("ae"));
            continue;
        case 0x00DF: // ß
            out.append(QLatin1String("ss"));
            continue;
        case 0x2019: // ’ typographic apostrophe
            out.append(QLatin1Char('\''));
            continue;
        default:
            break;
        }
        out.append(c.toCaseFolded());
    }
    if (out.endsWith(QLatin1Char(' ')))
        out.chop(1);
    return out;
}

} // namespace tremplin
