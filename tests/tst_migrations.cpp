// SPDX-License-Identifier: GPL-3.0-or-later
// Upgrades of real files of every earlier schema version (issue 15, point 5). Each old file is
// built as Tremplin built it then: the real migration steps 1..N (migrationSteps(), the shipped
// DDL and code, never edited), then data shaped as version N held it (grants, payments,
// indicators, a committee, a jury with scores and decisions where the version had them). It is
// then opened with Database, which upgrades it by the real remaining steps: every value of
// every column the old file had is still there (except what a step is meant to recompute), the
// steps' own work is done (search keys, partner ids, themes, directory keys), a snapshot of the
// old file is taken first, and the upgraded file takes new work.
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/migrations.h"
#include "core/database/query.h"
#include "core/database/sqlitedialect.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/imports/disbursementimport.h"
#include "testsupport.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {

/// Runs @p sql on @p db; a failure fails the test with SQLite's reason.
bool run(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery q(db);
    if (!q.exec(sql)) {
        qWarning("%s\n  in: %s", qPrintable(q.lastError().text()), qPrintable(sql));
        return false;
    }
    return true;
}

/// Data as a file of schema @p version held it: what its tables and columns could hold then.
QStringList dataOfVersion(int version)
{
    QList<const char *> sql = {
        "INSERT INTO programme (id, name, short_name, created_at) VALUES (1, 'Accélérateur "
        "d''initiatives citoyennes', 'AIC', '2021-09-01T10:00:00Z')",
        "INSERT INTO promotion (id, programme_id, number, name, year, envelope_cents) VALUES (1, "
        "1, 1, 'Promotion 1', 2022, 150000000)",
        "INSERT INTO phase (id, programme_id, promotion_id, kind, name, position, planned_start, "
        "planned_end) VALUES (1, 1, 1, 'accompaniment', 'Accompagnement', 1, '2022-01-10', "
        "'2022-12-15')",
        "INSERT INTO administration (id, name, short_name, kind) VALUES (1, 'Ministère de "
        "l’Écologie', 'MTE', 'ministry')",
        "INSERT INTO organisation (id, name, legal_form, siret, town) VALUES (1, 'École des "
        "Possibles', 'association', '73282932000074', 'Évry')",
        "INSERT INTO person (id, full_name, email, phone, organisation_id) VALUES (1, 'Élodie "
        "Marchand', 'elodie@example.org', '06 12 34 56 78', 1)",
        "INSERT INTO theme (id, name) VALUES (1, 'Education'), (2, 'Santé')",
        "INSERT INTO initiative (id, promotion_id, carrier_id, name, lifecycle, description, "
        "town, created_at, updated_at) VALUES (1, 1, 1, 'Cartes libres', 'laureate', 'Une "
        "carte « ouverte »', 'Évry', '2022-01-03', '2022-06-01'), (2, 1, NULL, 'Jardins "
        "partagés', 'applicant', NULL, 'Lyon', '2022-01-04', '2022-01-04')",
        "INSERT INTO initiative_theme (initiative_id, theme_id) VALUES (1, 1), (1, 2), (2, 1)",
        "INSERT INTO participation (id, initiative_id, phase_id, status, assessment) VALUES (1, "
        "1, 1, 'on_track', 'Bonne dynamique')",
        "INSERT INTO need (id, initiative_id, kind, title) VALUES (1, 1, 'consolidation', "
        "'Statuts juridiques')",
        "INSERT INTO action_item (id, initiative_id, need_id, title, owner_id, due_date, "
        "status) VALUES (1, 1, 1, 'Rédiger les statuts', 1, '2022-06-30', 'todo')",
        "INSERT INTO initiative_person (id, initiative_id, person_id, role) VALUES (1, 1, 1, "
        "'carrier_contact')",
        "INSERT INTO initiative_partner (initiative_id, administration_id, since, note) VALUES "
        "(1, 1, '2022-02-01', 'Référent MTE')",
        "INSERT INTO funding_source (id, name, administration_id) VALUES (1, 'Fonds pour la "
        "transformation de l’action publique', 1)",
        "INSERT INTO committee (id, programme_id, promotion_id, phase_id, kind, name, held_on) "
        "VALUES (1, 1, 1, 1, 'acceleration', 'Comité d’accélération 1', '2022-05-12')",
        "INSERT INTO decision (id, committee_id, initiative_id, kind, notes) VALUES (1, 1, 1, "
        "'continue_and_fund', 'Deuxième tranche')",
        "INSERT INTO grant_award (id, initiative_id, funding_source_id, decision_id, tranche, "
        "committed_cents, decision_reference, decision_date, status) VALUES (1, 1, 1, 1, "
        "'seed', 3000000, 'AIC-2022-1', '2022-05-12', 'committed')",
        "INSERT INTO disbursement (id, grant_id, paid_on, amount_cents, reference) VALUES (1, 1, "
        "'2022-06-15', 1500000, 'M-1'), (2, 1, '2022-09-15', 1000050, 'M-2')",
        "INSERT INTO indicator (id, initiative_id, name, unit, baseline, target) VALUES (1, 1, "
        "'Jeux de données publiés', 'jeux', 12, 40)",
        "INSERT INTO measurement (id, indicator_id, measured_on, value, note) VALUES (1, 1, "
        "'2022-12-31', 25.5, 'Bilan')",
        "INSERT INTO journal_entry (id, initiative_id, entry_date, kind, title, body) VALUES (1, "
        "1, '2022-03-01', 'meeting', 'Lancement', 'Réunion de lancement')",
        "INSERT INTO audit_log (id, changed_at, actor, entity, entity_id, operation, summary) "
        "VALUES (1, '2022-06-01T09:00:00Z', 'coordinatrice', 'initiative', 1, 'update', "
        "'name')",
    };
    if (version >= 4)
        sql << "UPDATE grant_award SET conditions = 'Statuts déposés', conditions_met_on = "
               "'2022-07-01', budget_share = 0.25 WHERE id = 1";
    if (version >= 8) {
        sql << "UPDATE programme SET operator_siret = '11000201100044' WHERE id = 1"
            << "UPDATE promotion SET places = 10, starts_on = '2022-01-10' WHERE id = 1"
            << "INSERT INTO programme_tranche (programme_id, position, tranche, amount_cents) "
               "VALUES (1, 1, 'seed', 3000000)"
            << "INSERT INTO list_item (programme_id, list, name) VALUES (1, 'domain', "
               "'Numérique')"
            << "INSERT INTO committee_member (id, committee_id, person_id, role) VALUES (1, 1, "
               "1, 'chair')"
            << "INSERT INTO agenda_item (committee_id, initiative_id, position, request) VALUES "
               "(1, 1, 1, 'Tranche 2')"
            << "UPDATE decision SET reason = 'Objectifs atteints', reference = 'CA-2022-1' "
               "WHERE id = 1"
            << "INSERT INTO decision_amendment (decision_id, amended_at, previous_kind, reason) "
               "VALUES (1, '2022-05-20', 'continue', 'Erreur de saisie')"
            << "INSERT INTO decision_sponsor (decision_id, administration_id, commitment) "
               "VALUES (1, 1, 'Mise à disposition d’un agent')";
    }
    if (version >= 9) {
        sql << "UPDATE initiative SET ds_number = 1002, budget_cents = 2000050, admissibility "
               "= 'admissible', ds_state = 'accepte' WHERE id = 2"
            << "INSERT INTO committee (id, programme_id, promotion_id, kind, name, held_on) "
               "VALUES (2, 1, 1, 'selection', 'Jury 2022', '2021-12-01')"
            << "INSERT INTO committee_member (id, committee_id, person_id, role, track) VALUES "
               "(2, 2, 1, 'member', 'expert')"
            << "INSERT INTO jury_session (id, committee_id, scale_max, scale_step) VALUES (1, "
               "2, 5, 0.5)"
            << "INSERT INTO jury_track (session_id, code, weight) VALUES (1, 'expert', 2)"
            << "INSERT INTO jury_criterion (id, session_id, name, weight) VALUES (1, 1, "
               "'Intérêt général', 2)"
            << "INSERT INTO jury_assignment (session_id, member_id, initiative_id) VALUES (1, "
               "2, 2)"
            << "INSERT INTO jury_score (session_id, member_id, initiative_id, criterion_id, "
               "score) VALUES (1, 2, 2, 1, 4.5)"
            << "INSERT INTO jury_comment (session_id, member_id, initiative_id, body) VALUES "
               "(1, 2, 2, 'Projet solide')";
    }
    if (version >= 11) {
        sql << "INSERT INTO jury_decision (session_id, initiative_id, outcome, reason, "
               "decided_at, rank, score) VALUES (1, 2, 'selected', 'Premier', "
               "'2021-12-01T17:00:00Z', 1, 4.5)"
            << "INSERT INTO recusal (committee_id, member_id, initiative_id, reason, "
               "recorded_at) VALUES (1, 1, 1, 'Lien avec le porteur', '2022-05-12T10:00:00Z')"
            << "UPDATE committee SET signed_off_at = '2021-12-01T18:00:00Z', signed_off_by = "
               "'présidente' WHERE id = 2"
            << "UPDATE agenda_item SET discussed_seconds = 300"
            << "INSERT INTO letter_template (programme_id, outcome, language, subject, body) "
               "VALUES (1, 'selected', 'fr', 'Votre candidature', 'Bonjour {referent},')";
    }
    QStringList out;
    for (const char *statement : sql)
        out << QString::fromUtf8(statement);
    return out;
}

