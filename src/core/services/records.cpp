// SPDX-License-Identifier: GPL-3.0-or-later
// RecordService's generic reads and writes: a field read and written, the rows of a parent,
// a row inserted, removed with what depends on it and restored. The field catalogue, the
// foreign keys and the workflow rules live in src/core/records/.
#include "records.h"

#include "../database/query.h"
#include "../database/sqldialect.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../records/foreignkeys.h"
#include "../records/recordsdetail.h"
#include "grantservice.h"
#include "initiativeservice.h"
#include "jurydecisionservice.h"
#include "programmeservice.h"
#include "searchindex.h"

#include <QSet>
#include <QSqlRecord>

namespace tremplin {

using records::normalise;
using records::now;
using records::Tr;

namespace {

/// Tables rows can be inserted into and removed from through RecordService.
const char *const insertableTables[] = { "initiative", "organisation", "person", "need",
    "action_item", "participation", "journal_entry", "indicator", "measurement",
    "initiative_partner", "initiative_person", "grant_award", "disbursement", "funding_source",
    "theme", "promotion", "phase", "administration", "programme_tranche", "list_item", "committee",
    "committee_member", "agenda_item", "decision", "decision_sponsor", "decision_amendment",
    "letter_template", "jury_criterion", "jury_track" };

bool isInsertable(const QString &table)
{
    for (const char *t : insertableTables) {
        if (table == QLatin1String(t))
            return true;
    }
    return false;
}

/// The columns of a row created (@p created) or removed, as audit lines: the fields a form
/// edits and the references to other rows, not the stored keys (search text, sort keys).
QList<FieldChange> auditedFields(const QString &table, const QVariantMap &row, bool created)
{
    QList<FieldChange> out;
    for (auto it = row.cbegin(); it != row.cend(); ++it) {
        if (it.key() == QLatin1String("id"))
            continue;
        if (!RecordService::field(table, it.key()) && !it.key().endsWith(QLatin1String("_id")))
            continue;
        out.append(created ? FieldChange { it.key(), {}, it.value() }
                           : FieldChange { it.key(), it.value(), {} });
    }
    return out;
}

} // namespace

RecordRows RecordService::children(const QString &table, const QString &parentColumn,
    qint64 parentId, const QStringList &columns, const QString &orderBy,
    const QVariantMap &where) const
{
    // Every name is checked against the allow-list or the foreign keys before it reaches SQL.
    const auto refused = [] { return Error(Tr::tr("This field cannot be edited.")); };
    if (parentColumn.isEmpty() ? !isInsertable(table)
                               : referencedTable(table, parentColumn).isEmpty())
        throw refused();
    for (const QString &c : columns) {
        if (!field(table, c))
            throw refused();
    }
    const QSqlRecord known = m_db.connection().record(table);
    for (const QString &part : orderBy.split(QLatin1Char(','))) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        const bool direction = words.size() == 1
            || (words.size() == 2
                && (words.at(1) == QLatin1String("ASC") || words.at(1) == QLatin1String("DESC")));
        if (!direction || !known.contains(words.at(0)))
            throw refused();
    }
    QStringList conditions;
    QVariantList bound;
    if (!parentColumn.isEmpty()) {
        conditions << parentColumn + QStringLiteral(" = ?");
        bound << parentId;
    }
    for (auto it = where.cbegin(); it != where.cend(); ++it) {
        if (!known.contains(it.key()))
            throw refused();
        conditions << it.key() + QStringLiteral(" = ?");
        bound << it.value();
    }
    Query q(m_db,
        QStringLiteral("SELECT id, %1 FROM %2 %3 ORDER BY %4")
            .arg(columns.join(QStringLiteral(", ")), table,
                conditions.isEmpty()
                    ? QString()
                    : QStringLiteral("WHERE ") + conditions.join(QStringLiteral(" AND ")),
                orderBy));
    for (const QVariant &v : std::as_const(bound))
        q.bind(v);
    q.exec();
    RecordRows out;
    while (q.next()) {
        out.ids.append(q.value(0).toLongLong());
        QVariantList row;
        for (int c = 0; c < columns.size(); ++c)
            row.append(q.value(c + 1));
        out.rows.append(row);
    }
    return out;
}

