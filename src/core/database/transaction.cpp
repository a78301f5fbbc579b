// SPDX-License-Identifier: GPL-3.0-or-later
#include "transaction.h"

#include "../error.h"
#include "auditscope.h"
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
        m_db.m_auditStep = 0;
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

namespace {

QString actorName()
{
    QString actor = qEnvironmentVariable("USER");
    if (actor.isEmpty())
        actor = qEnvironmentVariable("USERNAME");
    return actor;
}

/// A value as the audit trail keeps it: text, NULL when there is none.
QVariant auditText(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QVariant(QMetaType::fromType<QString>());
    if (value.typeId() == QMetaType::QStringList)
        return value.toStringList().join(QStringLiteral("; "));
    if (value.typeId() == QMetaType::Double)
        return QString::number(value.toDouble(), 'g', 15);
    if (value.typeId() == QMetaType::Bool)
        return value.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return value.toString();
}

/// The step of a transaction's lines is the id of its first line: taken before writing it
/// (the write lock is held, no other writer can take the same id).
qint64 startStep(Database &db)
{
    return Query(db, QStringLiteral("SELECT COALESCE(MAX(id), 0) + 1 FROM audit_log"))
        .scalar()
        .toLongLong();
}

} // namespace

void WriteTransaction::record(
    const QString &entity, qint64 id, Change::Kind kind, const QString &summary)
{
    record(entity, id, kind, summary, {});
}

void WriteTransaction::record(const QString &entity, qint64 id, Change::Kind kind,
    const QString &summary, const QList<FieldChange> &fields)
{
    static const char *const operations[] = { "insert", "update", "delete" };
    struct Line
    {
        QVariant field, before, after;
    };
    QList<Line> lines;
    QStringList written;
    for (const FieldChange &f : fields) {
        const QVariant before = auditText(f.before);
        const QVariant after = auditText(f.after);
        if (before.isNull() == after.isNull() && before.toString() == after.toString())
            continue;
        lines.append({ f.field, before, after });
        written.append(f.field);
    }
    const QVariant noText(QMetaType::fromType<QString>());
    // A row created or removed, or a write that names no field, is told in one line.
    if (lines.isEmpty() && (fields.isEmpty() || kind != Change::Updated))
        lines.append({ noText, noText, noText });
    const QString columns = fields.isEmpty() ? summary : written.join(QStringLiteral(", "));
    m_db.m_pendingChanges.append(
        Change { entity, id, kind, kind == Change::Updated ? columns : QString() });
    if (lines.isEmpty())
        return; // written again as it was: nothing to tell
    const AuditScope scope = auditScope(m_db, entity, id);
    const QString when = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    const QString actor = actorName();
    for (const Line &line : std::as_const(lines)) {
        Query q(m_db,
            QStringLiteral("INSERT INTO audit_log (id, changed_at, actor, entity, entity_id, "
                           "operation, summary, step, field, old_value, new_value, scope, "
                           "scope_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QVariant lineId(QMetaType::fromType<qint64>());
        if (m_db.m_auditStep == 0) {
            m_db.m_auditStep = startStep(m_db);
            lineId = m_db.m_auditStep;
        }
        q.bindAll(lineId, when, actor, entity, id, QString::fromLatin1(operations[kind]),
             summary.isEmpty() ? noText : QVariant(summary), m_db.m_auditStep, line.field,
             line.before, line.after, scope.kind.isEmpty() ? noText : QVariant(scope.kind),
             scope.kind.isEmpty() ? QVariant(QMetaType::fromType<qint64>()) : QVariant(scope.id))
            .exec();
    }
}

void WriteTransaction::recordRows(const QString &table, qint64 afterId, qint64 lastId, bool created,
    const QString &field, const QString &scope, const QString &scopeColumn)
{
    if (lastId <= afterId)
        return;
    const bool first = m_db.m_auditStep == 0;
    if (first)
        m_db.m_auditStep = startStep(m_db);
    // The first line of a step carries the step as its id (see record()).
    const QString id = first ? QStringLiteral("CASE WHEN id = (SELECT MIN(id) FROM %1 WHERE id > "
                                              "?) THEN ? ELSE NULL END")
                                   .arg(table)
                             : QStringLiteral("NULL");
    Query q(m_db,
        QStringLiteral("INSERT INTO audit_log (id, changed_at, actor, entity, entity_id, "
                       "operation, step, field, old_value, new_value, scope, scope_id) SELECT "
                       "%1, ?, ?, ?, id, ?, ?, ?, %2, %3, ?, %4 FROM %5 WHERE id > ? AND id <= "
                       "? ORDER BY id")
            .arg(id,
                created ? QStringLiteral("NULL") : QStringLiteral("CAST(%1 AS TEXT)").arg(field),
                created ? QStringLiteral("CAST(%1 AS TEXT)").arg(field) : QStringLiteral("NULL"),
                scopeColumn, table));
    if (first)
        q.bindAll(afterId, m_db.m_auditStep);
    q.bindAll(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs), actorName(), table,
         created ? QStringLiteral("insert") : QStringLiteral("delete"), m_db.m_auditStep, field,
         scope, afterId, lastId)
        .exec();
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
