// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../services/records.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace tremplin {

class Database;

/// Imports payments from a CSV file (an accounting export, a spreadsheet): decodes it (UTF-8
/// or Windows-1252), finds its separator, maps its columns, checks every line and then writes
/// all of them in one transaction, or none.
///
/// Each line names its grant by the grant's decision reference or, as an accounting export
/// does, by its beneficiary (SIRET or name) and, when the beneficiary has several grants, the
/// tranche; a line that matches no grant or several is a problem. Amounts may be written the
/// French or the English way; dates as YYYY-MM-DD or DD/MM/YYYY. The ledger's rule holds:
/// a grant's payments, those of the file included, never exceed its commitment unless the line
/// gives a reason. A payment to a tranche still blocked by its condition is a warning.
class DisbursementImport
{
public:
    /// What the columns of the file mean.
    enum Target {
        Grant,
        PaidOn,
        Amount,
        Reference,
        OverrideReason,
        Siret,
        Beneficiary,
        Tranche,
        Ignore
    };
    static QString targetLabel(Target target);
    /// The column headers recognised, per meaning, and how a line finds its grant (for
    /// `tremplin-cli import disbursements --help`).
    static QString columnsHelp();

    struct Problem
    {
        int line = 0; ///< line of the file, starting at 1 for the header
        QString message;
    };

    /// Reads and analyses @p bytes; mapping is guessed from the header.
    void load(const QByteArray &bytes, Database &db);
    bool loadFile(const QString &path, Database &db, QString *error);

    QStringList headers() const { return m_headers; }
    int lineCount() const { return int(m_rows.size()); }
    QStringList row(int i) const { return m_rows.value(i); }
    QString encoding() const { return m_encoding; }
    QChar separator() const { return m_separator; }

    QList<Target> mapping() const { return m_mapping; }
    /// Changes what column @p column means and checks again.
    void setMapping(int column, Target target);
    /// Sets every column's meaning at once (ignored unless there is one per column).
    void setMappings(const QList<Target> &mapping);
    /// A key naming the file's header layout (its column titles), under which a mapping chosen
    /// by hand can be remembered for the next file of the same export.
    QString layoutKey() const;

    /// Every problem found, per line (empty when the file can be imported).
    const QList<Problem> &problems() const { return m_problems; }
    /// Lines that can be imported but deserve a look (a payment to a blocked tranche).
    const QList<Problem> &warnings() const { return m_warnings; }

    /// Writes every line, all or nothing. Returns the number written; throws tremplin::Error
    /// (nothing written) when a problem remains or the database refuses.
    int commit();
    /// Ids of the payments written by commit(): (first, last], for undo.
    QPair<qint64, qint64> writtenIds() const { return m_written; }

    /// Takes back the payments of an import (undo); RecordService::restore() puts them back.
    static RemovedRecord removeImported(Database &db, QPair<qint64, qint64> ids);

private:
    void guessMapping();
    void check();
    /// Applies the commitment rule again inside commit()'s transaction; throws when it fails.
    void recheck() const;

    Database *m_db = nullptr;
    QStringList m_headers;
    QList<QStringList> m_rows;
    QList<int> m_lines; ///< the file's line of each row
    QList<Target> m_mapping;
    QList<Problem> m_problems;
    QList<Problem> m_warnings;
    QString m_encoding;
    QChar m_separator = QLatin1Char(',');
    QString m_source;
    QString m_fileProblem; ///< why the file cannot be read as a table (readCsv()), or empty

    struct Checked
    {
        int line; ///< of the file
        qint64 grantId;
        QString paidOn;
        qint64 cents;
        QString reference;
        QString reason;
    };
    QList<Checked> m_checked;
    QPair<qint64, qint64> m_written { 0, 0 };
};

} // namespace tremplin