QVariant RecordService::value(const QString &table, const QString &column, qint64 id) const
{
    const FieldSpec *spec = field(table, column);
    if (!spec)
        return {};
    if (spec->kind == FieldKind::Themes)
        return InitiativeService(m_db).themes(id);
    // Names come from the allow-list above, never from the caller's text.
    return Query(m_db,
        QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
            .arg(QLatin1String(spec->column), QLatin1String(spec->table)))
        .bindAll(id)
        .scalar();
}

void RecordService::setValue(
    const QString &table, const QString &column, qint64 id, const QVariant &value, Check check)
{
    const QString refusal = problem(table, column, id, value, check);
    if (!refusal.isEmpty())
        throw Error(refusal);
    const FieldSpec &spec = *field(table, column);
    const QVariant v = normalise(spec, value);
    WriteTransaction tx(m_db);
    const QVariant before = this->value(table, column, id);
    if (spec.kind == FieldKind::Themes) {
        InitiativeService(m_db).setThemes(id, v.toStringList());
    } else {
        Query q(m_db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(QLatin1String(spec.table), QLatin1String(spec.column)));
        q.bindAll(v, id).exec();
        if (q.rowsAffected() != 1)
            throw Error(Tr::tr("This record no longer exists."));
    }
    if (table == QLatin1String("initiative")) {
        Query(m_db, QStringLiteral("UPDATE initiative SET updated_at = ? WHERE id = ?"))
            .bindAll(now(), id)
            .exec();
        if (column == QLatin1String("name") || column == QLatin1String("description")
            || column == QLatin1String("town") || column == QLatin1String("carrier_id"))
            refreshInitiativeSearchKey(m_db, id);
    } else if (table == QLatin1String("organisation") && column == QLatin1String("name")) {
        refreshSearchKeysOfCarrier(m_db, id);
    } else if (table == QLatin1String("theme")) {
        refreshSearchKeysOfTheme(m_db, id);
    }
    refreshDirectoryKeys(m_db, table, id);
    GrantService(m_db).checkWritten(table, id, { column });
    ProgrammeService(m_db).checkWritten(table, id, { column });
    tx.record(table, id, Change::Updated, column, { { column, before, v } });
    tx.commit();
}

void RecordService::setValues(
    const QString &table, qint64 id, const QVariantMap &values, Check check)
{
    if (values.isEmpty())
        return;
    QStringList assignments;
    QVariantList bound;
    QList<FieldChange> changes;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString refusal = problem(table, it.key(), id, it.value(), check, &values);
        if (!refusal.isEmpty())
            throw Error(refusal);
        const FieldSpec *spec = field(table, it.key());
        if (spec->kind == FieldKind::Themes)
            throw Error(Tr::tr("This field cannot be edited."));
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(spec->column));
        bound << normalise(*spec, it.value());
        changes.append({ it.key(), {}, bound.constLast() });
    }
    WriteTransaction tx(m_db);
    for (FieldChange &change : changes)
        change.before = value(table, change.field, id);
    Query q(m_db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(bound))
        q.bind(v);
    q.bind(id);
    q.exec();
    if (q.rowsAffected() != 1)
        throw Error(Tr::tr("This record no longer exists."));
    refreshDirectoryKeys(m_db, table, id);
    GrantService(m_db).checkWritten(table, id, values.keys());
    ProgrammeService(m_db).checkWritten(table, id, values.keys());
    tx.record(table, id, Change::Updated, values.keys().join(QStringLiteral(", ")), changes);
    tx.commit();
}

