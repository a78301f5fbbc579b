// SPDX-License-Identifier: GPL-3.0-or-later
#include "framewatch.h"

#include <QCoreApplication>
#include <QEvent>
#include <QEventLoop>
#include <QTimer>
#include <QTimerEvent>
#include <QWidget>
#include <algorithm>

namespace tremplin {

FrameWatch::FrameWatch(const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{
    QCoreApplication::instance()->installEventFilter(this);
}

FrameWatch::~FrameWatch()
{
    QCoreApplication::instance()->removeEventFilter(this);
}

int FrameWatch::watch(WidgetTest painted, std::function<bool()> ready)
{
    m_watches.clear();
    return add(std::move(painted), std::move(ready));
}

int FrameWatch::add(WidgetTest painted, std::function<bool()> ready)
{
    m_watches.append({ std::move(painted), std::move(ready) });
    return int(m_watches.size()) - 1;
}

int FrameWatch::watch(const QWidget *widget, std::function<bool()> ready)
{
    return watch([widget](const QWidget *w) { return w == widget || widget->isAncestorOf(w); },
        std::move(ready));
}

bool FrameWatch::wait(int timeoutMs)
{
    return waitUntil([this] { return done(); }, timeoutMs);
}

bool FrameWatch::eventFilter(QObject *watched, QEvent *event)
{
    const QEvent::Type type = event->type();
    if (type == QEvent::Paint) {
        for (Watch &w : m_watches) {
            if (w.doneAt < 0 && watched->isWidgetType()
                && w.painted(static_cast<QWidget *>(watched)))
                w.targetPainted = true;
        }
        return false;
    }
    if (m_inFrame || (type != QEvent::UpdateRequest && type != QEvent::Expose))
        return false;
    // Deliver the update ourselves, so that its end (painting and flushing) can be timed.
    m_inFrame = true;
    QCoreApplication::sendEvent(watched, event);
    m_inFrame = false;
    const qint64 now = m_clock.nsecsElapsed();
    for (Watch &w : m_watches) {
        if (w.targetPainted && w.doneAt < 0) {
            if (!w.ready || w.ready())
                w.doneAt = now;
            else
                w.targetPainted = false;
        }
    }
    return true;
}

StallWatch::StallWatch(const QElapsedTimer &clock, QObject *parent)
    : QObject(parent)
    , m_clock(clock)
{ }

void StallWatch::start()
{
    stop();
    m_worstNs = 0;
    m_lastTick = m_clock.nsecsElapsed();
    m_timer = startTimer(TickMs, Qt::PreciseTimer);
}

void StallWatch::stop()
{
    if (m_timer)
        killTimer(m_timer);
    m_timer = 0;
}

void StallWatch::timerEvent(QTimerEvent *event)
{
    if (event->timerId() != m_timer)
        return QObject::timerEvent(event);
    const qint64 now = m_clock.nsecsElapsed();
    m_worstNs = std::max(m_worstNs, now - m_lastTick - qint64(TickMs) * 1000000);
    m_lastTick = now;
}

bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    if (condition())
        return true;
    QEventLoop loop;
    QTimer poll;
    poll.setInterval(1);
    QObject::connect(&poll, &QTimer::timeout, &loop, [&] {
        if (condition())
            loop.quit();
    });
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    poll.start();
    loop.exec();
    return condition();
}

void idle(int ms)
{
    if (ms <= 0) {
        QCoreApplication::processEvents();
        return;
    }
    QEventLoop loop;
    QTimer::singleShot(ms, Qt::PreciseTimer, &loop, &QEventLoop::quit);
    loop.exec();
}

} // namespace tremplin
