// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>
#include <QTimer>
#include <QWidget>

#include <functional>

namespace tremplin {

/// How a workspace follows the database's changes without slowing the user down on a large
/// programme: a workspace that is not on screen only notes that it is stale and refreshes when
/// shown; one on screen refreshes at once when that is cheap, and after a pause in the changes
/// (a burst of typing in a form) when its last refresh took long.
class DeferredRefresh : public QObject
{
    Q_OBJECT
public:
    DeferredRefresh(QWidget *owner, std::function<void()> refresh);

    /// The data changed.
    void request();
    /// The data changed, and the owner is opening: refresh right after its next paint (a
    /// workspace paints its cheap parts first); a hidden owner refreshes after it is shown and
    /// painted.
    void requestAfterPaint();
    /// The owner was shown: refresh if a change came while it was hidden.
    void flushIfStale();
    /// Refreshes now.
    void run();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QPointer<QWidget> m_owner;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_stale = false;
    bool m_afterPaint = false; ///< a refresh waits for the owner's first paint
    qint64 m_lastCostMs = 0;
};

} // namespace tremplin
