// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchindex.h"

#include "../database/query.h"
#include "../text/searchkey.h"
#include "initiativeservice.h"

#include <QStringList>

namespace tremplin {

QString initiativeSearchKey(const QString &name, const QString &carrier, const QString &town,
    const QString &description, const QString &themes)
{
    return searchKey(
        QStringList { name, carrier, town, description, themes }.join(QLatin1Char(' ')));
}

void refreshInitiativeSearchKey(Database &db, qint64 initiativeId)
{
    // Portable SQL: the themes in a query of their own rather than an engine's string aggregate.
    const QStringList themes = InitiativeService(db).themes(initiativeId);
    Query q(db,
        QStringLiteral("SELECT i.name, o.name, i.town, i.description FROM initiative i "
                       "LEFT JOIN organisation o ON o.id = i.carrier_id WHERE i.id = ?"));
    q.bindAll(initiativeId).exec();
    if (!q.next())
        return;
    const QString key = initiativeSearchKey(q.value(0).toString(), q.value(1).toString(),
        q.value(2).toString(), q.value(3).toString(), themes.join(QLatin1Char(' ')));
    q.raw().finish();
    Query(db, QStringLiteral("UPDATE initiative SET search_text = ? WHERE id = ?"))
        .bindAll(key, initiativeId)
        .exec();
}

namespace {

/// Refreshes the search keys of the initiatives @p sql (one bound id) selects.
void refreshSearchKeysOf(Database &db, const QString &sql, qint64 id)
{
    Query q(db, sql);
    q.bindAll(id).exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 initiative : ids)
        refreshInitiativeSearchKey(db, initiative);
}

} // namespace

void refreshSearchKeysOfCarrier(Database &db, qint64 organisationId)
{
    refreshSearchKeysOf(
        db, QStringLiteral("SELECT id FROM initiative WHERE carrier_id = ?"), organisationId);
}

void refreshSearchKeysOfTheme(Database &db, qint64 themeId)
{
    refreshSearchKeysOf(db,
        QStringLiteral("SELECT initiative_id FROM initiative_theme WHERE theme_id = ?"), themeId);
}

DirectoryKeyColumns directoryKeyColumns(const QString &table)
{
    if (table == QLatin1String("administration"))
        return { "name", "short_name" };
    if (table == QLatin1String("organisation"))
        return { "name", "town" };
    if (table == QLatin1String("person"))
        return { "full_name", "email" };
    return {};
}

DirectoryKeys directoryKeys(const QString &name, const QString &second)
{
    return { searchKey(name), searchKey(name + QLatin1Char(' ') + second) };
}

void refreshDirectoryKeys(Database &db, const QString &table, qint64 id)
{
    const DirectoryKeyColumns c = directoryKeyColumns(table);
    if (!c.name)
        return;
    // Names come from the table above, never from the caller.
    Query q(db,
        QStringLiteral("SELECT %1, %2 FROM %3 WHERE id = ?")
            .arg(QLatin1String(c.name), QLatin1String(c.second), table));
    q.bindAll(id).exec();
    if (!q.next())
        return;
    const DirectoryKeys keys = directoryKeys(q.value(0).toString(), q.value(1).toString());
    q.raw().finish();
    Query(db, QStringLiteral("UPDATE %1 SET sort_key = ?, search_text = ? WHERE id = ?").arg(table))
        .bindAll(keys.sort, keys.search, id)
        .exec();
}

} // namespace tremplin
