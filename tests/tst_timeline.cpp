// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline: date <-> pixel arithmetic, its model, dragging bars, rendering, the phase
// status report.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/generator/programmegenerator.h"
#include "core/i18n/translations.h"
#include "core/reports/phasestatusreport.h"
#include "core/services/records.h"
#include "ui/deferredrefresh.h"
#include "ui/document.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/savepicture.h"
#include "ui/timeline/timelinelayout.h"
#include "ui/timeline/timelinemodel.h"
#include "ui/timeline/timelinepage.h"
#include "ui/timeline/timelineview.h"
#include "ui/timeline/timescale.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QFile>
#include <QFileDialog>
#include <QFontMetrics>
#include <QHelpEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPainter>
#include <QPointer>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolButton>
#include <QToolTip>
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
        return Query(m_doc->database(),
            QStringLiteral("SELECT pa.id FROM participation pa JOIN initiative i ON i.id = "
                           "pa.initiative_id JOIN phase ph ON ph.id = pa.phase_id WHERE i.name = ? "
                           "AND ph.name = ?"))
            .bindAll(initiative, phase)
            .scalar()
            .toLongLong();
    }
    QString field(qint64 id, const char *column)
    {
        return RecordService(m_doc->database())
            .value(QStringLiteral("participation"), QLatin1String(column), id)
            .toString();
    }

    qint64 initiativeId(const QString &name)
    {
        return Query(m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = ?"))
            .bindAll(name)
            .scalar()
            .toLongLong();
    }
    /// Closes the test's document, opens its file in a main window and shows the Timeline
    /// workspace (Ctrl+3); nullptr when the file does not open.
    std::unique_ptr<MainWindow> mainWindowOnTimeline()
    {
        const QString path = m_doc->database().path();
        m_doc.reset();
        auto w = std::make_unique<MainWindow>(m_translations);
        QString error;
        if (!w->openDatabase(path, &error)) {
            qWarning("%s", qPrintable(error));
            return nullptr;
        }
        w->resize(1400, 700);
        w->show();
        if (!QTest::qWaitForWindowExposed(w.get()))
            return nullptr;
        QTest::keyClick(w.get(), Qt::Key_4, Qt::ControlModifier);
        return w;
    }
    /// Presses the page's tool button called @p name.
    static void press(TimelinePage &page, const char *name)
    {
        auto *button = page.findChild<QToolButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QTest::mouseClick(button, Qt::LeftButton);
    }
    /// Answers the next file dialog as a user would: types @p path in its name field and
    /// presses Return.
    static void answerFileDialog(const QString &path)
    {
        // Until the dialog is gone: the Save button may wait for the dialog to read the
        // folder, so a Return too early is tried again.
        auto *timer = new QTimer;
        timer->setInterval(20);
        auto seen = std::make_shared<QPointer<QFileDialog>>();
        auto answered = std::make_shared<bool>(false);
        QObject::connect(timer, &QTimer::timeout, timer, [timer, path, seen, answered] {
            auto *dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget());
            if (*answered && (!*seen || dialog != *seen)) {
                // Our dialog is gone (another one is not ours to answer).
                timer->stop();
                timer->deleteLater();
                return;
            }
            if (!dialog)
                return;
            *seen = dialog;
            *answered = true;
            auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
            QVERIFY(name);
            // Typed without the completer's popup (it would take the Return key).
            name->setCompleter(nullptr);
            name->clear();
            QTest::keyClicks(name, path);
            QTest::keyClick(name, Qt::Key_Return);
        });
        timer->start();
    }
    /// Pixels of @p image inside @p area whose colour is near @p colour.
    static int pixelsOf(const QImage &image, const QRect &area, const QColor &colour)
    {
        int n = 0;
        for (int y = area.top(); y <= area.bottom(); ++y) {
            for (int x = area.left(); x <= area.right(); ++x) {
                const QColor c = image.pixelColor(x, y);
                n += qAbs(c.red() - colour.red()) < 8 && qAbs(c.green() - colour.green()) < 8
                    && qAbs(c.blue() - colour.blue()) < 8;
            }
        }
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
    void init()
    {
        QSettings().remove(QStringLiteral("timeline"));
        QSettings().remove(QStringLiteral("initiatives"));
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
        QCOMPARE(s.dateAt(x + pixelsPerDay * 0.99), date); // anywhere inside the day
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
        QCOMPARE(ticks,
            (QList<QDate> {
                QDate(2022, 2, 1), QDate(2022, 3, 1), QDate(2022, 4, 1), QDate(2022, 5, 1) }));
        s.pixelsPerDay = 15;
        QCOMPARE(s.ticks(QDate(2022, 11, 28), QDate(2022, 12, 12)),
            (QList<QDate> { QDate(2022, 11, 28), QDate(2022, 12, 5), QDate(2022, 12, 12) }));
        s.fit(QDate(2022, 1, 1), QDate(2022, 12, 31), 730);
        QCOMPARE(s.pixelsPerDay, 2.0);
        QCOMPARE(s.x(QDate(2022, 12, 31)) + s.pixelsPerDay, 730.0);
    }

    void theLayoutPlacesBarsAndMarkersWhereTheScaleSays_data()
    {
        QTest::addColumn<double>("pixelsPerDay");
        QTest::addColumn<QDate>("date");
        QTest::addColumn<double>("x");
        constexpr double left = TimelineLayout::NameWidth;
        QTest::newRow("min") << 2.0 << QDate(2022, 1, 1) << left;
        QTest::newRow("half") << 2.0 << QDate(2022, 9, 8) << left + 500;
        QTest::newRow("max") << 2.0 << QDate(2023, 5, 6) << left + 980;
        QTest::newRow("after zoom in") << 4.0 << QDate(2022, 5, 5) << left + 496;
        QTest::newRow("after zoom out") << 1.0 << QDate(2024, 5, 15) << left + 865;
    }
    void theLayoutPlacesBarsAndMarkersWhereTheScaleSays()
    {
        QFETCH(double, pixelsPerDay);
        QFETCH(QDate, date);
        QFETCH(double, x);
        TimeScale scale;
        scale.origin = QDate(2022, 1, 1);
        scale.pixelsPerDay = pixelsPerDay;
        TimelineLayout::Frame frame;
        frame.size = QSize(TimelineLayout::NameWidth + 1000,
            TimelineLayout::HeaderHeight + 3 * TimelineLayout::RowHeight);
        // Three rows; the middle one has a bar of ten days from the date and a payment on it.
        TimelineRow middle;
        middle.initiativeId = 2;
        middle.name = QStringLiteral("Vikidia");
        TimelineBar bar;
        bar.participationId = 20;
        bar.phase = QStringLiteral("Phase 1");
        bar.actual = { date, date.addDays(9) };
        middle.bars.append(bar);
        TimelineMilestone payment;
        payment.kind = TimelineMilestone::Disbursement;
        payment.date = date;
        payment.recordId = 200;
        middle.milestones.append(payment);
        TimelineLayout::Source source;
        source.rowCount = 3;
        source.row = [&](int r) {
            if (r == 1)
                return middle;
            TimelineRow empty;
            empty.initiativeId = r + 1;
            return empty;
        };
        TimelineLayout layout(scale, frame);
        layout.layout(source, QFontMetrics(QFont()));
        QCOMPARE(layout.rows().size(), 3);
        const TimelineLayout::Row *row = layout.row(1);
        QVERIFY(row);
        const double top = TimelineLayout::HeaderHeight + TimelineLayout::RowHeight;
        QCOMPARE(row->top, top);
        QCOMPARE(layout.x(date), x);
        QCOMPARE(row->bars.first().rect,
            QRectF(x, top + TimelineLayout::BarTop, 10 * pixelsPerDay, TimelineLayout::BarHeight));
        QCOMPARE(row->markers.first().rect.center(),
            QPointF(x + pixelsPerDay / 2, top + TimelineLayout::MarkerLane));

        // Hit-testing: what is under a point is what a press there drags.
        const QRectF b = row->bars.first().rect;
        TimelineHit hit = layout.hitTest(QPointF(b.center().x(), b.center().y()));
        QCOMPARE(hit.row, 1);
        QCOMPARE(hit.bar, 0);
        QCOMPARE(hit.part,
            b.width() > 2 * TimelineLayout::HandleWidth + 2 ? TimelineHit::Body : hit.part);
        hit = layout.hitTest(QPointF(b.right() - 1, b.center().y()));
        QCOMPARE(hit.bar, 0);
        QCOMPARE(hit.part, TimelineHit::End);
        hit = layout.hitTest(QPointF(b.left(), b.center().y()));
        QCOMPARE(hit.part, TimelineHit::Start);
        hit = layout.hitTest(row->markers.first().rect.center());
        QCOMPARE(hit.milestone, 0);
        QCOMPARE(hit.part, TimelineHit::Milestone);
        QCOMPARE(hit.bar, -1);
        hit = layout.hitTest(QPointF(TimelineLayout::NameWidth / 2.0, b.center().y()));
        QCOMPARE(hit.row, 1);
        QCOMPARE(hit.part, TimelineHit::None);
        hit = layout.hitTest(QPointF(b.center().x(), b.center().y() - TimelineLayout::RowHeight));
        QCOMPARE(hit.row, 0);
        QCOMPARE(hit.part, TimelineHit::None);
        QCOMPARE(
            layout.hitTest(QPointF(b.center().x(), TimelineLayout::HeaderHeight / 2.0)).row, -1);
        QCOMPARE(layout.hitTest(QPointF(b.center().x(), frame.size.height() + 5)).row, -1);

        // A drag of the end five days later lengthens the bar it shows, nothing else.
        TimelineLayout::Drag drag;
        drag.hit = layout.hitTest(QPointF(b.right() - 1, b.center().y()));
        drag.days = 5;
        TimelineLayout dragged(scale, frame);
        dragged.layout(source, QFontMetrics(QFont()), drag);
        QVERIFY(dragged.row(1)->bars.first().dragged);
        QCOMPARE(dragged.row(1)->bars.first().rect,
            QRectF(x, b.top(), 15 * pixelsPerDay, TimelineLayout::BarHeight));
        QCOMPARE(dragged.row(1)->markers.first().rect, row->markers.first().rect);
    }

    void theLayoutScrollsWithItsFrame()
    {
        // Scrolled by 40 days and half a row: row 10 is the first one, half hidden.
        TimeScale scale;
        scale.origin = QDate(2022, 1, 1);
        scale.pixelsPerDay = 3;
        TimelineLayout::Frame frame;
        frame.xOffset = 120;
        frame.firstRow = 10;
        frame.yOffset = TimelineLayout::RowHeight / 2;
        frame.size = QSize(TimelineLayout::NameWidth + 600,
            TimelineLayout::HeaderHeight + 4 * TimelineLayout::RowHeight);
        TimelineLayout::Source source;
        source.rowCount = 100;
        source.row = [](int r) {
            TimelineRow row;
            row.initiativeId = r + 1;
            row.promotion = r < 12 ? QStringLiteral("P1") : QStringLiteral("P2");
            return row;
        };
        TimelineLayout layout(scale, frame);
        layout.layout(source, QFontMetrics(QFont()));
        // Rows 10 to 14: four and a half rows fit, the fifth one partly.
        QCOMPARE(layout.rows().size(), 5);
        QCOMPARE(layout.rows().first().index, 10);
        QCOMPARE(layout.rows().first().top,
            double(TimelineLayout::HeaderHeight - TimelineLayout::RowHeight / 2));
        QCOMPARE(layout.x(QDate(2022, 2, 10)), double(TimelineLayout::NameWidth));
        QCOMPARE(layout.rowAt(TimelineLayout::HeaderHeight + 1, source.rowCount), 10);
        QCOMPARE(
            layout.rowAt(TimelineLayout::HeaderHeight + TimelineLayout::RowHeight, source.rowCount),
            11);
        // The promotion's name is written where it starts (row 12), not on the rows it goes on.
        QVERIFY(!layout.row(10)->startsPromotion);
        QVERIFY(!layout.row(11)->startsPromotion);
        QVERIFY(layout.row(12)->startsPromotion);
        // The axis' ticks are month starts inside the frame, labels never overlapping.
        QVERIFY(!layout.ticks().isEmpty());
        double previousEnd = -1e9;
        for (const TimelineLayout::Tick &t : layout.ticks()) {
            QCOMPARE(t.date.day(), 1);
            QCOMPARE(t.x, layout.x(t.date));
            if (!t.label.isEmpty()) {
                QVERIFY(t.x >= previousEnd);
                previousEnd = t.x + QFontMetrics(QFont()).horizontalAdvance(t.label);
            }
        }
    }

    void theModelPassesTheModelTesterAndFollowsFiltersAndEdits()
    {
        TimelineModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setDatabase(&m_doc->database());
        QCOMPARE(model.rowCount(), 9);
        const TimelineRow vikidia = model.rowData(model.rowOf(Query(
            m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'"))
                                                                  .scalar()
                                                                  .toLongLong()));
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
        RecordService(m_doc->database())
            .setValue(QStringLiteral("participation"), QStringLiteral("status"),
                participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2")),
                QStringLiteral("at_risk"));
        QCOMPARE(model.rowData(model.rowOf(vikidia.initiativeId)).bars.at(1).status,
            PhaseStatus::AtRisk);
    }

    void aSearchKeystrokeReloadsTheTimelineAfterAPauseNeverInTheKeystroke()
    {
        // The list and the timeline both on screen (two windows), as in the benchmark's worst case.
        InitiativesPage list;
        TimelinePage page;
        connect(&list, &InitiativesPage::filterChanged, &page, &TimelinePage::setFilter);
        list.setDocument(m_doc.get());
        page.setDocument(m_doc.get());
        list.show();
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(QTest::qWaitForWindowExposed(&list));
        QTest::qWait(DeferredRefresh::TypingPauseMs * 2);
        QCOMPARE(page.model()->rowCount(), 9);
        QSignalSpy reloads(page.model(), &TimelineModel::calendarChanged);
        QSignalSpy resets(page.model(), &QAbstractItemModel::modelReset);
        auto *search = list.findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search);
        QTest::keyClicks(search, QStringLiteral("vik"));
        // No keystroke reloaded the timeline...
        QCOMPARE(reloads.count(), 0);
        QCOMPARE(resets.count(), 0);
        QCOMPARE(page.model()->rowCount(), 9);
        // ...it follows once, after the pause in the typing.
        QTRY_COMPARE(reloads.count(), 1);
        QCOMPARE(resets.count(), 1);
        QCOMPARE(page.model()->rowCount(), 1);
        QCOMPARE(page.model()->rowData(0).name, QStringLiteral("Vikidia"));
        QTest::qWait(DeferredRefresh::TypingPauseMs * 2);
        QCOMPARE(reloads.count(), 1);
    }

    void aHiddenTimelineFollowsTheListsFilterOnlyWhenShown()
    {
        const std::unique_ptr<MainWindow> window = mainWindowOnTimeline();
        QVERIFY(window);
        MainWindow &w = *window;
        auto *page = qobject_cast<TimelinePage *>(w.workspaceWidget(MainWindow::Timeline));
        QVERIFY(page && page->isVisible());
        QCOMPARE(page->model()->rowCount(), 9);
        QTest::keyClick(&w, Qt::Key_3, Qt::ControlModifier);
        QVERIFY(!page->isVisible());
        QSignalSpy reloads(page->model(), &TimelineModel::calendarChanged);
        auto *search = w.workspaceWidget(MainWindow::Initiatives)
                           ->findChild<QLineEdit *>(QStringLiteral("searchField"));
        QVERIFY(search && search->isVisible());
        QTest::keyClicks(search, QStringLiteral("vik"));
        QTest::qWait(DeferredRefresh::TypingPauseMs * 3);
        QCOMPARE(reloads.count(), 0);
        // Shown: it catches up at once, one reload.
        QTest::keyClick(&w, Qt::Key_4, Qt::ControlModifier);
        QCOMPARE(reloads.count(), 1);
        QCOMPARE(page->model()->rowCount(), 1);
        QTest::qWait(DeferredRefresh::TypingPauseMs * 2);
        QCOMPARE(reloads.count(), 1);
    }

    void anUnrelatedWriteDoesNotReloadTheTimeline()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy reloads(page.model(), &TimelineModel::calendarChanged);
        // A funding source and a theme: nothing the timeline draws.
        RecordService records(m_doc->database());
        records.insert(QStringLiteral("funding_source"),
            { { QStringLiteral("name"), QStringLiteral("Fondation du Tremplin") } });
        records.insert(
            QStringLiteral("theme"), { { QStringLiteral("name"), QStringLiteral("Montagne") } });
        QTest::qWait(DeferredRefresh::BurstPauseMs + 100);
        QCOMPARE(reloads.count(), 0);
        // A participation's status: the bar changes colour.
        records.setValue(QStringLiteral("participation"), QStringLiteral("status"),
            participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2")),
            QStringLiteral("at_risk"));
        QTRY_COMPARE(reloads.count(), 1);
    }

    void draggingTheEndOfABarChangesTheDatesAndUndoRestoresThem()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        press(page, "timelineFitAll");
        const qint64 id = participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2"));
        const int row = page.model()->rowOf(Query(
            m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'"))
                                                .scalar()
                                                .toLongLong());
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
        QSignalSpy status(&page, &TimelinePage::statusMessage);
        const QPoint middle = bar.center().toPoint();
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
        QTest::mouseMove(view->viewport(), middle + QPoint(int(5 * ppd), 0));
        QTest::mouseMove(view->viewport(), middle + QPoint(int(20 * ppd), 0));
        QTest::mouseRelease(
            view->viewport(), Qt::LeftButton, Qt::NoModifier, middle + QPoint(int(20 * ppd), 0));
        QCOMPARE(refused.count(), 1);
        QVERIFY(refused.first().first().toString().contains(QLatin1String("Phase 2")));
        QCOMPARE(status.count(), 1);
        QCOMPARE(status.first().first().toString(), refused.first().first().toString());
        QCOMPARE(field(id, "actual_start"), QStringLiteral("2022-09-01"));
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-30"));
    }

    void draggingAPhaseBandMovesOrResizesThePhaseInOneUndoableStep()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        press(page, "timelineFitAll");
        const qint64 id = Query(
            m_doc->database(), QStringLiteral("SELECT id FROM phase WHERE name = 'Phase 2'"))
                              .scalar()
                              .toLongLong();
        const auto date = [this, id](const char *column) {
            return RecordService(m_doc->database())
                .value(QStringLiteral("phase"), QLatin1String(column), id)
                .toString();
        };
        const double ppd = view->scale().pixelsPerDay;
        QVERIFY(ppd > 1);
        const auto drag = [view](const QPoint &from, const QPoint &to) {
            QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
            QTest::mouseMove(view->viewport(), (from + to) / 2);
            QTest::mouseMove(view->viewport(), to);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        };
        // The band's body moved a week later: start and end together, one undo step.
        QRectF band = view->phaseBand(id);
        QVERIFY(!band.isNull());
        const QPoint middle = band.center().toPoint();
        drag(middle, middle + QPoint(int(7 * ppd + ppd / 2), 0));
        QCOMPARE(date("actual_start"), QStringLiteral("2022-09-08"));
        QCOMPARE(date("actual_end"), QStringLiteral("2022-12-07"));
        QCOMPARE(m_doc->undoStack().count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(date("actual_start"), QStringLiteral("2022-09-01"));
        QCOMPARE(date("actual_end"), QStringLiteral("2022-11-30"));
        // Its right edge dragged ten days earlier: only the end changes.
        band = view->phaseBand(id);
        const QPoint end(int(band.right()) - 1, int(band.center().y()));
        drag(end, end - QPoint(int(10 * ppd + ppd / 2), 0));
        QCOMPARE(date("actual_start"), QStringLiteral("2022-09-01"));
        QCOMPARE(date("actual_end"), QStringLiteral("2022-11-20"));
        // The start dragged past the end is refused, with the reason, and nothing changes.
        QSignalSpy status(&page, &TimelinePage::statusMessage);
        band = view->phaseBand(id);
        const QPoint start(int(band.left()) + 1, int(band.center().y()));
        drag(start, start + QPoint(int(band.width() + 20 * ppd), 0));
        QCOMPARE(status.count(), 1);
        QVERIFY2(status.first().first().toString().contains(QLatin1String("end date")),
            qPrintable(status.first().first().toString()));
        QCOMPARE(date("actual_start"), QStringLiteral("2022-09-01"));
        QCOMPARE(m_doc->undoStack().count(), 1);
        // Participations still point at the phase.
        QVERIFY(participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2")) > 0);
    }

    void draggingAPaymentOrADueActionMovesItsDate()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        press(page, "timelineFitAll");
        const qint64 vikidia = Query(
            m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'"))
                                   .scalar()
                                   .toLongLong();
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
        QCOMPARE(Query(m_doc->database(),
                     QStringLiteral("SELECT COUNT(*) FROM action_item WHERE initiative_id = ? AND "
                                    "due_date = '2022-06-20'"))
                     .bindAll(vikidia)
                     .scalar()
                     .toInt(),
            1);
        m_doc->undoStack().undo();
        QCOMPARE(Query(m_doc->database(),
                     QStringLiteral("SELECT COUNT(*) FROM action_item WHERE initiative_id = ? AND "
                                    "due_date = '2022-06-30'"))
                     .bindAll(vikidia)
                     .scalar()
                     .toInt(),
            3);
        // The seed payment of 15 September, a week later.
        drag(QDate(2022, 9, 15), 7);
        QCOMPARE(
            Query(m_doc->database(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM disbursement d JOIN grant_award g ON g.id = d.grant_id "
                    "WHERE g.initiative_id = ? AND d.paid_on = '2022-09-22'"))
                .bindAll(vikidia)
                .scalar()
                .toInt(),
            1);
        m_doc->undoStack().undo();
        QCOMPARE(
            Query(m_doc->database(),
                QStringLiteral(
                    "SELECT COUNT(*) FROM disbursement d JOIN grant_award g ON g.id = d.grant_id "
                    "WHERE g.initiative_id = ? AND d.paid_on = '2022-09-15'"))
                .bindAll(vikidia)
                .scalar()
                .toInt(),
            1);
    }

    void resettingTheBaselineCopiesActualDatesInOneStep()
    {
        const qint64 id = participation(QStringLiteral("Ma Dada"), QStringLiteral("Phase 1"));
        RecordService(m_doc->database())
            .setValues(QStringLiteral("participation"), id,
                { { QStringLiteral("planned_start"), QStringLiteral("2022-04-01") },
                    { QStringLiteral("planned_end"), QStringLiteral("2022-07-01") } });
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QSignalSpy status(&page, &TimelinePage::statusMessage);
        const TimelineRow row = page.model()->rowData(page.model()->rowOf(Query(
            m_doc->database(), QStringLiteral("SELECT id FROM initiative WHERE name = 'Ma Dada'"))
                                                                              .scalar()
                                                                              .toLongLong()));
        QCOMPARE(row.bars.first().slipDays(), 14);
        press(page, "timelineBaseline");
        QCOMPARE(status.count(), 1);
        QCOMPARE(field(id, "planned_start"), QStringLiteral("2022-04-14"));
        QCOMPARE(field(id, "planned_end"), QStringLiteral("2022-07-15"));
        QCOMPARE(m_doc->undoStack().count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(field(id, "planned_end"), QStringLiteral("2022-07-01"));
    }

    void aRefusedMoveLeavesTheUndoStackAndItsRedoHistoryUntouched()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        press(page, "timelineFitAll");
        const qint64 id = participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 2"));
        const int row = page.model()->rowOf(initiativeId(QStringLiteral("Vikidia")));
        const QRectF bar = view->barRect(row, { QDate(2022, 9, 1), QDate(2022, 11, 30) });
        const double ppd = view->scale().pixelsPerDay;
        auto drag = [&](const QPoint &from, int days) {
            const QPoint to = from + QPoint(int(std::lround(days * ppd)), 0);
            QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, from);
            QTest::mouseMove(view->viewport(), from + QPoint((to.x() - from.x()) / 2, 0));
            QTest::mouseMove(view->viewport(), to);
            QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, to);
        };
        // A move, undone: it can be redone.
        drag(QPoint(int(bar.right()), int(bar.center().y())), -10);
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-20"));
        m_doc->undoStack().undo();
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-30"));
        QVERIFY(m_doc->undoStack().canRedo());
        // A refused drag pushes nothing: the redo history stays.
        QSignalSpy refused(view, &TimelineView::editRefused);
        drag(bar.center().toPoint(), 20);
        QCOMPARE(refused.count(), 1);
        QCOMPARE(m_doc->undoStack().count(), 1);
        QCOMPARE(m_doc->undoStack().index(), 0);
        QVERIFY(m_doc->undoStack().canRedo());

        // A baseline reset refused at one of its participations (the file refuses that write)
        // is refused whole: the other phases keep their plan too, and redo is still possible.
        const qint64 first = participation(QStringLiteral("Ma Dada"), QStringLiteral("Phase 1"));
        RecordService records(m_doc->database());
        records.setValues(QStringLiteral("participation"), first,
            { { QStringLiteral("planned_start"), QStringLiteral("2022-04-01") },
                { QStringLiteral("planned_end"), QStringLiteral("2022-07-01") } });
        records.setValues(QStringLiteral("participation"), id,
            { { QStringLiteral("planned_end"), QStringLiteral("2022-11-15") } });
        Query(m_doc->database(),
            QStringLiteral(
                "CREATE TEMP TRIGGER refuse_plan BEFORE UPDATE OF planned_end ON participation "
                "WHEN NEW.id = %1 BEGIN SELECT RAISE(ABORT, 'refused'); END")
                .arg(id))
            .exec();
        QSignalSpy status(&page, &TimelinePage::statusMessage);
        press(page, "timelineBaseline");
        QCOMPARE(status.count(), 1);
        QVERIFY2(!status.first().first().toString().contains(QLatin1String("Baseline reset")),
            qPrintable(status.first().first().toString()));
        QCOMPARE(field(first, "planned_end"), QStringLiteral("2022-07-01"));
        QCOMPARE(field(id, "planned_end"), QStringLiteral("2022-11-15"));
        QCOMPARE(m_doc->undoStack().count(), 1);
        QVERIFY(m_doc->undoStack().canRedo());
        Query(m_doc->database(), QStringLiteral("DROP TRIGGER refuse_plan")).exec();
        m_doc->undoStack().redo();
        QCOMPARE(field(id, "actual_end"), QStringLiteral("2022-11-20"));
    }

    void aMarkersTooltipSaysWhatItIsInTheCurrentLanguage()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        press(page, "timelineFitAll");
        const int row = page.model()->rowOf(initiativeId(QStringLiteral("Vikidia")));
        TimelineMilestone payment;
        for (const TimelineMilestone &m : page.model()->rowData(row).milestones) {
            if (m.kind == TimelineMilestone::Disbursement)
                payment = m;
        }
        QVERIFY(payment.recordId);
        const QPoint at = view->milestonePoint(row, payment.date).toPoint();
        auto hover = [&] {
            QHelpEvent help(QEvent::ToolTip, at, view->viewport()->mapToGlobal(at));
            QApplication::sendEvent(view->viewport(), &help);
        };
        hover();
        QTRY_VERIFY(QToolTip::isVisible());
        QString text = QToolTip::text();
        QVERIFY2(text.contains(QStringLiteral("Payment of %1").arg(payment.amount.toString())),
            qPrintable(text));
        // The rows are not read again when the language changes: the text still follows it.
        QSignalSpy reloads(page.model(), &TimelineModel::calendarChanged);
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        QToolTip::hideText();
        hover();
        QTRY_VERIFY(QToolTip::isVisible());
        text = QToolTip::text();
        const QString french = QStringLiteral("Versement de %1").arg(payment.amount.toString());
        QVERIFY(m_translations.install(QStringLiteral("en")));
        QVERIFY2(text.contains(french), qPrintable(text));
        QCOMPARE(reloads.count(), 0);
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
        press(page, "timelineFitAll");
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
            const QColor inside
                = image.pixelColor(int(bar.left() + bar.width() * 0.3), int(bar.center().y()) + 3);
            QVERIFY2(inside.red() < 90 && inside.blue() < 120, qPrintable(inside.name()));
            const QColor before = image.pixelColor(int(bar.left()) - 12, int(bar.center().y()) + 3);
            QVERIFY2(before.lightness() > 200, qPrintable(before.name()));
        }
        // Exports in the three formats, through the Export menu's actions and the file dialog.
        for (const char *suffix : { "png", "svg", "pdf" }) {
            for (QAction *action : { page.exportAllAction(), page.exportShownAction() }) {
                const QString path
                    = m_dir.filePath(QStringLiteral("timeline-%1.%2")
                                         .arg(action->objectName(), QLatin1String(suffix)));
                QVERIFY(page.findChild<QToolButton *>(QStringLiteral("timelineExport"))
                            ->menu()
                            ->actions()
                            .contains(action));
                answerFileDialog(path);
                action->trigger();
                QVERIFY2(QFileInfo(path).size() > 1000, qPrintable(path));
            }
        }
        // Everything: all nine rows; what is shown: no more than the viewport holds.
        QImage all(m_dir.filePath(QStringLiteral("timeline-timelineExportAll.png")));
        QImage shown(m_dir.filePath(QStringLiteral("timeline-timelineExportShown.png")));
        QVERIFY(all.height() >= TimelineView::HeaderHeight + 9 * TimelineView::RowHeight);
        QVERIFY(shown.width() <= view->viewport()->width() + 8);
        const QString shots = qEnvironmentVariable("TREMPLIN_SCREENSHOT_DIR");
        if (!shots.isEmpty()) {
            QVERIFY(view->exportTo(shots + QStringLiteral("/timeline-all.png"), true));
            QVERIFY(view->exportTo(shots + QStringLiteral("/timeline-all.pdf"), true));
        }
    }

    void thePhaseStatusReportNamesEveryLaureateOfThePhase()
    {
        const qint64 phase2
            = PhaseStatusReport::findPhase(m_doc->database(), QStringLiteral("Phase 2"));
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
        auto has = [&content](const QString &s) {
            return content.contains(QString(s).remove(QLatin1Char(' ')));
        };
        for (const char *name :
            { "Infoclimat", "Ma Dada", "Permis de construire", "Sport Inclusif", "Vikidia" })
            QVERIFY2(has(QString::fromUtf8(name)), name);
        QVERIFY(!has(QStringLiteral("Parlons Démocratie")));
        QVERIFY(has(QStringLiteral("Accélérateur d’Initiatives Citoyennes")));
        QVERIFY(has(QStringLiteral("Status at the end of Phase 2")));
        // Phase 1: all nine, with the committee's decision.
        const PhaseStatusReport phase1(m_doc->database(),
            PhaseStatusReport::findPhase(m_doc->database(), QStringLiteral("Phase 1")));
        QCOMPARE(phase1.rows().size(), 9);
        QVERIFY(phase1.rows().first().decision.contains(QLatin1String("Acceleration committee"))
            || !phase1.rows().first().decision.isEmpty());
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
            const QString path
                = m_dir.filePath(QStringLiteral("metrics.%1").arg(QLatin1String(suffix)));
            QString error;
            QVERIFY2(savePicture(
                         path, QSize(200, 100), 1.0, QStringLiteral("t"),
                         [&](QPainter &p, QPdfWriter *) {
                             p.setFont(font);
                             drawn = p.fontMetrics().height();
                             p.drawText(QPoint(10, 50), QStringLiteral("Phase 1"));
                         },
                         &error),
                qPrintable(error));
            QVERIFY2(qAbs(drawn - onScreen) <= 1,
                qPrintable(QStringLiteral("%1: %2 vs %3 on screen")
                               .arg(QLatin1String(suffix))
                               .arg(drawn)
                               .arg(onScreen)));
        }
    }

    void theZoomButtonsZoomAroundTheMiddleAndFitAllShowsEverything()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        press(page, "timelineFitAll");
        const double fitted = view->scale().pixelsPerDay;
        const double middle
            = TimelineView::NameWidth + (view->viewport()->width() - TimelineView::NameWidth) / 2.0;
        const QDate centre = view->scale().dateAt(
            middle - TimelineView::NameWidth + view->horizontalScrollBar()->value());
        press(page, "timelineZoomIn");
        QCOMPARE(view->scale().pixelsPerDay, fitted * 1.5);
        const QDate after = view->scale().dateAt(
            middle - TimelineView::NameWidth + view->horizontalScrollBar()->value());
        QVERIFY2(qAbs(centre.daysTo(after)) <= 1, qPrintable(after.toString(Qt::ISODate)));
        press(page, "timelineZoomOut");
        press(page, "timelineZoomOut");
        QCOMPARE(view->scale().pixelsPerDay, fitted / 1.5);
        press(page, "timelineFitAll");
        QCOMPARE(view->scale().pixelsPerDay, fitted);
        // Every date of the demo is on screen after Fit All.
        QVERIFY(view->xForDate(page.model()->span().start) >= TimelineView::NameWidth);
        QVERIFY(view->xForDate(page.model()->span().end) <= view->viewport()->width());
    }

    void theLegendIsOnScreenAndItsActionHidesItForNextTime()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        QAction *legend = page.legendAction();
        QVERIFY(legend->isCheckable());
        QVERIFY(legend->isChecked());
        QVERIFY(view->isLegendVisible());
        // On screen: the legend's swatches, including statuses no demo bar has (in progress).
        const QColor inProgress(0x1f, 0x5f, 0xbf);
        QRect area = view->legendRect();
        QVERIFY(area.height() >= 18);
        QCOMPARE(area.bottom(), view->viewport()->height() - 1);
        QVERIFY(pixelsOf(view->viewport()->grab().toImage(), area, inProgress) > 50);
        QVERIFY(pixelsOf(view->viewport()->grab().toImage(),
                    QRect(0, 0, view->viewport()->width(), area.top()), inProgress)
            == 0);
        // Rows stop above the legend.
        QCOMPARE(view->rowAtY(area.top() + 2), -1);

        legend->trigger();
        QVERIFY(!view->isLegendVisible());
        QVERIFY(view->legendRect().isEmpty());
        QCOMPARE(pixelsOf(view->viewport()->grab().toImage(), area, inProgress), 0);
        // Exports keep their legend.
        const QString png = m_dir.filePath(QStringLiteral("nolegend.png"));
        answerFileDialog(png);
        page.exportAllAction()->trigger();
        const QImage exported(png);
        QVERIFY(pixelsOf(exported, exported.rect(), inProgress) > 50);

        // Remembered: a new page starts without it; its tool button brings it back.
        TimelinePage next;
        next.setDocument(m_doc.get());
        next.resize(1400, 600);
        next.show();
        QVERIFY(QTest::qWaitForWindowExposed(&next));
        QVERIFY(!next.legendAction()->isChecked());
        QVERIFY(!next.view()->isLegendVisible());
        press(next, "timelineLegend");
        QVERIFY(next.legendAction()->isChecked());
        QVERIFY(next.view()->isLegendVisible());
        QVERIFY(pixelsOf(next.view()->viewport()->grab().toImage(), next.view()->legendRect(),
                    inProgress)
            > 50);
        QVERIFY(QSettings().value(QStringLiteral("timeline/legend")).toBool());
    }

    void markersNeverCoverTheLabelOfABar()
    {
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        TimelineView *view = page.view();
        // At every zoom from fitted to close up, scrolled to the payments of September 2022.
        for (int zoom = 0; zoom < 5; ++zoom) {
            view->scrollToDate(QDate(2022, 9, 15));
            int labels = 0, markers = 0, markersOverBars = 0;
            for (int row = 0; row < page.model()->rowCount(); ++row) {
                const TimelineView::RowGeometry g = view->rowGeometry(row);
                QCOMPARE(g.labels.size(), g.bars.size());
                for (int b = 0; b < g.bars.size(); ++b) {
                    if (g.labels.at(b).isNull())
                        continue;
                    ++labels;
                    QVERIFY(g.bars.at(b).contains(g.labels.at(b)));
                    QVERIFY(!g.labelTexts.at(b).contains(QChar(0x2026)));
                    for (const QRectF &m : g.markers)
                        QVERIFY2(!m.intersects(g.labels.at(b)),
                            qPrintable(QStringLiteral("row %1 zoom %2").arg(row).arg(zoom)));
                }
                for (const QRectF &m : g.markers) {
                    ++markers;
                    for (const QRectF &slip : g.slips)
                        QVERIFY(slip.isNull() || !m.intersects(slip));
                    for (const QRectF &bar : g.bars)
                        markersOverBars += m.left() < bar.right() && m.right() > bar.left();
                }
            }
            // The case that used to hide "Phase 2": payments dated inside bars that have labels.
            QVERIFY(labels >= 9);
            QVERIFY(markers > 9);
            QVERIFY(markersOverBars > 0);
            press(page, "timelineZoomIn");
        }
    }

    void aBarsSlipReadsInDaysLateOrEarly()
    {
        // Ma Dada's Phase 1 ends five days before its plan; Vikidia's Phase 1 three days after.
        RecordService(m_doc->database())
            .setValue(QStringLiteral("participation"), QStringLiteral("planned_end"),
                participation(QStringLiteral("Ma Dada"), QStringLiteral("Phase 1")),
                QStringLiteral("2022-07-20"));
        RecordService(m_doc->database())
            .setValue(QStringLiteral("participation"), QStringLiteral("planned_end"),
                participation(QStringLiteral("Vikidia"), QStringLiteral("Phase 1")),
                QStringLiteral("2022-07-12"));
        TimelinePage page;
        page.setDocument(m_doc.get());
        page.resize(1400, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        press(page, "timelineFitAll");
        QVERIFY(page.view()->scale().pixelsPerDay >= 1.0);
        const TimelineView::RowGeometry early = page.view()->rowGeometry(
            page.model()->rowOf(initiativeId(QStringLiteral("Ma Dada"))));
        QCOMPARE(early.slipTexts.first(), QStringLiteral("-5 d"));
        QVERIFY(!early.slips.first().isNull());
        const TimelineView::RowGeometry late = page.view()->rowGeometry(
            page.model()->rowOf(initiativeId(QStringLiteral("Vikidia"))));
        QCOMPARE(late.slipTexts.first(), QStringLiteral("+3 d"));
        // In French, days are "j".
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        QCOMPARE(page.view()
                     ->rowGeometry(page.model()->rowOf(initiativeId(QStringLiteral("Ma Dada"))))
                     .slipTexts.first(),
            QStringLiteral("-5 j"));
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void phaseLabelsAreWholeShortOrAbsent_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("brief");
        QTest::newRow("demo phase") << QStringLiteral("Phase 2") << QStringLiteral("P2");
        QTest::newRow("generated phase")
            << QStringLiteral("Phase 1 — P3") << QStringLiteral("P1 P3");
        QTest::newRow("accent") << QStringLiteral("Sélection 4") << QStringLiteral("S4");
        QTest::newRow("small words skipped")
            << QStringLiteral("Appel à candidatures") << QStringLiteral("AC");
        QTest::newRow("one word") << QStringLiteral("Incubation") << QStringLiteral("Inc.");
    }
    void phaseLabelsAreWholeShortOrAbsent()
    {
        QFETCH(QString, name);
        QFETCH(QString, brief);
        QCOMPARE(TimelineView::shortLabel(name), brief);
        const QFontMetrics fm { QFont() };
        QCOMPARE(TimelineView::fittingLabel(name, fm.horizontalAdvance(name), fm), name);
        QCOMPARE(TimelineView::fittingLabel(name, fm.horizontalAdvance(name) - 1, fm), brief);
        QCOMPARE(TimelineView::fittingLabel(name, fm.horizontalAdvance(brief) - 1, fm), QString());
    }

    void theRowChoiceHidesInitiativesWithNothingToShow()
    {
        // A generated programme: most applicants take part in no phase.
        Document generated;
        generated.database().create(m_dir.filePath(QStringLiteral("generated.sqlite")));
        generateProgramme(generated.database(), { 400, 800, 7 });
        auto count = [&](const char *sql) {
            return Query(generated.database(), QLatin1String(sql)).scalar().toInt();
        };
        const int inPhase = count("SELECT COUNT(DISTINCT initiative_id) FROM participation");
        const int withEvent = count(
            "SELECT COUNT(*) FROM (SELECT initiative_id FROM participation UNION SELECT "
            "d.initiative_id "
            "FROM decision d JOIN committee c ON c.id = d.committee_id WHERE c.held_on IS NOT NULL "
            "UNION SELECT g.initiative_id FROM disbursement p JOIN grant_award g ON g.id = "
            "p.grant_id "
            "UNION SELECT initiative_id FROM action_item WHERE due_date IS NOT NULL)");
        QVERIFY(inPhase > 0 && inPhase < 400);
        TimelinePage page;
        QAbstractItemModelTester tester(
            page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.setDocument(&generated);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *rows = page.findChild<QComboBox *>(QStringLiteral("timelineRows"));
        QVERIFY(rows);
        QCOMPARE(rows->currentText(), QStringLiteral("Taking part in a phase"));
        QCOMPARE(page.model()->rowCount(), inPhase);
        for (int r = 0; r < page.model()->rowCount(); r += 37)
            QVERIFY(!page.model()->rowData(r).bars.isEmpty());
        QTest::keyClick(rows, Qt::Key_Down);
        QCOMPARE(rows->currentText(), QStringLiteral("With any event"));
        QCOMPARE(page.model()->rowCount(), withEvent);
        QTest::keyClick(rows, Qt::Key_Down);
        QCOMPARE(rows->currentText(), QStringLiteral("All initiatives"));
        QCOMPARE(page.model()->rowCount(), 400);
        // The list's filters still apply on top.
        InitiativeFilter f;
        f.search = page.model()->rowData(0).name;
        page.setFilter(f);
        QTRY_VERIFY(page.model()->rowCount() >= 1 && page.model()->rowCount() < 400);
        // Remembered.
        TimelinePage next;
        next.setDocument(&generated);
        QCOMPARE(next.findChild<QComboBox *>(QStringLiteral("timelineRows"))->currentText(),
            QStringLiteral("All initiatives"));
        QCOMPARE(next.model()->rowCount(), 400);
    }

    void anEmptyFilesTimelineSaysWhatToDo()
    {
        Document empty;
        empty.database().create(m_dir.filePath(QStringLiteral("empty.sqlite")));
        TimelinePage page;
        page.setDocument(&empty);
        page.resize(1200, 500);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QLabel *state = page.view()->emptyStateLabel();
        QVERIFY(state->isVisible());
        QVERIFY2(
            state->text().startsWith(QLatin1String("No initiative takes part in a phase yet: open "
                                                   "an initiative and add it to a phase")),
            qPrintable(state->text()));
        QVERIFY(state->text().contains(QLatin1String("All initiatives")));
        QVERIFY(page.view()->viewport()->rect().contains(state->geometry()));
        // The axis shows the months around today, not the year 2000.
        const double today = page.view()->xForDate(page.view()->today());
        QVERIFY2(today > TimelineView::NameWidth && today < page.view()->viewport()->width(),
            qPrintable(QString::number(today)));
        auto *rows = page.findChild<QComboBox *>(QStringLiteral("timelineRows"));
        QTest::keyClick(rows, Qt::Key_End);
        QCOMPARE(rows->currentText(), QStringLiteral("All initiatives"));
        QVERIFY(state->isVisible());
        QVERIFY2(
            state->text().contains(QLatin1String("no initiative yet")), qPrintable(state->text()));
        // In French too.
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        QTRY_VERIFY2(
            state->text().startsWith(QStringLiteral("Ce fichier n’a encore aucune initiative")),
            qPrintable(state->text()));
        QVERIFY(m_translations.install(QStringLiteral("en")));
        // With rows, it goes away.
        page.setDocument(m_doc.get());
        QCOMPARE(page.model()->rowCount(), 9);
        QVERIFY(!state->isVisible());
    }

    void aRefusedDragSaysWhyInTheStatusBar()
    {
        const std::unique_ptr<MainWindow> window = mainWindowOnTimeline();
        QVERIFY(window);
        MainWindow &w = *window;
        auto *page = qobject_cast<TimelinePage *>(w.workspaceWidget(MainWindow::Timeline));
        QVERIFY(page && page->isVisible());
        TimelineView *view = page->view();
        press(*page, "timelineFitAll");
        const int row = page->model()->rowOf(Query(w.document()->database(),
            QStringLiteral("SELECT id FROM initiative WHERE name = 'Vikidia'"))
                                                 .scalar()
                                                 .toLongLong());
        QVERIFY(row >= 0);
        const QRectF bar = view->barRect(row, { QDate(2022, 9, 1), QDate(2022, 11, 30) });
        const double ppd = view->scale().pixelsPerDay;
        // Out of the programme's Phase 2: refused, and the status bar says why.
        const QPoint middle = bar.center().toPoint();
        const QPoint target = middle + QPoint(int(20 * ppd), 0);
        QTest::mousePress(view->viewport(), Qt::LeftButton, Qt::NoModifier, middle);
        QTest::mouseMove(view->viewport(), middle + QPoint(int(5 * ppd), 0));
        QTest::mouseMove(view->viewport(), target);
        QTest::mouseRelease(view->viewport(), Qt::LeftButton, Qt::NoModifier, target);
        QVERIFY2(w.statusBar()->currentMessage().contains(QLatin1String("Phase 2")),
            qPrintable(w.statusBar()->currentMessage()));
        QCOMPARE(w.document()->undoStack().count(), 0);
    }

    // The Reports workspace, driven through its buttons: tst_reports.
};

QTEST_MAIN(TestTimeline)
#include "tst_timeline.moc"
