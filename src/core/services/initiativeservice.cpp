// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativeservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../text/searchkey.h"
#include "../validation/validation.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QDateTime>

namespace tremplin {

namespace {
/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeService)
};
QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}
QVariant nullableDouble(const std::optional<double> &v)
{
    return v ? QVariant(*v) : QVariant(QMetaType(QMetaType::Double));
}
void requireText(const QString &text, const char *message)
{
    if (text.trimmed().isEmpty())
        throw Error(Tr::tr(message));
}
} // namespace

qint64 InitiativeService::create(const Initiative &i)
{
    validation::throwIfAny(validation::checkInitiative(i));
    WriteTransaction tx(m_db);
    const QString stamp = now();
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO initiative (promotion_id, carrier_id, name, lifecycle, "
                           "one_liner, description, website, domain, territories, town, "
                           "main_impact, archived, created_at, updated_at) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
              .bindAll(nullableId(i.promotionId), nullableId(i.carrierId), i.name.trimmed(),
                  toCode(i.lifecycle), nullableText(i.oneLiner), nullableText(i.description),
                  nullableText(i.website), nullableText(i.domain), nullableText(i.territories),
                  nullableText(i.town), nullableText(i.mainImpact), int(i.archived), stamp, stamp)
              .execReturningId();
    writeThemes(id, i.themes, true);
    refreshInitiativeSearchKey(m_db, id);
    tx.record(QStringLiteral("initiative"), id, Change::Inserted, i.name);
    tx.commit();
    return id;
}

void InitiativeService::setThemes(qint64 initiativeId, const QStringList &themes)
{
    const QStringList unknown = unknownThemes(themes);
    if (!unknown.isEmpty())
        throw Error(Tr::tr("“%1” is not a theme of the programme: choose one from the list or "
                           "create it with New Theme…")
                        .arg(unknown.first()));
    WriteTransaction tx(m_db);
    writeThemes(initiativeId, themes, false);
    Query(m_db, QStringLiteral("UPDATE initiative SET updated_at = ? WHERE id = ?"))
        .bindAll(now(), initiativeId)
        .exec();
    refreshInitiativeSearchKey(m_db, initiativeId);
    tx.record(
        QStringLiteral("initiative"), initiativeId, Change::Updated, QStringLiteral("themes"));
    tx.commit();
}

QStringList InitiativeService::themes(qint64 initiativeId) const
{
    QStringList out;
    Query t(m_db,
        QStringLiteral("SELECT t.name FROM initiative_theme it JOIN theme t ON t.id = "
                       "it.theme_id WHERE it.initiative_id = ? ORDER BY t.name"));
    t.bindAll(initiativeId).exec();
    while (t.next())
        out.append(t.value(0).toString());
    return out;
}

QStringList InitiativeService::allThemes() const
{
    QStringList out;
    Query t(m_db, QStringLiteral("SELECT name FROM theme ORDER BY name"));
    t.exec();
    while (t.next())
        out.append(t.value(0).toString());
    return out;
}

QString InitiativeService::newThemeProblem(const QString &name) const
{
    const QString trimmed = name.simplified();
    if (trimmed.isEmpty())
        return Tr::tr("The theme needs a name.");
    const QString key = searchKey(trimmed);
    for (const QString &existing : allThemes()) {
        if (searchKey(existing) == key)
            return Tr::tr("The theme “%1” already exists.").arg(existing);
    }
    return {};
}

QStringList InitiativeService::unknownThemes(const QStringList &names) const
{
    const QStringList known = allThemes();
    QStringList out;
    for (const QString &raw : names) {
        const QString name = raw.trimmed();
        if (!name.isEmpty() && !known.contains(name))
            out.append(name);
    }
    return out;
}

void InitiativeService::writeThemes(
    qint64 initiativeId, const QStringList &themes, bool createMissing)
{
    Query(m_db, QStringLiteral("DELETE FROM initiative_theme WHERE initiative_id = ?"))
        .bindAll(initiativeId)
        .exec();
    for (const QString &raw : themes) {
        const QString theme = raw.trimmed();
        if (theme.isEmpty())
            continue;
        qint64 themeId = Query(m_db, QStringLiteral("SELECT id FROM theme WHERE name = ?"))
                             .bindAll(theme)
                             .scalar()
                             .toLongLong();
        if (themeId == 0) {
            if (!createMissing)
                throw Error(Tr::tr("“%1” is not a theme of the programme.").arg(theme));
            themeId
                = Query(m_db, QStringLiteral("INSERT INTO theme (name) VALUES (?) RETURNING id"))
                      .bindAll(theme)
                      .execReturningId();
        }
        Query(m_db,
            QStringLiteral("INSERT INTO initiative_theme (initiative_id, theme_id) VALUES "
                           "(?, ?)"))
            .bindAll(initiativeId, themeId)
            .exec();
    }
    // Themes are the programme's list: one no initiative uses stays in it. Creating one is its
    // own undoable step (RecordService::insert on "theme").
}

void InitiativeService::rename(qint64 id, const QString &name)
{
    requireText(
        name, QT_TRANSLATE_NOOP("tremplin::InitiativeService", "The initiative needs a name."));
    WriteTransaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE initiative SET name = ?, updated_at = ? WHERE id = ?"));
    q.bindAll(name.trimmed(), now(), id).exec();
    if (q.rowsAffected() != 1)
        throw Error(Tr::tr("This initiative no longer exists."));
    refreshInitiativeSearchKey(m_db, id);
    tx.record(QStringLiteral("initiative"), id, Change::Updated, name);
    tx.commit();
}

Initiative InitiativeService::get(qint64 id) const
{
    Query q(m_db,
        QStringLiteral("SELECT id, promotion_id, carrier_id, name, lifecycle, one_liner, "
                       "description, website, domain, territories, town, main_impact, "
                       "archived FROM initiative WHERE id = ?"));
    q.bindAll(id).exec();
    if (!q.next())
        throw Error(Tr::tr("This initiative no longer exists."));
    Initiative i;
    i.id = q.value(0).toLongLong();
    i.promotionId = q.value(1).toLongLong();
    i.carrierId = q.value(2).toLongLong();
    i.name = q.value(3).toString();
    i.lifecycle = fromCode<Lifecycle>(q.value(4).toString()).value_or(Lifecycle::Applicant);
    i.oneLiner = q.value(5).toString();
    i.description = q.value(6).toString();
    i.website = q.value(7).toString();
    i.domain = q.value(8).toString();
    i.territories = q.value(9).toString();
    i.town = q.value(10).toString();
    i.mainImpact = q.value(11).toString();
    i.archived = q.value(12).toInt() != 0;
    q.raw().finish();
    i.themes = themes(id);
    return i;
}

QList<Initiative> InitiativeService::all() const
{
    QList<Initiative> out;
    Query q(m_db, QStringLiteral("SELECT id FROM initiative ORDER BY name"));
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    for (qint64 id : ids)
        out.append(get(id));
    return out;
}

qint64 InitiativeService::addParticipation(const Participation &p)
{
    if (!p.actual.isValid() && p.actual.start.isValid())
        throw Error(Tr::tr("The end of the participation is before its start."));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO participation (initiative_id, phase_id, "
                           "planned_start, planned_end, actual_start, actual_end, "
                           "status, assessment) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                           "RETURNING id"))
              .bindAll(p.initiativeId, p.phaseId, nullableDate(p.planned.start),
                  nullableDate(p.planned.end), nullableDate(p.actual.start),
                  nullableDate(p.actual.end), toCode(p.status), nullableText(p.assessment))
              .execReturningId();
    tx.record(QStringLiteral("participation"), id, Change::Inserted, toCode(p.status));
    tx.commit();
    return id;
}

qint64 InitiativeService::addNeed(const Need &n)
{
    requireText(
        n.title, QT_TRANSLATE_NOOP("tremplin::InitiativeService", "The need needs a title."));
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO need (initiative_id, kind, title, "
                       "description, priority) VALUES (?, ?, ?, ?, ?) "
                       "RETURNING id"))
                          .bindAll(n.initiativeId, toCode(n.kind), n.title.trimmed(),
                              nullableText(n.description), n.priority)
                          .execReturningId();
    tx.record(QStringLiteral("need"), id, Change::Inserted, n.title);
    tx.commit();
    return id;
}

qint64 InitiativeService::addAction(const Action &a)
{
    requireText(
        a.title, QT_TRANSLATE_NOOP("tremplin::InitiativeService", "The action needs a title."));
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO action_item (initiative_id, need_id, title, "
                       "owner_id, administration_id, priority, due_date, status, "
                       "done_date, notes) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                       "RETURNING id"))
                          .bindAll(a.initiativeId, nullableId(a.needId), a.title.trimmed(),
                              nullableId(a.ownerId), nullableId(a.administrationId), a.priority,
                              nullableDate(a.dueDate), toCode(a.status), nullableDate(a.doneDate),
                              nullableText(a.notes))
                          .execReturningId();
    tx.record(QStringLiteral("action_item"), id, Change::Inserted, a.title);
    tx.commit();
    return id;
}

qint64 InitiativeService::addPerson(const InitiativePerson &p)
{
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO initiative_person (initiative_id, "
                       "person_id, role, administration_id, since) "
                       "VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(p.initiativeId, p.personId, toCode(p.role),
                              nullableId(p.administrationId), nullableDate(p.since))
                          .execReturningId();
    tx.record(QStringLiteral("initiative_person"), id, Change::Inserted, toCode(p.role));
    tx.commit();
    return id;
}

void InitiativeService::addPartner(qint64 initiativeId, qint64 administrationId, const QDate &since)
{
    WriteTransaction tx(m_db);
    Query(m_db,
        QStringLiteral("INSERT INTO initiative_partner (initiative_id, "
                       "administration_id, since) VALUES (?, ?, ?)"))
        .bindAll(initiativeId, administrationId, nullableDate(since))
        .exec();
    tx.record(QStringLiteral("initiative_partner"), initiativeId, Change::Inserted,
        QString::number(administrationId));
    tx.commit();
}

qint64 InitiativeService::addIndicator(const Indicator &i)
{
    requireText(
        i.name, QT_TRANSLATE_NOOP("tremplin::InitiativeService", "The indicator needs a name."));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO indicator (initiative_id, name, unit, baseline, "
                           "baseline_date, target, target_date, direction) VALUES (?, ?, "
                           "?, ?, ?, ?, ?, ?) RETURNING id"))
              .bindAll(i.initiativeId, i.name.trimmed(), nullableText(i.unit),
                  nullableDouble(i.baseline), nullableDate(i.baselineDate),
                  nullableDouble(i.target), nullableDate(i.targetDate), toCode(i.direction))
              .execReturningId();
    tx.record(QStringLiteral("indicator"), id, Change::Inserted, i.name);
    tx.commit();
    return id;
}

qint64 InitiativeService::addMeasurement(const Measurement &m)
{
    if (!m.measuredOn.isValid())
        throw Error(Tr::tr("A measurement needs a date."));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO measurement (indicator_id, "
                           "measured_on, value, note) VALUES (?, ?, ?, ?) "
                           "RETURNING id"))
              .bindAll(m.indicatorId, nullableDate(m.measuredOn), m.value, nullableText(m.note))
              .execReturningId();
    tx.record(QStringLiteral("measurement"), id, Change::Inserted, QString::number(m.value));
    tx.commit();
    return id;
}

qint64 InitiativeService::addJournalEntry(const JournalEntry &e)
{
    requireText(e.title,
        QT_TRANSLATE_NOOP("tremplin::InitiativeService", "A journal entry needs a title."));
    if (!e.date.isValid())
        throw Error(Tr::tr("A journal entry needs a date."));
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO journal_entry (initiative_id, "
                       "entry_date, kind, title, body, author) VALUES "
                       "(?, ?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(e.initiativeId, nullableDate(e.date), toCode(e.kind),
                              e.title.trimmed(), nullableText(e.body), nullableText(e.author))
                          .execReturningId();
    tx.record(QStringLiteral("journal_entry"), id, Change::Inserted, e.title);
    tx.commit();
    return id;
}

} // namespace tremplin
