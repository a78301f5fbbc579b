// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/database/database.h"
#include "core/database/migrations.h"
#include "core/database/query.h"
#include "core/database/sqlitedialect.h"
#include "core/database/transaction.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "testsupport.h"

#include <QLockFile>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>
#include <functional>

using namespace tremplin;

class TestDatabase : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString path(const QString &name) const { return m_dir.filePath(name); }

    /// Opens @p file expecting a refusal whose message contains @p fragment; checks that the
    /// file's bytes did not change and that no lock or journal was left beside it.
    void expectRefusedAndUntouched(const QString &file, const QString &fragment)
    {
        const QByteArray before = test::fileHash(file);
        QVERIFY(!before.isEmpty());
        Database db;
        bool refused = false;
        try {
            db.open(file);
        } catch (const Error &e) {
            refused = true;
            QVERIFY2(e.message().contains(fragment), qPrintable(e.message()));
        }
        QVERIFY(refused);
        QVERIFY(!db.isOpen());
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
    }

    /// Writes a Tremplin file at @p file holding @p rows audit lines, then leaves beside a copy
    /// of it (@p crashed) the state a crash leaves: the file as a bigger, unfinished write
    /// transaction had already changed it on disk, and the rollback journal holding the pages
    /// it replaced. The copy is taken while the writer still holds its transaction open, as
    /// kill -9 or a power cut would leave it.
    void leaveAnInterruptedWrite(const QString &file, const QString &crashed, int rows)
    {
        {
            Database db;
            db.create(file);
            for (int i = 0; i < rows; ++i) {
                Query(db,
                    QStringLiteral("INSERT INTO audit_log (changed_at, entity, operation) "
                                   "VALUES ('2026-01-01', 'before', 'insert')"))
                    .exec();
            }
        }
        const QByteArray before = test::fileHash(file);
        const QString name = QStringLiteral("interrupted-writer");
        {
            QSqlDatabase w = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            w.setDatabaseName(file);
            QVERIFY(w.open());
            QSqlQuery q(w);
            // A tiny page cache: the transaction spills its pages into the file before COMMIT.
            QVERIFY(q.exec(QStringLiteral("PRAGMA cache_size = 4")));
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QVERIFY2(
                q.exec(QStringLiteral(
                    "WITH RECURSIVE n(x) AS (SELECT 1 UNION ALL SELECT x + 1 FROM n WHERE x < "
                    "3000) "
                    "INSERT INTO audit_log (changed_at, entity, operation, summary) "
                    "SELECT '2026-01-02', 'interrupted', 'insert', hex(randomblob(200)) FROM n")),
                qPrintable(q.lastError().text()));
            QVERIFY(q.exec(
                QStringLiteral("UPDATE audit_log SET erased_at = '2026-01-02', summary = 'changed' "
                               "WHERE entity = 'before'")));
            QFile::remove(crashed);
            QFile::remove(crashed + QStringLiteral("-journal"));
            QVERIFY(QFile::copy(file, crashed));
            QVERIFY(QFile::copy(
                file + QStringLiteral("-journal"), crashed + QStringLiteral("-journal")));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            w.close();
        }
        QSqlDatabase::removeDatabase(name);
        // A real interrupted write: the copy's bytes are not the committed file's, and the
        // journal that restores them is there.
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(test::fileHash(crashed) != before);
        QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void theTimelineReadsAnInitiativesDecisionsThroughAnIndex()
    {
        // Step 7: without it, each page of the timeline scanned every committee decision.
        const QString file = m_dir.filePath(QStringLiteral("decision-index.sqlite"));
        Database db;
        db.create(file);
        QSqlQuery plan(db.connection());
        QVERIFY(plan.exec(QStringLiteral(
            "EXPLAIN QUERY PLAN SELECT kind FROM decision WHERE initiative_id = 1")));
        QString steps;
        while (plan.next())
            steps += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(steps.contains(QLatin1String("decision_initiative_idx")), qPrintable(steps));
    }

    void aChangeSetTellsWhichTablesItTouches()
    {
        const ChangeSet changes { { QStringLiteral("initiative"), 3, Change::Updated },
            { QStringLiteral("audit_log"), 0, Change::Inserted } };
        QVERIFY(touches(changes, { QLatin1String("grant_award"), QLatin1String("initiative") }));
        QVERIFY(!touches(changes, { QLatin1String("grant_award"), QLatin1String("disbursement") }));
        QVERIFY(!touches({}, { QLatin1String("initiative") }));
    }

    void aWriteInterruptedByACrashIsRolledBackBeforeAReadOnlyOpen()
    {
        // Without the roll-back first, the read-only connection could not read the file and
        // called it damaged.
        const QString file = path(QStringLiteral("crash-source.sqlite"));
        const QString crashed = path(QStringLiteral("crashed.sqlite"));
        leaveAnInterruptedWrite(file, crashed, 25);
        if (QTest::currentTestFailed())
            return;
        Database db;
        try {
            db.open(crashed, Database::Access::ReadOnly);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        QVERIFY(db.isReadOnly());
        QVERIFY(db.integrityProblems(true).isEmpty());
        db.close();
        // The data is as it was before the interrupted write, the journal is gone, and no lock
        // was left behind.
        QCOMPARE(test::countRows(crashed, QStringLiteral("audit_log")), 25);
        QCOMPARE(test::countRows(crashed, QStringLiteral("audit_log WHERE entity = 'before'")), 25);
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
        QVERIFY(!QFile::exists(crashed + QStringLiteral(".lock")));
    }

    void aCrashedTremplinsLockAndJournalAreBothRecovered()
    {
        // Tremplin itself killed during an import leaves its lock (with a PID that no longer
        // runs) beside the journal: the lock is taken over and the write rolled back.
        const QString file = path(QStringLiteral("crash-source3.sqlite"));
        const QString crashed = path(QStringLiteral("crashed-with-lock.sqlite"));
        leaveAnInterruptedWrite(file, crashed, 7);
        if (QTest::currentTestFailed())
            return;
        const QString lockPath = crashed + QStringLiteral(".lock");
        QByteArray content;
        {
            QLockFile mine(lockPath);
            QVERIFY(mine.tryLock(0));
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::ReadOnly));
            content = f.readAll();
        }
        QVERIFY(!QFile::exists(lockPath));
        // The same lock, as written by a process that no longer runs (a PID above any
        // pid_max).
        QList<QByteArray> lines = content.split('\n');
        QVERIFY(lines.size() >= 3);
        lines[0] = QByteArray::number(qint64(0x7ffffff0));
        {
            QFile f(lockPath);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(lines.join('\n'));
        }
        Database db;
        try {
            db.open(crashed, Database::Access::ReadOnly);
        } catch (const Error &e) {
            QFAIL(qPrintable(e.message()));
        }
        db.close();
        QCOMPARE(test::countRows(crashed, QStringLiteral("audit_log WHERE entity = 'before'")), 7);
        QVERIFY(!QFile::exists(crashed + QStringLiteral("-journal")));
    }

    void anInterruptedWriteThatCannotBeRolledBackIsNotCalledDamage()
    {
        // Another Tremplin holds the writer lock: the journal is not ours to roll back. The
        // file is sound and the message says so, instead of "Restore it from a copy".
        const QString file = path(QStringLiteral("crash-source2.sqlite"));
        const QString crashed = path(QStringLiteral("crashed-locked.sqlite"));
        leaveAnInterruptedWrite(file, crashed, 5);
        if (QTest::currentTestFailed())
            return;
        QLockFile other(crashed + QStringLiteral(".lock"));
        QVERIFY(other.tryLock(0));
        const QByteArray before = test::fileHash(crashed);
        Database db;
        QString message;
        try {
            db.open(crashed, Database::Access::ReadOnly);
        } catch (const Error &e) {
            message = e.message();
        }
        QVERIFY2(message.contains(QLatin1String("not damaged")), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Restore")), qPrintable(message));
        QCOMPARE(test::fileHash(crashed), before);
        QVERIFY(QFileInfo(crashed + QStringLiteral("-journal")).size() > 0);
        other.unlock();
        // Once the lock is free, opening rolls the write back.
        db.open(crashed, Database::Access::ReadOnly);
        db.close();
        QCOMPARE(test::countRows(crashed, QStringLiteral("audit_log")), 5);
    }

    void aReadOnlyFileAndABusyFileAreSaidPlainly()
    {
        const QString file = path(QStringLiteral("plain-errors.sqlite"));
        {
            Database db;
            db.create(file);
        }
        const auto messageOf = [](const std::function<void()> &write) {
            try {
                write();
            } catch (const Error &e) {
                return e.message();
            }
            return QString();
        };
        Database reader;
        reader.open(file, Database::Access::ReadOnly);
        const QString readOnly = messageOf([&reader] {
            Query(reader, QStringLiteral("INSERT INTO theme (name) VALUES ('x')")).exec();
        });
        QVERIFY2(
            readOnly.startsWith(QLatin1String("The file cannot be written")), qPrintable(readOnly));
        reader.close();

        // Another program holds the write lock; this connection does not wait.
        Database writer;
        writer.open(file);
        const QString name = QStringLiteral("other-program");
        {
            QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
            other.setDatabaseName(file);
            QVERIFY(other.open());
            QSqlQuery q(other);
            QVERIFY(q.exec(QStringLiteral("BEGIN IMMEDIATE")));
            QSqlQuery noWait(writer.connection());
            QVERIFY(noWait.exec(QStringLiteral("PRAGMA busy_timeout = 0")));
            const QString busy = messageOf([&writer] { WriteTransaction tx(writer); });
            QVERIFY2(busy.startsWith(QLatin1String("The file is busy")), qPrintable(busy));
            QVERIFY(q.exec(QStringLiteral("ROLLBACK")));
            q.finish();
            other.close();
        }
        QSqlDatabase::removeDatabase(name);
    }

    void aFullDiskIsSaidInTheUsersLanguageAndNothingIsWritten_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("The disk is full");
        QTest::newRow("fr") << QStringLiteral("fr") << QStringLiteral("Le disque est plein");
    }

    void aFullDiskIsSaidInTheUsersLanguageAndNothingIsWritten()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        Translations translations;
        QVERIFY(translations.install(language));
        const QString file = path(QStringLiteral("full-%1.sqlite").arg(language));
        Database db;
        db.create(file);
        const int rowsBefore = test::countRows(file, QStringLiteral("audit_log"));
        // The file may not grow by one page: the disk is "full" for this connection.
        QSqlQuery pragma(db.connection());
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA page_count")) && pragma.next());
        const int pages = pragma.value(0).toInt();
        QVERIFY(pragma.exec(QStringLiteral("PRAGMA max_page_count = %1").arg(pages)));
        pragma.finish();
        const QByteArray before = test::fileHash(file);
        QString message;
        try {
            WriteTransaction tx(db);
            for (int i = 0; i < 200; ++i) {
                Query(db,
                    QStringLiteral("INSERT INTO audit_log (changed_at, entity, operation, "
                                   "summary) VALUES ('2026-01-01', 'x', 'insert', ?)"))
                    .bindAll(QString(2000, QLatin1Char('a')))
                    .exec();
            }
            tx.commit();
        } catch (const Error &e) {
            message = e.message();
        }
        QVERIFY2(message.startsWith(expected), qPrintable(message));
        QVERIFY2(!message.contains(QLatin1String("Unable to fetch row")), qPrintable(message));
        db.close();
        QCOMPARE(test::countRows(file, QStringLiteral("audit_log")), rowsBefore);
        QCOMPARE(test::fileHash(file), before);
        translations.install(QStringLiteral("en"));
    }

    void migrationFromEmptyCreatesTheWholeSchema()
    {
        const QString file = path(QStringLiteral("new.sqlite"));
        Database db;
        db.create(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const QStringList expected = {
            QStringLiteral("programme"),
            QStringLiteral("promotion"),
            QStringLiteral("phase"),
            QStringLiteral("organisation"),
            QStringLiteral("person"),
            QStringLiteral("administration"),
            QStringLiteral("initiative"),
            QStringLiteral("participation"),
            QStringLiteral("need"),
            QStringLiteral("action_item"),
            QStringLiteral("initiative_person"),
            QStringLiteral("initiative_partner"),
            QStringLiteral("funding_source"),
            QStringLiteral("grant_award"),
            QStringLiteral("disbursement"),
            QStringLiteral("committee"),
            QStringLiteral("decision"),
            QStringLiteral("indicator"),
            QStringLiteral("measurement"),
            QStringLiteral("journal_entry"),
            QStringLiteral("audit_log"),
            QStringLiteral("theme"),
        };
        const QStringList tables = db.connection().tables();
        for (const QString &t : expected)
            QVERIFY2(tables.contains(t), qPrintable(t));
        // The header now says the file is ours and which schema it has.
        const auto header = SqliteDialect::readHeader(file, nullptr);
        QVERIFY(header.isSqlite);
        QCOMPARE(header.applicationId, SqliteDialect::ApplicationId);
        QCOMPARE(header.userVersion, Database::latestSchemaVersion());
        QVERIFY(db.integrityProblems().isEmpty());
        // Foreign keys are enforced on every connection.
        QSqlQuery fk(db.connection());
        QVERIFY(fk.exec(QStringLiteral("PRAGMA foreign_keys")) && fk.next());
        QCOMPARE(fk.value(0).toInt(), 1);
    }

    void migratingTwiceIsANoOp()
    {
        const QString file = path(QStringLiteral("twice.sqlite"));
        {
            Database db;
            db.create(file);
        }
        const QByteArray before = test::fileHash(file);
        Database db;
        db.open(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(db.migrationBackupPath().isEmpty());
        db.close();
        QCOMPARE(test::fileHash(file), before);
    }

    void everyStepIsIdempotent()
    {
        // Re-running a step's statements on a migrated schema must not fail (KMyMoney lesson).
        Database db;
        db.create(path(QStringLiteral("idem.sqlite")));
        for (const MigrationStep &step : migrationSteps()) {
            for (const QString &statement : step.statements()) {
                QSqlQuery q(db.connection());
                QVERIFY2(q.exec(db.dialect().expand(statement)), qPrintable(statement));
            }
            if (step.code) {
                QSqlDatabase c = db.connection();
                step.code(c, db.dialect()); // throws on failure
            }
        }
    }

    void step11AddsTheRoomsTablesAndColumnsToAnOlderFile()
    {
        // A file of schema 10 holding a committee: step 11's tables and columns removed.
        const QString file = path(QStringLiteral("v10.sqlite"));
        {
            Database db;
            db.create(file);
            QSqlQuery q(db.connection());
            for (const char *table : { "jury_decision", "recusal", "session_amendment",
                     "jury_pack_import", "letter_template" })
                QVERIFY(q.exec(QStringLiteral("DROP TABLE %1").arg(QLatin1String(table))));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE committee DROP COLUMN signed_off_at")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE committee DROP COLUMN signed_off_by")));
            QVERIFY(
                q.exec(QStringLiteral("ALTER TABLE agenda_item DROP COLUMN discussed_seconds")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE jury_session DROP COLUMN pack_secret")));
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO programme (name, created_at) VALUES ('P', '2026-01-01')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO committee (programme_id, kind, name) "
                                          "VALUES (1, 'selection', 'Jury 2026')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 10")));
        }
        Database db;
        db.open(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        Query q(db,
            QStringLiteral("SELECT name, signed_off_at IS NULL, signed_off_by IS NULL FROM "
                           "committee"));
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Jury 2026"));
        QVERIFY(q.value(1).toBool());
        QVERIFY(q.value(2).toBool());
        for (const char *table : { "jury_decision", "recusal", "session_amendment",
                 "jury_pack_import", "letter_template" }) {
            Query count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
            count.exec();
            QVERIFY(count.next());
            QCOMPARE(count.value(0).toInt(), 0);
        }
        Query columns(db,
            QStringLiteral("SELECT discussed_seconds FROM agenda_item UNION ALL SELECT "
                           "pack_secret FROM jury_session"));
        columns.exec();
        QVERIFY(!columns.next());
    }

    void step12MakesTheAuditTrailAppendOnlyAndKeepsItsLines()
    {
        // A file of schema 11 with two audit lines: step 12 adds the columns and the guards.
        const QString file = path(QStringLiteral("v11.sqlite"));
        {
            Database db;
            db.create(file);
            QSqlQuery q(db.connection());
            for (const char *trigger :
                { "audit_log_append_only_delete", "audit_log_append_only_update" })
                QVERIFY(q.exec(QStringLiteral("DROP TRIGGER %1").arg(QLatin1String(trigger))));
            for (const char *index : { "audit_log_scope_idx", "audit_log_step_idx",
                     "organisation_siret_idx", "organisation_rna_idx", "person_email_idx" })
                QVERIFY(q.exec(QStringLiteral("DROP INDEX %1").arg(QLatin1String(index))));
            for (const char *column :
                { "step", "field", "old_value", "new_value", "scope", "scope_id", "erased_at" })
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE audit_log DROP COLUMN %1")
                                   .arg(QLatin1String(column))));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE programme DROP COLUMN retention_months")));
            QVERIFY(q.exec(QStringLiteral("ALTER TABLE person DROP COLUMN erased_at")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE erasure_log")));
            QVERIFY(q.exec(QStringLiteral("DROP TABLE jury_discussion")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO audit_log (changed_at, entity, entity_id, "
                                          "operation, summary) VALUES ('2026-01-01', "
                                          "'initiative', 7, 'update', 'name'), ('2026-01-02', "
                                          "'person', 3, 'insert', 'Léa Moreau')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 11")));
        }
        Database db;
        db.open(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const auto rows = [&db](const QString &table) {
            Query count(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
            count.exec();
            return count.next() ? count.value(0).toInt() : -1;
        };
        QCOMPARE(rows(QStringLiteral("audit_log")), 2);
        QSqlQuery q(db.connection());
        // Lines cannot be deleted, nor rewritten.
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log WHERE entity_id = 7")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET entity = 'grant_award'")));
        QVERIFY(!q.exec(QStringLiteral("UPDATE audit_log SET summary = 'x' WHERE entity_id = 3")));
        QVERIFY(!q.exec(QStringLiteral(
            "UPDATE audit_log SET erased_at = '2026-02-01', changed_at = '2000-01-01'")));
        QCOMPARE(rows(QStringLiteral("audit_log")), 2);
        // The one change allowed: a person's data erased, with the time of erasure.
        QVERIFY2(q.exec(QStringLiteral("UPDATE audit_log SET erased_at = '2026-02-01', summary = "
                                       "NULL, old_value = NULL, new_value = NULL WHERE entity = "
                                       "'person'")),
            qPrintable(q.lastError().text()));
        QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE summary IS NULL AND "
                                      "erased_at IS NOT NULL")));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toInt(), 1);
        for (const char *table : { "erasure_log", "jury_discussion" })
            QCOMPARE(rows(QLatin1String(table)), 0);
        QVERIFY(q.exec(QStringLiteral("SELECT retention_months FROM programme UNION ALL SELECT "
                                      "erased_at FROM person")));
    }

    void step10FillsTheDirectorysSortAndSearchKeysOfAnOlderFile()
    {
        // A file of schema 9: the directory's tables without their keys (dropped here, as
        // SQLite 3.35+ can), records written then.
        const QString file = path(QStringLiteral("v9.sqlite"));
        {
            Database db;
            db.create(file);
            QSqlQuery q(db.connection());
            for (const char *table : { "administration", "organisation", "person" }) {
                const QString t = QLatin1String(table);
                QVERIFY(q.exec(QStringLiteral("DROP INDEX %1_sort_idx").arg(t)));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN sort_key").arg(t)));
                QVERIFY(q.exec(QStringLiteral("ALTER TABLE %1 DROP COLUMN search_text").arg(t)));
            }
            QVERIFY(q.exec(QStringLiteral(
                "INSERT INTO organisation (name, legal_form, town) VALUES ('Direction', "
                "'other', NULL), ('École des Possibles', 'association', 'Évry'), ('Défenseur "
                "des droits', 'other', 'Paris'), ('Délégation', 'other', NULL)")));
            QVERIFY(
                q.exec(QStringLiteral("INSERT INTO administration (name, short_name, kind) "
                                      "VALUES ('Ministère de l’Écologie', 'MTE', 'ministry')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO person (full_name, email) VALUES "
                                          "('Élodie Marchand', 'elodie@example.org')")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 9")));
        }
        Database db;
        db.open(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const auto column = [&db](const QString &sql) {
            QStringList out;
            Query q(db, sql);
            q.exec();
            while (q.next())
                out << q.value(0).toString();
            return out;
        };
        QCOMPARE(column(QStringLiteral("SELECT name FROM organisation ORDER BY sort_key")),
            (QStringList { QStringLiteral("Défenseur des droits"), QStringLiteral("Délégation"),
                QStringLiteral("Direction"), QStringLiteral("École des Possibles") }));
        QCOMPARE(column(QStringLiteral("SELECT search_text FROM organisation WHERE name LIKE "
                                       "'%Possibles'")),
            QStringList { QStringLiteral("ecole des possibles evry") });
        QCOMPARE(
            column(QStringLiteral("SELECT sort_key || '|' || search_text FROM administration")),
            QStringList { QStringLiteral("ministere de l'ecologie|ministere de l'ecologie mte") });
        QCOMPARE(column(QStringLiteral("SELECT sort_key || '|' || search_text FROM person")),
            QStringList { QStringLiteral("elodie marchand|elodie marchand elodie@example.org") });
        // The index the lists' ORDER BY sort_key ... LIMIT reads is there again.
        QCOMPARE(column(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                       "name LIKE '%_sort_idx' ORDER BY name")),
            (QStringList { QStringLiteral("administration_sort_idx"),
                QStringLiteral("organisation_sort_idx"), QStringLiteral("person_sort_idx") }));
    }

    void anOlderFileIsCopiedBeforeItIsUpgraded()
    {
        // A file of ours at an older schema version: rewind user_version on a current file
        // (steps are idempotent, so replaying them is safe) and check that opening it takes a
        // byte-identical copy first, then upgrades it.
        const QString file = path(QStringLiteral("older.sqlite"));
        {
            Database db;
            db.create(file);
        }
        test::patchHeaderInt(file, 60, 0);
        const QByteArray before = test::fileHash(file);
        Database db;
        db.open(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        const QString backup = db.migrationBackupPath();
        QVERIFY(!backup.isEmpty());
        QVERIFY(QFile::exists(backup));
        const auto backupHeader = SqliteDialect::readHeader(backup, nullptr);
        QCOMPARE(backupHeader.userVersion, 0);
        QCOMPARE(backupHeader.applicationId, SqliteDialect::ApplicationId);
        db.close();
        QVERIFY(test::fileHash(file) != before);
        QCOMPARE(
            SqliteDialect::readHeader(file, nullptr).userVersion, Database::latestSchemaVersion());
    }

    void createRefusesAnExistingFile()
    {
        const QString file = path(QStringLiteral("exists.txt"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("keep me");
        f.close();
        Database db;
        QVERIFY_THROWS_EXCEPTION(Error, db.create(file));
        QFile g(file);
        QVERIFY(g.open(QIODevice::ReadOnly));
        QCOMPARE(g.readAll(), QByteArray("keep me"));
    }

    void aFileOfRandomBytesIsRefusedAndUntouched()
    {
        const QString file = path(QStringLiteral("random.sqlite"));
        test::writeRandomBytes(file, 8192);
        expectRefusedAndUntouched(file, QStringLiteral("not a Tremplin database"));
    }

    void anEmptyFileIsRefusedAndUntouched()
    {
        const QString file = path(QStringLiteral("empty.sqlite"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.close();
        expectRefusedAndUntouched(file, QStringLiteral("not a Tremplin database"));
    }

    void anotherApplicationsSqliteFileIsRefusedAndUntouched()
    {
        const QString file = path(QStringLiteral("foreign.sqlite"));
        {
            QSqlDatabase db
                = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
            db.setDatabaseName(file);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(
                q.exec(QStringLiteral("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('hello')")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        expectRefusedAndUntouched(file, QStringLiteral("another application"));
    }

    void aFileFromANewerVersionIsRefusedAndUntouched()
    {
        const QString file = path(QStringLiteral("newer.sqlite"));
        {
            Database db;
            db.create(file);
        }
        test::patchHeaderInt(file, 60, Database::latestSchemaVersion() + 1);
        expectRefusedAndUntouched(file, QStringLiteral("newer version"));
    }

    void aCorruptFileIsRefusedAndUntouched()
    {
        const QString file = path(QStringLiteral("corrupt.sqlite"));
        {
            Database db;
            db.create(file);
        }
        // Keep the header (ours, current version) and scramble the pages after the first.
        const qint64 size = QFileInfo(file).size();
        QVERIFY(size > 8192);
        test::corruptBytes(file, 4096, int(size - 4096));
        expectRefusedAndUntouched(file, QStringLiteral("damaged"));
    }

    void aSecondWriterIsRefusedWhileTheFirstHasTheFile()
    {
        const QString file = path(QStringLiteral("locked.sqlite"));
        Database first;
        first.create(file);
        Database second;
        QString refusal;
        try {
            second.open(file);
        } catch (const Error &e) {
            refusal = e.message();
        }
        QVERIFY2(refusal.contains(QLatin1String("already open in another Tremplin window")),
            qPrintable(refusal));
        QVERIFY(!second.isOpen());
        // A reader is welcome.
        Database reader;
        reader.open(file, Database::Access::ReadOnly);
        QVERIFY(reader.isOpen());
        QVERIFY(reader.isReadOnly());
        first.close();
        second.open(file);
        QVERIFY(second.isOpen());
    }

    void aReadOnlyConnectionCannotWrite()
    {
        const QString file = path(QStringLiteral("ro.sqlite"));
        {
            Database db;
            db.create(file);
        }
        const QByteArray before = test::fileHash(file);
        Database db;
        db.open(file, Database::Access::ReadOnly);
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("INSERT INTO theme (name) VALUES ('x')")));
        db.close();
        QCOMPARE(test::fileHash(file), before);
    }

    void saveCopyWritesAnOpenableDatabase()
    {
        const QString file = path(QStringLiteral("source.sqlite"));
        const QString copy = path(QStringLiteral("copy.sqlite"));
        Database db;
        db.create(file);
        Query(db, QStringLiteral("INSERT INTO theme (name) VALUES (?)"))
            .bindAll(QStringLiteral("Santé"))
            .exec();
        db.saveCopy(copy);
        // Saving again over the copy replaces it (in one rename) and leaves no temporary file.
        Query(db, QStringLiteral("INSERT INTO theme (name) VALUES (?)"))
            .bindAll(QStringLiteral("Culture"))
            .exec();
        db.saveCopy(copy);
        QCOMPARE(QDir(QFileInfo(copy).absolutePath())
                     .entryList({ QStringLiteral(".copy.sqlite.*") }, QDir::Hidden | QDir::Files),
            QStringList());
        Database other;
        other.open(copy, Database::Access::ReadOnly);
        QCOMPARE(test::countRows(copy, QStringLiteral("theme")), 2);
        QCOMPARE(other.schemaVersion(), Database::latestSchemaVersion());
    }
    void aDeferredCheckLetsNothingBeWrittenUntilItPasses()
    {
        const QString file = path(QStringLiteral("deferred.sqlite"));
        {
            Database db;
            db.create(file);
        }
        Database db;
        db.open(file, Database::Access::ReadWrite, Database::IntegrityCheck::Deferred);
        QCOMPARE(db.integrity(), Database::Integrity::Unknown);
        QVERIFY_THROWS_EXCEPTION(Error, WriteTransaction { db });
        QSignalSpy spy(&db, &Database::integrityChecked);
        db.startDeferredIntegrityCheck();
        QVERIFY(spy.wait(30000));
        QVERIFY(spy.first().first().toStringList().isEmpty());
        QCOMPARE(db.integrity(), Database::Integrity::Sound);
        WriteTransaction tx(db);
        Query(db, QStringLiteral("INSERT INTO theme (name) VALUES ('ok')")).exec();
        tx.commit();
    }

    void aDamagedFileFoundByTheDeferredCheckIsNeverWritten()
    {
        const QString file = path(QStringLiteral("deferred-corrupt.sqlite"));
        {
            Database db;
            db.create(file);
        }
        test::corruptBytes(file, 4096, int(QFileInfo(file).size() - 4096));
        const QByteArray before = test::fileHash(file);
        {
            Database db;
            db.open(file, Database::Access::ReadWrite, Database::IntegrityCheck::Deferred);
            QSignalSpy spy(&db, &Database::integrityChecked);
            db.startDeferredIntegrityCheck();
            QVERIFY(spy.wait(30000));
            QVERIFY(!spy.first().first().toStringList().isEmpty());
            QCOMPARE(db.integrity(), Database::Integrity::Damaged);
            QVERIFY_THROWS_EXCEPTION(Error, WriteTransaction { db });
        }
        QCOMPARE(test::fileHash(file), before);
        QVERIFY(!QFile::exists(file + QStringLiteral(".lock")));
    }
};

QTEST_GUILESS_MAIN(TestDatabase)
#include "tst_database.moc"
