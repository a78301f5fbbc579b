// SPDX-License-Identifier: GPL-3.0-or-later
// When the database refuses: an undo or redo that cannot be written leaves the stack and the
// file agreeing, and a read that fails is shown, never hidden.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/i18n/translations.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/commands/databasecommand.h"
#include "ui/document.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/models/initiativelistmodel.h"

#include <QAction>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace tremplin;

namespace {

/// Runs @p sql on the file through a second connection, as another program would.
bool execElsewhere(const QString &path, const QString &sql)
{
    const QString name = QUuid::createUuid().toString();
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (db.open()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok)
                qWarning() << q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// A trigger, created by another program, that makes SQLite refuse every @p operation on
/// @p table (optionally only where @p when holds).
bool refuse(const QString &path, const QString &operation, const QString &table,
    const QString &when = QString())
{
    return execElsewhere(path,
        QStringLiteral("CREATE TRIGGER refuse_%1 BEFORE %2 ON %1 %3 BEGIN "
                       "SELECT RAISE(ABORT, 'refused by another program'); END")
            .arg(table, operation, when.isEmpty() ? QString() : QStringLiteral("WHEN ") + when));
}

bool allow(const QString &path, const QString &table)
{
    return execElsewhere(path, QStringLiteral("DROP TRIGGER refuse_%1").arg(table));
}

/// The Edit menu's action with the standard @p key (Undo or Redo).
QAction *editAction(QMainWindow &w, QKeySequence::StandardKey key)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (m->text() != QLatin1String("&Edit") || !m->menu())
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
    }
    return nullptr;
}

/// Triggers @p action as the user does and returns the title and text of the message box it
/// shows ("title\ntext", answered with OK), or an empty string when none appears.
QString triggerAndReadWarning(QAction *action)
{
    QString shown;
    test::onNextModal<QMessageBox>([&shown](QMessageBox *box) {
        shown = box->windowTitle() + QLatin1Char('\n') + box->text();
        QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
    });
    action->trigger(); // the box is modal: trigger() returns once it is answered
    if (!QTest::qWaitFor([&shown] { return !shown.isEmpty(); }, 12000))
        return QString();
    return shown;
}

} // namespace

