// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscorecommands.h"

#include "../document.h"
#include "core/services/juryservice.h"

#include <QCoreApplication>
#include <QLocale>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::JuryScoringTab)
};
} // namespace

SetJuryScoreCommand::SetJuryScoreCommand(Document &document, qint64 sessionId, qint64 memberId,
    qint64 initiativeId, qint64 criterionId, std::optional<double> score)
    : DatabaseCommand(document,
        score ? Tr::tr("Score %1").arg(QLocale().toString(*score)) : Tr::tr("Clear score"))
    , m_session(sessionId)
    , m_member(memberId)
    , m_initiative(initiativeId)
    , m_criterion(criterionId)
    , m_old(JuryService(document.database()).score(memberId, initiativeId, criterionId))
    , m_new(score)
{ }

void SetJuryScoreCommand::apply()
{
    JuryService(m_document.database())
        .setScore(m_session, m_member, m_initiative, m_criterion, m_new);
}

void SetJuryScoreCommand::revert()
{
    JuryService(m_document.database())
        .setScore(m_session, m_member, m_initiative, m_criterion, m_old);
}

SetJuryCommentCommand::SetJuryCommentCommand(Document &document, qint64 sessionId, qint64 memberId,
    qint64 initiativeId, const QString &comment)
    : DatabaseCommand(document, Tr::tr("Edit jury comment"))
    , m_session(sessionId)
    , m_member(memberId)
    , m_initiative(initiativeId)
    , m_old(JuryService(document.database()).comment(memberId, initiativeId))
    , m_new(comment)
{ }

void SetJuryCommentCommand::apply()
{
    JuryService(m_document.database()).setComment(m_session, m_member, m_initiative, m_new);
}

void SetJuryCommentCommand::revert()
{
    JuryService(m_document.database()).setComment(m_session, m_member, m_initiative, m_old);
}

} // namespace tremplin
