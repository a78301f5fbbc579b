// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin {

/// Where Tremplin keeps its own database when the user has not chosen one: the platform's
/// application-data folder (~/.local/share/Tremplin/Tremplin on Linux).
QString defaultDatabasePath();

/// Creates @p path holding the demo programme (AIC promotion 1); nothing is left behind when
/// it fails. Throws tremplin::Error.
void createDemoDatabase(const QString &path);

/// The file to open at start: @p requested when given; otherwise the last file opened if it
/// still exists; otherwise the default database, created with the demo programme the first
/// time. Throws tremplin::Error when the demo database cannot be created.
QString databaseToOpen(const QString &requested);

} // namespace tremplin
