// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../imports/textfile.h"
#include "../validation/validation.h"
#include "jurydecisionservice.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <algorithm>
#include <cmath>

namespace tremplin {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("tremplin::JuryService", text);
}

QString number(double v)
{
    return QLocale().toString(v, 'g', 6);
}

const QString sessionTable = QStringLiteral("jury_session");

/// The first problems of a template, the rest counted: a template of 20 000 criteria named
/// alike says enough in twenty lines.
QStringList firstProblems(QStringList problems)
{
    constexpr int listed = 20;
    if (problems.size() > listed) {
        const int more = int(problems.size()) - listed;
        problems.resize(listed);
        problems.append(QCoreApplication::translate(
            "tremplin::JuryService", "… and %n more problem(s).", nullptr, more));
    }
    return problems;
}

bool onStep(double score, double min, double step)
{
    const double steps = (score - min) / step;
    return std::abs(steps - std::round(steps)) <= 1e-6;
}

QString trackCode(JuryTrack t)
{
    return toCode(t);
}

/// A signed-off session is locked (JuryDecisionService): nothing of it changes but by an
/// amendment. One query while it is open (the score import asks for every row).
QString signedOffProblem(Database &db, qint64 sessionId)
{
    const qint64 committee = Query(db,
        QStringLiteral("SELECT c.id FROM jury_session s JOIN committee c ON c.id = "
                       "s.committee_id WHERE s.id = ? AND c.signed_off_at IS NOT NULL"))
                                 .bindAll(sessionId)
                                 .scalar()
                                 .toLongLong();
    return committee == 0 ? QString() : JuryDecisionService(db).lockProblem(committee);
}

void refuseWhenSignedOff(Database &db, qint64 sessionId)
{
    if (const QString locked = signedOffProblem(db, sessionId); !locked.isEmpty())
        throw Error(locked);
}

} // namespace

// ---------------------------------------------------------------------------------------------
// The template

JuryTemplate JuryTemplate::defaults()
{
    JuryTemplate t;
    // The criteria the AIC named publicly (shared/domain/README.md, application form 2023).
    t.criteria = {
        { tr("General interest"), 2,
            tr("The project serves a general-interest purpose, open to all.") },
        { tr("Impact"), 2,
            tr("People reached, root cause addressed, can be scaled or replicated; a main impact "
               "with a measurable indicator.") },
        { tr("Feasibility"), 1, tr("The team, the plan and the means match the ambition.") },
        { tr("Maturity"), 1,
            tr("The project is running and structured (governance, carrier organisation).") },
        { tr("Collaboration with the State"), 1,
            tr("Clear objectives for working with public services and officials.") },
    };
    t.tracks = { { JuryTrack::Expert, 2 }, { JuryTrack::Citizen, 1 } };
    return t;
}

QByteArray JuryTemplate::toJson() const
{
    QJsonObject root;
    root.insert(QStringLiteral("name"), name);
    root.insert(QStringLiteral("promotion"), promotion);
    root.insert(QStringLiteral("scale"),
        QJsonObject { { QStringLiteral("min"), scaleMin }, { QStringLiteral("max"), scaleMax },
            { QStringLiteral("step"), scaleStep } });
    QJsonArray c;
    for (const Criterion &k : criteria) {
        QJsonObject o { { QStringLiteral("name"), k.name },
            { QStringLiteral("weight"), k.weight } };
        if (!k.description.isEmpty())
            o.insert(QStringLiteral("description"), k.description);
        c.append(o);
    }
    root.insert(QStringLiteral("criteria"), c);
    QJsonArray trackList;
    for (const Track &k : tracks)
        trackList.append(QJsonObject { { QStringLiteral("code"), trackCode(k.code) },
            { QStringLiteral("weight"), k.weight } });
    root.insert(QStringLiteral("tracks"), trackList);
    QJsonArray j;
    for (const Juror &k : jurors) {
        QJsonObject o { { QStringLiteral("name"), k.name },
            { QStringLiteral("track"), trackCode(k.track) } };
        if (!k.email.isEmpty())
            o.insert(QStringLiteral("email"), k.email);
        j.append(o);
    }
    root.insert(QStringLiteral("jurors"), j);
    QJsonArray cf;
    for (const Conflict &k : conflicts) {
        QJsonObject o { { QStringLiteral("juror"), k.juror },
            { QStringLiteral("candidate"), k.candidate } };
        if (!k.reason.isEmpty())
            o.insert(QStringLiteral("reason"), k.reason);
        cf.append(o);
    }
    root.insert(QStringLiteral("conflicts"), cf);
    root.insert(QStringLiteral("assignment"), toCode(assignment));
    if (assignment == AssignmentMode::Balanced) {
        if (maxPerJuror > 0)
            root.insert(QStringLiteral("max_per_juror"), maxPerJuror);
        root.insert(QStringLiteral("min_per_track"), minPerTrack);
    }
    root.insert(QStringLiteral("method"), toCode(method));
    root.insert(QStringLiteral("blind"), blind);
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

JuryTemplate JuryTemplate::fromJson(const QByteArray &json)
{
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject()) {
        throw Error(tr("The template is not a JSON object: %1 (at character %2).")
                        .arg(error.errorString())
                        .arg(error.offset));
    }
    const QJsonObject root = doc.object();
    QStringList problems;
    const auto text
        = [&problems](const QJsonObject &o, const char *key, const QString &where, bool required) {
              const QJsonValue v = o.value(QLatin1String(key));
              if (v.isString() && !v.toString().trimmed().isEmpty())
                  return v.toString().trimmed();
              if (v.isDouble())
                  return QString::number(v.toDouble(), 'g', 15);
              if (required || (!v.isUndefined() && !v.isNull() && !v.isString()))
                  problems.append(
                      tr("%1: \"%2\" is missing or not a text.").arg(where, QLatin1String(key)));
              return QString();
          };
    const auto real = [&problems](const QJsonObject &o, const char *key, const QString &where,
                          double fallback) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isUndefined())
            return fallback;
        if (!v.isDouble()) {
            problems.append(tr("%1: \"%2\" is not a number.").arg(where, QLatin1String(key)));
            return fallback;
        }
        return v.toDouble();
    };
    const auto track = [&problems](const QString &code, const QString &where) {
        const auto t = fromCode<JuryTrack>(code);
        if (!t)
            problems.append(
                tr("%1: the track \"%2\" is neither expert nor citizen.").arg(where, code));
        return t.value_or(JuryTrack::Expert);
    };
    const auto array = [&root, &problems](const char *key) {
        const QJsonValue v = root.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isArray())
            problems.append(tr("\"%1\" must be a list.").arg(QLatin1String(key)));
        return v.toArray();
    };

    JuryTemplate t;
    const QString top = tr("The template");
    t.name = text(root, "name", top, true);
    t.promotion = text(root, "promotion", top, true);
    const QJsonValue scale = root.value(QStringLiteral("scale"));
    if (!scale.isUndefined()) {
        const QString where = tr("The scale");
        if (!scale.isObject())
            problems.append(tr("\"scale\" must be an object with min, max and step."));
        t.scaleMin = real(scale.toObject(), "min", where, t.scaleMin);
        t.scaleMax = real(scale.toObject(), "max", where, t.scaleMax);
        t.scaleStep = real(scale.toObject(), "step", where, t.scaleStep);
    }
    const QJsonArray criteria = array("criteria");
    for (int i = 0; i < criteria.size(); ++i) {
        const QString where = tr("Criterion %1").arg(i + 1);
        const QJsonObject o = criteria.at(i).toObject();
        t.criteria.append({ text(o, "name", where, true), real(o, "weight", where, 1),
            text(o, "description", where, false) });
    }
    const QJsonArray tracks = array("tracks");
    for (int i = 0; i < tracks.size(); ++i) {
        const QString where = tr("Track %1").arg(i + 1);
        const QJsonObject o = tracks.at(i).toObject();
        t.tracks.append(
            { track(text(o, "code", where, true), where), real(o, "weight", where, 1) });
    }
    const QJsonArray jurors = array("jurors");
    for (int i = 0; i < jurors.size(); ++i) {
        const QString where = tr("Juror %1").arg(i + 1);
        const QJsonObject o = jurors.at(i).toObject();
        t.jurors.append({ text(o, "name", where, true), track(text(o, "track", where, true), where),
            text(o, "email", where, false) });
    }
    const QJsonArray conflicts = array("conflicts");
    for (int i = 0; i < conflicts.size(); ++i) {
        const QString where = tr("Conflict %1").arg(i + 1);
        const QJsonObject o = conflicts.at(i).toObject();
        t.conflicts.append({ text(o, "juror", where, true), text(o, "candidate", where, true),
            text(o, "reason", where, false) });
    }
    const QString assignment = text(root, "assignment", top, false);
    if (!assignment.isEmpty()) {
        const auto mode = fromCode<AssignmentMode>(assignment);
        if (!mode)
            problems.append(
                tr("The assignment \"%1\" is not all, manual or balanced.").arg(assignment));
        t.assignment = mode.value_or(AssignmentMode::All);
    }
    // A count of applications or jurors: a double out of int's range would not convert.
    const auto count = [&](const char *key, int fallback) {
        const double v = real(root, key, top, fallback);
        if (!std::isfinite(v) || std::abs(v) > 1e6) {
            problems.append(tr("%1: \"%2\" is not a number of applications or jurors.")
                                .arg(top, QLatin1String(key)));
            return fallback;
        }
        return int(v);
    };
    t.maxPerJuror = count("max_per_juror", 0);
    t.minPerTrack = count("min_per_track", 1);
    const QString method = text(root, "method", top, false);
    if (!method.isEmpty()) {
        const auto m = fromCode<RankingMethod>(method);
        if (!m)
            problems.append(tr("The method \"%1\" is not mean or zscore.").arg(method));
        t.method = m.value_or(RankingMethod::Mean);
    }
    if (root.contains(QStringLiteral("blind")))
        t.blind = root.value(QStringLiteral("blind")).toBool(true);
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
    return t;
}

