// SPDX-License-Identifier: GPL-3.0-or-later
#include "uibenchmark.h"

#include "../charts/grantchart.h"
#include "../document.h"
#include "../grants/grantspage.h"
#include "../initiatives/initiativeform.h"
#include "../initiatives/initiativespage.h"
#include "../mainwindow.h"
#include "../timeline/timelinemodel.h"
#include "../timeline/timelinepage.h"
#include "../timeline/timelineview.h"
#include "../workspaces/overviewpage.h"
#include "framewatch.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QLineEdit>
#include <QListWidget>
#include <QMouseEvent>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>
#include <cmath>

namespace tremplin {

namespace {

double percentile(QList<double> values, double p)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const int i = std::clamp(int(std::ceil(p * values.size())) - 1, 0, int(values.size()) - 1);
    return values.at(i);
}

/// The timeline's month zoom: about 3 pixels a day.
void zoomToMonths(TimelineView *view)
{
    view->fitAll();
    for (int i = 0; i < 40 && std::abs(view->scale().pixelsPerDay - 3.0) > 0.5; ++i)
        view->scale().pixelsPerDay < 3.0 ? view->zoomIn() : view->zoomOut();
}

const char *const startupMethod = "from the start of main() (warm file cache), offscreen";
const char *const frameMethod
    = "real mouse or key event to the end of the frame that paints the result";
const int keyTimeoutMs = 30000;
const int workspaceTimeoutMs = 300000;
/// How long after a workspace has filled in its stalls are still counted.
const int stallWindowMs = 1500;

} // namespace

UiBenchmark::UiBenchmark(MainWindow &window, const QElapsedTimer &clock, UiBenchmarkOptions options)
    : m_window(window)
    , m_clock(clock)
    , m_options(std::move(options))
    , m_frames(new FrameWatch(clock, this))
{
    // Installed before the window is shown: the first frames are the start-up figures.
    m_frames->watch([this](const QWidget *w) { return w->window() == &m_window; });
    auto *overview = static_cast<OverviewPage *>(m_window.workspaceWidget(MainWindow::Overview));
    m_frames->add(
        [overview](const QWidget *w) { return w == overview || overview->isAncestorOf(w); },
        [overview] { return overview->summary().initiatives > 0; });
    Database *db = &m_window.document()->database();
    connect(db, &Database::integrityChecked, this, [this](const QStringList &problems) {
        if (problems.isEmpty())
            m_writableAt = m_clock.nsecsElapsed();
    });
}

UiBenchmark::~UiBenchmark() = default;

void UiBenchmark::run()
{
    measureStartup();
    save();
    if (!m_options.startupOnly) {
        for (auto step : { &UiBenchmark::measureTimeline, &UiBenchmark::measureGrantsOpen,
                 &UiBenchmark::measureSearch, &UiBenchmark::measureFormOpen,
                 &UiBenchmark::measureFormTyping, &UiBenchmark::measureCharts }) {
            (this->*step)();
            save();
        }
    }
    QCoreApplication::exit(0);
}

void UiBenchmark::measureStartup()
{
    const QString method = QString::fromLatin1(startupMethod);
    const QString notReached
        = QStringLiteral("not reached within %1 s").arg(m_options.timeoutMs / 1000);
    if (waitUntil([this] { return m_frames->done(0); }, m_options.timeoutMs))
        add(QStringLiteral("first_paint"), double(m_frames->doneAt(0)) / 1e6, QStringLiteral("ms"),
            method + QStringLiteral(" to the main window's first frame"));
    else
        addMissing(QStringLiteral("first_paint"), QStringLiteral("ms"), notReached);
    if (waitUntil([this] { return m_frames->done(1); }, m_options.timeoutMs))
        add(QStringLiteral("totals_shown"), double(m_frames->doneAt(1)) / 1e6, QStringLiteral("ms"),
            method + QStringLiteral(" to the first frame showing the overview's totals"));
    else
        addMissing(QStringLiteral("totals_shown"), QStringLiteral("ms"), notReached);
    // A file that had to be upgraded was checked in the foreground while it opened: no
    // background check follows, and it is writable as soon as it is open.
    if (m_writableAt < 0
        && m_window.document()->database().integrity() == Database::Integrity::Sound)
        m_writableAt = m_clock.nsecsElapsed();
    if (waitUntil([this] { return m_writableAt >= 0; }, m_options.timeoutMs))
        add(QStringLiteral("writable"), double(m_writableAt) / 1e6, QStringLiteral("ms"),
            method + QStringLiteral(" to the background integrity check passed (writes allowed)"));
    else
        addMissing(QStringLiteral("writable"), QStringLiteral("ms"),
            notReached + QStringLiteral(" (or the check failed)"));
}

