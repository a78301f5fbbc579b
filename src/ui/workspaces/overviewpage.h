// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/statisticsservice.h"

#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace tremplin {

class DeferredRefresh;
class Document;

/// The programme at a glance: what the open file holds, the budget envelope and the money
/// committed and paid. Refreshed after every committed change.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    /// @p afterFirstPaint: compute the figures once the page has painted (window opening).
    void setDocument(Document *document, bool afterFirstPaint = false);
    /// The figures shown, for tests.
    const ProgrammeSummary &summary() const { return m_summary; }

protected:
    void changeEvent(QEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void refresh();
    void retranslateUi();

    struct Card
    {
        const char *caption;
        QLabel *value;
        QLabel *label;
    };
    QPointer<Document> m_document;
    ProgrammeSummary m_summary;
    QLabel *m_title;
    QLabel *m_subtitle;
    QLabel *m_illustrative;
    QList<Card> m_cards;
    bool m_refreshAfterPaint = false;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
