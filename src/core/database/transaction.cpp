// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "../error.h"
#include "query.h"
#include "sqldialect.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>
#include <QSqlQuery>

namespace tremplin {

namespace {
void execOrThrow(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        throw databaseError(q.lastError());
}
} // namespace

WriteTransaction::WriteTransaction(Database &db)
    : m_db(db)
{
    if (!db.isOpen()) {
        throw Error(QCoreApplication::translate("tremplin::Database", "No database is open."));
    }
    if (db.isReadOnly()) {
        throw Error(QCoreApplication::translate("tremplin::Database",
            "The file is open read-only (it or its folder cannot be written): the change was "
            "not made."));
    }
    // Nothing is written to a file before it is known to be sound.
    if (db.integrity() == Database::Integrity::Unknown) {
        throw Error(QCoreApplication::translate(
            "tremplin::Database", "Tremplin is still checking this file; try again in a moment."));
    }
    if (db.integrity() == Database::Integrity::Damaged) {
        throw Error(QCoreApplication::translate(
            "tremplin::Database", "This file is damaged; nothing can be written to it."));
    }
    if (m_db.m_txDepth == 0) {
        execOrThrow(m_db, m_db.dialect().beginWriteStatement());
        m_db.m_txFailed = false;
        m_db.m_pendingChanges.clear();
    }
    ++m_db.m_txDepth;
}

WriteTransaction::~WriteTransaction()
{
    if (m_done)
        return;
    --m_db.m_txDepth;
    if (m_db.m_txDepth == 0) {
        QSqlQuery q(m_db.connection());
        q.exec(QStringLiteral("ROLLBACK"));
        m_db.m_pendingChanges.clear();
    } else {
        m_db.m_txFailed = true;
    }
}

void WriteTransaction::touch(const QString &entity, qint64 id, Change::Kind kind)
{
    m_db.m_pendingChanges.append(Change { entity, id, kind });
}

void WriteTransaction::record(
    const QString &entity, qint64 id, Change::Kind kind, const QString &summary)
{
    static const char *const operations[] = { "insert", "update", "delete" };
    QString actor = qEnvironmentVariable("USER");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME");
    Query(m_db,
        QStringLiteral("INSERT INTO audit_log (changed_at, actor, entity, entity_id, "
                       "operation, summary) VALUES (?, ?, ?, ?, ?, ?)"))
        .bindAll(QDateTime::currentDateTimeUtc().toString(Qt::ISODate), actor, entity, id,
            QString::fromLatin1(operations[kind]), summary)
        .exec();
    m_db.m_pendingChanges.append(
        Change { entity, id, kind, kind == Change::Updated ? summary : QString() });
}

void WriteTransaction::commit()
{
    if (m_done)
        return;
    if (m_db.m_txDepth > 1) {
        --m_db.m_txDepth;
        m_done = true;
        return;
    }
    if (m_db.m_txFailed) {
        // Leave m_done false: the destructor rolls back.
        throw Error(QCoreApplication::translate(
            "tremplin::Database", "Part of the operation failed; nothing was saved."));
    }
    execOrThrow(m_db, QStringLiteral("COMMIT"));
    m_done = true;
    m_db.m_txDepth = 0;
    const ChangeSet changes = std::exchange(m_db.m_pendingChanges, {});
    Q_EMIT m_db.changed(changes);
}

} // namespace tremplin
