// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QTimer>
#include <QWidget>

class QAction;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QToolButton;

namespace tremplin {

class DeferredRefresh;
class Document;
class InitiativeForm;
class InitiativeListModel;
struct InitiativeFilter;

/// The Initiatives workspace: search as you type, filters, the sortable list with a column
/// chooser, and the commands on initiatives (new, open, duplicate, archive, delete). The list's
/// columns, widths, sort and filters are remembered between sessions.
class InitiativesPage : public QWidget
{
    Q_OBJECT
public:
    explicit InitiativesPage(QWidget *parent = nullptr);
    ~InitiativesPage() override;

    void setDocument(Document *document);

    InitiativeListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    QLineEdit *searchField() const { return m_search; }
    /// Ctrl+F: puts the focus in the search field, its text selected. The main window offers the
    /// same action in its Edit menu, from any workspace.
    QAction *findAction() const { return m_findAction; }
    void focusSearch();
    /// The id of the current initiative, or 0.
    qint64 currentId() const;
    void selectInitiative(qint64 id);

    /// Clears the search and the filters and sorts by next action due, the soonest first;
    /// @p overdueOnly keeps the initiatives with an overdue action (the overview's lines).
    void showActionsDue(bool overdueOnly);

    /// Opens (or raises) the form of @p id.
    InitiativeForm *openForm(qint64 id);

    /// Commands, also offered in the main window's menus.
    void newInitiative();
    void duplicateCurrent();
    void archiveCurrent();
    /// Deletes the current initiative after asking; @p confirm false skips the question (tests).
    void deleteCurrent(bool confirm = true);

Q_SIGNALS:
    /// A form asked to show an initiative's grants.
    void grantsRequested(qint64 initiativeId);
    /// The filters changed (the timeline follows them).
    void filterChanged(const tremplin::InitiativeFilter &filter);
    /// The current initiative changed (shared with the timeline).
    void currentChanged(qint64 initiativeId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void reloadFilterChoices();
    void updateCount();
    /// Shows, over an empty list, why it is empty and what to do.
    void updateEmptyState();
    /// True when the search is the only narrowing (no filter chosen).
    bool onlySearch() const;
    void saveState() const;
    void restoreState();
    void showColumnMenu(const QPoint &pos);
    void showError(const QString &message);

    QPointer<Document> m_document;
    InitiativeListModel *m_model;
    QLineEdit *m_search;
    QComboBox *m_promotion;
    QComboBox *m_status;
    QComboBox *m_phase;
    QComboBox *m_theme;
    QComboBox *m_domain;
    QComboBox *m_need;
    QComboBox *m_admissibility;
    QCheckBox *m_overdue;
    QCheckBox *m_archived;
    QToolButton *m_clearFilters;
    QLabel *m_count;
    QTableView *m_view;
    QToolButton *m_newButton;
    QToolButton *m_openButton;
    QAction *m_findAction;
    QWidget *m_noMatch;
    QLabel *m_noMatchLabel;
    QPushButton *m_noMatchClear;
    bool m_restoring = false;
    /// Writes the remembered columns, sort, search and filters after a pause (and at the end).
    QTimer m_saveTimer;
    /// Refills the filters' choices after a change of what they offer.
    DeferredRefresh *m_choicesRefresh;
};

} // namespace tremplin