qint64 RecordService::insert(const QString &table, const QVariantMap &values)
{
    if (!isInsertable(table) || values.isEmpty())
        throw Error(Tr::tr("This record cannot be created here."));
    // Columns must exist in the table: check them against the database's own description.
    const QSqlRecord columns = m_db.connection().record(table);
    QStringList names;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("id"))
            throw Error(Tr::tr("This record cannot be created here."));
        names.append(it.key());
    }
    // A signed-off committee takes no new member, agenda item or decision.
    if (const QString locked = JuryDecisionService(m_db).rowLockProblem(table, 0, values);
        !locked.isEmpty())
        throw Error(locked);
    // The values' own rules, then the rules that involve other rows.
    for (const QString &n : std::as_const(names)) {
        if (const FieldSpec *spec = field(table, n)) {
            const QString p = valueProblem(*spec, values.value(n));
            if (!p.isEmpty())
                throw Error(p);
        }
    }
    QVariantMap checked = values;
    if (table == QLatin1String("theme")) {
        // The programme's list of themes: a new one is never a near-duplicate of another.
        const QString themeProblem = InitiativeService(m_db).newThemeProblem(
            values.value(QStringLiteral("name")).toString());
        if (!themeProblem.isEmpty())
            throw Error(themeProblem);
        checked.insert(
            QStringLiteral("name"), values.value(QStringLiteral("name")).toString().simplified());
    }
    if (table == QLatin1String("disbursement")) {
        if (values.value(QStringLiteral("amount_cents")).toLongLong() <= 0)
            throw Error(Tr::tr("%1 must be greater than zero.")
                            .arg(label(*field(table, QStringLiteral("amount_cents")))));
    }
    WriteTransaction tx(m_db);
    const bool hasId = columns.contains(QStringLiteral("id"));
    Query q(m_db,
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
            .arg(table, names.join(QStringLiteral(", ")), placeholders(int(names.size())),
                hasId ? QStringLiteral(" RETURNING id") : QString()));
    for (const QString &n : names)
        q.bind(checked.value(n));
    qint64 id = 0;
    if (hasId)
        id = q.execReturningId();
    else
        q.exec();
    if (table == QLatin1String("initiative"))
        refreshInitiativeSearchKey(m_db, id);
    refreshDirectoryKeys(m_db, table, id);
    GrantService(m_db).checkWritten(table, id, names);
    ProgrammeService(m_db).checkWritten(table, id, names);
    tx.record(table, id, Change::Inserted, QString(), auditedFields(table, checked, true));
    tx.commit();
    return id;
}

namespace {

void collect(Database &db, const QString &table, const QString &column, const QVariant &key,
    RemovedRecord &out)
{
    Query q(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column));
    q.bindAll(key).exec();
    RemovedRecord::Rows rows { table, {} };
    const QSqlRecord rec = q.raw().record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        rows.rows.append(row);
    }
    // Rows reached by two paths (a jury's assignments through its session and through its
    // jurors) are taken once: restoring them twice would fail.
    if (rows.rows.size() > 0 && rows.rows.constFirst().contains(QStringLiteral("id"))) {
        QSet<qint64> seen;
        for (const RemovedRecord::Rows &r : std::as_const(out.rows)) {
            if (r.table == table) {
                for (const QVariantMap &row : r.rows)
                    seen.insert(row.value(QStringLiteral("id")).toLongLong());
            }
        }
        if (!seen.isEmpty()) {
            rows.rows.removeIf([&seen](const QVariantMap &row) {
                return seen.contains(row.value(QStringLiteral("id")).toLongLong());
            });
        }
    }
    if (rows.rows.isEmpty())
        return;
    out.rows.append(rows);
    for (const QVariantMap &row : std::as_const(rows.rows)) {
        if (!row.contains(QStringLiteral("id")))
            continue;
        const QVariant id = row.value(QStringLiteral("id"));
        for (const ForeignKey &fk : foreignKeys()) {
            if (table != QLatin1String(fk.parent))
                continue;
            if (fk.cascade) {
                collect(db, QLatin1String(fk.child), QLatin1String(fk.column), id, out);
            } else {
                Query n(db,
                    QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 = ?")
                        .arg(QLatin1String(fk.column), QLatin1String(fk.child)));
                n.bindAll(id).exec();
                RemovedRecord::Nulled nulled { QLatin1String(fk.child), QLatin1String(fk.column),
                    {} };
                while (n.next())
                    nulled.values.append({ n.value(0).toLongLong(), n.value(1) });
                if (!nulled.values.isEmpty())
                    out.nulled.append(nulled);
            }
        }
    }
}

