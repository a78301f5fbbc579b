// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../commands/databasecommand.h"
#include "core/services/committeeservice.h"

namespace tremplin {

/// Records a committee's decision with the grants it creates, its sponsors and the
/// participation in the phase continued into: one transaction, one undo step. Undo removes all
/// of it (payments made since on its grants included); redo puts it back with the same ids.
class RecordDecisionCommand : public DatabaseCommand
{
public:
    RecordDecisionCommand(Document &document, const DecisionRequest &request);
    const DecisionOutcome &outcome() const { return m_outcome; }

protected:
    void apply() override;
    void revert() override;

private:
    DecisionRequest m_request;
    DecisionOutcome m_outcome;
    QList<RemovedRecord> m_removed; ///< children first: restored in reverse order
};

/// Amends a decision (kind, reason, phase) keeping its previous state as an amendment row.
class AmendDecisionCommand : public DatabaseCommand
{
public:
    AmendDecisionCommand(Document &document, qint64 decisionId, DecisionKind kind,
        const QString &reason, qint64 phaseId, const QString &why);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_decisionId;
    QVariantMap m_new;
    QVariantMap m_old;
    QString m_why;
    qint64 m_amendmentId = 0;
    RemovedRecord m_removed;
};

} // namespace tremplin
