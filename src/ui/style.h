// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The few colours and style sheets the windows share, named once so that every error reads in
// the same red and every banner looks alike. Colours are chosen to stay readable (contrast of
// at least 4.5:1) on the light backgrounds of Fusion and of the desktop styles.

#include <QColor>
#include <QString>
#include <chrono>

namespace tremplin::style {

/// The red of errors and refusals: a field's problem, an overdue action, an overspent grant.
inline QColor errorColor()
{
    return QColor(0xb0, 0x00, 0x20);
}

/// The dark orange of warnings that are not errors (an envelope overcommitted, a blocked grant
/// on the overview).
inline QColor warningColor()
{
    return QColor(0x8a, 0x1c, 0x00);
}

/// The brown of an import line that is accepted with a warning.
inline QColor cautionColor()
{
    return QColor(0x8a, 0x5a, 0x00);
}

/// The grey of rows that no longer count (a cancelled grant).
inline QColor mutedColor()
{
    return QColor(0x80, 0x80, 0x80);
}

/// Style sheet of a label that says what went wrong.
inline QString errorText()
{
    return QStringLiteral("color: %1;").arg(errorColor().name());
}

/// Style sheet of an editor whose value was refused.
inline QString errorBorder()
{
    return QStringLiteral("border: 1px solid %1;").arg(errorColor().name());
}

/// Style sheet of a label in the warning colour.
inline QString warningText()
{
    return QStringLiteral("color: %1;").arg(warningColor().name());
}

/// Style sheet of the yellow banner that says the figures shown are illustrative.
inline QString banner()
{
    return QStringLiteral(
        "QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; "
        "border-radius: 4px; padding: 4px; }");
}

} // namespace tremplin::style

namespace tremplin::delays {

/// From a file opened to its background integrity check: time for the window's first paint,
/// so that the check does not compete with it.
inline constexpr std::chrono::milliseconds BeforeIntegrityCheck { 150 };

/// A pause in the changes long enough to refresh a list that is slow to reload (the
/// initiatives list on a large programme) without doing it at each keystroke.
inline constexpr std::chrono::milliseconds ChangesSettled { 400 };

/// A pause long enough to write remembered settings (a search typed, a column resized): the
/// settings file is written whole, which would hold up the keystroke or drag that changed it.
inline constexpr std::chrono::milliseconds SettingsSaved { 1000 };

} // namespace tremplin::delays
