// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin {

class Database;

/// The minutes (procès-verbal) of a session, in the language installed when they are built
/// (the command line's --lang, the window's language), written to PDF the way the committee's
/// papers are (CommitteeBrief::document()).
///
/// A selection jury's minutes: the session, its date and place, the attendees with their role
/// and track, the method (criteria and their weights, the scale, the normalisation, the track
/// weights), the ranking with the per-track scores, every decision with its reason and the rank
/// and score it was taken at, the overrides of the ranking with their reason, the conflicts of
/// interest and recusals, the amendments recorded after sign-off and a signatures block.
///
/// A committee's minutes: the committee, its date and place, the attendees, each decision with
/// its reference, reason and grants, the recusals, the amendments (of decisions and of the
/// session) and a signatures block.
class JuryMinutes
{
public:
    /// Throws tremplin::Error when the session does not exist.
    static JuryMinutes jury(Database &db, qint64 sessionId);
    /// Throws tremplin::Error when the committee does not exist.
    static JuryMinutes committee(Database &db, qint64 committeeId);

    QString title() const { return m_title; }
    /// The body as HTML (previews).
    QString html() const { return m_html; }
    /// Writes the PDF atomically; returns its page count. Throws tremplin::Error on failure.
    int writePdf(const QString &path) const;

private:
    QString m_title;
    QString m_footer;
    QString m_html;
};

} // namespace tremplin