JuryTemplate JuryTemplate::fromFile(const QString &path)
{
    constexpr qint64 maxSize = 16 * 1024 * 1024;
    QString error;
    const std::optional<QByteArray> bytes
        = readImportFile(path, maxSize, tr("%1 is too large to be a jury template."), &error);
    if (!bytes)
        throw Error(error);
    return fromJson(*bytes);
}

// ---------------------------------------------------------------------------------------------
// Reading

qint64 JuryService::findSession(const QString &name) const
{
    return Query(m_db,
        QStringLiteral("SELECT s.id FROM jury_session s JOIN committee c ON c.id = s.committee_id "
                       "WHERE c.kind = 'selection' AND c.name = ? ORDER BY s.id"))
        .bindAll(name.trimmed())
        .scalar()
        .toLongLong();
}

QList<JurySession> JuryService::sessions() const
{
    Query q(m_db,
        QStringLiteral("SELECT s.id FROM jury_session s JOIN committee c ON c.id = "
                       "s.committee_id ORDER BY c.name"));
    q.exec();
    QList<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    QList<JurySession> out;
    for (qint64 id : ids)
        out.append(session(id));
    return out;
}

JurySession JuryService::session(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT s.id, s.committee_id, c.promotion_id, c.name, p.name, s.scale_min, "
                       "s.scale_max, s.scale_step, s.method, s.blind, s.assignment, "
                       "s.max_per_juror, s.min_per_track, p.places FROM jury_session s "
                       "JOIN committee c ON c.id = s.committee_id "
                       "LEFT JOIN promotion p ON p.id = c.promotion_id WHERE s.id = ?"));
    q.bindAll(sessionId).exec();
    if (!q.next())
        throw Error(tr("This jury session no longer exists."));
    JurySession s;
    s.id = q.value(0).toLongLong();
    s.committeeId = q.value(1).toLongLong();
    s.promotionId = q.value(2).toLongLong();
    s.name = q.value(3).toString();
    s.promotion = q.value(4).toString();
    s.scaleMin = q.value(5).toDouble();
    s.scaleMax = q.value(6).toDouble();
    s.scaleStep = q.value(7).toDouble();
    s.method = fromCode<RankingMethod>(q.value(8).toString()).value_or(RankingMethod::Mean);
    s.blind = q.value(9).toInt() != 0;
    s.assignment = fromCode<AssignmentMode>(q.value(10).toString()).value_or(AssignmentMode::All);
    s.maxPerJuror = q.value(11).toInt();
    s.minPerTrack = q.value(12).toInt();
    s.places = q.value(13).toInt();
    Query t(m_db, QStringLiteral("SELECT code, weight FROM jury_track WHERE session_id = ?"));
    t.bindAll(sessionId).exec();
    while (t.next()) {
        if (const auto code = fromCode<JuryTrack>(t.value(0).toString()))
            s.trackWeights[std::size_t(*code)] = t.value(1).toDouble();
    }
    return s;
}

QList<JuryCriterion> JuryService::criteria(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT id, name, description, weight FROM jury_criterion WHERE "
                       "session_id = ? ORDER BY position, id"));
    q.bindAll(sessionId).exec();
    QList<JuryCriterion> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(),
            q.value(3).toDouble() });
    return out;
}