void UiBenchmark::measureTimeline()
{
    const QString unit = QStringLiteral("ms");
    const QStringList names = { QStringLiteral("timeline_viewport_paint"),
        QStringLiteral("timeline_viewport_paint_cold"), QStringLiteral("timeline_page_scroll") };
    if (showWorkspace(MainWindow::Timeline) < 0) {
        for (const QString &name : names)
            addMissing(name, unit, QStringLiteral("the Timeline workspace was not painted"));
        return;
    }
    TimelinePage *page = m_window.timelinePage();
    // Every initiative, whatever row choice the user made: the worst case, at month zoom.
    page->model()->setRowScope(TimelineRows::All);
    TimelineView *view = page->view();
    zoomToMonths(view);
    idle(m_options.wordPauseMs);
    QScrollBar *bar = view->verticalScrollBar();
    QWidget *viewport = view->viewport();
    auto timed = [&](const std::function<void()> &action) {
        m_frames->watch(viewport);
        const qint64 start = m_clock.nsecsElapsed();
        action();
        return m_frames->wait(workspaceTimeoutMs) ? double(m_frames->doneAt() - start) / 1e6 : -1.0;
    };
    // Cold: jumps to rows never shown, spread over the whole list (golden-ratio steps).
    QList<double> cold, warm, pages;
    const int range = bar->maximum() - bar->minimum();
    for (int k = 1; k <= 20 && range > 0; ++k)
        cold << timed(
            [&] { bar->setValue(bar->minimum() + int(std::fmod(k * 0.6180339887, 1.0) * range)); });
    for (int k = 0; k < 20; ++k)
        warm << timed([&] { viewport->update(); });
    bar->setValue(bar->minimum());
    idle(0);
    for (int k = 0; k < 15 && bar->value() < bar->maximum(); ++k)
        pages << timed([&] { bar->setValue(bar->value() + bar->pageStep()); });
    const QString method = QStringLiteral("median; rows: every initiative, month zoom; ");
    add(names.at(0), percentile(warm, 0.5), unit,
        method + QStringLiteral("repaint of the viewport already shown"), int(warm.size()));
    if (cold.isEmpty())
        addMissing(names.at(1), unit,
            QStringLiteral("every row fits in one screen: there are no unseen rows to scroll to"));
    else
        add(names.at(1), percentile(cold, 0.5), unit,
            method + QStringLiteral("scroll-bar jump to rows never shown, to the end of its frame"),
            int(cold.size()));
    if (pages.isEmpty())
        addMissing(names.at(2), unit, QStringLiteral("every row fits in one screen"));
    else
        add(names.at(2), percentile(pages, 0.5), unit,
            method + QStringLiteral("one page down, to the end of its frame"), int(pages.size()));
    add(QStringLiteral("timeline_rows"), page->model()->rowCount(), QStringLiteral("rows"),
        QStringLiteral("rows of the timeline"));
}