/// Builds a file of schema @p version as Tremplin wrote it: the real steps up to @p version,
/// each in its transaction, then the data of that version.
bool buildOldFile(const QString &path, int version)
{
    const QString name = QStringLiteral("old-file-%1").arg(version);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open())
            return false;
        const SqliteDialect dialect;
        dialect.configureConnection(db);
        for (const MigrationStep &step : migrationSteps()) {
            if (step.version > version || !ok)
                break;
            ok = run(db, dialect.beginWriteStatement());
            for (const QString &statement : step.statements())
                ok = ok && run(db, dialect.expand(statement));
            if (ok && step.code)
                step.code(db, dialect);
            if (ok && step.version == 1)
                dialect.writeApplicationId(db);
            if (ok)
                dialect.writeSchemaVersion(db, step.version);
            ok = ok && run(db, QStringLiteral("COMMIT"));
        }
        for (const QString &statement : dataOfVersion(version))
            ok = ok && run(db, statement);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/// Every value of every column of every table of @p db, table by table: "table.column" →
/// the column's values in rowid order. Columns a step is meant to recompute are left out.
QMap<QString, QStringList> contents(QSqlDatabase db)
{
    QMap<QString, QStringList> out;
    QSqlQuery tables(db);
    tables.exec(QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name "
                               "NOT LIKE 'sqlite_%' ORDER BY name"));
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        const QSqlRecord record = db.record(table);
        for (int c = 0; c < record.count(); ++c) {
            const QString column = record.fieldName(c);
            if (column == QLatin1String("search_text") || column == QLatin1String("sort_key"))
                continue;
            QSqlQuery q(db);
            // initiative_partner is rebuilt by step 3 in (initiative, administration) order.
            q.exec(QStringLiteral("SELECT %1 FROM %2 ORDER BY %3")
                       .arg(column, table,
                           table == QLatin1String("initiative_partner")
                               ? QStringLiteral("initiative_id, administration_id")
                               : QStringLiteral("rowid")));
            QStringList values;
            while (q.next())
                values << (q.value(0).isNull() ? QStringLiteral("NULL") : q.value(0).toString());
            out.insert(table + u'.' + column, values);
        }
    }
    return out;
}

