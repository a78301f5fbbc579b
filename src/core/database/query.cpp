// SPDX-License-Identifier: GPL-3.0-or-later
#include "query.h"

#include "../error.h"
#include "database.h"

#include <QCoreApplication>
#include <QSqlError>

namespace tremplin {

QString databaseErrorMessage(const QSqlError &error)
{
    // SQLite's result code; the low byte is the primary code when extended codes are on.
    bool isNumber = false;
    const int code = error.nativeErrorCode().toInt(&isNumber) & 0xff;
    if (isNumber) {
        switch (code) {
        case 13: // SQLITE_FULL
            return QCoreApplication::translate("tremplin::Database",
                "The disk is full: the operation was cancelled and nothing was written. "
                "Free some space on the disk, then try again.");
        case 8: // SQLITE_READONLY
            return QCoreApplication::translate("tremplin::Database",
                "The file cannot be written (it, its folder or its disk is read-only): the "
                "operation was cancelled and nothing was written.");
        case 10: // SQLITE_IOERR
            return QCoreApplication::translate("tremplin::Database",
                "The disk could not be read or written (input/output error): the operation "
                "was cancelled and nothing was written. Check the disk or the network "
                "connection, then try again.");
        case 5: // SQLITE_BUSY
        case 6: // SQLITE_LOCKED
            return QCoreApplication::translate("tremplin::Database",
                "The file is busy: another program is writing to it. Nothing was written; "
                "try again in a moment.");
        default:
            break;
        }
    }
    return QCoreApplication::translate("tremplin::Database", "Database error: %1")
        .arg(error.text());
}

Error databaseError(const QSqlError &error)
{
    return Error(databaseErrorMessage(error));
}

namespace {
[[noreturn]] void fail(const QSqlQuery &q)
{
    throw databaseError(q.lastError());
}
} // namespace

Query::Query(const Database &db, const QString &sql)
    : m_query(db.connection())
    , m_sql(sql)
{
    if (!m_query.prepare(sql))
        fail(m_query);
}

Query &Query::bind(const QVariant &value)
{
    m_query.addBindValue(value);
    return *this;
}

Query &Query::exec()
{
    if (!m_query.exec())
        fail(m_query);
    return *this;
}

qint64 Query::execReturningId()
{
    exec();
    if (!m_query.next())
        fail(m_query);
    const qint64 id = m_query.value(0).toLongLong();
    m_query.finish();
    return id;
}

QVariant Query::scalar()
{
    exec();
    QVariant v;
    if (m_query.next())
        v = m_query.value(0);
    m_query.finish();
    return v;
}

QString placeholders(int count)
{
    QString marks;
    marks.reserve(count * 3);
    for (int i = 0; i < count; ++i)
        marks += i ? QLatin1String(", ?") : QLatin1String("?");
    return marks;
}

QVariant nullableText(const QString &text)
{
    const QString t = text.trimmed();
    return t.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QVariant(t);
}

QVariant nullableDate(const QDate &date)
{
    return date.isValid() ? QVariant(date.toString(Qt::ISODate))
                          : QVariant(QMetaType(QMetaType::QString));
}

QVariant nullableId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
}

QDate dateFromDb(const QVariant &value)
{
    return value.isNull() ? QDate() : QDate::fromString(value.toString(), Qt::ISODate);
}

} // namespace tremplin
