// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativelist.h"

#include "../database/query.h"
#include "../text/searchkey.h"

#include <QCollator>
#include <QCoreApplication>
#include <algorithm>

namespace tremplin {

namespace {

/// Escapes LIKE wildcards so that a typed "%" or "_" matches itself.
QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

// The current phase of an initiative: the latest phase (by calendar position) it takes part in.
const char *const currentParticipation
    = "(SELECT pa.id FROM participation pa JOIN phase ph ON ph.id = pa.phase_id WHERE "
      "pa.initiative_id = i.id ORDER BY ph.position DESC, ph.planned_start DESC LIMIT 1)";

} // namespace

QSet<qint64> InitiativeListService::matching(const InitiativeFilter &f) const
{
    QStringList where;
    QVariantList values;
    if (!f.includeArchived)
        where << QStringLiteral("i.archived = 0");
    const QString key = searchKey(f.search);
    if (!key.isEmpty()) {
        // Every word must appear, in any order.
        for (const QString &word : key.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            where << QStringLiteral("i.search_text LIKE ? ESCAPE '\\'");
            values << likePattern(word);
        }
    }
    if (f.promotionId > 0) {
        where << QStringLiteral("i.promotion_id = ?");
        values << f.promotionId;
    }
    if (f.lifecycle) {
        where << QStringLiteral("i.lifecycle = ?");
        values << toCode(*f.lifecycle);
    }
    if (f.admissibility) {
        where << QStringLiteral("i.admissibility = ?");
        values << toCode(*f.admissibility);
    }
    if (f.phaseId > 0) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM participation pa WHERE pa.initiative_id = "
                                "i.id AND pa.phase_id = ?)");
        values << f.phaseId;
    }
    if (!f.theme.isEmpty()) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM initiative_theme it JOIN theme t ON t.id = "
                                "it.theme_id WHERE it.initiative_id = i.id AND t.name = ?)");
        values << f.theme;
    }
    if (!f.domain.isEmpty()) {
        where << QStringLiteral("i.domain = ?");
        values << f.domain;
    }
    if (f.needKind) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM need n WHERE n.initiative_id = i.id AND "
                                "n.kind = ?)");
        values << toCode(*f.needKind);
    }
    if (f.overdueOnly) {
        where << QStringLiteral("EXISTS (SELECT 1 FROM action_item a WHERE a.initiative_id = i.id "
                                "AND a.status IN ('todo', 'in_progress') AND a.due_date < ?)");
        values << f.today.toString(Qt::ISODate);
    }
    QString sql = QStringLiteral("SELECT i.id FROM initiative i");
    if (!where.isEmpty())
        sql += QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
    Query q(m_db, sql);
    for (const QVariant &v : std::as_const(values))
        q.bind(v);
    q.raw().setForwardOnly(true);
    q.exec();
    QSet<qint64> ids;
    while (q.next())
        ids.insert(q.value(0).toLongLong());
    return ids;
}

int InitiativeListService::total(bool includeArchived) const
{
    return Query(m_db,
        includeArchived ? QStringLiteral("SELECT COUNT(*) FROM initiative")
                        : QStringLiteral("SELECT COUNT(*) FROM initiative WHERE archived = 0"))
        .scalar()
        .toInt();
}

