// SPDX-License-Identifier: GPL-3.0-or-later
// The directory: administrations, outside partners and persons listed by pages and searched,
// edited, removed with what depends on them stated, and duplicates merged (every reference
// follows, undoably).
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/database/transaction.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/records/foreignkeys.h"
#include "core/services/directoryservice.h"
#include "core/services/lookups.h"
#include "core/services/records.h"
#include "core/services/searchindex.h"
#include "core/text/searchkey.h"
#include "modaldialogs.h"
#include "ui/directory/directorylistmodel.h"
#include "ui/directory/directorypage.h"
#include "ui/directory/directorytab.h"
#include "ui/directory/mergedialog.h"
#include "ui/document.h"
#include "ui/forms/referencepicker.h"
#include "ui/mainwindow.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QInputDialog>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScrollBar>
#include <QSqlRecord>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {

/// Every row of every table but the audit trail: the state an undo must restore exactly.
QString dumpDatabase(Database &db)
{
    QString out;
    QStringList tables = db.connection().tables();
    tables.sort();
    for (const QString &table : std::as_const(tables)) {
        if (table == QLatin1String("audit_log") || table.startsWith(QLatin1String("sqlite_")))
            continue;
        out += QStringLiteral("## %1\n").arg(table);
        Query q(db, QStringLiteral("SELECT * FROM %1 ORDER BY 1, 2").arg(table));
        q.exec();
        const QSqlRecord rec = q.raw().record();
        while (q.next()) {
            QStringList cells;
            for (int i = 0; i < rec.count(); ++i)
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

/// How many rows refer to @p id of @p table, through every foreign key of the schema.
int referencesTo(Database &db, const QString &table, qint64 id)
{
    int n = 0;
    for (const ForeignKey &fk : foreignKeys()) {
        if (table != QLatin1String(fk.parent))
            continue;
        n += Query(db,
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2 = ?")
                .arg(QLatin1String(fk.child), QLatin1String(fk.column)))
                 .bindAll(id)
                 .scalar()
                 .toInt();
    }
    return n;
}

qint64 scalarId(Database &db, const QString &sql)
{
    return Query(db, sql).scalar().toLongLong();
}

/// Types @p text into @p w one character at a time, as a user would (keyClicks cannot send
/// non-ASCII characters in Qt 6.4).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// The editor the view opened on a cell.
QLineEdit *openEditor(QTableView *view)
{
    QLineEdit *editor = nullptr;
    (void)QTest::qWaitFor([&] {
        editor = view->viewport()->findChild<QLineEdit *>();
        return editor && editor->isVisible();
    });
    return editor;
}

/// The Edit menu's action with this standard shortcut (Undo, Redo).
QAction *editAction(QMainWindow &w, QKeySequence::StandardKey key)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (!m->menu())
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
    }
    return nullptr;
}

/// Clicks a row of a table, with @p modifiers (Ctrl adds it to the selection).
void clickRow(QTableView *view, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(
        view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

template<typename T> T *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QLatin1String(name));
    Q_ASSERT(w);
    return w;
}

} // namespace

