// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantledger.h"

#include "../database/query.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <functional>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::GrantLedger)
};

/// WHERE conditions on grants (alias g, initiative i) for a filter, with their bound values.
struct Where
{
    QStringList conditions;
    QVariantList values;

    Where(const GrantFilter &f, bool paymentsInRange)
    {
        conditions << QStringLiteral("g.status <> 'cancelled'");
        if (f.promotionId > 0) {
            conditions << QStringLiteral("i.promotion_id = ?");
            values << f.promotionId;
        }
        if (f.initiativeId > 0) {
            conditions << QStringLiteral("g.initiative_id = ?");
            values << f.initiativeId;
        }
        if (!f.initiativeIds.isEmpty()) {
            for (qint64 id : f.initiativeIds)
                values << id;
            conditions << QStringLiteral("g.initiative_id IN (%1)")
                              .arg(placeholders(int(f.initiativeIds.size())));
        }
        if (f.fundingSourceId > 0) {
            conditions << QStringLiteral("g.funding_source_id = ?");
            values << f.fundingSourceId;
        }
        if (paymentsInRange) {
            if (f.from.isValid()) {
                conditions << QStringLiteral("d.paid_on >= ?");
                values << f.from.toString(Qt::ISODate);
            }
            if (f.to.isValid()) {
                conditions << QStringLiteral("d.paid_on <= ?");
                values << f.to.toString(Qt::ISODate);
            }
        } else {
            if (f.from.isValid()) {
                conditions << QStringLiteral(
                    "COALESCE(g.decision_date, g.convention_date, '9999') >= ?");
                values << f.from.toString(Qt::ISODate);
            }
            if (f.to.isValid()) {
                conditions << QStringLiteral(
                    "COALESCE(g.decision_date, g.convention_date, '0000') <= ?");
                values << f.to.toString(Qt::ISODate);
            }
        }
    }
    QString sql() const { return conditions.join(QStringLiteral(" AND ")); }
    void bind(Query &q) const
    {
        for (const QVariant &v : values)
            q.bind(v);
    }
};

// The aggregation statements, built in one place so that the benchmark runs exactly the SQL the
// charts run (see GrantLedger::aggregationStatements()).
QString committedByKeySql(const QString &keyExpr, const QString &joins, const QString &where)
{
    return QStringLiteral("SELECT %1, SUM(g.committed_cents) FROM grant_award g JOIN initiative "
                          "i ON i.id = g.initiative_id %2 WHERE %3 GROUP BY %1")
        .arg(keyExpr, joins, where);
}
QString disbursedByKeySql(const QString &keyExpr, const QString &joins, const QString &where)
{
    return QStringLiteral("SELECT %1, SUM(d.amount_cents) FROM disbursement d JOIN grant_award g "
                          "ON g.id = d.grant_id JOIN initiative i ON i.id = g.initiative_id %2 "
                          "WHERE %3 GROUP BY %1")
        .arg(keyExpr, joins, where);
}
QString committedPerMonthSql(const QString &where)
{
    return QStringLiteral("SELECT substr(COALESCE(g.decision_date, g.convention_date), 1, 7) AS m, "
                          "SUM(g.committed_cents) FROM grant_award g JOIN initiative i ON i.id = "
                          "g.initiative_id WHERE %1 AND COALESCE(g.decision_date, "
                          "g.convention_date) IS NOT NULL GROUP BY m")
        .arg(where);
}
QString disbursedPerMonthSql(const QString &where)
{
    return QStringLiteral("SELECT substr(d.paid_on, 1, 7) AS m, SUM(d.amount_cents) FROM "
                          "disbursement d JOIN grant_award g ON g.id = d.grant_id JOIN "
                          "initiative i ON i.id = g.initiative_id WHERE %1 GROUP BY m")
        .arg(where);
}
const QString FundingSourceJoin
    = QStringLiteral("LEFT JOIN funding_source fs ON fs.id = g.funding_source_id");
// Categories of initiatives (kinds of need, themes), one row per initiative and category.
const QString NeedCategoriesSql
    = QStringLiteral("SELECT DISTINCT initiative_id, kind AS key FROM need");
