// SPDX-License-Identifier: GPL-3.0-or-later
#include "disbursementimport.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "../domain/money.h"
#include "../error.h"
#include "../exports/csv.h"
#include "../text/searchkey.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QSqlRecord>

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
          { QStringLiteral("grant"), QStringLiteral("decision"), QStringLiteral("decision reference"),
            QStringLiteral("reference decision"), QStringLiteral("subvention"),
            QStringLiteral("reference de la decision"), QStringLiteral("referencedecision") } },
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
          { QStringLiteral("reason"), QStringLiteral("override reason"), QStringLiteral("motif"),
            QStringLiteral("motif du depassement") } },
    };
    return list;
}

QDate parseDate(const QString &text)
{
    const QString t = text.trimmed();
    QDate d = QDate::fromString(t, Qt::ISODate);
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
    case Ignore:
        return Tr::tr("(ignore)");
    }
    return {};
}

bool DisbursementImport::loadFile(const QString &path, Database &db, QString *error)
{
    QFile f(path);
    if (QFileInfo(path).size() > MaxFileSize) {
        if (error)
            *error = Tr::tr("%1 is too large to be a list of payments.").arg(QDir::toNativeSeparators(path));
        return false;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = Tr::tr("Could not read %1: %2").arg(QDir::toNativeSeparators(path), f.errorString());
        return false;
    }
    m_source = QFileInfo(path).fileName();
    load(f.readAll(), db);
    return true;
}

void DisbursementImport::load(const QByteArray &bytes, Database &db)
{
    m_db = &db;
    const QString text = decodeText(bytes, &m_encoding);
    m_separator = csv::detectSeparator(text.section(QLatin1Char('\n'), 0, 0));
    QList<QStringList> rows = csv::parse(text, m_separator);
    // Blank lines (a spreadsheet's trailing ones) carry nothing.
    rows.erase(std::remove_if(rows.begin(), rows.end(),
                              [](const QStringList &r) { return r.join(QString()).trimmed().isEmpty(); }),
               rows.end());
    m_headers = rows.isEmpty() ? QStringList() : rows.takeFirst();
    m_rows = rows;
    guessMapping();
    check();
}

