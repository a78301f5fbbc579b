// SPDX-License-Identifier: GPL-3.0-or-later
// The fault matrix of the issue "Data safety" (point 5, the cases that concern processes and
// disks) and the recovery of a damaged file (point 2), driven with real processes: tremplin-cli
// killed with SIGKILL in the middle of an import, two writers at once, a disk that fills up (a
// small tmpfs when the tests run as root, as CI does; SQLite's max_page_count otherwise), a
// read-only file and folder, and files that are not sound Tremplin files. Each case checks what
// the user is promised: a clear message, nothing written, the file byte for byte as it was.
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/imports/disbursementimport.h"
#include "modaldialogs.h"
#include "paymentsinwindow.h"
#include "testsupport.h"
#include "ui/dialogs/importdialog.h"
#include "ui/document.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QListWidget>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>
#include <csignal>
#include <sys/resource.h>
#include <unistd.h>

using namespace tremplin;
using namespace tremplin::test;

namespace {
// The application's settings (snapshot folders) in a folder of this test's own; the
// tremplin-cli runs started here read the same ones.
const QTemporaryDir configHome;
const bool configHomeSet = qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));

const QString payments = QStringLiteral("disbursement");

bool isRoot()
{
    return ::geteuid() == 0;
}

/// Runs a system command (mount, umount); true when it succeeded.
bool system(const QString &program, const QStringList &args)
{
    QProcess p;
    p.start(program, args);
    return p.waitForFinished(30000) && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

/// A mount made for one test, undone when it goes out of scope.
class Mount
{
public:
    ~Mount() { release(); }
    /// A tmpfs of @p kilobytes at @p folder (created when missing).
    bool tmpfs(const QString &folder, int kilobytes)
    {
        QDir().mkpath(folder);
        if (!system(QStringLiteral("mount"),
                { QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                    QStringLiteral("size=%1k").arg(kilobytes), QStringLiteral("tmpfs"), folder }))
            return false;
        m_points.prepend(folder);
        return true;
    }
    /// @p path (a file or a folder) mounted again over itself, read-only.
    bool readOnly(const QString &path)
    {
        if (!system(QStringLiteral("mount"), { QStringLiteral("--bind"), path, path }))
            return false;
        m_points.prepend(path);
        return system(QStringLiteral("mount"),
            { QStringLiteral("-o"), QStringLiteral("remount,ro,bind"), path, path });
    }
    /// The tmpfs at @p folder made @p kilobytes large.
    bool resize(const QString &folder, int kilobytes)
    {
        return system(QStringLiteral("mount"),
            { QStringLiteral("-o"), QStringLiteral("remount,size=%1k").arg(kilobytes), folder });
    }
    void release()
    {
        for (const QString &point : std::as_const(m_points))
            system(QStringLiteral("umount"), { point });
        m_points.clear();
    }

private:
    QStringList m_points;
};

/// tremplin-cli started with @p args (in English) and left running.
std::unique_ptr<QProcess> startCli(const QStringList &args)
{
    auto p = std::make_unique<QProcess>();
    p->start(QStringLiteral(TREMPLIN_CLI_PATH),
        QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p->waitForStarted();
    return p;
}

/// Files in @p folder, hidden ones (temporary copies) included.
QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System);
}

/// Whether this process may mount file systems (root, and allowed to: see initTestCase()).
bool canMount = false;

/// True when the disk-full cases use a real full disk (a tmpfs, root only); the fallback
/// (SQLite's max_page_count, a file size limit) can be forced with TREMPLIN_TEST_NO_TMPFS=1.
bool useTmpfs()
{
    return canMount && qEnvironmentVariableIsEmpty("TREMPLIN_TEST_NO_TMPFS");
}

bool exists(const QString &path)
{
    return QFileInfo::exists(path);
}

qint64 sizeOf(const QString &path)
{
    return QFileInfo(path).size();
}

