// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../commands/databasecommand.h"
#include "core/services/jurydecisionservice.h"

#include <optional>

namespace tremplin {

/// Records or changes a jury's decision about one application (JuryDecisionService's rules:
/// a reason, an override's reason when it departs from the ranking, not once signed off).
/// Undo puts back the decision as it was, or none; redo the same row with the same id.
class RecordJuryDecisionCommand : public DatabaseCommand
{
public:
    RecordJuryDecisionCommand(Document &document, qint64 sessionId, qint64 initiativeId,
        JuryOutcome outcome, const QString &reason, const QString &overrideReason = {});

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_sessionId;
    qint64 m_initiativeId;
    JuryOutcome m_outcome;
    QString m_reason;
    QString m_overrideReason;
    bool m_done = false;
    std::optional<JuryDecision> m_before;
    std::optional<JuryDecision> m_after;
};

/// Records that a member leaves the room for an item; undo removes the recusal.
class RecordRecusalCommand : public DatabaseCommand
{
public:
    RecordRecusalCommand(Document &document, qint64 committeeId, qint64 memberId,
        qint64 initiativeId, const QString &reason);

protected:
    void apply() override;
    void revert() override;

private:
    Recusal m_recusal;
};

/// Signs a session off: for a jury, its selected applications become laureates in the
/// promotion's first accompaniment phase; the session is locked. One undo step: undo removes
/// the participations, puts the lifecycles back and lifts the lock; redo restores them all with
/// the same ids.
class SignOffCommand : public DatabaseCommand
{
public:
    SignOffCommand(Document &document, qint64 committeeId, const QString &by);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_committeeId;
    QString m_by;
    QDateTime m_at;
    bool m_done = false;
    SignOffOutcome m_outcome;
    QList<RemovedRecord> m_removed;
};

/// Amends a signed-off jury session's decision; the amendment is kept for the minutes. To or
/// from "selected", the laureate status and the first accompaniment participation follow in
/// the same step. Undo puts them all back and removes the amendment; redo keeps the ids.
class AmendJuryDecisionCommand : public DatabaseCommand
{
public:
    AmendJuryDecisionCommand(Document &document, qint64 sessionId, qint64 initiativeId,
        JuryOutcome outcome, const QString &reason, const QString &why);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_sessionId;
    qint64 m_initiativeId;
    JuryOutcome m_outcome;
    QString m_reason;
    QString m_why;
    bool m_done = false;
    AmendmentOutcome m_result;
    std::optional<RemovedRecord> m_undoneParticipation;
};

} // namespace tremplin
