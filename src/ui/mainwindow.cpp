// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "committees/committeespage.h"
#include "core/backup/snapshots.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "dialogs/aboutdialog.h"
#include "dialogs/applicationimportdialog.h"
#include "dialogs/helpdialog.h"
#include "dialogs/newprogrammewizard.h"
#include "dialogs/restoredialog.h"
#include "directory/directorypage.h"
#include "document.h"
#include "grants/grantspage.h"
#include "initiatives/initiativeform.h"
#include "initiatives/initiativespage.h"
#include "jury/jurormodewindow.h"
#include "jury/jurypackactions.h"
#include "jury/jurypage.h"
#include "models/initiativelistmodel.h"
#include "privacy/privacyactions.h"
#include "programme/programmepage.h"
#include "reports/reportspage.h"
#include "settings.h"
#include "startup.h"
#include "style.h"
#include "timeline/timelinemodel.h"
#include "timeline/timelinepage.h"
#include "timeline/timelineview.h"
#include "workspaces/nofilepage.h"
#include "workspaces/overviewpage.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimer>

namespace tremplin {

namespace {

// Navigation entries; labels in the "tremplin::Workspaces" context.
const char *const workspaceTitles[MainWindow::WorkspaceCount] = {
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Overview"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Programme"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Initiatives"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Timeline"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Grants"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Committees"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Jury"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Directory"),
    QT_TRANSLATE_NOOP("tremplin::Workspaces", "Reports"),
};

const char *const workspaceDescriptions[MainWindow::WorkspaceCount] = {
    nullptr,
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "The programme's settings, its promotions with their budget envelope and places, "
        "and the calendar of phases of each promotion."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "The list of initiatives with search as you type and filters, and a form "
        "per initiative: identity, carrier organisation, people, needs and "
        "prioritised actions, phases, grants, impact indicators and journal."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "The programme calendar: phases as bands, one row per initiative with its "
        "participation in each phase, committees, grant payments and due actions, "
        "with plan against actual."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "The grants ledger: tranches committed and paid per initiative and for the "
        "programme, the budget envelope, charts of grants disbursed and the SCDL "
        "open-data export."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "Committees: members, agenda, the decision on each initiative (continue, stop, "
        "fund) with the grant tranches it creates, and the committee's brief."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "Jury sessions: applications, scoring by jurors, conflicts of interest, "
        "ranking, decisions and minutes, all offline."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "The directory of administrations, partners and persons: ministries, "
        "directorates, agencies, local authorities and operators, searchable and "
        "merged when duplicated."),
    QT_TRANSLATE_NOOP("tremplin::Workspaces",
        "Reports: the status of each laureate at the end of a phase, grants and "
        "impact, as PDF, CSV or printed."),
};

const char *const FileFilter = QT_TRANSLATE_NOOP("tremplin::MainWindow",
    "Tremplin databases (*.sqlite *.tremplin);;All "
    "files (*)");

/// An undo or redo action whose text and state follow the stack, triggering the document's
/// guarded undo()/redo() (which keep the index when the database refuses) instead of the
/// stack's own slot.
QAction *createUndoAction(Document &document, bool redo, QObject *parent)
{
    QUndoStack &stack = document.undoStack();
    QAction *action = redo ? stack.createRedoAction(parent) : stack.createUndoAction(parent);
    QObject::disconnect(action, &QAction::triggered, nullptr, nullptr);
    if (redo)
        QObject::connect(action, &QAction::triggered, &document, &Document::redo);
    else
        QObject::connect(action, &QAction::triggered, &document, &Document::undo);
    action->setShortcut(redo ? QKeySequence::Redo : QKeySequence::Undo);
    return action;
}

} // namespace

