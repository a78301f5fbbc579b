// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredrefresh.h"

#include <QElapsedTimer>

namespace tremplin {

namespace {
/// A refresh slower than this is not repeated at every keystroke.
constexpr qint64 SlowRefreshMs = 40;
constexpr int PauseMs = 350;
} // namespace

DeferredRefresh::DeferredRefresh(QWidget *owner, std::function<void()> refresh)
    : QObject(owner)
    , m_owner(owner)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    m_timer.setInterval(PauseMs);
    connect(&m_timer, &QTimer::timeout, this, &DeferredRefresh::run);
}

void DeferredRefresh::request()
{
    if (m_afterPaint)
        return;
    // A workspace of the main window that is not the current one waits until it is shown.
    if (m_owner && m_owner->parentWidget() && !m_owner->isVisible()) {
        m_stale = true;
        return;
    }
    if (m_lastCostMs > SlowRefreshMs) {
        m_timer.start();
        return;
    }
    run();
}

void DeferredRefresh::requestAfterPaint()
{
    m_stale = true;
    m_afterPaint = true;
    // Queued behind the paint events the opening posted.
    QTimer::singleShot(0, this, [this] {
        m_afterPaint = false;
        if (!m_owner || m_owner->isVisible())
            flushIfStale();
    });
}

void DeferredRefresh::flushIfStale()
{
    if (m_stale)
        run();
}

void DeferredRefresh::run()
{
    m_timer.stop();
    m_stale = false;
    QElapsedTimer t;
    t.start();
    m_refresh();
    m_lastCostMs = t.elapsed();
}

} // namespace tremplin
