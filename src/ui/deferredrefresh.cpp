// SPDX-License-Identifier: GPL-3.0-or-later
#include "deferredrefresh.h"

#include <QElapsedTimer>
#include <QEvent>

namespace tremplin {

DeferredRefresh::DeferredRefresh(QWidget *owner, std::function<void()> refresh)
    : QObject(owner)
    , m_owner(owner)
    , m_refresh(std::move(refresh))
{
    m_timer.setSingleShot(true);
    connect(&m_timer, &QTimer::timeout, this, &DeferredRefresh::onTimeout);
}

bool DeferredRefresh::ownerHidden() const
{
    // A workspace of the main window that is not the current one waits until it is shown.
    return m_owner && m_owner->parentWidget() && !m_owner->isVisible();
}

void DeferredRefresh::request()
{
    if (m_afterPaint) {
        m_stale = true;
        return;
    }
    if (ownerHidden()) {
        m_stale = true;
        return;
    }
    if (m_lastCostMs > SlowRefreshMs) {
        m_timer.start(BurstPauseMs);
        return;
    }
    run();
}

void DeferredRefresh::requestAfterPause()
{
    if (ownerHidden()) {
        m_stale = true;
        return;
    }
    m_timer.start(TypingPauseMs);
}

void DeferredRefresh::onTimeout()
{
    // Hidden while it waited: it waits for the owner to be shown.
    if (ownerHidden()) {
        m_stale = true;
        return;
    }
    run();
}

void DeferredRefresh::requestAfterPaint()
{
    m_stale = true;
    if (m_afterPaint || !m_owner)
        return;
    m_afterPaint = true;
    m_owner->installEventFilter(this);
}

bool DeferredRefresh::eventFilter(QObject *watched, QEvent *event)
{
    if (m_afterPaint && watched == m_owner && event->type() == QEvent::Paint) {
        m_owner->removeEventFilter(this);
        // Once this paint is on screen.
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_afterPaint = false;
                flushIfStale();
            },
            Qt::QueuedConnection);
    }
    return QObject::eventFilter(watched, event);
}

void DeferredRefresh::flushIfStale()
{
    if (m_stale && !m_afterPaint)
        run();
}

void DeferredRefresh::flushAfterPaint()
{
    if (m_stale)
        requestAfterPaint();
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
