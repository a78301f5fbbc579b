// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/attentionservice.h"
#include "core/services/statisticsservice.h"

#include <QDate>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace tremplin {

class DeferredRefresh;
class Document;

/// The programme at a glance, answering "what do I do today?": where the calendar stands, the
/// next committee, late and coming actions, tranches to pay or blocked, warnings on the budget;
/// then what the open file holds and the money committed and paid. Each attention line is a
/// button that opens the place where the matter is dealt with (openRequested()). Refreshed
/// after every committed change.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    /// Where an attention line leads.
    enum Place {
        OverdueActions, ///< the initiatives list, filtered on overdue actions
        ActionsDue, ///< the initiatives list, sorted by next action due
        Initiative, ///< one initiative's form
        Grants, ///< the grants ledger (of one initiative when an id is given)
        Timeline, ///< the timeline, at a date
    };
    Q_ENUM(Place)

    explicit OverviewPage(QWidget *parent = nullptr);

    /// @p afterFirstPaint: compute the figures once the page has painted (window opening).
    void setDocument(Document *document, bool afterFirstPaint = false);
    /// The day the attention lines are about (tests, and a demo from another year); an invalid
    /// date means the current date.
    void setToday(const QDate &today);
    /// The figures shown, for tests.
    const ProgrammeSummary &summary() const { return m_summary; }
    const Attention &attention() const { return m_attention; }
    /// The attention line named @p name ("phase", "committee", "overdue", "due", "topay",
    /// "blocked", "envelope"), for tests; null when not shown.
    QPushButton *attentionLine(const QString &name) const;

Q_SIGNALS:
    /// An attention line was pressed: open @p place (an initiative's id or 0, a date or none).
    void openRequested(tremplin::OverviewPage::Place place, qint64 initiativeId, const QDate &date);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void retranslateUi();
    void retranslateAttention();
    QPushButton *addLine(const char *name, bool warning);

    struct Card
    {
        const char *caption;
        QLabel *value;
        QLabel *label;
    };
    struct Line
    {
        QPushButton *button;
        Place place = Timeline;
        qint64 initiativeId = 0;
        QDate date;
    };
    QPointer<Document> m_document;
    ProgrammeSummary m_summary;
    Attention m_attention;
    QDate m_today;
    QWidget *m_content;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_illustrative;
    QLabel *m_attentionTitle;
    QVBoxLayout *m_lines;
    QList<Line> m_attentionLines;
    QLabel *m_figuresTitle;
    QList<Card> m_cards;
    bool m_refreshAfterPaint = false;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
