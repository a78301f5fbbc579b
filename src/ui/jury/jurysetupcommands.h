// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../commands/databasecommand.h"
#include "core/services/juryservice.h"

#include <QHash>
#include <QPair>

namespace tremplin {

/// Creates or updates a jury session from a template (New session…, Load Template…): one undo
/// step. The session is captured before and after, with the persons of the directory the
/// template created and the e-mails it changed, so undo puts the file back as it was and redo
/// puts the template's result back with the same ids.
class ApplySessionTemplateCommand : public DatabaseCommand
{
public:
    ApplySessionTemplateCommand(Document &document, const JuryTemplate &t, const QString &text);
    qint64 sessionId() const { return m_sessionId; }

protected:
    void apply() override;
    void revert() override;

private:
    JuryTemplate m_template;
    bool m_first = true;
    qint64 m_sessionId = 0;
    qint64 m_committeeId = 0;
    RemovedRecord m_before; ///< empty when the session did not exist
    RemovedRecord m_after;
    QList<qint64> m_newPersons;
    QList<RemovedRecord> m_removedPersons;
    QHash<qint64, QPair<QVariant, QVariant>> m_emails; ///< person: e-mail before, after
};

/// Assigns applications to jurors in bulk (all, or balanced with its limits, which the session
/// keeps) or one juror × application by hand: one undo step that adds or removes exactly the
/// pairs it changed.
class AssignCommand : public DatabaseCommand
{
public:
    /// Every application to every juror, or balanced (@p maxPerJuror 0: no limit).
    AssignCommand(Document &document, qint64 sessionId, AssignmentMode mode, int maxPerJuror,
        int minPerTrack, const QString &text);
    /// One pair by hand; the session's mode becomes manual.
    AssignCommand(Document &document, qint64 sessionId, qint64 memberId, qint64 initiativeId,
        bool assigned, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    qint64 m_session;
    AssignmentMode m_mode;
    int m_max = 0;
    int m_min = 1;
    bool m_assigned = true;
    bool m_first = true;
    QList<QPair<qint64, qint64>> m_pairs; ///< the pairs this step changed
    QList<qint64> m_ids; ///< their rows' ids while assigned
    QVariantMap m_oldSettings;
    QVariantMap m_newSettings;
};

/// Declares a conflict of interest (which withdraws the assignment) or withdraws one: undo
/// brings back the state before, assignment and reason included.
class ConflictCommand : public DatabaseCommand
{
public:
    ConflictCommand(Document &document, qint64 sessionId, qint64 memberId, qint64 initiativeId,
        bool declare, const QString &reason, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    void declare();
    void withdraw();
    qint64 m_session;
    qint64 m_member;
    qint64 m_initiative;
    bool m_declare;
    QString m_reason;
    qint64 m_assignmentId = 0; ///< the assignment a declaration withdrew
    bool m_first = true;
};

} // namespace tremplin