class TestFailures : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    Translations m_translations;
    int m_file = 0;

    /// A fresh copy of the demo opened in @p w, checked and ready for writes.
    QString openCopy(MainWindow &w)
    {
        const QString file = m_dir.filePath(QStringLiteral("undo%1.sqlite").arg(++m_file));
        if (!QFile::copy(m_demo, file))
            return QString();
        if (!w.openDatabase(file))
            return QString();
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return QString();
        // Writes wait for the window's background integrity check.
        if (!QTest::qWaitFor([&w] {
                return w.document()->database().integrity() == Database::Integrity::Sound;
            }))
            return QString();
        return file;
    }

    static qint64 idOf(Database &db, const QString &name)
    {
        return Query(db, QStringLiteral("SELECT id FROM initiative WHERE name = ?"))
            .bindAll(name)
            .scalar()
            .toLongLong();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Database db;
        db.create(m_demo);
        writeDemoProgramme(db);
    }

    void aRefusedUndoOrRedoKeepsTheStepAndTheFileAndSaysWhy()
    {
        MainWindow w(m_translations);
        const QString file = openCopy(w);
        QVERIFY(!file.isEmpty());
        w.showWorkspace(MainWindow::Initiatives);
        InitiativesPage &page = *w.initiativesPage();
        Database &db = w.document()->database();
        QUndoStack &stack = w.document()->undoStack();
        QAction *undo = editAction(w, QKeySequence::Undo);
        QAction *redo = editAction(w, QKeySequence::Redo);
        QVERIFY(undo && redo);

        // The user duplicates an initiative.
        const qint64 original = idOf(db, QStringLiteral("Vikidia"));
        const QRect cell
            = page.view()->visualRect(page.model()->index(page.model()->rowOf(original), 0));
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        QAction *duplicate = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            duplicate = a->text() == QLatin1String("D&uplicate") ? a : duplicate;
        QVERIFY(duplicate);
        duplicate->trigger();
        const qint64 copy = idOf(db, QStringLiteral("Vikidia (copy)"));
        QVERIFY(copy > 0);
        QCOMPARE(stack.index(), 1);

        // Another program stops initiatives from being deleted: undoing the duplicate fails.
        QVERIFY(refuse(file, QStringLiteral("DELETE"), QStringLiteral("initiative")));
        const QByteArray before = test::fileHash(file);
        const QString message = triggerAndReadWarning(undo);
        QVERIFY2(message.contains(QLatin1String("could not be undone")), qPrintable(message));
        QVERIFY2(
            message.contains(QLatin1String("refused by another program")), qPrintable(message));
        QCOMPARE(stack.index(), 1); // the step is still there, to undo later
        QVERIFY(undo->isEnabled());
        QVERIFY(!redo->isEnabled());
        QCOMPARE(test::fileHash(file), before); // nothing was written
        QCOMPARE(idOf(db, QStringLiteral("Vikidia (copy)")), copy);
        QCOMPARE(page.model()->rowOf(copy) >= 0, true);

        // Once allowed again, the same step undoes.
        QVERIFY(allow(file, QStringLiteral("initiative")));
        undo->trigger();
        QCOMPARE(stack.index(), 0);
        QCOMPARE(idOf(db, QStringLiteral("Vikidia (copy)")), qint64(0));

        // Redo refused in turn: the index stays before the step and the copy stays away.
        QVERIFY(refuse(file, QStringLiteral("INSERT"), QStringLiteral("initiative")));
        const QByteArray undone = test::fileHash(file);
        const QString redoMessage = triggerAndReadWarning(redo);
        QVERIFY2(
            redoMessage.contains(QLatin1String("could not be redone")), qPrintable(redoMessage));
        // The box is titled for what happened, not "Undo", also for a redo.
        QVERIFY2(
            redoMessage.startsWith(QLatin1String("Change Not Applied\n")), qPrintable(redoMessage));
        QCOMPARE(stack.index(), 0);
        QVERIFY(redo->isEnabled());
        QCOMPARE(test::fileHash(file), undone);
        QCOMPARE(idOf(db, QStringLiteral("Vikidia (copy)")), qint64(0));

        QVERIFY(allow(file, QStringLiteral("initiative")));
        redo->trigger();
        QCOMPARE(stack.index(), 1);
        QCOMPARE(idOf(db, QStringLiteral("Vikidia (copy)")), copy); // same id as the first time
    }

    void aStepOfSeveralCommandsIsUndoneWholeOrNotAtAll()
    {
        MainWindow w(m_translations);
        const QString file = openCopy(w);
        QVERIFY(!file.isEmpty());
        Document &doc = *w.document();
        Database &db = doc.database();
        const qint64 first = idOf(db, QStringLiteral("Vikidia"));
        const qint64 second
            = Query(db, QStringLiteral("SELECT MAX(id) FROM initiative WHERE id <> ?"))
                  .bindAll(first)
                  .scalar()
                  .toLongLong();
        const QString secondName
            = Query(db, QStringLiteral("SELECT name FROM initiative WHERE id = ?"))
                  .bindAll(second)
                  .scalar()
                  .toString();
        QVERIFY(first > 0 && second > 0);
        // Two renames in one step, as a multi-step edit of the window makes them.
        doc.undoStack().beginMacro(QStringLiteral("Rename two"));
        for (qint64 id : { first, second }) {
            QString error;
            QVERIFY2(DatabaseCommand::push(doc,
                         std::make_unique<SetFieldCommand>(doc, QStringLiteral("initiative"),
                             QStringLiteral("name"), id, QStringLiteral("Renamed %1").arg(id),
                             QStringLiteral("rename")),
                         &error),
                qPrintable(error));
        }
        doc.undoStack().endMacro();
        QCOMPARE(doc.undoStack().index(), 1);

        // Undo reverts the second rename first, then the first, which is refused: the second
        // must not stay reverted alone.
        QVERIFY(refuse(file, QStringLiteral("UPDATE"), QStringLiteral("initiative"),
            QStringLiteral("OLD.id = %1").arg(first)));
        const QByteArray before = test::fileHash(file);
        QSignalSpy failed(&doc, &Document::failed);
        const QString message = triggerAndReadWarning(editAction(w, QKeySequence::Undo));
        QVERIFY(message.contains(QLatin1String("Rename two")));
        QCOMPARE(failed.count(), 1); // said once, not once per command
        QCOMPARE(doc.undoStack().index(), 1);
        QCOMPARE(test::fileHash(file), before);
        QCOMPARE(idOf(db, QStringLiteral("Renamed %1").arg(second)), second);
        QCOMPARE(idOf(db, QStringLiteral("Renamed %1").arg(first)), first);

        QVERIFY(allow(file, QStringLiteral("initiative")));
        editAction(w, QKeySequence::Undo)->trigger();
        QCOMPARE(doc.undoStack().index(), 0);
        QCOMPARE(idOf(db, QStringLiteral("Vikidia")), first);
        QCOMPARE(idOf(db, secondName), second);
    }

    void aReadThatFailsIsShownInTheStatusBar()
    {
        MainWindow w(m_translations);
        const QString file = openCopy(w);
        QVERIFY(!file.isEmpty());
        // Another program takes a table away under the open window.
        QVERIFY(execElsewhere(file, QStringLiteral("ALTER TABLE phase RENAME TO phase_elsewhere")));
        QAction *initiatives = nullptr;
        for (QAction *a : w.findChildren<QAction *>())
            initiatives = a->shortcut() == QKeySequence(Qt::CTRL | Qt::Key_3) ? a : initiatives;
        QVERIFY(initiatives);
        initiatives->trigger();
        QCOMPARE(w.currentWorkspace(), MainWindow::Initiatives);
        QTRY_VERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("could not be read")),
            qPrintable(w.statusBar()->currentMessage()));
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("phase")),
            qPrintable(w.statusBar()->currentMessage()));
    }
};

QTEST_MAIN(TestFailures)
#include "tst_failures.moc"
