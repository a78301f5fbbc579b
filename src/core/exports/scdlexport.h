// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace tremplin {

class Database;

/// The legal open-data publication of grants: SCDL "subventions" 2.1.1 (décret 2017-779).
/// One row per beneficiary and grant, the 16 columns in schema order. Every row is checked
/// against the schema before anything is written; a file is written only when all rows pass,
/// atomically, UTF-8 without BOM, comma-separated, CRLF line ends.
class ScdlExport
{
public:
    struct Options
    {
        qint64 promotionId = 0; ///< 0: every promotion
        int year = 0; ///< 0: every year; otherwise the year of the convention
    };
    struct Row
    {
        qint64 grantId = 0;
        QString initiative;
        QStringList cells; ///< in schema order
        QStringList problems; ///< in the user's language; empty when the row is valid
    };

    explicit ScdlExport(Database &db)
        : m_db(db)
    { }

    /// Builds and checks the rows: grants committed or released (planned and cancelled ones
    /// are not yet, or no longer, public).
    QList<Row> rows(const Options &options) const;
    /// Every problem of one row of an SCDL file: the schema's rules plus real calendar dates in
    /// datesPeriodeVersement (its pattern alone accepts 2017-30-05).
    static QStringList checkRow(const QStringList &cells);
    /// The whole file for @p rows (header included).
    static QByteArray toCsv(const QList<Row> &rows);
    /// Builds, checks and writes. Throws tremplin::Error, writing nothing, when a row fails
    /// (the message lists each failing row and why) or the file cannot be written.
    int write(const QString &path, const Options &options) const;

private:
    Database &m_db;
};

} // namespace tremplin
