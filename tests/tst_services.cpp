// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/database/transaction.h"
#include "core/error.h"
#include "core/records/foreignkeys.h"
#include "core/services/directoryservice.h"
#include "core/services/grantservice.h"
#include "core/services/initiativelist.h"
#include "core/services/initiativeservice.h"
#include "core/services/lookups.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "core/text/searchkey.h"
#include "core/text/searchkeyindex.h"
#include "core/validation/validation.h"
#include "testsupport.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>
#include <numeric>

using namespace tremplin;

class TestServices : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_db;
    int m_file = 0;

    int count(const char *table)
    {
        return Query(*m_db, QStringLiteral("SELECT COUNT(*) FROM ") + QLatin1String(table))
            .scalar()
            .toInt();
    }
    qint64 anInitiative()
    {
        Initiative i;
        i.name = QStringLiteral("Vikidia");
        return InitiativeService(*m_db).create(i);
    }

    /// What a search must give: every entry of @p scope whose key holds every word.
    static QList<int> everyMatch(
        const QStringList &keys, const QList<int> &scope, const QString &key)
    {
        const QStringList words = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        QList<int> out;
        for (int entry : scope) {
            bool all = true;
            for (const QString &w : words)
                all = all && keys.at(entry).contains(w);
            if (all)
                out.append(entry);
        }
        return out;
    }

