// SPDX-License-Identifier: GPL-3.0-or-later
// Grants: ledger rules, totals, chart data and widgets, the workspace, CSV profiles.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/exports/ledgercsv.h"
#include "core/generator/programmegenerator.h"
#include "core/i18n/translations.h"
#include "core/services/grantledger.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "ui/charts/grantchart.h"
#include "ui/charts/trendchart.h"
#include "ui/commands/databasecommand.h"
#include "ui/dialogs/importdialog.h"
#include "ui/document.h"
#include "ui/grants/grantspage.h"
#include "ui/mainwindow.h"
#include "ui/models/grantledgermodel.h"
#include "ui/models/recordtablemodel.h"

#include <QAbstractItemModelTester>
#include <QCalendarWidget>
#include <QChart>
#include <QChartView>
#include <QClipboard>
#include <QComboBox>
#include <QDateEdit>
#include <QFile>
#include <QFileInfo>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPushButton>
#include <QStyleOptionComboBox>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestGrants : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Translations m_translations;
    int m_n = 0;

    qint64 grantOf(const QString &initiative, const QString &tranche)
    {
        return Query(m_doc->database(),
            QStringLiteral("SELECT g.id FROM grant_award g JOIN initiative i ON i.id = "
                           "g.initiative_id WHERE i.name = ? AND g.tranche = ?"))
            .bindAll(initiative, tranche)
            .scalar()
            .toLongLong();
    }
    bool push(std::unique_ptr<DatabaseCommand> command, QString *error = nullptr)
    {
        return DatabaseCommand::push(*m_doc, std::move(command), error);
    }
    QVariantMap payment(qint64 grant, qint64 cents, const QString &reason = {})
    {
        QVariantMap v { { QStringLiteral("grant_id"), grant },
            { QStringLiteral("paid_on"), QStringLiteral("2023-01-10") },
            { QStringLiteral("amount_cents"), cents } };
        if (!reason.isEmpty())
            v.insert(QStringLiteral("override_reason"), reason);
        return v;
    }

    /// A new file holding the demo programme, named after @p stem.
    QString newDemoFile(const QString &stem)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1-%2.sqlite").arg(stem).arg(++m_n));
        Database db;
        db.create(path);
        writeDemoProgramme(db);
        return path;
    }
    static QPushButton *button(QWidget &page, const char *name)
    {
        auto *b = page.findChild<QPushButton *>(QLatin1String(name));
        Q_ASSERT(b);
        return b;
    }
    /// Waits as a user does after opening the workspace: on screen, painted, its ledger read
    /// (after the first paint).
    static bool ledgerShown(GrantsPage &page)
    {
        return QTest::qWaitForWindowExposed(&page)
            && QTest::qWaitFor([&page] { return page.ledgerModel()->rowCount() > 0; });
    }
    /// Triggers the window's action with this shortcut, as the key does; false when none has it.
    static bool triggerShortcut(MainWindow &w, const QKeySequence &shortcut)
    {
        for (QAction *a : w.findChildren<QAction *>()) {
            if (a->shortcut() == shortcut) {
                a->trigger();
                return true;
            }
        }
        return false;
    }
    /// Clicks a row of a table, as a user selects it.
    static void clickRow(QTableView *view, int row)
    {
        QVERIFY(row >= 0);
        const QModelIndex index = view->model()->index(row, 0);
        view->scrollTo(index);
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
        QCOMPARE(view->currentIndex().row(), row);
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
        QVERIFY(m_translations.install(QStringLiteral("en")));
        m_doc = std::make_unique<Document>();
        m_doc->database().create(m_dir.filePath(QStringLiteral("g%1.sqlite").arg(++m_n)));
        writeDemoProgramme(m_doc->database());
    }
    void cleanup() { m_doc.reset(); }

    void theDemoTotalsMatchTheScheme()
    {
        const LedgerTotals t = GrantLedger(m_doc->database()).totals({});
        QCOMPARE(t.envelope, Money::fromEuros(980000));
        QCOMPARE(t.committed, Money::fromEuros(7 * 140000));
        QCOMPARE(t.disbursed, Money::fromEuros(7 * 80000 + 5 * 60000));
        QCOMPARE(t.initiativesFunded, 7);
        QCOMPARE(t.blocked, 2); // second tranches of the two laureates without Phase 2
        QVERIFY(t.illustrative);
    }

    void aPaymentAboveTheCommitmentIsRefusedUnlessAReasonIsRecorded()
    {
        const qint64 grant
            = grantOf(QStringLiteral("Open Data University"), QStringLiteral("second"));
        QVERIFY(grant > 0);
        QString error;
        QVERIFY(!push(std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("disbursement"),
                          payment(grant, 6000001), QStringLiteral("pay")),
            &error));
        QVERIFY2(error.contains(QLatin1String("above the")), qPrintable(error));
        QCOMPARE(m_doc->undoStack().count(), 0);
        // Within the commitment: accepted; then the same again is refused...
        QVERIFY(push(std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("disbursement"),
            payment(grant, 5000000), QStringLiteral("pay"))));
        QVERIFY(!push(std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("disbursement"),
            payment(grant, 1000001), QStringLiteral("pay"))));
        // ...unless a reason is given, which the ledger shows.
        QVERIFY(push(std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("disbursement"),
            payment(grant, 1000001, QStringLiteral("Frais bancaires refacturés")),
            QStringLiteral("pay"))));
        GrantFilter f;
        f.initiativeId = Query(m_doc->database(),
            QStringLiteral("SELECT id FROM initiative WHERE name = 'Open Data University'"))
                             .scalar()
                             .toLongLong();
        bool found = false;
        for (const GrantRow &r : GrantLedger(m_doc->database()).grants(f)) {
            if (r.id == grant) {
                found = true;
                QVERIFY(r.overridden);
                QCOMPARE(r.remaining(), Money::fromCents(-1));
            }
        }
        QVERIFY(found);
        // Editing an amount is held to the same rule, and so is lowering the commitment.
        const qint64 seed = grantOf(QStringLiteral("Vikidia"), QStringLiteral("seed"));
        const qint64 seedPayment = Query(
            m_doc->database(), QStringLiteral("SELECT id FROM disbursement WHERE grant_id = ?"))
                                       .bindAll(seed)
                                       .scalar()
                                       .toLongLong();
        QVERIFY(!push(std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("disbursement"),
                          QStringLiteral("amount_cents"), seedPayment, qint64(8000001),
                          QStringLiteral("edit")),
            &error));
        QVERIFY(!push(
            std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("grant_award"),
                QStringLiteral("committed_cents"), seed, qint64(7000000), QStringLiteral("edit")),
            &error));
        QVERIFY(error.contains(QLatin1String("already paid")));
        QVERIFY(!push(std::make_unique<InsertRecordCommand>(*m_doc, QStringLiteral("disbursement"),
                          payment(seed, 0), QStringLiteral("pay")),
            &error));
    }

    void aTrancheIsBlockedUntilItsConditionIsMet()
    {
        const qint64 grant
            = grantOf(QStringLiteral("Open Data University"), QStringLiteral("second"));
        GrantFilter f;
        auto blocked = [&] {
            for (const GrantRow &r : GrantLedger(m_doc->database()).grants(f))
                if (r.id == grant)
                    return r.blocked();
            return false;
        };
        QVERIFY(blocked());
        QVERIFY(push(std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("grant_award"),
            QStringLiteral("conditions_met_on"), grant, QStringLiteral("2022-12-05"),
            QStringLiteral("met"))));
        QVERIFY(!blocked());
        QCOMPARE(GrantLedger(m_doc->database()).totals({}).blocked, 1);
        m_doc->undoStack().undo();
        QVERIFY(blocked());
    }

    void theLedgerAndChartModelsPassTheModelTester()
    {
        GrantLedgerModel ledger;
        QAbstractItemModelTester t1(
            &ledger, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ledger.setDatabase(&m_doc->database());
        QCOMPARE(ledger.rowCount(), 14);
        GrantFilter f;
        f.initiativeId = Query(
            m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'"))
                             .scalar()
                             .toLongLong();
        ledger.setFilter(f);
        QCOMPARE(ledger.rowCount(), 2);
        QCOMPARE(ledger.data(ledger.index(0, GrantLedger::Committed), GrantLedgerModel::CentsRole)
                     .toLongLong(),
            qint64(8000000));

        AmountTableModel amounts;
        QAbstractItemModelTester t2(
            &amounts, QAbstractItemModelTester::FailureReportingMode::QtTest);
        GrantLedger g(m_doc->database());
        amounts.setSeries(
            g.perPeriod({}, GrantLedger::Period::Quarter), GrantLedger::Period::Quarter);
        QVERIFY(amounts.rowCount() >= 2);
        const int last = amounts.rowCount() - 1;
        QCOMPARE(amounts
                     .data(amounts.index(last, AmountTableModel::CumulativeDisbursed),
                         AmountTableModel::CentsRole)
                     .toLongLong(),
            qint64(86000000));
        amounts.setAmounts(g.perFundingSource({}));
        QCOMPARE(amounts.rowCount(), 1);
        QCOMPARE(
            amounts.data(amounts.index(0, AmountTableModel::Committed), AmountTableModel::CentsRole)
                .toLongLong(),
            qint64(98000000));
    }

    void theLedgerModelReadsTheGrantsOfTheCoreQueryInItsOrder()
    {
        GrantLedgerModel ledger;
        QAbstractItemModelTester tester(
            &ledger, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ledger.setDatabase(&m_doc->database());
        // Every grant of the ledger's query, with the same amounts, read a page at a time.
        const QList<GrantRow> all = GrantLedger(m_doc->database()).grants({});
        QCOMPARE(ledger.rowCount(), int(all.size()));
        for (int r = 0; r < ledger.rowCount(); ++r) {
            QCOMPARE(ledger.data(ledger.index(r, 0), GrantLedgerModel::IdRole).toLongLong(),
                all.at(r).id);
            QCOMPARE(
                ledger.data(ledger.index(r, GrantLedger::Remaining), GrantLedgerModel::CentsRole)
                    .toLongLong(),
                all.at(r).remaining().cents());
        }
        // Sorted by the database, on any column, both ways.
        for (const auto order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            ledger.sort(GrantLedger::Remaining, order);
            QCOMPARE(ledger.rowCount(), int(all.size()));
            for (int r = 1; r < ledger.rowCount(); ++r) {
                const qint64 before = ledger
                                          .data(ledger.index(r - 1, GrantLedger::Remaining),
                                              GrantLedgerModel::CentsRole)
                                          .toLongLong();
                const qint64 here = ledger
                                        .data(ledger.index(r, GrantLedger::Remaining),
                                            GrantLedgerModel::CentsRole)
                                        .toLongLong();
                QVERIFY(order == Qt::AscendingOrder ? before <= here : before >= here);
            }
        }
    }

    void theLedgerReadsOnlyTheRowsInViewAndSortsWhenATitleIsClicked()
    {
        const QString path = m_dir.filePath(QStringLiteral("paged-%1.sqlite").arg(++m_n));
        Document doc;
        doc.database().create(path);
        generateProgramme(doc.database(), { 1000, 3000, 7 });
        GrantsPage page;
        page.setDocument(&doc);
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        GrantLedgerModel *ledger = page.ledgerModel();
        QVERIFY2(ledger->rowCount() > 300, qPrintable(QString::number(ledger->rowCount())));
        // The last grant changes behind the ledger's back: the ledger had not read it yet, so
        // scrolling down to it shows the amount as it is now.
        const int last = ledger->rowCount() - 1;
        const qint64 grant = ledger->idAt(last);
        Query(doc.database(),
            QStringLiteral("UPDATE grant_award SET committed_cents = 123456789 "
                           "WHERE id = ?"))
            .bind(grant)
            .exec();
        QTableView *view = page.ledgerView();
        clickRow(view, last);
        QCOMPARE(ledger->index(last, GrantLedger::Committed)
                     .data(GrantLedgerModel::CentsRole)
                     .toLongLong(),
            qint64(123456789));
        // A click on the Committed title sorts by amount, a second click the other way.
        QHeaderView *header = view->horizontalHeader();
        const QPoint title(header->sectionViewportPosition(GrantLedger::Committed)
                + header->sectionSize(GrantLedger::Committed) / 2,
            header->height() / 2);
        auto cents = [ledger](int row) {
            return ledger->index(row, GrantLedger::Committed)
                .data(GrantLedgerModel::CentsRole)
                .toLongLong();
        };
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
        QCOMPARE(header->sortIndicatorSection(), int(GrantLedger::Committed));
        const bool ascending = header->sortIndicatorOrder() == Qt::AscendingOrder;
        QCOMPARE(cents(ascending ? ledger->rowCount() - 1 : 0), qint64(123456789));
        QTest::mouseClick(header->viewport(), Qt::LeftButton, {}, title);
        QCOMPARE(cents(ascending ? 0 : ledger->rowCount() - 1), qint64(123456789));
        QVERIFY(cents(0) != cents(ledger->rowCount() - 1));
    }

    void theTrendChartsValueAxisIsWrittenTheUsersWay()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        const QLocale en(QLocale::English, QLocale::UnitedStates);
        // Decimals as the step needs them, in the language's way.
        QStringList labels;
        for (const TrendChart::ValueTick &t : TrendChart::valueTicks(0.4, 1.6, fr))
            labels << t.label;
        QCOMPARE(labels.join(u'|'), QStringLiteral("0,4|0,6|0,8|1,0|1,2|1,4|1,6"));
        labels.clear();
        for (const TrendChart::ValueTick &t : TrendChart::valueTicks(-900, 12100, en))
            labels << t.label;
        QCOMPARE(labels.join(u'|'), QStringLiteral("-2,500|0|2,500|5,000|7,500|10,000|12,500"));
        const auto french = TrendChart::valueTicks(0, 12000, fr);
        QCOMPARE(french.last().label, fr.toString(12000));
        QVERIFY(french.last().label.contains(QChar(0x202F)));
        // The chart draws them: a measurement of 1 in French reads "1,0", never "1.00".
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        TrendChart chart;
        chart.setData({ QStringLiteral("Indicator"), QStringLiteral("%"),
            { { QDate(2026, 11, 2), 0.5 }, { QDate(2026, 11, 20), 1.5 } }, 1.0, std::nullopt });
        QVERIFY(!chart.currentValueLabels().isEmpty());
        QVERIFY2(chart.currentValueLabels().contains(QStringLiteral("1,0")),
            qPrintable(chart.currentValueLabels().join(u'|')));
        for (const QString &label : chart.currentValueLabels())
            QVERIFY2(!label.contains(u'.'), qPrintable(label));
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theChartsShowTheDemoAmounts()
    {
        GrantChart chart;
        chart.resize(900, 500);
        chart.setDatabase(&m_doc->database());
        chart.setKind(GrantChart::Cumulative);
        const QStringList names = chart.seriesNames();
        QCOMPARE(names,
            (QStringList { QStringLiteral("Committed to date"), QStringLiteral("Disbursed to date"),
                QStringLiteral("Envelope (illustrative)") }));
        // Drawn in thousands of euros.
        QCOMPARE(chart.scale(), 1000.0);
        QCOMPARE(chart.seriesPoints(1).last().y(), 860.0);
        QCOMPARE(chart.seriesPoints(0).last().y(), 980.0);
        QCOMPARE(chart.seriesPoints(2).first().y(), 980.0);

        chart.setKind(GrantChart::PerInitiativeByTranche);
        QCOMPARE(chart.seriesNames(),
            (QStringList { QStringLiteral("Seed grant"), QStringLiteral("Second tranche") }));
        for (const QPointF &p : chart.seriesPoints(0))
            QCOMPARE(p.y(), 80.0);
        QCOMPARE(chart.seriesPoints(0).size(), 7);

        chart.setKind(GrantChart::PerNeedKind);
        QCOMPARE(chart.model()->rowCount(), 3);
        chart.setKind(GrantChart::PerPeriod);
        chart.setPeriod(GrantLedger::Period::Quarter);
        double total = 0;
        for (const QPointF &p : chart.seriesPoints(1))
            total += p.y();
        QCOMPARE(total, 860.0);

        // Export in the three formats.
        chart.show();
        QVERIFY(QTest::qWaitForWindowExposed(&chart));
        for (const char *suffix : { "png", "svg", "pdf" }) {
            const QString path
                = m_dir.filePath(QStringLiteral("chart.%1").arg(QLatin1String(suffix)));
            QString error;
            QVERIFY2(chart.exportTo(path, &error), qPrintable(error));
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray head = f.read(512);
            if (qstrcmp(suffix, "pdf") == 0)
                QVERIFY(head.startsWith("%PDF"));
            else if (qstrcmp(suffix, "svg") == 0)
                QVERIFY(head.contains("<svg") || f.readAll().contains("<svg"));
            else
                QVERIFY(head.startsWith("\x89PNG"));
        }
        // Every kind renders to a PNG (kept in TREMPLIN_SCREENSHOT_DIR when set, for a look).
        const QString shots = qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR", m_dir.path());
        for (int k = 0; k < GrantChart::KindCount; ++k) {
            chart.setKind(GrantChart::Kind(k));
            const QString png = QStringLiteral("%1/chart-%2.png").arg(shots).arg(k);
            QVERIFY(chart.exportTo(png));
            QVERIFY(QFileInfo(png).size() > 5000);
        }
        if (qEnvironmentVariableIsSet("TREMPLIN_SCREENSHOT_DIR"))
            QVERIFY(chart.exportTo(shots + QStringLiteral("/chart.pdf")));
        QString error;
        QVERIFY(!chart.exportTo(m_dir.filePath(QStringLiteral("chart.doc")), &error));
        QVERIFY(!error.isEmpty());
    }

    void theBarsByNeedKindAndByThemeAddUpToTheTotalsAndSayTheyAreASplit_data()
    {
        QTest::addColumn<bool>("oddCents");
        QTest::newRow("demo amounts") << false;
        QTest::newRow("an amount that does not divide evenly, an initiative with no category")
            << true;
    }

    void theBarsByNeedKindAndByThemeAddUpToTheTotalsAndSayTheyAreASplit()
    {
        QFETCH(bool, oddCents);
        if (oddCents) {
            // Infoclimat has three themes and three kinds of need: 80 000,01 € leaves a remainder.
            QVERIFY(push(std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("grant_award"),
                QStringLiteral("committed_cents"),
                grantOf(QStringLiteral("Infoclimat"), QStringLiteral("seed")), qint64(8000001),
                QStringLiteral("edit"))));
            const qint64 grant = grantOf(QStringLiteral("Vikidia"), QStringLiteral("seed"));
            const qint64 vikidia = Query(m_doc->database(),
                QStringLiteral("SELECT initiative_id FROM grant_award WHERE id = ?"))
                                       .bindAll(grant)
                                       .scalar()
                                       .toLongLong();
            Query(m_doc->database(), QStringLiteral("DELETE FROM need WHERE initiative_id = ?"))
                .bindAll(vikidia)
                .exec();
            Query(m_doc->database(),
                QStringLiteral("DELETE FROM initiative_theme WHERE initiative_id = ?"))
                .bindAll(vikidia)
                .exec();
        }
        const LedgerTotals totals = GrantLedger(m_doc->database()).totals({});
        GrantChart chart;
        chart.setDatabase(&m_doc->database());
        for (const GrantChart::Kind kind : { GrantChart::PerNeedKind, GrantChart::PerTheme }) {
            chart.setKind(kind);
            const AmountTableModel *m = chart.model();
            QVERIFY(m->rowCount() >= 2);
            qint64 committed = 0, disbursed = 0;
            for (int r = 0; r < m->rowCount(); ++r) {
                committed += m->data(m->index(r, AmountTableModel::Committed),
                                  AmountTableModel::CentsRole)
                                 .toLongLong();
                disbursed += m->data(m->index(r, AmountTableModel::Disbursed),
                                  AmountTableModel::CentsRole)
                                 .toLongLong();
            }
            QCOMPARE(committed, totals.committed.cents());
            if (oddCents) {
                bool none = false;
                for (int r = 0; r < m->rowCount(); ++r)
                    none |= m->index(r, AmountTableModel::Label).data().toString().startsWith(u'(');
                QVERIFY(none); // "(no need recorded)" / "(no theme)" carries Vikidia's grants
            }
            QCOMPARE(disbursed, totals.disbursed.cents());
            // The bars drawn add up as well (in thousands of euros).
            double drawn = 0;
            for (const QPointF &p : chart.seriesPoints(0))
                drawn += p.y();
            QCOMPARE(
                qRound(drawn * chart.scale()), qRound(double(totals.committed.cents()) / 100.0));
            QVERIFY(chart.note().contains(QLatin1String("split equally")));
            QVERIFY(chart.findChild<QChartView *>()->chart()->title().contains(
                chart.note().toHtmlEscaped()));
        }
        chart.setKind(GrantChart::PerFundingSource);
        QVERIFY(chart.note().isEmpty());
    }

    void periodsAreContinuousAndTicksRegularWithGroupedNumbers()
    {
        GrantLedger ledger(m_doc->database());
        for (const auto period : { GrantLedger::Period::Month, GrantLedger::Period::Quarter }) {
            const QList<AmountPoint> points = ledger.perPeriod({}, period);
            QVERIFY(points.size() >= 2);
            bool someEmpty = false;
            for (int i = 1; i < points.size(); ++i) {
                QCOMPARE(points.at(i).period,
                    points.at(i - 1).period.addMonths(
                        period == GrantLedger::Period::Month ? 1 : 3));
                someEmpty
                    |= points.at(i).committed.cents() == 0 && points.at(i).disbursed.cents() == 0;
            }
            // Payments in July, September and December 2022: the quiet months are shown as zero.
            if (period == GrantLedger::Period::Month) {
                QCOMPARE(points.size(), 6);
                QVERIFY(someEmpty);
            }
        }
        // The per-period chart has one bar per month, empty months included.
        GrantChart chart;
        chart.setDatabase(&m_doc->database());
        chart.setKind(GrantChart::PerPeriod);
        QCOMPARE(chart.model()->rowCount(),
            int(ledger.perPeriod({}, GrantLedger::Period::Month).size()));
        // The cumulative chart's ticks fall on the first of a month, at a regular step.
        chart.setKind(GrantChart::Cumulative);
        const QList<QDate> ticks = chart.dateTicks();
        QVERIFY(ticks.size() >= 3);
        const int step = (ticks.at(1).year() - ticks.at(0).year()) * 12 + ticks.at(1).month()
            - ticks.at(0).month();
        QVERIFY(step >= 1);
        for (int i = 0; i < ticks.size(); ++i) {
            QCOMPARE(ticks.at(i).day(), 1);
            QCOMPARE(ticks.at(i), ticks.first().addMonths(i * step));
            if (step % 3 == 0)
                QCOMPARE((ticks.at(i).month() - 1) % 3, 0);
        }
        QVERIFY(ticks.first() <= ledger.perPeriod({}, GrantLedger::Period::Month).first().period);
        // A large programme: the axis in thousands of euros groups its digits per language.
        Query(
            m_doc->database(), QStringLiteral("UPDATE promotion SET envelope_cents = 50000000000"))
            .exec();
        chart.refresh();
        QCOMPARE(chart.scale(), 1000.0);
        QVERIFY2(chart.valueAxisLabels().contains(QStringLiteral("500,000")),
            qPrintable(chart.valueAxisLabels().join(u'|')));
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        chart.refresh();
        QVERIFY2(chart.valueAxisLabels().contains(QStringLiteral("500\u202f000")),
            qPrintable(chart.valueAxisLabels().join(u'|')));
        QCOMPARE(chart.valueAxisLabels().first(), QStringLiteral("0"));
        QVERIFY(m_translations.install(QStringLiteral("en")));
        // Ticks are 1, 2 or 5 times a power of ten.
        QCOMPARE(GrantChart::niceTicks(510000),
            (QList<double> { 0, 100000, 200000, 300000, 400000, 500000, 600000 }));
        QCOMPARE(GrantChart::niceTicks(980), (QList<double> { 0, 200, 400, 600, 800, 1000 }));
        QCOMPARE(GrantChart::monthStep(7), 1);
        QCOMPARE(GrantChart::monthStep(30), 6);
    }

    void theWorkspaceShowsTheDashboardInFrenchAndRecordsPayments()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        QCOMPARE(page.dashboardValue(QStringLiteral("envelope")),
            QStringLiteral("980\u202f000,00\u00a0\u20ac"));
        QCOMPARE(page.dashboardValue(QStringLiteral("disbursed")),
            QStringLiteral("860\u202f000,00\u00a0\u20ac"));
        QCOMPARE(page.dashboardValue(QStringLiteral("blocked")), QStringLiteral("2"));
        // Click Open Data University's second tranche and pay what remains with Add Payment.
        const int row = page.ledgerModel()->rowOf(
            grantOf(QStringLiteral("Open Data University"), QStringLiteral("second")));
        QVERIFY(row >= 0);
        clickRow(page.ledgerView(), row);
        QCOMPARE(page.paymentsModel()->rowCount(), 0);
        QTest::mouseClick(
            button(page, "addPayment"), Qt::LeftButton); // proposes the remaining 60 000 €
        QCOMPARE(page.paymentsModel()->rowCount(), 1);
        QCOMPARE(page.paymentsModel()->data(page.paymentsModel()->index(0, 1)).toString(),
            QStringLiteral("60\u202f000,00\u00a0\u20ac"));
        QSignalSpy refused(page.paymentsModel(), &RecordTableModel::editRefused);
        // The amount typed in the payments table (double-click, type, Enter).
        auto *paymentsView = page.findChild<QTableView *>(QStringLiteral("paymentsView"));
        auto typeAmount = [&](const QString &text) {
            const QModelIndex cell = page.paymentsModel()->index(0, 1);
            QTest::mouseClick(paymentsView->viewport(), Qt::LeftButton, {},
                paymentsView->visualRect(cell).center());
            QTest::mouseDClick(paymentsView->viewport(), Qt::LeftButton, {},
                paymentsView->visualRect(cell).center());
            auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
            QVERIFY(editor && paymentsView->isAncestorOf(editor));
            editor->selectAll();
            QTest::keyClicks(editor, text);
            QTest::keyClick(editor, Qt::Key_Return);
            QCoreApplication::processEvents(); // the delegate commits through a queued call
        };
        QApplication::setActiveWindow(&page);
        QVERIFY(QTest::qWaitForWindowActive(&page));
        typeAmount(QStringLiteral("60 000,01"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(page.dashboardValue(QStringLiteral("disbursed")),
            QStringLiteral("920\u202f000,00\u00a0\u20ac"));
        typeAmount(QStringLiteral("59 999,50"));
        QCOMPARE(refused.count(), 1);
        QCOMPARE(page.dashboardValue(QStringLiteral("disbursed")),
            QStringLiteral("919\u202f999,50\u00a0\u20ac"));
        m_doc->undoStack().undo();
        m_doc->undoStack().undo();
        QCOMPARE(page.dashboardValue(QStringLiteral("disbursed")),
            QStringLiteral("860\u202f000,00\u00a0\u20ac"));
        // The budget share reads as a percentage the French way, and is typed as one.
        auto *share = page.findChild<QLineEdit *>(QStringLiteral("grant-budget_share"));
        QVERIFY(share);
        QCOMPARE(share->text(), QStringLiteral("100\u00a0%"));
        share->selectAll();
        QTest::keyClick(share, Qt::Key_Delete);
        QTest::keyClicks(share, QStringLiteral("50"));
        // Written after the pause in typing.
        QTRY_COMPARE(
            RecordService(m_doc->database())
                .value(QStringLiteral("grant_award"), QStringLiteral("budget_share"),
                    grantOf(QStringLiteral("Open Data University"), QStringLiteral("second")))
                .toDouble(),
            0.5);
        while (m_doc->undoStack().canUndo())
            m_doc->undoStack().undo();
        QCOMPARE(share->text(), QStringLiteral("100\u00a0%"));
        // Captions take a no-break space before the colon in French.
        bool captionsFrench = false;
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->buddy() == share) {
                QCOMPARE(l->text(), QStringLiteral("Part du budget du projet\u00a0:"));
                captionsFrench = true;
            }
        }
        QVERIFY(captionsFrench);
        // Export SCDL… (the file named in the file dialog): the next tranches stay in view.
        const QString nextTranches
            = page.findChild<QLabel *>(QStringLiteral("nextTranches"))->text();
        QVERIFY(nextTranches.startsWith(QStringLiteral("Prochaines tranches")));
        const QString scdl = m_dir.filePath(QStringLiteral("page-scdl.csv"));
        test::answerFileDialog(scdl);
        QTest::mouseClick(button(page, "exportScdl"), Qt::LeftButton);
        QVERIFY(QFile::exists(scdl));
        QCOMPARE(page.findChild<QLabel *>(QStringLiteral("nextTranches"))->text(), nextTranches);
        auto *notice = page.findChild<QLabel *>(QStringLiteral("exportNotice"));
        QVERIFY(notice && notice->isVisible());
        QVERIFY2(
            notice->text().contains(QDir::toNativeSeparators(scdl)), qPrintable(notice->text()));
        QVERIFY(m_translations.install(QStringLiteral("en")));
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LanguageChange);
        // In English: no space before the colon, English money, "100%".
        QCOMPARE(share->text(), QStringLiteral("100%"));
        auto *committed = page.findChild<QLineEdit *>(QStringLiteral("grant-committed_cents"));
        QVERIFY2(
            committed->text().contains(QStringLiteral("60,000.00")), qPrintable(committed->text()));
        for (QLabel *l : page.findChildren<QLabel *>()) {
            if (l->buddy() == share)
                QCOMPARE(l->text(), QStringLiteral("Share of the project's budget:"));
        }
    }

    void aGrantIsAddedAndRemovedWithTheWorkspacesButtons()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        const int before = page.ledgerModel()->rowCount();
        // With a grant selected, Add Grant adds one to that grant's initiative.
        clickRow(page.ledgerView(), 0);
        const qint64 initiative
            = page.ledgerModel()
                  ->data(page.ledgerModel()->index(0, 0), GrantLedgerModel::InitiativeIdRole)
                  .toLongLong();
        QTest::mouseClick(button(page, "addGrant"), Qt::LeftButton);
        QCOMPARE(page.ledgerModel()->rowCount(), before + 1);
        const QModelIndex current = page.ledgerView()->currentIndex();
        QVERIFY(current.isValid());
        QCOMPARE(page.ledgerModel()->data(current, GrantLedgerModel::InitiativeIdRole).toLongLong(),
            initiative);
        QCOMPARE(
            page.ledgerModel()
                ->data(current.siblingAtColumn(GrantLedger::Committed), GrantLedgerModel::CentsRole)
                .toLongLong(),
            qint64(0));
        // Remove Grant takes the selected (new) grant away; undo brings it back.
        QTest::mouseClick(button(page, "removeGrant"), Qt::LeftButton);
        QCOMPARE(page.ledgerModel()->rowCount(), before);
        m_doc->undoStack().undo();
        QCOMPARE(page.ledgerModel()->rowCount(), before + 1);
    }

    void aPaymentIsRemovedWithTheWorkspacesButton()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        clickRow(page.ledgerView(),
            page.ledgerModel()->rowOf(grantOf(QStringLiteral("Vikidia"), QStringLiteral("seed"))));
        QCOMPARE(page.paymentsModel()->rowCount(), 1);
        auto *payments = page.findChild<QTableView *>(QStringLiteral("paymentsView"));
        clickRow(payments, 0);
        QTest::mouseClick(button(page, "removePayment"), Qt::LeftButton);
        QCOMPARE(page.paymentsModel()->rowCount(), 0);
        QCOMPARE(page.dashboardValue(QStringLiteral("disbursed")),
            Money::fromEuros(780000).toString(QLocale()));
    }

    void aFundingSourceIsRecordedWithAValidSiretOnly()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        clickRow(page.ledgerView(), 0);
        auto *newSource = page.findChild<QPushButton *>(QStringLiteral("newFundingSource"));
        QVERIFY(newSource);
        // New Funding Source…: a name, then a SIRET, typed in the two dialogs it opens.
        auto answer = [&](const QString &name, const QString &siret) {
            test::onNextModal<QInputDialog>([name, siret](QInputDialog *d) {
                d->findChild<QLineEdit *>()->setText(name);
                test::onNextModal<QInputDialog>([siret](QInputDialog *d2) {
                    d2->findChild<QLineEdit *>()->setText(siret);
                    test::clickDialogButton(d2, QDialogButtonBox::Ok);
                });
                test::clickDialogButton(d, QDialogButtonBox::Ok);
            });
            QTest::mouseClick(newSource, Qt::LeftButton);
        };
        auto count = [&] {
            return Query(m_doc->database(), QStringLiteral("SELECT COUNT(*) FROM funding_source"))
                .scalar()
                .toInt();
        };
        answer(QStringLiteral("Région Bretagne"),
            QStringLiteral("73282932000079")); // wrong check digit
        QCOMPARE(count(), 1);
        answer(QStringLiteral("   "), QString());
        QCOMPARE(count(), 1);
        answer(QStringLiteral("Région Bretagne"), QStringLiteral("732 829 320 00074"));
        QCOMPARE(count(), 2);
        QCOMPARE(
            Query(m_doc->database(),
                QStringLiteral("SELECT siret FROM funding_source WHERE name = 'Région Bretagne'"))
                .scalar()
                .toString(),
            QStringLiteral("73282932000074"));
        m_doc->undoStack().undo();
        QCOMPARE(count(), 1);
    }

    void theChartsAndTheLedgerAreExportedWithTheWorkspacesButtons()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        // Charts tab, "By theme" chosen in the chart list with the keyboard.
        auto *tabs = page.findChild<QTabWidget *>();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        QCOMPARE(tabs->currentIndex(), 1);
        auto *kind = page.findChild<QComboBox *>(QStringLiteral("chartKind"));
        while (kind->currentIndex() < GrantChart::PerTheme)
            QTest::keyClick(kind, Qt::Key_Down);
        QCOMPARE(page.chart()->kind(), GrantChart::PerTheme);
        const QString png = m_dir.filePath(QStringLiteral("themes.png"));
        test::answerFileDialog(png);
        QTest::mouseClick(button(page, "exportChart"), Qt::LeftButton);
        QVERIFY(QFileInfo(png).size() > 5000);
        QApplication::clipboard()->clear();
        QTest::mouseClick(button(page, "copyChart"), Qt::LeftButton);
        QVERIFY(!QApplication::clipboard()->pixmap().isNull());
        // Export Ledger > Excel (French), through the menu's action.
        auto *menu = page.findChild<QMenu *>(QStringLiteral("exportLedgerMenu"));
        QVERIFY(menu && button(page, "exportLedger")->menu() == menu);
        auto *excel = menu->findChild<QAction *>(QStringLiteral("exportLedgerExcel"));
        QVERIFY(excel && menu->actions().contains(excel));
        QCOMPARE(excel->text(), QStringLiteral("Excel (French): semicolons, decimal commas"));
        const QString csv = m_dir.filePath(QStringLiteral("ledger-excel.csv"));
        test::answerFileDialog(csv);
        excel->trigger();
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(f.readAll().startsWith("\xEF\xBB\xBF"));
    }

    void theLedgerShowsShortFunderNamesAndRemembersTheColumnsChosen()
    {
        QCOMPARE(shortName(QStringLiteral("Direction interministérielle du numérique (DINUM)")),
            QStringLiteral("DINUM"));
        QCOMPARE(shortName(QStringLiteral("Région Bretagne")), QStringLiteral("Région Bretagne"));
        QCOMPARE(
            shortName(QStringLiteral("Anything"), QStringLiteral("ANCT")), QStringLiteral("ANCT"));
        QSettings().remove(QStringLiteral("grants/ledgerHiddenColumns"));
        {
            GrantsPage page;
            page.setDocument(m_doc.get());
            page.resize(1400, 900);
            page.show();
            QVERIFY(ledgerShown(page));
            QTableView *view = page.ledgerView();
            const QModelIndex source = page.ledgerModel()->index(0, GrantLedger::FundingSource);
            QCOMPARE(source.data().toString(), QStringLiteral("DINUM"));
            QCOMPARE(source.data(Qt::ToolTipRole).toString(),
                QStringLiteral("Direction interministérielle du numérique (DINUM)"));
            // Paid, Remaining and Status are in view without scrolling at this width.
            for (const int c :
                { GrantLedger::Disbursed, GrantLedger::Remaining, GrantLedger::Status }) {
                const QRect r = view->visualRect(page.ledgerModel()->index(0, c));
                QVERIFY2(r.right() <= view->viewport()->width(), qPrintable(QString::number(c)));
            }
            // Long names are capped (and elided) rather than widening the table.
            QVERIFY(view->columnWidth(GrantLedger::Initiative)
                <= 16 * view->fontMetrics().horizontalAdvance(QLatin1Char('M')));
            QCOMPARE(view->textElideMode(), Qt::ElideRight);
            for (int c = 0; c < GrantLedger::ColumnCount; ++c)
                QVERIFY(view->columnWidth(c)
                    >= view->horizontalHeader()->sectionSizeHint(c)); // titles whole
            // Amounts, tranches and statuses are never cut.
            for (const int c : { GrantLedger::Tranche, GrantLedger::Committed,
                     GrantLedger::Disbursed, GrantLedger::Remaining, GrantLedger::Status }) {
                for (int r = 0; r < page.ledgerModel()->rowCount(); ++r) {
                    const QString text = page.ledgerModel()->index(r, c).data().toString();
                    QVERIFY2(view->fontMetrics().horizontalAdvance(text) < view->columnWidth(c),
                        qPrintable(text));
                }
            }
            // The header's context menu hides a column; the choice is remembered.
            auto *menu = page.findChild<QMenu *>(QStringLiteral("ledgerColumnsMenu"));
            QVERIFY(menu);
            QCOMPARE(view->horizontalHeader()->contextMenuPolicy(), Qt::CustomContextMenu);
            QAction *convention = nullptr;
            for (QAction *a : menu->actions())
                if (a->text() == QLatin1String("Convention"))
                    convention = a;
            QVERIFY(convention && convention->isChecked());
            convention->trigger();
            QVERIFY(view->isColumnHidden(GrantLedger::Convention));
        }
        GrantsPage again;
        again.setDocument(m_doc.get());
        QVERIFY(again.ledgerView()->isColumnHidden(GrantLedger::Convention));
        QVERIFY(!again.ledgerView()->isColumnHidden(GrantLedger::Status));
        QSettings().remove(QStringLiteral("grants/ledgerHiddenColumns"));
    }

    void theDateFiltersCalendarsOpenOnTheProgrammesDates()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        // The demo's grants run from July to December 2022.
        const struct
        {
            const char *name;
            int month;
        } filters[] = { { "fromFilter", 7 }, { "toFilter", 12 } };
        for (const auto &f : filters) {
            auto *edit = page.findChild<QDateEdit *>(QLatin1String(f.name));
            QVERIFY(edit);
            QVERIFY(edit->text().contains(QLatin1String("any date")));
            // Click the drop-down arrow, as a user does.
            QTest::mouseClick(
                edit, Qt::LeftButton, {}, QPoint(edit->width() - 6, edit->height() / 2));
            QCalendarWidget *calendar = edit->calendarWidget();
            QTRY_VERIFY(calendar->isVisible());
            QCOMPARE(calendar->yearShown(), 2022);
            QCOMPARE(calendar->monthShown(), f.month);
            QTest::keyClick(calendar, Qt::Key_Escape);
            QTRY_VERIFY(!calendar->isVisible());
            QVERIFY(edit->text().contains(QLatin1String("any date")));
        }
    }

    void theWorkspacePaintsItsFiguresFirstAndReadsTheLedgerAndChartsWhenShown()
    {
        const QString path = newDemoFile(QStringLiteral("lazy"));
        MainWindow w(m_translations);
        QVERIFY(w.openDatabase(path));
        QSignalSpy checked(&w.document()->database(), &Database::integrityChecked);
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(triggerShortcut(w, QKeySequence(Qt::CTRL | Qt::Key_5))); // View > Grants
        GrantsPage *page = w.grantsPage();
        // The figures are there for the first paint; the ledger is read after it, the charts
        // only when their tab is shown.
        QCOMPARE(page->dashboardValue(QStringLiteral("envelope")),
            Money::fromEuros(980000).toString(QLocale()));
        QCOMPARE(page->ledgerModel()->rowCount(), 0);
        QTRY_COMPARE(page->ledgerModel()->rowCount(), 14);
        QCOMPARE(page->chart()->model()->rowCount(), 0);
        // A filter chosen while the charts are hidden reaches them when they are shown.
        auto *promotion = page->findChild<QComboBox *>(QStringLiteral("promotionFilter"));
        QVERIFY(promotion->count() > 1);
        promotion->setFocus();
        QTest::keyClick(promotion, Qt::Key_Down);
        QCOMPARE(promotion->currentIndex(), 1);
        QCOMPARE(page->chart()->model()->rowCount(), 0);
        auto *tabs = page->findChild<QTabWidget *>();
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(1).center());
        // The tab is painted before the charts are read: the click is never held by the read.
        QCOMPARE(page->chart()->model()->rowCount(), 0);
        QTRY_VERIFY(page->chart()->model()->rowCount() > 0);
        // The initiative filter reads its names when the user reaches for it, not on opening.
        auto *initiative = page->findChild<QComboBox *>(QStringLiteral("initiativeFilter"));
        QCOMPARE(initiative->count(), 1);
        initiative->setFocus();
        QTest::keyClick(initiative, Qt::Key_Down);
        QCOMPARE(initiative->count(), 8); // "All initiatives" and the 7 initiatives with grants
        QCOMPARE(initiative->currentIndex(), 1);
        QTRY_VERIFY(page->chart()->model()->rowCount() > 0);
        // Back to every grant.
        QTest::keyClick(initiative, Qt::Key_Up);
        promotion->setFocus();
        QTest::keyClick(promotion, Qt::Key_Up);
        QCOMPARE(page->dashboardValue(QStringLiteral("disbursed")),
            Money::fromCents(86000000).toString(QLocale()));
        // A payment recorded while the Overview is shown: the Grants figures follow when shown.
        w.showWorkspace(MainWindow::Overview);
        QTRY_COMPARE(checked.count(), 1);
        const qint64 grant = Query(w.document()->database(),
            QStringLiteral(
                "SELECT g.id FROM grant_award g JOIN initiative i ON i.id = "
                "g.initiative_id WHERE i.name = 'Open Data University' AND g.tranche = 'second'"))
                                 .scalar()
                                 .toLongLong();
        QString error;
        QVERIFY2(
            DatabaseCommand::push(*w.document(),
                std::make_unique<InsertRecordCommand>(*w.document(), QStringLiteral("disbursement"),
                    payment(grant, 100), QStringLiteral("pay")),
                &error),
            qPrintable(error));
        w.showWorkspace(MainWindow::Grants);
        QCOMPARE(page->dashboardValue(QStringLiteral("disbursed")),
            Money::fromCents(86000000 + 100).toString(QLocale()));
    }

    void aFailedReadIsShownInTheWorkspace()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 900);
        page.show();
        QVERIFY(ledgerShown(page));
        auto *message = page.findChild<QLabel *>(QStringLiteral("grantsMessage"));
        QVERIFY(message && !message->isVisible());
        // The payments table is gone (a damaged or foreign file): the figures cannot be read,
        // and the workspace says so instead of showing zeros as if nothing was paid.
        Query(m_doc->database(),
            QStringLiteral("ALTER TABLE disbursement RENAME TO disbursement_gone"))
            .exec();
        QVERIFY(push(std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("promotion"),
            QStringLiteral("name"),
            Query(m_doc->database(), QStringLiteral("SELECT MIN(id) FROM promotion"))
                .scalar()
                .toLongLong(),
            QStringLiteral("Promotion renamed"), QStringLiteral("rename"))));
        QTRY_VERIFY(message->isVisible());
        QVERIFY2(
            message->text().contains(QLatin1String("disbursement")), qPrintable(message->text()));
    }

    void theGrantsChartsAndReportsWorkspacesRunNoSql()
    {
        // Their reads go through core services (GrantLedger, PhaseStatusReport...): no query is
        // written in these widgets and models.
        const QDir root(QStringLiteral(TREMPLIN_SOURCE_DIR "/src/ui"));
        QStringList files;
        for (const QString &folder :
            { QStringLiteral("grants"), QStringLiteral("charts"), QStringLiteral("reports") }) {
            for (const QString &name :
                QDir(root.filePath(folder))
                    .entryList({ QStringLiteral("*.h"), QStringLiteral("*.cpp") }))
                files << root.filePath(folder + QLatin1Char('/') + name);
        }
        for (const QString &name : QDir(root.filePath(QStringLiteral("models")))
                                       .entryList({ QStringLiteral("grantledger*") }))
            files << root.filePath(QStringLiteral("models/") + name);
        QVERIFY(files.size() >= 10);
        static const QRegularExpression sql(
            QStringLiteral("\\bQuery\\b|QSqlQuery|database/query\\.h"));
        for (const QString &path : std::as_const(files)) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const QRegularExpressionMatch m = sql.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(QStringLiteral("%1: %2").arg(path, m.captured())));
        }
    }

    void theWorkspaceLetsTheWindowFitALaptopScreen()
    {
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.resize(1200, 700);
        page.show();
        QVERIFY(ledgerShown(page));
        clickRow(page.ledgerView(), 1);
        // Bound: a 768-pixel screen less the window's title bar, menu bar, status bar and the
        // taskbar (about 170 pixels) leaves about 600 pixels for a workspace.
        QVERIFY2(page.minimumSizeHint().height() <= 600,
            qPrintable(QString::number(page.minimumSizeHint().height())));

        const QString path = newDemoFile(QStringLiteral("window"));
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(path, &error), qPrintable(error));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        // Ctrl+5 (View > Grants), through its action.
        QVERIFY(triggerShortcut(w, QKeySequence(Qt::CTRL | Qt::Key_5)));
        QCOMPARE(w.currentWorkspace(), MainWindow::Grants);
        QVERIFY(ledgerShown(*w.grantsPage()));
        // The details of a selected grant (a tall form and the payments) are what made the
        // window's minimum height 781 pixels.
        clickRow(w.grantsPage()->ledgerView(), 1);
        QApplication::processEvents();
        QVERIFY2(w.minimumSizeHint().height() <= 700,
            qPrintable(QString::number(w.minimumSizeHint().height())));
        QVERIFY(w.grantsPage()->findChild<QPushButton *>(QStringLiteral("addGrant"))->isVisible());
        // The payments table's titles wrap and are never cut: each word fits its column and the
        // header is as tall as the tallest wrapped title.
        auto *payments = w.grantsPage()->findChild<QTableView *>(QStringLiteral("paymentsView"));
        QHeaderView *header = payments->horizontalHeader();
        const QFontMetrics fm(header->font());
        for (int c = 0; c < header->count(); ++c) {
            const QString title = payments->model()->headerData(c, Qt::Horizontal).toString();
            for (const QString &word : title.split(u' '))
                QVERIFY2(fm.horizontalAdvance(word) < header->sectionSize(c), qPrintable(title));
            const QRect wrapped = fm.boundingRect(
                QRect(0, 0, header->sectionSize(c) - 8, 10000), Qt::TextWordWrap, title);
            QVERIFY2(wrapped.height() <= header->height(), qPrintable(title));
        }
        // The date filters' "any date" texts are whole in the default 1100×720 window.
        w.resize(1100, 720);
        QApplication::processEvents();
        for (const char *name : { "fromFilter", "toFilter" }) {
            auto *edit = w.grantsPage()->findChild<QDateEdit *>(QLatin1String(name));
            const int needed = edit->fontMetrics().horizontalAdvance(edit->specialValueText());
            QVERIFY2(edit->width() >= edit->minimumWidth() && edit->minimumWidth() > needed,
                qPrintable(QStringLiteral("%1 < %2").arg(edit->width()).arg(needed)));
        }
        // So are the filter combos' "All …" captions, in both languages ("Toutes les promotio"
        // was cut), and the window keeps its default size.
        for (const QString &lang : { QStringLiteral("fr"), QStringLiteral("en") }) {
            QVERIFY(m_translations.install(lang));
            QTRY_COMPARE(w.grantsPage()
                             ->findChild<QComboBox *>(QStringLiteral("promotionFilter"))
                             ->itemText(0),
                lang == QLatin1String("fr") ? QStringLiteral("Toutes les promotions")
                                            : QStringLiteral("All promotions"));
            QApplication::processEvents();
            for (const char *name : { "promotionFilter", "sourceFilter", "initiativeFilter" }) {
                auto *combo = w.grantsPage()->findChild<QComboBox *>(QLatin1String(name));
                QStyleOptionComboBox option;
                option.initFrom(combo);
                const QRect text = combo->style()->subControlRect(
                    QStyle::CC_ComboBox, &option, QStyle::SC_ComboBoxEditField, combo);
                QVERIFY2(
                    text.width() >= combo->fontMetrics().horizontalAdvance(combo->currentText()),
                    qPrintable(
                        QStringLiteral("%1: %2 < %3")
                            .arg(combo->currentText())
                            .arg(text.width())
                            .arg(combo->fontMetrics().horizontalAdvance(combo->currentText()))));
            }
            QCOMPARE(w.size(), QSize(1100, 720));
        }
    }

    void theLedgersMainColumnsShowWithoutScrollingOnALaptopScreenInBothLanguages()
    {
        const QString path = newDemoFile(QStringLiteral("columns"));
        for (const QString &lang : { QStringLiteral("fr"), QStringLiteral("en") }) {
            QVERIFY(m_translations.install(lang));
            MainWindow w(m_translations);
            QVERIFY(w.openDatabase(path));
            w.resize(1366, 768);
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            QVERIFY(triggerShortcut(w, QKeySequence(Qt::CTRL | Qt::Key_5))); // View > Grants
            QVERIFY(ledgerShown(*w.grantsPage()));
            QTableView *view = w.grantsPage()->ledgerView();
            const QAbstractItemModel *ledger = view->model();
            QTRY_VERIFY(view->columnWidth(GrantLedger::Status) > 0);
            // Initiative to Status in view, the amounts and the status whole.
            const QRect status = view->visualRect(ledger->index(0, GrantLedger::Status));
            QVERIFY2(status.right() <= view->viewport()->width(),
                qPrintable(QStringLiteral("%1: %2 > %3 (%4)")
                               .arg(lang)
                               .arg(status.right())
                               .arg(view->viewport()->width())
                               .arg([view] {
                                   QStringList widths;
                                   for (int c = 0; c <= GrantLedger::Status; ++c)
                                       widths << QString::number(view->columnWidth(c));
                                   return widths.join(u' ');
                               }())));
            for (const int c : { GrantLedger::Committed, GrantLedger::Disbursed,
                     GrantLedger::Remaining, GrantLedger::Status }) {
                for (int r = 0; r < ledger->rowCount(); ++r) {
                    const QString text = ledger->index(r, c).data().toString();
                    QVERIFY2(view->fontMetrics().horizontalAdvance(text) < view->columnWidth(c),
                        qPrintable(text));
                }
            }
            // A name cut short is whole in its tooltip.
            for (const int c : { GrantLedger::Initiative, GrantLedger::Tranche })
                QCOMPARE(ledger->index(0, c).data(Qt::ToolTipRole).toString(),
                    ledger->index(0, c).data().toString());
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void screenshotsOfTheWorkspaceForALook()
    {
        // Pictures of the workspace as a user sees it, in both languages and two screen sizes,
        // with a grant selected and on the charts: each renders and saves (kept in
        // TREMPLIN_SCREENSHOT_DIR when set, for a human look).
        const QString shots = qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR", m_dir.path());
        const QString path = newDemoFile(QStringLiteral("shots"));
        for (const QString &lang : { QStringLiteral("fr"), QStringLiteral("en") }) {
            QVERIFY(m_translations.install(lang));
            MainWindow w(m_translations);
            QVERIFY(w.openDatabase(path));
            w.show();
            QVERIFY(QTest::qWaitForWindowExposed(&w));
            w.showWorkspace(MainWindow::Grants);
            GrantsPage *page = w.grantsPage();
            QVERIFY(ledgerShown(*page));
            for (const QSize size : { QSize(1366, 768), QSize(1600, 1000) }) {
                w.resize(size);
                QApplication::processEvents();
                clickRow(page->ledgerView(),
                    page->ledgerModel()->rowOf(
                        grantOf(QStringLiteral("Vikidia"), QStringLiteral("second"))));
                auto *tabs = page->findChild<QTabWidget *>();
                tabs->setCurrentIndex(0);
                QApplication::processEvents();
                QVERIFY(w.grab().save(
                    QStringLiteral("%1/grants-%2-%3.png").arg(shots, lang).arg(size.width())));
                tabs->setCurrentIndex(1);
                auto *kind = page->findChild<QComboBox *>(QStringLiteral("chartKind"));
                for (const int k : { int(GrantChart::Cumulative), int(GrantChart::PerPeriod),
                         int(GrantChart::PerTheme) }) {
                    kind->setCurrentIndex(k);
                    QApplication::processEvents();
                    QVERIFY(w.grab().save(QStringLiteral("%1/grants-chart%4-%2-%3.png")
                                              .arg(shots, lang)
                                              .arg(size.width())
                                              .arg(k)));
                }
                kind->setCurrentIndex(0);
            }
            // The import dialog on an accounting export with a problem and warnings.
            const QString csv = m_dir.filePath(QStringLiteral("export-%1.csv").arg(lang));
            QFile f(csv);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(QStringLiteral(
                "N° SIRET;Bénéficiaire;Tranche;Date de paiement;Montant;Motif de dépassement\n"
                "90000008156573;;2;15/12/2022;60 000,00;\n"
                ";Association makesense;Seconde tranche;16/12/2022;60 000,00;\n"
                "90000008552524;;;17/12/2022;1 000,00;\n")
                        .toUtf8());
            f.close();
            ImportDialog dialog(*w.document(), &w);
            QVERIFY(dialog.loadFile(csv));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QVERIFY(dialog.grab().save(QStringLiteral("%1/import-%2.png").arg(shots, lang)));
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theLedgerCsvProfilesRoundTripIncludingAFormulaLikeCell()
    {
        const qint64 grant = grantOf(QStringLiteral("Vikidia"), QStringLiteral("seed"));
        const QString formula = QStringLiteral("=HYPERLINK(\"http://x\";\"y\")");
        QVERIFY(push(std::make_unique<SetFieldCommand>(*m_doc, QStringLiteral("grant_award"),
            QStringLiteral("decision_reference"), grant, formula, QStringLiteral("edit"))));
        const QList<GrantRow> rows = GrantLedger(m_doc->database()).grants({});
        int vikidia = -1;
        for (int i = 0; i < rows.size(); ++i)
            if (rows.at(i).id == grant)
                vikidia = i;
        QVERIFY(vikidia >= 0);
        for (const CsvProfile profile : { CsvProfile::ExcelFrench, CsvProfile::Rfc4180 }) {
            const QByteArray bytes = ledgerCsv(rows, profile);
            const bool excel = profile == CsvProfile::ExcelFrench;
            QCOMPARE(bytes.startsWith("\xEF\xBB\xBF"), excel);
            QString text = QString::fromUtf8(excel ? bytes.mid(3) : bytes);
            // The formula is neutralised in the file...
            QVERIFY(text.contains(QStringLiteral("'=HYPERLINK")));
            const QChar sep = csv::detectSeparator(text.section(QLatin1Char('\n'), 0, 0));
            QCOMPARE(sep, excel ? QLatin1Char(';') : QLatin1Char(','));
            const QList<QStringList> parsed = csv::parse(text, sep);
            QCOMPARE(parsed.size(), rows.size() + 1);
            const QStringList line = parsed.at(vikidia + 1);
            // ...and reads back as it was; amounts use the profile's decimal mark.
            QCOMPARE(line.at(7), formula);
            QCOMPARE(line.at(0), QStringLiteral("Vikidia"));
            QCOMPARE(line.at(4), excel ? QStringLiteral("80000,00") : QStringLiteral("80000.00"));
            QCOMPARE(line.at(11), QStringLiteral("no"));
        }
        const QString path = m_dir.filePath(QStringLiteral("ledger.csv"));
        writeLedgerCsv(path, rows, CsvProfile::Rfc4180);
        QVERIFY(QFile::exists(path));
    }
};

QTEST_MAIN(TestGrants)
#include "tst_grants.moc"