void UiBenchmark::measureGrantsOpen()
{
    // The first switch to the workspace, the one that loads it, until its dashboard is shown,
    // until the ledger's first page is shown, and the event loop's worst stall meanwhile and
    // for a while after (the user clicks and types while the workspace fills in).
    GrantsPage *grants = m_window.grantsPage();
    const QAbstractItemModel *ledger = grants->ledgerView()->model();
    const QWidget *ledgerViewport = grants->ledgerView()->viewport();
    int ledgerWatch = -1;
    StallWatch stalls(m_clock);
    stalls.start();
    const double opened = showWorkspace(
        MainWindow::Grants,
        [grants] { return !grants->dashboardValue(QStringLiteral("committed")).isEmpty(); },
        [&] {
            ledgerWatch
                = m_frames->add([ledgerViewport](const QWidget *w) { return w == ledgerViewport; },
                    [ledger] { return ledger->rowCount() > 0; });
        });
    const qint64 clickedAt = m_clickedAt;
    const QString ms = QStringLiteral("ms");
    const QString first = QStringLiteral("grants_ledger_first_page");
    const QString stall = QStringLiteral("grants_open_worst_stall");
    if (opened < 0) {
        for (const QString &name : { QStringLiteral("grants_open"), first, stall })
            addMissing(name, ms, QStringLiteral("the Grants dashboard was not painted"));
        return;
    }
    add(QStringLiteral("grants_open"), opened, ms,
        QString::fromLatin1(frameMethod)
            + QStringLiteral(": click on Grants in the navigation, first time, to its dashboard "
                             "painted"));
    if (waitUntil([&] { return m_frames->done(ledgerWatch); }, workspaceTimeoutMs))
        add(first, double(m_frames->doneAt(ledgerWatch) - clickedAt) / 1e6, ms,
            QString::fromLatin1(frameMethod)
                + QStringLiteral(": click on Grants in the navigation, first time, to the frame "
                                 "that shows the ledger's first rows"));
    else
        addMissing(first, ms, QStringLiteral("the ledger showed no row"));
    idle(stallWindowMs);
    stalls.stop();
    add(stall, stalls.worstMs(), ms,
        QStringLiteral("longest the event loop was held (a %1 ms timer's widest gap), from the "
                       "click on Grants to %2 ms after the ledger's first page")
            .arg(StallWatch::TickMs)
            .arg(stallWindowMs));
}

void UiBenchmark::measureSearch()
{
    const QString prefix = QStringLiteral("search_keystroke");
    if (showWorkspace(MainWindow::Initiatives) < 0) {
        addPercentiles(prefix, {}, {}, 0, QString());
        return;
    }
    InitiativesPage *page = m_window.initiativesPage();
    page->findAction()->trigger(); // Ctrl+F
    int missed = 0;
    QList<double> processing;
    const QList<double> latencies = type(page->searchField(),
        { QStringLiteral("democratie"), QStringLiteral("solidaire"),
            QStringLiteral("atelier paris"), QStringLiteral("association 42"),
            QStringLiteral("jardin partage"), QStringLiteral("numerique") },
        true, &processing, &missed);
    addPercentiles(prefix, latencies, processing, missed,
        QStringLiteral("search field of the Initiatives list with the Timeline and Grants "
                       "workspaces shown before; each word "
                       "typed then erased with Backspace"));
}

void UiBenchmark::measureFormOpen()
{
    InitiativesPage *page = m_window.initiativesPage();
    QTableView *view = page->view();
    const int rows = view->model()->rowCount();
    QList<double> opens;
    for (int k = 0; k < m_options.formOpens && rows > 0; ++k) {
        // An initiative not opened before, spread over the list; Enter on it, as a user does.
        view->setFocus();
        view->setCurrentIndex(view->model()->index(int((k + 0.5) * rows / m_options.formOpens), 0));
        idle(0);
        m_frames->watch([](const QWidget *w) {
            return qobject_cast<const InitiativeForm *>(w->window()) != nullptr;
        });
        const qint64 start = m_clock.nsecsElapsed();
        sendKey(view, Qt::Key_Return, QStringLiteral("\r"));
        if (!m_frames->wait(workspaceTimeoutMs))
            break;
        opens << double(m_frames->doneAt() - start) / 1e6;
        if (k + 1 < m_options.formOpens) {
            for (InitiativeForm *form : page->findChildren<InitiativeForm *>())
                form->close();
        }
        idle(m_options.wordPauseMs);
    }
    if (opens.size() < m_options.formOpens)
        addMissing(QStringLiteral("form_open"), QStringLiteral("ms"),
            rows == 0 ? QStringLiteral("the list is empty")
                      : QStringLiteral("a form was not painted"));
    else
        add(QStringLiteral("form_open"), percentile(opens, 0.5), QStringLiteral("ms"),
            QStringLiteral("median; Enter on a row of the Initiatives list (a different initiative "
                           "each time) to the end of the "
                           "form's first frame"),
            int(opens.size()));
}

