// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "database.h"

#include <QList>
#include <QVariant>

namespace tremplin {

/// One column written by a step, with its value before and after (invalid or NULL: none).
struct FieldChange
{
    QString field;
    QVariant before;
    QVariant after;
};

/// A short write transaction (BEGIN IMMEDIATE on SQLite). Nothing is written unless commit() is
/// reached: leaving the scope any other way, an exception included, rolls everything back.
///
/// Transactions nest: an inner one joins the outer one and only the outermost commits, so a
/// service can be called alone or as part of a bigger operation (the demo, an import) and both
/// are all-or-nothing. When an inner one is abandoned, the outer one refuses to commit.
///
/// Services record what they touched with touch(); after the outermost commit the database
/// emits changed() with that list, which is how models learn they must refresh.
class WriteTransaction
{
public:
    explicit WriteTransaction(Database &db);
    ~WriteTransaction();
    WriteTransaction(const WriteTransaction &) = delete;
    WriteTransaction &operator=(const WriteTransaction &) = delete;

    void touch(const QString &entity, qint64 id, Change::Kind kind = Change::Updated);
    /// touch() plus a line in the audit trail (who, when, what) written in this transaction.
    void record(const QString &entity, qint64 id, Change::Kind kind, const QString &summary);
    /// The same with one line per field whose value changed (before → after); no line when
    /// none did. Every line of one outermost transaction carries the same step (the id of its
    /// first line) and the record it belongs to (auditScope()): one undo step reads as one
    /// group in a History panel.
    void record(const QString &entity, qint64 id, Change::Kind kind, const QString &summary,
        const QList<FieldChange> &fields);
    /// A line per row of @p table whose id is in (@p afterId, @p lastId] (an import's rows),
    /// in one statement: @p field's value as the new value (@p created) or the old one, in the
    /// scope of the @p scope row its column @p scopeColumn names. Joins the step of the
    /// transaction. Names come from the caller's code, never from user input.
    void recordRows(const QString &table, qint64 afterId, qint64 lastId, bool created,
        const QString &field, const QString &scope, const QString &scopeColumn);
    void commit();

private:
    Database &m_db;
    bool m_done = false;
};

} // namespace tremplin
