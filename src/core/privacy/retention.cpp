// SPDX-License-Identifier: GPL-3.0-or-later
#include "retention.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "personaldata.h"

namespace tremplin {

int Retention::months() const
{
    const QVariant v
        = Query(m_db, QStringLiteral("SELECT retention_months FROM programme ORDER BY id LIMIT 1"))
              .scalar();
    return v.isNull() || !v.isValid() ? -1 : v.toInt();
}

RetentionPlan Retention::plan(const QDateTime &now) const
{
    RetentionPlan plan;
    // Per promotion, its selection's latest sign-off and the programme's retention period.
    Query q(m_db,
        QStringLiteral(
            "WITH selection AS (SELECT c.promotion_id, MAX(c.signed_off_at) AS signed_off_at, "
            "MAX(p.retention_months) AS months FROM committee c JOIN jury_session s ON "
            "s.committee_id = c.id JOIN programme p ON p.id = c.programme_id WHERE "
            "c.signed_off_at IS NOT NULL AND p.retention_months IS NOT NULL AND c.promotion_id "
            "IS NOT NULL GROUP BY c.promotion_id) "
            "SELECT i.id, i.name, sel.signed_off_at, sel.months FROM initiative i JOIN selection "
            "sel ON sel.promotion_id = i.promotion_id WHERE i.lifecycle NOT IN ('laureate', "
            "'alumni') AND NOT EXISTS (SELECT 1 FROM jury_decision d WHERE d.initiative_id = "
            "i.id AND d.outcome = 'selected') ORDER BY i.id"));
    q.exec();
    QStringList ids;
    while (q.next()) {
        const QDateTime signedOff = QDateTime::fromString(q.value(2).toString(), Qt::ISODate);
        if (!signedOff.isValid() || signedOff.addMonths(q.value(3).toInt()) > now)
            continue;
        plan.applications.append({ q.value(0).toLongLong(), q.value(1).toString(), signedOff });
        ids.append(QString::number(q.value(0).toLongLong()));
    }
    if (ids.isEmpty())
        return plan;
    // The ids are numbers read just above, never user text.
    const QString expired = ids.join(QLatin1Char(','));
    Query persons(m_db,
        QStringLiteral("SELECT DISTINCT p.id FROM initiative_person ip JOIN person p ON p.id = "
                       "ip.person_id WHERE ip.initiative_id IN (%1) AND ip.role = "
                       "'carrier_contact' AND p.erased_at IS NULL AND NOT EXISTS (SELECT 1 FROM "
                       "committee_member m WHERE m.person_id = p.id) AND NOT EXISTS (SELECT 1 "
                       "FROM initiative_person o WHERE o.person_id = p.id AND o.initiative_id "
                       "NOT IN (%1)) ORDER BY p.id")
            .arg(expired));
    persons.exec();
    while (persons.next())
        plan.persons.append(persons.value(0).toLongLong());
    plan.rawCopies = Query(m_db,
        QStringLiteral("SELECT COUNT(*) FROM initiative WHERE id IN (%1) AND ds_snapshot IS NOT "
                       "NULL")
            .arg(expired))
                         .scalar()
                         .toInt();
    return plan;
}

RetentionPlan Retention::purge(const QDateTime &now)
{
    RetentionPlan done = plan(now);
    if (done.isEmpty())
        return done;
    WriteTransaction tx(m_db);
    PersonalData data(m_db);
    for (qint64 person : std::as_const(done.persons))
        done.rowsChanged += data.eraseIn(tx, person, QStringLiteral("retention"), now);
    for (const ExpiredApplication &a : std::as_const(done.applications)) {
        done.rowsChanged += Query(m_db,
            QStringLiteral("UPDATE initiative SET ds_snapshot = NULL WHERE id = ? AND "
                           "ds_snapshot IS NOT NULL"))
                                .bind(a.initiativeId)
                                .exec()
                                .rowsAffected();
    }
    // One line for the purge itself, naming the applications by id only.
    QStringList ids;
    for (const ExpiredApplication &a : std::as_const(done.applications))
        ids.append(QString::number(a.initiativeId));
    Query(m_db,
        QStringLiteral("INSERT INTO erasure_log (erased_at, actor, kind, subject, rows_changed) "
                       "VALUES (?, ?, 'retention', ?, ?)"))
        .bindAll(now.toUTC().toString(Qt::ISODate), currentActor(),
            QStringLiteral("applications %1").arg(ids.join(QStringLiteral(", "))), done.rowsChanged)
        .exec();
    tx.touch(QStringLiteral("initiative"), 0);
    tx.commit();
    return done;
}

} // namespace tremplin