QList<Juror> JuryService::jurors(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT m.id, p.id, p.full_name, p.email, m.track FROM jury_session s "
                       "JOIN committee_member m ON m.committee_id = s.committee_id "
                       "JOIN person p ON p.id = m.person_id "
                       "WHERE s.id = ? AND m.track IS NOT NULL ORDER BY p.full_name, m.id"));
    q.bindAll(sessionId).exec();
    QList<Juror> out;
    while (q.next()) {
        out.append({ q.value(0).toLongLong(), q.value(1).toLongLong(), q.value(2).toString(),
            q.value(3).toString(),
            fromCode<JuryTrack>(q.value(4).toString()).value_or(JuryTrack::Expert) });
    }
    return out;
}

QList<JuryApplication> JuryService::applications(qint64 sessionId) const
{
    Query q(m_db,
        QStringLiteral("SELECT i.id, i.name, i.ds_number FROM jury_session s "
                       "JOIN committee c ON c.id = s.committee_id "
                       "JOIN initiative i ON i.promotion_id = c.promotion_id "
                       "WHERE s.id = ? AND i.admissibility = 'admissible' ORDER BY i.name, i.id"));
    q.bindAll(sessionId).exec();
    QList<JuryApplication> out;
    while (q.next())
        out.append({ q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() });
    return out;
}

int JuryService::findCandidate(const QList<JuryApplication> &applications, const QString &text)
{
    const QString wanted = text.trimmed();
    bool isNumber = false;
    const qint64 ds = wanted.toLongLong(&isNumber);
    int found = -1;
    for (int i = 0; i < applications.size(); ++i) {
        const JuryApplication &a = applications.at(i);
        const bool match = (isNumber && a.dsNumber == ds)
            || a.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0;
        if (match) {
            if (found >= 0)
                return -2;
            found = i;
        }
    }
    return found;
}

int JuryService::findJuror(const QList<Juror> &jurors, const QString &text)
{
    const QString wanted = text.trimmed();
    int found = -1;
    for (int i = 0; i < jurors.size(); ++i) {
        const Juror &j = jurors.at(i);
        const bool match = j.name.trimmed().compare(wanted, Qt::CaseInsensitive) == 0
            || (!j.email.isEmpty() && j.email.compare(wanted, Qt::CaseInsensitive) == 0);
        if (match) {
            if (found >= 0)
                return -2;
            found = i;
        }
    }
    return found;
}

// ---------------------------------------------------------------------------------------------
// Set-up

QStringList JuryService::checkTemplate(const JuryTemplate &t) const
{
    QStringList problems;
    if (t.name.trimmed().isEmpty())
        problems.append(tr("The jury session needs a name."));
    if (!(t.scaleMax > t.scaleMin))
        problems.append(tr("The highest score must be above the lowest."));
    if (!(t.scaleStep > 0))
        problems.append(tr("The score step must be above zero."));
    else if (t.scaleMax > t.scaleMin && !onStep(t.scaleMax, t.scaleMin, t.scaleStep))
        problems.append(tr("The highest score %1 is not reached by steps of %2 from %3.")
                            .arg(number(t.scaleMax), number(t.scaleStep), number(t.scaleMin)));
    if (t.criteria.isEmpty())
        problems.append(tr("The jury session needs at least one criterion."));
    QSet<QString> seen;
    for (const JuryTemplate::Criterion &c : t.criteria) {
        if (c.name.trimmed().isEmpty())
            problems.append(tr("A criterion has no name."));
        else if (seen.contains(c.name.trimmed().toCaseFolded()))
            problems.append(tr("The criterion \"%1\" is listed twice.").arg(c.name));
        seen.insert(c.name.trimmed().toCaseFolded());
        if (!(c.weight > 0))
            problems.append(tr("The criterion \"%1\" needs a weight above zero.").arg(c.name));
    }
    if (t.tracks.isEmpty())
        problems.append(tr("The jury session needs at least one track."));
    QSet<int> trackSeen;
    for (const JuryTemplate::Track &k : t.tracks) {
        if (trackSeen.contains(int(k.code)))
            problems.append(tr("The track \"%1\" is listed twice.").arg(label(k.code)));
        trackSeen.insert(int(k.code));
        if (k.weight < 0)
            problems.append(
                tr("The weight of the track \"%1\" cannot be negative.").arg(label(k.code)));
    }
    seen.clear();
    for (const JuryTemplate::Juror &j : t.jurors) {
        if (seen.contains(j.name.trimmed().toCaseFolded()))
            problems.append(tr("The juror \"%1\" is listed twice.").arg(j.name));
        seen.insert(j.name.trimmed().toCaseFolded());
        if (!trackSeen.contains(int(j.track)))
            problems.append(tr("The juror \"%1\" is in the track \"%2\", which the session does "
                               "not have.")
                                .arg(j.name, label(j.track)));
        if (!j.email.isEmpty() && !validation::isValidEmail(j.email))
            problems.append(
                tr("The e-mail address of \"%1\" is not valid: %2.").arg(j.name, j.email));
    }
    if (t.assignment == AssignmentMode::Balanced && t.minPerTrack < 1)
        problems.append(tr("A balanced assignment needs at least one juror per application in "
                           "each track."));
    if (t.maxPerJuror < 0)
        problems.append(tr("The most applications per juror cannot be negative."));

    const qint64 promotionId
        = Query(m_db, QStringLiteral("SELECT id FROM promotion WHERE name = ? COLLATE NOCASE"))
              .bindAll(t.promotion.trimmed())
              .scalar()
              .toLongLong();
    if (promotionId == 0) {
        problems.append(tr("There is no promotion named \"%1\".").arg(t.promotion));
        return firstProblems(problems);
    }
    Query q(m_db,
        QStringLiteral("SELECT id, name, ds_number FROM initiative WHERE promotion_id = "
                       "? AND admissibility = 'admissible'"));
    q.bindAll(promotionId).exec();
    QList<JuryApplication> applications;
    while (q.next())
        applications.append(
            { q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toLongLong() });
    for (const JuryTemplate::Conflict &c : t.conflicts) {
        const bool knownJuror
            = std::any_of(t.jurors.begin(), t.jurors.end(), [&c](const JuryTemplate::Juror &j) {
                  return j.name.trimmed().compare(c.juror.trimmed(), Qt::CaseInsensitive) == 0;
              });
        if (!knownJuror)
            problems.append(tr("The conflict of interest names \"%1\", who is not a juror of the "
                               "template.")
                                .arg(c.juror));
        const int found = findCandidate(applications, c.candidate);
        if (found == -1)
            problems.append(tr("The conflict of interest names \"%1\", which is no admissible "
                               "application of the promotion \"%2\".")
                                .arg(c.candidate, t.promotion));
        else if (found == -2)
            problems.append(
                tr("\"%1\" names several applications: use the dossier number.").arg(c.candidate));
    }
    return firstProblems(problems);
}