/// The search keys hold the themes' names: refresh those of the initiatives that had (or get
/// back) a removed theme.
void refreshSearchKeysOfThemed(Database &db, const RemovedRecord &removed)
{
    for (const RemovedRecord::Rows &rows : removed.rows) {
        if (rows.table != QLatin1String("initiative_theme"))
            continue;
        for (const QVariantMap &row : rows.rows)
            refreshInitiativeSearchKey(db, row.value(QStringLiteral("initiative_id")).toLongLong());
    }
}

} // namespace

RemovedRecord RecordService::capture(const QString &table, qint64 id) const
{
    if (!isInsertable(table))
        throw Error(Tr::tr("This record cannot be deleted here."));
    RemovedRecord captured;
    captured.table = table;
    captured.id = id;
    collect(m_db, table, QStringLiteral("id"), id, captured);
    return captured;
}

RemovedRecord RecordService::remove(const QString &table, qint64 id)
{
    if (!isInsertable(table))
        throw Error(Tr::tr("This record cannot be deleted here."));
    WriteTransaction tx(m_db);
    RemovedRecord removed;
    removed.table = table;
    removed.id = id;
    collect(m_db, table, QStringLiteral("id"), id, removed);
    if (removed.rows.isEmpty())
        throw Error(Tr::tr("This record no longer exists."));
    // Read inside the transaction: no initiative can join the promotion in between.
    const QString refusal = ProgrammeService(m_db).removalProblem(table, id);
    if (!refusal.isEmpty())
        throw Error(refusal);
    // What a signed-off committee holds stays (the committee itself may be deleted).
    if (const QString locked = table == QLatin1String("committee")
            ? QString()
            : JuryDecisionService(m_db).rowLockProblem(table, id);
        !locked.isEmpty())
        throw Error(locked);
    // Recorded before the row goes: its scope (the initiative, grant...) is read from it.
    tx.record(table, id, Change::Deleted, QString(),
        auditedFields(table, removed.rows.constFirst().rows.value(0), false));
    Query(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)).bindAll(id).exec();
    if (table == QLatin1String("organisation"))
        refreshSearchKeysOfCarrier(m_db, id); // none left: carrier_id was set to NULL
    if (table == QLatin1String("theme"))
        refreshSearchKeysOfThemed(m_db, removed);
    tx.commit();
    return removed;
}

void RecordService::restore(const RemovedRecord &removed)
{
    WriteTransaction tx(m_db);
    // Rows come back in any order; the foreign keys are checked at commit.
    {
        QSqlDatabase c = m_db.connection();
        m_db.dialect().deferForeignKeys(c);
    }
    for (const RemovedRecord::Rows &rows : removed.rows) {
        for (const QVariantMap &row : rows.rows) {
            QStringList names = row.keys();
            Query q(m_db,
                QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                    .arg(rows.table, names.join(QStringLiteral(", ")),
                        placeholders(int(names.size()))));
            for (const QString &n : names)
                q.bind(row.value(n));
            q.exec();
        }
    }
    for (const RemovedRecord::Nulled &nulled : removed.nulled) {
        for (const auto &[rowId, value] : nulled.values) {
            Query(m_db,
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                    .arg(nulled.table, nulled.column))
                .bindAll(value, rowId)
                .exec();
        }
    }
    if (removed.table == QLatin1String("organisation"))
        refreshSearchKeysOfCarrier(m_db, removed.id);
    if (removed.table == QLatin1String("theme"))
        refreshSearchKeysOfThemed(m_db, removed);
    tx.record(removed.table, removed.id, Change::Inserted, QString(),
        removed.rows.isEmpty()
            ? QList<FieldChange> {}
            : auditedFields(removed.table, removed.rows.constFirst().rows.value(0), true));
    tx.commit();
}

} // namespace tremplin