// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "../database/query.h"
#include "../database/sqldialect.h"
#include "../database/transaction.h"
#include "../domain/enums.h"
#include "../error.h"
#include "../records/foreignkeys.h"
#include "../validation/validation.h"
#include "lookups.h"
#include "searchindex.h"

#include <QCoreApplication>

namespace tremplin {

qint64 DirectoryService::createOrganisation(const Organisation &o)
{
    validation::throwIfAny(validation::checkOrganisation(o));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO organisation (name, legal_form, siret, rna, "
                           "address, postcode, town, website, identifiers_illustrative) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
              .bindAll(o.name.trimmed(), toCode(o.legalForm), nullableText(o.siret),
                  nullableText(o.rna), nullableText(o.address), nullableText(o.postcode),
                  nullableText(o.town), nullableText(o.website), int(o.identifiersIllustrative))
              .execReturningId();
    refreshDirectoryKeys(m_db, QStringLiteral("organisation"), id);
    tx.record(QStringLiteral("organisation"), id, Change::Inserted, o.name);
    tx.commit();
    return id;
}

qint64 DirectoryService::createAdministration(const Administration &a)
{
    if (a.name.trimmed().isEmpty()) {
        throw Error(QCoreApplication::translate(
            "tremplin::DirectoryService", "The administration needs a name."));
    }
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO administration (parent_id, name, "
                       "short_name, kind, website) VALUES (?, ?, ?, ?, "
                       "?) RETURNING id"))
                          .bindAll(nullableId(a.parentId), a.name.trimmed(),
                              nullableText(a.shortName), toCode(a.kind), nullableText(a.website))
                          .execReturningId();
    refreshDirectoryKeys(m_db, QStringLiteral("administration"), id);
    tx.record(QStringLiteral("administration"), id, Change::Inserted, a.name);
    tx.commit();
    return id;
}

qint64 DirectoryService::createPerson(const Person &p)
{
    if (p.fullName.trimmed().isEmpty()) {
        throw Error(
            QCoreApplication::translate("tremplin::DirectoryService", "The person needs a name."));
    }
    if (!p.email.isEmpty() && !validation::isValidEmail(p.email)) {
        throw Error(QCoreApplication::translate(
            "tremplin::DirectoryService", "The e-mail address is not valid."));
    }
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO person (full_name, email, phone, "
                       "job_title, organisation_id, administration_id) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(p.fullName.trimmed(), nullableText(p.email),
                              nullableText(p.phone), nullableText(p.jobTitle),
                              nullableId(p.organisationId), nullableId(p.administrationId))
                          .execReturningId();
    refreshDirectoryKeys(m_db, QStringLiteral("person"), id);
    tx.record(QStringLiteral("person"), id, Change::Inserted, p.fullName);
    tx.commit();
    return id;
}

qint64 DirectoryService::findAdministration(const QString &name) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM administration WHERE name = ?"))
        .bindAll(name)
        .scalar()
        .toLongLong();
}

namespace {

/// The context of the directory's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::DirectoryService)
};

/// How a directory table is listed and searched: by its stored keys (searchindex.h), sort_key
/// for the order and search_text (name and short name, town or e-mail) for the search.
struct DirectoryTable
{
    const char *table;
    const char *kind; ///< the column DirectoryFilter::kind selects on, or nullptr
};
const DirectoryTable directoryTables[] = {
    { "administration", "kind" },
    { "organisation", "legal_form" },
    { "person", nullptr },
};

const DirectoryTable *directoryTable(const QString &table)
{
    for (const DirectoryTable &t : directoryTables) {
        if (table == QLatin1String(t.table))
            return &t;
    }
    return nullptr;
}

