// SPDX-License-Identifier: GPL-3.0-or-later
#include "startup.h"

#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "settings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStandardPaths>

namespace tremplin {

QString defaultDatabasePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/tremplin.sqlite");
}

QString databaseToOpen(const QString &requested)
{
    if (!requested.isEmpty())
        return requested;
    const QStringList recent = settings::recentFiles.get();
    if (!recent.isEmpty() && QFileInfo::exists(recent.constFirst()))
        return recent.constFirst();
    const QString path = defaultDatabasePath();
    if (!QFileInfo::exists(path))
        createDemoDatabase(path);
    return path;
}

void createDemoDatabase(const QString &path)
{
    Database db;
    db.create(path);
    try {
        writeDemoProgramme(db);
    } catch (...) {
        db.close();
        QFile::remove(path);
        throw;
    }
}

} // namespace tremplin
