// SPDX-License-Identifier: GPL-3.0-or-later
#include "personaldata.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../exports/savefile.h"
#include "../services/searchindex.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLocale>
#include <QSqlRecord>
#include <algorithm>

namespace tremplin {

namespace {

/// The rows of a query as JSON objects named by the query's columns.
QJsonArray rows(Query &&query)
{
    query.exec();
    QJsonArray out;
    while (query.next()) {
        const QSqlRecord record = query.raw().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i),
                query.value(i).isNull() ? QJsonValue() : QJsonValue::fromVariant(query.value(i)));
        out.append(row);
    }
    return out;
}

QString now(const QDateTime &when)
{
    return when.toUTC().toString(Qt::ISODate);
}

/// The person's identifying values as stored: the name, the e-mail and the phone (the empty
/// ones left out).
QStringList identifyingValues(const QJsonObject &person)
{
    QStringList values;
    for (const char *key : { "full_name", "email", "phone" }) {
        const QString v = person.value(QLatin1String(key)).toString().trimmed();
        if (!v.isEmpty())
            values.append(v);
    }
    return values;
}

} // namespace

QString currentActor()
{
    const QString user = qEnvironmentVariable("USER");
    return user.isEmpty() ? qEnvironmentVariable("USERNAME") : user;
}

QJsonObject PersonalData::collect(qint64 personId) const
{
    const QJsonArray person = rows(std::move(Query(m_db,
        QStringLiteral("SELECT id, full_name, email, phone, job_title, organisation_id, "
                       "administration_id, erased_at FROM person WHERE id = ?"))
                                                 .bind(personId)));
    if (person.isEmpty())
        throw Error(tr("There is no person #%1 in this file.").arg(personId));
    const QJsonObject self = person.first().toObject();
    QJsonObject out;
    out.insert(QStringLiteral("exported_at"), now(QDateTime::currentDateTimeUtc()));
    out.insert(QStringLiteral("file"), QFileInfo(m_db.path()).fileName());
    out.insert(QStringLiteral("person"), self);
    const auto section = [this, personId, &out](const char *name, const char *sql) {
        out.insert(
            QLatin1String(name), rows(std::move(Query(m_db, QLatin1String(sql)).bind(personId))));
    };
    section("organisation",
        "SELECT o.id, o.name, o.legal_form, o.siret, o.rna, o.address, o.postcode, o.town, "
        "o.website FROM organisation o JOIN person p ON p.organisation_id = o.id WHERE p.id = ?");
    section("administration",
        "SELECT a.id, a.name, a.short_name FROM administration a JOIN person p ON "
        "p.administration_id = a.id WHERE p.id = ?");
    section("initiatives",
        "SELECT i.id, i.name, ip.role, ip.since, i.lifecycle, i.ds_number FROM initiative_person "
        "ip JOIN initiative i ON i.id = ip.initiative_id WHERE ip.person_id = ? ORDER BY i.name, "
        "ip.role");
    section("actions_owned",
        "SELECT i.name AS initiative, a.title, a.due_date, a.status, a.notes FROM action_item a "
        "JOIN initiative i ON i.id = a.initiative_id WHERE a.owner_id = ? ORDER BY a.due_date");
    section("committee_memberships",
        "SELECT c.name AS committee, c.held_on, m.role, m.track, m.attended FROM "
        "committee_member m JOIN committee c ON c.id = m.committee_id WHERE m.person_id = ? "
        "ORDER BY c.held_on, c.name");
    section("jury_scores",
        "SELECT c.name AS committee, i.name AS initiative, k.name AS criterion, s.score FROM "
        "jury_score s JOIN committee_member m ON m.id = s.member_id JOIN committee c ON c.id = "
        "m.committee_id JOIN initiative i ON i.id = s.initiative_id JOIN jury_criterion k ON "
        "k.id = s.criterion_id WHERE m.person_id = ? ORDER BY c.name, i.name, k.position");
    section("jury_comments",
        "SELECT c.name AS committee, i.name AS initiative, j.body FROM jury_comment j JOIN "
        "committee_member m ON m.id = j.member_id JOIN committee c ON c.id = m.committee_id "
        "JOIN initiative i ON i.id = j.initiative_id WHERE m.person_id = ? ORDER BY c.name, "
        "i.name");
    section("conflicts_of_interest",
        "SELECT c.name AS committee, i.name AS initiative, j.reason, j.declared_on FROM "
        "jury_conflict j JOIN committee_member m ON m.id = j.member_id JOIN committee c ON c.id "
        "= m.committee_id JOIN initiative i ON i.id = j.initiative_id WHERE m.person_id = ?");
    section("recusals",
        "SELECT c.name AS committee, i.name AS initiative, r.reason, r.recorded_at FROM recusal "
        "r JOIN committee_member m ON m.id = r.member_id JOIN committee c ON c.id = "
        "r.committee_id JOIN initiative i ON i.id = r.initiative_id WHERE m.person_id = ?");

    // Text that names them: journal entries they wrote, sign-offs, the audit trail.
    const QString name = self.value(QStringLiteral("full_name")).toString();
    out.insert(QStringLiteral("journal_entries_written"),
        rows(std::move(Query(m_db,
            QStringLiteral("SELECT i.name AS initiative, j.entry_date, j.kind, j.title, j.body "
                           "FROM journal_entry j JOIN initiative i ON i.id = j.initiative_id "
                           "WHERE j.author = ? ORDER BY j.entry_date"))
                           .bind(name))));
    out.insert(QStringLiteral("sign_offs"),
        rows(std::move(Query(m_db,
            QStringLiteral("SELECT name AS committee, signed_off_at FROM committee WHERE "
                           "signed_off_by = ?"))
                           .bind(name))));
    const QStringList values = identifyingValues(self);
    QString valueMatch;
    for (int i = 0; i < values.size(); ++i)
        valueMatch += QStringLiteral(" OR old_value = ? OR new_value = ? OR instr(summary, ?) > 0");
    Query audit(m_db,
        QStringLiteral("SELECT changed_at, actor, entity, entity_id, operation, field, "
                       "old_value, new_value, summary FROM audit_log WHERE (entity = 'person' "
                       "AND entity_id = ?)%1 ORDER BY id")
            .arg(valueMatch));
    audit.bind(personId);
    for (const QString &v : values)
        audit.bindAll(v, v, v);
    out.insert(QStringLiteral("audit_trail"), rows(std::move(audit)));
    return out;
}

