// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QToolButton;

namespace tremplin {

class DeferredRefresh;
class Document;
class TimelineModel;
class TimelineView;
struct InitiativeFilter;

/// The Timeline workspace: the timeline view with its zoom, export, print, baseline and legend
/// commands. Shows the initiatives that the initiatives list's filters let through (by default
/// only those taking part in a phase: "Show" chooses) and shares its current initiative with
/// the list. Says why an edit was refused through statusMessage() (the main window's status
/// bar).
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

    QAction *legendAction() const { return m_legendAction; }
    QAction *exportShownAction() const { return m_exportShown; }
    QAction *exportAllAction() const { return m_exportAll; }

Q_SIGNALS:
    /// A message for the status bar: why a drag was refused, what a command did.
    void statusMessage(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void updateEmptyText();
    void exportTimeline(bool all);
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
    QToolButton *m_legend;
    QAction *m_legendAction;
    QAction *m_exportShown;
    QAction *m_exportAll;
    QAction *m_printFit;
    QAction *m_printTiled;
    QLabel *m_rowsLabel;
    QComboBox *m_rows;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
