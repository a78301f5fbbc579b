// SPDX-License-Identifier: GPL-3.0-or-later
// The overview answers "what do I do today?": its lines on the demo in both languages, and a
// click on each line opens the place where the matter is dealt with.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/generator/programmegenerator.h"
#include "core/i18n/translations.h"
#include "core/services/initiativeservice.h"
#include "ui/document.h"
#include "ui/grants/grantspage.h"
#include "ui/initiatives/initiativeform.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"
#include "ui/models/initiativelistmodel.h"
#include "ui/workspaces/overviewpage.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {
const QChar Nnbsp(0x202f); // French group separator
const QChar Nbsp(0x00a0); // before € in French
} // namespace

class TestOverview : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    QString m_generated;
    Translations m_translations;
    const QDate m_inPhase1 { 2022, 6, 20 };

    static QString texts(const QWidget &page)
    {
        QStringList all;
        for (const QLabel *l : page.findChildren<QLabel *>()) {
            if (l->isVisibleTo(&page))
                all << l->text();
        }
        for (const QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->isVisibleTo(&page))
                all << b->text();
        }
        return all.join(QLatin1Char('\n'));
    }
    static qint64 initiativeNamed(Database &db, const QString &name)
    {
        return Query(db, QStringLiteral("SELECT id FROM initiative WHERE name = ?"))
            .bindAll(name)
            .scalar()
            .toLongLong();
    }
    static void addAction(Database &db, qint64 initiative, const QDate &due)
    {
        Action a;
        a.initiativeId = initiative;
        a.title = QStringLiteral("Relancer le ministère");
        a.dueDate = due;
        InitiativeService(db).addAction(a);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        {
            Database db;
            db.create(m_demo);
            writeDemoProgramme(db);
            // Two initiatives are late on 20 June 2022; one has an action due that week.
            const qint64 vikidia = initiativeNamed(db, QStringLiteral("Vikidia"));
            const qint64 madada = initiativeNamed(db, QStringLiteral("Ma Dada"));
            addAction(db, vikidia, m_inPhase1.addDays(-10));
            addAction(db, madada, m_inPhase1.addDays(-3));
            addAction(db, madada, m_inPhase1.addDays(2));
        }
        m_generated = m_dir.filePath(QStringLiteral("generated.sqlite"));
        Database db;
        db.create(m_generated);
        GeneratorOptions o;
        o.initiatives = 10000;
        o.disbursements = 1000;
        generateProgramme(db, o);
    }
    void cleanupTestCase() { QVERIFY(m_translations.install(QStringLiteral("en"))); }

    void theDemoSaysWhatNeedsAttentionInEnglish()
    {
        QVERIFY(m_translations.install(QStringLiteral("en")));
        Document doc;
        doc.database().open(m_demo);
        OverviewPage page;
        page.setDocument(&doc);
        page.setToday(m_inPhase1);
        const QString shown = texts(page);
        QVERIFY2(shown.contains(QStringLiteral("What needs attention today, Monday, 20 June 2022")),
            qPrintable(shown));
        QCOMPARE(page.attentionLine(QStringLiteral("phase"))->text(),
            QStringLiteral("Phase 1 under way until Friday, 15 July 2022 (25 days left)"));
        QCOMPARE(page.attentionLine(QStringLiteral("committee"))->text(),
            QStringLiteral(
                "Next committee: Comité d’accélération on Wednesday, 6 July 2022 (in 16 days)"));
        QCOMPARE(page.attentionLine(QStringLiteral("overdue"))->text(),
            QStringLiteral("Overdue: 2 actions in 2 initiatives"));
        QCOMPARE(page.attentionLine(QStringLiteral("due"))->text(),
            QStringLiteral("Due within a week: 1 action in 1 initiative"));
        QCOMPARE(page.attentionLine(QStringLiteral("blocked"))->text(),
            QStringLiteral(
                "Blocked: 2 tranches awaiting proof that their conditions are met (€120,000.00)"));
        QVERIFY(!page.attentionLine(QStringLiteral("topay")));
        QVERIFY(!page.attentionLine(QStringLiteral("envelope"))); // 980 000 € of 980 000 €
        // The banner shows money the English way.
        QVERIFY2(
            shown.contains(QStringLiteral("Only the €80,000 + €60,000 scheme")), qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("9 initiatives in 1 promotion")));
    }

    void theDemoSaysWhatNeedsAttentionInFrench()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        Document doc;
        doc.database().open(m_demo);
        OverviewPage page;
        page.setDocument(&doc);
        page.setToday(m_inPhase1);
        const QString shown = texts(page);
        QVERIFY2(shown.contains(QStringLiteral(
                     "Ce qui demande votre attention aujourd’hui, lundi 20 juin 2022")),
            qPrintable(shown));
        QCOMPARE(page.attentionLine(QStringLiteral("phase"))->text(),
            QStringLiteral("Phase 1 en cours jusqu’au vendredi 15 juillet 2022 (encore 25 jours)"));
        QCOMPARE(page.attentionLine(QStringLiteral("committee"))->text(),
            QStringLiteral("Prochain comité : Comité d’accélération le mercredi 6 juillet 2022 "
                           "(dans 16 jours)")
                .replace(QStringLiteral(" :"), QString(Nbsp) + QLatin1Char(':')));
        QCOMPARE(page.attentionLine(QStringLiteral("overdue"))->text(),
            QString(QStringLiteral("En retard") + Nbsp
                + QStringLiteral(": 2 actions dans 2 initiatives")));
        QCOMPARE(page.attentionLine(QStringLiteral("due"))->text(),
            QString(QStringLiteral("À faire d’ici une semaine") + Nbsp
                + QStringLiteral(": 1 action dans 1 initiative")));
        QCOMPARE(page.attentionLine(QStringLiteral("blocked"))->text(),
            QString(QStringLiteral("Bloquées") + Nbsp
                + QStringLiteral(": 2 tranches en attente de la preuve que leurs "
                                 "conditions sont remplies (120")
                + Nnbsp + QStringLiteral("000,00") + Nbsp + QStringLiteral("€)")));
        QVERIFY2(shown.contains(QString(QStringLiteral("80") + Nnbsp + QStringLiteral("000") + Nbsp
                     + QStringLiteral("€ + 60") + Nnbsp + QStringLiteral("000") + Nbsp
                     + QStringLiteral("€"))),
            qPrintable(shown));
        QVERIFY(shown.contains(QStringLiteral("9 initiatives dans 1 promotion")));
    }

    void aGeneratedProgrammeWarnsInsteadOfShowingANegativeAmount_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("count");
        QTest::newRow("en") << QStringLiteral("en")
                            << QStringLiteral("10,000 initiatives in 10 promotions");
        QTest::newRow("fr") << QStringLiteral("fr")
                            << QString(QStringLiteral("10") + Nnbsp
                                   + QStringLiteral("000 initiatives dans 10 promotions"));
    }
    void aGeneratedProgrammeWarnsInsteadOfShowingANegativeAmount()
    {
        QFETCH(QString, language);
        QFETCH(QString, count);
        QVERIFY(m_translations.install(language));
        Document doc;
        doc.database().open(m_generated);
        OverviewPage page;
        page.setDocument(&doc);
        page.setToday(QDate(2015, 6, 1));
        const QString shown = texts(page);
        QVERIFY2(shown.contains(count), qPrintable(shown));
        QPushButton *envelope = page.attentionLine(QStringLiteral("envelope"));
        QVERIFY(envelope);
        QVERIFY2(envelope->text().contains(language == QLatin1String("en")
                         ? QStringLiteral("Commitments exceed the envelope of 10 promotions, by ")
                         : QStringLiteral(
                             "Les engagements dépassent l’enveloppe de 10 promotions, de ")),
            qPrintable(envelope->text()));
        // No negative amount anywhere, and not the demo's facts.
        QVERIFY2(
            !shown.contains(QLatin1Char('-')) && !shown.contains(QChar(0x2212)), qPrintable(shown));
        QVERIFY(!shown.contains(QStringLiteral("(7)")));
        QVERIFY(page.attentionLine(QStringLiteral("overdue"))->isEnabled());
        QVERIFY(page.attentionLine(QStringLiteral("phase"))
                    ->text()
                    .contains(QStringLiteral("Promotion 1")));
        // The warning opens the ledger.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy opened(&page, &OverviewPage::openRequested);
        QTest::mouseClick(envelope, Qt::LeftButton);
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<OverviewPage::Place>(), OverviewPage::Grants);
    }

    void theGrantsDashboardShowsTheExcessInsteadOfANegativeAmount()
    {
        QVERIFY(m_translations.install(QStringLiteral("en")));
        Document doc;
        doc.database().open(m_generated);
        GrantsPage grants;
        grants.setDocument(&doc);
        grants.show();
        QVERIFY(QTest::qWaitForWindowExposed(&grants));
        OverviewPage overview;
        overview.setDocument(&doc);
        const QString excess = overview.attention().overCommitment.toString(QLocale());
        QTRY_COMPARE(grants.dashboardValue(QStringLiteral("uncommitted")), excess);
        bool captioned = false;
        for (const QLabel *l : grants.findChildren<QLabel *>())
            captioned
                |= l->isVisible() && l->text() == QStringLiteral("Committed above the envelope");
        QVERIFY(captioned);
    }

    void eachLineOpensThePlaceWhereItIsDealtWith()
    {
        QVERIFY(m_translations.install(QStringLiteral("en")));
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(m_demo, &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        auto *overview = qobject_cast<OverviewPage *>(w.workspaceWidget(MainWindow::Overview));
        QVERIFY(overview);
        overview->setToday(m_inPhase1);
        auto click = [&](const char *line) {
            QTest::keyClick(&w, Qt::Key_1, Qt::ControlModifier); // back to the overview
            QCOMPARE(w.currentWorkspace(), MainWindow::Overview);
            QPushButton *b = overview->attentionLine(QLatin1String(line));
            QVERIFY2(b && b->isVisible() && b->isEnabled(), line);
            QTest::mouseClick(b, Qt::LeftButton);
        };

        // Overdue actions: the initiatives list, filtered on them (all filters else cleared).
        QSignalSpy opened(overview, &OverviewPage::openRequested);
        w.initiativesPage()->searchField()->setText(QStringLiteral("Infoclimat"));
        click("overdue");
        QCOMPARE(opened.size(), 1);
        QCOMPARE(opened.first().at(0).value<OverviewPage::Place>(), OverviewPage::OverdueActions);
        QCOMPARE(w.currentWorkspace(), MainWindow::Initiatives);
        QVERIFY(w.initiativesPage()
                    ->findChild<QCheckBox *>(QStringLiteral("overdueFilter"))
                    ->isChecked());
        QVERIFY(w.initiativesPage()->searchField()->text().isEmpty());
        QCOMPARE(w.initiativesPage()->model()->rowCount(), 2);
        QCOMPARE(w.initiativesPage()->view()->horizontalHeader()->sortIndicatorSection(),
            int(InitiativeListService::NextActionDue));

        // The one initiative with an action due this week: its form.
        click("due");
        QCOMPARE(w.currentWorkspace(), MainWindow::Initiatives);
        const qint64 madada = initiativeNamed(w.document()->database(), QStringLiteral("Ma Dada"));
        bool formOpen = false;
        for (InitiativeForm *f : w.findChildren<InitiativeForm *>())
            formOpen |= f->initiativeId() == madada && f->isVisible();
        QVERIFY(formOpen);
        for (InitiativeForm *f : w.findChildren<InitiativeForm *>())
            f->close();

        // The calendar: the timeline.
        click("phase");
        QCOMPARE(w.currentWorkspace(), MainWindow::Timeline);
        click("committee");
        QCOMPARE(w.currentWorkspace(), MainWindow::Timeline);

        // Blocked tranches (two initiatives): the whole ledger.
        click("blocked");
        QCOMPARE(w.currentWorkspace(), MainWindow::Grants);
        QTRY_COMPARE(w.grantsPage()->ledgerModel()->rowCount(), 14); // read after the first paint
    }
};

QTEST_MAIN(TestOverview)
#include "tst_overview.moc"
