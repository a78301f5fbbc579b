// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmeservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../validation/validation.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace tremplin {

namespace {
/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ProgrammeService)
};
} // namespace

QStringList ProgrammeService::programmeProblems(const Programme &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems.append(Tr::tr("The programme needs a name."));
    if (const QString siret = validation::siretProblem(p.operatorSiret); !siret.isEmpty())
        problems.append(siret);
    if (!p.website.isEmpty() && !validation::isValidWebsite(p.website))
        problems.append(Tr::tr("The programme's website must start with http:// or https://."));
    return problems;
}

QStringList ProgrammeService::promotionProblems(const Promotion &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems.append(Tr::tr("The promotion needs a name."));
    if (p.envelope.cents() < 0)
        problems.append(Tr::tr("The budget envelope cannot be negative."));
    if (p.places && *p.places < 0)
        problems.append(Tr::tr("The number of places cannot be negative."));
    if (p.year != 0 && (p.year < 1900 || p.year > 2200))
        problems.append(Tr::tr("The promotion's year must be between 1900 and 2200."));
    if (p.startsOn.isValid() && p.endsOn.isValid() && p.endsOn < p.startsOn)
        problems.append(Tr::tr("The promotion cannot end before it starts."));
    return problems;
}

qint64 ProgrammeService::createProgramme(const Programme &p)
{
    validation::throwIfAny(programmeProblems(p));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO programme (name, short_name, operator, "
                           "description, website, operator_siret, operator_administration_id, "
                           "default_funding_source_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                           "?, ?) RETURNING id"))
              .bindAll(p.name.trimmed(), nullableText(p.shortName), nullableText(p.operatorName),
                  nullableText(p.description), nullableText(p.website),
                  nullableText(p.operatorSiret), nullableId(p.operatorAdministrationId),
                  nullableId(p.defaultFundingSourceId),
                  QDateTime::currentDateTimeUtc().toString(Qt::ISODate))
              .execReturningId();
    tx.record(QStringLiteral("programme"), id, Change::Inserted, p.name);
    tx.commit();
    return id;
}

qint64 ProgrammeService::createPromotion(const Promotion &p)
{
    validation::throwIfAny(promotionProblems(p));
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO promotion (programme_id, number, name, year, "
                       "envelope_cents, envelope_illustrative, places, starts_on, ends_on) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(p.programmeId, p.number, p.name.trimmed(),
                              p.year > 0 ? QVariant(p.year) : QVariant(QMetaType(QMetaType::Int)),
                              p.envelope.cents(), int(p.envelopeIllustrative),
                              p.places ? QVariant(*p.places) : QVariant(QMetaType(QMetaType::Int)),
                              nullableDate(p.startsOn), nullableDate(p.endsOn))
                          .execReturningId();
    tx.record(QStringLiteral("promotion"), id, Change::Inserted, p.name);
    tx.commit();
    return id;
}

qint64 ProgrammeService::createTranche(const ProgrammeTranche &t)
{
    if (t.amount.cents() < 0)
        throw Error(Tr::tr("A tranche's amount cannot be negative."));
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO programme_tranche (programme_id, position, tranche, "
                       "amount_cents, conditions) VALUES (?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(t.programmeId, t.position, toCode(t.tranche), t.amount.cents(),
                              nullableText(t.conditions))
                          .execReturningId();
    tx.record(QStringLiteral("programme_tranche"), id, Change::Inserted, toCode(t.tranche));
    tx.commit();
    return id;
}

void ProgrammeService::markAsDemo(const QString &note)
{
    WriteTransaction tx(m_db);
    Query(m_db, QStringLiteral("INSERT INTO meta (key, value) VALUES ('demo', ?)"))
        .bindAll(note)
        .exec();
    tx.commit();
}

qint64 ProgrammeService::createPhase(const Phase &p)
{
    validation::throwIfAny(validation::checkPhase(p));
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO phase (programme_id, promotion_id, kind, name, "
                       "position, planned_start, planned_end, actual_start, "
                       "actual_end, description) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, "
                       "?) RETURNING id"))
                          .bindAll(p.programmeId, nullableId(p.promotionId), toCode(p.kind),
                              p.name.trimmed(), p.position, nullableDate(p.planned.start),
                              nullableDate(p.planned.end), nullableDate(p.actual.start),
                              nullableDate(p.actual.end), nullableText(p.description))
                          .execReturningId();
    tx.record(QStringLiteral("phase"), id, Change::Inserted, p.name);
    tx.commit();
    return id;
}

