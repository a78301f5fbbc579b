// SPDX-License-Identifier: GPL-3.0-or-later
// Snapshots of a programme file (issue "Data safety", point 1): taken consistent and complete,
// private to their owner, rotated, listed with what they hold, restored in one step that a
// second restore undoes; files that are not ours, or in use, never replaced. Also the two
// defects the issue names: the migration copy's path kept across files, and Save a Copy.
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/dialogs/restoredialog.h"
#include "ui/document.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QSqlQuery>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;
using namespace tremplin::test;

class TestBackups : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Translations m_translations;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A demo programme file (9 initiatives, 12 payments).
    QString demoFile(const QString &name)
    {
        const QString file = path(name);
        Database db;
        db.create(file);
        writeDemoProgramme(db);
        return file;
    }

    static void deletePayments(const QString &file)
    {
        Database db;
        db.open(file);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM disbursement")));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.install(QStringLiteral("en"))); }

    void aSnapshotIsCompletePrivateAndListedWithWhatItHolds()
    {
        const QString file = demoFile(QStringLiteral("a.sqlite"));
        const int payments = countRows(file, QStringLiteral("disbursement"));
        QVERIFY(payments > 0);
        Database db;
        db.open(file);
        Snapshots snapshots(file);
        QCOMPARE(snapshots.folder(),
            QFileInfo(file).absolutePath() + QStringLiteral("/a.sqlite snapshots"));
        const Snapshot s = snapshots.take(db, SnapshotReason::BeforeImport);
        QVERIFY(QFileInfo::exists(s.path));
        QVERIFY(s.path.startsWith(snapshots.folder()));
        QVERIFY(s.path.endsWith(QStringLiteral(" before-import.sqlite")));
        // No temporary file left in the folder.
        QCOMPARE(QDir(snapshots.folder()).entryList(QDir::Files | QDir::Hidden).size(), 1);
#ifndef Q_OS_WIN
        QCOMPARE(
            QFileInfo(s.path).permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther),
            QFileDevice::Permissions());
        QCOMPARE(QFileInfo(snapshots.folder()).permissions()
                & (QFileDevice::ReadOther | QFileDevice::ExeOther | QFileDevice::ReadGroup),
            QFileDevice::Permissions());
#endif
        const QList<Snapshot> list = snapshots.list();
        QCOMPARE(list.size(), 1);
        const Snapshot inspected = Snapshots::inspect(list.first());
        QVERIFY2(inspected.problem.isEmpty(), qPrintable(inspected.problem));
        QCOMPARE(inspected.reason, SnapshotReason::BeforeImport);
        QCOMPARE(inspected.initiatives, countRows(file, QStringLiteral("initiative")));
        QCOMPARE(inspected.payments, payments);
        QCOMPARE(inspected.grants, countRows(file, QStringLiteral("grant_award")));
        QCOMPARE(inspected.schemaVersion, Database::latestSchemaVersion());
        // The snapshot is a sound Tremplin file of its own.
        Database copy;
        copy.open(s.path, Database::Access::ReadOnly);
        QVERIFY(copy.integrityProblems().isEmpty());
    }

    void theOldestBeyondThePolicyAreDeletedPerKind()
    {
        const QString file = demoFile(QStringLiteral("b.sqlite"));
        Database db;
        db.open(file);
        Snapshots snapshots(file, QString(), SnapshotPolicy { 1, 2 });
        QVERIFY(snapshots.takeDailyIfDue(db));
        QVERIFY(!snapshots.takeDailyIfDue(db)); // one a day
        QStringList others;
        for (int i = 0; i < 4; ++i)
            others.append(snapshots.take(db, SnapshotReason::Manual).path);
        const QList<Snapshot> list = snapshots.list();
        QCOMPARE(list.size(), 3);
        int daily = 0;
        QStringList kept;
        for (const Snapshot &s : list) {
            if (s.reason == SnapshotReason::Daily)
                ++daily;
            else
                kept.append(s.path);
        }
        QCOMPARE(daily, 1);
        // The two newest, newest first.
        QCOMPARE(kept, (QStringList { others.at(3), others.at(2) }));
    }

    void aRestoreBringsTheSnapshotBackAndASecondRestoreUndoesIt()
    {
        const QString file = demoFile(QStringLiteral("c.sqlite"));
        const int payments = countRows(file, QStringLiteral("disbursement"));
        QString snapshot;
        {
            Database db;
            db.open(file);
            snapshot = Snapshots(file).take(db, SnapshotReason::Manual).path;
        }
        deletePayments(file); // the human mistake, saved at once
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), 0);

        Snapshots snapshots(file);
        const Snapshot before = snapshots.restore(snapshot);
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), payments);
        QCOMPARE(before.reason, SnapshotReason::BeforeRestore);
        QCOMPARE(countRows(before.path, QStringLiteral("disbursement")), 0);
        {
            Database db;
            db.open(file); // opens for writing: sound, unlocked
            QVERIFY(db.integrityProblems().isEmpty());
        }
        // Undo: restore the snapshot taken before.
        snapshots.restore(before.path);
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), 0);
        QCOMPARE(snapshots.list().first().reason, SnapshotReason::BeforeRestore);
    }

    void aRestoreNeverReplacesAFileThatIsNotOursOrInUse()
    {
        const QString file = demoFile(QStringLiteral("d.sqlite"));
        QString snapshot;
        {
            Database db;
            db.open(file);
            snapshot = Snapshots(file).take(db, SnapshotReason::Manual).path;
        }
        // Another application's file.
        const QString foreign = path(QStringLiteral("foreign.sqlite"));
        writeRandomBytes(foreign, 8192);
        const QByteArray foreignHash = fileHash(foreign);
        QVERIFY_THROWS_EXCEPTION(Error, Snapshots(foreign).restore(snapshot));
        QCOMPARE(fileHash(foreign), foreignHash);

        // A damaged or foreign snapshot is refused; the file stays as it is.
        const QByteArray hash = fileHash(file);
        const QString bad = path(QStringLiteral("bad.sqlite"));
        writeRandomBytes(bad, 4096);
        try {
            Snapshots(file).restore(bad);
            QFAIL("a file of random bytes was restored");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("cannot be restored")),
                qPrintable(e.message()));
        }
        QCOMPARE(fileHash(file), hash);

        // Open for writing elsewhere: refused, nothing replaced, no snapshot taken.
        const int before = Snapshots(file).list().size();
        {
            Database writer;
            writer.open(file);
            try {
                Snapshots(file).restore(snapshot);
                QFAIL("a file open for writing was replaced");
            } catch (const Error &e) {
                QVERIFY2(
                    e.message().contains(QStringLiteral("already open")), qPrintable(e.message()));
            }
        }
        QCOMPARE(fileHash(file), hash);
        QCOMPARE(Snapshots(file).list().size(), before);
    }

    void aDamagedFileIsKeptAsItsBytesBeforeTheRestore()
    {
        const QString file = demoFile(QStringLiteral("e.sqlite"));
        QString snapshot;
        {
            Database db;
            db.open(file);
            snapshot = Snapshots(file).take(db, SnapshotReason::Manual).path;
        }
        corruptBytes(file, 4096 * 3, 2048);
        const QByteArray damaged = fileHash(file);
        const Snapshot before = Snapshots(file).restore(snapshot);
        QCOMPARE(fileHash(before.path), damaged);
        Database db;
        db.open(file);
        QVERIFY(db.integrityProblems().isEmpty());
    }

    void theMigrationCopyBelongsToTheFileItWasTakenFor()
    {
        // An older file (schema 10) is copied before its upgrade; a file opened next with the
        // same Database object gets a copy of its own (the path was kept across files).
        const QString first = path(QStringLiteral("old1.sqlite"));
        const QString second = path(QStringLiteral("old2.sqlite"));
        for (const QString &file : { first, second }) {
            demoFile(QFileInfo(file).fileName());
            Database older;
            older.open(file);
            QSqlQuery q(older.connection());
            QVERIFY(q.exec(QStringLiteral("DROP TABLE letter_template")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 10")));
        }
        Database db;
        db.open(first);
        const QString firstCopy = db.migrationBackupPath();
        QVERIFY(firstCopy.startsWith(first));
        db.close();
        QVERIFY(db.migrationBackupPath().isEmpty());
        db.open(second);
        QVERIFY2(db.migrationBackupPath().startsWith(second), qPrintable(db.migrationBackupPath()));
        QVERIFY(QFileInfo::exists(db.migrationBackupPath()));
    }

    void saveACopyLeavesNoTemporaryFileWhenItFails()
    {
        const QString file = demoFile(QStringLiteral("f.sqlite"));
        Database db;
        db.open(file);
        // The target is a folder: VACUUM INTO works, the rename over it fails.
        const QString folder = path(QStringLiteral("copies"));
        QVERIFY(QDir().mkpath(folder + QStringLiteral("/target.sqlite")));
        QVERIFY_THROWS_EXCEPTION(Error, db.saveCopy(folder + QStringLiteral("/target.sqlite")));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList());
        db.saveCopy(folder + QStringLiteral("/copy.sqlite"));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot),
            QStringList { QStringLiteral("copy.sqlite") });
    }

    void theWindowTakesAndRestoresASnapshotAndASecondRestoreUndoesIt()
    {
        const QString file = demoFile(QStringLiteral("w.sqlite"));
        const int payments = countRows(file, QStringLiteral("disbursement"));
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *restore = w.findChild<QAction *>(QStringLiteral("restoreSnapshot"));
        QVERIFY(restore && restore->isEnabled());

        // File › Restore…: take a snapshot with the dialog's button, then close it.
        bool took = false;
        onNextModal<RestoreDialog>([&took](RestoreDialog *dialog) {
            QAbstractItemModelTester tester(
                dialog->model(), QAbstractItemModelTester::FailureReportingMode::Warning);
            QCOMPARE(dialog->model()->rowCount(), 0);
            QVERIFY(!dialog->restoreButton()->isEnabled());
            QTest::mouseClick(dialog->takeButton(), Qt::LeftButton);
            QCOMPARE(dialog->model()->rowCount(), 1);
            took = true;
            clickDialogButton(dialog, QDialogButtonBox::Close);
        });
        restore->trigger();
        QVERIFY(took);

        // The mistake, saved at once.
        {
            QSqlQuery q(w.document()->database().connection());
            QVERIFY(q.exec(QStringLiteral("DELETE FROM disbursement")));
        }
        // Restore it: choose the snapshot, press Restore, confirm.
        const auto restoreRow = [&restore](int row, const QString &reason) {
            bool confirmed = false;
            onNextModal<RestoreDialog>([&confirmed, row, reason](RestoreDialog *dialog) {
                const QModelIndex cell = dialog->model()->index(row, SnapshotListModel::Reason);
                QCOMPARE(cell.data().toString(), reason);
                dialog->view()->selectRow(row);
                onNextModal<QMessageBox>([&confirmed](QMessageBox *box) {
                    confirmed = box->text().contains(QStringLiteral("Replace the file"));
                    QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
                });
                QTest::mouseClick(dialog->restoreButton(), Qt::LeftButton);
            });
            restore->trigger();
            QVERIFY(confirmed);
        };
        restoreRow(0, QStringLiteral("By hand"));
        QVERIFY(w.document()->database().isOpen());
        QCOMPARE(w.document()->path(), QFileInfo(file).absoluteFilePath());
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), payments);
        QVERIFY(w.document()->undoStack().count() == 0);

        // Undo the restore: the snapshot taken before it is the newest.
        restoreRow(0, QStringLiteral("Before a restore"));
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), 0);
    }

    void theCommandLineTakesListsAndRestoresSnapshots()
    {
        const QString file = demoFile(QStringLiteral("g.sqlite"));
        const int payments = countRows(file, QStringLiteral("disbursement"));
        CliRun r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("Snapshot written to")));
        const QString out = path(QStringLiteral("elsewhere.sqlite"));
        r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file,
            QStringLiteral("--out"), out });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(countRows(out, QStringLiteral("disbursement")), payments);

        r = runCli({ QStringLiteral("backups"), QStringLiteral("--db"), file,
            QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(r.exitCode, 0);
        const QJsonObject root = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray rows = root.value(QStringLiteral("snapshots")).toArray();
        QCOMPARE(rows.size(), 1);
        const QJsonObject row = rows.first().toObject();
        QCOMPARE(row.value(QStringLiteral("reason")).toString(), QStringLiteral("manual"));
        QCOMPARE(row.value(QStringLiteral("payments")).toInt(), payments);

        deletePayments(file);
        r = runCli({ QStringLiteral("restore"), QStringLiteral("--db"), file,
            QStringLiteral("--from"), row.value(QStringLiteral("file")).toString() });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY(r.out.contains(QStringLiteral("restore it to undo")));
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), payments);

        r = runCli({ QStringLiteral("restore"), QStringLiteral("--db"), file });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("--from")));
        r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file,
            QStringLiteral("--keep-daily"), QStringLiteral("0") });
        QCOMPARE(r.exitCode, 2);
    }
};

QTEST_MAIN(TestBackups)
#include "tst_backups.moc"