class TestDirectory : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translations m_translations;
    std::unique_ptr<Database> m_db;
    int m_n = 0;

    qint64 insert(const QString &table, const QVariantMap &values)
    {
        return RecordService(*m_db).insert(table, values);
    }
    qint64 administration(const QString &name, qint64 parent = 0)
    {
        QVariantMap v { { QStringLiteral("name"), name },
            { QStringLiteral("kind"), QStringLiteral("directorate") } };
        if (parent)
            v.insert(QStringLiteral("parent_id"), parent);
        return insert(QStringLiteral("administration"), v);
    }
    qint64 initiative(int n) const
    {
        return Query(
            *m_db, QStringLiteral("SELECT id FROM initiative ORDER BY id LIMIT 1 OFFSET ?"))
            .bindAll(n)
            .scalar()
            .toLongLong();
    }

    /// Opens @p path in the window, on screen, in the Directory workspace, once the file's
    /// check is over (writes wait for it).
    bool openDirectory(MainWindow &w, const QString &path)
    {
        if (!w.openDatabase(path))
            return false;
        QSignalSpy checked(&w.document()->database(), &Database::integrityChecked);
        w.resize(1366, 768);
        w.show();
        if (!QTest::qWaitForWindowExposed(&w))
            return false;
        w.showWorkspace(MainWindow::Directory);
        return QTest::qWaitFor([&checked] { return checked.count() == 1; });
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
    void init()
    {
        m_db = std::make_unique<Database>();
        m_db->create(m_dir.filePath(QStringLiteral("d%1.sqlite").arg(++m_n)));
        writeDemoProgramme(*m_db);
    }
    void cleanup() { m_db.reset(); }

    void mergingAdministrationsMovesEveryReferenceAndUndoIsExact()
    {
        const qint64 ministry = administration(QStringLiteral("Ministère"));
        const qint64 keep = administration(QStringLiteral("DINUM"), ministry);
        const qint64 gone = administration(QStringLiteral("Dinum (doublon)"), ministry);
        const qint64 sub = administration(QStringLiteral("Bureau"), gone);
        const qint64 a = initiative(0), b = initiative(1);
        // The same partnership on both records collides; the other one moves.
        insert(QStringLiteral("initiative_partner"),
            { { QStringLiteral("initiative_id"), a },
                { QStringLiteral("administration_id"), keep } });
        insert(QStringLiteral("initiative_partner"),
            { { QStringLiteral("initiative_id"), a }, { QStringLiteral("administration_id"), gone },
                { QStringLiteral("note"), QStringLiteral("twice") } });
        insert(QStringLiteral("initiative_partner"),
            { { QStringLiteral("initiative_id"), b },
                { QStringLiteral("administration_id"), gone } });
        insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Agent") },
                { QStringLiteral("administration_id"), gone } });
        insert(QStringLiteral("funding_source"),
            { { QStringLiteral("name"), QStringLiteral("Fonds") },
                { QStringLiteral("administration_id"), gone } });
        const qint64 decision = scalarId(*m_db, QStringLiteral("SELECT MIN(id) FROM decision"));
        insert(QStringLiteral("decision_sponsor"),
            { { QStringLiteral("decision_id"), decision },
                { QStringLiteral("administration_id"), gone } });
        Query(*m_db, QStringLiteral("UPDATE programme SET operator_administration_id = ?"))
            .bindAll(gone)
            .exec();
        const int before = referencesTo(*m_db, QStringLiteral("administration"), keep)
            + referencesTo(*m_db, QStringLiteral("administration"), gone);
        QCOMPARE(before, 8);
        const QString dump = dumpDatabase(*m_db);

        DirectoryService directory(*m_db);
        const MergeRecord merged
            = directory.merge(QStringLiteral("administration"), keep, { gone });
        QCOMPARE(referencesTo(*m_db, QStringLiteral("administration"), gone), 0);
        // Every reference followed but the partnership that would have repeated one.
        QCOMPARE(referencesTo(*m_db, QStringLiteral("administration"), keep), before - 1);
        QCOMPARE(merged.dropped.size(), 1);
        QCOMPARE(RecordService(*m_db)
                     .value(QStringLiteral("administration"), QStringLiteral("parent_id"), sub)
                     .toLongLong(),
            keep);
        QCOMPARE(scalarId(*m_db,
                     QStringLiteral("SELECT COUNT(*) FROM administration WHERE id = %1").arg(gone)),
            0);
        QCOMPARE(
            scalarId(*m_db, QStringLiteral("SELECT operator_administration_id FROM programme")),
            keep);

        directory.unmerge(merged);
        QCOMPARE(dumpDatabase(*m_db), dump);
    }

    void mergingPersonsDropsTheRolesAndSeatsTheKeptPersonHasAndUndoPutsThemBack()
    {
        const qint64 keep = insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Claire Martin") } });
        const qint64 gone1 = insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("C. Martin") } });
        const qint64 gone2 = insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Claire MARTIN") } });
        const qint64 a = initiative(0), b = initiative(2);
        const qint64 committee = scalarId(*m_db, QStringLiteral("SELECT MIN(id) FROM committee"));
        const auto role = [this](qint64 person, qint64 initiative, const char *r) {
            insert(QStringLiteral("initiative_person"),
                { { QStringLiteral("initiative_id"), initiative },
                    { QStringLiteral("person_id"), person },
                    { QStringLiteral("role"), QLatin1String(r) } });
        };
        role(keep, a, "ministry_referent");
        role(gone1, a, "ministry_referent"); // collides
        role(gone1, a, "public_partner"); // moves: another role
        role(gone2, b, "ministry_referent"); // moves
        role(gone2, a, "ministry_referent"); // collides
        insert(QStringLiteral("committee_member"),
            { { QStringLiteral("committee_id"), committee },
                { QStringLiteral("person_id"), keep } });
        insert(QStringLiteral("committee_member"),
            { { QStringLiteral("committee_id"), committee }, { QStringLiteral("person_id"), gone2 },
                { QStringLiteral("role"), QStringLiteral("chair") } });
        const QString dump = dumpDatabase(*m_db);

        DirectoryService directory(*m_db);
        const MergeRecord merged
            = directory.merge(QStringLiteral("person"), keep, { gone1, gone2, keep });
        QCOMPARE(merged.goneIds, (QList<qint64> { gone1, gone2 }));
        QCOMPARE(merged.dropped.size(), 3);
        QCOMPARE(referencesTo(*m_db, QStringLiteral("person"), gone1), 0);
        QCOMPARE(referencesTo(*m_db, QStringLiteral("person"), gone2), 0);
        QCOMPARE(referencesTo(*m_db, QStringLiteral("person"), keep), 4);
        const QList<PersonAppearance> seen = directory.appearances(keep);
        QCOMPARE(seen.size(), 4);
        QVERIFY(std::any_of(
            seen.cbegin(), seen.cend(), [](const PersonAppearance &p) { return p.committee; }));

        directory.unmerge(merged);
        QCOMPARE(dumpDatabase(*m_db), dump);
    }

    void mergingOrganisationsMovesTheCarriedInitiativesAndTheirSearchKeys()
    {
        const qint64 gone = scalarId(
            *m_db, QStringLiteral("SELECT carrier_id FROM initiative ORDER BY id LIMIT 1"));
        const qint64 keep = insert(QStringLiteral("organisation"),
            { { QStringLiteral("name"), QStringLiteral("Zéphyr Coopérative") },
                { QStringLiteral("legal_form"), QStringLiteral("company") } });
        const int carried = int(scalarId(*m_db,
            QStringLiteral("SELECT COUNT(*) FROM initiative WHERE carrier_id = %1").arg(gone)));
        QVERIFY(carried > 0);
        const QString dump = dumpDatabase(*m_db);
        DirectoryService directory(*m_db);
        const MergeRecord merged = directory.merge(QStringLiteral("organisation"), keep, { gone });
        QCOMPARE(int(scalarId(*m_db,
                     QStringLiteral("SELECT COUNT(*) FROM initiative WHERE carrier_id = %1 AND "
                                    "search_text LIKE '%zephyr cooperative%'")
                         .arg(keep))),
            carried);
        directory.unmerge(merged);
        QCOMPARE(dumpDatabase(*m_db), dump);
    }

    void anAdministrationKeptUnderItsDuplicateMovesUpToTheDuplicatesParent()
    {
        const qint64 ministry = administration(QStringLiteral("Ministère de l’Intérieur"));
        const qint64 gone = administration(QStringLiteral("DGCL"), ministry);
        const qint64 keep
            = administration(QStringLiteral("Direction générale des collectivités locales"), gone);
        const QString dump = dumpDatabase(*m_db);
        DirectoryService directory(*m_db);
        const MergeRecord merged
            = directory.merge(QStringLiteral("administration"), keep, { gone });
        QCOMPARE(RecordService(*m_db)
                     .value(QStringLiteral("administration"), QStringLiteral("parent_id"), keep)
                     .toLongLong(),
            ministry);
        directory.unmerge(merged);
        QCOMPARE(dumpDatabase(*m_db), dump);
    }

    void aMergeOfOneRecordOrOfAnotherTableIsRefusedAndWritesNothing()
    {
        const qint64 a = administration(QStringLiteral("A"));
        const QString dump = dumpDatabase(*m_db);
        DirectoryService directory(*m_db);
        QVERIFY_THROWS_EXCEPTION(
            Error, directory.merge(QStringLiteral("administration"), a, { a }));
        QVERIFY_THROWS_EXCEPTION(
            Error, directory.merge(QStringLiteral("initiative"), initiative(0), { initiative(1) }));
        QVERIFY_THROWS_EXCEPTION(
            Error, directory.merge(QStringLiteral("administration"), a, { 999999 }));
        QCOMPARE(dumpDatabase(*m_db), dump);
    }

    void anAdministrationCannotBePlacedUnderItsOwnDescendant()
    {
        const qint64 ministry = administration(QStringLiteral("Ministère"));
        const qint64 directorate = administration(QStringLiteral("Direction"), ministry);
        const qint64 office = administration(QStringLiteral("Bureau"), directorate);
        RecordService records(*m_db);
        const QString column = QStringLiteral("parent_id");
        QCOMPARE(records.problem(QStringLiteral("administration"), column, ministry, office),
            QStringLiteral(
                "An administration cannot be placed under one of its own sub-administrations."));
        QVERIFY(!records.problem(QStringLiteral("administration"), column, ministry, ministry)
                     .isEmpty());
        QVERIFY_THROWS_EXCEPTION(
            Error, records.setValue(QStringLiteral("administration"), column, ministry, office));
        QVERIFY(records.value(QStringLiteral("administration"), column, ministry).isNull());
        // Moving a branch elsewhere is fine.
        records.setValue(QStringLiteral("administration"), column, office, ministry);
        QCOMPARE(
            records.value(QStringLiteral("administration"), column, office).toLongLong(), ministry);
    }

    void theListsAreReadByPagesSearchedWithoutAccentsAndFilteredByKind()
    {
        for (int i = 0; i < 30; ++i)
            administration(QStringLiteral("Préfecture %1").arg(i, 2, 10, QLatin1Char('0')));
        DirectoryService directory(*m_db);
        const QStringList columns { QStringLiteral("name"), QStringLiteral("kind") };
        DirectoryFilter filter { QStringLiteral("PREFECTURE"), {} };
        QCOMPARE(directory.count(QStringLiteral("administration"), filter), 30);
        const RecordRows first
            = directory.page(QStringLiteral("administration"), columns, filter, 0, 10);
        const RecordRows third
            = directory.page(QStringLiteral("administration"), columns, filter, 20, 10);
        QCOMPARE(first.ids.size(), 10);
        QCOMPARE(first.rows.at(0).at(0).toString(), QStringLiteral("Préfecture 00"));
        QCOMPARE(third.rows.at(9).at(0).toString(), QStringLiteral("Préfecture 29"));
        filter.kind = QStringLiteral("ministry");
        QCOMPARE(directory.count(QStringLiteral("administration"), filter), 0);
        QVERIFY_THROWS_EXCEPTION(Error,
            directory.page(QStringLiteral("administration"), { QStringLiteral("id; DROP TABLE x") },
                {}, 0, 10));
    }

    void theListsAndChoicesAreInAccentFreeOrderAndARenamedRecordMovesToItsPlace()
    {
        // "Défenseur des droits", the "Délégation…" and the "Direction…" come from the demo.
        const qint64 education
            = administration(QStringLiteral("Éducation populaire et vie associative"));
        const qint64 ecole
            = administration(QStringLiteral("École nationale des finances publiques"));
        const QStringList expected { QStringLiteral("Défenseur des droits"),
            QStringLiteral(
                "Délégation interministérielle à l’hébergement et à l’accès au logement"),
            QStringLiteral("Direction de l’administration pénitentiaire"),
            QStringLiteral("École nationale des finances publiques"),
            QStringLiteral("Éducation populaire et vie associative") };
        const auto inOrder = [&expected](const QStringList &names) {
            QStringList out;
            for (const QString &n : names) {
                if (expected.contains(n) || n.startsWith(QStringLiteral("Économie")))
                    out << n;
            }
            return out;
        };
        // The choice lists (ReferencePicker) read the same order.
        {
            QStringList labels;
            // A label is "short name — name" when there is a short name.
            for (const Choice &c : Lookups(*m_db).search(ChoiceKind::Administration, {}, 1000))
                labels << c.label.split(QStringLiteral(" — ")).last();
            QCOMPARE(inOrder(labels), expected);
            const QList<Choice> found
                = Lookups(*m_db).search(ChoiceKind::Administration, QStringLiteral("ecole"));
            QVERIFY(!found.isEmpty());
            QCOMPARE(found.first().id, ecole);
        }

        const QString path = m_db->path();
        m_db.reset();
        MainWindow w(m_translations);
        QVERIFY(openDirectory(w, path));
        DirectoryTab *tab = w.directoryPage()->administrations();
        QTableView *view = tab->view();
        const auto shown = [view] {
            while (view->model()->canFetchMore({}))
                view->model()->fetchMore({});
            QStringList names;
            for (int r = 0; r < view->model()->rowCount(); ++r)
                names << view->model()->index(r, 0).data().toString();
            return names;
        };
        const auto sortedByKey = [](const QStringList &names) {
            for (int i = 1; i < names.size(); ++i) {
                if (searchKey(names.at(i - 1)) > searchKey(names.at(i)))
                    return false;
            }
            return true;
        };
        QCOMPARE(inOrder(shown()), expected);
        QVERIFY(sortedByKey(shown()));

        // Renamed in place, "Éducation…" becomes "Économie…" and moves before "École…".
        int row = -1;
        for (int r = 0; r < tab->model()->rowCount(); ++r) {
            if (tab->model()->idAt(r) == education)
                row = r;
        }
        QVERIFY(row >= 0);
        clickRow(view, row);
        view->setCurrentIndex(view->model()->index(row, 0));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = openEditor(view);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        typeText(editor, QStringLiteral("Économie sociale et solidaire"));
        QTest::keyClick(editor, Qt::Key_Return);
        const QStringList renamed { expected.at(0), expected.at(1), expected.at(2),
            QStringLiteral("École nationale des finances publiques"),
            QStringLiteral("Économie sociale et solidaire") };
        QTRY_COMPARE(inOrder(shown()), renamed);
        QVERIFY(sortedByKey(shown()));

        // Searched without accents: "ecole" finds "École…", first as its name starts so.
        typeText(child<QLineEdit>(tab, "search"), QStringLiteral("ecole"));
        QTRY_VERIFY(tab->model()->total() >= 1);
        QCOMPARE(tab->model()->nameAt(0), QStringLiteral("École nationale des finances publiques"));
        QCOMPARE(tab->model()->idAt(0), ecole);
    }

    void whatDependsOnARecordIsStatedBeforeItIsRemoved()
    {
        const qint64 ministry = administration(QStringLiteral("Ministère"));
        administration(QStringLiteral("Direction"), ministry);
        administration(QStringLiteral("Autre direction"), ministry);
        insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Agent") },
                { QStringLiteral("administration_id"), ministry } });
        QCOMPARE(
            DirectoryService(*m_db).dependentsSummary(QStringLiteral("administration"), ministry),
            QStringLiteral("2 administrations under it, 1 person"));
    }

    void theListModelsPassTheModelTesterWhileSearchedPagedAndEdited()
    {
        insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Anne Leroy") } });
        for (int i = 0; i < 250; ++i)
            insert(QStringLiteral("organisation"),
                { { QStringLiteral("name"),
                      QStringLiteral("Société %1").arg(i, 3, 10, QLatin1Char('0')) },
                    { QStringLiteral("legal_form"), QStringLiteral("company") } });
        const QString path = m_db->path();
        m_db.reset();
        Document doc;
        doc.database().open(path);
        for (const QString &table : { QStringLiteral("administration"),
                 QStringLiteral("organisation"), QStringLiteral("person") }) {
            const bool person = table == QLatin1String("person");
            const QStringList columns { person ? QStringLiteral("full_name")
                                               : QStringLiteral("name"),
                person ? QStringLiteral("email") : QStringLiteral("website") };
            DirectoryListModel model(table, columns);
            QAbstractItemModelTester tester(
                &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            model.setDocument(&doc);
            model.setFilter({ QStringLiteral("e"), {} });
            model.setFilter({});
            while (model.canFetchMore({}))
                model.fetchMore({});
            QCOMPARE(model.rowCount(), model.total());
            QVERIFY(model.setData(model.index(0, 1),
                person ? QStringLiteral("x@example.org") : QStringLiteral("https://example.org")));
            // A refused value is not written and says why.
            QSignalSpy refused(&model, &DirectoryListModel::editRefused);
            QVERIFY(!model.setData(model.index(0, 1), QStringLiteral("not an address")));
            QCOMPARE(refused.count(), 1);
            doc.undoStack().clear();
        }
        // Read by pages: a page first, more as the view asks.
        DirectoryListModel organisations(
            QStringLiteral("organisation"), { QStringLiteral("name") });
        organisations.setDocument(&doc);
        QCOMPARE(organisations.rowCount(), DirectoryListModel::PageSize);
        QVERIFY(organisations.total() > 250);
        organisations.setFilter({ QStringLiteral("SOCIETE 24"), {} });
        QCOMPARE(organisations.total(), 10);
        QCOMPARE(organisations.nameAt(0), QStringLiteral("Société 240"));
    }

    void aUserSearchesEditsInPlaceAndUndoesFromTheEditMenu()
    {
        const QString path = m_db->path();
        m_db.reset();
        MainWindow w(m_translations);
        QVERIFY(openDirectory(w, path));
        DirectoryTab *tab = w.directoryPage()->administrations();
        auto *search = child<QLineEdit>(tab, "search");
        QTest::keyClicks(search, QStringLiteral("EDUCATION"));
        QTableView *view = tab->view();
        QVERIFY(view->model()->rowCount() >= 1);
        for (int r = 0; r < view->model()->rowCount(); ++r)
            QVERIFY(searchKey(view->model()->index(r, 0).data().toString())
                        .contains(QStringLiteral("education")));
        // Edit the short name in place: F2, type, Enter.
        const qint64 id = tab->model()->idAt(0);
        clickRow(view, 0);
        view->setCurrentIndex(view->model()->index(0, 1));
        QTest::keyClick(view, Qt::Key_F2);
        QLineEdit *editor = openEditor(view);
        QVERIFY(editor);
        QTest::keyClick(editor, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClicks(editor, QStringLiteral("MININT"));
        QTest::keyClick(editor, Qt::Key_Return);
        Database &db = w.document()->database();
        // The delegate commits what was typed once Enter is handled.
        QTRY_COMPARE(RecordService(db)
                         .value(QStringLiteral("administration"), QStringLiteral("short_name"), id)
                         .toString(),
            QStringLiteral("MININT"));
        QCOMPARE(view->model()->index(0, 1).data().toString(), QStringLiteral("MININT"));
        editAction(w, QKeySequence::Undo)->trigger();
        QVERIFY(RecordService(db)
                    .value(QStringLiteral("administration"), QStringLiteral("short_name"), id)
                    .toString()
            != QStringLiteral("MININT"));

        // Only the ministries: the search emptied, the kind chosen with the keyboard.
        QTest::keyClick(search, Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(search, Qt::Key_Backspace);
        QCOMPARE(tab->model()->rowCount(), tab->model()->total());
        const int all = tab->model()->total();
        auto *kinds = child<QComboBox>(tab, "kindFilter");
        while (kinds->currentData().toString() != QLatin1String("ministry")
            && kinds->currentIndex() < kinds->count() - 1)
            QTest::keyClick(kinds, Qt::Key_Down);
        QVERIFY(tab->model()->total() > 0 && tab->model()->total() < all);
        for (int r = 0; r < tab->model()->rowCount(); ++r)
            QCOMPARE(view->model()->index(r, 2).data().toString(), QStringLiteral("Ministry"));
    }

    void aUserCreatesAnAdministrationAndIsToldWhenAParentWouldMakeACycle()
    {
        const QString path = m_db->path();
        m_db.reset();
        MainWindow w(m_translations);
        QVERIFY(openDirectory(w, path));
        DirectoryTab *tab = w.directoryPage()->administrations();
        test::onNextModal<QInputDialog>([](QInputDialog *dialog) {
            auto *edit = dialog->findChild<QLineEdit *>();
            QTest::keyClicks(edit, QStringLiteral("Direction des essais"));
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(child<QPushButton>(tab, "newButton"), Qt::LeftButton);
        Database &db = w.document()->database();
        const qint64 id = scalarId(db,
            QStringLiteral("SELECT id FROM administration WHERE name = 'Direction des essais'"));
        QVERIFY(id > 0);
        QCOMPARE(tab->model()->idAt(tab->view()->currentIndex().row()), id);
        // Its parent is chosen in place: F2 on the cell, a few letters, the list, Enter.
        const qint64 justice = scalarId(db,
            QStringLiteral("SELECT id FROM administration WHERE name = 'Ministère de la Justice'"));
        QTableView *view = tab->view();
        const auto chooseParent = [view](int row, const QString &typed) {
            view->setCurrentIndex(view->model()->index(row, 3));
            QTest::keyClick(view, Qt::Key_F2);
            ReferencePicker *picker = nullptr;
            QVERIFY(QTest::qWaitFor([&] {
                picker = view->viewport()->findChild<ReferencePicker *>();
                return picker && picker->isVisible();
            }));
            typeText(picker, typed);
            QAbstractItemView *popup = picker->choiceCompleter()->popup();
            QTRY_VERIFY(popup->isVisible());
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
            QTest::keyClick(picker, Qt::Key_Return);
        };
        chooseParent(tab->model()->rowOf(id), QStringLiteral("ministere de la just"));
        QTRY_COMPARE(RecordService(db)
                         .value(QStringLiteral("administration"), QStringLiteral("parent_id"), id)
                         .toLongLong(),
            justice);
        // The ministry cannot go under its new directorate: refused, with the reason.
        QTest::keyClick(child<QLineEdit>(tab, "search"), Qt::Key_A, Qt::ControlModifier);
        QTest::keyClick(child<QLineEdit>(tab, "search"), Qt::Key_Backspace);
        const int justiceRow = tab->model()->rowOf(justice);
        QVERIFY(justiceRow >= 0);
        chooseParent(justiceRow, QStringLiteral("direction des ess"));
        QTRY_COMPARE(child<QLabel>(tab, "message")->text(),
            QStringLiteral("An administration cannot be placed under one of its own "
                           "sub-administrations."));
        QVERIFY(RecordService(db)
                    .value(QStringLiteral("administration"), QStringLiteral("parent_id"), justice)
                    .isNull());
    }

    void anotherFileOpenedWhileTheDirectoryIsShownShowsItsRecords()
    {
        const QString path = m_db->path();
        m_db.reset();
        const QString other = m_dir.filePath(QStringLiteral("other%1.sqlite").arg(m_n));
        {
            Database db;
            db.create(other);
            RecordService(db).insert(QStringLiteral("administration"),
                { { QStringLiteral("name"), QStringLiteral("Seule administration") },
                    { QStringLiteral("kind"), QStringLiteral("agency") } });
        }
        MainWindow w(m_translations);
        QVERIFY(openDirectory(w, path));
        DirectoryTab *tab = w.directoryPage()->administrations();
        QVERIFY(tab->model()->rowCount() > 1);
        QVERIFY(w.openDatabase(other));
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(tab->model()->nameAt(0), QStringLiteral("Seule administration"));
    }

    void onALargeListTheSearchWaitsForAPauseInTyping()
    {
        {
            WriteTransaction tx(*m_db);
            for (int i = 0; i <= DirectoryTab::LargeList; ++i) {
                const QString name = QStringLiteral("Société %1").arg(i);
                const DirectoryKeys keys = directoryKeys(name, {});
                Query(*m_db,
                    QStringLiteral("INSERT INTO organisation (name, legal_form, sort_key, "
                                   "search_text) VALUES (?, 'company', ?, ?)"))
                    .bindAll(name, keys.sort, keys.search)
                    .exec();
            }
            tx.commit();
        }
        const QString path = m_db->path();
        m_db.reset();
        Document doc;
        doc.database().open(path);
        DirectoryTab tab(DirectoryTab::Partners);
        tab.setDocument(&doc);
        const int all = tab.model()->total();
        QVERIFY(all > DirectoryTab::LargeList);
        typeText(child<QLineEdit>(&tab, "search"), QStringLiteral("vikidi"));
        QCOMPARE(tab.model()->total(), all); // still typing
        QTRY_COMPARE(tab.model()->total(), 1);
        QCOMPARE(tab.model()->nameAt(0), QStringLiteral("Association Vikidia"));
        // Typing on waits too, though the list shown is short: each search reads every key.
        typeText(child<QLineEdit>(&tab, "search"), QStringLiteral("x"));
        QCOMPARE(tab.model()->total(), 1);
        QTRY_COMPARE(tab.model()->total(), 0);
    }

    void aUserDeletesAPersonBeingToldWhatDependsOnIt()
    {
        const qint64 person = insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Élodie Marchand") },
                { QStringLiteral("email"), QStringLiteral("elodie.marchand@example.gouv.fr") } });
        for (int i = 0; i < 2; ++i) {
            insert(QStringLiteral("initiative_person"),
                { { QStringLiteral("initiative_id"), initiative(i) },
                    { QStringLiteral("person_id"), person },
                    { QStringLiteral("role"), QStringLiteral("acceleration_officer") } });
        }
        const QString name
            = RecordService(*m_db)
                  .value(QStringLiteral("person"), QStringLiteral("full_name"), person)
                  .toString();
        const QString path = m_db->path();
        const QString dump = dumpDatabase(*m_db);
        m_db.reset();
        MainWindow w(m_translations);
        QVERIFY(openDirectory(w, path));
        QTabWidget *tabs = w.directoryPage()->tabs();
        tabs->setCurrentIndex(2);
        DirectoryTab *tab = w.directoryPage()->persons();
        typeText(child<QLineEdit>(tab, "search"), name);
        const int row = tab->model()->rowOf(person);
        QVERIFY(row >= 0);
        clickRow(tab->view(), row);
        // Where the person appears is shown beside the list.
        QVERIFY(child<QListWidget>(tab, "appearances")->count() >= 1);
        QVERIFY(child<QListWidget>(tab, "appearances")
                    ->item(0)
                    ->text()
                    .startsWith(QStringLiteral("Initiative")));
        QString asked;
        test::onNextModal<QMessageBox>([&asked](QMessageBox *box) {
            asked = box->text();
            QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
        });
        QTest::mouseClick(child<QPushButton>(tab, "deleteButton"), Qt::LeftButton);
        QVERIFY2(asked.contains(QStringLiteral("role")), qPrintable(asked));
        Database &db = w.document()->database();
        QCOMPARE(
            scalarId(db, QStringLiteral("SELECT COUNT(*) FROM person WHERE id = %1").arg(person)),
            0);
        QCOMPARE(tab->model()->rowOf(person), -1);
        editAction(w, QKeySequence::Undo)->trigger();
        QCOMPARE(dumpDatabase(db), dump);
    }

    void aUserMergesTwoAdministrationsAndUndoesTheMergeInOneStep()
    {
        const qint64 ministry = administration(QStringLiteral("Ministère des Essais"));
        const qint64 keep = administration(QStringLiteral("Direction des essais"), ministry);
        const qint64 gone
            = administration(QStringLiteral("Direction des essais (doublon)"), ministry);
        const qint64 a = initiative(0);
        insert(QStringLiteral("initiative_partner"),
            { { QStringLiteral("initiative_id"), a },
                { QStringLiteral("administration_id"), keep } });
        insert(QStringLiteral("initiative_partner"),
            { { QStringLiteral("initiative_id"), a },
                { QStringLiteral("administration_id"), gone } });
        insert(QStringLiteral("person"),
            { { QStringLiteral("full_name"), QStringLiteral("Agent") },
                { QStringLiteral("administration_id"), gone } });
        const QString path = m_db->path();
        const QString dump = dumpDatabase(*m_db);
        m_db.reset();
        MainWindow w(m_translations);
        QVERIFY(openDirectory(w, path));
        DirectoryTab *tab = w.directoryPage()->administrations();
        QTest::keyClicks(child<QLineEdit>(tab, "search"), QStringLiteral("direction des essais"));
        QCOMPARE(tab->model()->rowCount(), 2);
        auto *merge = child<QPushButton>(tab, "mergeButton");
        clickRow(tab->view(), tab->model()->rowOf(keep));
        QVERIFY(!merge->isEnabled());
        clickRow(tab->view(), tab->model()->rowOf(gone), Qt::ControlModifier);
        QVERIFY(merge->isEnabled());
        // The dialog proposes the current record; the user picks the one to keep, then Merge.
        test::onNextModal<MergeDialog>([keep](MergeDialog *dialog) {
            auto *list = dialog->findChild<QListWidget *>(QStringLiteral("keepList"));
            for (int i = 0; i < list->count(); ++i) {
                if (list->item(i)->data(Qt::UserRole).toLongLong() == keep)
                    QTest::mouseClick(list->viewport(), Qt::LeftButton, {},
                        list->visualItemRect(list->item(i)).center());
            }
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(merge, Qt::LeftButton);
        Database &db = w.document()->database();
        QCOMPARE(referencesTo(db, QStringLiteral("administration"), gone), 0);
        QCOMPARE(scalarId(db,
                     QStringLiteral("SELECT COUNT(*) FROM person WHERE administration_id = %1")
                         .arg(keep)),
            1);
        QCOMPARE(tab->model()->rowCount(), 1);
        QCOMPARE(w.document()->undoStack().count(), 1);
        editAction(w, QKeySequence::Undo)->trigger();
        QCOMPARE(dumpDatabase(db), dump);
        QCOMPARE(tab->model()->rowCount(), 2);
        editAction(w, QKeySequence::Redo)->trigger();
        QCOMPARE(referencesTo(db, QStringLiteral("administration"), gone), 0);
    }
};

QTEST_MAIN(TestDirectory)
#include "tst_directory.moc"
