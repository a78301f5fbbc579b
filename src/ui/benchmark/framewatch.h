// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <functional>

class QWidget;

namespace tremplin {

/// Tells when a frame that paints a chosen widget has been drawn, as the user sees it: the
/// time is taken when the window's whole update (every dirty widget painted and flushed) has
/// returned, not when the first paint event starts. Installed on the application, it wraps the
/// window update events (UpdateRequest, Expose) that Qt's repaint manager paints in.
class FrameWatch : public QObject
{
public:
    using WidgetTest = std::function<bool(const QWidget *)>;

    explicit FrameWatch(const QElapsedTimer &clock, QObject *parent = nullptr);
    ~FrameWatch() override;

    /// Waits for the next frame that paints a widget for which @p painted is true and after
    /// which @p ready (when given) holds; forgets earlier watches. Returns the watch's number.
    int watch(WidgetTest painted, std::function<bool()> ready = {});
    /// Watches @p widget and its children.
    int watch(const QWidget *widget, std::function<bool()> ready = {});
    /// Adds a watch beside the current ones (frames that come in quick succession).
    int add(WidgetTest painted, std::function<bool()> ready = {});
    bool done(int watch = 0) const { return doneAt(watch) >= 0; }
    /// The clock's time, in nanoseconds, at which the watched frame ended; -1 before.
    qint64 doneAt(int watch = 0) const { return m_watches.value(watch).doneAt; }

    /// Processes events until the first watch's frame has been drawn or @p timeoutMs passed;
    /// true if it was drawn.
    bool wait(int timeoutMs);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    const QElapsedTimer &m_clock;
    struct Watch
    {
        WidgetTest painted;
        std::function<bool()> ready;
        bool targetPainted = false;
        qint64 doneAt = -1;
    };
    QList<Watch> m_watches;
    bool m_inFrame = false;
};

/// The longest time the event loop stayed busy (one event, timer or paint holding it) while
/// started: a timer asks to tick every TickMs; the widest gap between its ticks, less TickMs, is
/// the worst stall a user typing or clicking would have felt.
class StallWatch : public QObject
{
public:
    static constexpr int TickMs = 2;

    explicit StallWatch(const QElapsedTimer &clock, QObject *parent = nullptr);
    void start();
    void stop();
    /// The worst stall since start(), in milliseconds.
    double worstMs() const { return double(m_worstNs) / 1e6; }

protected:
    void timerEvent(QTimerEvent *event) override;

private:
    const QElapsedTimer &m_clock;
    int m_timer = 0;
    qint64 m_lastTick = 0;
    qint64 m_worstNs = 0;
};

/// Processes events, sleeping in the event loop rather than spinning, until @p condition holds
/// or @p timeoutMs passed; returns the condition.
bool waitUntil(const std::function<bool()> &condition, int timeoutMs);
/// Runs the event loop for @p ms milliseconds (timers such as deferred refreshes fire).
void idle(int ms);

} // namespace tremplin
