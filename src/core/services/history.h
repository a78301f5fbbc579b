// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../exports/ledgercsv.h"

#include <QDate>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// One field of a step: which one and its value before and after, as the user reads them
/// (money and dates in the user's language, codes by their label).
struct HistoryChange
{
    QString entity; ///< the table of the record written
    QString field; ///< the column
    QString label; ///< the field's label in the user's language
    QString before; ///< empty: none
    QString after;
    bool erased = false; ///< the values were erased (a person's data, RGPD)
};

/// One undo step of a record's history: when, who, what was created, changed or deleted.
struct HistoryStep
{
    qint64 step = 0;
    QDateTime when; ///< UTC
    QString actor;
    QString entity; ///< the table
    qint64 entityId = 0;
    QString operation; ///< "insert", "update" or "delete"
    QString summary;
    QList<HistoryChange> changes;

    /// "Payment created", "Grant changed"...: the record and what happened to it.
    QString what() const;
    /// "Amount: 1 000,00 € → 1 500,00 €", one change a line.
    QString changesText() const;
};

/// What a History panel shows: every field empty shows everything.
struct HistoryFilter
{
    QString text; ///< in the person, the record, the field or the values
    QString field; ///< in a field's label or column name
    QString actor;
    QDate from; ///< inclusive, local dates
    QDate to;

    bool accepts(const HistoryStep &step) const;
};

/// The audit trail of an initiative (with its grants and their payments), a grant (with its
/// payments) or a committee or jury session, read one undo step at a time.
///
/// A form writes a field while the user types (after a pause) and the undo stack merges those
/// writes into one step (SetFieldCommand); the history merges them the same way: consecutive
/// writes of one field by one person, each within MergeWindowMs of the previous one, read as
/// one change from the first value to the last. An undo is never merged into the edit it undoes.
class HistoryService
{
public:
    enum class Scope { Initiative, Grant, Committee };
    static constexpr qint64 MergeWindowMs = 1500;

    explicit HistoryService(Database &db)
        : m_db(db)
    { }

    /// The steps of the record, oldest first, that @p filter accepts.
    QList<HistoryStep> steps(Scope scope, qint64 id, const HistoryFilter &filter = {}) const;

    /// The committee (or jury session) of that name; 0 when none. A number is taken as an id.
    qint64 committeeNamed(const QString &name) const;
    /// Whether the record exists.
    bool exists(Scope scope, qint64 id) const;

    /// The steps as a spreadsheet file, one line per field changed, headings in the user's
    /// language.
    static QByteArray csv(const QList<HistoryStep> &steps, CsvProfile profile);
    /// Writes csv() atomically (saveFile()); throws tremplin::Error (nothing written) on failure.
    static void writeCsv(const QString &path, const QList<HistoryStep> &steps, CsvProfile profile);
    /// The profile for the user's language: ExcelFrench in French, Rfc4180 otherwise.
    static CsvProfile localProfile();

    /// The record's name in the user's language ("Payment", "Jury score").
    static QString entityLabel(const QString &table);

private:
    Database &m_db;
};

} // namespace tremplin