/// Polls @p condition every few milliseconds while @p p runs; false when it ended first or
/// @p ms passed.
bool waitWhileRunning(QProcess &p, const std::function<bool()> &condition, int ms = 120000)
{
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < ms) {
        if (condition())
            return true;
        if (p.state() == QProcess::NotRunning)
            return false;
        p.waitForFinished(2);
    }
    return false;
}

} // namespace

class TestFaults : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    Translations m_translations;
    QString m_bigCsv;
    int m_bigLines = 0;
    QString m_mediumCsv;
    QString m_demo;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A copy of the demo programme (9 initiatives, 12 payments) at @p file.
    QString demoFile(const QString &file) const
    {
        QDir().mkpath(QFileInfo(file).absolutePath());
        return QFile::copy(m_demo, file) ? file : QString();
    }

    /// Makes @p file unsound the way @p kind says.
    static void damage(const QString &file, const QString &kind)
    {
        if (kind == QLatin1String("corrupt")) {
            // A page in the middle of the payments' table.
            corruptBytes(file, sizeOf(file) / 2, 3000);
        } else if (kind == QLatin1String("truncated")) {
            QFile f(file);
            if (f.open(QIODevice::ReadWrite))
                f.resize(sizeOf(file) / 3);
        } else if (kind == QLatin1String("random")) {
            writeRandomBytes(file, int(sizeOf(file)));
        } else if (kind == QLatin1String("foreign")) {
            patchHeaderInt(file, 68, 0x12345678); // another application_id
        } else if (kind == QLatin1String("newer")) {
            patchHeaderInt(file, 60, Database::latestSchemaVersion() + 1);
        }
    }

    /// A demo file in a folder of its own, made unsound the way @p kind says.
    QString damagedFile(const QString &name, const QString &kind) const
    {
        const QString file = demoFile(path(name + QStringLiteral("/programme.sqlite")));
        damage(file, kind);
        return file;
    }

    /// A CSV of @p lines payments on the demo programme's seed tranche of CA-103.
    QString paymentsCsv(const QString &name, int lines)
    {
        const QString csv = path(name);
        QFile f(csv);
        if (!f.open(QIODevice::WriteOnly))
            return {};
        f.write("grant,paid_on,amount,reference,reason\n");
        for (int i = 0; i < lines; ++i) {
            f.write(QStringLiteral("AIC-2022-CA-103,2022-%1-%2,%3.%4,F-%5,trial\n")
                        .arg(1 + i % 12, 2, 10, QLatin1Char('0'))
                        .arg(1 + i % 28, 2, 10, QLatin1Char('0'))
                        .arg(10 + i % 900)
                        .arg(i % 100, 2, 10, QLatin1Char('0'))
                        .arg(i)
                        .toUtf8());
        }
        return csv;
    }

    static CliRun importPayments(const QString &csv, const QString &file)
    {
        return runCli({ QStringLiteral("import"), QStringLiteral("disbursements"), csv,
            QStringLiteral("--db"), file });
    }

    /// Starts an import of the big CSV into @p file and waits until it is writing: the writer
    /// lock is taken and the rollback journal holds pages (the import's transaction is open).
    std::unique_ptr<QProcess> startBigImport(const QString &file, bool untilSpilled)
    {
        auto p = startCli({ QStringLiteral("import"), QStringLiteral("disbursements"), m_bigCsv,
            QStringLiteral("--db"), file });
        const qint64 size = sizeOf(file);
        const QString journal = file + QStringLiteral("-journal");
        const bool writing = waitWhileRunning(
            *p, [&] { return sizeOf(journal) > 0 && (!untilSpilled || sizeOf(file) > size); });
        if (!writing) {
            qWarning("the import ended before it was seen writing: %s",
                p->readAllStandardError().left(500).constData());
            return nullptr;
        }
        return p;
    }

    /// The import killed with SIGKILL while its transaction is open and its pages are already
    /// in the file: what a crash or a power cut leaves.
    bool killMidImport(const QString &file)
    {
        auto p = startBigImport(file, true);
        if (!p)
            return false;
        p->kill(); // SIGKILL
        p->waitForFinished(30000);
        return p->exitStatus() == QProcess::CrashExit;
    }

    /// Refused by the command line: exit 2, @p fragment in the message, @p file byte for byte
    /// as it was and nothing left beside it.
    static void expectCliRefusal(
        const CliRun &r, const QString &fragment, const QString &file, const QByteArray &hash)
    {
        QVERIFY2(r.exitCode == 2, qPrintable(r.err.left(500)));
        QVERIFY2(r.err.contains(fragment), qPrintable(r.err.left(500)));
        QCOMPARE(fileHash(file), hash);
        QVERIFY(!exists(file + QStringLiteral("-journal")));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(configHomeSet);
        QVERIFY(m_dir.isValid());
        QVERIFY(m_translations.install(QStringLiteral("en")));
        if (isRoot()) {
            // Root in a container may still be refused mounts: then the fallbacks are used.
            Mount probe;
            canMount = probe.tmpfs(path(QStringLiteral("probe")), 64);
        }
        {
            m_demo = path(QStringLiteral("demo.sqlite"));
            Database db;
            db.create(m_demo);
            writeDemoProgramme(db);
        }
        // Large enough that its transaction spills pages into the file before it commits.
        m_bigLines = 150000;
        m_bigCsv = paymentsCsv(QStringLiteral("big.csv"), m_bigLines);
        QVERIFY(!m_bigCsv.isEmpty());
        m_mediumCsv = paymentsCsv(QStringLiteral("medium.csv"), 30000);
        qInfo(useTmpfs() ? "disk full: a small tmpfs"
                         : "disk full: max_page_count and a file size limit");
    }

    void aFullDiskDuringAnImportWritesNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The disk is full");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Le disque est plein");
    }

    void aFullDiskDuringAnImportWritesNothing()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        const QString folder = path(QStringLiteral("full-import-") + language);
        Mount mount;
        if (useTmpfs())
            QVERIFY(mount.tmpfs(folder, 2048));
        const QString file = demoFile(folder + QStringLiteral("/programme.sqlite"));
        const int before = countRows(file, payments);
        QString message;
        if (useTmpfs()) {
            // Room for the file and its two snapshots (the day's, the one before the import),
            // not for the 30 000 payments.
            const QByteArray hash = fileHash(file);
            const CliRun r = runCli({ QStringLiteral("import"), QStringLiteral("disbursements"),
                                        m_mediumCsv, QStringLiteral("--db"), file },
                language);
            QCOMPARE(r.exitCode, 2);
            message = r.err;
            QCOMPARE(fileHash(file), hash);
        } else {
            // The file may not grow by one page: the disk is "full" for this connection.
            Translations translations;
            QVERIFY(translations.install(language));
            Database db;
            db.open(file);
            const QByteArray hash = fileHash(file);
            {
                QSqlQuery pragma(db.connection());
                QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
                QVERIFY(pragma.exec(
                    QStringLiteral("PRAGMA max_page_count = %1").arg(pragma.value(0).toInt())));
            }
            DisbursementImport import;
            QString error;
            QVERIFY2(import.loadFile(m_mediumCsv, db, &error), qPrintable(error));
            try {
                import.commit();
            } catch (const Error &e) {
                message = e.message();
            }
            db.close();
            QCOMPARE(fileHash(file), hash);
            m_translations.install(QStringLiteral("en"));
        }
        QVERIFY2(message.contains(expected), qPrintable(message));
        QCOMPARE(countRows(file, payments), before);
        QVERIFY(!exists(file + QStringLiteral("-journal")));
        QVERIFY(!exists(file + QStringLiteral(".lock")));
        // Once there is room again, the same import goes through.
        if (useTmpfs())
            QVERIFY(mount.resize(folder, 65536));
        const CliRun again = importPayments(m_mediumCsv, file);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err.left(500)));
        QCOMPARE(countRows(file, payments), before + 30000);
    }

    void aFullDiskDuringASnapshotWritesNothing_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::addColumn<QString>("nothingWritten");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The disk is full")
                            << QStringLiteral("nothing was written");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Le disque est plein")
                            << QStringLiteral("rien n’a été écrit");
    }

    void aFullDiskDuringASnapshotWritesNothing()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QFETCH(QString, nothingWritten);
        // A file size limit makes SQLite see an input/output error rather than a full disk:
        // without a tmpfs, the message must still say that nothing was written.
        if (!useTmpfs())
            expected = nothingWritten;
        const QString folder = path(QStringLiteral("full-snapshot-") + language);
        Mount mount;
        if (useTmpfs())
            QVERIFY(mount.tmpfs(folder, 640));
        const QString file = demoFile(folder + QStringLiteral("/programme.sqlite"));
        const QString snapshots = Snapshots::defaultFolder(file);
        const int before = countRows(file, payments);
        const QByteArray hash = fileHash(file);
        // Without root: no file the command writes may grow beyond half the programme file.
        const qint64 limit = sizeOf(file) / 2 + 1000;
        const std::function<void()> fullDisk = useTmpfs() ? std::function<void()>() : [limit] {
            std::signal(SIGXFSZ, SIG_IGN);
            const rlimit l { rlim_t(limit), rlim_t(limit) };
            setrlimit(RLIMIT_FSIZE, &l);
        };
        // The import: its snapshot cannot be taken, so nothing is imported.
        CliRun r = runCli(
            { QStringLiteral("import"), QStringLiteral("disbursements"),
                paymentsCsv(QStringLiteral("snapshot-full.csv"), 2), QStringLiteral("--db"), file },
            language, fullDisk);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err.left(500)));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err.left(500)));
        QVERIFY2(r.err.contains(nothingWritten), qPrintable(r.err.left(500)));
        QCOMPARE(fileHash(file), hash);
        QCOMPARE(countRows(file, payments), before);
        // A snapshot by hand: refused the same way.
        r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file }, language, fullDisk);
        QVERIFY2(r.exitCode == 2, qPrintable(r.err.left(500)));
        QVERIFY2(r.err.contains(expected), qPrintable(r.err.left(500)));
        QVERIFY2(r.err.contains(nothingWritten), qPrintable(r.err.left(500)));
        QCOMPARE(fileHash(file), hash);
        // No half-written snapshot or temporary copy stays behind.
        QVERIFY2(filesIn(snapshots).isEmpty(), qPrintable(filesIn(snapshots).join(u',')));
        QVERIFY(filesIn(folder).size() == 1);
    }

    void aReadOnlyFileOrFolderIsReadAndNeverWritten_data()
    {
        QTest::addColumn<bool>("folder");
        QTest::newRow("file") << false;
        QTest::newRow("folder") << true;
    }

    void aReadOnlyFileOrFolderIsReadAndNeverWritten()
    {
        QFETCH(bool, folder);
        const QString dir = path(folder ? QStringLiteral("ro-folder") : QStringLiteral("ro-file"));
        const QString file = demoFile(dir + QStringLiteral("/programme.sqlite"));
        const int before = countRows(file, payments);
        const QString csv = paymentsCsv(QStringLiteral("ro.csv"), 2);
        Mount mount;
        const QString target = folder ? dir : file;
        if (isRoot()) {
            // Permissions do not stop root: a read-only mount does.
            if (!canMount)
                QSKIP("root without the right to mount: permissions cannot make a file read-only");
            QVERIFY(mount.readOnly(target));
        } else {
            QVERIFY(QFile::setPermissions(target,
                folder ? QFileDevice::ReadOwner | QFileDevice::ExeOwner : QFileDevice::ReadOwner));
        }
        const QByteArray hash = fileHash(file);
        const QStringList beside = filesIn(dir);

        // The command line reads it...
        CliRun r = runCli({ QStringLiteral("info"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        r = runCli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        // ...and refuses every write up front, saying why.
        r = importPayments(csv, file);
        expectCliRefusal(r,
            folder ? QStringLiteral("its folder") : QStringLiteral("the file is read-only"), file,
            hash);
        QCOMPARE(countRows(file, payments), before);

        // The window opens it read-only and says so; a change is refused with the reason.
        MainWindow w(m_translations);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString error;
        QVERIFY2(w.openDatabase(file, &error), qPrintable(error));
        QVERIFY(w.document()->database().isReadOnly());
        QTRY_COMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("read-only")),
            qPrintable(w.statusBar()->currentMessage()));
        w.showWorkspace(MainWindow::Initiatives);
        auto *view = w.workspaceWidget(MainWindow::Initiatives)->findChild<QTableView *>();
        QVERIFY(view);
        QTRY_VERIFY(view->model()->rowCount() > 0);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {},
            view->visualRect(view->model()->index(0, 0)).center());
        QString said;
        onNextModal<QMessageBox>([&said](QMessageBox *box) {
            said = box->text();
            clickDialogButton(box, QDialogButtonBox::Ok);
        });
        QAction *archive = menuAction(w, QStringLiteral("archiveInitiative"));
        QVERIFY(archive && archive->isEnabled());
        archive->trigger();
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(QStringLiteral("read-only")), qPrintable(said));
        // An import is refused before its file is even read, and no snapshot is taken.
        const QString problems = importPaymentsInWindow(w, csv);
        QVERIFY2(problems.contains(QStringLiteral("read-only")), qPrintable(problems));
        QVERIFY(!exists(Snapshots::defaultFolder(file)));
        QCOMPARE(fileHash(file), hash);
        QCOMPARE(filesIn(dir), beside);
        if (!isRoot())
            QFile::setPermissions(
                target, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    }

    void aFileThatIsNotSoundIsRefusedAndLeftByteForByte_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("said");
        QTest::newRow("corrupt page") << QStringLiteral("corrupt") << QStringLiteral("damaged");
        QTest::newRow("truncated") << QStringLiteral("truncated") << QStringLiteral("damaged");
        QTest::newRow("random bytes")
            << QStringLiteral("random") << QStringLiteral("not a Tremplin database");
        QTest::newRow("another application")
            << QStringLiteral("foreign") << QStringLiteral("another application");
        QTest::newRow("newer Tremplin") << QStringLiteral("newer") << QStringLiteral("newer");
    }

    void aFileThatIsNotSoundIsRefusedAndLeftByteForByte()
    {
        QFETCH(QString, kind);
        QFETCH(QString, said);
        const QString file = damagedFile(QStringLiteral("refused-") + kind, kind);
        QVERIFY(!file.isEmpty());
        const QByteArray hash = fileHash(file);
        const QString folder = QFileInfo(file).absolutePath();
        const QStringList beside = filesIn(folder);

        // Every command that reads or writes refuses it, saying why.
        for (const QStringList &args : { QStringList { QStringLiteral("check") },
                 QStringList { QStringLiteral("info") }, QStringList { QStringLiteral("backup") },
                 QStringList { QStringLiteral("import"), QStringLiteral("disbursements"),
                     paymentsCsv(QStringLiteral("refused.csv"), 2) } }) {
            const CliRun r = runCli(args + QStringList { QStringLiteral("--db"), file });
            QVERIFY2(r.exitCode != 0, qPrintable(args.join(u' ')));
            QVERIFY2(r.err.contains(said), qPrintable(args.join(u' ') + r.err + r.out));
            QCOMPARE(fileHash(file), hash);
            QCOMPARE(filesIn(folder), beside);
        }

        // The window says it (at once, or once its check of the file has run) and writes
        // nothing.
        MainWindow w(m_translations);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString message;
        onNextModal<QMessageBox>([&message](QMessageBox *box) {
            message = box->text();
            clickDialogButton(box, QDialogButtonBox::Ok);
        });
        answerFileDialog(file);
        menuAction(w, QStringLiteral("openFile"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!message.isEmpty(), 15000);
        QVERIFY2(message.contains(said), qPrintable(message));
        QVERIFY(!w.document() || !w.document()->database().isOpen());
        QCOMPARE(fileHash(file), hash);
        QCOMPARE(filesIn(folder), beside);
    }

    void aDamagedFileOffersACopyOfItsLatestSoundSnapshot_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::newRow("corrupt page") << QStringLiteral("corrupt");
        QTest::newRow("truncated") << QStringLiteral("truncated");
        QTest::newRow("random bytes") << QStringLiteral("random");
    }

    void aDamagedFileOffersACopyOfItsLatestSoundSnapshot()
    {
        QFETCH(QString, kind);
        const QString folder = path(QStringLiteral("recover-") + kind);
        const QString file = demoFile(folder + QStringLiteral("/programme.sqlite"));
        // A snapshot taken by hand, then a damaged snapshot newer than it: the offer skips it.
        CliRun r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const Snapshot good = Snapshots::forFile(file).list().constFirst();
        QTest::qWait(1100);
        r = runCli({ QStringLiteral("backup"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        const QString newest = Snapshots::forFile(file).list().constFirst().path;
        QVERIFY(newest != good.path);
        QFile::setPermissions(newest, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        corruptBytes(newest, 0, 100);
        damage(file, kind);
        const QByteArray hash = fileHash(file);

        MainWindow w(m_translations);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QString offer;
        onNextModal<QMessageBox>([&offer](QMessageBox *box) {
            offer = box->text();
            auto *open = box->findChild<QPushButton *>(QStringLiteral("openSnapshotCopy"));
            if (open)
                QTest::mouseClick(open, Qt::LeftButton);
            else
                clickDialogButton(box, QDialogButtonBox::Ok);
        });
        answerFileDialog(file);
        menuAction(w, QStringLiteral("openFile"))->trigger();
        QTRY_VERIFY_WITH_TIMEOUT(!offer.isEmpty(), 15000);
        // It says when the snapshot was taken: the work done since is missing.
        QVERIFY2(offer.contains(QLocale().toString(good.takenAt, QLocale::LongFormat)),
            qPrintable(offer));
        QVERIFY2(offer.contains(QStringLiteral("not in it")), qPrintable(offer));
        QTRY_VERIFY(w.document() && w.document()->database().isOpen());
        const QString copy = w.document()->path();
        QVERIFY(copy != QFileInfo(file).absoluteFilePath());
        QCOMPARE(QFileInfo(copy).absolutePath(), QFileInfo(file).absolutePath());
        QVERIFY(!w.document()->database().isReadOnly());
        QCOMPARE(countRows(copy, payments), 12);
        QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("left as it was")),
            qPrintable(w.statusBar()->currentMessage()));
        // The damaged file is left for inspection, byte for byte.
        QCOMPARE(fileHash(file), hash);
        QVERIFY(!exists(file + QStringLiteral(".lock")));
    }

    void aWriterKilledMidImportLosesNothingAndTakesTheImportAgain()
    {
        const QString file = demoFile(path(QStringLiteral("killed/programme.sqlite")));
        const int before = countRows(file, payments);
        QVERIFY(killMidImport(file));
        // What the crash left: a hot journal and the dead process's lock.
        QVERIFY(sizeOf(file + QStringLiteral("-journal")) > 0);
        QVERIFY(exists(file + QStringLiteral(".lock")));

        // The file opens (the journal rolled back), passes the whole integrity check and holds
        // exactly the payments it held before; the stale lock is taken over.
        CliRun r = runCli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
        QVERIFY(r.out.contains(QStringLiteral("Integrity: ok")));
        QCOMPARE(countRows(file, payments), before);
        QVERIFY(!exists(file + QStringLiteral("-journal")));
        QVERIFY(!exists(file + QStringLiteral(".lock")));

        // The same import again, whole.
        r = importPayments(m_bigCsv, file);
        QVERIFY2(r.exitCode == 0, qPrintable(r.err.left(500)));
        QCOMPARE(countRows(file, payments), before + m_bigLines);
        r = runCli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QVERIFY2(r.exitCode == 0, qPrintable(r.err + r.out));
    }

    void theLockOfAKilledWriterDoesNotLockTheWindowOut()
    {
        const QString file = demoFile(path(QStringLiteral("killed-window/programme.sqlite")));
        const int before = countRows(file, payments);
        QVERIFY(killMidImport(file));
        QVERIFY(exists(file + QStringLiteral(".lock")));
        QVERIFY(sizeOf(file + QStringLiteral("-journal")) > 0);

        MainWindow w(m_translations);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *open = menuAction(w, QStringLiteral("openFile"));
        QVERIFY(open);
        answerFileDialog(file);
        open->trigger();
        QTRY_VERIFY(w.document() && w.document()->database().isOpen());
        QVERIFY(!w.document()->database().isReadOnly());
        QTRY_COMPARE_WITH_TIMEOUT(
            w.document()->database().integrity(), Database::Integrity::Sound, 20000);
        QCOMPARE(countRows(file, payments), before);
        QVERIFY(!exists(file + QStringLiteral("-journal")));
    }

    void twoImportsAtOnceOneProceedsTheOtherIsRefused()
    {
        const QString file = demoFile(path(QStringLiteral("two/programme.sqlite")));
        const int before = countRows(file, payments);
        auto first = startBigImport(file, false);
        QVERIFY(first);
        const CliRun second = importPayments(paymentsCsv(QStringLiteral("two.csv"), 3), file);
        QVERIFY2(second.exitCode == 2, qPrintable(second.err.left(500)));
        QVERIFY2(second.err.contains(QStringLiteral("already open in another Tremplin window or "
                                                    "command")),
            qPrintable(second.err.left(500)));
        QVERIFY(first->waitForFinished(120000));
        QCOMPARE(first->exitCode(), 0);
        // Nothing lost, nothing doubled: the first import whole, the second not at all.
        QCOMPARE(countRows(file, payments), before + m_bigLines);
        const CliRun again = importPayments(paymentsCsv(QStringLiteral("two.csv"), 3), file);
        QVERIFY2(again.exitCode == 0, qPrintable(again.err));
        QCOMPARE(countRows(file, payments), before + m_bigLines + 3);
    }

    void theWindowAndTheCommandLineOneWriterAtATime()
    {
        const QString file = demoFile(path(QStringLiteral("window-cli/programme.sqlite")));
        const int before = countRows(file, payments);
        const QString small = paymentsCsv(QStringLiteral("window-cli.csv"), 2);
        {
            // The window has the file: the command line is refused and writes nothing.
            MainWindow w(m_translations);
            QVERIFY(w.openDatabase(file));
            const QByteArray hash = fileHash(file);
            const CliRun r = importPayments(small, file);
            expectCliRefusal(
                r, QStringLiteral("already open in another Tremplin window"), file, hash);
            QCOMPARE(countRows(file, payments), before);
        }
        // The command line has the file: the window says so and does not open it.
        auto cli = startBigImport(file, false);
        QVERIFY(cli);
        MainWindow w(m_translations);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAction *open = menuAction(w, QStringLiteral("openFile"));
        QVERIFY(open);
        QString said;
        answerFileDialog(file);
        onNextModal<QMessageBox>([&said](QMessageBox *box) {
            said = box->text();
            clickDialogButton(box, QDialogButtonBox::Ok);
            if (box->isVisible())
                box->close();
        });
        open->trigger();
        QTRY_VERIFY(!said.isEmpty());
        QVERIFY2(said.contains(QStringLiteral("already open in another Tremplin window")),
            qPrintable(said));
        QVERIFY(!w.document() || !w.document()->database().isOpen());
        QVERIFY(cli->waitForFinished(120000));
        QCOMPARE(cli->exitCode(), 0);
        QCOMPARE(countRows(file, payments), before + m_bigLines);
        // Once the command is done, the window opens the file.
        QVERIFY(w.openDatabase(file));
    }
};

QTEST_MAIN(TestFaults)
#include "tst_faults.moc"
