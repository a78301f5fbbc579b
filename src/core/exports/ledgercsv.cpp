// SPDX-License-Identifier: GPL-3.0-or-later
#include "ledgercsv.h"

#include "csv.h"
#include "savefile.h"

#include <QCoreApplication>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::LedgerCsv)
};

QString amount(Money m, CsvProfile profile)
{
    QString s = m.toDecimalString();
    if (profile == CsvProfile::ExcelFrench)
        s.replace(QLatin1Char('.'), QLatin1Char(','));
    return s;
}
} // namespace

QByteArray ledgerCsv(const QList<GrantRow> &rows, CsvProfile profile)
{
    const QChar sep = profile == CsvProfile::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');
    const QString eol = QStringLiteral("\r\n");
    const QStringList header = {
        Tr::tr("Initiative"),
        Tr::tr("Tranche"),
        Tr::tr("Funding source"),
        Tr::tr("Status"),
        Tr::tr("Committed (EUR)"),
        Tr::tr("Disbursed (EUR)"),
        Tr::tr("Remaining (EUR)"),
        Tr::tr("Decision reference"),
        Tr::tr("Decision date"),
        Tr::tr("Convention date"),
        Tr::tr("Conditions"),
        Tr::tr("Blocked"),
        Tr::tr("Illustrative"),
    };
    QString text = csv::line(header, csv::Cell::Value, sep) + eol;
    for (const GrantRow &r : rows) {
        const QStringList texts
            = { r.initiative, label(r.tranche), r.fundingSource, label(r.status) };
        QStringList cells;
        for (const QString &t : texts)
            cells << csv::field(t, csv::Cell::Text, sep);
        for (const Money m : { r.committed, r.disbursed, r.remaining() })
            cells << csv::field(amount(m, profile), csv::Cell::Value, sep);
        cells << csv::field(r.decisionReference, csv::Cell::Text, sep)
              << r.decisionDate.toString(Qt::ISODate) << r.conventionDate.toString(Qt::ISODate)
              << csv::field(r.conditions, csv::Cell::Text, sep)
              << (r.blocked() ? Tr::tr("yes") : Tr::tr("no"))
              << (r.illustrative ? Tr::tr("yes") : Tr::tr("no"));
        text += cells.join(sep) + eol;
    }
    QByteArray bytes = text.toUtf8();
    if (profile == CsvProfile::ExcelFrench)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

void writeLedgerCsv(const QString &path, const QList<GrantRow> &rows, CsvProfile profile)
{
    saveFile(path, ledgerCsv(rows, profile));
}

} // namespace tremplin