qint64 JuryService::applyTemplate(const JuryTemplate &t)
{
    const QStringList problems = checkTemplate(t);
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
    WriteTransaction tx(m_db);
    Query promotion(m_db,
        QStringLiteral("SELECT id, programme_id FROM promotion WHERE name = ? COLLATE NOCASE"));
    promotion.bindAll(t.promotion.trimmed()).exec();
    promotion.next();
    const qint64 promotionId = promotion.value(0).toLongLong();
    const qint64 programmeId = promotion.value(1).toLongLong();

    qint64 sessionId = findSession(t.name);
    qint64 committeeId = 0;
    if (sessionId == 0) {
        committeeId = Query(m_db,
            QStringLiteral("INSERT INTO committee (programme_id, promotion_id, kind, name) "
                           "VALUES (?, ?, 'selection', ?) RETURNING id"))
                          .bindAll(programmeId, promotionId, t.name.trimmed())
                          .execReturningId();
        tx.record(QStringLiteral("committee"), committeeId, Change::Inserted, t.name);
        sessionId = Query(
            m_db, QStringLiteral("INSERT INTO jury_session (committee_id) VALUES (?) RETURNING id"))
                        .bindAll(committeeId)
                        .execReturningId();
        tx.record(sessionTable, sessionId, Change::Inserted, t.name);
    } else {
        refuseWhenSignedOff(m_db, sessionId);
        committeeId = session(sessionId).committeeId;
        Query(m_db, QStringLiteral("UPDATE committee SET promotion_id = ? WHERE id = ?"))
            .bindAll(promotionId, committeeId)
            .exec();
        tx.record(QStringLiteral("committee"), committeeId, Change::Updated, t.name);
    }
    Query(m_db,
        QStringLiteral("UPDATE jury_session SET scale_min = ?, scale_max = ?, scale_step = ?, "
                       "method = ?, blind = ?, assignment = ?, max_per_juror = ?, "
                       "min_per_track = ? WHERE id = ?"))
        .bindAll(t.scaleMin, t.scaleMax, t.scaleStep, toCode(t.method), int(t.blind),
            toCode(t.assignment), t.maxPerJuror > 0 ? QVariant(t.maxPerJuror) : QVariant(),
            t.minPerTrack > 0 ? QVariant(t.minPerTrack) : QVariant(), sessionId)
        .exec();
    tx.record(sessionTable, sessionId, Change::Updated, t.name);

    // Criteria: updated by name, added, and removed when no longer listed and never scored.
    QHash<QString, qint64> existing;
    for (const JuryCriterion &c : criteria(sessionId))
        existing.insert(c.name.trimmed().toCaseFolded(), c.id);
    for (int i = 0; i < t.criteria.size(); ++i) {
        const JuryTemplate::Criterion &c = t.criteria.at(i);
        const qint64 id = existing.take(c.name.trimmed().toCaseFolded());
        if (id != 0) {
            Query(m_db,
                QStringLiteral("UPDATE jury_criterion SET name = ?, description = ?, "
                               "weight = ?, position = ? WHERE id = ?"))
                .bindAll(c.name.trimmed(), nullableText(c.description), c.weight, i, id)
                .exec();
            tx.touch(QStringLiteral("jury_criterion"), id);
        } else {
            const qint64 newId = Query(m_db,
                QStringLiteral("INSERT INTO jury_criterion (session_id, name, description, "
                               "weight, position) VALUES (?, ?, ?, ?, ?) RETURNING id"))
                                     .bindAll(sessionId, c.name.trimmed(),
                                         nullableText(c.description), c.weight, i)
                                     .execReturningId();
            tx.touch(QStringLiteral("jury_criterion"), newId, Change::Inserted);
        }
    }
    for (auto it = existing.cbegin(); it != existing.cend(); ++it) {
        const int scores = Query(m_db,
            QStringLiteral("SELECT COUNT(*) FROM jury_score WHERE "
                           "criterion_id = ?"))
                               .bindAll(it.value())
                               .scalar()
                               .toInt();
        if (scores > 0) {
            throw Error(tr("The criterion \"%1\" already has scores: keep it in the template.")
                            .arg(it.key()));
        }
        Query(m_db, QStringLiteral("DELETE FROM jury_criterion WHERE id = ?"))
            .bindAll(it.value())
            .exec();
        tx.touch(QStringLiteral("jury_criterion"), it.value(), Change::Deleted);
    }

    // Tracks: exactly those of the template.
    Query(m_db, QStringLiteral("DELETE FROM jury_track WHERE session_id = ?"))
        .bindAll(sessionId)
        .exec();
    for (const JuryTemplate::Track &k : t.tracks) {
        Query(m_db,
            QStringLiteral("INSERT INTO jury_track (session_id, code, weight) VALUES (?, ?, ?)"))
            .bindAll(sessionId, toCode(k.code), k.weight)
            .exec();
    }
    tx.touch(QStringLiteral("jury_track"), 0);

    // Jurors: persons of the directory found by name, created when missing.
    QHash<QString, qint64> memberOf;
    for (const JuryTemplate::Juror &j : t.jurors) {
        Query person(m_db,
            QStringLiteral("SELECT id, email FROM person WHERE full_name = ? "
                           "COLLATE NOCASE ORDER BY id"));
        person.bindAll(j.name.trimmed()).exec();
        qint64 personId = 0;
        if (person.next()) {
            personId = person.value(0).toLongLong();
            if (!j.email.isEmpty() && person.value(1).toString() != j.email) {
                Query(m_db, QStringLiteral("UPDATE person SET email = ? WHERE id = ?"))
                    .bindAll(j.email.trimmed(), personId)
                    .exec();
                refreshDirectoryKeys(m_db, QStringLiteral("person"), personId);
                tx.record(QStringLiteral("person"), personId, Change::Updated, j.name);
            }
        } else {
            personId = Query(m_db,
                QStringLiteral("INSERT INTO person (full_name, email) VALUES (?, ?) RETURNING id"))
                           .bindAll(j.name.trimmed(), nullableText(j.email.trimmed()))
                           .execReturningId();
            refreshDirectoryKeys(m_db, QStringLiteral("person"), personId);
            tx.record(QStringLiteral("person"), personId, Change::Inserted, j.name);
        }
        qint64 memberId = Query(m_db,
            QStringLiteral("SELECT id FROM committee_member WHERE "
                           "committee_id = ? AND person_id = ?"))
                              .bindAll(committeeId, personId)
                              .scalar()
                              .toLongLong();
        if (memberId == 0) {
            memberId = Query(m_db,
                QStringLiteral("INSERT INTO committee_member (committee_id, person_id, track) "
                               "VALUES (?, ?, ?) RETURNING id"))
                           .bindAll(committeeId, personId, toCode(j.track))
                           .execReturningId();
            tx.touch(QStringLiteral("committee_member"), memberId, Change::Inserted);
        } else {
            Query(m_db, QStringLiteral("UPDATE committee_member SET track = ? WHERE id = ?"))
                .bindAll(toCode(j.track), memberId)
                .exec();
            tx.touch(QStringLiteral("committee_member"), memberId);
        }
        memberOf.insert(j.name.trimmed().toCaseFolded(), memberId);
    }

    const QList<JuryApplication> apps = applications(sessionId);
    for (const JuryTemplate::Conflict &c : t.conflicts) {
        const qint64 memberId = memberOf.value(c.juror.trimmed().toCaseFolded());
        const qint64 initiativeId = apps.at(findCandidate(apps, c.candidate)).initiativeId;
        declareConflict(sessionId, memberId, initiativeId, c.reason);
    }

    if (t.assignment == AssignmentMode::All)
        assignAll(sessionId);
    else if (t.assignment == AssignmentMode::Balanced)
        assignBalanced(sessionId, t.maxPerJuror, t.minPerTrack);
    tx.commit();
    return sessionId;
}

