// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedialect.h"

#include "../error.h"
#include "../packs/packcrypto.h"
#include "query.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtEndian>

namespace tremplin {

namespace {

QSqlQuery run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql))
        throw databaseError(q.lastError());
    return q;
}

} // namespace

SqliteDialect::FileHeader SqliteDialect::readHeader(const QString &path, QString *errorMessage)
{
    FileHeader header;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return header;
    }
    const QByteArray bytes = file.read(100);
    header.isEncryptedPack = packcrypto::isEncrypted(bytes);
    if (bytes.size() < 100 || !bytes.startsWith(QByteArrayLiteral("SQLite format 3\0")))
        return header;
    header.isSqlite = true;
    // Offsets from the SQLite file format: user_version at 60, application_id at 68, big-endian.
    header.userVersion = qFromBigEndian<qint32>(bytes.constData() + 60);
    header.applicationId = qFromBigEndian<qint32>(bytes.constData() + 68);
    // The page size at 16 (1 means 65536) and the page count at 28, which is valid when the
    // change counter at 24 equals the "version valid for" number at 92.
    const quint32 pageSize = qFromBigEndian<quint16>(bytes.constData() + 16);
    const quint32 pages = qFromBigEndian<quint32>(bytes.constData() + 28);
    const bool countValid = pages > 0
        && qFromBigEndian<quint32>(bytes.constData() + 24)
            == qFromBigEndian<quint32>(bytes.constData() + 92);
    if (countValid)
        header.isTruncated = file.size() < qint64(pageSize == 1 ? 65536 : pageSize) * pages;
    return header;
}

QString SqliteDialect::driverName() const
{
    return QStringLiteral("QSQLITE");
}

QString SqliteDialect::readOnlyOptions()
{
    return QStringLiteral("QSQLITE_OPEN_READONLY");
}

void SqliteDialect::configureConnection(QSqlDatabase &db) const
{
    run(db, QStringLiteral("PRAGMA foreign_keys = ON"));
    // Deleted and overwritten content is zeroed in the file: an erased person's name must not
    // stay readable in free space (RGPD erasure).
    run(db, QStringLiteral("PRAGMA secure_delete = ON"));
    // Another Tremplin process (the CLI beside the GUI) may hold the write lock for a moment.
    run(db, QStringLiteral("PRAGMA busy_timeout = 5000"));
}

QString SqliteDialect::beginWriteStatement() const
{
    // Qt's transaction() issues a plain BEGIN, which takes the write lock only at the first
    // write and can then fail with SQLITE_BUSY half-way through.
    return QStringLiteral("BEGIN IMMEDIATE");
}

QString SqliteDialect::autoPrimaryKey() const
{
    return QStringLiteral("INTEGER PRIMARY KEY");
}

int SqliteDialect::readSchemaVersion(QSqlDatabase &db) const
{
    QSqlQuery q = run(db, QStringLiteral("PRAGMA user_version"));
    return q.next() ? q.value(0).toInt() : 0;
}

void SqliteDialect::writeSchemaVersion(QSqlDatabase &db, int version) const
{
    // PRAGMAs take no bound values; version is an int from our own migration list.
    run(db, QStringLiteral("PRAGMA user_version = %1").arg(version));
}

void SqliteDialect::writeApplicationId(QSqlDatabase &db) const
{
    run(db, QStringLiteral("PRAGMA application_id = %1").arg(ApplicationId));
}

QStringList SqliteDialect::integrityProblems(QSqlDatabase &db, bool thorough) const
{
    QSqlQuery q(db);
    if (!q.exec(thorough ? QStringLiteral("PRAGMA integrity_check")
                         : QStringLiteral("PRAGMA quick_check"))) {
        return { q.lastError().text() };
    }
    QStringList problems;
    while (q.next()) {
        const QString line = q.value(0).toString();
        if (line != QLatin1String("ok"))
            problems.append(line);
    }
    if (q.lastError().isValid())
        problems.append(q.lastError().text());
    if (thorough) {
        QSqlQuery fk(db);
        if (fk.exec(QStringLiteral("PRAGMA foreign_key_check"))) {
            while (fk.next()) {
                problems.append(QCoreApplication::translate(
                    "tremplin::Database", "Row %1 of table %2 points to a missing row of %3.")
                                    .arg(fk.value(1).toString(), fk.value(0).toString(),
                                        fk.value(2).toString()));
            }
        }
    }
    return problems;
}

void SqliteDialect::deferForeignKeys(QSqlDatabase &db) const
{
    // Reset automatically at the end of the transaction.
    run(db, QStringLiteral("PRAGMA defer_foreign_keys = ON"));
}

QString SqliteDialect::finishInterruptedWrite(const QString &path) const
{
    // Any read on a writable connection makes SQLite roll a hot journal back (in place, so it
    // works on a full disk too).
    const QString name
        = QStringLiteral("tremplin-rollback-%1").arg(QUuid::createUuid().toString(QUuid::Id128));
    QString failure;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(driverName(), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            if (!q.exec(QStringLiteral("SELECT COUNT(*) FROM sqlite_master")))
                failure = q.lastError().nativeErrorCode();
            q.finish();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return failure;
}

QStringList SqliteDialect::appendOnlyGuards(const QString &table, const QStringList &columns,
    const QString &erasureMarker, const QStringList &erasable) const
{
    // Triggers are SQLite's way; names and columns come from the migration step, never from the
    // user. The message is read by Error translation in the services.
    QStringList unchanged;
    for (const QString &c : columns) {
        if (c != erasureMarker && !erasable.contains(c))
            unchanged << QStringLiteral("NEW.%1 IS NOT OLD.%1").arg(c);
    }
    return {
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_append_only_delete BEFORE DELETE ON %1 "
                       "BEGIN SELECT RAISE(ABORT, 'append-only: %1'); END")
            .arg(table),
        QStringLiteral("CREATE TRIGGER IF NOT EXISTS %1_append_only_update BEFORE UPDATE ON %1 "
                       "WHEN NEW.%2 IS NULL OR %3 "
                       "BEGIN SELECT RAISE(ABORT, 'append-only: %1'); END")
            .arg(table, erasureMarker, unchanged.join(QStringLiteral(" OR "))),
    };
}

QList<QStringList> SqliteDialect::uniqueKeys(QSqlDatabase &db, const QString &table) const
{
    // The table name comes from the foreign-key map, never from the user.
    QList<QStringList> keys;
    QSqlQuery indexes = run(db, QStringLiteral("PRAGMA index_list(%1)").arg(table));
    QStringList names;
    while (indexes.next()) {
        if (indexes.value(2).toInt() == 1)
            names.append(indexes.value(1).toString());
    }
    for (const QString &name : std::as_const(names)) {
        QSqlQuery columns = run(db, QStringLiteral("PRAGMA index_info(\"%1\")").arg(name));
        QStringList key;
        while (columns.next())
            key.append(columns.value(2).toString());
        keys.append(key);
    }
    return keys;
}

void SqliteDialect::copyTo(QSqlDatabase &db, const QString &target) const
{
    QSqlQuery q(db);
    q.prepare(QStringLiteral("VACUUM INTO ?"));
    q.addBindValue(target);
    if (!q.exec()) {
        throw Error(
            QCoreApplication::translate("tremplin::Database", "Could not write a copy to %1: %2")
                .arg(target, databaseErrorMessage(q.lastError())));
    }
}

} // namespace tremplin