const QString ThemeCategoriesSql
    = QStringLiteral("SELECT DISTINCT it.initiative_id, t.name AS key FROM initiative_theme it "
                     "JOIN theme t ON t.id = it.theme_id");

/// Each initiative's amount (committed or, with @p paid, disbursed) split equally between its
/// categories in whole cents, the first categories (by name) taking the remainder's cents, so
/// that the categories add up to the total exactly; initiatives with no category under NULL.
/// One statement, computed by the database (window functions, SQLite 3.25+).
QString splitByCategorySql(const QString &categoriesSql, bool paid, const QString &where)
{
    const QString amounts = paid
        ? QStringLiteral("SELECT g.initiative_id AS id, SUM(d.amount_cents) AS c FROM disbursement "
                         "d JOIN grant_award g "
                         "ON g.id = d.grant_id JOIN initiative i ON i.id = g.initiative_id WHERE "
                         "%1 GROUP BY g.initiative_id")
              .arg(where)
        : QStringLiteral("SELECT g.initiative_id AS id, SUM(g.committed_cents) AS c FROM "
                         "grant_award g JOIN initiative i "
                         "ON i.id = g.initiative_id WHERE %1 GROUP BY g.initiative_id")
              .arg(where);
    return QStringLiteral(
        "WITH cats AS (SELECT initiative_id, key, ROW_NUMBER() OVER (PARTITION BY initiative_id "
        "ORDER BY key) - 1 "
        "AS r, COUNT(*) OVER (PARTITION BY initiative_id) AS k FROM (%1)), amounts AS (%2) "
        "SELECT cats.key, SUM(a.c / cats.k + CASE WHEN cats.r < abs(a.c % cats.k) THEN (CASE WHEN "
        "a.c < 0 THEN -1 "
        "ELSE 1 END) ELSE 0 END) FROM amounts a JOIN cats ON cats.initiative_id = a.id GROUP BY "
        "cats.key "
        "UNION ALL SELECT NULL, c FROM (SELECT SUM(a.c) AS c FROM amounts a WHERE NOT EXISTS "
        "(SELECT 1 FROM "
        "cats WHERE cats.initiative_id = a.id)) WHERE c IS NOT NULL")
        .arg(categoriesSql, amounts);
}

/// Runs a (key, cents) aggregation filtered by where and hands each row to add().
template<typename Add>
void eachAmount(Database &db, const QString &sql, const Where &where, const Add &add)
{
    Query q(db, sql);
    where.bind(q);
    q.exec();
    while (q.next())
        add(q.value(0), Money::fromCents(q.value(1).toLongLong()));
}

/// Runs "SELECT key, SUM(cents) ... GROUP BY key" twice (committed, disbursed) and merges.
QList<AmountByKey> byKey(Database &db, const GrantFilter &f, const QString &keyExpr,
    const QString &joins, const QString &none)
{
    QMap<QString, AmountByKey> merged;
    auto into = [&merged, &none](Money AmountByKey::*amount) {
        return [&merged, &none, amount](const QVariant &value, Money cents) {
            const QString key = value.isNull() ? none : value.toString();
            AmountByKey &a = merged[key];
            a.key = key;
            a.*amount += cents;
        };
    };
    const Where committedWhere(f, false);
    eachAmount(db, committedByKeySql(keyExpr, joins, committedWhere.sql()), committedWhere,
        into(&AmountByKey::committed));
    const Where paidWhere(f, true);
    eachAmount(db, disbursedByKeySql(keyExpr, joins, paidWhere.sql()), paidWhere,
        into(&AmountByKey::disbursed));
    return merged.values();
}