JuryTemplate JuryService::templateOf(qint64 sessionId) const
{
    const JurySession s = session(sessionId);
    JuryTemplate t;
    t.name = s.name;
    t.promotion = s.promotion;
    t.scaleMin = s.scaleMin;
    t.scaleMax = s.scaleMax;
    t.scaleStep = s.scaleStep;
    t.method = s.method;
    t.blind = s.blind;
    t.assignment = s.assignment;
    t.maxPerJuror = s.maxPerJuror;
    t.minPerTrack = std::max(1, s.minPerTrack);
    for (const JuryCriterion &c : criteria(sessionId))
        t.criteria.append({ c.name, c.weight, c.description });
    for (std::size_t k = 0; k < 2; ++k) {
        if (s.trackWeights[k])
            t.tracks.append({ JuryTrack(k), *s.trackWeights[k] });
    }
    for (const Juror &j : jurors(sessionId))
        t.jurors.append({ j.name, j.track, j.email });
    Query q(m_db,
        QStringLiteral("SELECT p.full_name, i.name, i.ds_number, c.reason FROM jury_conflict c "
                       "JOIN committee_member m ON m.id = c.member_id "
                       "JOIN person p ON p.id = m.person_id "
                       "JOIN initiative i ON i.id = c.initiative_id "
                       "WHERE c.session_id = ? ORDER BY p.full_name, i.name"));
    q.bindAll(sessionId).exec();
    const QList<JuryApplication> apps = applications(sessionId);
    while (q.next()) {
        // The project name unless another application bears it too: then the dossier number.
        QString candidate = q.value(1).toString();
        if (findCandidate(apps, candidate) == -2 && q.value(2).toLongLong() != 0)
            candidate = QString::number(q.value(2).toLongLong());
        t.conflicts.append({ q.value(0).toString(), candidate, q.value(3).toString() });
    }
    return t;
}

// ---------------------------------------------------------------------------------------------
// Assignment and conflicts

namespace {

/// How many assignments a session has: the history's before and after of an assignment.
qint64 assignmentCount(const Database &db, qint64 sessionId)
{
    return Query(db, QStringLiteral("SELECT COUNT(*) FROM jury_assignment WHERE session_id = ?"))
        .bindAll(sessionId)
        .scalar()
        .toLongLong();
}

/// A line of the session's history for a change whose row may be gone (a comment cleared, a
/// conflict withdrawn) or that spans many rows (assignments).
void recordSessionChange(WriteTransaction &tx, qint64 sessionId, const QString &summary,
    const QString &field, const QVariant &before, const QVariant &after)
{
    tx.record(QStringLiteral("jury_session"), sessionId, Change::Updated, summary,
        { { field, before, after } });
}

QString memberAndApplication(qint64 memberId, qint64 initiativeId)
{
    return QStringLiteral("member %1, initiative %2").arg(memberId).arg(initiativeId);
}

} // namespace

void JuryService::assignAll(qint64 sessionId)
{
    WriteTransaction tx(m_db);
    const qint64 before = assignmentCount(m_db, sessionId);
    Query(m_db,
        QStringLiteral("INSERT INTO jury_assignment (session_id, member_id, initiative_id) "
                       "SELECT s.id, m.id, i.id FROM jury_session s "
                       "JOIN committee c ON c.id = s.committee_id "
                       "JOIN committee_member m ON m.committee_id = c.id AND m.track IS NOT NULL "
                       "JOIN initiative i ON i.promotion_id = c.promotion_id "
                       "AND i.admissibility = 'admissible' "
                       "WHERE s.id = ? AND NOT EXISTS (SELECT 1 FROM jury_conflict f WHERE "
                       "f.member_id = m.id AND f.initiative_id = i.id) "
                       "ON CONFLICT (member_id, initiative_id) DO NOTHING"))
        .bindAll(sessionId)
        .exec();
    tx.touch(QStringLiteral("jury_assignment"), 0);
    recordSessionChange(tx, sessionId, QStringLiteral("all"), QStringLiteral("assignments"), before,
        assignmentCount(m_db, sessionId));
    tx.commit();
}

