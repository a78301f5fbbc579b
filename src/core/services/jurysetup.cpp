// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurysetup.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"

#include <QCoreApplication>

namespace tremplin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tremplin::JurySetupService", text);
}

} // namespace

QList<JuryApplicationRow> JurySetupService::applications(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT i.id, i.name, i.ds_number, o.name, i.admissibility, r.name, "
                       "i.admissibility_note FROM jury_session s "
                       "JOIN committee c ON c.id = s.committee_id "
                       "JOIN initiative i ON i.promotion_id = c.promotion_id "
                       "LEFT JOIN organisation o ON o.id = i.carrier_id "
                       "LEFT JOIN list_item r ON r.id = i.admissibility_reason_id "
                       "WHERE s.id = ? AND i.archived = 0 ORDER BY i.name, i.id"));
    q.bindAll(sessionId).exec();
    QList<JuryApplicationRow> out;
    QHash<qint64, int> rowOf;
    while (q.next()) {
        JuryApplicationRow r;
        r.initiativeId = q.value(0).toLongLong();
        r.name = q.value(1).toString();
        r.dsNumber = q.value(2).toLongLong();
        r.carrier = q.value(3).toString();
        r.admissibility
            = fromCode<Admissibility>(q.value(4).toString()).value_or(Admissibility::Unchecked);
        r.reason = q.value(5).toString();
        r.note = q.value(6).toString();
        rowOf.insert(r.initiativeId, int(out.size()));
        out.append(r);
    }
    const auto names = [&](const char *table, QStringList JuryApplicationRow::*list) {
        Query n(m_db,
            QStringLiteral("SELECT a.initiative_id, p.full_name FROM %1 a "
                           "JOIN committee_member m ON m.id = a.member_id "
                           "JOIN person p ON p.id = m.person_id WHERE a.session_id = ? "
                           "ORDER BY p.full_name")
                .arg(QLatin1String(table)));
        n.bindAll(sessionId).exec();
        while (n.next()) {
            const int row = rowOf.value(n.value(0).toLongLong(), -1);
            if (row >= 0)
                (out[row].*list).append(n.value(1).toString());
        }
    };
    names("jury_assignment", &JuryApplicationRow::jurors);
    names("jury_conflict", &JuryApplicationRow::conflicts);
    return out;
}

QList<JuryConflictRow> JurySetupService::conflicts(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT f.member_id, f.initiative_id, p.full_name, i.name, f.reason, "
                       "f.declared_on FROM jury_conflict f "
                       "JOIN committee_member m ON m.id = f.member_id "
                       "JOIN person p ON p.id = m.person_id "
                       "JOIN initiative i ON i.id = f.initiative_id "
                       "WHERE f.session_id = ? ORDER BY p.full_name, i.name, f.id"));
    q.bindAll(sessionId).exec();
    QList<JuryConflictRow> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(), q.value(4).toString(), q.value(5).toString() });
    return out;
}

QSet<QPair<qint64, qint64>> JurySetupService::assignments(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral(
            "SELECT member_id, initiative_id FROM jury_assignment WHERE session_id = ?"));
    q.bindAll(sessionId).exec();
    QSet<QPair<qint64, qint64>> out;
    while (q.next())
        out.insert({ q.value(0).toLongLong(), q.value(1).toLongLong() });
    return out;
}

QList<qint64> JurySetupService::assignmentIds(const QList<QPair<qint64, qint64>> &pairs) const
{
    Query q(m_db,
        QStringLiteral("SELECT id FROM jury_assignment WHERE member_id = ? AND initiative_id = ?"));
    QList<qint64> out;
    for (const auto &[member, initiative] : pairs)
        out.append(q.bindAll(member, initiative).scalar().toLongLong());
    return out;
}

