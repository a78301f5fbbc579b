// SPDX-License-Identifier: GPL-3.0-or-later
#include "disbursementimport.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../error.h"
#include "../exports/csv.h"
#include "../services/grantservice.h"
#include "../text/searchkey.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QFileInfo>
#include <QLocale>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::DisbursementImport)
};

constexpr int MaxFieldLength = 4096;
constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;

/// Header words that say what a column holds, in French and English (compared as search keys).
const QList<QPair<DisbursementImport::Target, QStringList>> &synonyms()
{
    static const QList<QPair<DisbursementImport::Target, QStringList>> list = {
        { DisbursementImport::Grant,
            { QStringLiteral("grant"), QStringLiteral("decision"),
                QStringLiteral("decision reference"), QStringLiteral("reference decision"),
                QStringLiteral("subvention"), QStringLiteral("reference de la decision"),
                QStringLiteral("referencedecision") } },
        { DisbursementImport::PaidOn,
            { QStringLiteral("date"), QStringLiteral("paid on"), QStringLiteral("paid_on"),
                QStringLiteral("payment date"), QStringLiteral("date de paiement"),
                QStringLiteral("date de versement"), QStringLiteral("verse le") } },
        { DisbursementImport::Amount,
            { QStringLiteral("amount"), QStringLiteral("montant"), QStringLiteral("montant verse"),
                QStringLiteral("amount paid"), QStringLiteral("amount_cents") } },
        { DisbursementImport::Reference,
            { QStringLiteral("reference"), QStringLiteral("payment reference"),
                QStringLiteral("reference du paiement"), QStringLiteral("n de mandat"),
                QStringLiteral("mandat"), QStringLiteral("piece") } },
        { DisbursementImport::OverrideReason,
            { QStringLiteral("reason"), QStringLiteral("override reason"),
                QStringLiteral("override_reason"), QStringLiteral("reason for exceeding"),
                QStringLiteral("reason for exceeding the commitment"), QStringLiteral("motif"),
                QStringLiteral("motif du depassement"), QStringLiteral("motif de depassement"),
                QStringLiteral("justification"), QStringLiteral("justification du depassement") } },
        { DisbursementImport::Siret,
            { QStringLiteral("siret"), QStringLiteral("n siret"),
                QStringLiteral("siret du beneficiaire"), QStringLiteral("beneficiary siret"),
                QStringLiteral("idbeneficiaire"), QStringLiteral("siret tiers") } },
        { DisbursementImport::Beneficiary,
            { QStringLiteral("beneficiary"), QStringLiteral("beneficiary name"),
                QStringLiteral("payee"), QStringLiteral("beneficiaire"),
                QStringLiteral("nom du beneficiaire"), QStringLiteral("nombeneficiaire"),
                QStringLiteral("tiers"), QStringLiteral("raison sociale") } },
        { DisbursementImport::Tranche,
            { QStringLiteral("tranche"), QStringLiteral("tranche kind"),
                QStringLiteral("type de tranche"), QStringLiteral("n de tranche"),
                QStringLiteral("numero de tranche") } },
    };
    return list;
}

/// The tranche a file names: its code, its label (English, French or the user's language) or
/// its number ("2", "T2", "tranche 2").
std::optional<TrancheKind> parseTranche(const QString &text)
{
    const QString key = headerKey(text);
    if (key.isEmpty())
        return std::nullopt;
    static const QList<QPair<TrancheKind, QStringList>> words = {
        { TrancheKind::Seed,
            { QStringLiteral("1"), QStringLiteral("t1"), QStringLiteral("tranche 1"),
                QStringLiteral("amorcage"), QStringLiteral("subvention d amorcage"),
                QStringLiteral("premiere tranche"), QStringLiteral("first tranche"),
                QStringLiteral("seed") } },
        { TrancheKind::Second,
            { QStringLiteral("2"), QStringLiteral("t2"), QStringLiteral("tranche 2"),
                QStringLiteral("seconde tranche"), QStringLiteral("deuxieme tranche") } },
        { TrancheKind::Deployment,
            { QStringLiteral("3"), QStringLiteral("t3"), QStringLiteral("tranche 3"),
                QStringLiteral("deploiement"), QStringLiteral("subvention de deploiement") } },
    };
    for (const auto &e : EnumTraits<TrancheKind>::entries) {
        if (key == headerKey(QLatin1String(e.code)) || key == headerKey(QLatin1String(e.label))
            || key == headerKey(label(e.value)))
            return e.value;
    }
    for (const auto &[kind, list] : words) {
        if (list.contains(key))
            return kind;
    }
    return std::nullopt;
}

