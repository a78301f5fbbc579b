// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/history.h"

#include <QDialog>
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace tremplin {

class DeferredRefresh;
class Document;
class HistoryModel;

/// The history of an initiative, a grant or a committee or jury session: one row per undo
/// step (when, who, what, the fields changed before → after), a filter on any of them, and
/// Export CSV…. Read when shown, again after writes while it is on screen.
class HistoryPanel : public QWidget
{
    Q_OBJECT
public:
    HistoryPanel(
        Document &document, HistoryService::Scope scope, qint64 id, QWidget *parent = nullptr);
    ~HistoryPanel() override;

    HistoryModel *model() const { return m_model; }
    QLineEdit *filterEdit() const { return m_filter; }
    QPushButton *exportButton() const { return m_export; }
    QTableView *view() const { return m_view; }

    /// Writes the steps shown to @p path (asks for it when empty); returns the error, if any.
    QString exportCsv(const QString &path = {});

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void reload();
    void retranslateUi();

    QPointer<Document> m_document;
    HistoryService::Scope m_scope;
    qint64 m_id;
    HistoryModel *m_model;
    QLineEdit *m_filter;
    QPushButton *m_export;
    QTableView *m_view;
    QLabel *m_empty;
    QLabel *m_problem;
    DeferredRefresh *m_refresh;
};

/// A window holding the history of a grant or a session (History… in the Grants and Committees
/// workspaces).
class HistoryDialog : public QDialog
{
    Q_OBJECT
public:
    HistoryDialog(Document &document, HistoryService::Scope scope, qint64 id, const QString &title,
        QWidget *parent = nullptr);

    HistoryPanel *panel() const { return m_panel; }

private:
    HistoryPanel *m_panel;
};

} // namespace tremplin
