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
#include "paymentsinwindow.h"
#include "testsupport.h"
#include "ui/dialogs/importdialog.h"
#include "ui/dialogs/restoredialog.h"
#include "ui/document.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;
using namespace tremplin::test;

namespace {
// The application's settings (snapshot folders and counts) in a folder of this test's own,
// set before anything reads them; the tremplin-cli runs started here read the same ones.
const QTemporaryDir configHome;
const bool configHomeSet = qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));

QList<SnapshotReason> reasons(const QString &file)
{
    QList<SnapshotReason> out;
    for (const Snapshot &s : Snapshots::forFile(file).list())
        out.append(s.reason);
    return out;
}
} // namespace

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

    /// Creates @p file empty: a file where the snapshot folder should be stops snapshots.
    static bool makeFile(QFile &file)
    {
        const bool made = file.open(QIODevice::WriteOnly);
        file.close();
        return made;
    }

    static void deletePayments(const QString &file)
    {
        Database db;
        db.open(file);
        QSqlQuery q(db.connection());
        QVERIFY(q.exec(QStringLiteral("DELETE FROM disbursement")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(configHomeSet);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    /// A CSV file of one payment of 100 € on a tranche of the demo programme.
    QString paymentFile(const QString &name)
    {
        const QString csv = path(name);
        QFile f(csv);
        if (f.open(QIODevice::WriteOnly))
            f.write("grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,100\n");
        return csv;
    }

    void theWindowTakesTheDailySnapshotOnceTheCheckHasPassedOnceADay()
    {
        const QString file = demoFile(QStringLiteral("daily.sqlite"));
        {
            MainWindow w(m_translations);
            QVERIFY(w.openDatabase(file));
            QTRY_COMPARE(reasons(file), QList<SnapshotReason> { SnapshotReason::Daily });
            QCOMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
            QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("snapshot")),
                qPrintable(w.statusBar()->currentMessage()));
        }
        // Opened again the same day: no second one.
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        QTRY_COMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
        QTest::qWait(50);
        QCOMPARE(reasons(file), QList<SnapshotReason> { SnapshotReason::Daily });
    }

    void aDamagedFileGetsNoSnapshot()
    {
        const QString file = demoFile(QStringLiteral("damaged.sqlite"));
        corruptBytes(file, 4096 * 3, 2048);
        const QByteArray hash = fileHash(file);
        MainWindow w(m_translations);
        bool told = false;
        onNextModal<QMessageBox>([&told](QMessageBox *box) {
            told = box->text().contains(QStringLiteral("damaged"));
            box->accept();
        });
        QString error;
        if (w.openDatabase(file, &error)) {
            QTRY_VERIFY(told);
            QVERIFY(!w.document()->database().isOpen());
        }
        QVERIFY(!QFileInfo::exists(Snapshots::defaultFolder(file)));
        QCOMPARE(fileHash(file), hash);
    }

    void theWindowTakesASnapshotBeforeAnImportAndRefusesItWithoutOne()
    {
        const QString file = demoFile(QStringLiteral("import.sqlite"));
        const int payments = countRows(file, QStringLiteral("disbursement"));
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(reasons(file).size(), 1);
        QCOMPARE(importPaymentsInWindow(w, paymentFile(QStringLiteral("pay.csv"))), QString());
        QCOMPARE(countRows(file, QStringLiteral("disbursement")), payments + 1);
        const QList<Snapshot> list = Snapshots::forFile(file).list();
        QCOMPARE(list.first().reason, SnapshotReason::BeforeImport);
        // The snapshot holds the file as it was before the import.
        QCOMPARE(countRows(list.first().path, QStringLiteral("disbursement")), payments);

        // A second file whose snapshot folder cannot be made (a file stands in its place):
        // the day's snapshot is said to have failed, work goes on, an import is refused.
        const QString other = demoFile(QStringLiteral("nofolder.sqlite"));
        QFile blocker(Snapshots::defaultFolder(other));
        QVERIFY(makeFile(blocker));
        QVERIFY(w.openDatabase(other));
        QTRY_VERIFY(w.statusBar()->currentMessage().contains(QStringLiteral("could not be taken")));
        const QByteArray hash = fileHash(other);
        const QString problems = importPaymentsInWindow(w, paymentFile(QStringLiteral("pay2.csv")));
        QVERIFY2(problems.contains(QStringLiteral("nothing was written")), qPrintable(problems));
        QCOMPARE(fileHash(other), hash);
        QCOMPARE(w.document()->undoStack().count(), 0);
    }

    void theFolderAndCountsChosenInTheDialogAreHonoured()
    {
        const QString file = demoFile(QStringLiteral("settings.sqlite"));
        const QString folder = path(QStringLiteral("my snapshots"));
        QVERIFY(QDir().mkpath(folder));
        MainWindow w(m_translations);
        w.setAutomaticSnapshots(false);
        QVERIFY(w.openDatabase(file));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *restore = w.findChild<QAction *>(QStringLiteral("restoreSnapshot"));
        onNextModal<RestoreDialog>([&folder](RestoreDialog *dialog) {
            // The folder dialog: type the folder, press Choose.
            onNextModal<QFileDialog>([&folder](QFileDialog *files) {
                auto *edit = files->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
                QVERIFY(edit);
                edit->setText(folder);
                auto *box = files->findChild<QDialogButtonBox *>();
                QTest::mouseClick(box->button(QDialogButtonBox::Open), Qt::LeftButton);
                if (files->isVisible())
                    files->reject();
            });
            QTest::mouseClick(dialog->changeFolderButton(), Qt::LeftButton);
            QSpinBox *others = dialog->keepOthersBox();
            QCOMPARE(others->value(), 10);
            for (int i = 0; i < 8; ++i)
                QTest::keyClick(others, Qt::Key_Down);
            QCOMPARE(others->value(), 2);
            for (int i = 0; i < 3; ++i)
                QTest::mouseClick(dialog->takeButton(), Qt::LeftButton);
            QCOMPARE(dialog->model()->rowCount(), 2);
            clickDialogButton(dialog, QDialogButtonBox::Close);
        });
        restore->trigger();
        QCOMPARE(Snapshots::forFile(file).folder(), QFileInfo(folder).absoluteFilePath());
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
        QVERIFY(!QFileInfo::exists(Snapshots::defaultFolder(file)));
        // tremplin-cli reads the same settings: its snapshots go to the chosen folder, rotated
        // with the chosen counts.
        const CliRun r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(QDir::toNativeSeparators(folder)), qPrintable(r.out));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 2);
    }

    void theCommandLineTakesASnapshotBeforeJuryScoresAndAPackMerge()
    {
        const QString file = demoFile(QStringLiteral("cli-jury.sqlite"));
        {
            Database d;
            d.open(file);
            QSqlQuery q(d.connection());
            QVERIFY(q.exec(QStringLiteral("UPDATE initiative SET admissibility = 'admissible', "
                                          "ds_number = 501 WHERE name = 'Infoclimat'")));
        }
        const auto write = [this](const char *name, const QByteArray &bytes) {
            QFile f(path(QLatin1String(name)));
            if (f.open(QIODevice::WriteOnly))
                f.write(bytes);
            return f.fileName();
        };
        CliRun r = runCli({ QStringLiteral("jury"), QStringLiteral("setup"),
            write("jury.json",
                R"({"name": "Jury 2026", "promotion": "Promotion 1",
                    "scale": {"min": 0, "max": 5, "step": 0.5},
                    "criteria": [{"name": "Impact", "weight": 1}],
                    "tracks": [{"code": "expert", "weight": 1}],
                    "jurors": [{"name": "Ann Expert", "track": "expert"}],
                    "assignment": "all"})"),
            QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reasons(file), QList<SnapshotReason> { SnapshotReason::Daily });
        const QString session = QStringLiteral("--session=Jury 2026");
        r = runCli({ QStringLiteral("jury"), QStringLiteral("scores"), QStringLiteral("import"),
            write(
                "scores.csv", "juror,candidate,criterion,score\nAnn Expert,Infoclimat,Impact,4\n"),
            QStringLiteral("--db"), file, session });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reasons(file),
            (QList<SnapshotReason> { SnapshotReason::BeforeImport, SnapshotReason::Daily }));
        QCOMPARE(
            countRows(Snapshots::forFile(file).list().first().path, QStringLiteral("jury_score")),
            0);

        const QString pack = path(QStringLiteral("ann.tremplin-pack"));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("pack"), QStringLiteral("export"),
            session, QStringLiteral("--juror"), QStringLiteral("Ann Expert"),
            QStringLiteral("--out"), pack, QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("pack"), QStringLiteral("import"), pack,
            QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reasons(file).first(), SnapshotReason::BeforeMerge);
    }

    void theCommandLineTakesTheDailyAndABeforeImportSnapshotAndRefusesWithout()
    {
        const QString file = demoFile(QStringLiteral("cli-import.sqlite"));
        const int payments = countRows(file, QStringLiteral("disbursement"));
        const auto import = [&file](const QString &csv) {
            return runCli({ QStringLiteral("import"), QStringLiteral("disbursements"), csv,
                QStringLiteral("--db"), file });
        };
        CliRun r = import(paymentFile(QStringLiteral("cli1.csv")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reasons(file),
            (QList<SnapshotReason> { SnapshotReason::BeforeImport, SnapshotReason::Daily }));
        QCOMPARE(
            countRows(Snapshots::forFile(file).list().first().path, QStringLiteral("disbursement")),
            payments);
        r = import(paymentFile(QStringLiteral("cli2.csv")));
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reasons(file),
            (QList<SnapshotReason> { SnapshotReason::BeforeImport, SnapshotReason::BeforeImport,
                SnapshotReason::Daily }));

        // Applications.
        QFile csv(path(QStringLiteral("applications.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("ID;\xC3\x89tat du dossier;Nom du projet;Adresse \xC3\xA9lectronique\n"
                  "901;Accept\xC3\xA9;Un projet;a@b.fr\n");
        csv.close();
        r = runCli({ QStringLiteral("import"), QStringLiteral("applications"), csv.fileName(),
            QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        QCOMPARE(reasons(file).size(), 4);
        QCOMPARE(reasons(file).first(), SnapshotReason::BeforeImport);

        // Without a snapshot folder: refused, the file byte for byte as it was.
        const QString other = demoFile(QStringLiteral("cli-nofolder.sqlite"));
        QFile blocker(Snapshots::defaultFolder(other));
        QVERIFY(makeFile(blocker));
        const QByteArray hash = fileHash(other);
        r = runCli({ QStringLiteral("import"), QStringLiteral("disbursements"),
            paymentFile(QStringLiteral("cli3.csv")), QStringLiteral("--db"), other });
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(QStringLiteral("nothing was written")), qPrintable(r.err));
        QCOMPARE(fileHash(other), hash);
    }

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
        // The copy is a snapshot "before an upgrade" in the file's snapshot folder, at the
        // old schema.
        const QList<Snapshot> firstList = Snapshots::forFile(first).list();
        QCOMPARE(firstList.size(), 1);
        QCOMPARE(firstList.first().path, firstCopy);
        QCOMPARE(firstList.first().reason, SnapshotReason::BeforeMigration);
        QCOMPARE(Snapshots::inspect(firstList.first()).schemaVersion, 10);
        // The second file's snapshot folder cannot be made: it is not upgraded, nor changed.
        QFile blocker(Snapshots::defaultFolder(second));
        QVERIFY(makeFile(blocker));
        const QByteArray hash = fileHash(second);
        try {
            db.open(second);
            QFAIL("a file was upgraded without a snapshot");
        } catch (const Error &e) {
            QVERIFY2(
                e.message().contains(QStringLiteral("left untouched")), qPrintable(e.message()));
        }
        QCOMPARE(fileHash(second), hash);
        QVERIFY(blocker.remove());
        db.open(second);
        QVERIFY2(db.migrationBackupPath().startsWith(Snapshots::defaultFolder(second)),
            qPrintable(db.migrationBackupPath()));
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