QString digitsOf(const QString &text)
{
    QString d;
    for (const QChar ch : text) {
        if (ch.isDigit())
            d += ch;
    }
    return d;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, QStringLiteral("yyyy-MM-dd"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
    if (!d.isValid())
        d = QDate::fromString(t, QStringLiteral("d/M/yyyy"));
    return d;
}

} // namespace

QString DisbursementImport::targetLabel(Target target)
{
    switch (target) {
    case Grant:
        return Tr::tr("Grant (decision reference)");
    case PaidOn:
        return Tr::tr("Payment date");
    case Amount:
        return Tr::tr("Amount");
    case Reference:
        return Tr::tr("Payment reference");
    case OverrideReason:
        return Tr::tr("Reason for exceeding the commitment");
    case Siret:
        return Tr::tr("Beneficiary's SIRET");
    case Beneficiary:
        return Tr::tr("Beneficiary's name");
    case Tranche:
        return Tr::tr("Tranche");
    case Ignore:
        return Tr::tr("(ignore)");
    }
    return {};
}

QString DisbursementImport::columnsHelp()
{
    QString text
        = Tr::tr(
              "Columns recognised by their header (the first line; case, accents and punctuation "
              "do not matter):")
        + u'\n';
    for (const auto &[target, words] : synonyms())
        text += Tr::tr("  %1: %2").arg(targetLabel(target), words.join(QStringLiteral(", ")))
            + u'\n';
    text += Tr::tr("Each line needs a payment date (YYYY-MM-DD or DD/MM/YYYY), an amount above "
                   "zero (1234.50 or "
                   "1 234,50) and its grant: the decision reference, or the beneficiary's SIRET or "
                   "name (the "
                   "carrier organisation's or the initiative's) with the tranche (seed/1, "
                   "second/2, deployment/3) "
                   "when the beneficiary has several grants. A line matching no grant or several "
                   "is refused. "
                   "Payments above a grant's commitment need a reason column. All lines are "
                   "imported, or none.")
        + u'\n';
    return text;
}

bool DisbursementImport::loadFile(const QString &path, Database &db, QString *error)
{
    const std::optional<QByteArray> bytes = readImportFile(
        path, MaxFileSize, Tr::tr("%1 is too large to be a list of payments."), error);
    if (!bytes)
        return false;
    m_source = QFileInfo(path).fileName();
    load(*bytes, db);
    return true;
}

void DisbursementImport::load(const QByteArray &bytes, Database &db)
{
    m_db = &db;
    CsvTable table = readCsv(bytes);
    m_encoding = table.encoding;
    m_separator = table.separator;
    m_headers = table.headers;
    m_rows = table.rows;
    m_lines = table.lines;
    m_fileProblem = table.problem;
    guessMapping();
    check();
}

void DisbursementImport::guessMapping()
{
    m_mapping.clear();
    for (const QString &header : std::as_const(m_headers)) {
        // Compare words only: "N° de mandat" and "n de mandat" are the same header.
        const QString key = headerKey(header);
        Target target = Ignore;
        for (const auto &[t, words] : synonyms()) {
            if (words.contains(key) && !m_mapping.contains(t)) {
                target = t;
                break;
            }
        }
        m_mapping.append(target);
    }
}

void DisbursementImport::setMapping(int column, Target target)
{
    if (assignColumn(m_mapping, column, target, Ignore))
        check();
}

void DisbursementImport::setMappings(const QList<Target> &mapping)
{
    if (mapping.size() != m_headers.size())
        return;
    m_mapping = mapping;
    check();
}

QString DisbursementImport::layoutKey() const
{
    return headerLayoutKey(m_headers);
}

