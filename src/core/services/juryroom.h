// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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
    /// spent on it is kept.
    bool onAgenda = false;
    int discussedSeconds = 0;
};

/// The reads and the one write of the room mode (JuryRoomWindow): the applications' summaries
/// and the time the jury spent on each, kept in agenda_item.discussed_seconds when the
/// session's committee has an agenda item for the application.
class JuryRoomService
{
public:
    explicit JuryRoomService(Database &db)
        : m_db(db)
    { }

    /// The admissible applications of the session, by initiative id.
    QHash<qint64, RoomSummary> summaries(qint64 sessionId) const;
    /// Stores the time spent on an application; returns false (and writes nothing) when the
    /// committee has no agenda item for it. Throws tremplin::Error when the session is signed
    /// off.
    bool setDiscussedSeconds(qint64 sessionId, qint64 initiativeId, int seconds);

private:
    Database &m_db;
};

} // namespace tremplin
