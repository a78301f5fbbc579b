// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurydecisioncommands.h"

#include "../document.h"
#include "core/database/transaction.h"
#include "core/services/juryservice.h"

#include <QCoreApplication>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JuryPage)
};
} // namespace

RecordJuryDecisionCommand::RecordJuryDecisionCommand(Document &document, qint64 sessionId,
    qint64 initiativeId, JuryOutcome outcome, const QString &reason, const QString &overrideReason)
    : DatabaseCommand(document, Tr::tr("Jury decision (%1)").arg(label(outcome)))
    , m_sessionId(sessionId)
    , m_initiativeId(initiativeId)
    , m_outcome(outcome)
    , m_reason(reason)
    , m_overrideReason(overrideReason)
{ }

void RecordJuryDecisionCommand::apply()
{
    JuryDecisionService room(m_document.database());
    if (!m_done) {
        m_before = room.decision(m_sessionId, m_initiativeId);
        room.recordDecision(m_sessionId, m_initiativeId, m_outcome, m_reason, m_overrideReason);
        m_after = room.decision(m_sessionId, m_initiativeId);
        m_done = true;
        return;
    }
    room.restoreDecision(m_sessionId, m_initiativeId, m_after);
}

void RecordJuryDecisionCommand::revert()
{
    JuryDecisionService(m_document.database())
        .restoreDecision(m_sessionId, m_initiativeId, m_before);
}

RecordRecusalCommand::RecordRecusalCommand(Document &document, qint64 committeeId, qint64 memberId,
    qint64 initiativeId, const QString &reason)
    : DatabaseCommand(document, Tr::tr("Recusal"))
{
    m_recusal.committeeId = committeeId;
    m_recusal.memberId = memberId;
    m_recusal.initiativeId = initiativeId;
    m_recusal.reason = reason;
}

void RecordRecusalCommand::apply()
{
    JuryDecisionService room(m_document.database());
    if (m_recusal.id == 0) {
        const qint64 id = room.recordRecusal(
            m_recusal.committeeId, m_recusal.memberId, m_recusal.initiativeId, m_recusal.reason);
        for (const Recusal &r : room.recusals(m_recusal.committeeId)) {
            if (r.id == id)
                m_recusal = r;
        }
        return;
    }
    room.restoreRecusal(m_recusal);
}

void RecordRecusalCommand::revert()
{
    JuryDecisionService(m_document.database()).removeRecusal(m_recusal.id);
}

SignOffCommand::SignOffCommand(Document &document, qint64 committeeId, const QString &by)
    : DatabaseCommand(document, Tr::tr("Sign off"))
    , m_committeeId(committeeId)
    , m_by(by)
{ }

void SignOffCommand::apply()
{
    JuryDecisionService room(m_document.database());
    if (!m_done) {
        m_outcome = room.signOff(m_committeeId, m_by);
        m_at = room.signedOffAt(m_committeeId);
        m_by = room.signedOffBy(m_committeeId);
        m_done = true;
        return;
    }
    RecordService records(m_document.database());
    WriteTransaction tx(m_document.database());
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        records.restore(*it);
    room.relock(m_outcome, m_at, m_by);
    tx.commit();
    m_removed.clear();
}

void SignOffCommand::revert()
{
    RecordService records(m_document.database());
    WriteTransaction tx(m_document.database());
    QList<RemovedRecord> removed;
    for (qint64 p : std::as_const(m_outcome.participationIds))
        removed.append(records.remove(QStringLiteral("participation"), p));
    JuryDecisionService(m_document.database()).reopen(m_outcome);
    tx.commit();
    m_removed = removed;
}

AmendJuryDecisionCommand::AmendJuryDecisionCommand(Document &document, qint64 sessionId,
    qint64 initiativeId, JuryOutcome outcome, const QString &reason, const QString &why)
    : DatabaseCommand(document, Tr::tr("Amend jury decision"))
    , m_sessionId(sessionId)
    , m_initiativeId(initiativeId)
    , m_outcome(outcome)
    , m_reason(reason)
    , m_why(why)
{ }

void AmendJuryDecisionCommand::apply()
{
    JuryDecisionService room(m_document.database());
    if (!m_done) {
        m_result = room.amendDecision(m_sessionId, m_initiativeId, m_outcome, m_reason, m_why);
        m_done = true;
        return;
    }
    room.redoAmendment(m_result, m_undoneParticipation);
    m_undoneParticipation.reset();
}

void AmendJuryDecisionCommand::revert()
{
    m_undoneParticipation = JuryDecisionService(m_document.database()).undoAmendment(m_result);
}

} // namespace tremplin