void DisbursementImport::check()
{
    m_problems.clear();
    m_warnings.clear();
    m_checked.clear();
    if (!m_fileProblem.isEmpty()) {
        m_problems.append({ 1, m_fileProblem });
        return;
    }
    for (const Target required : { PaidOn, Amount }) {
        if (!m_mapping.contains(required))
            m_problems.append({ 1, Tr::tr("No column holds: %1.").arg(targetLabel(required)) });
    }
    if (!m_mapping.contains(Grant) && !m_mapping.contains(Siret)
        && !m_mapping.contains(Beneficiary)) {
        m_problems.append({ 1,
            Tr::tr("No column names the grant: give the decision reference, or the "
                   "beneficiary's SIRET or name (and the tranche).") });
    }
    if (m_rows.isEmpty())
        m_problems.append({ 1, Tr::tr("The file has no payment lines.") });
    if (!m_problems.isEmpty() || !m_db)
        return;

    // Every grant once, with what it already received and who receives it: checking a million
    // lines then costs hash lookups, not queries.
    struct GrantState
    {
        qint64 id;
        qint64 committed;
        qint64 paid;
        QString reference;
        TrancheKind tranche;
        bool blocked;
        QString conditions;
    };
    QList<GrantState> grants;
    QHash<QString, QList<int>> byReference, bySiret, byName;
    {
        Query q(*m_db,
            QStringLiteral(
                "SELECT g.id, g.decision_reference, g.committed_cents, (SELECT "
                "COALESCE(SUM(d.amount_cents), 0) FROM disbursement d WHERE "
                "d.grant_id = g.id), g.tranche, g.conditions, g.conditions_met_on, g.status, "
                "o.siret, o.name, i.name FROM grant_award g JOIN initiative i ON i.id = "
                "g.initiative_id LEFT JOIN organisation o ON o.id = i.carrier_id WHERE "
                "g.status <> 'cancelled' ORDER BY g.id"));
        q.exec();
        while (q.next()) {
            const int index = int(grants.size());
            const QString conditions = q.value(5).toString().trimmed();
            const QString status = q.value(7).toString();
            grants.append({ q.value(0).toLongLong(), q.value(2).toLongLong(),
                q.value(3).toLongLong(), q.value(1).toString().trimmed(),
                fromCode<TrancheKind>(q.value(4).toString()).value_or(TrancheKind::Other),
                !conditions.isEmpty() && q.value(6).isNull()
                    && (status == QLatin1String("planned") || status == QLatin1String("committed")),
                conditions });
            if (!grants.last().reference.isEmpty())
                byReference[grants.last().reference].append(index);
            const QString siret = digitsOf(q.value(8).toString());
            if (!siret.isEmpty())
                bySiret[siret].append(index);
            // The carrier organisation's name or the initiative's: an accounting export names
            // whoever it paid.
            QSet<QString> names { headerKey(q.value(9).toString()),
                headerKey(q.value(10).toString()) };
            names.remove(QString());
            for (const QString &n : std::as_const(names))
                byName[n].append(index);
        }
    }
    const int grantColumn = int(m_mapping.indexOf(Grant));
    const int siretColumn = int(m_mapping.indexOf(Siret));
    const int nameColumn = int(m_mapping.indexOf(Beneficiary));
    const int trancheColumn = int(m_mapping.indexOf(Tranche));
    const int dateColumn = int(m_mapping.indexOf(PaidOn));
    const int amountColumn = int(m_mapping.indexOf(Amount));
    const int referenceColumn = int(m_mapping.indexOf(Reference));
    const int reasonColumn = int(m_mapping.indexOf(OverrideReason));
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    m_checked.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const QStringList &r = m_rows.at(i);
        const int line = m_lines.value(i, i + 2); // the file's line, as a reader finds it
        QStringList lineProblems;
        for (const QString &p :
            { overlongCellProblem(r, MaxFieldLength), extraCellsProblem(r, int(m_headers.size())) })
            if (!p.isEmpty())
                lineProblems << p;
        // Which grant: its decision reference, else its beneficiary (and tranche).
        int grant = -1;
        const QString ref = grantColumn >= 0 ? r.value(grantColumn).trimmed() : QString();
        const QString siret = siretColumn >= 0 ? digitsOf(r.value(siretColumn)) : QString();
        const QString name = nameColumn >= 0 ? r.value(nameColumn).trimmed() : QString();
        const QString trancheText
            = trancheColumn >= 0 ? r.value(trancheColumn).trimmed() : QString();
        if (!ref.isEmpty()) {
            const QList<int> found = byReference.value(ref);
            if (found.size() > 1)
                lineProblems
                    << Tr::tr("several grants have the reference “%1”").arg(shownCell(ref));
            else if (found.isEmpty())
                lineProblems << Tr::tr("no grant has the reference “%1”").arg(shownCell(ref));
            else
                grant = found.first();
        } else if (!siret.isEmpty() || !name.isEmpty()) {
            const QString who = !siret.isEmpty() ? Tr::tr("SIRET %1").arg(siret)
                                                 : QStringLiteral("“%1”").arg(shownCell(name));
            QList<int> found
                = !siret.isEmpty() ? bySiret.value(siret) : byName.value(headerKey(name));
            const std::optional<TrancheKind> tranche = parseTranche(trancheText);
            if (!trancheText.isEmpty() && !tranche) {
                lineProblems << Tr::tr(
                    "“%1” is not a tranche (seed or 1, second or 2, deployment or 3)")
                                    .arg(shownCell(trancheText));
            } else if (found.isEmpty()) {
                lineProblems << Tr::tr("no grant is paid to %1").arg(who);
            } else {
                if (tranche) {
                    found.erase(std::remove_if(found.begin(), found.end(),
                                    [&](int g) { return grants.at(g).tranche != *tranche; }),
                        found.end());
                }
                if (found.isEmpty())
                    lineProblems << Tr::tr("%1 has no %2").arg(who, label(*tranche).toLower());
                else if (found.size() > 1)
                    lineProblems << (tranche
                            ? Tr::tr("%1 has several grants of this tranche: give the decision "
                                     "reference")
                                  .arg(who)
                            : Tr::tr("%1 has %2 grants: give the tranche or the decision reference")
                                  .arg(who)
                                  .arg(found.size()));
                else
                    grant = found.first();
            }
        } else {
            lineProblems << Tr::tr("no grant reference, SIRET or beneficiary");
        }
        const QDate date = parseDate(r.value(dateColumn));
        if (!date.isValid())
            lineProblems << Tr::tr("“%1” is not a date").arg(shownCell(r.value(dateColumn)));
        else if (!isPlausibleDate(date))
            lineProblems << implausibleDateProblem(r.value(dateColumn));
        // The file's way of writing numbers: a comma decimal is French, a point English.
        const QString amountText = r.value(amountColumn);
        auto amount = Money::parse(
            amountText, amountText.contains(u',') && !amountText.contains(u'.') ? fr : en);
        if (!amount)
            amount = Money::parse(amountText, fr);
        if (!amount || amount->cents() <= 0)
            lineProblems << Tr::tr("“%1” is not an amount above zero").arg(shownCell(amountText));
        else if (amount->cents() > MaxImportedCents)
            lineProblems << amountTooLargeProblem(amountText);
        const QString reason = reasonColumn >= 0 ? r.value(reasonColumn).trimmed() : QString();
        if (lineProblems.isEmpty() && grant >= 0) {
            GrantState &g = grants[grant];
            const QString grantName = g.reference.isEmpty() ? ref : g.reference;
            // The largest amount Money::parse() reads (fifteen digits of euros) bounds a grant's
            // total too, so that no sum of absurd lines wraps past 64 bits.
            constexpr qint64 maxCents = Q_INT64_C(99999999999999999);
            if (amount->cents() > maxCents - g.paid) {
                lineProblems << Tr::tr("the grant “%1” would receive more than %2")
                                    .arg(grantName, Money::fromCents(maxCents).toString());
            } else {
                g.paid += amount->cents();
            }
            if (GrantService::exceedsCommitment(
                    Money::fromCents(g.committed), Money::fromCents(g.paid), reason)) {
                lineProblems << Tr::tr(
                    "the grant “%1” would receive %2, above the %3 committed (give a reason "
                    "to exceed it)")
                                    .arg(grantName, Money::fromCents(g.paid).toString(),
                                        Money::fromCents(g.committed).toString());
            }
        }
        if (!lineProblems.isEmpty()) {
            m_problems.append({ line, lineProblems.join(QStringLiteral("; ")) });
            continue;
        }
        const GrantState &g = grants.at(grant);
        if (g.blocked) {
            m_warnings.append({ line,
                Tr::tr("the tranche “%1” is still blocked until its condition is met (%2)")
                    .arg(g.reference, g.conditions) });
        }
        m_checked.append({ line, g.id, date.toString(Qt::ISODate), amount->cents(),
            referenceColumn >= 0 ? r.value(referenceColumn).trimmed() : QString(), reason });
    }
}