MainWindow::MainWindow(Translations &translations, QWidget *parent)
    : QMainWindow(parent)
    , m_translations(translations)
    , m_document(std::make_unique<Document>())
{
    setObjectName(QStringLiteral("MainWindow"));
    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMaximumWidth(260);
    m_navigation->setSpacing(2);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 12px; }"));
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("workspaces"));
    m_overview = new OverviewPage(m_stack);
    m_stack->addWidget(m_overview);
    m_programme = new ProgrammePage(m_stack);
    m_stack->addWidget(m_programme);
    connect(m_programme, &ProgrammePage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_initiatives = new InitiativesPage(m_stack);
    m_stack->addWidget(m_initiatives);
    m_timeline = new TimelinePage(m_stack);
    m_stack->addWidget(m_timeline);
    // The timeline shows what the list's filters let through, and both share the current
    // initiative.
    connect(m_initiatives, &InitiativesPage::filterChanged, m_timeline, &TimelinePage::setFilter);
    connect(m_initiatives, &InitiativesPage::currentChanged, m_timeline->view(),
        &TimelineView::setCurrentId);
    connect(m_timeline->view(), &TimelineView::currentChanged, m_initiatives,
        &InitiativesPage::selectInitiative);
    connect(
        m_timeline->view(), &TimelineView::activated, m_initiatives, &InitiativesPage::openForm);
    connect(m_timeline, &TimelinePage::statusMessage, this,
        [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    m_grants = new GrantsPage(m_stack);
    m_stack->addWidget(m_grants);
    connect(m_initiatives, &InitiativesPage::grantsRequested, this, [this](qint64 id) {
        showWorkspace(Grants);
        m_grants->showInitiative(id);
    });
    // The overview's attention lines open the place where each matter is dealt with.
    connect(m_overview, &OverviewPage::openRequested, this,
        [this](OverviewPage::Place place, qint64 id, const QDate &date) {
            showWorkspace(place == OverviewPage::Grants ? Grants
                    : place == OverviewPage::Timeline   ? Timeline
                                                        : Initiatives);
            if (place == OverviewPage::Grants)
                m_grants->showInitiative(id);
            else if (place == OverviewPage::Timeline && date.isValid())
                m_timeline->view()->scrollToDate(date);
            else if (place == OverviewPage::Initiative)
                m_initiatives->openForm(id);
            else if (place != OverviewPage::Timeline)
                m_initiatives->showActionsDue(place == OverviewPage::OverdueActions);
        });
    m_committees = new CommitteesPage(m_stack);
    m_stack->addWidget(m_committees);
    m_jury = new JuryPage(m_stack);
    m_stack->addWidget(m_jury);
    m_directory = new DirectoryPage(m_stack);
    m_stack->addWidget(m_directory);
    m_reports = new ReportsPage(m_stack);
    m_stack->addWidget(m_reports);
    for (int w = 0; w < WorkspaceCount; ++w)
        m_navigation->addItem(QString());

    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_stack);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    m_workspaces = splitter;
    // With no file open, the window says why and what to do instead of showing empty workspaces.
    m_noFile = new NoFilePage(this);
    connect(m_noFile, &NoFilePage::openRequested, this, &MainWindow::openFile);
    connect(m_noFile, &NoFilePage::newRequested, this, &MainWindow::newFile);
    connect(m_noFile, &NoFilePage::demoRequested, this, &MainWindow::openDemo);
    connect(m_noFile, &NoFilePage::recentRequested, this, [this](const QString &path) {
        QString error;
        if (!openDatabase(path, &error))
            explainOpenFailure(path, error, tr("Open Recent"));
    });
    m_central = new QStackedWidget(this);
    m_central->addWidget(m_workspaces);
    m_central->addWidget(m_noFile);
    setCentralWidget(m_central);
    connect(
        m_navigation, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);

    m_fileLabel = new QLabel(this);
    m_fileLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_fileLabel, 1);

    createActions();
    createMenus();
    retranslateUi();

    m_loaded = QList<bool>(WorkspaceCount, false);
    connect(m_stack, &QStackedWidget::currentChanged, this, &MainWindow::loadWorkspace);
    if (!restoreGeometry(settings::mainWindowGeometry.get()))
        resize(1100, 720);
    restoreState(settings::mainWindowState.get());
    const int ws = settings::currentWorkspace.get();
    showWorkspace(ws >= 0 && ws < WorkspaceCount ? Workspace(ws) : Overview);
}

MainWindow::~MainWindow() = default;