QList<qint64> InitiativeListService::sortedIds(Column column, const QLocale &locale) const
{
    // The sort value of each column; names come from this switch, never from the caller.
    QString expr;
    bool numeric = false;
    switch (column) {
    case Name:
        expr = QStringLiteral("i.name");
        break;
    case Carrier:
        expr = QStringLiteral("(SELECT o.name FROM organisation o WHERE o.id = i.carrier_id)");
        break;
    case Promotion:
        expr = QStringLiteral("(SELECT pr.number FROM promotion pr WHERE pr.id = i.promotion_id)");
        numeric = true;
        break;
    case Lifecycle:
        expr = QStringLiteral("CASE i.lifecycle WHEN 'applicant' THEN 1 WHEN 'shortlisted' THEN 2 "
                              "WHEN 'laureate' THEN 3 WHEN 'alumni' THEN 4 WHEN 'not_selected' "
                              "THEN 5 ELSE 6 END");
        numeric = true;
        break;
    case CurrentPhase:
        expr = QStringLiteral("(SELECT ph.position FROM participation pa JOIN phase ph ON ph.id = "
                              "pa.phase_id WHERE pa.id = %1)")
                   .arg(QLatin1String(currentParticipation));
        numeric = true;
        break;
    case PhaseStatus:
        expr = QStringLiteral("(SELECT CASE pa.status WHEN 'not_started' THEN 1 WHEN 'in_progress' "
                              "THEN 2 WHEN 'on_track' THEN 3 WHEN 'at_risk' THEN 4 WHEN "
                              "'off_track' THEN 5 WHEN 'completed' THEN 6 ELSE 7 END FROM "
                              "participation pa WHERE pa.id = %1)")
                   .arg(QLatin1String(currentParticipation));
        numeric = true;
        break;
    case Themes:
        expr = QStringLiteral("(SELECT MIN(t.name) FROM initiative_theme it JOIN theme t ON t.id = "
                              "it.theme_id WHERE it.initiative_id = i.id)");
        break;
    case Town:
        expr = QStringLiteral("i.town");
        break;
    case NeedKinds:
        expr = QStringLiteral("(SELECT MIN(CASE n.kind WHEN 'consolidation' THEN 1 WHEN "
                              "'integration' THEN 2 ELSE 3 END) FROM need n WHERE n.initiative_id "
                              "= i.id)");
        numeric = true;
        break;
    case Committed:
        expr = QStringLiteral("(SELECT SUM(g.committed_cents) FROM grant_award g WHERE "
                              "g.initiative_id = i.id AND g.status <> 'cancelled')");
        numeric = true;
        break;
    case Disbursed:
        expr = QStringLiteral("(SELECT SUM(d.amount_cents) FROM disbursement d JOIN grant_award g "
                              "ON g.id = d.grant_id WHERE g.initiative_id = i.id)");
        numeric = true;
        break;
    case NextActionDue:
        expr = QStringLiteral("(SELECT MIN(a.due_date) FROM action_item a WHERE a.initiative_id = "
                              "i.id AND a.status IN ('todo', 'in_progress'))");
        break;
    case ColumnCount:
        return {};
    }
    struct Entry
    {
        qint64 id;
        QString name;
        QVariant value;
    };
    std::vector<Entry> entries;
    Query q(m_db, QStringLiteral("SELECT i.id, i.name, %1 FROM initiative i").arg(expr));
    q.raw().setForwardOnly(true);
    q.exec();
    while (q.next())
        entries.push_back({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2) });

    QCollator collator(locale);
    collator.setCaseSensitivity(Qt::CaseInsensitive);
    collator.setNumericMode(true);
    // Sort keys once instead of comparing strings n log n times through the collator.
    std::vector<QCollatorSortKey> nameKeys;
    nameKeys.reserve(entries.size());
    for (const Entry &e : entries)
        nameKeys.push_back(collator.sortKey(e.name));
    std::vector<QCollatorSortKey> valueKeys;
    if (!numeric && column != Name && column != NextActionDue) {
        valueKeys.reserve(entries.size());
        for (const Entry &e : entries)
            valueKeys.push_back(collator.sortKey(e.value.toString()));
    }
    std::vector<int> order(entries.size());
    for (int i = 0; i < int(order.size()); ++i)
        order[i] = i;
    auto byName = [&](int a, int b) {
        const int c = nameKeys[a].compare(nameKeys[b]);
        return c != 0 ? c < 0 : entries[a].id < entries[b].id;
    };
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        const QVariant &va = entries[a].value;
        const QVariant &vb = entries[b].value;
        if (column != Name) {
            // Empty values go last whatever the direction of the view's sort.
            if (va.isNull() != vb.isNull())
                return vb.isNull();
            if (!va.isNull()) {
                if (numeric) {
                    const qint64 x = va.toLongLong();
                    const qint64 y = vb.toLongLong();
                    if (x != y)
                        return x < y;
                } else if (column == NextActionDue) {
                    const QString x = va.toString();
                    const QString y = vb.toString();
                    if (x != y)
                        return x < y;
                } else {
                    const int c = valueKeys[a].compare(valueKeys[b]);
                    if (c != 0)
                        return c < 0;
                }
            }
        }
        return byName(a, b);
    });
    QList<qint64> ids;
    ids.reserve(qsizetype(order.size()));
    for (int i : order)
        ids.append(entries[i].id);
    return ids;
}

