// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "core/i18n/translations.h"
#include "testsupport.h"
#include "ui/deferredrefresh.h"
#include "ui/document.h"
#include "ui/dialogs/aboutdialog.h"
#include "ui/initiatives/initiativeform.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/grants/grantspage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"
#include "ui/reports/reportspage.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepage.h"
#include "ui/models/initiativelistmodel.h"
#include "ui/workspaces/overviewpage.h"

#include <QAction>
#include <QDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

using namespace tremplin;

class TestMainWindow : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    Translations m_translations;

    QAction *menuAction(QMainWindow &w, const QString &menuTitle, const QString &text)
    {
        for (QAction *m : w.menuBar()->actions()) {
            if (m->text() != menuTitle || !m->menu())
                continue;
            for (QAction *a : m->menu()->actions()) {
                if (a->text() == text)
                    return a;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Database db;
        db.create(m_demo);
        writeDemoProgramme(db);
    }

    void opensOnTheDemoAndShowsItsFigures()
    {
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(m_demo, &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.windowTitle().contains(QLatin1String("demo.sqlite")));
        const auto labels = w.statusBar()->findChildren<QLabel *>();
        bool statusNamesFile = false;
        for (QLabel *l : labels)
            statusNamesFile |= l->text().contains(QLatin1String("demo.sqlite"));
        QVERIFY(statusNamesFile);
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        QVERIFY(overview);
        // The figures follow the first paint.
        QTRY_COMPARE(overview->summary().laureates, 9);
        QCOMPARE(overview->summary().initiatives, 9);
    }

    void everyWorkspaceCanBeShownFromTheViewMenuAndTheNavigation()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(nav);
        QCOMPARE(nav->count(), int(MainWindow::WorkspaceCount));
        QVERIFY(!nav->accessibleName().isEmpty());
        for (int ws = 0; ws < MainWindow::WorkspaceCount; ++ws) {
            // Keyboard: Ctrl+1..6.
            QTest::keyClick(&w, Qt::Key(Qt::Key_1 + ws), Qt::ControlModifier);
            QCOMPARE(int(w.currentWorkspace()), ws);
            QVERIFY(w.workspaceWidget(MainWindow::Workspace(ws))->isVisible());
            QCOMPARE(nav->currentRow(), ws);
            if (auto *page = qobject_cast<InitiativesPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->model()->rowCount(), 9);
                continue;
            }
            if (auto *page = qobject_cast<TimelinePage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->model()->rowCount(), 9);
                continue;
            }
            if (auto *page = qobject_cast<GrantsPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QCOMPARE(page->ledgerModel()->rowCount(), 14);
                continue;
            }
            if (auto *page = qobject_cast<ReportsPage *>(w.workspaceWidget(MainWindow::Workspace(ws)))) {
                QVERIFY(page->previewText().contains(QLatin1String("Vikidia")));
                continue;
            }
            // Placeholders say what will be there: a non-empty, visible text.
            const auto texts = w.workspaceWidget(MainWindow::Workspace(ws))->findChildren<QLabel *>();
            bool hasText = false;
            for (QLabel *l : texts)
                hasText |= l->isVisible() && l->text().size() > 20;
            QVERIFY2(hasText, qPrintable(nav->item(ws)->text()));
        }
        // Mouse: clicking a navigation entry switches too.
        nav->setCurrentRow(MainWindow::Grants);
        QCOMPARE(w.currentWorkspace(), MainWindow::Grants);
    }

    void undoAndRedoAreInTheEditMenuWithStandardShortcuts()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        QAction *undo = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Undo"));
        QAction *redo = menuAction(w, QStringLiteral("&Edit"), QStringLiteral("&Redo"));
        QVERIFY(undo);
        QVERIFY(redo);
        QCOMPARE(undo->shortcut(), QKeySequence(QKeySequence::Undo));
        QCOMPARE(redo->shortcut(), QKeySequence(QKeySequence::Redo));
        QVERIFY(!undo->isEnabled()); // nothing to undo yet
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&New…")));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…")));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("Save a &Copy…")));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("Open &Recent")));
        QVERIFY(menuAction(w, QStringLiteral("&Help"), QStringLiteral("&About Tremplin")));
    }

    void aRefusedFileLeavesTheCurrentOneOpen()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        const QString bad = m_dir.filePath(QStringLiteral("bad.sqlite"));
        test::writeRandomBytes(bad, 4096);
        const QByteArray before = test::fileHash(bad);
        QString error;
        QVERIFY(!w.openDatabase(bad, &error));
        QVERIFY(error.contains(QLatin1String("not a Tremplin database")));
        QCOMPARE(w.document()->path(), QFileInfo(m_demo).absoluteFilePath());
        QVERIFY(w.document()->database().isOpen());
        QCOMPARE(test::fileHash(bad), before);
    }

    void saveACopyAndNewFileWork()
    {
        MainWindow w(m_translations);
        w.show();
        QVERIFY(w.openDatabase(m_demo));
        const QString copy = m_dir.filePath(QStringLiteral("copy.sqlite"));
        w.document()->database().saveCopy(copy);
        QVERIFY(w.openDatabase(copy));
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        QCOMPARE(overview->summary().laureates, 9);
        const QString fresh = m_dir.filePath(QStringLiteral("fresh.sqlite"));
        QString error;
        QVERIFY2(w.createDatabase(fresh, &error), qPrintable(error));
        QCOMPARE(overview->summary().initiatives, 0);
        QCOMPARE(w.document()->path(), QFileInfo(fresh).absoluteFilePath());
        // Recent files remember both, newest first.
        const QStringList recent = QSettings().value(QStringLiteral("files/recent")).toStringList();
        QCOMPARE(recent.value(0), QFileInfo(fresh).absoluteFilePath());
    }

    void theLanguageSwitchesAtRuntime()
    {
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(m_demo));
        w.show();
        // An open form and an open dialog follow too.
        w.showWorkspace(MainWindow::Initiatives);
        InitiativeForm *form = w.initiativesPage()->openForm(
            w.initiativesPage()->model()->idAt(0));
        auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QCOMPARE(tabs->tabText(0), QStringLiteral("&Identity"));
        AboutDialog about(&w);
        about.show();
        QCOMPARE(about.windowTitle(), QStringLiteral("About Tremplin"));
        auto *header = w.initiativesPage()->view()->model();
        QCOMPARE(header->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Name"));
        QVERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…")));
        // The View menu's language entries, as a user chooses them.
        auto chooseLanguage = [&w](const QString &code) {
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->isCheckable() && a->data().toString() == code)
                    return a->trigger();
            }
            QFAIL("no menu entry for the language");
        };
        chooseLanguage(QStringLiteral("fr"));
        // LanguageChange is posted to each window: let it arrive.
        QTRY_VERIFY(menuAction(w, QStringLiteral("&Fichier"), QStringLiteral("&Ouvrir…")));
        auto *nav = w.findChild<QListWidget *>(QStringLiteral("navigation"));
        QCOMPARE(nav->item(MainWindow::Initiatives)->text(), QStringLiteral("Initiatives"));
        QCOMPARE(nav->item(MainWindow::Overview)->text(), QStringLiteral("Vue d’ensemble"));
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        w.showWorkspace(MainWindow::Overview); // (Ctrl+1 would go to the About box, the active window)
        auto frenchMoney = [overview] {
            for (QLabel *l : overview->findChildren<QLabel *>()) {
                if (l->text() == QStringLiteral("980\u202f000,00\u00a0\u20ac"))
                    return true;
            }
            return false;
        };
        QTRY_VERIFY(frenchMoney());
        QTRY_COMPARE(tabs->tabText(0), QStringLiteral("&Identité"));
        QTRY_COMPARE(about.windowTitle(), QStringLiteral("À propos de Tremplin"));
        QCOMPARE(header->headerData(0, Qt::Horizontal).toString(), QStringLiteral("Nom"));
        QCOMPARE(w.initiativesPage()->model()->data(w.initiativesPage()->model()->index(0, InitiativeListService::Lifecycle)).toString(),
                 QStringLiteral("Ancien lauréat"));
        form->close();
        chooseLanguage(QStringLiteral("en"));
        QTRY_VERIFY(menuAction(w, QStringLiteral("&File"), QStringLiteral("&Open…")));
        QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("en"));
    }

    void theGuiQuitsAfterItsFirstPaintForTheBenchmark()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TREMPLIN_GUI_PATH),
                { QStringLiteral("--database"), m_demo, QStringLiteral("--quit-after-first-paint") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        QVERIFY(p.readAllStandardOutput().contains("first-paint-ms:"));
    }

    void withNoDatabaseTheGuiCreatesTheDemoInItsDataFolder()
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_dir.filePath(QStringLiteral("config2")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_dir.filePath(QStringLiteral("data2")));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(TREMPLIN_GUI_PATH), { QStringLiteral("--quit-after-first-paint") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString created = m_dir.filePath(QStringLiteral("data2/Tremplin/Tremplin/tremplin.sqlite"));
        QVERIFY2(QFile::exists(created), qPrintable(created));
        QCOMPARE(test::countRows(created, QStringLiteral("initiative")), 9);
    }
    void hiddenWorkspacesRefreshWhenShownAndSlowOnesAfterAPause()
    {
        QWidget window;
        auto *page = new QWidget(&window);
        int runs = 0;
        int cost = 0;
        DeferredRefresh refresh(page, [&] {
            ++runs;
            QThread::msleep(cost);
        });
        // A page of the window that is not shown only notes the change...
        page->hide();
        refresh.request();
        QCOMPARE(runs, 0);
        // ...and catches up when shown.
        window.show();
        page->show();
        refresh.flushIfStale();
        QCOMPARE(runs, 1);
        refresh.flushIfStale();
        QCOMPARE(runs, 1);
        // On screen and cheap: at once.
        refresh.request();
        QCOMPARE(runs, 2);
        // Slow: the next changes wait for a pause, and run once.
        cost = 60;
        refresh.request();
        QCOMPARE(runs, 3);
        cost = 0;
        refresh.request();
        refresh.request();
        QCOMPARE(runs, 3);
        QTRY_COMPARE(runs, 4);
        QTest::qWait(500);
        QCOMPARE(runs, 4);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
