// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QString>
#include <QVariant>

namespace tremplin {

class Database;
class Error;

/// The one place where an error of the database engine becomes a message for the user: a full
/// disk, a read-only file, an input/output error or a file busy with another writer are said in
/// the user's language with what to do; anything else reads "Database error: <engine text>".
/// Every failed statement of a write transaction leaves the file as it was (the transaction is
/// rolled back), which the messages say.
QString databaseErrorMessage(const QSqlError &error);
Error databaseError(const QSqlError &error);

/// A prepared statement with positional bound values that throws tremplin::Error on failure,
/// so services read as a list of statements instead of a ladder of error checks.
class Query
{
public:
    Query(const Database &db, const QString &sql);

    Query &bind(const QVariant &value);
    template<typename... Values> Query &bindAll(const Values &...values)
    {
        (bind(QVariant::fromValue(values)), ...);
        return *this;
    }
    Query &exec();
    bool next() { return m_query.next(); }
    QVariant value(int column) const { return m_query.value(column); }
    /// Runs an INSERT ... RETURNING id and gives the new id.
    qint64 execReturningId();
    /// Runs the statement and returns the first column of its first row (or an invalid value).
    QVariant scalar();
    int rowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

private:
    QSqlQuery m_query;
    QString m_sql;
};

/// "?, ?, ?": the positional placeholders for \a count bound values (an IN list, a VALUES row).
QString placeholders(int count);

/// Bound-value helpers: empty text, invalid dates and zero ids are stored as NULL.
QVariant nullableText(const QString &text);
QVariant nullableDate(const QDate &date);
QVariant nullableId(qint64 id);
QDate dateFromDb(const QVariant &value);

} // namespace tremplin