QHash<qint64, InitiativeRow> InitiativeListService::rows(const QList<qint64> &ids) const
{
    QHash<qint64, InitiativeRow> out;
    if (ids.isEmpty())
        return out;
    const QString in = placeholders(int(ids.size()));
    auto bindIds = [&ids](Query &q) {
        for (qint64 id : ids)
            q.bind(id);
    };
    {
        Query q(m_db,
            QStringLiteral("SELECT i.id, i.name, o.name, pr.name, i.lifecycle, i.town, i.archived, "
                           "(SELECT ph.name FROM participation pa JOIN phase ph ON ph.id = "
                           "pa.phase_id WHERE pa.id = %1), (SELECT pa.status FROM participation pa "
                           "WHERE pa.id = %1), (SELECT COALESCE(SUM(g.committed_cents), 0) FROM "
                           "grant_award g WHERE g.initiative_id = i.id AND g.status <> "
                           "'cancelled'), (SELECT COALESCE(SUM(d.amount_cents), 0) FROM "
                           "disbursement d JOIN grant_award g ON g.id = d.grant_id WHERE "
                           "g.initiative_id = i.id), (SELECT MIN(a.due_date) FROM action_item a "
                           "WHERE a.initiative_id = i.id AND a.status IN ('todo', "
                           "'in_progress')), (SELECT MAX(g.illustrative) FROM grant_award g WHERE "
                           "g.initiative_id = i.id) FROM initiative i LEFT JOIN organisation o ON "
                           "o.id = i.carrier_id LEFT JOIN promotion pr ON pr.id = i.promotion_id "
                           "WHERE i.id IN (%2)")
                .arg(QLatin1String(currentParticipation), in));
        bindIds(q);
        q.exec();
        while (q.next()) {
            InitiativeRow r;
            r.id = q.value(0).toLongLong();
            r.name = q.value(1).toString();
            r.carrier = q.value(2).toString();
            r.promotion = q.value(3).toString();
            r.lifecycle = fromCode<tremplin::Lifecycle>(q.value(4).toString())
                              .value_or(tremplin::Lifecycle::Applicant);
            r.town = q.value(5).toString();
            r.archived = q.value(6).toInt() != 0;
            r.currentPhase = q.value(7).toString();
            r.phaseStatus = fromCode<tremplin::PhaseStatus>(q.value(8).toString());
            r.committed = Money::fromCents(q.value(9).toLongLong());
            r.disbursed = Money::fromCents(q.value(10).toLongLong());
            r.nextActionDue = dateFromDb(q.value(11));
            r.illustrativeAmounts = q.value(12).toInt() != 0;
            out.insert(r.id, r);
        }
    }
    {
        Query q(m_db,
            QStringLiteral("SELECT it.initiative_id, t.name FROM initiative_theme it JOIN "
                           "theme t ON t.id = it.theme_id WHERE it.initiative_id IN (%1) "
                           "ORDER BY t.name")
                .arg(in));
        bindIds(q);
        q.exec();
        while (q.next()) {
            auto it = out.find(q.value(0).toLongLong());
            if (it != out.end())
                it->themes.append(q.value(1).toString());
        }
    }
    {
        Query q(m_db,
            QStringLiteral("SELECT DISTINCT initiative_id, kind FROM need WHERE "
                           "initiative_id IN (%1)")
                .arg(in));
        bindIds(q);
        q.exec();
        while (q.next()) {
            auto it = out.find(q.value(0).toLongLong());
            const auto kind = fromCode<NeedKind>(q.value(1).toString());
            if (it != out.end() && kind)
                it->needKinds.append(*kind);
        }
        for (auto &r : out)
            std::sort(r.needKinds.begin(), r.needKinds.end());
    }
    return out;
}

QHash<qint64, QString> InitiativeListService::searchKeys() const
{
    QHash<qint64, QString> keys;
    Query q(m_db, QStringLiteral("SELECT id, search_text FROM initiative"));
    q.raw().setForwardOnly(true);
    q.exec();
    while (q.next())
        keys.insert(q.value(0).toLongLong(), q.value(1).toString());
    return keys;
}

QStringList InitiativeListService::domains() const
{
    QStringList out;
    // The domains in use and those of the programme's list (Programme › Lists), once each.
    Query q(m_db,
        QStringLiteral("SELECT domain FROM initiative WHERE domain IS NOT NULL UNION SELECT name "
                       "FROM list_item WHERE list = 'domain' ORDER BY 1"));
    q.exec();
    while (q.next())
        out.append(q.value(0).toString());
    return out;
}

QString InitiativeListService::columnTitle(Column column)
{
    // In the window's list context, where they were first translated.
    static const char *const titles[ColumnCount] = {
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Name"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Carrier"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Promotion"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Status"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Current phase"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Phase status"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Themes"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Town"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Needs"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Committed"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Disbursed"),
        QT_TRANSLATE_NOOP("tremplin::InitiativeListModel", "Next action due"),
    };
    if (column < 0 || column >= ColumnCount)
        return {};
    return QCoreApplication::translate("tremplin::InitiativeListModel", titles[column]);
}

} // namespace tremplin