void PersonalData::exportTo(qint64 personId, const QString &path) const
{
    saveFile(path, QJsonDocument(collect(personId)).toJson(QJsonDocument::Indented));
}

QString PersonalData::erasedName(qint64 personId)
{
    return tr("Erased person #%1").arg(personId);
}

QString PersonalData::erasureProblem(qint64 personId) const
{
    Query q(m_db, QStringLiteral("SELECT erased_at FROM person WHERE id = ?"));
    q.bind(personId).exec();
    if (!q.next())
        return tr("There is no person #%1 in this file.").arg(personId);
    if (!q.value(0).isNull())
        return tr("Person #%1's data was already erased on %2.")
            .arg(personId)
            .arg(QLocale().toString(
                QDateTime::fromString(q.value(0).toString(), Qt::ISODate).toLocalTime(),
                QLocale::ShortFormat));
    return {};
}

ErasureOutcome PersonalData::erase(qint64 personId)
{
    const QString problem = erasureProblem(personId);
    if (!problem.isEmpty())
        throw Error(problem);
    ErasureOutcome outcome;
    outcome.personId = personId;
    outcome.erasedAt = QDateTime::currentDateTimeUtc();
    WriteTransaction tx(m_db);
    outcome.rowsChanged = eraseIn(tx, personId, QStringLiteral("erasure"), outcome.erasedAt);
    tx.commit();
    outcome.placeholder = erasedName(personId);
    return outcome;
}

