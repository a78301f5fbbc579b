// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../privacy/privacyactions.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QAction;
class QListWidget;
class QPushButton;
class QToolButton;
class QTableView;
class QTimer;

namespace tremplin {

class DirectoryListModel;
class Document;
class RecordDelegate;

/// One list of the directory (administrations, outside partners or persons): searched as the
/// user types, filtered by kind, edited in place, with buttons to create a record, delete one
/// (saying first what depends on it) and merge duplicates. For persons, where the selected
/// person appears (initiatives and committees, with the role).
class DirectoryTab : public QWidget
{
    Q_OBJECT
public:
    enum Kind { Administrations, Partners, Persons };

    /// Above this many records the search waits for a pause in typing (TypingPause). The search
    /// reads the stored keys (search_text, sort_key): about 10 ms per key on 20 000
    /// organisations, 50 ms on 100 000, where a burst of keys had better make one search.
    static constexpr int LargeList = 20000;
    static constexpr int TypingPauseMs = 250;

    explicit DirectoryTab(Kind kind, QWidget *parent = nullptr);

    void setDocument(Document *document);
    DirectoryListModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    /// Persons only (nullptr otherwise): the selected person's data exported (right of access)
    /// or erased (right to erasure), from the Personal Data button and the list's context menu.
    QAction *exportPersonalDataAction() const { return m_exportPersonalData; }
    QAction *erasePersonalDataAction() const { return m_erasePersonalData; }
    void retranslateUi();

private:
    void createRecord();
    void removeRecord();
    void mergeRecords();
    /// Runs a PrivacyActions function on the one selected person and shows what it says.
    void onSelectedPerson(PrivacyActions::Outcome (*action)(QWidget *, Document &, qint64));
    void applyFilter();
    void updateButtons();
    void showAppearances();
    void showTotal();
    /// Says what happened under the list; @p error in the errors' colour.
    void showMessage(const QString &message, bool error);
    QList<int> selectedRows() const;

    Kind m_kind;
    QPointer<Document> m_document;
    DirectoryListModel *m_model;
    QLineEdit *m_search;
    QTimer *m_typingPause;
    bool m_large = false; ///< the table holds more than LargeList records
    QComboBox *m_kindFilter = nullptr;
    QLabel *m_total;
    QTableView *m_view;
    RecordDelegate *m_delegate;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    QPushButton *m_mergeButton;
    QToolButton *m_personalDataButton = nullptr;
    QAction *m_exportPersonalData = nullptr;
    QAction *m_erasePersonalData = nullptr;
    QLabel *m_message;
    QLabel *m_appearancesTitle = nullptr;
    QListWidget *m_appearances = nullptr;
};

} // namespace tremplin