void JurySetupService::setAssignments(qint64 sessionId, const QList<QPair<qint64, qint64>> &pairs,
    bool assigned, const QList<qint64> &ids)
{
    WriteTransaction tx(m_db);
    Query conflict(m_db,
        QStringLiteral(
            "SELECT COUNT(*) FROM jury_conflict WHERE member_id = ? AND initiative_id = ?"));
    Query write(m_db,
        assigned ? QStringLiteral("INSERT INTO jury_assignment (id, session_id, member_id, "
                                  "initiative_id) VALUES (?, ?, ?, ?) ON CONFLICT (member_id, "
                                  "initiative_id) DO NOTHING")
                 : QStringLiteral("DELETE FROM jury_assignment WHERE session_id = ? AND "
                                  "member_id = ? AND initiative_id = ?"));
    for (int i = 0; i < pairs.size(); ++i) {
        const auto &[member, initiative] = pairs.at(i);
        if (assigned) {
            conflict.bindAll(member, initiative);
            if (conflict.scalar().toInt() > 0)
                throw Error(tr("This juror declared a conflict of interest with this "
                               "application: it cannot be assigned to them."));
            const qint64 id = ids.value(i);
            write.bind(id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong)));
        }
        write.bindAll(sessionId, member, initiative).exec();
    }
    tx.touch(QStringLiteral("jury_assignment"), 0);
    tx.commit();
}

QList<JuryTrackRow> JurySetupService::tracks(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT id, code, weight FROM jury_track WHERE session_id = ? ORDER BY "
                       "CASE code WHEN 'expert' THEN 0 ELSE 1 END"));
    q.bindAll(sessionId).exec();
    QList<JuryTrackRow> out;
    while (q.next()) {
        if (const auto code = fromCode<JuryTrack>(q.value(1).toString()))
            out.append({ q.value(0).toLongLong(), *code, q.value(2).toDouble() });
    }
    return out;
}

qint64 JurySetupService::personNamed(const QString &name) const
{
    return Query(m_db,
        QStringLiteral("SELECT id FROM person WHERE full_name = ? COLLATE NOCASE ORDER BY id"))
        .bindAll(name.trimmed())
        .scalar()
        .toLongLong();
}

int JurySetupService::scoresOfCriterion(qint64 criterionId) const
{
    return Query(m_db, QStringLiteral("SELECT COUNT(*) FROM jury_score WHERE criterion_id = ?"))
        .bindAll(criterionId)
        .scalar()
        .toInt();
}

QString JurySetupService::fieldProblem(const QString &table, const QString &column, qint64 id,
    const QVariant &value, const QVariantMap *pending) const
{
    const auto stored = [&](const QString &other) {
        if (pending && pending->contains(other))
            return pending->value(other).toDouble();
        return Query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?").arg(other, table))
            .bindAll(id)
            .scalar()
            .toDouble();
    };
    if (table == QLatin1String("jury_session")) {
        if (column == QLatin1String("scale_min")
            && !(stored(QStringLiteral("scale_max")) > value.toDouble()))
            return tr("The highest score must be above the lowest.");
        if (column == QLatin1String("scale_max")
            && !(value.toDouble() > stored(QStringLiteral("scale_min"))))
            return tr("The highest score must be above the lowest.");
        if (column == QLatin1String("scale_step") && !(value.toDouble() > 0))
            return tr("The score step must be above zero.");
        if ((column == QLatin1String("max_per_juror") || column == QLatin1String("min_per_track"))
            && !value.isNull() && value.toLongLong() < 1)
            return tr("This number must be at least 1 (or left empty).");
    }
    if (table == QLatin1String("jury_criterion") && column == QLatin1String("weight")
        && !(value.toDouble() > 0))
        return tr("The weight must be above zero.");
    // A track may weigh nothing (a panel whose opinion is shown but does not count), as in a
    // template; never less.
    if (table == QLatin1String("jury_track") && column == QLatin1String("weight")
        && !(value.toDouble() >= 0))
        return tr("A track's weight cannot be negative.");
    if (table == QLatin1String("jury_criterion") && column == QLatin1String("name")) {
        const int same = Query(m_db,
            QStringLiteral("SELECT COUNT(*) FROM jury_criterion WHERE id <> ? AND session_id = "
                           "(SELECT session_id FROM jury_criterion WHERE id = ?) AND "
                           "lower(trim(name)) = lower(trim(?))"))
                             .bindAll(id, id, value.toString())
                             .scalar()
                             .toInt();
        if (same > 0)
            return tr("The session already has a criterion named \"%1\".")
                .arg(value.toString().trimmed());
    }
    return {};
}

} // namespace tremplin
