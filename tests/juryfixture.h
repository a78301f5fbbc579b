// SPDX-License-Identifier: GPL-3.0-or-later
// The jury sessions the jury tests share (tst_jury, tst_juryranking, tst_juryscoring,
// tst_jurydecisions, tst_juryletters, tst_jurypacks, tst_jurormode): the programme and its
// promotion, admissible applications with their dossier numbers, a session made from a template.
#pragma once

#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"

#include <QHash>
#include <optional>

namespace tremplin::test {

/// A programme "AIC", its promotion "Promotion 2026" and, once applyTemplate() ran, a jury
/// session with its members and its first two criteria.
struct JurySession
{
    qint64 programme = 0;
    qint64 promotion = 0;
    QHash<QString, qint64> app; ///< by the key addApplication() was given
    QHash<QString, qint64> member; ///< by juror name
    qint64 session = 0;
    qint64 committee = 0;
    qint64 a = 0; ///< the first criterion
    qint64 b = 0; ///< the second criterion

    /// Writes the programme and the promotion (with its number of places) into @p db.
    static JurySession make(Database &db, std::optional<int> places = std::nullopt)
    {
        JurySession s;
        ProgrammeService programmes(db);
        Programme p;
        p.name = QStringLiteral("AIC");
        s.programme = programmes.createProgramme(p);
        Promotion promotion;
        promotion.programmeId = s.programme;
        promotion.name = QStringLiteral("Promotion 2026");
        promotion.places = places;
        s.promotion = programmes.createPromotion(promotion);
        return s;
    }

    /// Adds @p initiative to the promotion as an application with dossier number @p ds,
    /// admissible (before the jury) unless @p admissible is false; kept under @p key.
    qint64 addApplication(
        Database &db, const QString &key, Initiative initiative, qint64 ds, bool admissible = true)
    {
        initiative.promotionId = promotion;
        const qint64 id = InitiativeService(db).create(initiative);
        Query(db,
            QStringLiteral("UPDATE initiative SET ds_number = ?, admissibility = ? WHERE id = ?"))
            .bindAll(
                ds, admissible ? QStringLiteral("admissible") : QStringLiteral("unchecked"), id)
            .exec();
        if (!key.isEmpty())
            app.insert(key, id);
        return id;
    }

    /// An application named @p name (also its key).
    qint64 addApplication(Database &db, const QString &name, qint64 ds, bool admissible = true)
    {
        Initiative i;
        i.name = name;
        return addApplication(db, name, i, ds, admissible);
    }

    /// The usual session: "Jury 2026" for "Promotion 2026", scale 0 to 5 by @p step, criteria
    /// A (weight 2, "first") and B (weight 1), tracks expert (weight 2) and citizen (weight 1),
    /// jurors E1 (e1@example.org) and E2 (expert) and C1 (citizen), not blind, everything
    /// assigned to everyone.
    static JuryTemplate smallTemplate(double step = 1)
    {
        JuryTemplate t;
        t.name = QStringLiteral("Jury 2026");
        t.promotion = QStringLiteral("Promotion 2026");
        t.scaleMin = 0;
        t.scaleMax = 5;
        t.scaleStep = step;
        t.criteria = { { QStringLiteral("A"), 2, QStringLiteral("first") },
            { QStringLiteral("B"), 1, QString() } };
        t.tracks = { { JuryTrack::Expert, 2 }, { JuryTrack::Citizen, 1 } };
        t.jurors = { { QStringLiteral("E1"), JuryTrack::Expert, QStringLiteral("e1@example.org") },
            { QStringLiteral("E2"), JuryTrack::Expert, QString() },
            { QStringLiteral("C1"), JuryTrack::Citizen, QString() } };
        t.blind = false;
        return t;
    }

    /// Makes the session from @p t and reads its members and criteria.
    void applyTemplate(Database &db, const JuryTemplate &t)
    {
        JuryService jury(db);
        session = jury.applyTemplate(t);
        committee = jury.session(session).committeeId;
        member.clear();
        for (const Juror &j : jury.jurors(session))
            member.insert(j.name, j.memberId);
        const QList<JuryCriterion> c = jury.criteria(session);
        a = c.value(0).id;
        b = c.value(1).id;
    }
};

/// Applications P, Q, R (each with a carrier, a description, a dossier number from 1001 and a
/// budget), a session "Jury 2026" (scale 0 to 5 by 0.5, criteria A ×2 and B) with jurors E1
/// and E2 (expert) and C1 (citizen), everything assigned, and E2 in conflict with R.
struct JuryPackFixture
{
    QHash<QString, qint64> app; ///< P, Q, R
    QHash<QString, qint64> member; ///< E1, E2, C1
    qint64 session = 0;
    qint64 a = 0;
    qint64 b = 0;

    /// Writes the programme and the session into @p db (a new, empty file).
    static JuryPackFixture make(Database &db)
    {
        JurySession s = JurySession::make(db);
        const qint64 carrier = Query(db,
            QStringLiteral("INSERT INTO organisation (name, legal_form, siret) VALUES "
                           "('Les Jardins partagés', 'association', '12345678901234') "
                           "RETURNING id"))
                                   .execReturningId();
        int ds = 1001;
        for (const char *name : { "P", "Q", "R" }) {
            Initiative i;
            i.name = QLatin1String(name);
            i.carrierId = carrier;
            i.description = QStringLiteral("Projet ") + i.name;
            const qint64 id = s.addApplication(db, i.name, i, ds++);
            Query(db, QStringLiteral("UPDATE initiative SET budget_cents = ? WHERE id = ?"))
                .bindAll(qint64(1500000), id)
                .exec();
        }
        JuryTemplate t = JurySession::smallTemplate(0.5);
        t.jurors[1].email = QStringLiteral("e2@example.org");
        t.blind = true; // the template's default
        t.conflicts = { { QStringLiteral("E2"), QStringLiteral("R"), QStringLiteral("adviser") } };
        s.applyTemplate(db, t);
        JuryPackFixture f;
        f.app = s.app;
        f.member = s.member;
        f.session = s.session;
        f.a = s.a;
        f.b = s.b;
        return f;
    }
};

} // namespace tremplin::test
