// SPDX-License-Identifier: GPL-3.0-or-later
#include "lookups.h"

#include "../database/query.h"
#include "../text/searchkey.h"

#include <atomic>

namespace tremplin {

namespace {

std::atomic<quint64> queries { 0 };

/// A query counted by Lookups::queryCount().
Query counted(Database &db, const QString &sql)
{
    ++queries;
    return Query(db, sql);
}

/// Where a kind of choice lives: the table, the expression shown and the columns searched.
struct ChoiceTable
{
    ChoiceKind kind;
    const char *table;
    const char *label; ///< UTF-8 SQL expression
    const char *sortKey;
    const char *searched; ///< the stored search key, or nullptr to match the name by GLOB
    const char *detail; ///< what tells records of the same name apart
};
const ChoiceTable choiceTables[] = {
    // The directory's tables have stored keys (searchindex.h): sorted by sort_key, searched in
    // search_text. The few funding sources are matched on their name.
    { ChoiceKind::Organisation, "organisation", "name", "sort_key", "search_text",
        "COALESCE(town, siret, '')" },
    { ChoiceKind::Person, "person", "full_name", "sort_key", "search_text",
        "COALESCE(email, job_title, '')" },
    { ChoiceKind::Administration, "administration", "COALESCE(short_name || ' — ' || name, name)",
        "sort_key", "search_text", "''" },
    { ChoiceKind::FundingSource, "funding_source", "name", "name", nullptr, "COALESCE(siret, '')" },
};

const ChoiceTable &choiceTable(ChoiceKind kind)
{
    for (const ChoiceTable &t : choiceTables) {
        if (t.kind == kind)
            return t;
    }
    return choiceTables[0];
}

/// The characters whose search key is @p c ("e" for e, E, é, È, ê...), as a GLOB class.
QString globClass(QChar c)
{
    static const QHash<QChar, QString> variants = [] {
        QHash<QChar, QString> out;
        for (char16_t u = 0x20; u < 0x250; ++u) {
            const QString key = searchKey(QString(QChar(u)));
            if (key.size() == 1)
                out[key.at(0)].append(QChar(u));
        }
        return out;
    }();
    QString chars = variants.value(c);
    if (!chars.contains(c))
        chars.append(c);
    if (chars.size() == 1 && c != u'*' && c != u'?' && c != u'[')
        return chars;
    // In a class, ']' must come first; '*', '?' and '[' stand for themselves.
    if (chars.contains(u']')) {
        chars.remove(u']');
        chars.prepend(u']');
    }
    return QLatin1Char('[') + chars + QLatin1Char(']');
}

/// A GLOB pattern matching the names whose search key starts with (or holds) @p text's key.
QString globPattern(const QString &text, bool anywhere)
{
    QString pattern = anywhere ? QStringLiteral("*") : QString();
    for (const QChar c : searchKey(text))
        pattern += globClass(c);
    return pattern + QLatin1Char('*');
}

QList<Choice> choices(Query &q)
{
    q.exec();
    QList<Choice> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString() });
    return out;
}

} // namespace

std::optional<ChoiceKind> Lookups::kindOfTable(const QString &table)
{
    for (const ChoiceTable &t : choiceTables) {
        if (table == QLatin1String(t.table))
            return t.kind;
    }
    return std::nullopt;
}

QList<Choice> Lookups::search(ChoiceKind kind, const QString &text, int limit) const
{
    const ChoiceTable &t = choiceTable(kind);
    // Names come from the table above, never from the caller; the patterns are bound.
    if (t.searched) {
        Query q = counted(m_db,
            QStringLiteral("SELECT id, %1, %5 FROM %2 WHERE %3%6 ORDER BY CASE WHEN %4%6 THEN 0 "
                           "ELSE 1 END, %4, id LIMIT ?")
                .arg(QString::fromUtf8(t.label), QLatin1String(t.table), QLatin1String(t.searched),
                    QLatin1String(t.sortKey), QLatin1String(t.detail), likeKey()));
        q.bindAll(keyPattern(text, true), keyPattern(text, false), limit);
        return choices(q);
    }
    Query q = counted(m_db,
        QStringLiteral("SELECT id, %1, %4 FROM %2 WHERE %3 GLOB ? ORDER BY %3 GLOB ? DESC, %3, "
                       "id LIMIT ?")
            .arg(QString::fromUtf8(t.label), QLatin1String(t.table), QLatin1String(t.sortKey),
                QLatin1String(t.detail)));
    q.bindAll(globPattern(text, true), globPattern(text, false), limit);
    return choices(q);
}