void UiBenchmark::measureFormTyping()
{
    const QString prefix = QStringLiteral("form_keystroke");
    const QList<InitiativeForm *> forms
        = m_window.initiativesPage()->findChildren<InitiativeForm *>();
    QWidget *field = forms.isEmpty()
        ? nullptr
        : forms.constFirst()->findChild<QPlainTextEdit *>(QStringLiteral("descriptionEdit"));
    if (!field) {
        addPercentiles(prefix, {}, {}, 0, QString());
        return;
    }
    // Bring the field's tab forward, as the user would click it.
    for (QWidget *w = field; w && w->parentWidget(); w = w->parentWidget()) {
        if (auto *tabs = qobject_cast<QTabWidget *>(w->parentWidget()->parentWidget()))
            tabs->setCurrentWidget(w);
    }
    field->setFocus();
    idle(m_options.wordPauseMs);
    int missed = 0;
    QList<double> processing;
    const QList<double> latencies = type(field,
        { QStringLiteral("Atelier "), QStringLiteral("de "), QStringLiteral("reparation "),
            QStringLiteral("solidaire "), QStringLiteral("ouvert "), QStringLiteral("aux "),
            QStringLiteral("habitants "), QStringLiteral("du "), QStringLiteral("quartier. ") },
        false, &processing, &missed);
    addPercentiles(prefix, latencies, processing, missed,
        QStringLiteral("description field of an open initiative form, words typed in bursts"));
    for (InitiativeForm *form : forms)
        form->close();
    idle(m_options.wordPauseMs);
}

void UiBenchmark::measureCharts()
{
    // Each grants chart: aggregation and drawing as the user sees them.
    GrantChart chart;
    chart.resize(900, 560);
    chart.show();
    chart.setDatabase(&m_window.document()->database());
    static const char *const names[] = { "cumulative", "per_period", "per_initiative",
        "per_funding_source", "per_need_kind", "per_theme" };
    for (int k = 0; k < GrantChart::KindCount; ++k) {
        qint64 start = m_clock.nsecsElapsed();
        chart.setKind(GrantChart::Kind(k));
        const double update = elapsedMs(start);
        start = m_clock.nsecsElapsed();
        chart.grab();
        const double render = elapsedMs(start);
        add(QStringLiteral("chart_%1_update").arg(QLatin1String(names[k])), update,
            QStringLiteral("ms"), QStringLiteral("one run: the chart's data read for its kind"));
        add(QStringLiteral("chart_%1_render").arg(QLatin1String(names[k])), render,
            QStringLiteral("ms"), QStringLiteral("one run: the chart drawn into a picture"));
    }
}

double UiBenchmark::showWorkspace(
    int workspace, const std::function<bool()> &ready, const std::function<void()> &alsoWatch)
{
    auto *navigation = m_window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QWidget *page = m_window.workspaceWidget(MainWindow::Workspace(workspace));
    if (!navigation || !page)
        return -1;
    const QPoint at = navigation->visualItemRect(navigation->item(workspace)).center();
    QWidget *target = navigation->viewport();
    m_frames->watch(page, ready);
    if (alsoWatch)
        alsoWatch();
    const qint64 start = m_clock.nsecsElapsed();
    m_clickedAt = start;
    for (QEvent::Type type : { QEvent::MouseButtonPress, QEvent::MouseButtonRelease }) {
        QMouseEvent click(type, at, target->mapToGlobal(at), Qt::LeftButton,
            type == QEvent::MouseButtonPress ? Qt::LeftButton : Qt::NoButton, Qt::NoModifier);
        QCoreApplication::sendEvent(target, &click);
    }
    return m_frames->wait(workspaceTimeoutMs) ? double(m_frames->doneAt() - start) / 1e6 : -1;
}

