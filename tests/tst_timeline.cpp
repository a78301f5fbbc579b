// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline: date <-> pixel arithmetic, its model, dragging bars, rendering, the phase
// status report.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/i18n/translations.h"
#include "core/reports/phasestatusreport.h"
#include "core/services/records.h"
#include "ui/document.h"
#include "ui/savepicture.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepage.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/timescale.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFontMetrics>
#include <QPainter>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestTimeline : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Translations m_translations;
    int m_n = 0;

    qint64 participation(const QString &initiative, const QString &phase)
    {
        return Query(m_doc->database(), QStringLiteral("SELECT pa.id FROM participation pa JOIN initiative i ON i.id = "
                                                       "pa.initiative_id JOIN phase ph ON ph.id = pa.phase_id WHERE i.name = ? "
                                                       "AND ph.name = ?"))
            .bindAll(initiative, phase)
            .scalar()
            .toLongLong();
    }
    QString field(qint64 id, const char *column)
    {
        return RecordService(m_doc->database()).value(QStringLiteral("participation"), QLatin1String(column), id).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->database().create(m_dir.filePath(QStringLiteral("t%1.sqlite").arg(++m_n)));
        writeDemoProgramme(m_doc->database());
    }
    void cleanup() { m_doc.reset(); }

    void datesMapToPixelsAndBack_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("x");
        QTest::newRow("origin") << 4.0 << QDate(2022, 1, 1) << 0.0;
        QTest::newRow("middle") << 4.0 << QDate(2022, 7, 2) << 728.0;
        QTest::newRow("end of year") << 4.0 << QDate(2022, 12, 31) << 1456.0;
        QTest::newRow("before origin") << 4.0 << QDate(2021, 12, 31) << -4.0;
        QTest::newRow("zoomed in") << 30.0 << QDate(2022, 1, 11) << 300.0;
        QTest::newRow("zoomed out") << 0.1 << QDate(2023, 1, 1) << 36.5;
    }
    void datesMapToPixelsAndBack()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(QDate, date);
        QFETCH(double, x);
        TimeScale s;
        s.origin = QDate(2022, 1, 1);
        s.pixelsPerDay = pixelsPerDay;
        QCOMPARE(s.x(date), x);
        QCOMPARE(s.dateAt(x), date);
        QCOMPARE(s.dateAt(x + pixelsPerDay * 0.99), date);   // anywhere inside the day
        QCOMPARE(s.nearestDay(x + pixelsPerDay * 0.4), date); // snapping rounds to the day
    }

    void zoomingKeepsTheDateUnderTheMouse_data()
    {
        QTest::addColumn<double>("factor");
        QTest::addColumn<double>("anchor");
        QTest::newRow("in at start") << 2.0 << 0.0;
        QTest::newRow("in at middle") << 1.5 << 731.0;
        QTest::newRow("out at end") << 0.5 << 1459.0;
    }
    void zoomingKeepsTheDateUnderTheMouse()
    {
        QFETCH(double, factor);
        QFETCH(double, anchor);
        TimeScale s;
        s.origin = QDate(2022, 1, 1);
        s.pixelsPerDay = 4;
        const QDate before = s.dateAt(anchor);
        const double moved = s.zoom(factor, anchor);
        QCOMPARE(s.pixelsPerDay, 4 * factor);
        QCOMPARE(s.dateAt(moved), before);
    }

    void zoomIsBoundedAndTicksFollowIt()
    {
        TimeScale s;
        s.origin = QDate(2022, 1, 1);
        s.zoom(1000, 0);
        QCOMPARE(s.pixelsPerDay, TimeScale::MaxPixelsPerDay);
        QCOMPARE(s.unit(), TimeScale::Unit::Day);
        s.zoom(1e-6, 0);
        QCOMPARE(s.pixelsPerDay, TimeScale::MinPixelsPerDay);
        QCOMPARE(s.unit(), TimeScale::Unit::Year);
        s.pixelsPerDay = 3;
        QCOMPARE(s.unit(), TimeScale::Unit::Month);
        const QList<QDate> ticks = s.ticks(QDate(2022, 1, 15), QDate(2022, 5, 1));
        QCOMPARE(ticks, (QList<QDate> { QDate(2022, 2, 1), QDate(2022, 3, 1), QDate(2022, 4, 1), QDate(2022, 5, 1) }));
        s.pixelsPerDay = 15;
        QCOMPARE(s.ticks(QDate(2022, 11, 28), QDate(2022, 12, 12)), (QList<QDate> { QDate(2022, 11, 28), QDate(2022, 12, 5), QDate(2022, 12, 12) }));
        s.fit(QDate(2022, 1, 1), QDate(2022, 12, 31), 730);
        QCOMPARE(s.pixelsPerDay, 2.0);
        QCOMPARE(s.x(QDate(2022, 12, 31)) + s.pixelsPerDay, 730.0);
    }

    void theModelPassesTheModelTesterAndFollowsFiltersAndEdits()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_doc->database());
        QCOMPARE(model.rowCount(), 9);
        const TimelineRow vikidia = model.rowData(model.rowOf(Query(m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'")).scalar().toLongLong()));
        QCOMPARE(vikidia.bars.size(), 2);
        QCOMPARE(vikidia.bars.at(1).phase, QStringLiteral("Phase 2"));
        int decisions = 0, payments = 0;
        for (const TimelineMilestone &m : vikidia.milestones) {
            decisions += m.kind == TimelineMilestone::Decision;
            payments += m.kind == TimelineMilestone::Disbursement;
        }
        QCOMPARE(decisions, 1);
        QCOMPARE(payments, 2);
        QCOMPARE(model.span().start, QDate(2021, 12, 17));
        InitiativeFilter f;
        f.search = QStringLiteral("democratie");
        model.setFilter(f);
        QCOMPARE(model.rowCount(), 1);
        model.setFilter({});
        RecordService(m_doc->database()).setValue(QStringLiteral("participation"), QStringLiteral("status"),
                                                 participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2")), QStringLiteral("at_risk"));
        QCOMPARE(model.rowData(model.rowOf(vikidia.initiativeId)).bars.at(1).status, PhaseStatus::AtRisk);
    }

    void draggingTheEndOfABarChangesTheDatesAndUndoRestoresThem()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        view->fitAll();
        const qint64 id = participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2"));
        const int row = page.model()->rowOf(Query(m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'")).scalar().toLongLong());
        const DateRange range { QDate(2022, 9, 1), QDate(2022, 11, 30) };
        const QRectF bar = view->barRect(row, range);
        const double ppd = view->scale().pixelsPerDay;
        QVERIFY(ppd > 1);
        // Drag the right end ten days to the left.
        const QPoint end(int(bar.right()), int(bar.center().y()));
        const QPoint target(int(bar.right() - 10 * ppd), end.y());
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, end);
        QTest::mouseMove(view->viewport(), QPoint((end.x() + target.x()) / 2, end.y()));
        QTest::mouseMove(view->viewport(), target);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, target);
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-20"));
        QCOMPARE(field(id, "actual_start"), QStringLiteral("2022-09-01"));
        QCOMPARE(m_doc->undoStack().count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-30"));

        // Moving the whole bar out of the programme's Phase 2 is refused and changes nothing.
        QSignalSpy refused(view, &TimelineView::editRefused);
        const QPoint middle = bar.center().toPoint();
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
        QTest::mouseMove(view->viewport(), middle + QPoint(int(5 * ppd), 0));
        QTest::mouseMove(view->viewport(), middle + QPoint(int(20 * ppd), 0));
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint(int(20 * ppd), 0));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("Phase 2")));
        QCOMPARE(field(id, "actual_start"), QStringLiteral("2022-09-01"));
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-30"));
    }

    void draggingAPaymentOrADueActionMovesItsDate()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        view->fitAll();
        const qint64 vikidia = Query(m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'")).scalar().toLongLong();
        const int row = page.model()->rowOf(vikidia);
        const double ppd = view->scale().pixelsPerDay;
        auto drag = [&](const QDate &date, int days) {
            const QPoint from = view->milestonePoint(row, date).toPoint();
            const QPoint to = from + QPoint(int(std::lround(days * ppd)), 0);
            QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
            QTest::mouseMove(view->viewport(), from + QPoint((to.x() - from.x()) / 2, 0));
            QTest::mouseMove(view->viewport(), to);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        };
        // The due date of one of Vikidia's actions, ten days earlier.
        drag(QDate(2022, 6, 30), -10);
        QCOMPARE(Query(m_doc->database(), QStringLiteral("SELECT COUNT(*) FROM action_item WHERE initiative_id = ? AND due_date = '2022-06-20'"))
                     .bindAll(vikidia).scalar().toInt(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(Query(m_doc->database(), QStringLiteral("SELECT COUNT(*) FROM action_item WHERE initiative_id = ? AND due_date = '2022-06-30'"))
                     .bindAll(vikidia).scalar().toInt(), 3);
        // The seed payment of 15 September, a week later.
        drag(QDate(2022, 9, 15), 7);
        QCOMPARE(Query(m_doc->database(), QStringLiteral("SELECT COUNT(*) FROM disbursement d JOIN grant_award g ON g.id = d.grant_id "
                                                        "WHERE g.initiative_id = ? AND d.paid_on = '2022-09-22'"))
                     .bindAll(vikidia).scalar().toInt(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(Query(m_doc->database(), QStringLiteral("SELECT COUNT(*) FROM disbursement d JOIN grant_award g ON g.id = d.grant_id "
                                                        "WHERE g.initiative_id = ? AND d.paid_on = '2022-09-15'"))
                     .bindAll(vikidia).scalar().toInt(), 1);
    }

    void resettingTheBaselineCopiesActualDatesInOneStep()
    {
        const qint64 id = participation(QStringLiteral("Ma Dada"), QStringLiteral("Phase 1"));
        RecordService(m_doc->database()).setValues(QStringLiteral("participation"), id,
                                                  { { QStringLiteral("planned_start"), QStringLiteral("2022-04-01") },
                                                    { QStringLiteral("planned_end"), QStringLiteral("2022-07-01") } });
        TimelinePage page;
        page.setDocument(m_doc.get());
        const TimelineRow row = page.model()->rowData(page.model()->rowOf(Query(m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Ma Dada'")).scalar().toLongLong()));
        QCOMPARE(row.bars.first().slipDays(), 14);
        page.resetBaseline();
        QCOMPARE(field(id, "planned_start"), QStringLiteral("2022-04-14"));
        QCOMPARE(field(id, "planned_end"), QStringLiteral("2022-07-15"));
        QCOMPARE(m_doc->undoStack().count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(field(id, "planned_end"), QStringLiteral("2022-07-01"));
    }

    void theViewDrawsTheTodayLineAndTheBarsWhereTheMappingSays()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        view->setToday(QDate(2022, 8, 15));
        view->fitAll();
        const QImage image = view->viewport()->grab().toImage();
        // The today line: its colour down the column of today, below the header.
        const int tx = int(view->xForDate(QDate(2022, 8, 15)) + view->scale().pixelsPerDay / 2.0);
        int todayPixels = 0;
        for (int y = TimelineView::HeaderHeight + 2; y < image.height() - 2; y += 5) {
            const QColor c = image.pixelColor(tx, y);
            todayPixels += c.red() > 180 && c.green() < 60 && c.blue() < 100;
        }
        QVERIFY2(todayPixels > 20, qPrintable(QString::number(todayPixels)));
        // Each row's Phase 1 bar: completed (dark slate) where barRect() puts it, white around.
        for (int row = 0; row < page.model()->rowCount(); ++row) {
            const QRectF bar = view->barRect(row, { QDate(2022, 4, 14), QDate(2022, 7, 15) });
            const QColor inside = image.pixelColor(int(bar.left() + bar.width() * 0.3), int(bar.center().y()) + 3);
            QVERIFY2(inside.red() < 90 && inside.blue() < 120, qPrintable(inside.name()));
            const QColor before = image.pixelColor(int(bar.left()) - 12, int(bar.center().y()) + 3);
            QVERIFY2(before.lightness() > 200, qPrintable(before.name()));
        }
        // Exports in the three formats.
        for (const char *suffix : { "png", "svg", "pdf" }) {
            const QString path = m_dir.filePath(QStringLiteral("timeline.%1").arg(QLatin1String(suffix)));
            QString error;
            QVERIFY2(view->exportTo(path, true, &error), qPrintable(error));
            QVERIFY(QFileInfo(path).size() > 1000);
        }
        const QString shots = qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(view->exportTo(shots + QStringLiteral("/timeline-all.png"), true));
            QVERIFY(view->exportTo(shots + QStringLiteral("/timeline-all.pdf"), true));
        }
    }

    void thePhaseStatusReportNamesEveryLaureateOfThePhase()
    {
        const qint64 phase2 = PhaseStatusReport::findPhase(m_doc->database(), QStringLiteral("Phase 2"));
        QVERIFY(phase2 > 0);
        const PhaseStatusReport report(m_doc->database(), phase2);
        QCOMPARE(report.rows().size(), 5);
        const QString pdf = m_dir.filePath(QStringLiteral("phase2.pdf"));
        report.writePdf(pdf);
        QProcess text;
        text.start(QStringLiteral("pdftotext"), { pdf, QStringLiteral("-") });
        QVERIFY2(text.waitForFinished(60000), "pdftotext (poppler-utils) must be installed");
        // Table cells wrap names over lines: compare without white space.
        QString content = QString::fromUtf8(text.readAllStandardOutput());
        content.remove(QRegularExpression(QStringLiteral("\\s")));
        auto has = [&content](const QString &s) { return content.contains(QString(s).remove(QLatin1Char(' '))); };
        for (const char *name : { "Infoclimat", "Ma Dada", "Permis de construire", "Sport Inclusif", "Vikidia" })
            QVERIFY2(has(QString::fromUtf8(name)), name);
        QVERIFY(!has(QStringLiteral("Parlons Démocratie")));
        QVERIFY(has(QStringLiteral("Accélérateur d’Initiatives Citoyennes")));
        QVERIFY(has(QStringLiteral("Status at the end of Phase 2")));
        // Phase 1: all nine, with the committee's decision.
        const PhaseStatusReport phase1(m_doc->database(), PhaseStatusReport::findPhase(m_doc->database(), QStringLiteral("Phase 1")));
        QCOMPARE(phase1.rows().size(), 9);
        QVERIFY(phase1.rows().first().decision.contains(QLatin1String("Acceleration committee")) || !phase1.rows().first().decision.isEmpty());
        const QByteArray csv = phase1.toCsv();
        QCOMPARE(csv.count('\n'), 10);
    }

    void picturesLayTextOutAsOnScreenInEveryFormat()
    {
        // The timeline sizes text in points and shapes in pixels: every format must count at
        // the screen's resolution, or a PDF (1200 dpi) gets text many times too big for its rows.
        const QFont font;
        const int onScreen = QFontMetrics(font).height();
        for (const char *suffix : { "png", "svg", "pdf" }) {
            int drawn = 0;
            const QString path = m_dir.filePath(QStringLiteral("metrics.%1").arg(QLatin1String(suffix)));
            QString error;
            QVERIFY2(savePicture(path, QSize(200, 100), 1.0, QStringLiteral("t"),
                                 [&](QPainter &p, QPdfWriter *) {
                                     p.setFont(font);
                                     drawn = p.fontMetrics().height();
                                     p.drawText(QPoint(10, 50), QStringLiteral("Phase 1"));
                                 }, &error),
                     qPrintable(error));
            QVERIFY2(qAbs(drawn - onScreen) <= 1, qPrintable(QStringLiteral("%1: %2 vs %3 on screen").arg(QLatin1String(suffix)).arg(drawn).arg(onScreen)));
        }
    }
    // The Reports workspace, driven through its buttons: tst_reports.
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