QString Lookups::keyPattern(const QString &text, bool anywhere)
{
    QString key = searchKey(text);
    key.replace(QLatin1Char('\\'), QLatin1String("\\\\"))
        .replace(QLatin1Char('%'), QLatin1String("\\%"))
        .replace(QLatin1Char('_'), QLatin1String("\\_"));
    return (anywhere ? QStringLiteral("%") : QString()) + key + QLatin1Char('%');
}

QString Lookups::likeKey()
{
    return QStringLiteral(" LIKE ? ESCAPE '\\'");
}

QString Lookups::label(ChoiceKind kind, qint64 id) const
{
    if (id <= 0)
        return {};
    const ChoiceTable &t = choiceTable(kind);
    return counted(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
            .arg(QString::fromUtf8(t.label), QLatin1String(t.table)))
        .bindAll(id)
        .scalar()
        .toString();
}

QHash<qint64, QString> Lookups::labels(ChoiceKind kind, const QList<qint64> &ids) const
{
    QHash<qint64, QString> out;
    QList<qint64> wanted;
    for (qint64 id : ids) {
        if (id > 0 && !wanted.contains(id))
            wanted.append(id);
    }
    if (wanted.isEmpty())
        return out;
    const ChoiceTable &t = choiceTable(kind);
    Query q = counted(m_db,
        QStringLiteral("SELECT id, %1 FROM %2 WHERE id IN (%3)")
            .arg(QString::fromUtf8(t.label), QLatin1String(t.table),
                placeholders(int(wanted.size()))));
    for (qint64 id : std::as_const(wanted))
        q.bind(id);
    for (const Choice &c : choices(q))
        out.insert(c.id, c.label);
    return out;
}

QList<Choice> Lookups::needsOf(qint64 initiativeId) const
{
    Query q = counted(m_db,
        QStringLiteral("SELECT id, title FROM need WHERE initiative_id = ? ORDER BY priority, id"));
    q.bindAll(initiativeId);
    return choices(q);
}

QList<Choice> Lookups::administrationsNotPartnerOf(qint64 initiativeId) const
{
    Query q = counted(m_db,
        QStringLiteral("SELECT id, name FROM administration a WHERE NOT EXISTS (SELECT 1 "
                       "FROM initiative_partner p WHERE p.administration_id = a.id AND "
                       "p.initiative_id = ?) ORDER BY sort_key, id"));
    q.bindAll(initiativeId);
    return choices(q);
}

QSet<qint64> Lookups::phasesTakenBy(qint64 initiativeId) const
{
    QSet<qint64> taken;
    Query q = counted(
        m_db, QStringLiteral("SELECT phase_id FROM participation WHERE initiative_id = ?"));
    q.bindAll(initiativeId).exec();
    while (q.next())
        taken.insert(q.value(0).toLongLong());
    return taken;
}

bool Lookups::identifiersIllustrative(qint64 organisationId) const
{
    return counted(m_db,
               QStringLiteral("SELECT identifiers_illustrative FROM organisation WHERE id = ?"))
               .bindAll(organisationId)
               .scalar()
               .toInt()
        == 1;
}

QList<GrantLine> Lookups::grantsOf(qint64 initiativeId) const
{
    Query q = counted(m_db,
        QStringLiteral("SELECT g.tranche, g.status, g.committed_cents, (SELECT "
                       "COALESCE(SUM(d.amount_cents), 0) FROM disbursement d WHERE "
                       "d.grant_id = g.id), g.conditions, g.illustrative FROM grant_award g "
                       "WHERE g.initiative_id = ? ORDER BY g.decision_date, g.id"));
    q.bindAll(initiativeId).exec();
    QList<GrantLine> out;
    while (q.next()) {
        out.append({ q.value(0).toString(), q.value(1).toString(),
            Money::fromCents(q.value(2).toLongLong()), Money::fromCents(q.value(3).toLongLong()),
            q.value(4).toString(), q.value(5).toInt() != 0 });
    }
    return out;
}

quint64 Lookups::queryCount()
{
    return queries.load();
}

} // namespace tremplin