QList<Programme> ProgrammeService::programmes() const
{
    QList<Programme> out;
    Query q(m_db,
        QStringLiteral("SELECT id, name, short_name, operator, description, website, "
                       "operator_siret, operator_administration_id, default_funding_source_id "
                       "FROM programme ORDER BY id"));
    q.exec();
    while (q.next()) {
        out.append(
            Programme { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
                q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                q.value(6).toString(), q.value(7).toLongLong(), q.value(8).toLongLong() });
    }
    return out;
}

qint64 ProgrammeService::promotionId(const QString &text) const
{
    bool isNumber = false;
    const qint64 number = text.toLongLong(&isNumber);
    Query q(m_db,
        isNumber ? QStringLiteral("SELECT DISTINCT id FROM promotion WHERE number = ? OR name = ?")
                 : QStringLiteral("SELECT DISTINCT id FROM promotion WHERE name = ?"));
    if (isNumber)
        q.bind(number);
    q.bind(text);
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    if (ids.isEmpty())
        return 0;
    return ids.size() == 1 ? ids.first() : -1;
}

QList<Promotion> ProgrammeService::promotions() const
{
    QList<Promotion> out;
    Query q(m_db,
        QStringLiteral("SELECT id, programme_id, number, name, year, envelope_cents, "
                       "envelope_illustrative, places, starts_on, ends_on FROM promotion "
                       "ORDER BY programme_id, number"));
    q.exec();
    while (q.next()) {
        Promotion p;
        p.id = q.value(0).toLongLong();
        p.programmeId = q.value(1).toLongLong();
        p.number = q.value(2).toInt();
        p.name = q.value(3).toString();
        p.year = q.value(4).toInt();
        p.envelope = Money::fromCents(q.value(5).toLongLong());
        p.envelopeIllustrative = q.value(6).toInt() != 0;
        if (!q.value(7).isNull())
            p.places = q.value(7).toInt();
        p.startsOn = dateFromDb(q.value(8));
        p.endsOn = dateFromDb(q.value(9));
        out.append(p);
    }
    return out;
}

QList<ProgrammeTranche> ProgrammeService::tranches(qint64 programmeId) const
{
    QList<ProgrammeTranche> out;
    Query q(m_db,
        QStringLiteral("SELECT id, programme_id, position, tranche, amount_cents, conditions "
                       "FROM programme_tranche WHERE programme_id = ? ORDER BY position, id"));
    q.bindAll(programmeId).exec();
    while (q.next()) {
        ProgrammeTranche t;
        t.id = q.value(0).toLongLong();
        t.programmeId = q.value(1).toLongLong();
        t.position = q.value(2).toInt();
        t.tranche = fromCode<TrancheKind>(q.value(3).toString()).value_or(TrancheKind::Other);
        t.amount = Money::fromCents(q.value(4).toLongLong());
        t.conditions = q.value(5).toString();
        out.append(t);
    }
    return out;
}

QList<Phase> ProgrammeService::phases() const
{
    QList<Phase> out;
    Query q(m_db,
        QStringLiteral("SELECT id, programme_id, promotion_id, kind, name, position, "
                       "planned_start, planned_end, actual_start, actual_end, "
                       "description FROM phase ORDER BY position, planned_start, id"));
    q.exec();
    while (q.next()) {
        Phase p;
        p.id = q.value(0).toLongLong();
        p.programmeId = q.value(1).toLongLong();
        p.promotionId = q.value(2).toLongLong();
        p.kind = fromCode<PhaseKind>(q.value(3).toString()).value_or(PhaseKind::Other);
        p.name = q.value(4).toString();
        p.position = q.value(5).toInt();
        p.planned = { dateFromDb(q.value(6)), dateFromDb(q.value(7)) };
        p.actual = { dateFromDb(q.value(8)), dateFromDb(q.value(9)) };
        p.description = q.value(10).toString();
        out.append(p);
    }
    return out;
}

} // namespace tremplin