void DisbursementImport::guessMapping()
{
    m_mapping.clear();
    for (const QString &header : std::as_const(m_headers)) {
        // Compare words only: "N° de mandat" and "n de mandat" are the same header.
        QString key;
        for (const QChar ch : searchKey(header))
            key += ch.isLetterOrNumber() || ch == u'_' ? ch : QChar(u' ');
        key = key.simplified();
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
    if (column < 0 || column >= m_mapping.size())
        return;
    // One column per meaning: the column that had it loses it.
    if (target != Ignore) {
        for (Target &t : m_mapping) {
            if (t == target)
                t = Ignore;
        }
    }
    m_mapping[column] = target;
    check();
}

void DisbursementImport::check()
{
    m_problems.clear();
    m_checked.clear();
    for (const Target required : { Grant, PaidOn, Amount }) {
        if (!m_mapping.contains(required))
            m_problems.append({ 1, Tr::tr("No column holds: %1.").arg(targetLabel(required)) });
    }
    if (m_rows.isEmpty())
        m_problems.append({ 1, Tr::tr("The file has no payment lines.") });
    if (!m_problems.isEmpty() || !m_db)
        return;

    // Every grant once, with what it already received: checking a million lines then costs
    // hash lookups, not queries.
    struct GrantState
    {
        qint64 id;
        qint64 committed;
        qint64 paid;
    };
    QHash<QString, GrantState> byReference;
    QSet<QString> ambiguous;
    {
        Query q(*m_db, QStringLiteral("SELECT g.id, g.decision_reference, g.committed_cents, (SELECT "
                                      "COALESCE(SUM(d.amount_cents), 0) FROM disbursement d WHERE "
                                      "d.grant_id = g.id) FROM grant_award g WHERE g.decision_reference IS "
                                      "NOT NULL AND g.status <> 'cancelled'"));
        q.exec();
        while (q.next()) {
            const QString ref = q.value(1).toString().trimmed();
            if (byReference.contains(ref))
                ambiguous.insert(ref);
            byReference.insert(ref, { q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(3).toLongLong() });
        }
    }
    const int grantColumn = int(m_mapping.indexOf(Grant));
    const int dateColumn = int(m_mapping.indexOf(PaidOn));
    const int amountColumn = int(m_mapping.indexOf(Amount));
    const int referenceColumn = int(m_mapping.indexOf(Reference));
    const int reasonColumn = int(m_mapping.indexOf(OverrideReason));
    const QLocale fr(QLocale::French, QLocale::France);
    const QLocale en(QLocale::English, QLocale::UnitedKingdom);
    m_checked.reserve(m_rows.size());
    for (int i = 0; i < m_rows.size(); ++i) {
        const QStringList &r = m_rows.at(i);
        const int line = i + 2; // the header is line 1
        QStringList lineProblems;
        for (const QString &cell : r) {
            if (cell.size() > MaxFieldLength) {
                lineProblems << Tr::tr("a cell is longer than %1 characters").arg(MaxFieldLength);
                break;
            }
        }
        const QString ref = r.value(grantColumn).trimmed();
        auto grant = byReference.find(ref);
        if (ref.isEmpty())
            lineProblems << Tr::tr("no grant reference");
        else if (ambiguous.contains(ref))
            lineProblems << Tr::tr("several grants have the reference “%1”").arg(ref);
        else if (grant == byReference.end())
            lineProblems << Tr::tr("no grant has the reference “%1”").arg(ref);
        const QDate date = parseDate(r.value(dateColumn));
        if (!date.isValid())
            lineProblems << Tr::tr("“%1” is not a date").arg(r.value(dateColumn));
        // The file's way of writing numbers: a comma decimal is French, a point English.
        const QString amountText = r.value(amountColumn);
        auto amount = Money::parse(amountText, amountText.contains(u',') && !amountText.contains(u'.') ? fr : en);
        if (!amount)
            amount = Money::parse(amountText, fr);
        if (!amount || amount->cents() <= 0)
            lineProblems << Tr::tr("“%1” is not an amount above zero").arg(amountText);
        const QString reason = reasonColumn >= 0 ? r.value(reasonColumn).trimmed() : QString();
        if (lineProblems.isEmpty() && grant != byReference.end()) {
            grant->paid += amount->cents();
            if (grant->paid > grant->committed && reason.isEmpty()) {
                lineProblems << Tr::tr("the grant “%1” would receive %2, above the %3 committed (give a reason "
                                       "to exceed it)")
                                    .arg(ref, Money::fromCents(grant->paid).toString(),
                                         Money::fromCents(grant->committed).toString());
            }
        }
        if (!lineProblems.isEmpty()) {
            m_problems.append({ line, lineProblems.join(QStringLiteral("; ")) });
            continue;
        }
        m_checked.append({ grant->id, date.toString(Qt::ISODate), amount->cents(),
                           referenceColumn >= 0 ? r.value(referenceColumn).trimmed() : QString(), reason });
    }
}

int DisbursementImport::commit()
{
    if (!m_db)
        throw Error(Tr::tr("No database is open."));
    if (!m_problems.isEmpty()) {
        throw Error(Tr::tr("%n line(s) have problems; nothing was imported.", nullptr, int(m_problems.size())));
    }
    WriteTransaction tx(*m_db);
    const qint64 before = Query(*m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM disbursement")).scalar().toLongLong();
    // One prepared statement for every line.
    Query insert(*m_db, QStringLiteral("INSERT INTO disbursement (grant_id, paid_on, amount_cents, reference, "
                                       "override_reason) VALUES (?, ?, ?, ?, ?)"));
    for (const Checked &c : std::as_const(m_checked)) {
        insert.bindAll(c.grantId, c.paidOn, c.cents, nullableText(c.reference), nullableText(c.reason));
        insert.exec();
    }
    const qint64 after = Query(*m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM disbursement")).scalar().toLongLong();
    tx.record(QStringLiteral("disbursement"), 0, Change::Inserted,
              Tr::tr("Imported %n payment(s) from %1", nullptr, int(m_checked.size())).arg(m_source));
    tx.commit();
    m_written = { before, after };
    return int(m_checked.size());
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
    Query(db, QStringLiteral("DELETE FROM disbursement WHERE id > ? AND id <= ?")).bindAll(ids.first, ids.second).exec();
    tx.record(QStringLiteral("disbursement"), 0, Change::Deleted, QStringLiteral("undo import"));
    tx.commit();
    return removed;
}

} // namespace tremplin