QList<double> UiBenchmark::type(QWidget *field, const QStringList &words, bool eraseEachWord,
    QList<double> *processing, int *missed)
{
    QList<double> latencies;
    qint64 planned = m_clock.nsecsElapsed();
    const qint64 interval = qint64(m_options.keyIntervalMs) * 1000000;
    const qint64 pause = qint64(m_options.wordPauseMs) * 1000000;
    for (int w = 0; latencies.size() + *missed < m_options.minSamples; ++w) {
        const QString word = words.at(w % words.size());
        QList<QPair<int, QString>> keys;
        for (const QChar c : word)
            keys.append({ c == QLatin1Char(' ') ? int(Qt::Key_Space) : int(c.toUpper().unicode()),
                QString(c) });
        for (int i = 0; eraseEachWord && i < word.size(); ++i)
            keys.append({ int(Qt::Key_Backspace), QString(QChar(8)) });
        // A burst: the first key after a pause, the next ones at the typing interval; a key
        // planned while the window is still busy waits, and its latency counts the wait.
        planned = std::max(planned + pause, m_clock.nsecsElapsed());
        for (const auto &key : std::as_const(keys)) {
            const qint64 now = m_clock.nsecsElapsed();
            if (interval == 0) // a quick run: each key as soon as the previous one is shown
                planned = now;
            if (planned > now)
                idle(int((planned - now) / 1000000));
            m_frames->watch(field);
            const qint64 sent = m_clock.nsecsElapsed();
            sendKey(field, key.first, key.second);
            if (m_frames->wait(keyTimeoutMs)) {
                latencies << double(m_frames->doneAt() - planned) / 1e6;
                processing->append(double(m_frames->doneAt() - sent) / 1e6);
            } else {
                ++*missed;
            }
            planned += interval;
        }
    }
    return latencies;
}

void UiBenchmark::sendKey(QWidget *widget, int key, const QString &text)
{
    QKeyEvent press(QEvent::KeyPress, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &press);
    QKeyEvent release(QEvent::KeyRelease, key, Qt::NoModifier, text);
    QCoreApplication::sendEvent(widget, &release);
}

double UiBenchmark::elapsedMs(qint64 fromNs) const
{
    return double(m_clock.nsecsElapsed() - fromNs) / 1e6;
}

void UiBenchmark::add(
    const QString &name, double value, const QString &unit, const QString &method, int samples)
{
    m_results.append(QJsonObject { { QStringLiteral("name"), name },
        { QStringLiteral("value"), value }, { QStringLiteral("unit"), unit },
        { QStringLiteral("method"), method }, { QStringLiteral("samples"), samples } });
}

void UiBenchmark::addMissing(const QString &name, const QString &unit, const QString &reason)
{
    m_results.append(
        QJsonObject { { QStringLiteral("name"), name }, { QStringLiteral("value"), QJsonValue() },
            { QStringLiteral("unit"), unit }, { QStringLiteral("reason"), reason } });
}

void UiBenchmark::addPercentiles(const QString &prefix, const QList<double> &latencies,
    const QList<double> &processing, int missed, const QString &method)
{
    const QString unit = QStringLiteral("ms");
    const QStringList names = { prefix + QStringLiteral("_median"), prefix + QStringLiteral("_p95"),
        prefix + QStringLiteral("_processing_p95") };
    if (latencies.size() < m_options.minSamples || missed > 0) {
        const QString reason = latencies.isEmpty() && missed == 0
            ? QStringLiteral("the field to type in was not shown")
            : QStringLiteral("%1 of %2 keystrokes were never repainted")
                  .arg(missed)
                  .arg(missed + latencies.size());
        for (const QString &name : names)
            addMissing(name, unit, reason);
        return;
    }
    const QString cadence = QStringLiteral("; keys every %1 ms in a word, %2 ms between words; %3")
                                .arg(m_options.keyIntervalMs)
                                .arg(m_options.wordPauseMs)
                                .arg(QLatin1String(frameMethod));
    const QString planned
        = QStringLiteral(" (from the key's planned time, so a busy window's wait counts)");
    const int n = int(latencies.size());
    add(names.at(0), percentile(latencies, 0.5), unit, method + cadence + planned, n);
    add(names.at(1), percentile(latencies, 0.95), unit, method + cadence + planned, n);
    add(names.at(2), percentile(processing, 0.95), unit,
        method + cadence
            + QStringLiteral(
                " (from the key's delivery: the window's own work per key, without the wait)"),
        n);
}

void UiBenchmark::save() const
{
    QFile out(m_options.output);
    if (out.open(QIODevice::WriteOnly))
        out.write(QJsonDocument(m_results).toJson());
}

} // namespace tremplin