private Q_SLOTS:
    void init()
    {
        m_db = std::make_unique<Database>();
        m_db->create(m_dir.filePath(QStringLiteral("s%1.sqlite").arg(++m_file)));
    }
    void cleanup() { m_db.reset(); }

    void theForeignKeyMapIsTheSchemasOwn()
    {
        // Every foreign key SQLite knows, with its ON DELETE action...
        QStringList schema;
        Query tables(*m_db,
            QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE "
                           "'sqlite_%'"));
        tables.exec();
        while (tables.next()) {
            const QString table = tables.value(0).toString();
            Query fk(*m_db,
                QStringLiteral(
                    "SELECT \"table\", \"from\", on_delete FROM pragma_foreign_key_list(?)"));
            fk.bindAll(table).exec();
            while (fk.next()) {
                const QString action = fk.value(2).toString();
                QVERIFY2(action == QLatin1String("CASCADE") || action == QLatin1String("SET NULL"),
                    qPrintable(table + QStringLiteral(": ON DELETE ") + action));
                schema << QStringLiteral("%1.%2 -> %3 %4")
                              .arg(table, fk.value(1).toString(), fk.value(0).toString(), action);
            }
        }
        // ...is in the hand-kept map that remove() follows to capture what a delete takes.
        QStringList kept;
        for (const ForeignKey &fk : foreignKeys()) {
            kept << QStringLiteral("%1.%2 -> %3 %4")
                        .arg(QLatin1String(fk.child), QLatin1String(fk.column),
                            QLatin1String(fk.parent),
                            fk.cascade ? QStringLiteral("CASCADE") : QStringLiteral("SET NULL"));
        }
        schema.sort();
        kept.sort();
        QCOMPARE(kept, schema);
        QCOMPARE(RecordService::referencedTable(
                     QStringLiteral("initiative_person"), QStringLiteral("person_id")),
            QStringLiteral("person"));
        QVERIFY(RecordService::referencedTable(QStringLiteral("initiative"), QStringLiteral("name"))
                    .isEmpty());
    }

    void choiceListsAreSearchedByIdWithoutAccentsAndWithALimit()
    {
        DirectoryService directory(*m_db);
        Administration a;
        a.name = QStringLiteral("Direction du numérique");
        a.shortName = QStringLiteral("DNUM");
        const qint64 dnum = directory.createAdministration(a);
        Administration b = a;
        b.shortName.clear();
        const qint64 same = directory.createAdministration(b);
        Lookups lookups(*m_db);
        const QList<Choice> found
            = lookups.search(ChoiceKind::Administration, QStringLiteral("numerique"));
        QCOMPARE(found.size(), 2);
        QCOMPARE(lookups.search(ChoiceKind::Administration, QStringLiteral("dnu")).value(0).id,
            dnum); // its short name
        QCOMPARE(lookups.label(ChoiceKind::Administration, dnum),
            QStringLiteral("DNUM — Direction du numérique"));
        QCOMPARE(lookups.labels(ChoiceKind::Administration, { dnum, same, dnum }).size(), 2);
        QCOMPARE(lookups.search(ChoiceKind::Administration, QString(), 1).size(), 1);
        const quint64 queries = Lookups::queryCount();
        lookups.label(ChoiceKind::Person, 0); // nothing to read
        QCOMPARE(Lookups::queryCount(), queries);
        QCOMPARE(Lookups::kindOfTable(QStringLiteral("funding_source")),
            std::optional<ChoiceKind>(ChoiceKind::FundingSource));
    }

    void theSearchKeyIndexGivesWhatCheckingEveryKeyGivesWhileTypingAndErasing()
    {
        QStringList keys;
        for (const char *text : { "Démocratie participative à Paris", "Jardin partagé de Lyon",
                 "Atelier vélo solidaire, Paris 11e", "Œuvre commune", "Café-démocratie",
                 "Atelier numérique", "", "Paris-Saclay : démocratie et numérique", "Straße 42",
                 "Été des garçons" })
            keys.append(searchKey(QString::fromUtf8(text)));
        SearchKeyIndex index;
        index.reset(keys);
        QCOMPARE(index.size(), keys.size());
        QCOMPARE(index.key(3), QStringLiteral("oeuvre commune"));
        QList<int> all(keys.size());
        std::iota(all.begin(), all.end(), 0);
        QCOMPARE(index.search(QString()), all);
        // Keys as the search field gives them, one keystroke at a time: words typed, erased
        // with Backspace, another word added, and typed again after the erasing.
        const QStringList typed = { QStringLiteral("DÉMOCRATIE"), QStringLiteral("atelier paris"),
            QStringLiteral("paris democ"), QStringLiteral("oeuvre"), QStringLiteral("STRASSE"),
            QStringLiteral("ete garcons") };
        for (const QString &text : typed) {
            QStringList steps;
            for (int n = 1; n <= text.size(); ++n)
                steps.append(text.left(n));
            for (int n = text.size() - 1; n >= 0; --n)
                steps.append(text.left(n));
            steps.append(text.left(3));
            steps.append(text);
            for (const QString &step : std::as_const(steps)) {
                const QString key = searchKey(step);
                QCOMPARE(index.search(key), everyMatch(keys, all, key));
            }
        }
        // Typing on reads only the keys the previous search kept; Backspace reads none.
        QCOMPARE(index.search(QStringLiteral("a")).size(), 8);
        QCOMPARE(index.lastKeysRead(), keys.size());
        QCOMPARE(index.search(QStringLiteral("at")).size(), 5);
        QCOMPARE(index.lastKeysRead(), 8);
        QCOMPARE(index.search(QStringLiteral("at n")), QList<int>({ 5, 7 }));
        QCOMPARE(index.lastKeysRead(), 5);
        QCOMPARE(index.search(QStringLiteral("at")).size(), 5);
        QCOMPARE(index.lastKeysRead(), 0);
        QCOMPARE(index.search(QStringLiteral("a")).size(), 8);
        QCOMPARE(index.lastKeysRead(), 0);
        QCOMPARE(index.search(searchKey(QStringLiteral("democratie"))), QList<int>({ 0, 4, 7 }));
        QCOMPARE(index.search(searchKey(QStringLiteral("paris democratie"))), QList<int>({ 0, 7 }));
        QVERIFY(index.search(searchKey(QStringLiteral("zzz"))).isEmpty());

        // The other filters limit the scope; remembered searches follow it.
        QVERIFY(!index.search(searchKey(QStringLiteral("atelier"))).isEmpty());
        const QList<int> scope = { 1, 2, 7, 9 };
        index.setScope(scope);
        QCOMPARE(index.search(searchKey(QStringLiteral("atelier"))), QList<int>({ 2 }));
        QCOMPARE(index.search(QString()), scope);
        for (const QString &key : { QStringLiteral("p"), QStringLiteral("pa"), QStringLiteral("p"),
                 QStringLiteral("e"), QStringLiteral("e d") })
            QCOMPARE(index.search(key), everyMatch(keys, scope, key));

        // Renamed or added entries are there once indexed again.
        keys[6] = searchKey(QStringLiteral("Démocratie locale"));
        keys.append(searchKey(QStringLiteral("Nouvelle démocratie")));
        index.reset(keys);
        all.append(int(all.size()));
        QCOMPARE(index.search(QStringLiteral("democratie")), QList<int>({ 0, 4, 6, 7, 10 }));
    }

    void aWriteThatFailsHalfWayLeavesNothingBehind()
    {
        // An initiative with themes is several inserts (initiative, themes, links, audit). Make
        // the last one fail by giving a theme name that breaks a constraint: NOT NULL cannot be
        // hit through the API, so fail from an outer transaction instead, after the inner
        // service call succeeded.
        const int auditBefore = count("audit_log");
        try {
            WriteTransaction tx(*m_db);
            Initiative i;
            i.name = QStringLiteral("Démocratie locale");
            i.themes = { QStringLiteral("Citoyenneté"), QStringLiteral("Éducation") };
            InitiativeService(*m_db).create(i);
            QCOMPARE(count("initiative"), 1); // visible inside the transaction
            Need bad;
            bad.initiativeId = 999999; // no such initiative: the foreign key refuses it
            bad.title = QStringLiteral("x");
            InitiativeService(*m_db).addNeed(bad);
            tx.commit();
            QFAIL("the foreign key violation should have thrown");
        } catch (const Error &) { }
        QCOMPARE(count("initiative"), 0);
        QCOMPARE(count("theme"), 0);
        QCOMPARE(count("initiative_theme"), 0);
        QCOMPARE(count("need"), 0);
        QCOMPARE(count("audit_log"), auditBefore);
    }

    void anAbandonedInnerTransactionPreventsTheOuterCommit()
    {
        WriteTransaction outer(*m_db);
        {
            WriteTransaction inner(*m_db);
            Query(*m_db, QStringLiteral("INSERT INTO theme (name) VALUES ('a')")).exec();
            // inner leaves without commit
        }
        QVERIFY_THROWS_EXCEPTION(Error, outer.commit());
    }

    void aCommittedWriteAnnouncesWhatChanged()
    {
        QSignalSpy spy(m_db.get(), &Database::changed);
        const qint64 id = anInitiative();
        QCOMPARE(spy.count(), 1);
        const auto changes = spy.at(0).at(0).value<ChangeSet>();
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.at(0).entity, QStringLiteral("initiative"));
        QCOMPARE(changes.at(0).id, id);
        QCOMPARE(changes.at(0).kind, Change::Inserted);
        // ...and the audit trail has a line for it.
        QCOMPARE(Query(*m_db,
                     QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entity = "
                                    "'initiative' AND entity_id = ? AND operation = "
                                    "'insert'"))
                     .bindAll(id)
                     .scalar()
                     .toInt(),
            1);
    }

    void aRolledBackWriteAnnouncesNothing()
    {
        QSignalSpy spy(m_db.get(), &Database::changed);
        {
            WriteTransaction tx(*m_db);
            anInitiative();
        }
        QCOMPARE(spy.count(), 0);
        QCOMPARE(count("initiative"), 0);
    }

    void invalidDataIsNeverWritten()
    {
        Organisation o;
        o.name = QStringLiteral("Association test");
        o.siret = QStringLiteral("73282932000079"); // bad check digit
        QVERIFY_THROWS_EXCEPTION(Error, DirectoryService(*m_db).createOrganisation(o));
        o.siret.clear();
        o.rna = QStringLiteral("W12345");
        QVERIFY_THROWS_EXCEPTION(Error, DirectoryService(*m_db).createOrganisation(o));
        Initiative i;
        i.name = QStringLiteral("   ");
        QVERIFY_THROWS_EXCEPTION(Error, InitiativeService(*m_db).create(i));
        Phase p;
        p.name = QStringLiteral("Phase 1");
        p.planned = { QDate(2022, 7, 15), QDate(2022, 4, 14) };
        QVERIFY_THROWS_EXCEPTION(Error, ProgrammeService(*m_db).createPhase(p));
        QCOMPARE(count("organisation"), 0);
        QCOMPARE(count("initiative"), 0);
        QCOMPARE(count("phase"), 0);
        QCOMPARE(count("audit_log"), 0);
    }

    void disbursementsCannotExceedTheCommitmentWithoutAReason()
    {
        Grant g;
        g.initiativeId = anInitiative();
        g.committed = Money::fromEuros(80000);
        GrantService grants(*m_db);
        g.id = grants.createGrant(g);
        grants.addDisbursement({ 0, g.id, QDate(2022, 9, 15), Money::fromEuros(50000), {}, {} });
        QVERIFY_THROWS_EXCEPTION(Error,
            grants.addDisbursement(
                { 0, g.id, QDate(2022, 10, 1), Money::fromEuros(30001), {}, {} }));
        QCOMPARE(grants.disbursedTotal(g.id), Money::fromEuros(50000));
        grants.addDisbursement({ 0, g.id, QDate(2022, 10, 1), Money::fromEuros(30001), {},
            QStringLiteral("Frais de virement refacturés") });
        QCOMPARE(grants.disbursedTotal(g.id), Money::fromEuros(80001));
    }

    void aGrantsBudgetShareIsOneRuleSpokenInPercent()
    {
        Grant g;
        g.initiativeId = anInitiative();
        g.committed = Money::fromEuros(80000);
        g.budgetShare = 1.5;
        GrantService grants(*m_db);
        QVERIFY_THROWS_EXCEPTION(Error, grants.createGrant(g));
        g.budgetShare = 0.5;
        g.id = grants.createGrant(g);
        RecordService records(*m_db);
        const QString table = QStringLiteral("grant_award");
        const QString column = QStringLiteral("budget_share");
        // The same rule and words for a value type and for a field edit, in the unit the user
        // types (a percentage), never "a fraction".
        const QString problem = records.problem(table, column, g.id, 0.005);
        QCOMPARE(problem, validation::budgetShareProblem(0.005));
        QVERIFY(problem.contains(QStringLiteral("100 %")));
        QVERIFY(records.problem(table, column, g.id, 0.8).isEmpty());
        QVERIFY_THROWS_EXCEPTION(Error, records.setValue(table, column, g.id, 1.01));
        QCOMPARE(records.value(table, column, g.id).toDouble(), 0.5);
    }

    void theDomainsOfferedAreThoseInUseAndThoseOfTheProgrammesList()
    {
        Programme programme;
        programme.name = QStringLiteral("Programme");
        const qint64 programmeId = ProgrammeService(*m_db).createProgramme(programme);
        Initiative i;
        i.name = QStringLiteral("Vikidia");
        i.domain = QStringLiteral("Transformation numérique");
        InitiativeService(*m_db).create(i);
        RecordService records(*m_db);
        for (const char *name : { "Santé publique", "Transformation numérique" })
            records.insert(QStringLiteral("list_item"),
                { { QStringLiteral("programme_id"), programmeId },
                    { QStringLiteral("list"), QStringLiteral("domain") },
                    { QStringLiteral("name"), QString::fromUtf8(name) } });
        QCOMPARE(InitiativeListService(*m_db).domains(),
            QStringList(
                { QStringLiteral("Santé publique"), QStringLiteral("Transformation numérique") }));
    }

    void amountsAreStoredAsExactCents()
    {
        Grant g;
        g.initiativeId = anInitiative();
        g.committed = Money::fromCents(8000001);
        const qint64 id = GrantService(*m_db).createGrant(g);
        const QVariant raw = Query(*m_db,
            QStringLiteral("SELECT committed_cents FROM grant_award "
                           "WHERE id = ?"))
                                 .bindAll(id)
                                 .scalar();
        QCOMPARE(raw.toLongLong(), qint64(8000001));
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
