// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../services/juryservice.h"

#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// An application on a juror's paper score sheets.
struct SheetApplication
{
    qint64 initiativeId = 0;
    QString name;
    qint64 dsNumber = 0;
    QString carrier;
};

/// Paper score sheets, for a juror without a laptop: a cover page (the session, the juror, the
/// scale, the criteria with their weights, how to fill in the sheets, the list of their
/// applications to tick), then one page per application in the order of the scoring grid, with
/// a box per criterion, a comment area and the juror's name, date and signature line, so the
/// coordinator types each sheet in the grid as it comes back. Only the juror's assigned
/// applications without a conflict of interest or a recusal are printed. In the user's
/// language.
class ScoreSheets
{
public:
    /// The sheets of the jurors @p memberIds of the session (each juror's pages follow the
    /// previous juror's). Throws tremplin::Error when the session or a juror does not exist.
    ScoreSheets(Database &db, qint64 sessionId, const QList<qint64> &memberIds);

    /// The applications a juror scores on paper: assigned, admissible, without a conflict of
    /// interest or a recusal, by name as in the scoring grid.
    static QList<SheetApplication> applicationsOf(Database &db, qint64 sessionId, qint64 memberId);
    /// The file name of a juror's sheets ("score-sheets-jeanne-martin.pdf").
    static QString fileNameFor(const Juror &juror);

    /// The sheets as one HTML page (tests).
    QString toHtml() const;
    /// Writes the PDF atomically; returns its page count. Throws tremplin::Error on failure.
    int writePdf(const QString &path);

private:
    struct Page
    {
        QString html;
        QString footer;
    };
    QString m_title;
    QList<Page> m_pages;
};

} // namespace tremplin
