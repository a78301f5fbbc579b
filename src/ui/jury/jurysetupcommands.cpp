// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurysetupcommands.h"

#include "../document.h"
#include "core/services/jurysetup.h"
#include "core/services/records.h"

namespace tremplin {

namespace {

const QString committeeTable = QStringLiteral("committee");
const QString personTable = QStringLiteral("person");
const QString emailColumn = QStringLiteral("email");

} // namespace

ApplySessionTemplateCommand::ApplySessionTemplateCommand(
    Document &document, const JuryTemplate &t, const QString &text)
    : DatabaseCommand(document, text)
    , m_template(t)
{ }

void ApplySessionTemplateCommand::apply()
{
    Database &db = m_document.database();
    RecordService records(db);
    if (m_first) {
        JuryService jury(db);
        const JurySetupService setup(db);
        if (const qint64 existing = jury.findSession(m_template.name))
            m_before = records.capture(committeeTable, jury.session(existing).committeeId);
        QStringList newNames;
        for (const JuryTemplate::Juror &j : std::as_const(m_template.jurors)) {
            const qint64 person = setup.personNamed(j.name);
            if (person == 0)
                newNames.append(j.name);
            else
                m_emails.insert(person, { records.value(personTable, emailColumn, person), {} });
        }
        m_sessionId = jury.applyTemplate(m_template);
        m_committeeId = jury.session(m_sessionId).committeeId;
        m_after = records.capture(committeeTable, m_committeeId);
        for (const QString &name : std::as_const(newNames))
            m_newPersons.append(setup.personNamed(name));
        for (auto it = m_emails.begin(); it != m_emails.end(); ++it)
            it->second = records.value(personTable, emailColumn, it.key());
        m_first = false;
        return;
    }
    if (!m_before.rows.isEmpty())
        records.remove(committeeTable, m_committeeId);
    for (const RemovedRecord &person : std::as_const(m_removedPersons))
        records.restore(person);
    m_removedPersons.clear();
    for (auto it = m_emails.cbegin(); it != m_emails.cend(); ++it) {
        if (it->first != it->second)
            records.setValue(
                personTable, emailColumn, it.key(), it->second, RecordService::Check::ValueOnly);
    }
    records.restore(m_after);
}

void ApplySessionTemplateCommand::revert()
{
    RecordService records(m_document.database());
    records.remove(committeeTable, m_committeeId);
    for (const qint64 person : std::as_const(m_newPersons))
        m_removedPersons.append(records.remove(personTable, person));
    for (auto it = m_emails.cbegin(); it != m_emails.cend(); ++it) {
        if (it->first != it->second)
            records.setValue(
                personTable, emailColumn, it.key(), it->first, RecordService::Check::ValueOnly);
    }
    if (!m_before.rows.isEmpty())
        records.restore(m_before);
}

AssignCommand::AssignCommand(Document &document, qint64 sessionId, AssignmentMode mode,
    int maxPerJuror, int minPerTrack, const QString &text)
    : DatabaseCommand(document, text)
    , m_session(sessionId)
    , m_mode(mode)
    , m_max(maxPerJuror)
    , m_min(minPerTrack)
{ }

AssignCommand::AssignCommand(Document &document, qint64 sessionId, qint64 memberId,
    qint64 initiativeId, bool assigned, const QString &text)
    : DatabaseCommand(document, text)
    , m_session(sessionId)
    , m_mode(AssignmentMode::Manual)
    , m_assigned(assigned)
{
    m_pairs.append({ memberId, initiativeId });
}

void AssignCommand::apply()
{
    Database &db = m_document.database();
    JurySetupService setup(db);
    RecordService records(db);
    const QString session = QStringLiteral("jury_session");
    if (m_first) {
        m_first = false;
        const JurySession s = JuryService(db).session(m_session);
        m_oldSettings = { { QStringLiteral("assignment"), toCode(s.assignment) },
            { QStringLiteral("max_per_juror"),
                s.maxPerJuror > 0 ? QVariant(s.maxPerJuror) : QVariant() },
            { QStringLiteral("min_per_track"),
                s.minPerTrack > 0 ? QVariant(s.minPerTrack) : QVariant() } };
        m_newSettings = m_oldSettings;
        m_newSettings.insert(QStringLiteral("assignment"), toCode(m_mode));
        if (m_mode == AssignmentMode::Balanced) {
            m_newSettings.insert(
                QStringLiteral("max_per_juror"), m_max > 0 ? QVariant(m_max) : QVariant());
            m_newSettings.insert(QStringLiteral("min_per_track"), m_min);
        }
        if (m_mode != AssignmentMode::Manual) {
            const auto before = setup.assignments(m_session);
            if (m_mode == AssignmentMode::All)
                JuryService(db).assignAll(m_session);
            else
                JuryService(db).assignBalanced(m_session, m_max, m_min);
            const auto after = setup.assignments(m_session);
            for (const auto &pair : after) {
                if (!before.contains(pair))
                    m_pairs.append(pair);
            }
        } else {
            if (!m_assigned)
                m_ids = setup.assignmentIds(m_pairs);
            setup.setAssignments(m_session, m_pairs, m_assigned);
        }
        if (m_assigned)
            m_ids = setup.assignmentIds(m_pairs);
        records.setValues(session, m_session, m_newSettings, RecordService::Check::ValueOnly);
        return;
    }
    setup.setAssignments(m_session, m_pairs, m_assigned, m_ids);
    records.setValues(session, m_session, m_newSettings, RecordService::Check::ValueOnly);
}

void AssignCommand::revert()
{
    Database &db = m_document.database();
    JurySetupService(db).setAssignments(m_session, m_pairs, !m_assigned, m_ids);
    RecordService(db).setValues(
        QStringLiteral("jury_session"), m_session, m_oldSettings, RecordService::Check::ValueOnly);
}

ConflictCommand::ConflictCommand(Document &document, qint64 sessionId, qint64 memberId,
    qint64 initiativeId, bool declare, const QString &reason, const QString &text)
    : DatabaseCommand(document, text)
    , m_session(sessionId)
    , m_member(memberId)
    , m_initiative(initiativeId)
    , m_declare(declare)
    , m_reason(reason)
{ }

void ConflictCommand::declare()
{
    JuryService(m_document.database()).declareConflict(m_session, m_member, m_initiative, m_reason);
}

void ConflictCommand::withdraw()
{
    JuryService(m_document.database()).withdrawConflict(m_member, m_initiative);
    if (m_assignmentId != 0)
        JurySetupService(m_document.database())
            .setAssignments(m_session, { { m_member, m_initiative } }, true, { m_assignmentId });
}

void ConflictCommand::apply()
{
    if (m_first) {
        m_first = false;
        if (m_declare) {
            m_assignmentId = JurySetupService(m_document.database())
                                 .assignmentIds({ { m_member, m_initiative } })
                                 .constFirst();
        } else {
            for (const JuryConflictRow &c :
                JurySetupService(m_document.database()).conflicts(m_session)) {
                if (c.memberId == m_member && c.initiativeId == m_initiative)
                    m_reason = c.reason;
            }
        }
    }
    if (m_declare)
        declare();
    else
        JuryService(m_document.database()).withdrawConflict(m_member, m_initiative);
}

void ConflictCommand::revert()
{
    if (m_declare)
        withdraw();
    else
        declare();
}

} // namespace tremplin