int PersonalData::eraseIn(
    WriteTransaction &tx, qint64 personId, const QString &kind, const QDateTime &when)
{
    Query read(m_db, QStringLiteral("SELECT full_name, email, phone FROM person WHERE id = ?"));
    read.bind(personId).exec();
    if (!read.next())
        throw Error(tr("There is no person #%1 in this file.").arg(personId));
    const QString name = read.value(0).toString().trimmed();
    const QString email = read.value(1).toString().trimmed();
    const QString phone = read.value(2).toString().trimmed();
    const QString placeholder = erasedName(personId);
    const QString at = now(when);
    int changed = 0;
    const auto run = [this, &changed](Query &&q) { changed += q.exec().rowsAffected(); };

    run(std::move(Query(m_db,
        QStringLiteral("UPDATE person SET full_name = ?, email = NULL, phone = NULL, job_title "
                       "= NULL, erased_at = ? WHERE id = ?"))
                      .bindAll(placeholder, at, personId)));
    refreshDirectoryKeys(m_db, QStringLiteral("person"), personId);

    if (!name.isEmpty()) {
        run(std::move(
            Query(m_db, QStringLiteral("UPDATE journal_entry SET author = ? WHERE author = ?"))
                .bindAll(placeholder, name)));
        run(std::move(Query(
            m_db, QStringLiteral("UPDATE committee SET signed_off_by = ? WHERE signed_off_by = ?"))
                          .bindAll(placeholder, name)));
    }

    // The raw copy of the applications they belong to holds their name and contact details.
    for (const QString &value : { name, email, phone }) {
        if (value.isEmpty())
            continue;
        run(std::move(
            Query(m_db,
                QStringLiteral("UPDATE initiative SET ds_snapshot = replace(ds_snapshot, ?, ?) "
                               "WHERE instr(ds_snapshot, ?) > 0 AND id IN (SELECT initiative_id "
                               "FROM initiative_person WHERE person_id = ?)"))
                .bindAll(value, value == name ? placeholder : QString(), value, personId)));
    }

    // The audit trail: append-only, but an erasure may blank values (the trigger lets an
    // update through when erased_at is set and only the actor, summary and values change).
    run(std::move(Query(m_db,
        QStringLiteral("UPDATE audit_log SET summary = NULL, old_value = NULL, new_value = NULL, "
                       "erased_at = ? WHERE entity = 'person' AND entity_id = ?"))
                      .bindAll(at, personId)));
    for (const QString &value : { name, email, phone }) {
        if (value.isEmpty())
            continue;
        const QString replacement = value == name ? placeholder : QString();
        for (const char *column : { "old_value", "new_value" }) {
            run(std::move(Query(m_db,
                QStringLiteral("UPDATE audit_log SET %1 = NULL, erased_at = ? WHERE %1 = ?")
                    .arg(QLatin1String(column)))
                              .bindAll(at, value)));
        }
        run(std::move(Query(m_db,
            QStringLiteral("UPDATE audit_log SET summary = replace(summary, ?, ?), erased_at = ? "
                           "WHERE instr(summary, ?) > 0"))
                          .bindAll(value, replacement, at, value)));
        run(std::move(Query(
            m_db, QStringLiteral("UPDATE audit_log SET actor = ?, erased_at = ? WHERE actor = ?"))
                          .bindAll(placeholder, at, value)));
    }

    // The log says who was erased by id only.
    Query(m_db,
        QStringLiteral("INSERT INTO erasure_log (erased_at, actor, kind, subject, rows_changed) "
                       "VALUES (?, ?, ?, ?, ?)"))
        .bindAll(at, currentActor(), kind, QStringLiteral("person %1").arg(personId), changed)
        .exec();
    tx.touch(QStringLiteral("person"), personId);
    tx.touch(QStringLiteral("journal_entry"), 0);
    tx.touch(QStringLiteral("committee"), 0);
    tx.touch(QStringLiteral("initiative"), 0);
    tx.touch(QStringLiteral("audit_log"), 0);
    tx.touch(QStringLiteral("erasure_log"), 0);
    return changed;
}

QList<Snapshot> PersonalData::snapshotsBefore(const QDateTime &when) const
{
    QList<Snapshot> out;
    const QList<Snapshot> all = Snapshots::forFile(m_db.path()).list();
    for (const Snapshot &s : all) {
        // Names hold the second: one taken within the erasure's second may hold the data.
        if (s.takenAt <= when)
            out.append(s);
    }
    return out;
}

QList<Snapshot> PersonalData::deleteSnapshots(const QList<Snapshot> &snapshots) const
{
    QList<Snapshot> failed;
    const QList<Snapshot> known = Snapshots::forFile(m_db.path()).list();
    for (const Snapshot &s : snapshots) {
        const bool inFolder = std::any_of(known.begin(), known.end(),
            [&s](const Snapshot &k) { return k.path == QFileInfo(s.path).absoluteFilePath(); });
        if (!inFolder || !QFile::remove(s.path))
            failed.append(s);
    }
    return failed;
}

} // namespace tremplin