/// Amounts per category of initiative (see splitByCategorySql()); @p none names the
/// initiatives without any, @p labelOf turns a stored category into its label.
QList<AmountByKey> splitByCategory(Database &db, const GrantFilter &f, const QString &categoriesSql,
    const QString &none, const std::function<QString(const QString &)> &labelOf)
{
    QMap<QString, AmountByKey> merged;
    auto into = [&](Money AmountByKey::*amount) {
        return [&, amount](const QVariant &category, Money cents) {
            const QString key = category.isNull() ? none : labelOf(category.toString());
            AmountByKey &a = merged[key];
            a.key = key;
            a.*amount += cents;
        };
    };
    const Where committedWhere(f, false);
    eachAmount(db, splitByCategorySql(categoriesSql, false, committedWhere.sql()), committedWhere,
        into(&AmountByKey::committed));
    const Where paidWhere(f, true);
    eachAmount(db, splitByCategorySql(categoriesSql, true, paidWhere.sql()), paidWhere,
        into(&AmountByKey::disbursed));
    return merged.values();
}

/// The ledger's columns of a grant (see grantRow()); conditions go after it.
const QString GrantRowSelect = QStringLiteral(
    "SELECT g.id, g.initiative_id, i.name, g.tranche, fs.name, g.committed_cents, "
    "(SELECT COALESCE(SUM(d.amount_cents), 0) FROM disbursement d WHERE d.grant_id = g.id), "
    "g.status, g.conditions, g.conditions_met_on, g.decision_reference, g.decision_date, "
    "g.convention_date, g.illustrative, (SELECT COUNT(*) FROM disbursement d WHERE d.grant_id "
    "= g.id AND d.override_reason IS NOT NULL), a.short_name FROM grant_award g JOIN "
    "initiative i ON i.id = g.initiative_id LEFT JOIN funding_source fs ON fs.id = "
    "g.funding_source_id LEFT JOIN administration a ON a.id = fs.administration_id");

GrantRow grantRow(const Query &q)
{
    GrantRow r;
    r.id = q.value(0).toLongLong();
    r.initiativeId = q.value(1).toLongLong();
    r.initiative = q.value(2).toString();
    r.tranche = fromCode<TrancheKind>(q.value(3).toString()).value_or(TrancheKind::Other);
    r.fundingSource = q.value(4).toString();
    r.committed = Money::fromCents(q.value(5).toLongLong());
    r.disbursed = Money::fromCents(q.value(6).toLongLong());
    r.status = fromCode<GrantStatus>(q.value(7).toString()).value_or(GrantStatus::Planned);
    r.conditions = q.value(8).toString();
    r.conditionsMetOn = dateFromDb(q.value(9));
    r.decisionReference = q.value(10).toString();
    r.decisionDate = dateFromDb(q.value(11));
    r.conventionDate = dateFromDb(q.value(12));
    r.illustrative = q.value(13).toInt() != 0;
    r.overridden = q.value(14).toInt() > 0;
    r.fundingSourceShort = shortName(r.fundingSource, q.value(15).toString());
    return r;
}

} // namespace

QString shortName(const QString &name, const QString &administrationShortName)
{
    if (!administrationShortName.trimmed().isEmpty())
        return administrationShortName.trimmed();
    // "Direction interministérielle du numérique (DINUM)": the acronym in brackets.
    const QString n = name.trimmed();
    if (n.endsWith(u')')) {
        const qsizetype open = n.lastIndexOf(u'(');
        const QString inside
            = open > 0 ? n.mid(open + 1, n.size() - open - 2).trimmed() : QString();
        if (!inside.isEmpty() && inside.size() <= 20)
            return inside;
    }
    return n;
}

QList<QPair<QString, QStringList>> GrantLedger::aggregationStatements()
{
    const QString where = Where(GrantFilter(), false).sql();
    const QString paid = Where(GrantFilter(), true).sql();
    return {
        { QStringLiteral("per_period"),
            { committedPerMonthSql(where), disbursedPerMonthSql(paid) } },
        { QStringLiteral("per_initiative"),
            { committedByKeySql(QStringLiteral("i.name"), QString(), where),
                disbursedByKeySql(QStringLiteral("i.name"), QString(), paid) } },
        { QStringLiteral("per_funding_source"),
            { committedByKeySql(QStringLiteral("fs.name"), FundingSourceJoin, where),
                disbursedByKeySql(QStringLiteral("fs.name"), FundingSourceJoin, paid) } },
        { QStringLiteral("per_need_kind"),
            { splitByCategorySql(NeedCategoriesSql, false, where),
                splitByCategorySql(NeedCategoriesSql, true, paid) } },
        { QStringLiteral("per_theme"),
            { splitByCategorySql(ThemeCategoriesSql, false, where),
                splitByCategorySql(ThemeCategoriesSql, true, paid) } },
    };
}