void JuryService::assignBalanced(qint64 sessionId, int maxPerJuror, int minPerTrack)
{
    if (minPerTrack < 1) {
        throw Error(tr("A balanced assignment needs at least one juror per application in "
                       "each track."));
    }
    WriteTransaction tx(m_db);
    const qint64 assignedBefore = assignmentCount(m_db, sessionId);
    const QList<Juror> all = jurors(sessionId);
    const QList<JuryApplication> apps = applications(sessionId);
    QHash<qint64, int> load;
    QSet<QPair<qint64, qint64>> assigned;
    QSet<QPair<qint64, qint64>> conflicts;
    {
        Query q(m_db,
            QStringLiteral("SELECT member_id, initiative_id FROM jury_assignment WHERE "
                           "session_id = ?"));
        q.bindAll(sessionId).exec();
        while (q.next()) {
            assigned.insert({ q.value(0).toLongLong(), q.value(1).toLongLong() });
            ++load[q.value(0).toLongLong()];
        }
        Query c(m_db,
            QStringLiteral("SELECT member_id, initiative_id FROM jury_conflict WHERE "
                           "session_id = ?"));
        c.bindAll(sessionId).exec();
        while (c.next())
            conflicts.insert({ c.value(0).toLongLong(), c.value(1).toLongLong() });
    }
    Query insert(m_db,
        QStringLiteral("INSERT INTO jury_assignment (session_id, member_id, "
                       "initiative_id) VALUES (?, ?, ?)"));
    QStringList problems;
    for (const JuryTrack track : { JuryTrack::Expert, JuryTrack::Citizen }) {
        QList<Juror> pool;
        for (const Juror &j : all) {
            if (j.track == track)
                pool.append(j);
        }
        if (pool.isEmpty())
            continue;
        // The applications with the fewest possible jurors are served first.
        QList<JuryApplication> order = apps;
        const auto eligible = [&conflicts, &pool](qint64 initiativeId) {
            return int(std::count_if(pool.begin(), pool.end(), [&](const Juror &j) {
                return !conflicts.contains({ j.memberId, initiativeId });
            }));
        };
        std::stable_sort(order.begin(), order.end(),
            [&eligible](const JuryApplication &l, const JuryApplication &r) {
                return eligible(l.initiativeId) < eligible(r.initiativeId);
            });
        for (const JuryApplication &a : order) {
            int have = int(std::count_if(pool.begin(), pool.end(), [&](const Juror &j) {
                return assigned.contains({ j.memberId, a.initiativeId });
            }));
            while (have < minPerTrack) {
                const Juror *best = nullptr;
                for (const Juror &j : pool) {
                    const QPair<qint64, qint64> key { j.memberId, a.initiativeId };
                    if (assigned.contains(key) || conflicts.contains(key))
                        continue;
                    if (maxPerJuror > 0 && load.value(j.memberId) >= maxPerJuror)
                        continue;
                    if (!best || load.value(j.memberId) < load.value(best->memberId))
                        best = &j;
                }
                if (!best) {
                    problems.append(QCoreApplication::translate("tremplin::JuryService",
                        "\"%1\" cannot get %n juror(s) of the track \"%2\" "
                        "without a conflict of interest or going over the "
                        "most applications per juror.",
                        nullptr, minPerTrack)
                                        .arg(a.name, label(track)));
                    break;
                }
                insert.bindAll(sessionId, best->memberId, a.initiativeId).exec();
                assigned.insert({ best->memberId, a.initiativeId });
                ++load[best->memberId];
                ++have;
            }
        }
    }
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
    tx.touch(QStringLiteral("jury_assignment"), 0);
    recordSessionChange(tx, sessionId, QStringLiteral("balanced"), QStringLiteral("assignments"),
        assignedBefore, assignmentCount(m_db, sessionId));
    tx.commit();
}

void JuryService::setAssigned(qint64 sessionId, qint64 memberId, qint64 initiativeId, bool assigned)
{
    WriteTransaction tx(m_db);
    refuseWhenSignedOff(m_db, sessionId);
    const qint64 before = assignmentCount(m_db, sessionId);
    if (assigned) {
        if (hasConflict(memberId, initiativeId)) {
            throw Error(tr("This juror declared a conflict of interest with this application: "
                           "it cannot be assigned to them."));
        }
        Query(m_db,
            QStringLiteral("INSERT INTO jury_assignment (session_id, member_id, "
                           "initiative_id) VALUES (?, ?, ?) ON CONFLICT (member_id, "
                           "initiative_id) DO NOTHING"))
            .bindAll(sessionId, memberId, initiativeId)
            .exec();
    } else {
        Query(m_db,
            QStringLiteral("DELETE FROM jury_assignment WHERE member_id = ? AND "
                           "initiative_id = ?"))
            .bindAll(memberId, initiativeId)
            .exec();
    }
    tx.touch(QStringLiteral("jury_assignment"), 0);
    recordSessionChange(tx, sessionId, memberAndApplication(memberId, initiativeId),
        QStringLiteral("assignments"), before, assignmentCount(m_db, sessionId));
    tx.commit();
}

bool JuryService::isAssigned(qint64 memberId, qint64 initiativeId) const
{
    return Query(m_db,
               QStringLiteral("SELECT COUNT(*) FROM jury_assignment WHERE member_id = ? "
                              "AND initiative_id = ?"))
               .bindAll(memberId, initiativeId)
               .scalar()
               .toInt()
        > 0;
}

void JuryService::declareConflict(
    qint64 sessionId, qint64 memberId, qint64 initiativeId, const QString &reason)
{
    WriteTransaction tx(m_db);
    refuseWhenSignedOff(m_db, sessionId);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO jury_conflict (session_id, member_id, initiative_id, reason, "
                       "declared_on) VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, "
                       "initiative_id) DO UPDATE SET reason = excluded.reason RETURNING id"))
                          .bindAll(sessionId, memberId, initiativeId,
                              nullableText(reason.trimmed()),
                              QDate::currentDate().toString(Qt::ISODate))
                          .execReturningId();
    Query(m_db,
        QStringLiteral("DELETE FROM jury_assignment WHERE member_id = ? AND initiative_id = ?"))
        .bindAll(memberId, initiativeId)
        .exec();
    tx.record(QStringLiteral("jury_conflict"), id, Change::Inserted, reason);
    tx.touch(QStringLiteral("jury_assignment"), 0);
    tx.commit();
}

void JuryService::withdrawConflict(qint64 memberId, qint64 initiativeId)
{
    WriteTransaction tx(m_db);
    Query declared(m_db,
        QStringLiteral("SELECT session_id, reason FROM jury_conflict WHERE member_id = ? AND "
                       "initiative_id = ?"));
    declared.bindAll(memberId, initiativeId).exec();
    if (declared.next()) {
        const QString reason = declared.value(1).toString();
        recordSessionChange(tx, declared.value(0).toLongLong(),
            memberAndApplication(memberId, initiativeId), QStringLiteral("conflict"),
            reason.isEmpty() ? QStringLiteral("✓") : reason, QVariant());
    }
    Query(
        m_db, QStringLiteral("DELETE FROM jury_conflict WHERE member_id = ? AND initiative_id = ?"))
        .bindAll(memberId, initiativeId)
        .exec();
    tx.touch(QStringLiteral("jury_conflict"), 0, Change::Deleted);
    tx.commit();
}

bool JuryService::hasConflict(qint64 memberId, qint64 initiativeId) const
{
    return Query(m_db,
               QStringLiteral("SELECT COUNT(*) FROM jury_conflict WHERE member_id = ? AND "
                              "initiative_id = ?"))
               .bindAll(memberId, initiativeId)
               .scalar()
               .toInt()
        > 0;
}

