// SPDX-License-Identifier: GPL-3.0-or-later
#include "qtsupplement.h"

#include <QtGlobal>

namespace tremplin {

QList<QtString> qtSupplementStrings()
{
    // Context, source and disambiguation exactly as in Qt's QAbstractFileIconProvider::type():
    // a translation is found only when all three match.
    static const char *const strings[][2] = {
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Folder", "All other platforms"),
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "File Folder", "Match Windows Explorer"),
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Shortcut", "All other platforms"),
        QT_TRANSLATE_NOOP3("QAbstractFileIconProvider", "Alias", "macOS Finder"),
    };
    static const char *const plain[] = {
        QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Drive"),
        QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "File"),
        QT_TRANSLATE_NOOP("QAbstractFileIconProvider", "Unknown"),
    };
    QList<QtString> out;
    for (const auto &s : strings)
        out.append({ "QAbstractFileIconProvider", s[0], s[1] });
    for (const char *s : plain)
        out.append({ "QAbstractFileIconProvider", s, nullptr });
    return out;
}

} // namespace tremplin
