// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/money.h"
#include "juryservice.h"

#include <QHash>
#include <QString>
#include <optional>

namespace tremplin {

class Database;

/// What the room shows of one application besides its scores.
struct RoomSummary
{
    qint64 initiativeId = 0;
    QString carrier;
    QString oneLiner;
    QString description;
    std::optional<qint64> budgetCents;
    /// Whether the session's committee has an agenda item for the application, where the time
    /// spent on it is kept (else it is kept in jury_discussion).
    bool onAgenda = false;
    int discussedSeconds = 0;
};

/// The live budget line of a committee's room: what the committee and its promotion have
/// granted so far (grants not cancelled) against the promotion's envelope.
struct RoomBudget
{
    QString promotion; ///< empty when the committee has no promotion: every promotion counts
    Money envelope;
    Money byCommittee;
    Money byPromotion;
    bool illustrative = false; ///< the envelope is an illustrative figure
    Money left() const { return envelope - byPromotion; }
};

/// The reads and the one write of the room modes (JuryRoomWindow, CommitteeRoomWindow): the
/// summaries of the applications or initiatives and the time spent on each, kept in
/// agenda_item.discussed_seconds when the committee has an agenda item for it, else (a jury
/// session's application without agenda item) in jury_discussion.
class JuryRoomService
{
public:
    explicit JuryRoomService(Database &db)
        : m_db(db)
    { }

    /// The admissible applications of the session, by initiative id.
    QHash<qint64, RoomSummary> summaries(qint64 sessionId) const;
    /// The initiatives on a committee's agenda, by initiative id (onAgenda is true).
    QHash<qint64, RoomSummary> agendaSummaries(qint64 committeeId) const;
    /// The members of a committee present at it (attended), by name, as the recusal dialog
    /// offers them.
    QList<Juror> presentMembers(qint64 committeeId) const;
    RoomBudget budget(qint64 committeeId) const;
    /// Stores the time spent on an application: on the committee's agenda item when there is
    /// one, else in jury_discussion. Returns true when it went on the agenda. Throws
    /// tremplin::Error when the session is signed off.
    bool setDiscussedSeconds(qint64 sessionId, qint64 initiativeId, int seconds);
    /// Stores the time a committee spent on an initiative of its agenda; returns false (and
    /// writes nothing) when it is not on the agenda. Throws tremplin::Error when the committee
    /// is signed off.
    bool setAgendaSeconds(qint64 committeeId, qint64 initiativeId, int seconds);

private:
    Database &m_db;
};

} // namespace tremplin
