// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QAction;
class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;

namespace tremplin {

class Document;
class CommitteesPage;
class JuryPage;
class JuryPackActions;
class DirectoryPage;
class GrantsPage;
class HelpDialog;
class NoFilePage;
class ProgrammePage;
class ReportsPage;
class TimelinePage;
class InitiativesPage;
class OverviewPage;
class Translations;

/// The shell: navigation between workspaces, the menus, the status bar with the open file.
/// Owns the open Document (database + undo stack) and hands it to the workspaces.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    /// The workspaces, in navigation order (Ctrl+1 ... Ctrl+6).
    enum Workspace {
        Overview,
        Programme,
        Initiatives,
        Timeline,
        Grants,
        Committees,
        Jury,
        Directory,
        Reports,
        WorkspaceCount
    };

    explicit MainWindow(Translations &translations, QWidget *parent = nullptr);
    ~MainWindow() override;

    /// Opens @p path in place of the current file. On failure the current file stays open and
    /// @p error (if given) receives the reason in the user's language.
    bool openDatabase(const QString &path, QString *error = nullptr);
    /// Says why @p path could not be opened (@p error, in a box titled @p title). When the file
    /// was refused as damaged and a sound snapshot of it exists, offers instead to open a copy
    /// of that snapshot, saying when it was taken; the damaged file is left as it is.
    void explainOpenFailure(const QString &path, const QString &error, const QString &title);
    /// Whether a file opened for the first time on a day gets its daily snapshot (on by
    /// default; tremplin --no-snapshots turns it off, as tremplin-cli bench does so that its
    /// figures hold no snapshot's time and its work folder no copies).
    void setAutomaticSnapshots(bool on) { m_automaticSnapshots = on; }

    Document *document() const { return m_document.get(); }
    void showWorkspace(Workspace workspace);
    Workspace currentWorkspace() const;
    QWidget *workspaceWidget(Workspace workspace) const;
    InitiativesPage *initiativesPage() const { return m_initiatives; }
    GrantsPage *grantsPage() const { return m_grants; }
    DirectoryPage *directoryPage() const { return m_directory; }
    TimelinePage *timelinePage() const { return m_timeline; }
    ReportsPage *reportsPage() const { return m_reports; }

    /// Switches the interface language at runtime ("en", "fr") and remembers it.
    void setLanguage(const QString &language);

    /// Shown instead of the workspaces while no file is open.
    NoFilePage *noFilePage() const { return m_noFile; }
    /// Help › User Guide / Keyboard Shortcuts, once opened.
    HelpDialog *helpDialog() const { return m_help; }

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    void retranslateUi();
    void updateRecentFilesMenu();
    void updateStatus();
    /// Enables what needs an open file, and shows the no-file page when there is none.
    void updateFileState();
    void showHelp(int page);
    void openDemo();
    void rememberRecentFile(const QString &path);
    bool adopt(std::unique_ptr<Document> document);
    /// Gives the open document to a workspace the first time it is shown: the window opens
    /// without loading what it does not show.
    void loadWorkspace(int workspace);
    QList<bool> m_loaded;

    void newFile();
    void openFile();
    /// The offer of explainOpenFailure(); false when there is no sound snapshot to offer.
    bool offerSnapshotCopy(const QString &damagedPath, const QString &message);
    void saveCopy();
    /// File › Restore…: puts a snapshot of the open file in place and opens it again.
    void restoreSnapshot();
    /// Today's snapshot of the open file, once its integrity check has passed; the status
    /// bar says it was taken, or plainly why it could not be (work goes on either way).
    /// Offers the retention purge when the programme's retention period makes one due.
    void offerRetentionPurge();
    void takeDailySnapshot();
    void about();

    Translations &m_translations;
    std::unique_ptr<Document> m_document;

    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_stack = nullptr;
    QStackedWidget *m_central = nullptr;
    QWidget *m_workspaces = nullptr;
    NoFilePage *m_noFile = nullptr;
    HelpDialog *m_help = nullptr;
    OverviewPage *m_overview = nullptr;
    InitiativesPage *m_initiatives = nullptr;
    GrantsPage *m_grants = nullptr;
    CommitteesPage *m_committees = nullptr;
    JuryPage *m_jury = nullptr;
    DirectoryPage *m_directory = nullptr;
    TimelinePage *m_timeline = nullptr;
    ReportsPage *m_reports = nullptr;
    ProgrammePage *m_programme = nullptr;
    QLabel *m_fileLabel = nullptr;

    QMenu *m_fileMenu = nullptr;
    QMenu *m_recentMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QMenu *m_initiativeMenu = nullptr;
    QAction *m_newInitiativeAction = nullptr;
    QAction *m_duplicateAction = nullptr;
    QAction *m_archiveAction = nullptr;
    QAction *m_deleteAction = nullptr;

    QAction *m_newAction = nullptr;
    QAction *m_openAction = nullptr;
    QAction *m_saveCopyAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QAction *m_importApplicationsAction = nullptr;
    QMenu *m_importMenu = nullptr;
    QMenu *m_exportMenu = nullptr;
    JuryPackActions *m_juryPacks = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QAction *m_findAction = nullptr;
    QAction *m_userGuideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QList<QAction *> m_workspaceActions;
    QActionGroup *m_languageGroup = nullptr;
    bool m_automaticSnapshots = true;
    bool m_openRefusedAsDamaged = false; ///< the last openDatabase() found the file damaged
};

} // namespace tremplin
