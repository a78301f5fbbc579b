// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../commands/databasecommand.h"

#include <optional>

namespace tremplin {

/// Writes or clears one juror's score on one criterion of an application (JuryService::setScore,
/// so conflicts of interest, assignment and the scale are checked in the write's transaction);
/// undo puts the previous score back. Each score is its own undo step.
class SetJuryScoreCommand : public DatabaseCommand
{
public:
    SetJuryScoreCommand(Document &document, qint64 sessionId, qint64 memberId, qint64 initiativeId,
        qint64 criterionId, std::optional<double> score);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_session;
    qint64 m_member;
    qint64 m_initiative;
    qint64 m_criterion;
    std::optional<double> m_old;
    std::optional<double> m_new;
};

/// Writes or clears a juror's comment on an application; undo puts the previous one back.
class SetJuryCommentCommand : public DatabaseCommand
{
public:
    SetJuryCommentCommand(Document &document, qint64 sessionId, qint64 memberId,
        qint64 initiativeId, const QString &comment);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_session;
    qint64 m_member;
    qint64 m_initiative;
    QString m_old;
    QString m_new;
};

} // namespace tremplin