QList<GrantRow> GrantLedger::nextTranches(const GrantFilter &f, int limit) const
{
    GrantFilter open = f;
    QList<GrantRow> out;
    // Few rows are wanted: ask the database for candidates in decision order, by small pages.
    const QList<GrantRow> candidates = grants(open, 0, true, limit * 4);
    for (const GrantRow &g : candidates) {
        if (g.remaining().cents() > 0 && out.size() < limit)
            out.append(g);
    }
    return out;
}

QList<GrantRow> GrantLedger::grants(const GrantFilter &f, int limit) const
{
    return grants(f, limit, false, 0);
}

QList<GrantRow> GrantLedger::grants(
    const GrantFilter &f, int limit, bool openOnly, int openLimit) const
{
    Where where(f, false);
    // Cancelled grants stay visible in the ledger, marked as such.
    where.conditions.removeFirst();
    if (openOnly) {
        where.conditions << QStringLiteral("g.status IN ('planned', 'committed')")
                         << QStringLiteral(
                                "g.committed_cents > (SELECT COALESCE(SUM(d.amount_cents), 0) FROM "
                                "disbursement d WHERE d.grant_id = g.id)");
        limit = openLimit;
    }
    QString sql = GrantRowSelect;
    if (!where.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql();
    sql += openOnly ? QStringLiteral(" ORDER BY COALESCE(g.decision_date, g.convention_date), g.id")
                    : QStringLiteral(" ORDER BY i.name, g.decision_date, g.id");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    Query q(m_db, sql);
    where.bind(q);
    q.exec();
    QList<GrantRow> rows;
    while (q.next())
        rows.append(grantRow(q));
    return rows;
}

QList<qint64> GrantLedger::grantIds(const GrantFilter &f, Column order, bool descending) const
{
    Where where(f, false);
    // Cancelled grants stay visible in the ledger, marked as such.
    where.conditions.removeFirst();
    const QString paid
        = QStringLiteral("(SELECT COALESCE(SUM(d.amount_cents), 0) FROM disbursement d WHERE "
                         "d.grant_id = g.id)");
    QString key;
    QString joins;
    switch (order) {
    case Initiative:
        break;
    case Tranche:
        key = QStringLiteral("g.tranche");
        break;
    case FundingSource:
        key = QStringLiteral("fs.name");
        joins = QStringLiteral(" ") + FundingSourceJoin;
        break;
    case Committed:
        key = QStringLiteral("g.committed_cents");
        break;
    case Disbursed:
        key = paid;
        break;
    case Remaining:
        key = QStringLiteral("g.committed_cents - ") + paid;
        break;
    case Status:
        key = QStringLiteral("g.status");
        break;
    case Conditions:
        key = QStringLiteral("g.conditions");
        break;
    case Decision:
        key = QStringLiteral("g.decision_date");
        break;
    case Convention:
        key = QStringLiteral("g.convention_date");
        break;
    case ColumnCount:
        break;
    }
    const QString direction = descending ? QStringLiteral(" DESC") : QString();
    QString sql = QStringLiteral(
        "SELECT g.id FROM grant_award g JOIN initiative i ON i.id = g.initiative_id%1")
                      .arg(joins);
    if (!where.conditions.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.sql();
    sql += QStringLiteral(" ORDER BY ");
    if (!key.isEmpty())
        sql += key + direction + QStringLiteral(", ");
    sql += QStringLiteral("i.name%1, g.decision_date%1, g.id%1")
               .arg(key.isEmpty() ? direction : QString());
    Query q(m_db, sql);
    where.bind(q);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QHash<qint64, GrantRow> GrantLedger::grantRows(const QList<qint64> &ids) const
{
    QHash<qint64, GrantRow> rows;
    if (ids.isEmpty())
        return rows;
    Query q(m_db,
        GrantRowSelect + QStringLiteral(" WHERE g.id IN (%1)").arg(placeholders(int(ids.size()))));
    for (qint64 id : ids)
        q.bind(id);
    q.exec();
    while (q.next()) {
        const GrantRow r = grantRow(q);
        rows.insert(r.id, r);
    }
    return rows;
}

LedgerTotals GrantLedger::totals(const GrantFilter &f) const
{
    LedgerTotals t;
    // The dashboard's sums run over every payment: the initiatives are joined only when the
    // filter looks at their promotion.
    const QString initiativeJoin = f.promotionId > 0
        ? QStringLiteral(" JOIN initiative i ON i.id = g.initiative_id")
        : QString();
    {
        QString sql = QStringLiteral(
            "SELECT COALESCE(SUM(envelope_cents), 0), MAX(envelope_illustrative) FROM promotion");
        if (f.promotionId > 0)
            sql += QStringLiteral(" WHERE id = ?");
        Query q(m_db, sql);
        if (f.promotionId > 0)
            q.bind(f.promotionId);
        q.exec();
        if (q.next()) {
            t.envelope = Money::fromCents(q.value(0).toLongLong());
            t.illustrative = q.value(1).toInt() != 0;
        }
    }
    {
        const Where where(f, false);
        Query q(m_db,
            QStringLiteral(
                "SELECT COALESCE(SUM(g.committed_cents), 0), COUNT(*), COUNT(DISTINCT "
                "g.initiative_id), MAX(g.illustrative), SUM(CASE WHEN g.conditions "
                "IS NOT NULL AND g.conditions_met_on IS NULL AND g.status IN "
                "('planned', 'committed') THEN 1 ELSE 0 END) FROM grant_award g%1 WHERE %2")
                .arg(initiativeJoin, where.sql()));
        where.bind(q);
        q.exec();
        if (q.next()) {
            t.committed = Money::fromCents(q.value(0).toLongLong());
            t.grants = q.value(1).toInt();
            t.initiativesFunded = q.value(2).toInt();
            t.illustrative |= q.value(3).toInt() != 0;
            t.blocked = q.value(4).toInt();
        }
    }
    {
        const Where where(f, true);
        Query q(m_db,
            QStringLiteral("SELECT COALESCE(SUM(d.amount_cents), 0) FROM disbursement d JOIN "
                           "grant_award g ON g.id = d.grant_id%1 WHERE %2")
                .arg(initiativeJoin, where.sql()));
        where.bind(q);
        t.disbursed = Money::fromCents(q.scalar().toLongLong());
    }
    return t;
}

QList<AmountPoint> GrantLedger::perPeriod(const GrantFilter &f, Period period) const
{
    QMap<QDate, AmountPoint> points;
    auto periodOf = [period](const QString &month) {
        QDate d = QDate::fromString(month + QStringLiteral("-01"), Qt::ISODate);
        if (period == Period::Quarter && d.isValid())
            d = QDate(d.year(), ((d.month() - 1) / 3) * 3 + 1, 1);
        return d;
    };
    auto into = [&points, &periodOf](Money AmountPoint::*amount) {
        return [&points, &periodOf, amount](const QVariant &month, Money cents) {
            const QDate p = periodOf(month.toString());
            if (!p.isValid())
                return;
            points[p].period = p;
            points[p].*amount += cents;
        };
    };
    const Where committedWhere(f, false);
    eachAmount(m_db, committedPerMonthSql(committedWhere.sql()), committedWhere,
        into(&AmountPoint::committed));
    const Where paidWhere(f, true);
    eachAmount(
        m_db, disbursedPerMonthSql(paidWhere.sql()), paidWhere, into(&AmountPoint::disbursed));
    // Every period from the first to the last, those without any amount included: a chart
    // over time must not skip the quiet months.
    if (!points.isEmpty()) {
        const int step = period == Period::Quarter ? 3 : 1;
        const QDate last = points.lastKey();
        for (QDate d = points.firstKey(); d < last; d = d.addMonths(step)) {
            if (!points.contains(d))
                points[d].period = d;
        }
    }
    return points.values();
}

QList<AmountByKey> GrantLedger::perInitiative(const GrantFilter &f) const
{
    return byKey(m_db, f, QStringLiteral("i.name"), QString(), QString());
}

QList<AmountByKey> GrantLedger::perFundingSource(const GrantFilter &f) const
{
    return byKey(
        m_db, f, QStringLiteral("fs.name"), FundingSourceJoin, Tr::tr("(no funding source)"));
}

QList<AmountByKey> GrantLedger::perNeedKind(const GrantFilter &f) const
{
    return splitByCategory(
        m_db, f, NeedCategoriesSql, Tr::tr("(no need recorded)"), [](const QString &code) {
            const auto kind = fromCode<NeedKind>(code);
            return kind ? label(*kind) : code;
        });
}

QList<AmountByKey> GrantLedger::perTheme(const GrantFilter &f) const
{
    return splitByCategory(m_db, f, ThemeCategoriesSql, Tr::tr("(no theme)"),
        [](const QString &name) { return name; });
}

namespace {
QList<NamedId> namedIds(Database &db, const QString &sql)
{
    Query q(db, sql);
    q.exec();
    QList<NamedId> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString() });
    return out;
}
} // namespace

QList<NamedId> GrantLedger::fundingSources() const
{
    return namedIds(m_db, QStringLiteral("SELECT id, name FROM funding_source ORDER BY name"));
}

QList<NamedId> GrantLedger::initiativesWithGrants() const
{
    return namedIds(m_db,
        QStringLiteral("SELECT DISTINCT i.id, i.name FROM initiative i JOIN grant_award g ON "
                       "g.initiative_id = i.id ORDER BY i.name"));
}

QList<NamedId> GrantLedger::grantableInitiatives() const
{
    return namedIds(
        m_db, QStringLiteral("SELECT id, name FROM initiative WHERE archived = 0 ORDER BY name"));
}

QPair<QDate, QDate> GrantLedger::dateSpan(const GrantFilter &filter) const
{
    GrantFilter f = filter;
    f.from = f.to = QDate();
    const Where where(f, false);
    Query q(m_db,
        QStringLiteral(
            "SELECT MIN(x), MAX(x) FROM (SELECT COALESCE(g.decision_date, g.convention_date) AS x "
            "FROM grant_award g JOIN initiative i ON i.id = g.initiative_id WHERE %1 UNION ALL "
            "SELECT d.paid_on FROM disbursement d JOIN grant_award g ON g.id = d.grant_id JOIN "
            "initiative i ON i.id = g.initiative_id WHERE %1)")
            .arg(where.sql()));
    where.bind(q);
    where.bind(q);
    q.exec();
    if (!q.next())
        return {};
    return { dateFromDb(q.value(0)), dateFromDb(q.value(1)) };
}

QList<QPair<QString, QList<QPair<TrancheKind, Money>>>> GrantLedger::perInitiativeAndTranche(
    const GrantFilter &f) const
{
    const Where where(f, false);
    Query q(m_db,
        QStringLiteral("SELECT i.name, g.tranche, SUM(g.committed_cents) FROM grant_award g JOIN "
                       "initiative i ON i.id = g.initiative_id WHERE %1 GROUP BY i.id, i.name, "
                       "g.tranche ORDER BY i.name")
            .arg(where.sql()));
    where.bind(q);
    q.exec();
    QList<QPair<QString, QList<QPair<TrancheKind, Money>>>> out;
    while (q.next()) {
        const QString name = q.value(0).toString();
        if (out.isEmpty() || out.last().first != name)
            out.append({ name, {} });
        out.last().second.append(
            { fromCode<TrancheKind>(q.value(1).toString()).value_or(TrancheKind::Other),
                Money::fromCents(q.value(2).toLongLong()) });
    }
    return out;
}

} // namespace tremplin