namespace tremplin {

qint64 ProgrammeService::currentProgrammeId() const
{
    return Query(m_db, QStringLiteral("SELECT MIN(id) FROM programme")).scalar().toLongLong();
}

int ProgrammeService::nextPromotionNumber(qint64 programmeId) const
{
    return Query(m_db,
        QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM promotion WHERE programme_id = ?"))
        .bindAll(programmeId)
        .scalar()
        .toInt();
}

qint64 ProgrammeService::defaultFundingSource(qint64 initiativeId) const
{
    return Query(m_db,
        QStringLiteral(
            "SELECT COALESCE((SELECT p.default_funding_source_id FROM initiative i JOIN promotion "
            "pr ON pr.id = i.promotion_id JOIN programme p ON p.id = pr.programme_id WHERE i.id = "
            "?), (SELECT default_funding_source_id FROM programme ORDER BY id LIMIT 1))"))
        .bindAll(initiativeId)
        .scalar()
        .toLongLong();
}

QList<ProgrammeService::ListEntry> ProgrammeService::listEntries(
    qint64 programmeId, ListKind list) const
{
    Query q(m_db,
        QStringLiteral("SELECT id, code, name, description FROM list_item WHERE programme_id = ? "
                       "AND list = ? ORDER BY position, id"));
    q.bindAll(programmeId, toCode(list)).exec();
    QList<ListEntry> out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toString() });
    }
    return out;
}

QString ProgrammeService::removalProblem(const QString &table, qint64 id) const
{
    if (table != QLatin1String("promotion"))
        return {};
    const int count
        = Query(m_db, QStringLiteral("SELECT COUNT(*) FROM initiative WHERE promotion_id = ?"))
              .bindAll(id)
              .scalar()
              .toInt();
    if (count == 0)
        return {};
    return Tr::tr("This promotion cannot be deleted: %n initiative(s) belong to it. Move them to "
                  "another promotion first.",
        nullptr, count);
}

namespace {

/// Whether a phase's dates that are set lie within [first, last] (each bound when set).
bool within(const QList<QDate> &dates, const QDate &first, const QDate &last)
{
    for (const QDate &d : dates) {
        if (!d.isValid())
            continue;
        if ((first.isValid() && d < first) || (last.isValid() && d > last))
            return false;
    }
    return true;
}

} // namespace

void ProgrammeService::checkWritten(
    const QString &table, qint64 id, const QStringList &columns) const
{
    static const QStringList phaseColumns { QStringLiteral("kind"), QStringLiteral("promotion_id"),
        QStringLiteral("planned_start"), QStringLiteral("planned_end"),
        QStringLiteral("actual_start"), QStringLiteral("actual_end") };
    static const QStringList promotionColumns { QStringLiteral("starts_on"),
        QStringLiteral("ends_on") };
    const auto concerned = [&columns](const QStringList &watched) {
        return columns.isEmpty()
            || std::any_of(columns.cbegin(), columns.cend(),
                [&watched](const QString &c) { return watched.contains(c); });
    };
    QString where;
    if (table == QLatin1String("phase") && concerned(phaseColumns))
        where = QStringLiteral("ph.id = ?");
    else if (table == QLatin1String("promotion") && concerned(promotionColumns))
        where = QStringLiteral("pr.id = ?");
    else
        return;
    // The accompaniment phases concerned, with their promotion's dates.
    Query q(m_db,
        QStringLiteral("SELECT ph.name, pr.name, pr.starts_on, pr.ends_on, ph.planned_start, "
                       "ph.planned_end, ph.actual_start, ph.actual_end FROM phase ph JOIN "
                       "promotion pr ON pr.id = ph.promotion_id WHERE ph.kind = 'accompaniment' "
                       "AND (pr.starts_on IS NOT NULL OR pr.ends_on IS NOT NULL) AND %1")
            .arg(where));
    q.bindAll(id).exec();
    const QLocale locale;
    while (q.next()) {
        const QDate first = dateFromDb(q.value(2));
        const QDate last = dateFromDb(q.value(3));
        if (within({ dateFromDb(q.value(4)), dateFromDb(q.value(5)), dateFromDb(q.value(6)),
                       dateFromDb(q.value(7)) },
                first, last))
            continue;
        const QString phase = q.value(0).toString();
        const QString promotion = q.value(1).toString();
        const QString from = locale.toString(first, QLocale::ShortFormat);
        const QString to = locale.toString(last, QLocale::ShortFormat);
        if (first.isValid() && last.isValid())
            throw Error(Tr::tr("The accompaniment phase “%1” must lie within the promotion “%2”, "
                               "from %3 to %4.")
                            .arg(phase, promotion, from, to));
        if (first.isValid())
            throw Error(Tr::tr("The accompaniment phase “%1” cannot start before the promotion "
                               "“%2”, which starts on %3.")
                            .arg(phase, promotion, from));
        throw Error(Tr::tr("The accompaniment phase “%1” cannot end after the promotion “%2”, "
                           "which ends on %3.")
                        .arg(phase, promotion, to));
    }
}

} // namespace tremplin
