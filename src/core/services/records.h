// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QVariant>
#include <QVariantMap>

namespace tremplin {

class Database;

/// What a form may change: one column of one table, from an allow-list (records.cpp). Table and
/// column names therefore never come from user input.
enum class FieldKind {
    Text, ///< optional one-line text
    RequiredText, ///< one-line text that cannot be empty
    LongText, ///< optional multi-line text
    Url, ///< optional http(s) address
    Email, ///< optional e-mail address
    Date, ///< optional ISO date
    RequiredDate, ///< ISO date that cannot be empty
    Integer, ///< whole number
    Real, ///< optional decimal number
    RequiredReal, ///< decimal number that cannot be empty
    Money, ///< amount in integer cents, >= 0
    Code, ///< one of an enum's codes
    Reference, ///< id of a row of another table, or empty
    Boolean, ///< 0 or 1
    Siret, ///< optional SIRET (check digit verified)
    Rna, ///< optional RNA number
    Themes, ///< the initiative's themes: a list of names (initiative_theme)
};

struct FieldSpec
{
    const char *table;
    const char *column;
    FieldKind kind;
    const char *label; ///< English, translated in the "tremplin::Fields" context
    QStringList (*codes)() = nullptr; ///< allowed values, for Code fields
    /// For the end of a date range: the column holding its start (checked end >= start).
    const char *startColumn = nullptr;
    /// For the start of a date range: the column holding its end.
    const char *endColumn = nullptr;
};

/// A row removed by RecordService::remove, with every row the database removed or changed
/// with it (cascades, SET NULL), so that restore() puts the database back exactly.
struct RemovedRecord
{
    struct Rows
    {
        QString table;
        QList<QVariantMap> rows;
    };
    struct Nulled
    {
        QString table;
        QString column;
        QList<QPair<qint64, QVariant>> values; ///< row id, value before the delete
    };
    QList<Rows> rows; ///< parents before children: the order to re-insert
    QList<Nulled> nulled;
    QString table;
    qint64 id = 0;
};

/// Rows of one table that belong to one parent record, as RecordService::children reads them.
struct RecordRows
{
    QList<qint64> ids;
    QList<QVariantList> rows; ///< one value per requested column
};

/// Generic editing of records for forms and undo commands: read and write one allow-listed
/// field with validation, insert a row, remove a row with everything that depends on it and
/// restore it. Every call is one transaction, audited, and announced by Database::changed.
class RecordService
{
public:
    explicit RecordService(Database &db)
        : m_db(db)
    { }

    /// The spec of an editable field, or nullptr when (table, column) is not editable.
    static const FieldSpec *field(const QString &table, const QString &column);
    /// The translated label of a field.
    static QString label(const FieldSpec &spec);
    /// The translated label of a code of the enum behind a column (the code itself when the
    /// column has no such enum).
    static QString codeLabel(const QString &table, const QString &column, const QString &code);

    /// The table a foreign key column refers to ("person" for initiative_person.person_id);
    /// empty when the column is not a foreign key.
    static QString referencedTable(const QString &table, const QString &column);

    QVariant value(const QString &table, const QString &column, qint64 id) const;
    /// The rows of @p table whose foreign key @p parentColumn is @p parentId (every row when
    /// @p parentColumn is empty: the programme's themes) and whose columns equal the values of
    /// @p where (one list of list_item): their ids and the allow-listed @p columns, sorted by
    /// @p orderBy (columns of the table, each optionally followed by ASC or DESC). Throws
    /// tremplin::Error for a column that is not allowed.
    RecordRows children(const QString &table, const QString &parentColumn, qint64 parentId,
        const QStringList &columns, const QString &orderBy, const QVariantMap &where = {}) const;

    enum class Check {
        Full, ///< every rule, as for an edit typed by the user
        ValueOnly, ///< the value's own rules, not workflow rules (undo restoring a past state)
    };
    /// Validates and writes one field. Throws tremplin::Error (nothing written) when refused.
    void setValue(const QString &table, const QString &column, qint64 id, const QVariant &value,
        Check check = Check::Full);
    /// The problem with writing @p value, in the user's language; empty when it may be written.
    /// @p pending holds other columns of the same record about to be written with it (rules
    /// between fields, like end after start, then use those values).
    QString problem(const QString &table, const QString &column, qint64 id, const QVariant &value,
        Check check = Check::Full, const QVariantMap *pending = nullptr) const;
    /// Validates and writes several fields of one record at once (a bar moved on the timeline:
    /// start and end together). Nothing is written when any is refused.
    void setValues(
        const QString &table, qint64 id, const QVariantMap &values, Check check = Check::Full);

    /// The problem with @p value judged on its own (type, required, format, choices); empty
    /// when none.
    static QString valueProblem(const FieldSpec &spec, const QVariant &value);

    /// Inserts a row of an allow-listed table with the given column values; returns its id.
    qint64 insert(const QString &table, const QVariantMap &values);
    /// What remove() would take away, read without removing it (a snapshot to go back to:
    /// remove the row, then restore() the snapshot).
    RemovedRecord capture(const QString &table, qint64 id) const;
    /// Removes a row and what depends on it; returns what restore() needs.
    RemovedRecord remove(const QString &table, qint64 id);
    /// Puts back what remove() took away, with the same ids.
    void restore(const RemovedRecord &removed);

private:
    Database &m_db;
};

} // namespace tremplin