QMap<QString, QStringList> contentsOf(const QString &path)
{
    const QString name = QStringLiteral("read-old-file");
    QMap<QString, QStringList> out;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open())
            out = contents(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QStringList column(const Database &db, const QString &sql)
{
    QStringList out;
    Query q(db, sql);
    q.exec();
    while (q.next())
        out << q.value(0).toString();
    return out;
}

} // namespace

class TestMigrations : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void everyEarlierSchemaIsUpgradedWithItsData_data()
    {
        QTest::addColumn<int>("version");
        for (int v = 1; v < Database::latestSchemaVersion(); ++v)
            QTest::addRow("schema %d", v) << v;
    }
    void everyEarlierSchemaIsUpgradedWithItsData()
    {
        QFETCH(int, version);
        const QString file = m_dir.filePath(QStringLiteral("v%1.sqlite").arg(version));
        QVERIFY(buildOldFile(file, version));
        const auto header = SqliteDialect::readHeader(file, nullptr);
        QCOMPARE(header.userVersion, version);
        QCOMPARE(header.applicationId, SqliteDialect::ApplicationId);
        const QMap<QString, QStringList> before = contentsOf(file);
        QVERIFY(before.value(QStringLiteral("disbursement.amount_cents")).size() == 2);

        Database db;
        db.open(file);
        QCOMPARE(db.schemaVersion(), Database::latestSchemaVersion());
        QVERIFY2(db.integrityProblems().isEmpty(), qPrintable(db.integrityProblems().join(u'\n')));

        // A snapshot of the old file was taken before the first step: byte for byte the file
        // as it was, listed among the file's snapshots.
        const QString copy = db.migrationBackupPath();
        QVERIFY(!copy.isEmpty());
        QCOMPARE(SqliteDialect::readHeader(copy, nullptr).userVersion, version);
        QVERIFY(contentsOf(copy) == before);
        const QList<Snapshot> snapshots = Snapshots::forFile(file).list();
        QCOMPARE(snapshots.size(), 1);
        QCOMPARE(snapshots.first().path, copy);
        QCOMPARE(snapshots.first().reason, SnapshotReason::BeforeMigration);

        // Every value the old file held is still there.
        const QMap<QString, QStringList> after = contents(db.connection());
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            if (version < 6 && it.key() == QLatin1String("theme.name"))
                continue; // step 6 gives "Education" its accent, checked below
            QVERIFY2(after.contains(it.key()), qPrintable(it.key()));
            QVERIFY2(after.value(it.key()) == it.value(),
                qPrintable(it.key() + QStringLiteral(": ") + it.value().join(u'|')
                    + QStringLiteral(" → ") + after.value(it.key()).join(u'|')));
        }
        QStringList themes = column(db,
            QStringLiteral("SELECT t.name FROM initiative_theme it JOIN theme t ON t.id = "
                           "it.theme_id WHERE it.initiative_id = 1"));
        QStringList expected
            = { version < 6 ? QStringLiteral("Éducation") : QStringLiteral("Education"),
                  QStringLiteral("Santé") };
        themes.sort();
        expected.sort();
        QCOMPARE(themes, expected);

        // The steps' own work on the old data.
        QCOMPARE(column(db,
                     QStringLiteral("SELECT COUNT(*) FROM initiative_partner WHERE id IS "
                                    "NOT NULL AND note = 'Référent MTE'")),
            QStringList { QStringLiteral("1") });
        if (version < 6) {
            // Search keys computed from the name, carrier, town, description and themes.
            const QString key
                = column(db, QStringLiteral("SELECT search_text FROM initiative WHERE id = 1"))
                      .value(0);
            for (const char *word :
                { "cartes libres", "ecole des possibles", "evry", "education", "sante", "ouverte" })
                QVERIFY2(key.contains(QLatin1String(word)), qPrintable(key));
        }
        if (version < 10) {
            QCOMPARE(column(db, QStringLiteral("SELECT sort_key FROM person")),
                QStringList { QStringLiteral("elodie marchand") });
            QCOMPARE(column(db, QStringLiteral("SELECT sort_key FROM organisation")),
                QStringList { QStringLiteral("ecole des possibles") });
        }
        if (version < 11) {
            QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM jury_decision")),
                QStringList { QStringLiteral("0") });
        }
        // Columns added by later steps hold their defaults.
        QCOMPARE(column(db, QStringLiteral("SELECT admissibility FROM initiative WHERE id = 1")),
            QStringList { QStringLiteral("unchecked") });
        QCOMPARE(column(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE erased_at IS NULL")),
            QStringList { QStringLiteral("1") });

        // The audit trail is append-only now, old lines included.
        QSqlQuery q(db.connection());
        QVERIFY(!q.exec(QStringLiteral("DELETE FROM audit_log")));
        QCOMPARE(column(db, QStringLiteral("SELECT summary FROM audit_log")),
            QStringList { QStringLiteral("name") });

        // The upgraded file takes new work: a payment on the old grant, within its commitment.
        DisbursementImport import;
        import.load("grant,paid_on,amount\nAIC-2022-1,2023-01-15,\"4 999,50\"\n", db);
        QVERIFY2(import.problems().isEmpty(), qPrintable(import.problems().value(0).message));
        QCOMPARE(import.commit(), 1);
        QCOMPARE(column(db,
                     QStringLiteral("SELECT SUM(amount_cents) FROM disbursement WHERE grant_id "
                                    "= 1")),
            QStringList { QStringLiteral("3000000") });
        db.close();

        // Opened again: nothing left to upgrade, no second snapshot.
        Database again;
        again.open(file);
        QVERIFY(again.migrationBackupPath().isEmpty());
        QCOMPARE(Snapshots::forFile(file).list().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrations)
#include "tst_migrations.moc"
