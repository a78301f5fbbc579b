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

/// The stored keys of a record of the directory (administration, organisation, person):
/// sort_key, the key of its name, orders the lists as a reader expects ("École" among the e's,
/// "Défenseur" before "Direction"); search_text holds what the directory searches (the name and
/// the short name, the town or the e-mail address).
struct DirectoryKeys
{
    QString sort;
    QString search;
};

/// The two columns a directory table's keys are made of (name first), or nullptr twice when
/// @p table is not one of the directory's.
struct DirectoryKeyColumns
{
    const char *name = nullptr;
    const char *second = nullptr;
};
DirectoryKeyColumns directoryKeyColumns(const QString &table);

/// The one definition of a directory record's keys, shared by the services, the generator and
/// the migrations.
DirectoryKeys directoryKeys(const QString &name, const QString &second);

/// Keeps sort_key and search_text of a directory record in step with its columns; does nothing
/// for another table. Called by the services inside their write transaction.
void refreshDirectoryKeys(Database &db, const QString &table, qint64 id);

} // namespace tremplin