// ---------------------------------------------------------------------------------------------
// Scores

std::optional<double> JuryService::parseScore(const QString &text)
{
    QString t = text.trimmed();
    t.replace(QLatin1Char(','), QLatin1Char('.'));
    bool ok = false;
    const double v = t.toDouble(&ok);
    if (!ok || !std::isfinite(v))
        return std::nullopt;
    return v;
}

QString JuryService::scoreProblem(qint64 sessionId, qint64 memberId, qint64 initiativeId,
    qint64 criterionId, std::optional<double> score) const
{
    Query who(m_db,
        QStringLiteral("SELECT p.full_name, i.name FROM committee_member m "
                       "JOIN jury_session s ON s.committee_id = m.committee_id "
                       "JOIN person p ON p.id = m.person_id, initiative i "
                       "WHERE m.id = ? AND s.id = ? AND i.id = ?"));
    who.bindAll(memberId, sessionId, initiativeId).exec();
    if (!who.next())
        return tr("This juror or this application is not part of the jury session.");
    const QString juror = who.value(0).toString();
    const QString application = who.value(1).toString();
    if (const QString locked = signedOffProblem(m_db, sessionId); !locked.isEmpty())
        return locked;
    if (hasConflict(memberId, initiativeId)) {
        return tr("%1 declared a conflict of interest with \"%2\" and cannot score it.")
            .arg(juror, application);
    }
    // A member who left the room for the application (recusal) is held to it like a conflict.
    if (JuryDecisionService(m_db).isRecused(memberId, initiativeId))
        return tr("%1 left the room for \"%2\" (recusal) and cannot score it.")
            .arg(juror, application);
    if (!isAssigned(memberId, initiativeId))
        return tr("\"%1\" is not assigned to %2.").arg(application, juror);
    if (criterionId != 0) {
        const int known = Query(m_db,
            QStringLiteral("SELECT COUNT(*) FROM jury_criterion WHERE "
                           "id = ? AND session_id = ?"))
                              .bindAll(criterionId, sessionId)
                              .scalar()
                              .toInt();
        if (known == 0)
            return tr("This criterion is not one of the jury session.");
    }
    if (score) {
        const JurySession s = session(sessionId);
        return scaleProblem(*score, s.scaleMin, s.scaleMax, s.scaleStep);
    }
    return {};
}

QString JuryService::scaleProblem(double score, double scaleMin, double scaleMax, double scaleStep)
{
    if (score < scaleMin - 1e-9 || score > scaleMax + 1e-9) {
        return tr("The score %1 is outside the scale, from %2 to %3.")
            .arg(number(score), number(scaleMin), number(scaleMax));
    }
    if (!onStep(score, scaleMin, scaleStep)) {
        return tr("The score %1 is not on the scale's steps of %2 from %3.")
            .arg(number(score), number(scaleStep), number(scaleMin));
    }
    return {};
}

void JuryService::setScore(qint64 sessionId, qint64 memberId, qint64 initiativeId,
    qint64 criterionId, std::optional<double> score)
{
    WriteTransaction tx(m_db);
    // Checked inside the transaction, so that no conflict declared meanwhile slips through.
    const QString problem = scoreProblem(sessionId, memberId, initiativeId, criterionId, score);
    if (!problem.isEmpty())
        throw Error(problem);
    const std::optional<double> before = this->score(memberId, initiativeId, criterionId);
    const auto audited
        = [&](const std::optional<double> &v) { return v ? QVariant(*v) : QVariant(); };
    // The criterion and the application scored, for the line of the session's history.
    const QString summary = QStringLiteral("member %1, initiative %2, criterion %3")
                                .arg(memberId)
                                .arg(initiativeId)
                                .arg(criterionId);
    if (score) {
        const qint64 id = Query(m_db,
            QStringLiteral("INSERT INTO jury_score (session_id, member_id, initiative_id, "
                           "criterion_id, score) VALUES (?, ?, ?, ?, ?) ON CONFLICT (member_id, "
                           "initiative_id, criterion_id) DO UPDATE SET score = excluded.score "
                           "RETURNING id"))
                              .bindAll(sessionId, memberId, initiativeId, criterionId, *score)
                              .execReturningId();
        tx.record(QStringLiteral("jury_score"), id, Change::Updated, summary,
            { { QStringLiteral("score"), audited(before), audited(score) } });
    } else {
        Query(m_db,
            QStringLiteral("DELETE FROM jury_score WHERE member_id = ? AND initiative_id "
                           "= ? AND criterion_id = ?"))
            .bindAll(memberId, initiativeId, criterionId)
            .exec();
        tx.touch(QStringLiteral("jury_score"), 0, Change::Deleted);
        // The row is gone: the line belongs to the session through its committee.
        tx.record(QStringLiteral("jury_session"), sessionId, Change::Updated, summary,
            { { QStringLiteral("score"), audited(before), {} } });
    }
    tx.commit();
}

std::optional<double> JuryService::score(
    qint64 memberId, qint64 initiativeId, qint64 criterionId) const
{
    const QVariant v = Query(m_db,
        QStringLiteral("SELECT score FROM jury_score WHERE member_id = "
                       "? AND initiative_id = ? AND criterion_id = ?"))
                           .bindAll(memberId, initiativeId, criterionId)
                           .scalar();
    if (!v.isValid() || v.isNull())
        return std::nullopt;
    return v.toDouble();
}

void JuryService::setComment(
    qint64 sessionId, qint64 memberId, qint64 initiativeId, const QString &body)
{
    WriteTransaction tx(m_db);
    const QString problem = scoreProblem(sessionId, memberId, initiativeId, 0, std::nullopt);
    if (!problem.isEmpty())
        throw Error(problem);
    const QString before = comment(memberId, initiativeId);
    if (body.trimmed().isEmpty()) {
        Query(m_db,
            QStringLiteral("DELETE FROM jury_comment WHERE member_id = ? AND initiative_id = ?"))
            .bindAll(memberId, initiativeId)
            .exec();
    } else {
        Query(m_db,
            QStringLiteral("INSERT INTO jury_comment (session_id, member_id, "
                           "initiative_id, body) VALUES (?, ?, ?, ?) ON CONFLICT "
                           "(member_id, initiative_id) DO UPDATE SET body = excluded.body"))
            .bindAll(sessionId, memberId, initiativeId, body.trimmed())
            .exec();
    }
    tx.touch(QStringLiteral("jury_comment"), 0);
    const auto text = [](const QString &t) { return t.isEmpty() ? QVariant() : QVariant(t); };
    recordSessionChange(tx, sessionId, memberAndApplication(memberId, initiativeId),
        QStringLiteral("comment"), text(before), text(body.trimmed()));
    tx.commit();
}

