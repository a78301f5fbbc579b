// SPDX-License-Identifier: GPL-3.0-or-later
// The jury session that juror-pack tests share (tst_jurypacks, tst_jurormode).
#pragma once

#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"

#include <QHash>

namespace tremplin::test {

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
        JuryPackFixture f;
        ProgrammeService programmes(db);
        Programme p;
        p.name = QStringLiteral("AIC");
        Promotion promotion;
        promotion.programmeId = programmes.createProgramme(p);
        promotion.name = QStringLiteral("Promotion 2026");
        promotion.id = programmes.createPromotion(promotion);
        const qint64 carrier = Query(db,
            QStringLiteral("INSERT INTO organisation (name, legal_form, siret) VALUES "
                           "('Les Jardins partagés', 'association', '12345678901234') "
                           "RETURNING id"))
                                   .execReturningId();
        int ds = 1001;
        for (const char *name : { "P", "Q", "R" }) {
            Initiative i;
            i.name = QLatin1String(name);
            i.promotionId = promotion.id;
            i.carrierId = carrier;
            i.description = QStringLiteral("Projet ") + i.name;
            const qint64 id = InitiativeService(db).create(i);
            Query(db,
                QStringLiteral("UPDATE initiative SET ds_number = ?, admissibility = "
                               "'admissible', budget_cents = ? WHERE id = ?"))
                .bindAll(qint64(ds++), qint64(1500000), id)
                .exec();
            f.app.insert(i.name, id);
        }
        JuryTemplate t;
        t.name = QStringLiteral("Jury 2026");
        t.promotion = promotion.name;
        t.scaleMin = 0;
        t.scaleMax = 5;
        t.scaleStep = 0.5;
        t.criteria = { { QStringLiteral("A"), 2, QStringLiteral("first") },
            { QStringLiteral("B"), 1, QString() } };
        t.tracks = { { JuryTrack::Expert, 2 }, { JuryTrack::Citizen, 1 } };
        t.jurors = { { QStringLiteral("E1"), JuryTrack::Expert, QStringLiteral("e1@example.org") },
            { QStringLiteral("E2"), JuryTrack::Expert, QStringLiteral("e2@example.org") },
            { QStringLiteral("C1"), JuryTrack::Citizen, QString() } };
        t.conflicts = { { QStringLiteral("E2"), QStringLiteral("R"), QStringLiteral("adviser") } };
        JuryService jury(db);
        f.session = jury.applyTemplate(t);
        for (const Juror &j : jury.jurors(f.session))
            f.member.insert(j.name, j.memberId);
        f.a = jury.criteria(f.session).at(0).id;
        f.b = jury.criteria(f.session).at(1).id;
        return f;
    }
};

} // namespace tremplin::test
