// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace tremplin {

/// Everything that differs between database engines lives behind this interface, so the
/// services and the migration steps stay portable SQL. Today the only implementation is
/// SQLite (sqlitedialect.cpp, the one file holding PRAGMAs, VACUUM INTO and file checks);
/// a PostgreSQL implementation over Qt's QPSQL driver plugs in here later.
class SqlDialect
{
public:
    virtual ~SqlDialect() = default;

    /// Qt driver name ("QSQLITE").
    virtual QString driverName() const = 0;

    /// Settings applied to every new connection (foreign keys, busy timeout...).
    virtual void configureConnection(QSqlDatabase &db) const = 0;

    /// Starts a write transaction that takes the write lock at once.
    virtual QString beginWriteStatement() const = 0;

    /// The type of an auto-generated integer primary key column, used in migration steps as
    /// the placeholder %PK%.
    virtual QString autoPrimaryKey() const = 0;

    virtual int readSchemaVersion(QSqlDatabase &db) const = 0;
    /// Records the schema version; called last inside each migration step's transaction.
    virtual void writeSchemaVersion(QSqlDatabase &db, int version) const = 0;
    /// Marks the database as Tremplin's (called inside the first migration step).
    virtual void writeApplicationId(QSqlDatabase &db) const = 0;

    /// Problems found by the engine's integrity check; empty when the database is sound.
    /// @p thorough asks for the full (slow) check instead of the quick one.
    virtual QStringList integrityProblems(QSqlDatabase &db, bool thorough) const = 0;

    /// Checks foreign keys at the end of the current transaction instead of per statement, so
    /// that rows restored by undo can be inserted in any order.
    virtual void deferForeignKeys(QSqlDatabase &db) const = 0;

    /// The UNIQUE constraints of @p table (primary keys of several columns included), each as
    /// its list of columns: what a merge of duplicates must not break when it moves references.
    virtual QList<QStringList> uniqueKeys(QSqlDatabase &db, const QString &table) const = 0;

    /// Statements that make @p table append-only: no row may be deleted, and an update may only
    /// set the column @p erasureMarker (with the columns in @p erasable) while every other column
    /// stays as it was. The audit trail uses it: Tremplin adds lines, and the erasure of a
    /// person's data (RGPD) is the one change allowed to what a line says.
    virtual QStringList appendOnlyGuards(const QString &table, const QStringList &columns,
        const QString &erasureMarker, const QStringList &erasable) const = 0;

    /// Undoes a write cut short (a crash, a full disk, an I/O error) that left the file changed
    /// with what undoes it beside (SQLite's hot journal), by reading the file once on a
    /// connection of its own. Called at opening, and once the last connection is closed so that
    /// the file is left as it was instead of at its next opening. Returns the engine's error code
    /// when the read failed (e.g. the file cannot be written), empty otherwise.
    virtual QString finishInterruptedWrite(const QString &path) const = 0;

    /// Writes a consistent copy of the whole database to the new file @p target.
    virtual void copyTo(QSqlDatabase &db, const QString &target) const = 0;

    /// Replaces the schema placeholders of a migration step by this engine's types.
    QString expand(QString sql) const
    {
        sql.replace(QLatin1String("%PK%"), autoPrimaryKey());
        return sql;
    }
};

} // namespace tremplin
