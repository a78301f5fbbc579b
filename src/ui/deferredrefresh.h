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
/// (a burst of typing in a form) when its last refresh took long. A filter being typed
/// elsewhere (requestAfterPause()) never refreshes inside the keystroke.
class DeferredRefresh : public QObject
{
    Q_OBJECT
public:
    /// A refresh slower than this is not repeated at every change.
    static constexpr qint64 SlowRefreshMs = 40;
    /// After a slow refresh, the next one waits for this pause in the changes.
    static constexpr int BurstPauseMs = 350;
    /// A filter change waits for this pause in the typing (one frame every few keystrokes).
    static constexpr int TypingPauseMs = 150;

    DeferredRefresh(QWidget *owner, std::function<void()> refresh);

    /// The data changed.
    void request();
    /// What to show changed (a keystroke in a search field): refresh after TypingPauseMs
    /// without another request, never now; a hidden owner waits until shown.
    void requestAfterPause();
    /// The data changed, and the owner is opening: refresh right after its next paint (a
    /// workspace paints its cheap parts first); a hidden owner refreshes after it is shown and
    /// painted.
    void requestAfterPaint();
    /// The owner was shown: refresh if a change came while it was hidden.
    void flushIfStale();
    /// The owner was shown: if a change came while it was hidden, refresh right after its next
    /// paint (a tab whose read is long is painted first).
    void flushAfterPaint();
    /// Refreshes now.
    void run();
    /// A refresh is waiting for a pause.
    bool isPending() const { return m_timer.isActive(); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    bool ownerHidden() const;
    void onTimeout();

    QPointer<QWidget> m_owner;
    std::function<void()> m_refresh;
    QTimer m_timer;
    bool m_stale = false;
    bool m_afterPaint = false; ///< a refresh waits for the owner's first paint
    qint64 m_lastCostMs = 0;
};

} // namespace tremplin
