// SPDX-License-Identifier: GPL-3.0-or-later
// Juror packs (issue "In the room", point 5): three jurors score their packs in parallel and
// the coordinator merges them back; a second import changes nothing; a cell changed on both
// sides is a conflict; tampered packs, packs of another session and renamed jurors are refused
// and leave every file as it was; a pack locked with a passphrase; a pack is never a programme
// file and a programme file never a pack; the command line's exit codes.
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/packs/jurorpack.h"
#include "core/packs/packcrypto.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/document.h"
#include "ui/jury/jurypackactions.h"
#include "ui/mainwindow.h"

#include <QDir>
#include <QInputDialog>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QSqlQuery>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtEndian>
#include <QtTest>

using namespace tremplin;

namespace {

using Run = test::CliRun;

Run cli(const QStringList &args)
{
    return test::runCli(args);
}

QByteArray readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

void writeAll(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    QCOMPARE(f.write(bytes), bytes.size());
}

/// Runs @p sql on a pack file with a plain SQLite connection, as a tool other than Tremplin.
void editOutsideTremplin(const QString &pack, const QString &sql)
{
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("x"));
        db.setDatabaseName(pack);
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY2(q.exec(sql), qPrintable(sql));
        db.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("x"));
}

} // namespace

class TestJuryPacks : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Translations m_translations;
    std::unique_ptr<Database> m_db;
    QString m_path;
    int m_file = 0;
    QHash<QString, qint64> m_app; ///< P, Q, R
    QHash<QString, qint64> m_member; ///< E1, E2, C1
    qint64 m_session = 0;
    qint64 m_a = 0;
    qint64 m_b = 0;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// A programme file with applications P, Q, R (each with a carrier, a description and a
    /// budget), a session "Jury 2026" (scale 0 to 5 by 0.5, criteria A and B) with jurors E1
    /// and E2 (expert) and C1 (citizen), everything assigned, and E2 in conflict with R.
    void makeFile(const QString &file)
    {
        m_db = std::make_unique<Database>();
        m_db->create(file);
        m_path = file;
        const test::JuryPackFixture f = test::JuryPackFixture::make(*m_db);
        m_app = f.app;
        m_member = f.member;
        m_session = f.session;
        m_a = f.a;
        m_b = f.b;
    }

    qint64 app(const char *name) const { return m_app.value(QLatin1String(name)); }
    qint64 member(const char *name) const { return m_member.value(QLatin1String(name)); }

    QString exportPack(const char *juror, const QString &passphrase = {})
    {
        const QString file
            = path(QStringLiteral("%1-%2.tremplin-pack").arg(QLatin1String(juror)).arg(++m_file));
        JurorPackService(*m_db).exportPack(m_session, member(juror), file, passphrase);
        return file;
    }

    std::optional<double> dbScore(const char *juror, const char *application, qint64 criterion)
    {
        return JuryService(*m_db).score(member(juror), app(application), criterion);
    }

    int count(const char *table)
    {
        return Query(*m_db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .scalar()
            .toInt();
    }

    /// Imports @p pack and expects it refused with @p reason, every file as it was.
    void expectRefused(const QString &pack, const QString &reason, const QString &passphrase = {})
    {
        const QByteArray dbBefore = test::fileHash(m_path);
        const QByteArray packBefore = test::fileHash(pack);
        try {
            JurorPackService(*m_db).read(pack, passphrase);
            QFAIL("the pack was accepted");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(reason), qPrintable(e.message()));
        }
        QCOMPARE(test::fileHash(m_path), dbBefore);
        QCOMPARE(test::fileHash(pack), packBefore);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_translations.install(QStringLiteral("en"))); }
    void init() { makeFile(path(QStringLiteral("programme%1.sqlite").arg(++m_file))); }
    void cleanup() { m_db.reset(); }

    void threeJurorsScoreTheirPacksInParallelAndTheCoordinatorMergesThem()
    {
        JuryService jury(*m_db);
        jury.setScore(m_session, member("E1"), app("P"), m_a, 2); // before the export
        const QString e1 = exportPack("E1");
        const QString e2 = exportPack("E2");
        const QString c1 = exportPack("C1");

        // Only what the juror may see: E2 has no R (conflict), nobody has another's scores,
        // no e-mail, no SIRET, and never the session's secret.
        const QString secret = Query(*m_db, QStringLiteral("SELECT pack_secret FROM jury_session"))
                                   .scalar()
                                   .toString();
        QCOMPARE(secret.size(), 64);
        for (const QString &file : { e1, e2, c1 }) {
            const QByteArray bytes = readAll(file);
            QVERIFY(!bytes.contains("example.org"));
            QVERIFY(!bytes.contains("12345678901234"));
            QVERIFY(!bytes.contains(secret.toLatin1()));
            QVERIFY(!bytes.contains(QByteArray::fromHex(secret.toLatin1())));
        }
        {
            const auto pack = JurorPack::open(e2);
            QCOMPARE(pack->info().jurorName, QStringLiteral("E2"));
            QCOMPARE(pack->info().sessionName, QStringLiteral("Jury 2026"));
            QCOMPARE(pack->applications().size(), 2);
            for (const PackApplication &a : pack->applications())
                QVERIFY(a.name != QLatin1String("R"));
            QCOMPARE(pack->applications().at(0).carrier, QStringLiteral("Les Jardins partagés"));
            QCOMPARE(pack->applications().at(0).budgetCents, std::optional<qint64>(1500000));
            QCOMPARE(pack->score(app("P"), m_a), std::nullopt); // E1's score is not there
            QCOMPARE(pack->criteria().size(), 2);
        }
        {
            const auto pack = JurorPack::open(e1);
            QCOMPARE(pack->applications().size(), 3);
            QCOMPARE(pack->score(app("P"), m_a), std::optional<double>(2));
            QVERIFY(pack->isIntact());
        }

        // Each juror scores every cell of their own pack, away from the file.
        struct Step
        {
            const char *juror;
            QString file;
            double base;
        };
        for (const Step &s : { Step { "E1", e1, 1 }, Step { "E2", e2, 2 }, Step { "C1", c1, 3 } }) {
            const auto pack = JurorPack::open(s.file);
            for (const PackApplication &a : pack->applications()) {
                pack->setScore(a.initiativeId, m_a, s.base);
                pack->setScore(a.initiativeId, m_b, s.base + 0.5);
                pack->setComment(
                    a.initiativeId, QStringLiteral("Avis de %1").arg(QLatin1String(s.juror)));
            }
            // Off the scale or off its steps: refused in the pack as in the grid.
            QVERIFY_THROWS_EXCEPTION(Error, pack->setScore(app("P"), m_a, 7));
            QVERIFY_THROWS_EXCEPTION(Error, pack->setScore(app("P"), m_a, 1.25));
            pack->save();
        }
        // E1's P/A was 2 at the export and still is in the file: the juror's 1 wins.
        for (const QString &file : { e1, e2, c1 }) {
            JurorPackService packs(*m_db);
            const PackMerge merge = packs.read(file);
            QVERIFY(merge.conflicts.isEmpty());
            QVERIFY(merge.refused.isEmpty());
            QVERIFY(packs.apply(merge) > 0);
        }
        QCOMPARE(dbScore("E1", "P", m_a), std::optional<double>(1));
        QCOMPARE(dbScore("E1", "R", m_b), std::optional<double>(1.5));
        QCOMPARE(dbScore("E2", "Q", m_a), std::optional<double>(2));
        QCOMPARE(dbScore("E2", "R", m_a), std::nullopt);
        QCOMPARE(dbScore("C1", "R", m_b), std::optional<double>(3.5));
        QCOMPARE(jury.comment(member("C1"), app("Q")), QStringLiteral("Avis de C1"));
        for (const JurorProgress &p : jury.progress(m_session))
            QCOMPARE(p.scored, p.assigned);
        QCOMPARE(count("jury_score"), 3 * 2 + 2 * 2 + 3 * 2);
        QCOMPARE(count("jury_pack_import"), 3);
    }

    void importingTheSamePackTwiceChangesNothing()
    {
        const QString e1 = exportPack("E1");
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("Q"), m_a, 4);
            pack->save();
        }
        JurorPackService packs(*m_db);
        const qint64 log = packs.apply(packs.read(e1));
        QVERIFY(log > 0);
        QCOMPARE(dbScore("E1", "Q", m_a), std::optional<double>(4));
        const QByteArray after = test::fileHash(m_path);
        const PackMerge again = packs.read(e1);
        QVERIFY(again.importedBefore);
        QVERIFY(again.changes.isEmpty());
        QVERIFY(again.conflicts.isEmpty());
        QVERIFY(again.writesNothing());
        QCOMPARE(packs.apply(again), 0);
        QCOMPARE(test::fileHash(m_path), after);
        QCOMPARE(count("jury_pack_import"), 1);
        QCOMPARE(dbScore("E1", "Q", m_a), std::optional<double>(4));
    }

    void undoingAnImportRestoresTheScoresAndTheLog()
    {
        JuryService(*m_db).setScore(m_session, member("C1"), app("P"), m_a, 2);
        const QString c1 = exportPack("C1");
        {
            const auto pack = JurorPack::open(c1);
            pack->setScore(app("P"), m_a, 3);
            pack->setScore(app("R"), m_b, 5);
            pack->setComment(app("R"), QStringLiteral("Très bien"));
            pack->save();
        }
        JurorPackService packs(*m_db);
        const PackMerge merge = packs.read(c1);
        QCOMPARE(merge.changes.size(), 3);
        const qint64 log = packs.apply(merge);
        QCOMPARE(dbScore("C1", "P", m_a), std::optional<double>(3));
        packs.revert(merge, log);
        QCOMPARE(dbScore("C1", "P", m_a), std::optional<double>(2));
        QCOMPARE(dbScore("C1", "R", m_b), std::nullopt);
        QCOMPARE(JuryService(*m_db).comment(member("C1"), app("R")), QString());
        QCOMPARE(count("jury_pack_import"), 0);
    }

    void aCellScoredDifferentlyOnBothSidesIsAConflictAndKeepsTheFilesValue()
    {
        JuryService jury(*m_db);
        jury.setScore(m_session, member("E1"), app("P"), m_a, 2);
        jury.setScore(m_session, member("E1"), app("P"), m_b, 2);
        jury.setScore(m_session, member("E1"), app("Q"), m_a, 2);
        const QString e1 = exportPack("E1");
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("P"), m_a, 4); // changed on both sides: a conflict
            pack->setScore(app("P"), m_b, 5); // changed by the juror only
            pack->setScore(app("R"), m_a, 3); // new
            pack->save(); // Q/A untouched in the pack, changed in the file below
        }
        jury.setScore(m_session, member("E1"), app("P"), m_a, 1);
        jury.setScore(m_session, member("E1"), app("Q"), m_a, 0.5);

        JurorPackService packs(*m_db);
        const PackMerge merge = packs.read(e1);
        QCOMPARE(merge.conflicts.size(), 1);
        const PackMerge::Cell &c = merge.conflicts.constFirst();
        QCOMPARE(c.application, QStringLiteral("P"));
        QCOMPARE(c.criterion, QStringLiteral("A"));
        QCOMPARE(c.database, std::optional<double>(1));
        QCOMPARE(c.pack, std::optional<double>(4));
        QCOMPARE(merge.changes.size(), 2);
        packs.apply(merge);
        QCOMPARE(dbScore("E1", "P", m_a), std::optional<double>(1)); // never overwritten
        QCOMPARE(dbScore("E1", "P", m_b), std::optional<double>(5));
        QCOMPARE(dbScore("E1", "R", m_a), std::optional<double>(3));
        QCOMPARE(dbScore("E1", "Q", m_a), std::optional<double>(0.5)); // the file's change stays
    }

    void aPackResentAfterItsImportShowsAsConflictsOnlyTheCellsThatReallyDiffer()
    {
        JuryService jury(*m_db);
        jury.setScore(m_session, member("E1"), app("P"), m_a, 2);
        const QString e1 = exportPack("E1");
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("P"), m_a, 4);
            pack->setScore(app("P"), m_b, 3);
            pack->setScore(app("Q"), m_a, 1);
            pack->save();
        }
        JurorPackService packs(*m_db);
        const PackMerge first = packs.read(e1);
        QCOMPARE(first.changes.size(), 3);
        const qint64 firstLog = packs.apply(first);
        QVERIFY(firstLog > 0);
        // Since: the coordinator corrects P/B and types Q/B; the juror goes on scoring in the
        // same pack and sends it again.
        jury.setScore(m_session, member("E1"), app("P"), m_b, 3.5);
        jury.setScore(m_session, member("E1"), app("Q"), m_b, 2);
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("P"), m_a, 4.5); // changed by the juror only since the import
            pack->setScore(app("Q"), m_b, 5); // changed on both sides: the one real conflict
            pack->setScore(app("R"), m_a, 3); // new
            pack->setComment(app("R"), QStringLiteral("Solide"));
            pack->save(); // P/B as imported (3): the coordinator's 3.5 stays
        }
        const PackMerge again = packs.read(e1);
        QVERIFY(again.importedBefore);
        QCOMPARE(again.conflicts.size(), 1);
        QCOMPARE(again.conflicts.constFirst().application, QStringLiteral("Q"));
        QCOMPARE(again.conflicts.constFirst().criterion, QStringLiteral("B"));
        QCOMPARE(again.conflicts.constFirst().database, std::optional<double>(2));
        QCOMPARE(again.conflicts.constFirst().pack, std::optional<double>(5));
        QCOMPARE(again.changes.size(), 3); // P/A, R/A and the comment on R
        QCOMPARE(again.unchanged, 2); // P/B kept, Q/A the same on both sides
        const qint64 secondLog = packs.apply(again);
        QVERIFY(secondLog > 0);
        QCOMPARE(dbScore("E1", "P", m_a), std::optional<double>(4.5));
        QCOMPARE(dbScore("E1", "P", m_b), std::optional<double>(3.5)); // kept
        QCOMPARE(dbScore("E1", "Q", m_a), std::optional<double>(1));
        QCOMPARE(dbScore("E1", "Q", m_b), std::optional<double>(2)); // never overwritten
        QCOMPARE(dbScore("E1", "R", m_a), std::optional<double>(3));
        QCOMPARE(jury.comment(member("E1"), app("R")), QStringLiteral("Solide"));

        // Sent a third time as it is: nothing to write, the real conflict still shown until
        // the coordinator settles it.
        const QByteArray settled = test::fileHash(m_path);
        const PackMerge third = packs.read(e1);
        QVERIFY(third.changes.isEmpty());
        QCOMPARE(third.conflicts.size(), 1);
        QCOMPARE(packs.apply(third), 0);
        QCOMPARE(test::fileHash(m_path), settled);
        jury.setScore(m_session, member("E1"), app("Q"), m_b, 5);
        QVERIFY(packs.read(e1).conflicts.isEmpty());
        jury.setScore(m_session, member("E1"), app("Q"), m_b, 2);

        // Undoing the second import puts its base back to the first import's.
        packs.revert(again, secondLog);
        QCOMPARE(dbScore("E1", "P", m_a), std::optional<double>(4));
        const PackMerge redo = packs.read(e1);
        QCOMPARE(redo.conflicts.size(), 1);
        QCOMPARE(redo.changes.size(), 3);
        QCOMPARE(
            Query(*m_db,
                QStringLiteral("SELECT COUNT(*) FROM meta WHERE key LIKE 'jury_pack_import/%'"))
                .scalar()
                .toInt(),
            1);
    }

    void aConflictOfInterestDeclaredAfterTheExportRefusesThatApplication()
    {
        const QString c1 = exportPack("C1");
        {
            const auto pack = JurorPack::open(c1);
            pack->setScore(app("P"), m_a, 3);
            pack->setScore(app("Q"), m_a, 3);
            pack->save();
        }
        JuryService(*m_db).declareConflict(
            m_session, member("C1"), app("P"), QStringLiteral("family"));
        JurorPackService packs(*m_db);
        const PackMerge merge = packs.read(c1);
        QCOMPARE(merge.refused.size(), 1);
        QVERIFY(
            merge.refused.constFirst().problem.contains(QStringLiteral("conflict of interest")));
        packs.apply(merge);
        QCOMPARE(dbScore("C1", "P", m_a), std::nullopt);
        QCOMPARE(dbScore("C1", "Q", m_a), std::optional<double>(3));
    }

    void aPackChangedOutsideTremplinIsRefused()
    {
        const QString e1 = exportPack("E1");
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("Q"), m_b, 3.5);
            pack->save();
        }
        // One byte of the score: 3.5 is 40 0C 00.. in the file; 40 10 00.. reads 4.
        QByteArray bytes = readAll(e1);
        char be[8];
        qToBigEndian<double>(3.5, be);
        const qsizetype at = bytes.indexOf(QByteArray(be, 8));
        QVERIFY(at > 0);
        QCOMPARE(bytes.indexOf(QByteArray(be, 8), at + 1), qsizetype(-1));
        bytes[at + 1] = char(0x10);
        writeAll(e1, bytes);
        QCOMPARE(JurorPack::open(e1)->score(app("Q"), m_b), std::optional<double>(4));
        QVERIFY(!JurorPack::open(e1)->isIntact());
        expectRefused(e1, QStringLiteral("changed outside Tremplin"));
    }

    void aPackOfAnotherSessionIsRefused()
    {
        // The same programme, session, jurors and ids in another file: still another session.
        const QString here = m_path;
        auto db = std::move(m_db);
        makeFile(path(QStringLiteral("elsewhere.sqlite")));
        const QString foreign = exportPack("E1");
        m_db = std::move(db);
        m_path = here;
        exportPack("E1"); // this file's session has a secret too
        expectRefused(foreign, QStringLiteral("another session"));
    }

    void aRenamedJurorOrAPackClaimingAnotherJurorIsRefused()
    {
        // A juror who read their key out of the pack renames themselves and tags it again.
        const QString renamed = exportPack("E1");
        editOutsideTremplin(renamed, QStringLiteral("UPDATE pack SET juror_name = 'E2'"));
        {
            const auto pack = JurorPack::open(renamed);
            pack->save();
            QVERIFY(pack->isIntact());
        }
        expectRefused(renamed, QStringLiteral("renamed"));

        // ... or claims to be E2 altogether: E1's key is not E2's.
        const QString claimed = exportPack("E1");
        editOutsideTremplin(claimed,
            QStringLiteral("UPDATE pack SET juror_name = 'E2', member_id = %1").arg(member("E2")));
        JurorPack::open(claimed)->save();
        expectRefused(claimed, QStringLiteral("not made for the juror it names"));
    }

    void aPackLockedWithAPassphraseOpensOnlyWithIt()
    {
        const QString e1 = exportPack("E1", QStringLiteral("correct horse"));
        QVERIFY(packcrypto::isEncrypted(readAll(e1)));
        QVERIFY(!readAll(e1).contains("Projet P"));
        QVERIFY_THROWS_EXCEPTION(Error, JurorPack::open(e1));
        expectRefused(e1, QStringLiteral("passphrase"));
        expectRefused(e1, QStringLiteral("passphrase is wrong"), QStringLiteral("wrong horse"));
        {
            const auto pack = JurorPack::open(e1, QStringLiteral("correct horse"));
            QVERIFY(pack->isEncrypted());
            QCOMPARE(pack->applications().size(), 3);
            pack->setScore(app("P"), m_a, 5);
            pack->save();
        }
        QVERIFY(packcrypto::isEncrypted(readAll(e1))); // still locked after the juror saved
        JurorPackService packs(*m_db);
        packs.apply(packs.read(e1, QStringLiteral("correct horse")));
        QCOMPARE(dbScore("E1", "P", m_a), std::optional<double>(5));
    }

    void aPackIsNeverOpenedAsAProgrammeFileNorAProgrammeFileAsAPack()
    {
        const QString plain = exportPack("E1");
        const QString locked = exportPack("C1", QStringLiteral("secret phrase"));
        for (const QString &pack : { plain, locked }) {
            const QByteArray before = test::fileHash(pack);
            Database other;
            try {
                other.open(pack);
                QFAIL("a pack was opened as a programme file");
            } catch (const Error &e) {
                QVERIFY2(e.message().contains(QStringLiteral("juror pack, not a programme file")),
                    qPrintable(e.message()));
            }
            QCOMPARE(test::fileHash(pack), before);
        }
        const QString copy = path(QStringLiteral("copy.sqlite"));
        m_db->saveCopy(copy);
        const QByteArray before = test::fileHash(copy);
        QVERIFY_THROWS_EXCEPTION(Error, JurorPack::open(copy));
        try {
            JurorPackService(*m_db).read(copy);
            QFAIL("a programme file was read as a pack");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QStringLiteral("programme file, not a juror pack")),
                qPrintable(e.message()));
        }
        QCOMPARE(test::fileHash(copy), before);
    }

    void theCommandLineExportsImportsAndSaysWhatHappenedWithItsExitCode()
    {
        m_db.reset(); // the command line is another process
        const QString db = m_path;
        const QString e1 = path(QStringLiteral("cli-e1.tremplin-pack"));
        const auto jury = [&](const QStringList &args) {
            return cli(QStringList { QStringLiteral("jury"), QStringLiteral("pack") } + args
                + QStringList { QStringLiteral("--db"), db });
        };
        Run r = jury(
            { QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("Jury 2026"),
                QStringLiteral("--juror"), QStringLiteral("E1"), QStringLiteral("--out"), e1 });
        QCOMPARE(r.exitCode, 0);
        QVERIFY(QFile::exists(e1));
        const QString folder = path(QStringLiteral("all"));
        r = jury(
            { QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("Jury 2026"),
                QStringLiteral("--all"), QStringLiteral("--out"), folder });
        QCOMPARE(r.exitCode, 0);
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
        r = jury(
            { QStringLiteral("export"), QStringLiteral("--session"), QStringLiteral("Jury 2026"),
                QStringLiteral("--juror"), QStringLiteral("Nobody"), QStringLiteral("--out"), e1 });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("not a juror")));

        const QString passphrase = path(QStringLiteral("passphrase.txt"));
        writeAll(passphrase, "correct horse\n");
        const QString locked = path(QStringLiteral("cli-c1.tremplin-pack"));
        QCOMPARE(jury({ QStringLiteral("export"), QStringLiteral("--session"),
                          QStringLiteral("Jury 2026"), QStringLiteral("--juror"),
                          QStringLiteral("C1"), QStringLiteral("--out"), locked,
                          QStringLiteral("--passphrase-file"), passphrase })
                     .exitCode,
            0);

        m_db = std::make_unique<Database>();
        m_db->open(db);
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("P"), m_a, 4);
            pack->save();
        }
        JuryService(*m_db).setScore(m_session, member("E1"), app("Q"), m_a, 1);
        const QString conflicting = path(QStringLiteral("cli-conflict.tremplin-pack"));
        QFile::copy(e1, conflicting);
        {
            const auto pack = JurorPack::open(conflicting);
            pack->setScore(app("Q"), m_a, 2);
            pack->save(); // same pack id, Q/A now differs from the file's 1
        }
        {
            const auto pack = JurorPack::open(locked, QStringLiteral("correct horse"));
            pack->setScore(app("R"), m_b, 2.5);
            pack->save();
        }
        m_db.reset();

        r = jury({ QStringLiteral("import"), e1 });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("1 value imported")), qPrintable(r.out));
        const QByteArray once = test::fileHash(db);
        r = jury({ QStringLiteral("import"), e1 });
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.out.contains(QStringLiteral("0 values imported")), qPrintable(r.out));
        QCOMPARE(test::fileHash(db), once);

        r = jury({ QStringLiteral("import"), conflicting });
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(QStringLiteral("conflict: \"Q\", A: 1 in the file, 2 in the pack")),
            qPrintable(r.err));

        // Locked: without the passphrase, or with a wrong one, refused; with it, imported.
        const QByteArray beforeLocked = test::fileHash(db);
        QCOMPARE(jury({ QStringLiteral("import"), locked }).exitCode, 2);
        const QString wrong = path(QStringLiteral("wrong.txt"));
        writeAll(wrong, "wrong horse\n");
        r = jury({ QStringLiteral("import"), locked, QStringLiteral("--passphrase-file"), wrong });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("passphrase is wrong")));
        QCOMPARE(test::fileHash(db), beforeLocked);
        QCOMPARE(jury({ QStringLiteral("import"), locked, QStringLiteral("--passphrase-file"),
                          passphrase })
                     .exitCode,
            0);

        // A programme file is not a pack; nothing but a pack is read.
        r = jury({ QStringLiteral("import"), db });
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains(QStringLiteral("not a juror pack")));
        QCOMPARE(
            cli({ QStringLiteral("jury"), QStringLiteral("pack"), QStringLiteral("import"), e1 })
                .exitCode,
            2); // no --db

        m_db = std::make_unique<Database>();
        m_db->open(db);
        QCOMPARE(dbScore("E1", "P", m_a), std::optional<double>(4));
        QCOMPARE(dbScore("E1", "Q", m_a), std::optional<double>(1));
        QCOMPARE(dbScore("C1", "R", m_b), std::optional<double>(2.5));
    }

    void theWindowExportsPacksAndMergesOneAsAnUndoableStepListingItsConflicts()
    {
        JuryService(*m_db).setScore(m_session, member("E1"), app("P"), m_a, 2);
        m_db.reset();
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(m_path, &error), qPrintable(error));
        QSignalSpy checked(&w.document()->database(), &Database::integrityChecked);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QTRY_COMPARE(checked.count(), 1);
        Database &db = w.document()->database();

        // File > Export > Juror Packs...: one pack per juror in the folder typed.
        const QString folder = path(QStringLiteral("window-packs"));
        QString refusal;
        qsizetype written = -1;
        QAction *exportPacks = test::menuAction(w, QStringLiteral("exportJurorPacks"));
        QVERIFY(exportPacks);
        test::onNextModal<JuryPackExportDialog>([&](JuryPackExportDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("folder"));
            QTest::keyClicks(edit, folder);
            // Two different passphrases: said inline, nothing written, the dialog stays.
            auto *passphrase = dialog->findChild<QLineEdit *>(QStringLiteral("passphrase"));
            auto *confirm = dialog->findChild<QLineEdit *>(QStringLiteral("confirm"));
            QTest::keyClicks(passphrase, QStringLiteral("one"));
            QTest::keyClicks(confirm, QStringLiteral("two"));
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
            refusal = dialog->findChild<QLabel *>(QStringLiteral("error"))->text();
            written = QDir(folder).entryList(QDir::Files).size();
            for (QLineEdit *e : { passphrase, confirm }) {
                QTest::keyClick(e, Qt::Key_A, Qt::ControlModifier);
                QTest::keyClick(e, Qt::Key_Backspace);
            }
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
        exportPacks->trigger();
        QCOMPARE(refusal, QStringLiteral("The two passphrases differ."));
        QCOMPARE(written, 0);
        const QString e1 = QDir(folder).filePath(QStringLiteral("E1.tremplin-pack"));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
        {
            const auto pack = JurorPack::open(e1);
            pack->setScore(app("P"), m_a, 3);
            pack->setScore(app("Q"), m_a, 4);
            pack->save();
        }
        JuryService(db).setScore(m_session, member("E1"), app("P"), m_a, 1);
        const auto score = [&](const char *application) {
            return JuryService(db).score(member("E1"), app(application), m_a);
        };

        // File > Import > Juror Pack...: the conflict is listed, the rest imported.
        QAction *importPack = test::menuAction(w, QStringLiteral("importJurorPack"));
        QVERIFY(importPack);
        QStringList listed;
        test::answerFileDialog(e1);
        test::onNextModal<JuryPackImportDialog>([&](JuryPackImportDialog *dialog) {
            auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("conflicts"));
            for (int c = 0; c < table->columnCount() && table->rowCount() == 1; ++c)
                listed.append(table->item(0, c)->text());
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
        importPack->trigger();
        QCOMPARE(listed.mid(0, 4),
            QStringList({ QStringLiteral("P"), QStringLiteral("A"), QStringLiteral("1"),
                QStringLiteral("3") }));
        QCOMPARE(score("Q"), std::optional<double>(4));
        QCOMPARE(score("P"), std::optional<double>(1));
        // A snapshot of the file as it was was taken before the merge.
        const QList<Snapshot> snapshots = Snapshots::forFile(w.document()->path()).list();
        QVERIFY(!snapshots.isEmpty());
        QCOMPARE(snapshots.first().reason, SnapshotReason::BeforeMerge);

        // One step in Edit > Undo, and back with Redo.
        QAction *undo = test::menuAction(w, QKeySequence::Undo);
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(score("Q"), std::nullopt);
        QCOMPARE(
            Query(db, QStringLiteral("SELECT COUNT(*) FROM jury_pack_import")).scalar().toInt(), 0);
        test::menuAction(w, QKeySequence::Redo)->trigger();
        QCOMPARE(score("Q"), std::optional<double>(4));

        // A pack changed outside Tremplin: refused with its reason, nothing written.
        QByteArray bytes = readAll(e1);
        const qsizetype at = bytes.indexOf("Projet Q");
        QVERIFY(at > 0);
        bytes[at] = 'p';
        writeAll(e1, bytes);
        const QByteArray before = test::fileHash(m_path);
        QString warning;
        test::answerFileDialog(e1);
        test::onNextModal<QMessageBox>([&](QMessageBox *box) {
            warning = box->text();
            QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
        });
        importPack->trigger();
        QVERIFY2(warning.contains(QStringLiteral("changed outside Tremplin")), qPrintable(warning));
        QCOMPARE(test::fileHash(m_path), before);

        // A locked pack: its passphrase is asked; a wrong one is refused with the reason.
        const QString locked = path(QStringLiteral("locked.tremplin-pack"));
        JurorPackService(db).exportPack(
            m_session, member("C1"), locked, QStringLiteral("correct horse"));
        const QByteArray beforeLocked = test::fileHash(m_path);
        QString asked;
        warning.clear();
        test::answerFileDialog(locked);
        test::onNextModal<QInputDialog>([&](QInputDialog *dialog) {
            asked = dialog->labelText();
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QStringLiteral("wrong horse"));
            test::onNextModal<QMessageBox>([&](QMessageBox *box) {
                warning = box->text();
                QTest::mouseClick(box->button(QMessageBox::Ok), Qt::LeftButton);
            });
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
        importPack->trigger();
        QVERIFY2(asked.contains(QStringLiteral("passphrase")), qPrintable(asked));
        QVERIFY2(warning.contains(QStringLiteral("passphrase is wrong")), qPrintable(warning));
        QCOMPARE(test::fileHash(m_path), beforeLocked);
    }
};

QTEST_MAIN(TestJuryPacks)
#include "tst_jurypacks.moc"
