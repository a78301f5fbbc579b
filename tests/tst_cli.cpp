// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real tremplin-cli executable: exit codes, messages, and files left untouched.
#include "testsupport.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {
struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

Run cli(const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(TREMPLIN_CLI_PATH), QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + args);
    p.waitForFinished(120000);
    return { p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
             QString::fromUtf8(p.readAllStandardOutput()),
             QString::fromUtf8(p.readAllStandardError()) };
}
} // namespace

class TestCli : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

private Q_SLOTS:
    void helpListsTheCommandsAndSucceeds()
    {
        const Run r = cli({ QStringLiteral("--help") });
        QCOMPARE(r.exitCode, 0);
        for (const char *command : { "init", "demo", "check", "info" })
            QVERIFY2(r.out.contains(QLatin1String(command)), command);
    }

    void noCommandOrAnUnknownOneIsRefused()
    {
        QCOMPARE(cli({}).exitCode, 2);
        const Run r = cli({ QStringLiteral("frobnicate") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("unknown command")));
        QCOMPARE(r.err.count(QLatin1Char('\n')), 1); // one line
    }

    void demoThenInfoReportsNineLaureates()
    {
        const QString db = path(QStringLiteral("x.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), db }).exitCode, 0);
        const Run info = cli({ QStringLiteral("info"), QStringLiteral("--db"), db });
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(info.out.contains(QLatin1String("Laureates: 9")), qPrintable(info.out));
        QVERIFY(info.out.contains(QLatin1String("(illustrative)")));
        const Run json = cli({ QStringLiteral("info"), QStringLiteral("--db"), db,
                               QStringLiteral("--format"), QStringLiteral("json") });
        QCOMPARE(json.exitCode, 0);
        const QJsonObject o = QJsonDocument::fromJson(json.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("laureates")).toInt(), 9);
        QCOMPARE(o.value(QStringLiteral("promotions")).toInt(), 1);
        QCOMPARE(o.value(QStringLiteral("committed_cents")).toInteger(), qint64(7 * 8000000 + 7 * 6000000));
        QCOMPARE(cli({ QStringLiteral("check"), QStringLiteral("--db"), db }).exitCode, 0);
    }

    void demoAndInitRefuseAnExistingFile()
    {
        const QString file = path(QStringLiteral("existing.txt"));
        test::writeRandomBytes(file, 100);
        const QByteArray before = test::fileHash(file);
        for (const char *command : { "demo", "init" }) {
            const Run r = cli({ QString::fromLatin1(command), QStringLiteral("--db"), file });
            QCOMPARE(r.exitCode, 2);
            QVERIFY(r.err.contains(QLatin1String("already exists")));
            QCOMPARE(test::fileHash(file), before);
        }
    }

    void checkOnRandomBytesFailsAndLeavesThemIdentical()
    {
        const QString file = path(QStringLiteral("random.bin"));
        test::writeRandomBytes(file, 65536);
        const QByteArray before = test::fileHash(file);
        const Run r = cli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QVERIFY(r.exitCode != 0);
        QVERIFY(r.err.contains(QLatin1String("not a Tremplin database")));
        QCOMPARE(test::fileHash(file), before);
        const Run i = cli({ QStringLiteral("info"), QStringLiteral("--db"), file });
        QCOMPARE(i.exitCode, 2);
        QCOMPARE(test::fileHash(file), before);
    }

    void checkOnADamagedDatabaseFails()
    {
        const QString file = path(QStringLiteral("damaged.sqlite"));
        QCOMPARE(cli({ QStringLiteral("demo"), QStringLiteral("--db"), file }).exitCode, 0);
        const qint64 size = QFileInfo(file).size();
        test::corruptBytes(file, 4096, int(size - 4096));
        const QByteArray before = test::fileHash(file);
        const Run r = cli({ QStringLiteral("check"), QStringLiteral("--db"), file });
        QVERIFY(r.exitCode != 0);
        QCOMPARE(test::fileHash(file), before);
    }

    void missingOptionsAndFilesAreOneLineErrors()
    {
        Run r = cli({ QStringLiteral("info") });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("--db")));
        r = cli({ QStringLiteral("info"), QStringLiteral("--db"), path(QStringLiteral("nope.sqlite")) });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
        QVERIFY(!QFile::exists(path(QStringLiteral("nope.sqlite"))));
        r = cli({ QStringLiteral("info"), QStringLiteral("--bogus") });
        QCOMPARE(r.exitCode, 2);
    }

    void messagesFollowTheLanguage()
    {
        QProcess p;
        p.start(QStringLiteral(TREMPLIN_CLI_PATH),
                { QStringLiteral("--lang"), QStringLiteral("fr"), QStringLiteral("info"),
                  QStringLiteral("--db"), path(QStringLiteral("absent.sqlite")) });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 2);
        const QString err = QString::fromUtf8(p.readAllStandardError());
        QVERIFY2(err.contains(QStringLiteral("n’existe pas")), qPrintable(err));
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
