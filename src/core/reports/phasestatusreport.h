// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "../domain/money.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

class QPagedPaintDevice;

namespace tremplin {

class Database;

/// "Status at the end of the phase, per laureate": for one programme phase, one row per
/// initiative that took part, with its status assessment, the needs worked on, what it
/// achieved (completed actions and journal entries of the phase), the decision of the committee
/// that followed, and its grants. As CSV or as an A4 PDF in the user's language.
class PhaseStatusReport
{
public:
    struct Row
    {
        QString initiative;
        QString carrier;
        PhaseStatus status = PhaseStatus::NotStarted;
        QString assessment;
        QStringList needs;
        QStringList achievements;
        QString decision; ///< the committee and its decision, or empty
        Money committed;
        Money disbursed;
        bool illustrative = false;
    };

    PhaseStatusReport(Database &db, qint64 phaseId);

    /// Finds a phase by its number among the accompaniment phases (1 for the first, as in
    /// "Phase 1") or by its exact name; 0 when none.
    static qint64 findPhase(Database &db, const QString &text);
    /// The latest phase (in the calendar's order) anyone took part in: the report one usually
    /// wants; 0 when none.
    static qint64 latestPhase(Database &db);

    QString programme() const { return m_programme; }
    QString phase() const { return m_phase; }
    /// The phase as a noun in a sentence of the user's language ("Phase 1" in English, "la
    /// phase 1" in French): "Status at the end of %1".
    QString phaseInSentence() const { return phaseInSentence(m_phase); }
    static QString phaseInSentence(const QString &phaseName);
    /// The report's title: "Status at the end of Phase 1".
    QString title() const;
    QDate start() const { return m_start; }
    QDate end() const { return m_end; }
    const QList<Row> &rows() const { return m_rows; }

    QByteArray toCsv() const;
    /// The report as HTML (what the PDF and the printout are made of).
    QString toHtml() const;
    /// Writes the CSV or the PDF atomically; throws tremplin::Error on failure.
    void writeCsv(const QString &path) const;
    void writePdf(const QString &path) const;
    /// Lays the report out on the pages of @p device (a PDF writer or a printer): rows are kept
    /// whole (a row that does not fit moves to the next page) and the table's header is repeated
    /// at the top of every page. Returns the number of pages.
    int render(QPagedPaintDevice &device) const;

private:
    /// The title block and the table with its notes, as HTML fragments.
    QString headingHtml() const;
    QString tableHtml() const;

    QString m_programme;
    QString m_phase;
    QDate m_start;
    QDate m_end;
    QList<Row> m_rows;
};

} // namespace tremplin
