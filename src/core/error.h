// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <exception>

namespace tremplin {

/// The one error type of the core library. Its message is already translated into the user's
/// language and is meant to be shown as is (a dialog, a CLI line). Services throw it; the
/// callers at the edge (undo commands, dialogs, CLI commands) catch it.
class Error : public std::exception
{
public:
    explicit Error(QString message)
        : m_message(std::move(message))
        , m_utf8(m_message.toUtf8())
    { }
    const QString &message() const noexcept { return m_message; }
    const char *what() const noexcept override { return m_utf8.constData(); }

private:
    QString m_message;
    QByteArray m_utf8;
};

} // namespace tremplin