int DisbursementImport::commit()
{
    if (!m_db)
        throw Error(Tr::tr("No database is open."));
    if (!m_problems.isEmpty()) {
        throw Error(Tr::tr(
            "%n line(s) have problems; nothing was imported.", nullptr, int(m_problems.size())));
    }
    WriteTransaction tx(*m_db);
    recheck();
    const qint64 before
        = Query(*m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM disbursement"))
              .scalar()
              .toLongLong();
    // One prepared statement for every line.
    Query insert(*m_db,
        QStringLiteral("INSERT INTO disbursement (grant_id, paid_on, amount_cents, reference, "
                       "override_reason) VALUES (?, ?, ?, ?, ?)"));
    for (const Checked &c : std::as_const(m_checked)) {
        insert.bindAll(
            c.grantId, c.paidOn, c.cents, nullableText(c.reference), nullableText(c.reason));
        insert.exec();
    }
    const qint64 after
        = Query(*m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM disbursement"))
              .scalar()
              .toLongLong();
    tx.record(QStringLiteral("disbursement"), 0, Change::Inserted,
        Tr::tr("Imported %n payment(s) from %1", nullptr, int(m_checked.size())).arg(m_source));
    // Each payment in its grant's history, in the import's step.
    tx.recordRows(QStringLiteral("disbursement"), before, after, true,
        QStringLiteral("amount_cents"), QStringLiteral("grant_award"), QStringLiteral("grant_id"));
    tx.commit();
    m_written = { before, after };
    return int(m_checked.size());
}

void DisbursementImport::recheck() const
{
    // The file was checked against the database as it was then; another window, an undo or
    // another program may have changed a grant since. Inside the write transaction nobody else
    // can: the rule is applied again to the grants as they are now, line after line.
    QList<qint64> ids;
    for (const Checked &c : m_checked)
        ids << c.grantId;
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QHash<qint64, GrantService::Balance> balances = GrantService(*m_db).balances(ids);
    for (const Checked &c : m_checked) {
        auto it = balances.find(c.grantId);
        if (it == balances.end())
            throw Error(Tr::tr(
                "Line %1: its grant was deleted since the file was checked; nothing was imported.")
                            .arg(c.line));
        it->paid += Money::fromCents(c.cents);
        if (GrantService::exceedsCommitment(it->committed, it->paid, c.reason)) {
            throw Error(Tr::tr(
                "Line %1: the grant changed since the file was checked: %2 Nothing was imported.")
                            .arg(c.line)
                            .arg(GrantService::overCommitmentMessage(it->paid, it->committed)));
        }
    }
}

RemovedRecord DisbursementImport::removeImported(Database &db, QPair<qint64, qint64> ids)
{
    WriteTransaction tx(db);
    RemovedRecord removed;
    removed.table = QStringLiteral("disbursement");
    removed.rows.append({ QStringLiteral("disbursement"), {} });
    Query q(db, QStringLiteral("SELECT * FROM disbursement WHERE id > ? AND id <= ? ORDER BY id"));
    q.bindAll(ids.first, ids.second).exec();
    const QSqlRecord rec = q.raw().record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        removed.rows.first().rows.append(row);
    }
    tx.record(QStringLiteral("disbursement"), 0, Change::Deleted, QStringLiteral("undo import"));
    // Recorded while the rows are still there to read.
    tx.recordRows(QStringLiteral("disbursement"), ids.first, ids.second, false,
        QStringLiteral("amount_cents"), QStringLiteral("grant_award"), QStringLiteral("grant_id"));
    Query(db, QStringLiteral("DELETE FROM disbursement WHERE id > ? AND id <= ?"))
        .bindAll(ids.first, ids.second)
        .exec();
    tx.commit();
    return removed;
}

} // namespace tremplin
