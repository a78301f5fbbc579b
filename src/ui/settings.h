// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QSettings>
#include <QString>
#include <QStringList>

namespace tremplin {

/// A typed setting: its key and its default live together, next to the code that uses it.
template<typename T> class Setting
{
public:
    Setting(const char *key, T defaultValue = T())
        : m_key(QString::fromLatin1(key))
        , m_default(std::move(defaultValue))
    { }
    T get() const
    {
        return QSettings().value(m_key, QVariant::fromValue(m_default)).template value<T>();
    }
    void set(const T &value) const { QSettings().setValue(m_key, QVariant::fromValue(value)); }

private:
    QString m_key;
    T m_default;
};

namespace settings {
inline const Setting<QByteArray> mainWindowGeometry { "mainwindow/geometry" };
inline const Setting<QByteArray> mainWindowState { "mainwindow/state" };
inline const Setting<QByteArray> initiativeFormGeometry { "initiativeform/geometry" };
inline const Setting<int> currentWorkspace { "mainwindow/workspace", 0 };
inline const Setting<QStringList> recentFiles { "files/recent" };
inline const Setting<QString> language { "ui/language" };
constexpr int MaxRecentFiles = 8;
} // namespace settings

} // namespace tremplin
