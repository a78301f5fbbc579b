// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeecommands.h"

#include "../document.h"
#include "core/database/transaction.h"

#include <QCoreApplication>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::CommitteesPage)
};
} // namespace

RecordDecisionCommand::RecordDecisionCommand(Document &document, const DecisionRequest &request)
    : DatabaseCommand(document, Tr::tr("Record decision (%1)").arg(label(request.kind)))
    , m_request(request)
{ }

void RecordDecisionCommand::apply()
{
    if (m_outcome.decisionId == 0) {
        m_outcome = CommitteeService(m_document.database()).recordDecision(m_request);
        return;
    }
    RecordService records(m_document.database());
    WriteTransaction tx(m_document.database());
    for (auto it = m_removed.crbegin(); it != m_removed.crend(); ++it)
        records.restore(*it);
    tx.commit();
    m_removed.clear();
}

void RecordDecisionCommand::revert()
{
    RecordService records(m_document.database());
    WriteTransaction tx(m_document.database());
    QList<RemovedRecord> removed;
    // The grants first (their payments go with them), then what the decision created, then
    // the decision itself with its sponsors and amendments.
    for (qint64 grant : std::as_const(m_outcome.grantIds))
        removed.append(records.remove(QStringLiteral("grant_award"), grant));
    if (m_outcome.participationId)
        removed.append(records.remove(QStringLiteral("participation"), m_outcome.participationId));
    removed.append(records.remove(QStringLiteral("decision"), m_outcome.decisionId));
    tx.commit();
    m_removed = removed;
}

AmendDecisionCommand::AmendDecisionCommand(Document &document, qint64 decisionId, DecisionKind kind,
    const QString &reason, qint64 phaseId, const QString &why)
    : DatabaseCommand(document, Tr::tr("Amend decision"))
    , m_decisionId(decisionId)
    , m_why(why)
{
    m_new.insert(QStringLiteral("kind"), toCode(kind));
    m_new.insert(QStringLiteral("reason"), reason.trimmed());
    const bool continues = kind == DecisionKind::Continue || kind == DecisionKind::ContinueAndFund;
    m_new.insert(QStringLiteral("phase_id"),
        continues && phaseId > 0 ? QVariant(phaseId) : QVariant(QMetaType(QMetaType::LongLong)));
    RecordService records(document.database());
    for (auto it = m_new.cbegin(); it != m_new.cend(); ++it)
        m_old.insert(it.key(), records.value(QStringLiteral("decision"), it.key(), decisionId));
}

void AmendDecisionCommand::apply()
{
    if (m_amendmentId == 0) {
        m_amendmentId
            = CommitteeService(m_document.database())
                  .amendDecision(m_decisionId,
                      fromCode<DecisionKind>(m_new.value(QStringLiteral("kind")).toString())
                          .value_or(DecisionKind::Continue),
                      m_new.value(QStringLiteral("reason")).toString(),
                      m_new.value(QStringLiteral("phase_id")).toLongLong(), m_why);
        return;
    }
    RecordService records(m_document.database());
    WriteTransaction tx(m_document.database());
    records.restore(m_removed);
    records.setValues(
        QStringLiteral("decision"), m_decisionId, m_new, RecordService::Check::ValueOnly);
    tx.commit();
}

void AmendDecisionCommand::revert()
{
    RecordService records(m_document.database());
    WriteTransaction tx(m_document.database());
    records.setValues(
        QStringLiteral("decision"), m_decisionId, m_old, RecordService::Check::ValueOnly);
    m_removed = records.remove(QStringLiteral("decision_amendment"), m_amendmentId);
    tx.commit();
}

} // namespace tremplin
