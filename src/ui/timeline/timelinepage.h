// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QLabel;
class QToolButton;

namespace tremplin {

class DeferredRefresh;
class Document;
class TimelineModel;
class TimelineView;
struct InitiativeFilter;

/// The Timeline workspace: the timeline view with its zoom, export, print and baseline
/// commands. Shows the initiatives that the initiatives list's filters let through and shares
/// its current initiative with the list.
class TimelinePage : public QWidget
{
    Q_OBJECT
public:
    explicit TimelinePage(QWidget *parent = nullptr);

    void setDocument(Document *document);
    void setFilter(const InitiativeFilter &filter);
    TimelineView *view() const { return m_view; }
    TimelineModel *model() const { return m_model; }

    /// Sets the planned dates of every shown participation to its actual dates (one undo step).
    void resetBaseline();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    QPointer<Document> m_document;
    TimelineModel *m_model;
    TimelineView *m_view;
    QToolButton *m_zoomIn;
    QToolButton *m_zoomOut;
    QToolButton *m_fit;
    QToolButton *m_today;
    QToolButton *m_export;
    QToolButton *m_print;
    QToolButton *m_baseline;
    QLabel *m_message;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
