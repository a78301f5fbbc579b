// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sqldialect.h"

#include <QtGlobal>

namespace tremplin {

/// The SQLite side of the store: the only place with PRAGMAs, VACUUM INTO and checks made on
/// the file itself.
class SqliteDialect final : public SqlDialect
{
public:
    /// "TRMP": written in the SQLite header so that Tremplin recognises its own files.
    static constexpr qint32 ApplicationId = 0x54524D50;
    /// "TRJP": a juror pack (src/core/packs/jurorpack.h), never opened as a programme file.
    static constexpr qint32 JurorPackApplicationId = 0x54524A50;

    /// What the 100-byte SQLite header of a file says, read without opening it with SQLite,
    /// so that a file we refuse is never touched by the engine.
    struct FileHeader
    {
        bool isSqlite = false;
        /// A juror pack locked with a passphrase (not SQLite until decrypted).
        bool isEncryptedPack = false;
        qint32 applicationId = 0;
        qint32 userVersion = 0;
        /// The file is shorter than the pages its header counts: it was cut short (a copy
        /// stopped half-way, a full disk while copying). SQLite would read zeros beyond its end.
        bool isTruncated = false;
    };
    static FileHeader readHeader(const QString &path, QString *errorMessage);

    QString driverName() const override;
    void configureConnection(QSqlDatabase &db) const override;
    QString beginWriteStatement() const override;
    QString autoPrimaryKey() const override;
    int readSchemaVersion(QSqlDatabase &db) const override;
    void writeSchemaVersion(QSqlDatabase &db, int version) const override;
    void writeApplicationId(QSqlDatabase &db) const override;
    QStringList integrityProblems(QSqlDatabase &db, bool thorough) const override;
    void deferForeignKeys(QSqlDatabase &db) const override;
    QString finishInterruptedWrite(const QString &path) const override;
    QStringList appendOnlyGuards(const QString &table, const QStringList &columns,
        const QString &erasureMarker, const QStringList &erasable) const override;
    QList<QStringList> uniqueKeys(QSqlDatabase &db, const QString &table) const override;
    void copyTo(QSqlDatabase &db, const QString &target) const override;

    /// Connect options for a read-only connection.
    static QString readOnlyOptions();
};

} // namespace tremplin
