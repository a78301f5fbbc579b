// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QSizeF>
#include <QString>

class QPagedPaintDevice;

namespace tremplin {

class Database;

/// The papers of a committee ("dossier de séance"), in the user's language: for one initiative
/// its brief (identity, carrier, phase status, needs and actions, indicators with their trend,
/// grants, what is asked of the committee); for the whole committee one pack: a cover sheet,
/// the agenda, a table of contents with page numbers, the register of declared interests, the
/// actions decided at the previous committee of the promotion with their status, then each
/// initiative's brief in agenda order.
///
/// The document is built as sections of HTML, laid out on A4 pages in two passes (the table
/// of contents needs the page numbers of the sections after it: Qt's PDF writer makes no
/// bookmarks), then painted on a PDF writer or a printer. Tests read the sections and the
/// table of contents, never pixels.
class CommitteeBrief
{
public:
    struct Section
    {
        enum Kind { Cover, Agenda, Contents, Interests, PreviousActions, InitiativeBrief };
        Kind kind = Cover;
        QString title;
        QString html;
        int firstPage = 0; ///< 1-based, after layout()
        int pageCount = 0;
    };
    struct ContentsEntry
    {
        QString title;
        int page = 0;
    };

    /// The whole committee's pack. Throws tremplin::Error when the committee does not exist.
    static CommitteeBrief pack(Database &db, qint64 committeeId);
    /// One initiative's brief for the committee (its agenda item's request included).
    static CommitteeBrief initiative(Database &db, qint64 committeeId, qint64 initiativeId);
    /// Any document laid out and written the same way (the minutes of a session): @p sections
    /// in order, each starting on a new page, @p footer at the foot of every page.
    static CommitteeBrief document(
        const QString &title, const QString &footer, const QList<Section> &sections);

    QString title() const { return m_title; }
    const QList<Section> &sections() const { return m_sections; }
    /// The table of contents, filled by layout().
    const QList<ContentsEntry> &contents() const { return m_contents; }
    /// The whole document as one HTML page (previews).
    QString toHtml() const;

    /// Lays the sections out on pages of @p pageSize (layout pixels at 96 dpi; A4 with its
    /// margins by default) and fills page numbers and the table of contents. Returns the page
    /// count.
    int layout(QSizeF pageSize = {});
    int pageCount() const { return m_pageCount; }
    /// Paints the document on @p device (a PDF writer or a printer). Returns the page count.
    int render(QPagedPaintDevice &device);
    /// Writes the PDF atomically; throws tremplin::Error on failure.
    void writePdf(const QString &path);

    /// A4 portrait with the margins of the pack, in layout pixels, footer left out.
    static QSizeF defaultPageSize();

private:
    QString contentsHtml() const;
    QString m_title;
    QString m_footer;
    QList<Section> m_sections;
    QList<ContentsEntry> m_contents;
    int m_pageCount = 0;
};

} // namespace tremplin