/// The WHERE clause of a directory list and the values it binds.
QString whereOf(const DirectoryTable &t, const DirectoryFilter &filter, QVariantList &bound)
{
    QStringList conditions;
    if (!filter.search.trimmed().isEmpty()) {
        conditions << QStringLiteral("search_text") + Lookups::likeKey();
        bound << Lookups::keyPattern(filter.search, true);
    }
    if (t.kind && !filter.kind.isEmpty()) {
        conditions << QStringLiteral("%1 = ?").arg(QLatin1String(t.kind));
        bound << filter.kind;
    }
    return conditions.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

/// "?, ?, ?" and the ids bound, for an IN list.
Query &bindIds(Query &q, const QList<qint64> &ids)
{
    for (qint64 id : ids)
        q.bind(id);
    return q;
}

QList<qint64> idsOf(Query &q)
{
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

/// What a foreign key's rows are called in a sentence about a record's dependents.
QString dependentsLabel(const Dependents &d)
{
    const auto is = [&d](const char *table, const char *column) {
        return d.table == QLatin1String(table) && d.column == QLatin1String(column);
    };
    if (is("person", "administration_id") || is("person", "organisation_id"))
        return Tr::tr("%Ln person(s)", nullptr, d.count);
    if (is("administration", "parent_id"))
        return Tr::tr("%Ln administration(s) under it", nullptr, d.count);
    if (d.table == QLatin1String("action_item"))
        return Tr::tr("%Ln action(s)", nullptr, d.count);
    if (is("initiative_person", "person_id"))
        return Tr::tr("%Ln role(s) in initiatives", nullptr, d.count);
    if (d.table == QLatin1String("initiative_person"))
        return Tr::tr("%Ln contact(s) of initiatives", nullptr, d.count);
    if (d.table == QLatin1String("initiative_partner"))
        return Tr::tr("%Ln public partnership(s) of initiatives", nullptr, d.count);
    if (d.table == QLatin1String("funding_source"))
        return Tr::tr("%Ln funding source(s)", nullptr, d.count);
    if (d.table == QLatin1String("programme"))
        return Tr::tr("the programme's operator");
    if (d.table == QLatin1String("committee_member"))
        return Tr::tr("%Ln committee seat(s)", nullptr, d.count);
    if (d.table == QLatin1String("decision_sponsor"))
        return Tr::tr("%Ln sponsorship(s) of decisions", nullptr, d.count);
    if (is("initiative", "carrier_id"))
        return Tr::tr("%Ln carried initiative(s)", nullptr, d.count);
    return Tr::tr("%Ln row(s) of %1", nullptr, d.count).arg(d.table);
}

} // namespace

bool DirectoryService::isDirectoryTable(const QString &table)
{
    return directoryTable(table) != nullptr;
}

RecordRows DirectoryService::page(const QString &table, const QStringList &columns,
    const DirectoryFilter &filter, int offset, int limit) const
{
    const DirectoryTable *t = directoryTable(table);
    for (const QString &c : columns) {
        if (!t || !RecordService::field(table, c))
            throw Error(Tr::tr("This list cannot be shown."));
    }
    QVariantList bound;
    const QString where = whereOf(*t, filter, bound);
    // Names starting with the text come first, then by name (as the choice lists).
    QString order = QStringLiteral("sort_key, id");
    if (!filter.search.trimmed().isEmpty()) {
        order.prepend(
            QStringLiteral("CASE WHEN sort_key%1 THEN 0 ELSE 1 END, ").arg(Lookups::likeKey()));
        bound << Lookups::keyPattern(filter.search, false);
    }
    Query q(m_db,
        QStringLiteral("SELECT id, %1 FROM %2%3 ORDER BY %4 LIMIT ? OFFSET ?")
            .arg(columns.join(QStringLiteral(", ")), table, where, order));
    for (const QVariant &v : std::as_const(bound))
        q.bind(v);
    q.bindAll(limit, offset).exec();
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

int DirectoryService::count(const QString &table, const DirectoryFilter &filter) const
{
    const DirectoryTable *t = directoryTable(table);
    if (!t)
        throw Error(Tr::tr("This list cannot be shown."));
    QVariantList bound;
    const QString where = whereOf(*t, filter, bound);
    Query q(m_db, QStringLiteral("SELECT COUNT(*) FROM %1%2").arg(table, where));
    for (const QVariant &v : std::as_const(bound))
        q.bind(v);
    return q.scalar().toInt();
}

QList<Dependents> DirectoryService::dependents(const QString &table, qint64 id) const
{
    QList<Dependents> out;
    for (const ForeignKey &fk : foreignKeys()) {
        if (table != QLatin1String(fk.parent))
            continue;
        // Names come from the foreign-key map, never from the caller.
        const int n = Query(m_db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                .arg(QLatin1String(fk.child), QLatin1String(fk.column)))
                          .bindAll(id)
                          .scalar()
                          .toInt();
        if (n > 0)
            out.append({ QLatin1String(fk.child), QLatin1String(fk.column), n, fk.cascade });
    }
    return out;
}

QString DirectoryService::dependentsSummary(const QString &table, qint64 id) const
{
    QStringList parts;
    for (const Dependents &d : dependents(table, id))
        parts << dependentsLabel(d);
    return parts.join(QStringLiteral(", "));
}

QList<PersonAppearance> DirectoryService::appearances(qint64 personId) const
{
    QList<PersonAppearance> out;
    Query q(m_db,
        QStringLiteral("SELECT i.name, p.role FROM initiative_person p JOIN initiative i ON "
                       "i.id = p.initiative_id WHERE p.person_id = ? ORDER BY i.name, p.role"));
    q.bindAll(personId).exec();
    while (q.next()) {
        const auto role = fromCode<PersonRole>(q.value(1).toString());
        out.append({ q.value(0).toString(), role ? label(*role) : q.value(1).toString(), false });
    }
    Query c(m_db,
        QStringLiteral("SELECT c.name, m.role FROM committee_member m JOIN committee c ON "
                       "c.id = m.committee_id WHERE m.person_id = ? ORDER BY c.held_on, c.name"));
    c.bindAll(personId).exec();
    while (c.next()) {
        const auto role = fromCode<CommitteeRole>(c.value(1).toString());
        out.append({ c.value(0).toString(), role ? label(*role) : c.value(1).toString(), true });
    }
    return out;
}

QString DirectoryService::parentProblem(qint64 id, qint64 parentId) const
{
    // Up the parents of the new parent: meeting the administration itself is a cycle. The
    // count stops a walk through a cycle already in a file.
    qint64 current = parentId;
    for (int steps = 0; current > 0 && steps < 10000; ++steps) {
        if (current == id) {
            return parentId == id
                ? Tr::tr("An administration cannot be its own parent.")
                : Tr::tr(
                    "An administration cannot be placed under one of its own sub-administrations.");
        }
        current = Query(m_db, QStringLiteral("SELECT parent_id FROM administration WHERE id = ?"))
                      .bindAll(current)
                      .scalar()
                      .toLongLong();
    }
    return {};
}

MergeRecord DirectoryService::merge(
    const QString &table, qint64 keepId, const QList<qint64> &goneIds)
{
    if (!isDirectoryTable(table))
        throw Error(Tr::tr("These records cannot be merged."));
    QList<qint64> gone;
    for (qint64 id : goneIds) {
        if (id != keepId && !gone.contains(id))
            gone.append(id);
    }
    if (gone.isEmpty())
        throw Error(Tr::tr("Choose at least two records to merge."));
    WriteTransaction tx(m_db);
    Query exists(m_db,
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id IN (%2)")
            .arg(table, placeholders(int(gone.size()) + 1)));
    bindIds(exists, gone).bind(keepId);
    if (exists.scalar().toInt() != gone.size() + 1)
        throw Error(Tr::tr("One of these records no longer exists."));

    MergeRecord out;
    out.table = table;
    out.keepId = keepId;
    out.goneIds = gone;
    RecordService records(m_db);
    QSqlDatabase connection = m_db.connection();

    // The kept record's own reference to a merged one (an administration under its duplicate)
    // goes to the nearest ancestor that stays.
    for (const ForeignKey &fk : foreignKeys()) {
        if (table != QLatin1String(fk.parent) || table != QLatin1String(fk.child))
            continue;
        const QString select
            = QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(QLatin1String(fk.column), table);
        const QVariant current = Query(m_db, select).bindAll(keepId).scalar();
        if (current.isNull() || !gone.contains(current.toLongLong()))
            continue;
        QVariant next = current;
        for (int steps = 0;
             !next.isNull() && (gone.contains(next.toLongLong()) || next.toLongLong() == keepId);
             ++steps) {
            next = steps < 10000 ? Query(m_db, select).bindAll(next).scalar() : QVariant();
        }
        out.selfColumn = QLatin1String(fk.column);
        out.keepSelfReference = current;
        Query(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(table, out.selfColumn))
            .bindAll(next, keepId)
            .exec();
    }

    for (qint64 goneId : std::as_const(gone)) {
        for (const ForeignKey &fk : foreignKeys()) {
            if (table != QLatin1String(fk.parent))
                continue;
            const QString child = QLatin1String(fk.child);
            const QString column = QLatin1String(fk.column);
            // A merged record's references among its own kind stay with it (it is removed).
            QString exclude;
            QList<qint64> excluded;
            if (child == table) {
                excluded = gone;
                excluded.append(keepId);
                exclude
                    = QStringLiteral(" AND id NOT IN (%1)").arg(placeholders(int(excluded.size())));
            }
            // A row whose move would repeat a link the kept record already has is removed.
            for (const QStringList &key : m_db.dialect().uniqueKeys(connection, child)) {
                if (!key.contains(column))
                    continue;
                QString same;
                for (const QString &k : key) {
                    if (k != column)
                        same += QStringLiteral(" AND s.%1 = r.%1").arg(k);
                }
                Query colliding(m_db,
                    QStringLiteral("SELECT r.id FROM %1 r WHERE r.%2 = ? AND EXISTS (SELECT 1 "
                                   "FROM %1 s WHERE s.%2 = ?%3) ORDER BY r.id")
                        .arg(child, column, same));
                colliding.bindAll(goneId, keepId);
                for (qint64 id : idsOf(colliding))
                    out.dropped.append(records.remove(child, id));
            }
            Query moving(m_db,
                QStringLiteral("SELECT id FROM %1 WHERE %2 = ?%3 ORDER BY id")
                    .arg(child, column, exclude));
            bindIds(moving.bindAll(goneId), excluded);
            const QList<qint64> ids = idsOf(moving);
            if (ids.isEmpty())
                continue;
            Query update(m_db,
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE %2 = ?%3").arg(child, column, exclude));
            bindIds(update.bindAll(keepId, goneId), excluded).exec();
            out.moved.append({ child, column, goneId, ids });
            tx.record(child, 0, Change::Updated, column);
        }
    }
    for (qint64 goneId : std::as_const(gone))
        out.removed.append(records.remove(table, goneId));
    if (table == QLatin1String("organisation"))
        refreshSearchKeysOfCarrier(m_db, keepId);
    tx.record(table, keepId, Change::Updated, QStringLiteral("merge"));
    tx.commit();
    return out;
}

void DirectoryService::unmerge(const MergeRecord &merged)
{
    WriteTransaction tx(m_db);
    {
        QSqlDatabase c = m_db.connection();
        m_db.dialect().deferForeignKeys(c);
    }
    RecordService records(m_db);
    for (auto it = merged.removed.crbegin(); it != merged.removed.crend(); ++it)
        records.restore(*it);
    for (auto it = merged.moved.crbegin(); it != merged.moved.crend(); ++it) {
        // In slices: SQLite binds at most a few thousand values per statement.
        for (qsizetype first = 0; first < it->ids.size(); first += 500) {
            const QList<qint64> slice = it->ids.mid(first, 500);
            Query q(m_db,
                QStringLiteral("UPDATE %1 SET %2 = ? WHERE id IN (%3)")
                    .arg(it->table, it->column, placeholders(int(slice.size()))));
            bindIds(q.bindAll(it->from), slice).exec();
        }
        tx.record(it->table, 0, Change::Updated, it->column);
    }
    if (!merged.selfColumn.isEmpty()) {
        Query(m_db,
            QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                .arg(merged.table, merged.selfColumn))
            .bindAll(merged.keepSelfReference, merged.keepId)
            .exec();
    }
    for (auto it = merged.dropped.crbegin(); it != merged.dropped.crend(); ++it)
        records.restore(*it);
    if (merged.table == QLatin1String("organisation")) {
        refreshSearchKeysOfCarrier(m_db, merged.keepId);
        for (qint64 id : merged.goneIds)
            refreshSearchKeysOfCarrier(m_db, id);
    }
    tx.record(merged.table, merged.keepId, Change::Updated, QStringLiteral("unmerge"));
    tx.commit();
}

} // namespace tremplin
