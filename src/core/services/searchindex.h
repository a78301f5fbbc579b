// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin {

class Database;

/// The search key of an initiative (see searchKey()): its name, carrier's name, town,
/// description and themes (space-separated), so that "sante" finds the initiatives of the theme
/// "Santé". The one definition, shared by the services, the generator and the migrations.
QString initiativeSearchKey(const QString &name, const QString &carrier, const QString &town,
    const QString &description, const QString &themes);

/// Keeps initiative.search_text in step with what it is built from (initiativeSearchKey()).
/// Called by the services inside their write transaction.
void refreshInitiativeSearchKey(Database &db, qint64 initiativeId);
void refreshSearchKeysOfCarrier(Database &db, qint64 organisationId);
/// After a theme is renamed: the keys of the initiatives of that theme.
void refreshSearchKeysOfTheme(Database &db, qint64 themeId);

} // namespace tremplin
