// SPDX-License-Identifier: GPL-3.0-or-later
// The Initiatives workspace: list model, search, filters, sort, undoable edits, validation,
// the form driven with the keyboard.
#include "core/database/database.h"
#include "core/database/migrations.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/generator/programmegenerator.h"
#include "core/i18n/translations.h"
#include "core/services/directoryservice.h"
#include "core/services/grantservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/lookups.h"
#include "core/services/records.h"
#include "ui/charts/trendchart.h"
#include "ui/commands/databasecommand.h"
#include "ui/deferredrefresh.h"
#include "ui/document.h"
#include "ui/forms/fieldbinder.h"
#include "ui/forms/referencepicker.h"
#include "ui/forms/themepicker.h"
#include "ui/initiatives/initiativeform.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/models/choicemodel.h"
#include "ui/models/initiativelistmodel.h"
#include "ui/models/recordtablemodel.h"
#include "ui/style.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStyle>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QUndoStack>
#include <QtTest>
#include <functional>
#include <memory>

using namespace tremplin;

namespace {

/// Every row of every table, except the audit trail (it records undo and redo too) and the
/// initiative's updated_at stamp: the state an undo must restore exactly.
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
            for (int i = 0; i < rec.count(); ++i) {
                if (rec.fieldName(i) == QLatin1String("updated_at"))
                    continue;
                cells << (q.value(i).isNull() ? QStringLiteral("NULL") : q.value(i).toString());
            }
            out += cells.join(QLatin1Char('|')) + QLatin1Char('\n');
        }
    }
    return out;
}

/// Types @p text into @p w one character at a time, as a user would (keyClicks cannot send
/// non-ASCII characters in Qt 6.4).
void typeText(QWidget *w, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

/// Waits as a user pausing after typing: the form writes what was typed.
void pauseTyping()
{
    QTest::qWait(FieldBinder::WriteDelayMs + 100);
}

void replaceText(QLineEdit *edit, const QString &text)
{
    // Typing over a selection replaces it, as a user does, then a pause.
    edit->setFocus();
    edit->selectAll();
    typeText(edit, text);
    pauseTyping();
}

} // namespace