QString JuryService::comment(qint64 memberId, qint64 initiativeId) const
{
    return Query(m_db,
        QStringLiteral("SELECT body FROM jury_comment WHERE member_id = ? AND "
                       "initiative_id = ?"))
        .bindAll(memberId, initiativeId)
        .scalar()
        .toString();
}

QList<VisibleScore> JuryService::visibleScores(
    qint64 sessionId, qint64 viewerMemberId, qint64 initiativeId) const
{
    bool othersVisible = true;
    if (viewerMemberId != 0) {
        if (hasConflict(viewerMemberId, initiativeId)
            || JuryDecisionService(m_db).isRecused(viewerMemberId, initiativeId)) {
            othersVisible = false;
        } else if (session(sessionId).blind) {
            const int criteriaCount = criteria(sessionId).size();
            const int own = Query(m_db,
                QStringLiteral("SELECT COUNT(*) FROM jury_score WHERE "
                               "member_id = ? AND initiative_id = ?"))
                                .bindAll(viewerMemberId, initiativeId)
                                .scalar()
                                .toInt();
            othersVisible = own >= criteriaCount;
        }
    }
    Query q(m_db,
        QStringLiteral("SELECT member_id, criterion_id, score FROM jury_score WHERE "
                       "session_id = ? AND initiative_id = ? ORDER BY member_id, "
                       "criterion_id"));
    q.bindAll(sessionId, initiativeId).exec();
    QList<VisibleScore> out;
    while (q.next()) {
        const qint64 member = q.value(0).toLongLong();
        if (othersVisible || member == viewerMemberId)
            out.append({ member, q.value(1).toLongLong(), q.value(2).toDouble() });
    }
    return out;
}

QList<JurorProgress> JuryService::progress(qint64 sessionId) const
{
    const int criteriaCount = criteria(sessionId).size();
    QList<JurorProgress> out;
    Query q(m_db,
        QStringLiteral("SELECT a.member_id, COUNT(*), SUM(CASE WHEN (SELECT COUNT(*) FROM "
                       "jury_score s WHERE s.member_id = a.member_id AND s.initiative_id = "
                       "a.initiative_id) >= ? THEN 1 ELSE 0 END) FROM jury_assignment a "
                       "WHERE a.session_id = ? GROUP BY a.member_id"));
    q.bindAll(criteriaCount, sessionId).exec();
    QHash<qint64, QPair<int, int>> counts;
    while (q.next())
        counts.insert(q.value(0).toLongLong(), { q.value(1).toInt(), q.value(2).toInt() });
    for (const Juror &j : jurors(sessionId)) {
        const QPair<int, int> c = counts.value(j.memberId);
        out.append({ j, c.first, c.second });
    }
    return out;
}

QList<MissingScores> JuryService::missingScores(qint64 sessionId) const
{
    const int criteriaCount = criteria(sessionId).size();
    QHash<qint64, Juror> jurorById;
    for (const Juror &j : jurors(sessionId))
        jurorById.insert(j.memberId, j);
    Query q(m_db,
        QStringLiteral("SELECT a.member_id, i.id, i.name, i.ds_number, (SELECT COUNT(*) FROM "
                       "jury_score s WHERE s.member_id = a.member_id AND s.initiative_id = "
                       "a.initiative_id) AS n FROM jury_assignment a JOIN initiative i ON i.id "
                       "= a.initiative_id WHERE a.session_id = ? AND n < ?"));
    q.bindAll(sessionId, criteriaCount).exec();
    QList<MissingScores> out;
    while (q.next()) {
        out.append({ jurorById.value(q.value(0).toLongLong()),
            { q.value(1).toLongLong(), q.value(2).toString(), q.value(3).toLongLong() },
            criteriaCount - q.value(4).toInt() });
    }
    std::sort(out.begin(), out.end(), [](const MissingScores &l, const MissingScores &r) {
        return std::make_pair(l.juror.name, l.application.name)
            < std::make_pair(r.juror.name, r.application.name);
    });
    return out;
}

jury::RankingInput JuryService::rankingInput(qint64 sessionId) const
{
    jury::RankingInput in;
    const JurySession s = session(sessionId);
    in.trackWeights = s.trackWeights;
    QHash<qint64, int> criterionIndex;
    for (const JuryCriterion &c : criteria(sessionId)) {
        criterionIndex.insert(c.id, int(in.criterionWeights.size()));
        in.criterionWeights.push_back(c.weight);
    }
    QHash<qint64, int> jurorIndex;
    for (const Juror &j : jurors(sessionId)) {
        jurorIndex.insert(j.memberId, int(in.jurors.size()));
        in.jurors.push_back({ j.memberId, j.track });
    }
    QHash<qint64, int> applicationIndex;
    for (const JuryApplication &a : applications(sessionId)) {
        applicationIndex.insert(a.initiativeId, int(in.applications.size()));
        in.applications.push_back(a.initiativeId);
    }
    Query q(m_db,
        QStringLiteral("SELECT member_id, initiative_id, criterion_id, score FROM "
                       "jury_score WHERE session_id = ?"));
    q.raw().setForwardOnly(true); // read once, hundreds of thousands of rows: no row cache
    q.bindAll(sessionId).exec();
    while (q.next()) {
        const auto j = jurorIndex.constFind(q.value(0).toLongLong());
        const auto a = applicationIndex.constFind(q.value(1).toLongLong());
        const auto c = criterionIndex.constFind(q.value(2).toLongLong());
        if (j == jurorIndex.cend() || a == applicationIndex.cend() || c == criterionIndex.cend())
            continue;
        in.scores.push_back({ *j, *a, *c, q.value(3).toDouble() });
    }
    // Recusals in the room count as conflicts of interest.
    Query f(m_db,
        QStringLiteral("SELECT member_id, initiative_id FROM jury_conflict WHERE session_id = ? "
                       "UNION SELECT r.member_id, r.initiative_id FROM recusal r JOIN "
                       "jury_session s ON s.committee_id = r.committee_id WHERE s.id = ?"));
    f.bindAll(sessionId, sessionId).exec();
    while (f.next()) {
        const auto j = jurorIndex.constFind(f.value(0).toLongLong());
        const auto a = applicationIndex.constFind(f.value(1).toLongLong());
        if (j != jurorIndex.cend() && a != applicationIndex.cend())
            in.conflicts.push_back({ *j, *a });
    }
    return in;
}

} // namespace tremplin
