// SPDX-License-Identifier: GPL-3.0-or-later
#include "scdlexport.h"

#include "../database/query.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../error.h"
#include "csv.h"
#include "savefile.h"
#include "tableschema.h"

#include <QCoreApplication>
#include <QDate>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ScdlExport)
};

// The SCDL is a French standard: its text values are French whatever the interface language.
QString trancheInFrench(const QString &code)
{
    switch (fromCode<TrancheKind>(code).value_or(TrancheKind::Other)) {
    case TrancheKind::Seed:
        return QStringLiteral("subvention d’amorçage");
    case TrancheKind::Second:
        return QStringLiteral("seconde tranche");
    case TrancheKind::Deployment:
        return QStringLiteral("subvention de déploiement");
    case TrancheKind::Other:
        break;
    }
    return QStringLiteral("subvention");
}

QString fraction(double value)
{
    return QString::number(value, 'g', 6);
}

} // namespace

QList<ScdlExport::Row> ScdlExport::rows(const Options &options) const
{
    QString sql = QStringLiteral(
        "SELECT g.id, i.name, CASE WHEN fs.siret IS NULL THEN COALESCE(op.operator, fs.name) ELSE "
        "fs.name END, "
        "COALESCE(fs.siret, op.operator_siret), g.convention_date, g.decision_reference, o.name, "
        "o.siret, o.rna, g.tranche, g.committed_cents, g.conditions, "
        "(SELECT MIN(d.paid_on) FROM disbursement d WHERE d.grant_id = g.id), "
        "(SELECT MAX(d.paid_on) FROM disbursement d WHERE d.grant_id = g.id), "
        "(SELECT COUNT(*) FROM disbursement d WHERE d.grant_id = g.id), g.budget_share, "
        "(SELECT p.name FROM promotion pr JOIN programme p ON p.id = pr.programme_id WHERE pr.id = "
        "i.promotion_id) "
        "FROM grant_award g JOIN initiative i ON i.id = g.initiative_id "
        "LEFT JOIN funding_source fs ON fs.id = g.funding_source_id "
        // The attribuant of a grant whose funding source has no SIRET: the programme's
        // operating administration (of the initiative's promotion, else the file's programme).
        "LEFT JOIN programme op ON op.id = COALESCE((SELECT pr.programme_id FROM promotion pr "
        "WHERE pr.id = i.promotion_id), (SELECT MIN(id) FROM programme)) "
        "LEFT JOIN organisation o ON o.id = i.carrier_id "
        "WHERE g.status IN ('committed', 'released')");
    QVariantList values;
    if (options.promotionId > 0) {
        sql += QStringLiteral(" AND i.promotion_id = ?");
        values << options.promotionId;
    }
    if (options.year > 0) {
        sql += QStringLiteral(" AND g.convention_date >= ? AND g.convention_date <= ?");
        values << QStringLiteral("%1-01-01").arg(options.year)
               << QStringLiteral("%1-12-31").arg(options.year);
    }
    sql += QStringLiteral(" ORDER BY g.convention_date, i.name, g.id");
    Query q(m_db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.exec();

    QList<Row> rows;
    while (q.next()) {
        Row row;
        row.grantId = q.value(0).toLongLong();
        row.initiative = q.value(1).toString();
        const QString tranche = trancheInFrench(q.value(9).toString());
        const int payments = q.value(14).toInt();
        QString period = q.value(12).toString();
        if (payments > 1 && q.value(13).toString() != period)
            period += QLatin1Char('/') + q.value(13).toString();
        if (period.isEmpty())
            period = q.value(4).toString(); // nothing paid yet: the convention's date
        QString conditions = q.value(11).toString().simplified();
        if (conditions.isEmpty())
            conditions = payments > 1 ? QStringLiteral("échelonné") : QStringLiteral("unique");
        row.cells = {
            q.value(2).toString(), // nomAttribuant
            q.value(3).toString(), // idAttribuant
            q.value(4).toString(), // dateConvention
            q.value(5).toString(), // referenceDecision
            q.value(6).toString(), // nomBeneficiaire
            q.value(7).toString(), // idBeneficiaire
            q.value(8).toString(), // rnaBeneficiaire
            QStringLiteral("Accompagnement de l’initiative « %1 » : %2")
                .arg(row.initiative, tranche), // objet
            Money::fromCents(q.value(10).toLongLong()).toDecimalString(), // montant
            QStringLiteral("aide en numéraire"), // nature
            conditions, // conditionsVersement
            period, // datesPeriodeVersement
            QString(), // idRAE
            QStringLiteral("non"), // notificationUE
            q.value(15).isNull() ? QString()
                                 : fraction(q.value(15).toDouble()), // pourcentageSubvention
            q.value(16).toString(), // dispositifAide
        };
        row.problems = checkRow(row.cells);
        // Say in the user's terms where a missing value is entered in Tremplin.
        if (q.value(2).isNull())
            row.problems.prepend(Tr::tr("The grant has no funding source (grantor)."));
        if (q.value(6).isNull())
            row.problems.prepend(
                Tr::tr("The initiative has no carrier organisation (beneficiary)."));
        if (q.value(15).isNull())
            row.problems.prepend(
                Tr::tr("The grant's share of the project's budget is not entered."));
        rows.append(row);
    }
    return rows;
}

QStringList ScdlExport::checkRow(const QStringList &cells)
{
    QStringList problems = TableSchema::scdlSubventions().check(cells);
    const int periodColumn = int(TableSchema::scdlSubventions().fieldNames().indexOf(
        QStringLiteral("datesPeriodeVersement")));
    const QString period = cells.value(periodColumn);
    if (!period.isEmpty()) {
        for (const QString &part : period.split(QLatin1Char('/'))) {
            if (!QDate::fromString(part, Qt::ISODate).isValid()) {
                problems.append(
                    Tr::tr("datesPeriodeVersement: “%1” is not a real calendar date.").arg(part));
            }
        }
    }
    return problems;
}

QByteArray ScdlExport::toCsv(const QList<Row> &rows)
{
    const TableSchema &schema = TableSchema::scdlSubventions();
    QString text = schema.fieldNames().join(QLatin1Char(',')) + QStringLiteral("\r\n");
    for (const Row &r : rows) {
        // Free text (names, purpose, conditions) that a spreadsheet would run is neutralised;
        // amounts, dates and identifiers are written as they are.
        QStringList cells;
        for (int c = 0; c < r.cells.size(); ++c) {
            cells << csv::field(
                r.cells.at(c), schema.isTextField(c) ? csv::Cell::Text : csv::Cell::Value);
        }
        text += cells.join(QLatin1Char(',')) + QStringLiteral("\r\n");
    }
    return text.toUtf8();
}

int ScdlExport::write(const QString &path, const Options &options) const
{
    const QList<Row> all = rows(options);
    QStringList failures;
    for (const Row &r : all) {
        if (!r.problems.isEmpty()) {
            failures << Tr::tr("Grant %1 (%2): %3")
                            .arg(r.grantId)
                            .arg(r.initiative, r.problems.join(QStringLiteral("; ")));
        }
    }
    if (!failures.isEmpty()) {
        throw Error(Tr::tr("%n grant(s) cannot be published as they are; no file was written.",
                        nullptr, int(failures.size()))
            + QLatin1Char('\n') + failures.join(QLatin1Char('\n')));
    }
    saveFile(path, toCsv(all));
    return int(all.size());
}

} // namespace tremplin