class TestInitiatives : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Translations m_translations;
    int m_file = 0;

    /// The document the tests look at: the test's own, or a main window's.
    Document *m_shown = nullptr;
    Database &database() { return m_shown ? m_shown->database() : m_doc->database(); }
    qint64 idOf(const QString &name)
    {
        return Query(database(), QStringLiteral("SELECT id FROM initiative WHERE name = ?"))
            .bindAll(name)
            .scalar()
            .toLongLong();
    }
    QStringList names(const InitiativeListModel &model)
    {
        QStringList out;
        for (int r = 0; r < model.rowCount(); ++r)
            out << model.data(model.index(r, InitiativeListService::Name)).toString();
        return out;
    }
    QStringList search(const QString &text)
    {
        InitiativeListModel model;
        model.setDatabase(&m_doc->database());
        InitiativeFilter f;
        f.search = text;
        model.setFilter(f);
        return names(model);
    }
    void setField(const QString &table, const QString &column, qint64 id, const QVariant &value)
    {
        QString error;
        QVERIFY2(DatabaseCommand::push(*m_doc,
                     std::make_unique<SetFieldCommand>(
                         *m_doc, table, column, id, value, QStringLiteral("edit")),
                     &error),
            qPrintable(error));
    }
    /// Runs @p change, then checks that undo gives back the state before it and redo the
    /// state after it, twice.
    template<typename F> void checkUndoRedo(F change)
    {
        const QString before = dumpDatabase(m_doc->database());
        const int steps = m_doc->undoStack().count();
        change();
        const QString after = dumpDatabase(m_doc->database());
        QVERIFY(after != before);
        QCOMPARE(m_doc->undoStack().count(), steps + 1);
        for (int round = 0; round < 2; ++round) {
            m_doc->undoStack().undo();
            QCOMPARE(dumpDatabase(m_doc->database()), before);
            m_doc->undoStack().redo();
            QCOMPARE(dumpDatabase(m_doc->database()), after);
        }
    }

    /// Opens the form of @p name as a user does: a click on its row, then on Open.
    InitiativeForm *openByClicking(InitiativesPage &page, const QString &name)
    {
        const int row = page.model()->rowOf(idOf(name));
        if (row < 0)
            return nullptr;
        const QRect cell = page.view()->visualRect(page.model()->index(row, 0));
        QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        auto *open = page.findChild<QToolButton *>(QStringLiteral("openInitiativeButton"));
        QTest::mouseClick(open, Qt::LeftButton);
        const auto forms = page.findChildren<InitiativeForm *>();
        for (InitiativeForm *f : forms) {
            if (f->initiativeId() == idOf(name))
                return f;
        }
        return nullptr;
    }
    QPushButton *button(QWidget *root, const char *objectName)
    {
        return root->findChild<QPushButton *>(QLatin1String(objectName));
    }
    QStringList storedThemes(qint64 id) { return InitiativeService(database()).themes(id); }
    /// Answers the next modal dialog (a question, a list to choose from) as a user would, once
    /// it is up: @p answer presses its buttons.
    void whenModal(std::function<void(QWidget *)> answer)
    {
        auto *timer = new QTimer(this);
        timer->setInterval(10);
        // Gives up after five seconds: a dialog that never came fails the test that expected it.
        auto deadline = std::make_shared<QDeadlineTimer>(5000);
        connect(timer, &QTimer::timeout, this, [timer, answer, deadline] {
            if (deadline->hasExpired()) {
                timer->stop();
                timer->deleteLater();
                return;
            }
            if (QWidget *modal = QApplication::activeModalWidget()) {
                timer->stop();
                timer->deleteLater();
                answer(modal);
            }
        });
        timer->start();
    }
    static void clickButton(QWidget *dialog, QDialogButtonBox::StandardButton which)
    {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box && box->button(which));
        QTest::mouseClick(box->button(which), Qt::LeftButton);
    }
    /// Clicks a check box on its label, where a user clicks.
    void clickBox(QCheckBox *box)
    {
        QTest::mouseClick(box, Qt::LeftButton, {}, QPoint(box->height() / 2, box->height() / 2));
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void init()
    {
        QSettings().clear(); // each test starts with the list's default state
        m_doc = std::make_unique<Document>();
        m_doc->database().create(m_dir.filePath(QStringLiteral("i%1.sqlite").arg(++m_file)));
        writeDemoProgramme(m_doc->database());
    }
    void cleanup()
    {
        m_shown = nullptr;
        m_doc.reset();
    }

    void theListModelPassesTheModelTesterThroughLoadFilterSortAndEdits()
    {
        InitiativeListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_doc->database());
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.totalCount(), 9);
        InitiativeFilter f;
        f.search = QStringLiteral("vi");
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0 && model.rowCount() < 9);
        model.setFilter({});
        for (int c = 0; c < InitiativeListService::ColumnCount; ++c) {
            model.sort(c, Qt::AscendingOrder);
            model.sort(c, Qt::DescendingOrder);
            QCOMPARE(model.rowCount(), 9);
        }
        setField(QStringLiteral("initiative"), QStringLiteral("name"),
            idOf(QStringLiteral("Vikidia")), QStringLiteral("Vikidia junior"));
        QVERIFY(names(model).contains(QStringLiteral("Vikidia junior")));
    }

    void aLargeListShowsAnEditAtOnceAndReordersWhenTypingPauses()
    {
        Document big;
        big.database().create(m_dir.filePath(QStringLiteral("big.sqlite")));
        generateProgramme(big.database(), { 6000, 0, 3 });
        InitiativeListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&big.database());
        QCOMPARE(model.rowCount(), 6000);
        const qint64 id = model.idAt(10);
        RecordService(big.database())
            .setValue(QStringLiteral("initiative"), QStringLiteral("name"), id,
                QStringLiteral("ZZZ en dernier"));
        // The row shows the new name at once...
        QCOMPARE(model.data(model.index(10, InitiativeListService::Name)).toString(),
            QStringLiteral("ZZZ en dernier"));
        // ...and moves to its place in the order after the pause.
        QTRY_COMPARE_WITH_TIMEOUT(model.rowOf(id), 5999, 5000);

        // A description typed in a form changes no row's place: nothing is re-read after the
        // pause (on 100 000 initiatives that re-sort made the next keys wait 0.6 s)...
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy layouts(&model, &QAbstractItemModel::layoutChanged);
        RecordService(big.database())
            .setValue(QStringLiteral("initiative"), QStringLiteral("description"), id,
                QStringLiteral("Un mot introuvable ailleurs : xylophonique"));
        QTest::qWait(2 * int(delays::ChangesSettled.count()));
        QCOMPARE(resets.count() + layouts.count(), 0);
        QCOMPARE(model.rowOf(id), 5999);
        // ...and a search then finds it by its new description.
        InitiativeFilter filter;
        filter.search = QStringLiteral("xylophonique");
        model.setFilter(filter);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.idAt(0), id);
    }

    void typingAndErasingASearchShowsWhatAFreshSearchFindsEvenAfterEdits()
    {
        // Large enough for the list's deferred re-reading (more than 5000 initiatives).
        Document big;
        big.database().create(m_dir.filePath(QStringLiteral("typing.sqlite")));
        generateProgramme(big.database(), { 6000, 0, 5 });
        InitiativesPage page;
        page.setDocument(&big);
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        InitiativeListModel *model = page.model();
        QAbstractItemModelTester tester(
            model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QList<qint64> everyId;
        for (int r = 0; r < model->rowCount(); ++r)
            everyId.append(model->idAt(r));
        // What the search must show, found by SQL, in the list's order.
        auto expected = [&](const QString &text) {
            InitiativeFilter f;
            f.search = text;
            const QSet<qint64> found = InitiativeListService(big.database()).matching(f);
            QList<qint64> out;
            for (qint64 id : std::as_const(everyId)) {
                if (found.contains(id))
                    out.append(id);
            }
            return out;
        };
        auto shown = [model] {
            QList<qint64> out;
            for (int r = 0; r < model->rowCount(); ++r)
                out.append(model->idAt(r));
            return out;
        };
        QLineEdit *field = page.searchField();
        field->setFocus();
        // Words typed and erased with Backspace, multi-word, accents and capitals.
        for (const QString &text : { QStringLiteral("Atelier Paris"), QStringLiteral("SOLIDAIRE 4"),
                 QStringLiteral("numérique ly") }) {
            for (const QChar c : text) {
                typeText(field, QString(c));
                QCOMPARE(shown(), expected(field->text()));
            }
            QVERIFY(model->rowCount() > 0);
            while (!field->text().isEmpty()) {
                QTest::keyClick(field, Qt::Key_Backspace);
                QCOMPARE(shown(), expected(field->text()));
            }
            QCOMPARE(model->rowCount(), 6000);
        }

        // An initiative renamed, and one added, while a search is shown: the list follows.
        typeText(field, QStringLiteral("xylophonie"));
        QVERIFY(shown().isEmpty());
        const qint64 renamed = everyId.at(42);
        RecordService(big.database())
            .setValue(QStringLiteral("initiative"), QStringLiteral("name"), renamed,
                QStringLiteral("Xylophonie locale"));
        Initiative added;
        added.name = QStringLiteral("Nouvelle XYLOPHÔNIE");
        const qint64 addedId = InitiativeService(big.database()).create(added);
        QTRY_COMPARE_WITH_TIMEOUT(shown().size(), 2, 5000);
        QVERIFY(shown().contains(renamed) && shown().contains(addedId));
        // Erasing and typing again still finds them, and only them.
        for (int i = 0; i < 4; ++i)
            QTest::keyClick(field, Qt::Key_Backspace);
        everyId.clear();
        {
            InitiativeListModel all;
            all.setDatabase(&big.database());
            for (int r = 0; r < all.rowCount(); ++r)
                everyId.append(all.idAt(r));
        }
        QCOMPARE(shown(), expected(field->text()));
        typeText(field, QStringLiteral("onie"));
        QCOMPARE(shown(), expected(QStringLiteral("xylophonie")));
        QCOMPARE(shown().size(), 2);
    }

    void searchFindsAccentedNamesWithoutAccents()
    {
        QCOMPARE(search(QStringLiteral("democratie")),
            QStringList { QStringLiteral("Parlons Démocratie") });
        QCOMPARE(search(QStringLiteral("DÉMOCRATIE")),
            QStringList { QStringLiteral("Parlons Démocratie") });
        QCOMPARE(search(QStringLiteral("augmente")),
            QStringList { QStringLiteral("Service national universel augmenté") });
        // Carrier, town and description are searched too, words in any order.
        QCOMPARE(search(QStringLiteral("makesense")),
            QStringList { QStringLiteral("Service national universel augmenté") });
        QCOMPARE(search(QStringLiteral("aurillac")), QStringList { QStringLiteral("Infoclimat") });
        QCOMPARE(search(QStringLiteral("inclusif sport")),
            QStringList { QStringLiteral("Sport Inclusif") });
        QVERIFY(search(QStringLiteral("zzzz")).isEmpty());
        // Wildcards typed by the user match themselves.
        QVERIFY(search(QStringLiteral("%")).isEmpty());
        // Ligatures: "oe" finds "œ".
        setField(QStringLiteral("initiative"), QStringLiteral("name"),
            idOf(QStringLiteral("Vikidia")), QStringLiteral("Vikidia, œuvre collective"));
        QCOMPARE(search(QStringLiteral("oeuvre")),
            QStringList { QStringLiteral("Vikidia, œuvre collective") });
    }

    void filtersNarrowTheList()
    {
        InitiativeListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_doc->database());
        InitiativeFilter f;
        f.lifecycle = Lifecycle::Alumni;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 9);
        f.lifecycle = Lifecycle::Laureate;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 0);
        f = {};
        f.phaseId = Query(
            m_doc->database(), QStringLiteral("SELECT id FROM phase WHERE name = 'Phase 2'"))
                        .scalar()
                        .toLongLong();
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 5);
        f = {};
        f.theme = QStringLiteral("Santé");
        model.setFilter(f);
        QCOMPARE(names(model), QStringList { QStringLiteral("Vivons en Forme") });
        f = {};
        f.needKind = NeedKind::Consolidation;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 6);
        f = {};
        f.domain = QStringLiteral("Transformation numérique");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 4);
        // Overdue: an open action due yesterday.
        const qint64 action = Query(m_doc->database(),
            QStringLiteral("SELECT a.id FROM action_item a JOIN initiative i ON i.id = "
                           "a.initiative_id WHERE i.name = 'Ma Dada' LIMIT 1"))
                                  .scalar()
                                  .toLongLong();
        setField(QStringLiteral("action_item"), QStringLiteral("status"), action,
            QStringLiteral("todo"));
        f = {};
        f.overdueOnly = true;
        model.setFilter(f);
        QCOMPARE(names(model), QStringList { QStringLiteral("Ma Dada") });
        // Archived initiatives leave the list unless asked for.
        setField(QStringLiteral("initiative"), QStringLiteral("archived"),
            idOf(QStringLiteral("Ma Dada")), true);
        QCOMPARE(model.rowCount(), 0);
        f.includeArchived = true;
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        QVERIFY(model.data(model.index(0, 0)).toString().contains(QLatin1String("archived")));
    }

    void sortingFollowsTheLanguagesCollation()
    {
        InitiativeService service(m_doc->database());
        for (const char *name :
            { "Zèbre solidaire", "Écoles ouvertes", "Eau partagée", "éducation pour tous" }) {
            Initiative i;
            i.name = QString::fromUtf8(name);
            service.create(i);
        }
        InitiativeListModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_doc->database());
        model.sort(InitiativeListService::Name, Qt::AscendingOrder);
        const QStringList sorted = names(model);
        // Accented capitals sort with their letter, not after "Z"; case does not matter.
        QVERIFY(sorted.indexOf(QStringLiteral("Eau partagée"))
            < sorted.indexOf(QStringLiteral("Écoles ouvertes")));
        QVERIFY(sorted.indexOf(QStringLiteral("Écoles ouvertes"))
            < sorted.indexOf(QStringLiteral("éducation pour tous")));
        QVERIFY(sorted.indexOf(QStringLiteral("éducation pour tous"))
            < sorted.indexOf(QStringLiteral("Infoclimat")));
        QCOMPARE(sorted.last(), QStringLiteral("Zèbre solidaire"));
        model.sort(InitiativeListService::Name, Qt::DescendingOrder);
        QCOMPARE(names(model).first(), QStringLiteral("Zèbre solidaire"));
        // Amounts sort as numbers (9 000 before 140 000); initiatives without grants go last.
        Grant small;
        small.initiativeId = idOf(QStringLiteral("Parlons Démocratie"));
        small.committed = Money::fromEuros(9000);
        GrantService(m_doc->database()).createGrant(small);
        model.sort(InitiativeListService::Committed, Qt::AscendingOrder);
        QCOMPARE(model.data(model.index(0, InitiativeListService::Committed)).toString(),
            QStringLiteral("€9,000.00"));
        QVERIFY(model.data(model.index(1, InitiativeListService::Committed))
                    .toString()
                    .startsWith(QStringLiteral("€140,000.00")));
        QCOMPARE(model.data(model.index(model.rowCount() - 1, InitiativeListService::Committed))
                     .toString(),
            QStringLiteral("€0.00"));
    }

    void everyKindOfEditIsUndoneAndRedoneToTheExactState()
    {
        const qint64 vikidia = idOf(QStringLiteral("Vikidia"));
        const qint64 carrier
            = RecordService(m_doc->database())
                  .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), vikidia)
                  .toLongLong();
        checkUndoRedo([&] {
            setField(QStringLiteral("initiative"), QStringLiteral("name"), vikidia,
                QStringLiteral("Vikidia 2"));
        });
        checkUndoRedo([&] {
            setField(QStringLiteral("initiative"), QStringLiteral("description"), vikidia,
                QStringLiteral("Ligne 1\nLigne 2"));
        });
        checkUndoRedo([&] {
            setField(QStringLiteral("initiative"), QStringLiteral("themes"), vikidia,
                QStringList { QStringLiteral("Santé"), QStringLiteral("Éducation") });
        });
        checkUndoRedo([&] {
            setField(QStringLiteral("organisation"), QStringLiteral("siret"), carrier,
                QStringLiteral("732 829 320 00074"));
        });
        checkUndoRedo([&] {
            setField(QStringLiteral("organisation"), QStringLiteral("name"), carrier,
                QStringLiteral("Association Vikidia France"));
        });
        checkUndoRedo([&] {
            setField(QStringLiteral("initiative"), QStringLiteral("archived"), vikidia, true);
        });
        const qint64 need = Query(m_doc->database(),
            QStringLiteral("SELECT id FROM need WHERE initiative_id = ? LIMIT 1"))
                                .bindAll(vikidia)
                                .scalar()
                                .toLongLong();
        checkUndoRedo([&] {
            setField(
                QStringLiteral("need"), QStringLiteral("kind"), need, QStringLiteral("deployment"));
        });
        checkUndoRedo([&] {
            QVERIFY(DatabaseCommand::push(*m_doc,
                std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("journal_entry"),
                    QVariantMap { { QStringLiteral("initiative_id"), vikidia },
                        { QStringLiteral("entry_date"), QStringLiteral("2022-05-02") },
                        { QStringLiteral("title"), QStringLiteral("Point d’étape") } },
                    QStringLiteral("add"))));
        });
        // Removing a need sets its actions' need to NULL: undo must put the links back.
        checkUndoRedo([&] {
            QVERIFY(DatabaseCommand::push(*m_doc,
                std::make_unique<RemoveRecordCommand>(
                    *m_doc, QStringLiteral("need"), need, QStringLiteral("rm"))));
        });
        // Removing an initiative removes its grants, payments, needs, actions, partners...
        checkUndoRedo([&] {
            QVERIFY(DatabaseCommand::push(*m_doc,
                std::make_unique<RemoveRecordCommand>(
                    *m_doc, QStringLiteral("initiative"), vikidia, QStringLiteral("rm"))));
        });
    }

    void aBurstOfTypingIsOneUndoStep()
    {
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        const int steps = m_doc->undoStack().count();
        for (const char *text : { "V", "Vi", "Vik", "Viki" })
            setField(QStringLiteral("initiative"), QStringLiteral("name"), id,
                QString::fromLatin1(text));
        QCOMPARE(m_doc->undoStack().count(), steps + 1);
        m_doc->undoStack().undo();
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("initiative"), QStringLiteral("name"), id)
                     .toString(),
            QStringLiteral("Vikidia"));
    }

    void twoOrganisationsWithTheSameNameAreToldApartByTheCarrierPicker()
    {
        Organisation first, second;
        first.name = second.name = QStringLiteral("Les Amis du Quartier");
        first.legalForm = second.legalForm = LegalForm::Association;
        first.town = QStringLiteral("Lyon");
        second.town = QStringLiteral("Roubaix");
        DirectoryService directory(m_doc->database());
        const qint64 firstId = directory.createOrganisation(first);
        const qint64 secondId = directory.createOrganisation(second);
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        {
            InitiativeForm form(*m_doc, id);
            form.show();
            auto *tabs = form.findChild<QTabWidget *>(QStringLiteral("tabs"));
            tabs->setCurrentWidget(form.findChild<QWidget *>(QStringLiteral("carrierTab")));
            auto *carrier = form.findChild<ReferencePicker *>(QStringLiteral("carrierCombo"));
            QVERIFY(carrier);
            QAbstractItemModelTester tester(
                carrier->choices(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            carrier->setFocus();
            carrier->selectAll();
            // Lower case and no accent still finds them; both are offered, told apart by id.
            typeText(carrier, QStringLiteral("amis du q"));
            QCOMPARE(carrier->choices()->rowCount(), 2);
            // The list tells them apart by their town.
            QCOMPARE(carrier->choices()->index(1).data().toString(),
                QStringLiteral("Les Amis du Quartier — Roubaix"));
            QTRY_VERIFY(carrier->choiceCompleter()->popup()->isVisible());
            QAbstractItemView *popup = carrier->choiceCompleter()->popup();
            if (qEnvironmentVariableIsSet("TREMPLIN_SCREENSHOT_DIR")) {
                form.grab().save(qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR")
                    + QStringLiteral("/carrier.png"));
                popup->grab().save(qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR")
                    + QStringLiteral("/carrier-popup.png"));
            }
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Down);
            QTest::keyClick(popup, Qt::Key_Return);
            QCOMPARE(RecordService(m_doc->database())
                         .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), id)
                         .toLongLong(),
                secondId);
            QCOMPARE(carrier->text(), QStringLiteral("Les Amis du Quartier"));
            QCOMPARE(m_doc->undoStack().count(), 1);
            form.close();
        }
        // Reopened, the form shows the second one (its fields are the second one's).
        RecordService(m_doc->database())
            .setValue(QStringLiteral("organisation"), QStringLiteral("town"), secondId,
                QStringLiteral("Lille"));
        InitiativeForm form(*m_doc, id);
        QCOMPARE(form.findChild<ReferencePicker *>(QStringLiteral("carrierCombo"))->id(), secondId);
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("carrierTownEdit"))->text(),
            QStringLiteral("Lille"));
        QVERIFY(firstId != secondId);
    }

    void theCarrierListIsSearchedNotFilledWithEveryOrganisation()
    {
        Organisation school;
        school.name = QStringLiteral("École du numérique");
        school.legalForm = LegalForm::Association;
        const qint64 schoolId = DirectoryService(m_doc->database()).createOrganisation(school);
        Lookups lookups(m_doc->database());
        // Accent- and case-free, by the start of the name or anywhere in it, with a limit.
        QCOMPARE(lookups.search(ChoiceKind::Organisation, QStringLiteral("ecole")).value(0).id,
            schoolId);
        QCOMPARE(lookups.search(ChoiceKind::Organisation, QStringLiteral("NUMERIQUE")).value(0).id,
            schoolId);
        QVERIFY(lookups.search(ChoiceKind::Organisation, QStringLiteral("zzzz-none")).isEmpty());
        QCOMPARE(lookups.search(ChoiceKind::Organisation, QString(), 2).size(), 2);
        // A GLOB wildcard typed by the user is a plain character.
        QVERIFY(lookups.search(ChoiceKind::Organisation, QStringLiteral("*")).isEmpty());
        // Opening a form reads no organisation list: the picker holds only its one record.
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm form(*m_doc, id);
        auto *carrier = form.findChild<ReferencePicker *>(QStringLiteral("carrierCombo"));
        QCOMPARE(carrier->choices()->rowCount(), 0);
        QCOMPARE(carrier->id(),
            RecordService(m_doc->database())
                .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), id)
                .toLongLong());
        QVERIFY(!carrier->text().isEmpty());
    }

    void aBurstOfTypingInTheFormIsOneWriteAndOneUndoStep()
    {
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm form(*m_doc, id);
        form.show();
        auto *oneLiner = form.findChild<QLineEdit *>(QStringLiteral("oneLinerEdit"));
        const auto audited = [this] {
            return Query(m_doc->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"))
                .scalar()
                .toInt();
        };
        const int before = audited();
        oneLiner->setFocus();
        oneLiner->selectAll();
        typeText(oneLiner, QStringLiteral("L’encyclopédie des 8-13 ans"));
        // Nothing is written while the user types...
        QCOMPARE(audited(), before);
        QCOMPARE(m_doc->undoStack().count(), 0);
        // ...and the burst is written once after the pause: one transaction, one undo step.
        pauseTyping();
        QCOMPARE(audited(), before + 1);
        QCOMPARE(m_doc->undoStack().count(), 1);
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("initiative"), QStringLiteral("one_liner"), id)
                     .toString(),
            QStringLiteral("L’encyclopédie des 8-13 ans"));
        // Leaving the field writes at once, without waiting for the pause.
        typeText(oneLiner, QStringLiteral("!"));
        QTest::keyClick(oneLiner, Qt::Key_Tab);
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("initiative"), QStringLiteral("one_liner"), id)
                     .toString(),
            QStringLiteral("L’encyclopédie des 8-13 ans!"));
        QCOMPARE(m_doc->undoStack().count(), 1); // merged into the same burst
        m_doc->undoStack().undo();
        QCOMPARE(oneLiner->text(),
            RecordService(m_doc->database())
                .value(QStringLiteral("initiative"), QStringLiteral("one_liner"), id)
                .toString());
    }

    void typingIsKeptWhenTheFormIsClosedBeforeThePause()
    {
        const QString file = m_doc->path();
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        {
            InitiativeForm form(*m_doc, id);
            form.show();
            auto *description = form.findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
            description->setFocus();
            QTest::keyClick(description, Qt::Key_End, Qt::ControlModifier);
            typeText(description, QStringLiteral(" Écrit à la volée."));
            QTest::keyClick(&form, Qt::Key_Escape); // closes the form at once
            QVERIFY(!form.isVisible());
        }
        m_doc.reset();
        Document reopened;
        reopened.database().open(file);
        QVERIFY(RecordService(reopened.database())
                    .value(QStringLiteral("initiative"), QStringLiteral("description"), id)
                    .toString()
                    .endsWith(QStringLiteral(" Écrit à la volée.")));
    }

    void typingIsKeptWhenTheApplicationIsQuitBeforeThePause()
    {
        const QString file = m_doc->path();
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        m_doc.reset();
        {
            MainWindow w(m_translations);
            QVERIFY(w.openDatabase(file));
            w.show();
            w.showWorkspace(MainWindow::Initiatives);
            // Writes wait for the integrity check the window runs in the background.
            QTRY_COMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
            m_shown = w.document();
            InitiativeForm *form = openByClicking(*w.initiativesPage(), QStringLiteral("Vikidia"));
            m_shown = nullptr;
            QVERIFY(form);
            auto *town = form->findChild<QLineEdit *>(QStringLiteral("townEdit"));
            town->setFocus();
            town->selectAll();
            typeText(town, QStringLiteral("Besançon"));
            QAction *quit = nullptr;
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->menuRole() == QAction::QuitRole)
                    quit = a;
            }
            QVERIFY(quit);
            quit->trigger();
            QVERIFY(!w.isVisible());
        }
        {
            Document reopened;
            reopened.database().open(file);
            QCOMPARE(RecordService(reopened.database())
                         .value(QStringLiteral("initiative"), QStringLiteral("town"), id)
                         .toString(),
                QStringLiteral("Besançon"));
        }
        // The application quitting (the session ends, a signal) writes what a form holds too.
        m_doc = std::make_unique<Document>();
        m_doc->database().open(file);
        auto form = std::make_unique<InitiativeForm>(*m_doc, id);
        form->show();
        auto *town = form->findChild<QLineEdit *>(QStringLiteral("townEdit"));
        town->setFocus();
        town->selectAll();
        typeText(town, QStringLiteral("Nîmes"));
        QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        QCoreApplication::exec(); // returns at once, after aboutToQuit
        m_doc->database().close();
        Document reopened;
        reopened.database().open(file);
        QCOMPARE(RecordService(reopened.database())
                     .value(QStringLiteral("initiative"), QStringLiteral("town"), id)
                     .toString(),
            QStringLiteral("Nîmes"));
    }

    void undoRightAfterTypingUndoesTheTypingNotTheStepBefore()
    {
        const QString file = m_doc->path();
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        m_doc.reset();
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        w.show();
        w.showWorkspace(MainWindow::Initiatives);
        QTRY_COMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
        m_shown = w.document();
        InitiativeForm *form = openByClicking(*w.initiativesPage(), QStringLiteral("Vikidia"));
        QVERIFY(form);
        const auto town = [&w, id] {
            return RecordService(w.document()->database())
                .value(QStringLiteral("initiative"), QStringLiteral("town"), id)
                .toString();
        };
        const QString original = town();
        auto *townEdit = form->findChild<QLineEdit *>(QStringLiteral("townEdit"));
        townEdit->setFocus();
        townEdit->selectAll();
        typeText(townEdit, QStringLiteral("Lyon"));
        pauseTyping();
        QCOMPARE(town(), QStringLiteral("Lyon"));
        QTest::qWait(SetFieldCommand::MergeWindowMs + 100); // the next typing is a step of its own
        // A second burst, and Edit > Undo before the pause: the typing is what is undone.
        typeText(townEdit, QStringLiteral(" 7e"));
        QAction *undo = nullptr;
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == QKeySequence(QKeySequence::Undo) && a->isEnabled())
                undo = a;
        }
        QVERIFY(undo);
        undo->trigger();
        QCOMPARE(town(), QStringLiteral("Lyon"));
        QCOMPARE(townEdit->text(), QStringLiteral("Lyon"));
        pauseTyping(); // nothing left pending to write over the undo
        QCOMPARE(town(), QStringLiteral("Lyon"));
        undo->trigger();
        QCOMPARE(town(), original);
        QCOMPARE(townEdit->text(), original);
        m_shown = nullptr;
    }

    void typingADescriptionDoesNotReadTheFiltersChoicesAgain()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        auto *domains = page.findChild<QComboBox *>(QStringLiteral("domainFilter"));
        QVERIFY(domains);
        QSignalSpy refilled(domains->model(), &QAbstractItemModel::rowsRemoved);
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        RecordService records(m_doc->database());
        // A description (what a form writes while the user types) offers nothing new...
        records.setValue(QStringLiteral("initiative"), QStringLiteral("description"), id,
            QStringLiteral("Une encyclopédie pour les 8-13 ans."));
        QTest::qWait(DeferredRefresh::BurstPauseMs * 2);
        QCOMPARE(refilled.count(), 0);
        // ...a domain does, and the filter offers it.
        records.setValue(QStringLiteral("initiative"), QStringLiteral("domain"), id,
            QStringLiteral("Encyclopédies"));
        QTRY_VERIFY(refilled.count() > 0);
        QVERIFY(domains->findText(QStringLiteral("Encyclopédies")) >= 0);
    }

    void aWriteToATableTheFormDoesNotShowReadsNothingAgain()
    {
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm form(*m_doc, id);
        form.show();
        QList<std::shared_ptr<QSignalSpy>> spies;
        for (RecordTableModel *model : { form.needsModel(), form.actionsModel(), form.phasesModel(),
                 form.journalModel(), form.peopleModel(), form.partnersModel(),
                 form.indicatorsModel(), form.measurementsModel() }) {
            spies << std::make_shared<QSignalSpy>(model, &QAbstractItemModel::modelReset)
                  << std::make_shared<QSignalSpy>(model, &QAbstractItemModel::dataChanged);
        }
        const quint64 lookups = Lookups::queryCount();
        // A funding source is recorded elsewhere (the Grants workspace): nothing here shows it.
        RecordService(m_doc->database())
            .insert(QStringLiteral("funding_source"),
                { { QStringLiteral("name"), QStringLiteral("Fonds X") } });
        QCOMPARE(Lookups::queryCount(), lookups);
        for (const auto &spy : std::as_const(spies))
            QCOMPARE(spy->count(), 0);
        // Another initiative's journal: only the journal table reads again, not the choices.
        RecordService(m_doc->database())
            .insert(QStringLiteral("journal_entry"),
                { { QStringLiteral("initiative_id"), idOf(QStringLiteral("Ma Dada")) },
                    { QStringLiteral("entry_date"), QStringLiteral("2024-01-02") },
                    { QStringLiteral("kind"), QStringLiteral("meeting") },
                    { QStringLiteral("title"), QStringLiteral("Point") } });
        QCOMPARE(Lookups::queryCount(), lookups);
        for (int i = 0; i < spies.size(); ++i) {
            if (i / 2 != 3) // the journal
                QCOMPARE(spies.at(i)->count(), 0);
        }
    }

    void eachTabOfTheFormReadsAgainOnlyWhenAWriteConcernsWhatItShows()
    {
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm form(*m_doc, id);
        form.show();
        auto *tabs = form.findChild<QTabWidget *>(QStringLiteral("tabs"));
        auto *status = form.findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QSignalSpy needsReset(form.needsModel(), &QAbstractItemModel::modelReset);
        QSignalSpy needChoices(form.actionsModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy journalReset(form.journalModel(), &QAbstractItemModel::modelReset);
        QSignalSpy peopleRead(form.peopleModel(), &QAbstractItemModel::dataChanged);
        QSignalSpy statusRefilled(status->model(), &QAbstractItemModel::rowsInserted);
        QVERIFY(form.actionsModel()->rowCount() > 0);
        // An entry added on the Journal tab: the journal reads again, nothing else does (not
        // the needs, not the needs an action can answer, not the status, not the carrier).
        tabs->setCurrentWidget(form.findChild<QWidget *>(QStringLiteral("journalTab")));
        quint64 lookups = Lookups::queryCount();
        QTest::mouseClick(button(&form, "addJournalButton"), Qt::LeftButton);
        QCOMPARE(journalReset.count(), 1);
        QCOMPARE(needsReset.count(), 0);
        QCOMPARE(needChoices.count(), 0);
        QCOMPARE(statusRefilled.count(), 0);
        QCOMPARE(Lookups::queryCount(), lookups);
        // A need added on the Needs tab: the needs read again and the actions offer it.
        tabs->setCurrentWidget(form.findChild<QWidget *>(QStringLiteral("needsTab")));
        QTest::mouseClick(button(&form, "addNeedButton"), Qt::LeftButton);
        QCOMPARE(needsReset.count(), 1);
        QVERIFY(needChoices.count() > 0);
        QCOMPARE(journalReset.count(), 1);
        QCOMPARE(statusRefilled.count(), 0);
        // A person of another initiative renamed elsewhere (the directory): no field and no
        // table of this form reads again, the carrier's among them.
        const qint64 stranger
            = RecordService(m_doc->database())
                  .insert(QStringLiteral("person"),
                      { { QStringLiteral("full_name"), QStringLiteral("Tiers") } });
        lookups = Lookups::queryCount();
        RecordService(m_doc->database())
            .setValue(QStringLiteral("person"), QStringLiteral("full_name"), stranger,
                QStringLiteral("Tierce"));
        QCOMPARE(Lookups::queryCount(), lookups);
        QCOMPARE(peopleRead.count(), 0);
        // Another initiative and its carrier edited elsewhere: nothing here reads again either.
        const qint64 other = idOf(QStringLiteral("Ma Dada"));
        const qint64 otherCarrier
            = RecordService(m_doc->database())
                  .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), other)
                  .toLongLong();
        QVERIFY(otherCarrier > 0);
        RecordService(m_doc->database())
            .setValue(QStringLiteral("initiative"), QStringLiteral("town"), other,
                QStringLiteral("Lille"));
        RecordService(m_doc->database())
            .setValue(QStringLiteral("organisation"), QStringLiteral("town"), otherCarrier,
                QStringLiteral("Lille"));
        QCOMPARE(Lookups::queryCount(), lookups);
        QCOMPARE(statusRefilled.count(), 0);
        // This initiative's carrier edited elsewhere: the Carrier tab shows it.
        const qint64 carrier
            = RecordService(m_doc->database())
                  .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), id)
                  .toLongLong();
        RecordService(m_doc->database())
            .setValue(QStringLiteral("organisation"), QStringLiteral("town"), carrier,
                QStringLiteral("Grenoble"));
        QCOMPARE(form.findChild<QLineEdit *>(QStringLiteral("carrierTownEdit"))->text(),
            QStringLiteral("Grenoble"));
    }

    void aCommandOfSeveralStepsIsAllOrNothingAndARefusalKeepsTheRedoHistory()
    {
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        setField(QStringLiteral("initiative"), QStringLiteral("town"), id, QStringLiteral("Paris"));
        m_doc->undoStack().undo();
        QVERIFY(m_doc->undoStack().canRedo());
        const QString before = dumpDatabase(m_doc->database());
        const auto push = [this](std::unique_ptr<DatabaseCommand> command) {
            QString error;
            const bool ok = DatabaseCommand::push(*m_doc, std::move(command), &error);
            return ok ? QString() : error;
        };
        // The first step refused (a person needs a name).
        auto refusedFirst
            = std::make_unique<CompositeCommand>(*m_doc, QStringLiteral("Add person"));
        auto *person = refusedFirst->add(
            std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("person"),
                QVariantMap { { QStringLiteral("full_name"), QString() } }, QString()));
        refusedFirst
            ->add(std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("initiative_person"),
                QVariantMap { { QStringLiteral("initiative_id"), id },
                    { QStringLiteral("role"), QStringLiteral("other") } },
                QString()))
            ->setIdFrom(QStringLiteral("person_id"), person);
        QVERIFY(!push(std::move(refusedFirst)).isEmpty());
        // The second step refused after the first was written: the first is taken back.
        auto refusedSecond
            = std::make_unique<CompositeCommand>(*m_doc, QStringLiteral("New carrier"));
        refusedSecond->add(
            std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("organisation"),
                QVariantMap { { QStringLiteral("name"), QStringLiteral("Nouvelle") },
                    { QStringLiteral("legal_form"), QStringLiteral("association") } },
                QString()));
        refusedSecond->add(std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("initiative"),
            QStringLiteral("website"), id, QStringLiteral("not an address"), QString()));
        QVERIFY(!push(std::move(refusedSecond)).isEmpty());
        QCOMPARE(dumpDatabase(m_doc->database()), before);
        QCOMPARE(m_doc->undoStack().count(), 1);
        QVERIFY(m_doc->undoStack().canRedo());
        // Through the form: adding a person is one step, undone and redone whole.
        m_doc->undoStack().clear();
        InitiativeForm form(*m_doc, id);
        form.show();
        checkUndoRedo([&] { QTest::mouseClick(button(&form, "addPersonButton"), Qt::LeftButton); });
        QCOMPARE(form.peopleModel()->rowCount(), 1);
    }

    void theFormItsTabsAndItsModelsRunNoSql()
    {
        // Reads and rules live in core services; the widgets and ui models only ask them.
        const QString root = QStringLiteral(TREMPLIN_SOURCE_DIR "/src/ui/");
        QStringList files;
        for (const QString &dir : { QStringLiteral("initiatives"), QStringLiteral("forms") }) {
            for (const QString &f :
                QDir(root + dir)
                    .entryList({ QStringLiteral("*.cpp"), QStringLiteral("*.h") }, QDir::Files))
                files << root + dir + QLatin1Char('/') + f;
        }
        for (const QString &f :
            QDir(root + QStringLiteral("models"))
                .entryList({ QStringLiteral("record*"), QStringLiteral("choice*") }, QDir::Files))
            files << root + QStringLiteral("models/") + f;
        QVERIFY(files.size() >= 10);
        const QRegularExpression sql(
            QStringLiteral("\\bQuery\\b|QSqlQuery|\\bSELECT\\b|\\bUPDATE\\b|\\bINSERT INTO\\b"));
        for (const QString &path : std::as_const(files)) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(file.readAll());
            const QRegularExpressionMatch m = sql.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(": ") + m.captured()));
        }
    }

    void validationRejectsBadValuesWithAMessageAndWritesNothing_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("column");
        QTest::addColumn<QVariant>("value");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("siret luhn ok")
            << "organisation"
            << "siret" << QVariant(QStringLiteral("73282932000074")) << true;
        QTest::newRow("siret with spaces")
            << "organisation"
            << "siret" << QVariant(QStringLiteral("732 829 320 00074")) << true;
        QTest::newRow("siret bad check digit")
            << "organisation"
            << "siret" << QVariant(QStringLiteral("73282932000079")) << false;
        QTest::newRow("siret la poste")
            << "organisation"
            << "siret" << QVariant(QStringLiteral("35600000049837")) << true;
        QTest::newRow("siret la poste bad")
            << "organisation"
            << "siret" << QVariant(QStringLiteral("35600000000049")) << false;
        QTest::newRow("siret letters")
            << "organisation"
            << "siret" << QVariant(QStringLiteral("7328293200007A")) << false;
        QTest::newRow("rna ok") << "organisation"
                                << "rna" << QVariant(QStringLiteral("W751234567")) << true;
        QTest::newRow("rna short") << "organisation"
                                   << "rna" << QVariant(QStringLiteral("W75123")) << false;
        QTest::newRow("website ok")
            << "initiative"
            << "website" << QVariant(QStringLiteral("https://fr.vikidia.org/")) << true;
        QTest::newRow("website without scheme")
            << "initiative"
            << "website" << QVariant(QStringLiteral("vikidia.org")) << false;
        QTest::newRow("empty name") << "initiative"
                                    << "name" << QVariant(QStringLiteral("   ")) << false;
        QTest::newRow("status not a code")
            << "initiative"
            << "lifecycle" << QVariant(QStringLiteral("champion")) << false;
        QTest::newRow("alumni back to applicant")
            << "initiative"
            << "lifecycle" << QVariant(QStringLiteral("applicant")) << false;
        QTest::newRow("end before start")
            << "participation"
            << "actual_end" << QVariant(QStringLiteral("2022-04-01")) << false;
        QTest::newRow("end after start")
            << "participation"
            << "actual_end" << QVariant(QStringLiteral("2022-07-10")) << true;
        QTest::newRow("end outside the phase")
            << "participation"
            << "actual_end" << QVariant(QStringLiteral("2022-07-20")) << false;
        QTest::newRow("not a date")
            << "participation"
            << "actual_end" << QVariant(QStringLiteral("2022-02-30")) << false;
        QTest::newRow("due within the programme")
            << "action_item"
            << "due_date" << QVariant(QStringLiteral("2022-06-15")) << true;
        QTest::newRow("due after the programme")
            << "action_item"
            << "due_date" << QVariant(QStringLiteral("2031-01-01")) << false;
        QTest::newRow("negative envelope") << "promotion"
                                           << "envelope_cents" << QVariant(qint64(-1)) << false;
        QTest::newRow("envelope") << "promotion"
                                  << "envelope_cents" << QVariant(qint64(98000000)) << true;
        QTest::newRow("themes of the list")
            << "initiative"
            << "themes" << QVariant(QStringList { QStringLiteral("Santé") }) << true;
        // A typo no longer creates a theme: themes are the programme's list.
        QTest::newRow("theme typo")
            << "initiative"
            << "themes" << QVariant(QStringList { QStringLiteral("Educaton") }) << false;
    }
    void validationRejectsBadValuesWithAMessageAndWritesNothing()
    {
        QFETCH(QString, table);
        QFETCH(QString, column);
        QFETCH(QVariant, value);
        QFETCH(bool, accepted);
        // The first row of the table that belongs to Vikidia (or the first one at all).
        const qint64 vikidia = idOf(QStringLiteral("Vikidia"));
        qint64 id = 0;
        if (table == QLatin1String("initiative"))
            id = vikidia;
        else if (table == QLatin1String("organisation"))
            id = RecordService(m_doc->database())
                     .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), vikidia)
                     .toLongLong();
        else
            id = Query(m_doc->database(), QStringLiteral("SELECT MIN(id) FROM %1").arg(table))
                     .scalar()
                     .toLongLong();
        QVERIFY(id > 0);
        const QString before = dumpDatabase(m_doc->database());
        QString error;
        const bool pushed = DatabaseCommand::push(*m_doc,
            std::make_unique<SetFieldCommand>(
                *m_doc, table, column, id, value, QStringLiteral("edit")),
            &error);
        QCOMPARE(pushed, accepted);
        if (!accepted) {
            QVERIFY(!error.isEmpty());
            QCOMPARE(dumpDatabase(m_doc->database()), before);
            QCOMPARE(m_doc->undoStack().count(), 0);
        }
    }

    void theFormSavesFrenchTypingAtOnceAndUndoesItInOneStep()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        auto *name = form->findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        QCOMPARE(name->text(), QStringLiteral("Vikidia"));
        const QString french = QStringLiteral("Écoute œcuménique « citoyenne »\u202f!");
        replaceText(name, french);
        QCOMPARE(name->text(), french);
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("initiative"), QStringLiteral("name"), id)
                     .toString(),
            french);
        QCOMPARE(m_doc->undoStack().count(), 1);
        QCOMPARE(m_doc->undoStack().undoText(), QStringLiteral("Rename initiative"));
        // The list follows.
        QVERIFY(names(*page.model()).contains(french));
        m_doc->undoStack().undo();
        QCOMPARE(name->text(), QStringLiteral("Vikidia"));
        QVERIFY(names(*page.model()).contains(QStringLiteral("Vikidia")));
        form->close();
    }

    void frenchTextRoundTripsThroughTheFormTheDatabaseAndACsvExport()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        const QString text = QStringLiteral("Cœur de l’été : « garçons » et filles\u202f!");
        replaceText(form->findChild<QLineEdit *>(QStringLiteral("nameEdit")), text);
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("initiative"), QStringLiteral("name"), id)
                     .toString(),
            text);
        QProcess cli;
        cli.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("list"), QStringLiteral("initiatives"), QStringLiteral("--db"),
                m_doc->path(), QStringLiteral("--format"), QStringLiteral("csv"),
                QStringLiteral("--search"), QStringLiteral("coeur ete garcons") });
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        const QString csv = QString::fromUtf8(cli.readAllStandardOutput());
        const QStringList lines = csv.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        // The name is the first column; it holds no comma or quote, so it is not quoted.
        QCOMPARE(lines.at(1).section(QLatin1Char(','), 0, 0), text);
        form->close();
    }

    void anInvalidSiretIsExplainedAndNotWrittenUntilCorrected()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        auto *siret = form->findChild<QLineEdit *>(QStringLiteral("siretEdit"));
        auto *problem = form->findChild<QLabel *>(QStringLiteral("siretEditProblem"));
        QVERIFY(siret && problem);
        const qint64 carrier
            = RecordService(m_doc->database())
                  .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), id)
                  .toLongLong();
        const QString stored
            = RecordService(m_doc->database())
                  .value(QStringLiteral("organisation"), QStringLiteral("siret"), carrier)
                  .toString();
        replaceText(siret, QStringLiteral("73282932000079"));
        QVERIFY(!problem->isHidden());
        QVERIFY(problem->text().contains(QLatin1String("not valid")));
        QCOMPARE(siret->text(), QStringLiteral("73282932000079")); // nothing typed is dropped
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("organisation"), QStringLiteral("siret"), carrier)
                     .toString(),
            stored);
        QCOMPARE(form->pendingProblems().size(), 1);
        QTest::keyClick(siret, Qt::Key_Backspace);
        typeText(siret, QStringLiteral("4"));
        pauseTyping();
        QVERIFY(problem->isHidden());
        QCOMPARE(RecordService(m_doc->database())
                     .value(QStringLiteral("organisation"), QStringLiteral("siret"), carrier)
                     .toString(),
            QStringLiteral("73282932000074"));
        QVERIFY(form->pendingProblems().isEmpty());
    }

    void theStatusOffersOnlyAllowedTransitions()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        Initiative i;
        i.name = QStringLiteral("Candidature test");
        InitiativeService(m_doc->database()).create(i);
        page.show();
        InitiativeForm *form = openByClicking(page, i.name);
        QVERIFY(form);
        auto *status = form->findChild<QComboBox *>(QStringLiteral("statusCombo"));
        QStringList offered;
        for (int k = 0; k < status->count(); ++k)
            offered << status->itemData(k).toString();
        QCOMPARE(offered,
            (QStringList { QStringLiteral("applicant"), QStringLiteral("shortlisted"),
                QStringLiteral("not_selected"), QStringLiteral("withdrawn") }));
    }

    void subRecordTablesPassTheModelTesterAndEditThroughUndo()
    {
        const qint64 id = idOf(QStringLiteral("Infoclimat"));
        RecordTableModel needs(*m_doc, QStringLiteral("need"), QStringLiteral("initiative_id"),
            { QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("priority") },
            QStringLiteral("priority, id"));
        QAbstractItemModelTester tester(
            &needs, QAbstractItemModelTester::FailureReportingMode::QtTest);
        needs.setParentId(id);
        QCOMPARE(needs.rowCount(), 3);
        QCOMPARE(needs.data(needs.index(0, 0)).toString(), QStringLiteral("Consolidation"));
        QVERIFY(needs.setData(needs.index(0, 0), QStringLiteral("integration")));
        QCOMPARE(needs.data(needs.index(0, 0)).toString(), QStringLiteral("Integration"));
        QSignalSpy refused(&needs, &RecordTableModel::editRefused);
        QVERIFY(!needs.setData(needs.index(0, 1), QString()));
        QCOMPARE(refused.count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(needs.data(needs.index(0, 0)).toString(), QStringLiteral("Consolidation"));
        InitiativeForm form(*m_doc, id);
        form.show();
        QTest::mouseClick(button(&form, "addNeedButton"), Qt::LeftButton);
        QCOMPARE(form.needsModel()->rowCount(), 4);
        m_doc->undoStack().undo();
        QCOMPARE(form.needsModel()->rowCount(), 3);
    }

    void peopleArePartOfTheFormWithTheirEmailChecked()
    {
        const qint64 id = idOf(QStringLiteral("Ma Dada"));
        InitiativeForm form(*m_doc, id);
        QAbstractItemModelTester tester(
            form.peopleModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString before = dumpDatabase(m_doc->database());
        form.show();
        QTest::mouseClick(button(&form, "addPersonButton"), Qt::LeftButton);
        QCOMPARE(form.peopleModel()->rowCount(), 1);
        QCOMPARE(m_doc->undoStack().count(), 1); // person and link: one step
        auto *email = form.findChild<QLineEdit *>(QStringLiteral("personEmailEdit"));
        auto *name = form.findChild<QLineEdit *>(QStringLiteral("personNameEdit"));
        QVERIFY(email->isEnabled());
        replaceText(name, QStringLiteral("Hélène Dupré"));
        replaceText(email, QStringLiteral("helene.dupre@"));
        QCOMPARE(form.pendingProblems().size(), 1);
        typeText(email, QStringLiteral("numerique.gouv.fr"));
        pauseTyping();
        QVERIFY(form.pendingProblems().isEmpty());
        QCOMPARE(
            Query(m_doc->database(), QStringLiteral("SELECT email FROM person WHERE full_name = ?"))
                .bindAll(QStringLiteral("Hélène Dupré"))
                .scalar()
                .toString(),
            QStringLiteral("helene.dupre@numerique.gouv.fr"));
        QVERIFY(form.peopleModel()->setData(
            form.peopleModel()->index(0, 1), QStringLiteral("acceleration_officer")));
        QCOMPARE(form.peopleModel()->data(form.peopleModel()->index(0, 1)).toString(),
            QStringLiteral("Acceleration officer"));
        while (m_doc->undoStack().canUndo())
            m_doc->undoStack().undo();
        QCOMPARE(dumpDatabase(m_doc->database()), before);
        QCOMPARE(form.peopleModel()->rowCount(), 0);
        // Public partners: the demo links Ma Dada to three administrations.
        QCOMPARE(form.partnersModel()->rowCount(), 3);
        // Each shows its administration's label, read for the rows shown only.
        const qint64 partner
            = form.partnersModel()
                  ->data(form.partnersModel()->index(0, 0), RecordTableModel::EditValueRole)
                  .toLongLong();
        QCOMPARE(form.partnersModel()->data(form.partnersModel()->index(0, 0)).toString(),
            Lookups(m_doc->database()).label(ChoiceKind::Administration, partner));
        QVERIFY(
            !form.partnersModel()->data(form.partnersModel()->index(0, 0)).toString().isEmpty());
        QCOMPARE(form.partnersModel()
                     ->data(form.partnersModel()->index(0, 0), RecordTableModel::ChoiceKindRole)
                     .toInt(),
            int(ChoiceKind::Administration));
        const QString dne = Query(m_doc->database(),
            QStringLiteral("SELECT name FROM administration WHERE short_name = 'DNE'"))
                                .scalar()
                                .toString();
        whenModal([dne](QWidget *dialog) {
            auto *choice = dialog->findChild<QComboBox *>();
            QVERIFY(choice);
            choice->setCurrentIndex(choice->findText(dne));
            clickButton(dialog, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(button(&form, "addPartnerButton"), Qt::LeftButton);
        QCOMPARE(form.partnersModel()->rowCount(), 4);
        m_doc->undoStack().undo();
        QCOMPARE(form.partnersModel()->rowCount(), 3);
    }

    void indicatorsHaveMeasurementsAndATrendChart()
    {
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        InitiativeForm form(*m_doc, id);
        form.show();
        QAbstractItemModelTester t1(
            form.indicatorsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester t2(
            form.measurementsModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(form.trendChart()->seriesCount(), 0);
        QTest::mouseClick(button(&form, "addIndicatorButton"), Qt::LeftButton);
        QCOMPARE(form.indicatorsModel()->rowCount(), 1);
        RecordTableModel *ind = form.indicatorsModel();
        QVERIFY(ind->setData(ind->index(0, 0), QStringLiteral("Lecteurs mensuels")));
        QVERIFY(ind->setData(ind->index(0, 2), 1200000.0));
        QVERIFY(ind->setData(ind->index(0, 3), 2000000.0));
        auto *indicators = form.findChild<QTableView *>(QStringLiteral("indicatorsView"));
        QTest::mouseClick(indicators->viewport(), Qt::LeftButton, {},
            indicators->visualRect(ind->index(0, 0)).center());
        RecordTableModel *m = form.measurementsModel();
        QTest::mouseClick(button(&form, "addMeasurementButton"), Qt::LeftButton);
        // An earlier measurement: the first one moves back a month, the next is today's.
        QVERIFY(
            m->setData(m->index(0, 0), QDate::currentDate().addMonths(-1).toString(Qt::ISODate)));
        QTest::mouseClick(button(&form, "addMeasurementButton"), Qt::LeftButton);
        QCOMPARE(m->rowCount(), 2);
        QVERIFY(m->setData(m->index(0, 1), 1300000.0));
        QVERIFY(m->setData(m->index(1, 1), 1450000.0));
        // Measured values, hidden markers, baseline and target.
        QCOMPARE(form.trendChart()->seriesCount(), 4);
        QCOMPARE(form.trendChart()->data().points.size(), 2);
        QCOMPARE(form.trendChart()->data().points.at(1).second, 1450000.0);
        QCOMPARE(*form.trendChart()->data().target, 2000000.0);
        // An empty value is refused, and the form says why without a blocking dialog.
        QSignalSpy refused(m, &RecordTableModel::editRefused);
        QVERIFY(!m->setData(m->index(1, 1), QString()));
        QCOMPARE(refused.count(), 1);
        QVERIFY(form.lastRefusal().contains(QLatin1String("cannot be empty")));
        QCOMPARE(m->data(m->index(1, 1), RecordTableModel::EditValueRole).toDouble(), 1450000.0);
    }

    void anInitiativeJoinsAndLeavesAPhaseWithItsDates()
    {
        const qint64 id = idOf(QStringLiteral("Parlons Démocratie"));
        InitiativeForm form(*m_doc, id);
        QCOMPARE(form.phasesModel()->rowCount(), 1);
        const qint64 phase2 = Query(
            m_doc->database(), QStringLiteral("SELECT id FROM phase WHERE name = 'Phase 2'"))
                                  .scalar()
                                  .toLongLong();
        const QString before = dumpDatabase(m_doc->database());
        form.show();
        whenModal([](QWidget *dialog) {
            auto *choice = dialog->findChild<QComboBox *>();
            QVERIFY(choice);
            choice->setCurrentIndex(choice->findText(QStringLiteral("Phase 2")));
            clickButton(dialog, QDialogButtonBox::Ok);
        });
        QTest::mouseClick(button(&form, "addPhaseButton"), Qt::LeftButton);
        QCOMPARE(form.phasesModel()->rowCount(), 2);
        QCOMPARE(
            Query(m_doc->database(),
                QStringLiteral(
                    "SELECT actual_start || '/' || actual_end || '/' || status FROM participation "
                    "WHERE initiative_id = ? AND phase_id = ?"))
                .bindAll(id, phase2)
                .scalar()
                .toString(),
            QStringLiteral("2022-09-01/2022-11-30/not_started"));
        // Phase 2 is no longer offered; cancelling adds nothing.
        bool offered = true;
        whenModal([&offered](QWidget *dialog) {
            auto *choice = dialog->findChild<QComboBox *>();
            offered = !choice || choice->findText(QStringLiteral("Phase 2")) >= 0;
            clickButton(dialog, QDialogButtonBox::Cancel);
        });
        QTest::mouseClick(button(&form, "addPhaseButton"), Qt::LeftButton);
        QVERIFY(!offered);
        QCOMPARE(form.phasesModel()->rowCount(), 2);
        m_doc->undoStack().undo();
        QCOMPARE(dumpDatabase(m_doc->database()), before);
    }

    void thePageIsDrivenFromTheKeyboard()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.resize(1000, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.view()->setFocus();
        QTest::keyClick(&page, Qt::Key_F, Qt::ControlModifier);
        QVERIFY(page.searchField()->hasFocus());
        typeText(page.searchField(), QStringLiteral("démocratie"));
        QCOMPARE(page.model()->rowCount(), 1);
        QTest::keyClick(page.searchField(), Qt::Key_Down);
        QVERIFY(page.view()->hasFocus());
        QTest::keyClick(page.view(), Qt::Key_Return);
        auto forms = page.findChildren<InitiativeForm *>();
        QCOMPARE(forms.size(), 1);
        QVERIFY(forms.first()->isVisible());
        QTest::keyClick(forms.first(), Qt::Key_Escape);
        QTRY_VERIFY(page.findChildren<InitiativeForm *>().isEmpty());
    }

    void everyFocusableControlHasAnAccessibleName()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        QStringList unnamed;
        for (QWidget *root : { static_cast<QWidget *>(&page), static_cast<QWidget *>(form) }) {
            for (QWidget *w : root->findChildren<QWidget *>()) {
                if (w->focusPolicy() == Qt::NoFocus || w->inherits("QTabBar") || !w->isEnabled()
                    || w->objectName().startsWith(QLatin1String("qt_")) || w->inherits("QScrollBar")
                    || w->parentWidget()->inherits("QAbstractSpinBox")
                    || w->parentWidget()->inherits("QComboBox") || w->inherits("QComboBoxListView"))
                    continue;
                QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(w);
                const QString name = iface ? iface->text(QAccessible::Name) : QString();
                if (name.trimmed().isEmpty())
                    unnamed << QStringLiteral("%1 (%2)").arg(
                        w->objectName(), QString::fromLatin1(w->metaObject()->className()));
            }
        }
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral(", "))));
    }

    void duplicateArchiveAndDeleteAreUndoable()
    {
        // Through the Initiative menu's actions and the Delete key, as a user does.
        const QString file = m_doc->path();
        m_doc.reset(); // one writer per file: the window opens it
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        m_shown = w.document();
        const auto forget = qScopeGuard([this] { m_shown = nullptr; });
        w.show();
        w.showWorkspace(MainWindow::Initiatives);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        InitiativesPage &page = *w.initiativesPage();
        auto action = [&w](const QString &text) -> QAction * {
            for (QAction *a : w.findChildren<QAction *>()) {
                if (a->text() == text)
                    return a;
            }
            return nullptr;
        };
        auto clickRow = [&page](qint64 id) {
            const QRect cell
                = page.view()->visualRect(page.model()->index(page.model()->rowOf(id), 0));
            QTest::mouseClick(page.view()->viewport(), Qt::LeftButton, {}, cell.center());
        };
        QUndoStack &undo = w.document()->undoStack();
        clickRow(idOf(QStringLiteral("Vikidia")));
        QVERIFY(action(QStringLiteral("D&uplicate")));
        // Writes wait for the window's background integrity check.
        QTRY_COMPARE(w.document()->database().integrity(), Database::Integrity::Sound);
        action(QStringLiteral("D&uplicate"))->trigger();
        QVERIFY(idOf(QStringLiteral("Vikidia (copy)")) > 0);
        QCOMPARE(page.model()->rowCount(), 10);
        clickRow(idOf(QStringLiteral("Vikidia")));
        QVERIFY(action(QStringLiteral("&Archive or Restore")));
        action(QStringLiteral("&Archive or Restore"))->trigger();
        QCOMPARE(page.model()->rowCount(), 9);
        undo.undo();
        QCOMPARE(page.model()->rowCount(), 10);
        QPointer<InitiativeForm> form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        clickRow(idOf(QStringLiteral("Vikidia")));
        page.view()->setFocus();
        // "No" keeps it; "Yes" deletes it.
        whenModal([](QWidget *box) { clickButton(box, QDialogButtonBox::No); });
        QTest::keyClick(page.view(), Qt::Key_Delete);
        QVERIFY(idOf(QStringLiteral("Vikidia")) > 0);
        // Back to the list (the question took the focus), then Delete again.
        w.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&w));
        clickRow(idOf(QStringLiteral("Vikidia")));
        page.view()->setFocus();
        whenModal([](QWidget *box) { clickButton(box, QDialogButtonBox::Yes); });
        QTest::keyClick(page.view(), Qt::Key_Delete);
        QTRY_VERIFY(!form); // its form closes
        QCOMPARE(idOf(QStringLiteral("Vikidia")), qint64(0));
        undo.undo();
        QVERIFY(idOf(QStringLiteral("Vikidia")) > 0);
        QCOMPARE(page.model()->rowCount(), 10);
    }

    void theListRemembersColumnsSortAndFilters()
    {
        {
            InitiativesPage page;
            page.setDocument(m_doc.get());
            page.view()->horizontalHeader()->setSectionHidden(InitiativeListService::Town, true);
            page.view()->sortByColumn(InitiativeListService::Carrier, Qt::DescendingOrder);
            page.searchField()->setText(QStringLiteral("asso"));
            auto *status = page.findChild<QComboBox *>(QStringLiteral("statusFilter"));
            status->setCurrentIndex(status->findData(QStringLiteral("alumni")));
        }
        InitiativesPage page;
        page.setDocument(m_doc.get());
        QVERIFY(page.view()->horizontalHeader()->isSectionHidden(InitiativeListService::Town));
        QCOMPARE(page.view()->horizontalHeader()->sortIndicatorSection(),
            int(InitiativeListService::Carrier));
        QCOMPARE(page.view()->horizontalHeader()->sortIndicatorOrder(), Qt::DescendingOrder);
        QCOMPARE(page.searchField()->text(), QStringLiteral("asso"));
        QCOMPARE(
            page.findChild<QComboBox *>(QStringLiteral("statusFilter"))->currentData().toString(),
            QStringLiteral("alumni"));
        QCOMPARE(page.model()->filter().lifecycle, std::optional<Lifecycle>(Lifecycle::Alumni));
        QSettings().clear();
    }

    void aSearchKeystrokeWritesNoSettingsTheSearchIsRememberedAfterAPause()
    {
        QSettings().clear();
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.searchField()->setFocus();
        typeText(page.searchField(), QStringLiteral("v"));
        QCOMPARE(page.model()->filter().search, QStringLiteral("v"));
        // Writing the settings file in the keystroke held each key up by 10 to 40 ms.
        QCOMPARE(QSettings().value(QStringLiteral("initiatives/search")), QVariant());
        QTRY_COMPARE_WITH_TIMEOUT(
            QSettings().value(QStringLiteral("initiatives/search")).toString(), QStringLiteral("v"),
            3 * int(delays::SettingsSaved.count()));
        QSettings().clear();
    }

    void themesAreChosenByClickingAndUndoRestoresTheExactState()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        auto *picker = form->findChild<ThemePicker *>(QStringLiteral("themesEdit"));
        QVERIFY(picker);
        // Nothing to type themes into: they are chosen from the programme's list.
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("themesEdit")));
        QVERIFY(picker->available().contains(QStringLiteral("Éducation")));
        QStringList shown = picker->checked();
        shown.sort();
        QCOMPARE(shown, storedThemes(idOf(QStringLiteral("Vikidia"))));
        const QString before = dumpDatabase(m_doc->database());
        QCheckBox *sante = picker->box(QStringLiteral("Santé"));
        QVERIFY(sante && !sante->isChecked());
        clickBox(sante);
        QVERIFY(storedThemes(idOf(QStringLiteral("Vikidia"))).contains(QStringLiteral("Santé")));
        QCOMPARE(m_doc->undoStack().count(), 1);
        clickBox(picker->box(QStringLiteral("Numérique")));
        QVERIFY(
            !storedThemes(idOf(QStringLiteral("Vikidia"))).contains(QStringLiteral("Numérique")));
        const QString after = dumpDatabase(m_doc->database());
        while (m_doc->undoStack().canUndo())
            m_doc->undoStack().undo();
        QCOMPARE(dumpDatabase(m_doc->database()), before);
        QVERIFY(!sante->isChecked()); // the form follows the undo
        while (m_doc->undoStack().canRedo())
            m_doc->undoStack().redo();
        QCOMPARE(dumpDatabase(m_doc->database()), after);
        QVERIFY(sante->isChecked());
        // The search key follows the themes: "sante" finds Vikidia now.
        QVERIFY(search(QStringLiteral("sante")).contains(QStringLiteral("Vikidia")));
        form->close();
    }

    void aNewThemeIsValidatedAndItsUndoLeavesNoThemeBehind()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.resize(1100, 600);
        page.show();
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        auto *picker = form->findChild<ThemePicker *>(QStringLiteral("themesEdit"));
        const QString before = dumpDatabase(m_doc->database());
        QTest::mouseClick(picker->newThemeButton(), Qt::LeftButton);
        auto *dialog = form->findChild<NewThemeDialog *>(QStringLiteral("newThemeDialog"));
        QVERIFY(dialog);
        QTRY_VERIFY(dialog->isVisible());
        QVERIFY(!dialog->okButton()->isEnabled()); // no empty name
        // Same as "Éducation" ignoring case and accents: refused, with the reason.
        dialog->nameEdit()->setFocus();
        typeText(dialog->nameEdit(), QStringLiteral("EDUCATION"));
        QVERIFY(!dialog->okButton()->isEnabled());
        QVERIFY(dialog->problemLabel()->isVisible());
        QVERIFY(dialog->problemLabel()->text().contains(QStringLiteral("Éducation")));
        if (qEnvironmentVariableIsSet("TREMPLIN_SCREENSHOT_DIR"))
            dialog->grab().save(
                qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR") + QStringLiteral("/newtheme.png"));
        dialog->nameEdit()->selectAll();
        typeText(dialog->nameEdit(), QStringLiteral("   "));
        QVERIFY(!dialog->okButton()->isEnabled());
        dialog->nameEdit()->selectAll();
        typeText(dialog->nameEdit(), QStringLiteral("Culture"));
        QVERIFY(dialog->okButton()->isEnabled());
        QTest::mouseClick(dialog->okButton(), Qt::LeftButton);
        QVERIFY(
            InitiativeService(m_doc->database()).allThemes().contains(QStringLiteral("Culture")));
        QVERIFY(storedThemes(idOf(QStringLiteral("Vikidia"))).contains(QStringLiteral("Culture")));
        QTRY_VERIFY(picker->box(QStringLiteral("Culture"))
            && picker->box(QStringLiteral("Culture"))->isChecked());
        // One undo step takes the theme away from the initiative and from the list.
        QCOMPARE(m_doc->undoStack().count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(dumpDatabase(m_doc->database()), before);
        QVERIFY(!picker->box(QStringLiteral("Culture")));
        form->close();
    }

    void searchLooksAtThemesWithoutAccents()
    {
        QCOMPARE(
            search(QStringLiteral("sante")), QStringList { QStringLiteral("Vivons en Forme") });
        QVERIFY(search(QStringLiteral("education")).contains(QStringLiteral("Vikidia")));
        // On a generated programme too.
        Document big;
        big.database().create(m_dir.filePath(QStringLiteral("themes.sqlite")));
        generateProgramme(big.database(), { 300, 0, 1 });
        InitiativeListModel model;
        model.setDatabase(&big.database());
        InitiativeFilter f;
        f.search = QStringLiteral("sante");
        model.setFilter(f);
        QVERIFY(model.rowCount() > 0);
        f = {};
        f.theme = QStringLiteral("Santé");
        model.setFilter(f);
        const int withTheme = model.rowCount();
        f = {};
        f.search = QStringLiteral("sante");
        model.setFilter(f);
        QVERIFY(model.rowCount() >= withTheme);
    }

    void step6SpellsEducationWithItsAccentAndPutsThemesInTheSearchKey()
    {
        const QString file = m_doc->path();
        {
            // A file of schema 5 as the demo wrote it: "Education", keys without themes.
            QSqlQuery q(m_doc->database().connection());
            QVERIFY(q.exec(
                QStringLiteral("UPDATE theme SET name = 'Education' WHERE name = 'Éducation'")));
            QVERIFY(q.exec(QStringLiteral("UPDATE initiative SET search_text = 'x'")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version = 5")));
        }
        m_doc.reset();
        m_doc = std::make_unique<Document>();
        m_doc->database().open(file);
        QCOMPARE(m_doc->database().schemaVersion(), Database::latestSchemaVersion());
        QVERIFY(
            InitiativeService(m_doc->database()).allThemes().contains(QStringLiteral("Éducation")));
        QVERIFY(!InitiativeService(m_doc->database())
                     .allThemes()
                     .contains(QStringLiteral("Education")));
        QVERIFY(
            storedThemes(idOf(QStringLiteral("Vikidia"))).contains(QStringLiteral("Éducation")));
        QCOMPARE(
            search(QStringLiteral("sante")), QStringList { QStringLiteral("Vivons en Forme") });
        QCOMPARE(search(QStringLiteral("vikidia")), QStringList { QStringLiteral("Vikidia") });
        // A file holding both spellings: merged into "Éducation".
        QSqlQuery q(m_doc->database().connection());
        QVERIFY(q.exec(QStringLiteral("INSERT INTO theme (name) VALUES ('Education')")));
        QVERIFY(q.exec(QStringLiteral(
            "INSERT INTO initiative_theme (initiative_id, theme_id) SELECT i.id, t.id FROM "
            "initiative i, theme t WHERE i.name = 'Ma Dada' AND t.name = 'Education'")));
        QSqlDatabase c = m_doc->database().connection();
        migrationSteps().at(5).code(c, m_doc->database().dialect());
        QVERIFY(!InitiativeService(m_doc->database())
                     .allThemes()
                     .contains(QStringLiteral("Education")));
        QVERIFY(
            storedThemes(idOf(QStringLiteral("Ma Dada"))).contains(QStringLiteral("Éducation")));
    }

    void theLegalFormComboShowsItsLongestEntryWholeInEitherLanguage()
    {
        const auto checkFits = [](QComboBox *combo) {
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.editable = combo->isEditable();
            const QRect field = combo->style()->subControlRect(
                QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
            QVERIFY(combo->count() > 0);
            for (int i = 0; i < combo->count(); ++i) {
                QVERIFY2(
                    combo->fontMetrics().horizontalAdvance(combo->itemText(i)) <= field.width(),
                    qPrintable(combo->itemText(i)));
            }
        };
        const qint64 id = idOf(QStringLiteral("Vikidia"));
        for (const QString &lang : { QStringLiteral("fr"), QStringLiteral("en") }) {
            QVERIFY(m_translations.install(lang));
            InitiativeForm form(*m_doc, id);
            form.show();
            auto *tabs = form.findChild<QTabWidget *>(QStringLiteral("tabs"));
            QTest::mouseClick(
                tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
            auto *legalForm = form.findChild<QComboBox *>(QStringLiteral("legalFormCombo"));
            QVERIFY(legalForm->isVisible());
            checkFits(legalForm);
            // The language changed with the form open: the entries are longer or shorter.
            QVERIFY(m_translations.install(
                lang == QLatin1String("fr") ? QStringLiteral("en") : QStringLiteral("fr")));
            QCoreApplication::processEvents();
            checkFits(legalForm);
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void undoTextsNameTheFieldAsTheFormShowsIt()
    {
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fr") }) {
            QVERIFY(m_translations.install(lang));
            InitiativesPage page;
            page.setDocument(m_doc.get());
            page.show();
            InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
            QVERIFY(form);
            auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
            QTest::mouseClick(
                tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
            replaceText(form->findChild<QLineEdit *>(QStringLiteral("siretEdit")),
                QStringLiteral("73282932000074"));
            QCOMPARE(m_doc->undoStack().undoText(),
                lang == QLatin1String("en")
                    ? QStringLiteral("Change SIRET")
                    : QStringLiteral("Modification de «\u00a0SIRET\u00a0»"));
            m_doc->undoStack().undo();
            // A table's column: named as its header shows it.
            RecordTableModel *needs = form->needsModel();
            QVERIFY(needs->setData(needs->index(0, 1), QStringLiteral("Trouver un local")));
            QCOMPARE(m_doc->undoStack().undoText(),
                lang == QLatin1String("en")
                    ? QStringLiteral("Change Need")
                    : QStringLiteral("Modification de «\u00a0%1\u00a0»")
                          .arg(needs->headerData(1, Qt::Horizontal).toString()));
            QVERIFY(!needs->headerData(1, Qt::Horizontal).toString().at(0).isLower());
            m_doc->undoStack().undo();
            form->close();
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theFormIsAToolWindowOfTheMainWindowThatRemembersItsGeometry()
    {
        const QString file = m_doc->path();
        m_doc.reset(); // one writer per file: the window opens it
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        m_shown = w.document();
        const auto forget = qScopeGuard([this] { m_shown = nullptr; });
        w.show();
        w.showWorkspace(MainWindow::Initiatives);
        InitiativesPage *page = w.initiativesPage();
        QPointer<InitiativeForm> form = openByClicking(*page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        // A tool window stays above its main window when the main window is clicked.
        QCOMPARE(form->windowType(), Qt::Tool);
        QCOMPARE(form->parentWidget()->window(), &w);
        form->setGeometry(QRect(QPoint(60, 50), QSize(1010, 690)));
        const QRect moved = form->geometry();
        QTest::keyClick(form, Qt::Key_Escape);
        QTRY_VERIFY(!form);
        form = openByClicking(*page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        QTRY_COMPARE(form->geometry(), moved);
        form->close();
    }

    void everyTabOfTheFormIsVisibleAtItsDefaultSizeInFrench()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        QVERIFY(QTest::qWaitForWindowExposed(form));
        auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
        QTabBar *bar = tabs->tabBar();
        for (int t = 0; t < bar->count(); ++t)
            QVERIFY2(bar->rect().contains(bar->tabRect(t)), qPrintable(bar->tabText(t)));
        QVERIFY(tabs->width() >= bar->width());
        form->close();
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void aNewMeasurementIsDatedTodayAndTheTrendAxisHasDistinctTicks()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        InitiativeForm *form = openByClicking(page, QStringLiteral("Vikidia"));
        QVERIFY(form);
        QTest::mouseClick(button(form, "addIndicatorButton"), Qt::LeftButton);
        QCOMPARE(form->indicatorsModel()->rowCount(), 1);
        QTest::mouseClick(button(form, "addMeasurementButton"), Qt::LeftButton);
        RecordTableModel *m = form->measurementsModel();
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->data(m->index(0, 0), RecordTableModel::EditValueRole).toString(),
            QDate::currentDate().toString(Qt::ISODate));
        // Today has one: a second click says so instead of dating one tomorrow.
        QTest::mouseClick(button(form, "addMeasurementButton"), Qt::LeftButton);
        QCOMPARE(m->rowCount(), 1);
        QVERIFY(form->lastRefusal().contains(QLatin1String("today")));
        // Ticks over a month: days, distinct, evenly spaced.
        const QLocale fr(QLocale::French, QLocale::France);
        auto checkTicks = [](const QList<TrendChart::Tick> &ticks, bool days) {
            QVERIFY(ticks.size() >= 2 && ticks.size() <= 8);
            QSet<QString> labels;
            for (const TrendChart::Tick &t : ticks)
                labels.insert(t.label);
            QCOMPARE(labels.size(), ticks.size());
            for (int k = 2; k < ticks.size(); ++k) {
                if (days)
                    QCOMPARE(ticks.at(k - 1).date.daysTo(ticks.at(k).date),
                        ticks.at(0).date.daysTo(ticks.at(1).date));
                else
                    QCOMPARE(ticks.at(k).date.month() - ticks.at(k - 1).date.month()
                            + 12 * (ticks.at(k).date.year() - ticks.at(k - 1).date.year()),
                        ticks.at(1).date.month() - ticks.at(0).date.month()
                            + 12 * (ticks.at(1).date.year() - ticks.at(0).date.year()));
            }
        };
        const QList<TrendChart::Tick> month
            = TrendChart::ticks(QDate(2026, 11, 2), QDate(2026, 11, 29), fr);
        checkTicks(month, true);
        QCOMPARE(month.first().label, QStringLiteral("02/11"));
        const QList<TrendChart::Tick> years
            = TrendChart::ticks(QDate(2022, 4, 14), QDate(2026, 11, 29), fr);
        checkTicks(years, false);
        for (const TrendChart::Tick &t : years)
            QCOMPARE(t.date.day(), 1);
        // The chart of the form draws those ticks: two measurements in November 2026.
        QVERIFY(m->setData(m->index(0, 0), QStringLiteral("2026-11-02")));
        QTest::mouseClick(button(form, "addMeasurementButton"), Qt::LeftButton);
        QCOMPARE(m->rowCount(), 2);
        const auto drawn = form->trendChart()->currentTicks();
        if (qEnvironmentVariableIsSet("TREMPLIN_SCREENSHOT_DIR")) {
            form->findChild<QTabWidget *>(QStringLiteral("tabs"))->setCurrentIndex(6);
            form->grab().save(
                qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR") + QStringLiteral("/trend.png"));
        }
        QVERIFY(drawn.size() >= 2);
        checkTicks(drawn, true);
        form->close();
    }

    void emptySectionsOfTheFormSayWhatToDo()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        QTest::mouseClick(
            page.findChild<QToolButton *>(QStringLiteral("newInitiativeButton")), Qt::LeftButton);
        const auto forms = page.findChildren<InitiativeForm *>();
        QCOMPARE(forms.size(), 1);
        InitiativeForm *form = forms.first();
        QVERIFY(QTest::qWaitForWindowExposed(form));
        auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
        const std::pair<const char *, const char *> empties[] = { { "noGrantsLabel", "grantsTree" },
            { "noPeopleLabel", "peopleView" }, { "noIndicatorsLabel", "indicatorsView" } };
        for (const auto &[label, table] : empties) {
            auto *hint = form->findChild<QLabel *>(QLatin1String(label));
            auto *view = form->findChild<QAbstractItemView *>(QLatin1String(table));
            QVERIFY(hint && view);
            tabs->setCurrentWidget(hint->parentWidget());
            QVERIFY2(hint->isVisible(), label);
            QVERIFY(!view->isVisible());
            QVERIFY(hint->text().contains(QLatin1String("Add"))
                || hint->text().contains(QLatin1String("Grants workspace")));
        }
        QVERIFY(!button(form, "removeIndicatorButton")->isEnabled());
        QVERIFY(!form->findChild<QLineEdit *>(QStringLiteral("personNameEdit"))->isVisible());
        // Once there is something, the table comes back.
        QTest::mouseClick(button(form, "addIndicatorButton"), Qt::LeftButton);
        QVERIFY(
            form->findChild<QAbstractItemView *>(QStringLiteral("indicatorsView"))->isVisible());
        QVERIFY(!form->findChild<QLabel *>(QStringLiteral("noIndicatorsLabel"))->isVisible());
        form->close();
    }

    void aSearchWithNoMatchSaysSoAndOffersToClearIt()
    {
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *panel = page.findChild<QWidget *>(QStringLiteral("noMatchPanel"));
        auto *label = page.findChild<QLabel *>(QStringLiteral("noMatchLabel"));
        auto *clear = page.findChild<QPushButton *>(QStringLiteral("noMatchClearButton"));
        QVERIFY(panel && label && clear);
        QVERIFY(!panel->isVisible());
        page.searchField()->setFocus();
        typeText(page.searchField(), QStringLiteral("xyz"));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(panel->isVisible());
        QVERIFY2(label->text().contains(QStringLiteral("“xyz”")), qPrintable(label->text()));
        QVERIFY(clear->isVisible());
        QTest::mouseClick(clear, Qt::LeftButton);
        QCOMPARE(page.searchField()->text(), QString());
        QCOMPARE(page.model()->rowCount(), 9);
        QVERIFY(!panel->isVisible());
    }

    void theFilterCombosShowTheirTextInTheDefaultWindowInFrench()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        const QString file = m_doc->path();
        m_doc.reset(); // one writer per file: the window opens it
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(file));
        m_shown = w.document();
        const auto forget = qScopeGuard([this] { m_shown = nullptr; });
        w.resize(1100, 720);
        w.show();
        w.showWorkspace(MainWindow::Initiatives);
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QCOMPARE(w.width(), 1100);
        for (const char *name : { "promotionFilter", "statusFilter", "phaseFilter", "themeFilter",
                 "domainFilter", "needFilter" }) {
            auto *combo = w.initiativesPage()->findChild<QComboBox *>(QLatin1String(name));
            QVERIFY(combo);
            // The width the current text needs, with the combo's frame and arrow.
            QStyleOptionComboBox option;
            option.initFrom(combo);
            option.currentText = combo->currentText();
            const QSize text(combo->fontMetrics().horizontalAdvance(combo->currentText()),
                combo->fontMetrics().height());
            const int needed = combo->style()
                                   ->sizeFromContents(QStyle::CT_ComboBox, &option, text, combo)
                                   .width();
            QVERIFY2(combo->width() >= needed && combo->width() >= combo->sizeHint().width(),
                qPrintable(QStringLiteral("%1: %2 < %3")
                               .arg(combo->currentText())
                               .arg(combo->width())
                               .arg(needed)));
            QVERIFY(combo->currentText().startsWith(QLatin1String("Tou")));
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theWorkspaceAndEveryTabOfTheFormRenderInBothLanguages()
    {
        // Grabs the list and each tab of a form and checks that something was drawn (not a
        // blank pane). The images go to TREMPLIN_SCREENSHOT_DIR when set, for a human look.
        QTemporaryDir tmp;
        const QString dir = qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR", tmp.path());
        auto drawnSomething = [](const QImage &image) {
            // A blank pane has one or two colours; text and tables have many.
            QSet<QRgb> colours;
            for (int y = 0; y < image.height(); y += 3) {
                for (int x = 0; x < image.width(); x += 3)
                    colours.insert(image.pixel(x, y));
            }
            return colours.size() > 8;
        };
        for (const QString &lang : { QStringLiteral("en"), QStringLiteral("fr") }) {
            QVERIFY(m_translations.install(lang));
            InitiativesPage page;
            page.setDocument(m_doc.get());
            page.resize(1280, 420);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            const QImage list = page.grab().toImage();
            QVERIFY(drawnSomething(list));
            QVERIFY(list.save(QStringLiteral("%1/initiatives-%2.png").arg(dir, lang)));
            InitiativeForm *form = openByClicking(page, QStringLiteral("Sport Inclusif"));
            QVERIFY(form);
            form->resize(860, 640);
            QVERIFY(QTest::qWaitForWindowExposed(form));
            auto *tabs = form->findChild<QTabWidget *>(QStringLiteral("tabs"));
            for (int t = 0; t < tabs->count(); ++t) {
                tabs->setCurrentIndex(t);
                const QImage image = form->grab().toImage();
                QVERIFY2(drawnSomething(image), qPrintable(tabs->tabText(t)));
                QVERIFY(image.save(QStringLiteral("%1/form-%2-%3.png").arg(dir, lang).arg(t)));
            }
            form->close();
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestInitiatives)
#include "tst_initiatives.moc"