void MainWindow::createActions()
{
    m_newAction = new QAction(this);
    m_newAction->setShortcut(QKeySequence::New);
    connect(m_newAction, &QAction::triggered, this, &MainWindow::newFile);

    m_openAction = new QAction(this);
    m_openAction->setObjectName(QStringLiteral("openFile"));
    m_openAction->setShortcut(QKeySequence::Open);
    connect(m_openAction, &QAction::triggered, this, &MainWindow::openFile);

    m_saveCopyAction = new QAction(this);
    m_saveCopyAction->setShortcut(QKeySequence::SaveAs);
    connect(m_saveCopyAction, &QAction::triggered, this, &MainWindow::saveCopy);

    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreSnapshot"));
    connect(m_restoreAction, &QAction::triggered, this, &MainWindow::restoreSnapshot);

    m_importApplicationsAction = new QAction(this);
    m_importApplicationsAction->setObjectName(QStringLiteral("importApplications"));
    connect(m_importApplicationsAction, &QAction::triggered, this, [this] {
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Applications"),
            QString(), tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        ApplicationImportDialog dialog(*m_document, this);
        dialog.loadFile(path);
        dialog.exec();
    });

    m_juryPacks = new JuryPackActions(this);

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_undoAction = createUndoAction(*m_document, false, this);
    m_redoAction = createUndoAction(*m_document, true, this);

    for (int w = 0; w < WorkspaceCount; ++w) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + w)));
        connect(action, &QAction::triggered, this, [this, w] { showWorkspace(Workspace(w)); });
        m_workspaceActions.append(action);
    }

    m_languageGroup = new QActionGroup(this);
    for (const QString &code : Translations::available()) {
        auto *action = new QAction(m_languageGroup);
        action->setCheckable(true);
        action->setData(code);
        action->setChecked(code == m_translations.current());
        connect(action, &QAction::triggered, this, [this, code] { setLanguage(code); });
    }

    m_newInitiativeAction = new QAction(this);
    m_newInitiativeAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    connect(m_newInitiativeAction, &QAction::triggered, this, [this] {
        showWorkspace(Initiatives);
        m_initiatives->newInitiative();
    });
    m_duplicateAction = new QAction(this);
    m_duplicateAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_D));
    connect(m_duplicateAction, &QAction::triggered, this,
        [this] { m_initiatives->duplicateCurrent(); });
    m_archiveAction = new QAction(this);
    m_archiveAction->setObjectName(QStringLiteral("archiveInitiative"));
    connect(
        m_archiveAction, &QAction::triggered, this, [this] { m_initiatives->archiveCurrent(); });
    m_deleteAction = new QAction(this);
    m_deleteAction->setShortcut(QKeySequence::Delete);
    // Delete applies to the list only, so that it never fires while typing in a form.
    m_deleteAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    m_initiatives->addAction(m_deleteAction);
    connect(m_deleteAction, &QAction::triggered, this, [this] { m_initiatives->deleteCurrent(); });

    // Ctrl+F reaches the initiatives' search from any workspace: the page's own action, made a
    // window shortcut (one action, so the shortcut is never ambiguous).
    m_findAction = m_initiatives->findAction();
    m_findAction->setShortcutContext(Qt::WindowShortcut);
    connect(m_findAction, &QAction::triggered, this, [this] {
        showWorkspace(Initiatives);
        m_initiatives->focusSearch();
    });

    m_userGuideAction = new QAction(this);
    m_userGuideAction->setShortcut(QKeySequence::HelpContents);
    connect(m_userGuideAction, &QAction::triggered, this, [this] { showHelp(HelpDialog::Guide); });
    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(
        m_shortcutsAction, &QAction::triggered, this, [this] { showHelp(HelpDialog::Shortcuts); });

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::about);
    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newAction);
    m_fileMenu->addAction(m_openAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_fileMenu->addAction(m_saveCopyAction);
    m_fileMenu->addAction(m_restoreAction);
    m_importMenu = m_fileMenu->addMenu(QString());
    m_importMenu->addAction(m_importApplicationsAction);
    m_importMenu->addAction(m_juryPacks->importAction());
    m_exportMenu = m_fileMenu->addMenu(QString());
    m_exportMenu->addAction(m_juryPacks->exportAction());
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);
    updateRecentFilesMenu();

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);
    m_editMenu->addSeparator();
    m_editMenu->addAction(m_findAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->addActions(m_workspaceActions);
    m_viewMenu->addSeparator();
    m_languageMenu = m_viewMenu->addMenu(QString());
    m_languageMenu->addActions(m_languageGroup->actions());

    m_initiativeMenu = menuBar()->addMenu(QString());
    m_initiativeMenu->addAction(m_newInitiativeAction);
    m_initiativeMenu->addAction(m_duplicateAction);
    m_initiativeMenu->addAction(m_archiveAction);
    m_initiativeMenu->addSeparator();
    m_initiativeMenu->addAction(m_deleteAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_userGuideAction);
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_newAction->setText(tr("&New…"));
    m_newAction->setStatusTip(tr("Create a new programme: its calendar, first promotion and file"));
    m_openAction->setText(tr("&Open…"));
    m_openAction->setStatusTip(tr("Open another Tremplin database"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    m_saveCopyAction->setText(tr("Save a &Copy…"));
    m_saveCopyAction->setStatusTip(tr("Write a copy of the open database to another file"));
    m_restoreAction->setText(tr("Res&tore from a Snapshot…"));
    m_restoreAction->setStatusTip(
        tr("Go back to a snapshot of the open file; the file as it is now is kept"));
    m_importMenu->setTitle(tr("&Import"));
    m_importApplicationsAction->setText(tr("&Applications…"));
    m_importApplicationsAction->setStatusTip(
        tr("Import applications from a Démarches simplifiées export or a CSV file"));
    m_exportMenu->setTitle(tr("&Export"));
    m_juryPacks->retranslateUi();
    m_quitAction->setText(tr("&Quit"));
    m_editMenu->setTitle(tr("&Edit"));
    m_undoAction->setText(tr("&Undo"));
    m_redoAction->setText(tr("&Redo"));
    m_findAction->setText(tr("&Find Initiatives…"));
    m_findAction->setStatusTip(tr("Search the initiatives by name, carrier, town or description"));
    m_viewMenu->setTitle(tr("&View"));
    for (int w = 0; w < WorkspaceCount; ++w) {
        const QString title
            = QCoreApplication::translate("tremplin::Workspaces", workspaceTitles[w]);
        m_workspaceActions[w]->setText(title);
        m_navigation->item(w)->setText(title);
        m_navigation->item(w)->setToolTip(tr("%1 (%2)").arg(
            title, m_workspaceActions[w]->shortcut().toString(QKeySequence::NativeText)));
    }
    m_navigation->setAccessibleName(tr("Workspaces"));
    // As narrow as its longest entry allows (item padding 12 px each side, frame and spacing),
    // so that the workspaces keep the width of a small screen.
    int longest = 0;
    for (int w = 0; w < WorkspaceCount; ++w)
        longest = std::max(
            longest, m_navigation->fontMetrics().horizontalAdvance(m_navigation->item(w)->text()));
    m_navigation->setMinimumWidth(
        longest + 2 * 12 + 2 * m_navigation->frameWidth() + 2 * m_navigation->spacing() + 8);
    m_languageMenu->setTitle(tr("&Language"));
    for (QAction *action : m_languageGroup->actions()) {
        // Each language is named in itself, so it can be found whatever the current one.
        action->setText(action->data().toString() == QLatin1String("fr")
                ? QStringLiteral("Français")
                : QStringLiteral("English"));
    }
    m_initiativeMenu->setTitle(tr("&Initiative"));
    m_newInitiativeAction->setText(tr("&New Initiative"));
    m_duplicateAction->setText(tr("D&uplicate"));
    m_archiveAction->setText(tr("&Archive or Restore"));
    m_archiveAction->setStatusTip(
        tr("Archive the selected initiative, or bring it back from the archive"));
    m_deleteAction->setText(tr("&Delete…"));
    m_helpMenu->setTitle(tr("&Help"));
    m_userGuideAction->setText(tr("User &Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Tremplin"));
    m_aboutQtAction->setText(tr("About &Qt"));
    updateRecentFilesMenu();
    updateStatus();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

void MainWindow::setLanguage(const QString &language)
{
    if (language == m_translations.current())
        return;
    if (!m_translations.install(language))
        return;
    settings::language.set(language);
    for (QAction *action : m_languageGroup->actions())
        action->setChecked(action->data().toString() == language);
}

void MainWindow::showWorkspace(Workspace workspace)
{
    m_navigation->setCurrentRow(workspace);
    m_stack->setCurrentIndex(workspace);
}

void MainWindow::loadWorkspace(int workspace)
{
    if (workspace < 0 || workspace >= WorkspaceCount || m_loaded.value(workspace))
        return;
    // Nothing to load before a file is open (the window is built before it opens one).
    if (!m_document || !m_document->database().isOpen())
        return;
    m_loaded[workspace] = true;
    Document *document = m_document.get();
    switch (Workspace(workspace)) {
    case Overview:
        // While the window opens, its first paint comes before the programme's totals.
        m_overview->setDocument(document, !isVisible());
        break;
    case Initiatives:
        m_initiatives->setDocument(document);
        break;
    case Timeline:
        // The timeline shows what the list's filters let through: the list comes first.
        loadWorkspace(Initiatives);
        m_timeline->setFilter(m_initiatives->model()->filter());
        m_timeline->setDocument(document);
        break;
    case Grants:
        m_grants->setDocument(document);
        break;
    case Reports:
        m_reports->setDocument(document);
        break;
    case Directory:
        m_directory->setDocument(document);
        break;
    case Programme:
        m_programme->setDocument(document);
        break;
    case Committees:
        m_committees->setDocument(document);
        break;
    case Jury:
        m_jury->setDocument(document);
        break;
    case WorkspaceCount:
        break;
    }
}

MainWindow::Workspace MainWindow::currentWorkspace() const
{
    return Workspace(m_stack->currentIndex());
}

QWidget *MainWindow::workspaceWidget(Workspace workspace) const
{
    return m_stack->widget(workspace);
}

bool MainWindow::adopt(std::unique_ptr<Document> document)
{
    // Typing still held back in a form goes to the file it was typed for.
    if (m_document)
        m_document->flushPendingEdits();
    // The undo/redo actions belong to the old stack: rebuild them on the new one.
    m_editMenu->removeAction(m_undoAction);
    m_editMenu->removeAction(m_redoAction);
    delete m_undoAction;
    delete m_redoAction;
    m_overview->setDocument(nullptr);
    m_initiatives->setDocument(nullptr);
    m_grants->setDocument(nullptr);
    m_timeline->setDocument(nullptr);
    m_reports->setDocument(nullptr);
    m_directory->setDocument(nullptr);
    m_jury->setDocument(nullptr);
    // Forms belong to the old file.
    for (InitiativeForm *form : m_initiatives->findChildren<InitiativeForm *>())
        delete form;
    m_document = std::move(document);
    connect(m_document.get(), &Document::failed, this, [this](const QString &message) {
        QMessageBox::warning(this, tr("Change Not Applied"), message);
    });
    connect(&m_document->database(), &Database::readFailed, this, [this](const QString &message) {
        statusBar()->showMessage(tr("Some data could not be read: %1").arg(message));
    });
    m_undoAction = createUndoAction(*m_document, false, this);
    m_redoAction = createUndoAction(*m_document, true, this);
    QAction *first = m_editMenu->actions().value(0);
    m_editMenu->insertAction(first, m_undoAction);
    m_editMenu->insertAction(first, m_redoAction);
    m_loaded = QList<bool>(WorkspaceCount, false);
    loadWorkspace(currentWorkspace());
    rememberRecentFile(m_document->path());
    retranslateUi();
    return true;
}

bool MainWindow::openDatabase(const QString &path, QString *error)
{
    auto document = std::make_unique<Document>();
    // Release our own lock first when reopening the same file.
    const bool same = m_document && m_document->database().isOpen()
        && QFileInfo(path).absoluteFilePath() == m_document->path();
    if (same)
        return true;
    // A file that cannot be written (read-only, or in a read-only folder) is opened to be read:
    // every change is then refused with the reason, before anything is written.
    const QString readOnly = QFileInfo::exists(path) ? Database::writeRefusal(path) : QString();
    try {
        // The window shows the file at once; SQLite's integrity check of a large file runs
        // in the background, and nothing is written until it has passed.
        document->database().open(path,
            readOnly.isEmpty() ? Database::Access::ReadWrite : Database::Access::ReadOnly,
            Database::IntegrityCheck::Deferred);
    } catch (const Error &e) {
        m_openRefusedAsDamaged = document->database().refusedAsDamaged();
        if (error)
            *error = e.message();
        // With no file open, the page that stands in for the workspaces says why.
        if (!m_document || !m_document->database().isOpen())
            m_noFile->setReason(e.message());
        return false;
    }
    Database *db = &document->database();
    connect(db, &Database::integrityChecked, this, [this, db](const QStringList &problems) {
        if (!m_document || &m_document->database() != db)
            return;
        if (problems.isEmpty()) {
            updateStatus();
            takeDailySnapshot();
            offerRetentionPurge();
            return;
        }
        const QString damagedPath = QDir::toNativeSeparators(db->path());
        const QString message
            = tr("%1 is damaged (%2) and was closed without any change. Restore it from a copy.")
                  .arg(damagedPath, problems.first());
        const QString damaged = db->path();
        adopt(std::make_unique<Document>());
        m_noFile->setReason(message);
        if (!offerSnapshotCopy(damaged, message))
            QMessageBox::critical(this, tr("Damaged File"), message);
    });
    const bool ok = adopt(std::move(document));
    if (ok && !readOnly.isEmpty())
        statusBar()->showMessage(tr("Opened read-only: %1").arg(readOnly));
    // A file checked at once (it was upgraded) gets its snapshot now; the others once their
    // background check has passed (a damaged file gets none).
    if (ok && db->integrity() == Database::Integrity::Sound) {
        takeDailySnapshot();
        offerRetentionPurge();
    }
    // Started once the window has had time to paint, so that the check does not compete with it.
    QTimer::singleShot(delays::BeforeIntegrityCheck, db, &Database::startDeferredIntegrityCheck);
    return ok;
}

void MainWindow::rememberRecentFile(const QString &path)
{
    if (path.isEmpty())
        return;
    QStringList recent = settings::recentFiles.get();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > settings::MaxRecentFiles)
        recent.removeLast();
    settings::recentFiles.set(recent);
    updateRecentFilesMenu();
}

void MainWindow::updateRecentFilesMenu()
{
    if (!m_recentMenu)
        return;
    m_recentMenu->clear();
    const QStringList recent = settings::recentFiles.get();
    int n = 0;
    for (const QString &path : recent) {
        ++n;
        auto *action = m_recentMenu->addAction(
            QStringLiteral("&%1 %2").arg(n).arg(QDir::toNativeSeparators(path)));
        connect(action, &QAction::triggered, this, [this, path] {
            QString error;
            if (!openDatabase(path, &error))
                explainOpenFailure(path, error, tr("Open Recent"));
        });
    }
    if (recent.isEmpty()) {
        m_recentMenu->addAction(tr("No recent files"))->setEnabled(false);
    } else {
        m_recentMenu->addSeparator();
        connect(m_recentMenu->addAction(tr("&Clear List")), &QAction::triggered, this, [this] {
            settings::recentFiles.set({});
            updateRecentFilesMenu();
        });
    }
}

void MainWindow::updateStatus()
{
    const bool open = m_document && m_document->database().isOpen();
    const QString path = open ? QDir::toNativeSeparators(m_document->path()) : QString();
    QString status = open ? tr("File: %1").arg(path) : tr("No file open");
    if (open && m_document->database().integrity() == Database::Integrity::Unknown)
        status += QStringLiteral(" — ") + tr("checking the file…");
    if (open && m_document->database().isReadOnly())
        status += QStringLiteral(" — ") + tr("read-only");
    m_fileLabel->setText(status);
    setWindowTitle(
        open ? tr("%1 — Tremplin").arg(QFileInfo(path).fileName()) : QStringLiteral("Tremplin"));
    setWindowFilePath(path);
    updateFileState();
}

void MainWindow::updateFileState()
{
    const bool open = m_document && m_document->database().isOpen();
    for (QAction *action :
        { m_saveCopyAction, m_restoreAction, m_importApplicationsAction, m_findAction,
            m_newInitiativeAction, m_duplicateAction, m_archiveAction, m_deleteAction })
        action->setEnabled(open);
    for (QAction *action : std::as_const(m_workspaceActions))
        action->setEnabled(open);
    if (!open)
        m_noFile->setRecentFiles(settings::recentFiles.get());
    else
        m_noFile->setReason(QString());
    m_central->setCurrentWidget(open ? m_workspaces : static_cast<QWidget *>(m_noFile));
}

void MainWindow::showHelp(int page)
{
    if (!m_help)
        m_help = new HelpDialog(this, this);
    m_help->showPage(HelpDialog::Page(page));
    m_help->show();
    m_help->raise();
    m_help->activateWindow();
}

void MainWindow::openDemo()
{
    const QString path = defaultDatabasePath();
    QString error;
    try {
        if (!QFileInfo::exists(path)) {
            QDir().mkpath(QFileInfo(path).absolutePath());
            createDemoDatabase(path);
        }
    } catch (const Error &e) {
        error = e.message();
    }
    if (error.isEmpty() && openDatabase(path, &error))
        return;
    QMessageBox::critical(this, tr("Open the Demo Programme"), error);
}

void MainWindow::newFile()
{
    // The assistant asks for the programme, its calendar and where to save, and creates the
    // file itself: cancelled, it leaves nothing behind.
    NewProgrammeWizard wizard(this);
    if (wizard.exec() != QDialog::Accepted)
        return;
    if (std::unique_ptr<Document> document = wizard.takeDocument())
        adopt(std::move(document));
}

void MainWindow::openFile()
{
    const QString dir
        = m_document ? QFileInfo(m_document->path()).absolutePath() : QDir::homePath();
    const QString path = QFileDialog::getOpenFileName(this, tr("Open Tremplin Database"), dir,
        tr("Tremplin databases and juror packs (*.sqlite *.tremplin *.tremplin-pack);;Tremplin "
           "databases (*.sqlite *.tremplin);;Juror packs (*.tremplin-pack);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    // A juror pack is not a programme file: it opens in a juror-mode window of its own, the
    // programme file (if any) staying open here.
    if (JurorModeWindow::isJurorPack(path)) {
        QMessageBox ask(QMessageBox::Question, tr("Juror Pack"),
            tr("%1 is a juror pack, not a programme file. Open it in juror mode to score its "
               "applications? (To merge a returned pack into this programme file, use File › "
               "Import › Juror Pack… instead.)")
                .arg(QDir::toNativeSeparators(path)),
            QMessageBox::Cancel, this);
        ask.setObjectName(QStringLiteral("offerJurorMode"));
        QPushButton *open = ask.addButton(tr("Open in Juror Mode"), QMessageBox::AcceptRole);
        open->setObjectName(QStringLiteral("openJurorMode"));
        ask.setDefaultButton(open);
        ask.exec();
        if (ask.clickedButton() != open)
            return;
        if (JurorModeWindow *window = JurorModeWindow::open(path, this, &error))
            window->show();
        else if (!error.isEmpty())
            QMessageBox::critical(this, tr("Juror Pack"), error);
        return;
    }
    if (!openDatabase(path, &error))
        explainOpenFailure(path, error, tr("Open Tremplin Database"));
}

void MainWindow::explainOpenFailure(const QString &path, const QString &error, const QString &title)
{
    if (m_openRefusedAsDamaged && offerSnapshotCopy(path, error))
        return;
    QMessageBox::critical(this, title, error);
}

bool MainWindow::offerSnapshotCopy(const QString &damagedPath, const QString &message)
{
    const Snapshots snapshots = Snapshots::forFile(damagedPath);
    const std::optional<Snapshot> good = snapshots.latestGood();
    if (!good)
        return false;
    QMessageBox ask(QMessageBox::Critical, tr("Damaged File"),
        message + QStringLiteral("\n\n")
            + tr("Its latest sound snapshot was taken on %1 (%2; %Ln initiative(s)). Work done "
                 "since then is not in it. Open a copy of that snapshot? The damaged file stays "
                 "as it is, for inspection.",
                nullptr, good->initiatives)
                  .arg(QLocale().toString(good->takenAt, QLocale::LongFormat),
                      // The reason's label inside a sentence: "daily", "à la main".
                      QLocale().toLower(Snapshots::reasonLabel(good->reason).left(1))
                          + Snapshots::reasonLabel(good->reason).mid(1)),
        QMessageBox::Cancel, this);
    ask.setObjectName(QStringLiteral("offerSnapshotCopy"));
    QPushButton *open = ask.addButton(tr("Open a Copy of the Snapshot"), QMessageBox::AcceptRole);
    open->setObjectName(QStringLiteral("openSnapshotCopy"));
    ask.setDefaultButton(open);
    ask.exec();
    if (ask.clickedButton() != open)
        return true;
    QString problem;
    QString copy;
    try {
        copy = snapshots.copyBeside(*good);
    } catch (const Error &e) {
        problem = e.message();
    }
    if (problem.isEmpty() && !openDatabase(copy, &problem) && problem.isEmpty())
        problem = tr("The copy could not be opened.");
    if (!problem.isEmpty()) {
        QMessageBox::critical(this, tr("Damaged File"), problem);
        return true;
    }
    statusBar()->showMessage(
        tr("Opened %1, a copy of the snapshot of %2 taken on %3. The damaged "
           "file was left as it was.")
            .arg(QDir::toNativeSeparators(copy), QDir::toNativeSeparators(damagedPath),
                QLocale().toString(good->takenAt, QLocale::ShortFormat)));
    return true;
}

void MainWindow::restoreSnapshot()
{
    if (!m_document || !m_document->database().isOpen())
        return;
    RestoreDialog dialog(m_document->database(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const QString path = m_document->path();
    // The file is closed (typing held back written first, the lock released), replaced, and
    // opened again; the undo history belonged to the file as it was.
    m_document->flushPendingEdits();
    adopt(std::make_unique<Document>());
    QString problem;
    try {
        Snapshots::forFile(path).restore(dialog.chosenSnapshot());
    } catch (const Error &e) {
        problem = e.message();
    }
    QString openError;
    if (!openDatabase(path, &openError) && problem.isEmpty())
        problem = openError;
    if (!problem.isEmpty()) {
        QMessageBox::warning(this, tr("Restore"), problem);
        return;
    }
    statusBar()->showMessage(tr("Snapshot restored. The file as it was is kept as a snapshot: "
                                "restore it to undo (File › Restore from a Snapshot…)."),
        15000);
}

void MainWindow::takeDailySnapshot()
{
    // A file opened read-only cannot change: there is nothing to keep a snapshot against.
    if (!m_automaticSnapshots || !m_document || !m_document->database().isOpen()
        || m_document->database().isReadOnly())
        return;
    try {
        if (Snapshots::forFile(m_document->path()).takeDailyIfDue(m_document->database())) {
            statusBar()->showMessage(tr("Today's snapshot of the file was taken (File › Restore "
                                        "from a Snapshot…)."),
                10000);
        }
    } catch (const Error &e) {
        statusBar()->showMessage(tr("Today's snapshot could not be taken: %1 You can go on "
                                    "working; free some space or choose another snapshot "
                                    "folder (File › Restore from a Snapshot…).")
                                     .arg(e.message()));
    }
}

void MainWindow::offerRetentionPurge()
{
    // Asked once the window is up, when the programme's retention period makes a purge due.
    QTimer::singleShot(0, this, [this, document = QPointer<Document>(m_document.get())] {
        if (!m_automaticSnapshots || !document || document != m_document.get()
            || !document->database().isOpen() || document->database().isReadOnly())
            return;
        const PrivacyActions::Outcome done = PrivacyActions::purgeExpired(this, *document, true);
        if (!done.message.isEmpty())
            statusBar()->showMessage(done.message, 15000);
    });
}

void MainWindow::saveCopy()
{
    if (!m_document || !m_document->database().isOpen())
        return;
    const QFileInfo current(m_document->path());
    const QString suggestion = current.absolutePath() + QLatin1Char('/')
        + current.completeBaseName() + tr("-copy") + QStringLiteral(".sqlite");
    const QString path
        = QFileDialog::getSaveFileName(this, tr("Save a Copy"), suggestion, tr(FileFilter));
    if (path.isEmpty())
        return;
    try {
        m_document->database().saveCopy(path);
        statusBar()->showMessage(tr("Copy saved to %1").arg(QDir::toNativeSeparators(path)), 5000);
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("Save a Copy"), e.message());
    }
}

void MainWindow::about()
{
    AboutDialog dialog(m_translations, this);
    dialog.exec();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    // Typing a form still holds back for its pause is written; then every edit is committed
    // and only the window's own state is left to keep.
    if (m_document)
        m_document->flushPendingEdits();
    settings::mainWindowGeometry.set(saveGeometry());
    settings::mainWindowState.set(saveState());
    settings::currentWorkspace.set(int(currentWorkspace()));
    event->accept();
}

} // namespace tremplin
