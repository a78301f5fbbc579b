// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace tremplin {

struct Juror;
struct Recusal;
struct RoomSummary;
class DatabaseCommand;
class Document;

/// What the room modes of a jury session (JuryRoomWindow) and of a committee
/// (CommitteeRoomWindow) share: a full-screen window split into the projected part (black on
/// white whatever the desktop's theme, type sized from the projected height, on its own window
/// on a second screen when there is one) and the chair's control panel (the agenda, Move Up and
/// Move Down, the keys, the refusals, Leave Room Mode; H hides it). The agenda is a list of
/// initiative ids walked with → / Page Down and ← / Page Up; T starts and stops a timer per
/// item, whose time the subclass stores (storeSeconds()) when it stops; R asks for a recusal;
/// Ctrl+Z and Ctrl+Shift+Z undo and redo on the document; Esc leaves.
class RoomWindow : public QWidget
{
    Q_OBJECT
public:
    ~RoomWindow() override;

    /// The agenda in the chair's order (initiative ids) and the item shown.
    QList<qint64> agenda() const { return m_agenda; }
    qint64 currentItem() const;
    int currentIndex() const { return m_current; }
    /// Seconds spent on an item (the running timer included).
    int secondsSpent(qint64 initiativeId) const;
    bool timerRunning() const { return m_running; }

    QWidget *projection() const { return m_projection; }
    QWidget *controls() const { return m_controls; }
    QListWidget *agendaList() const { return m_list; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }
    QPushButton *projectButton() const { return m_project; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *timerLabel() const { return m_timer; }

protected:
    RoomWindow(Document &document, QWidget *parent);

    /// A label of the projected part and its size in tenths of the room's base size.
    struct ScaledLabel
    {
        QLabel *label;
        int tenths;
        bool bold;
    };
    /// Lays the control panel out: @p top above the agenda, @p bottom between Project and
    /// Leave; and the window: the projected part (laid out by the subclass) beside the panel.
    void buildPanel(const QList<QWidget *> &top, const QList<QWidget *> &bottom);
    void setScaledLabels(const QList<ScaledLabel> &labels);
    /// A key of the room: a shortcut of the window and of the projected part's own window.
    QAction *addKeyAction(const QList<QKeySequence> &keys, std::function<void()> run);

    /// Replaces the agenda, keeping the item shown when it is still there, and shows it.
    void setAgenda(const QList<qint64> &ids);
    void go(int step);
    /// Pushes an undo command; shows the refusal.
    bool push(std::unique_ptr<DatabaseCommand> command);
    void showProblem(const QString &message);
    /// Takes the focus back from a dialog just closed (the keys are this window's shortcuts).
    void regainKeys();
    void stopTimer();
    /// The time line of the projected part for @p initiativeId.
    QString timerText(qint64 initiativeId) const;
    /// Time kept for an item, as read from the file (the timer adds to it).
    void setSecondsSpent(qint64 initiativeId, int seconds)
    {
        m_seconds.insert(initiativeId, seconds);
    }

    /// Calls @p reload whenever a write touches one of @p tables.
    void reloadOn(const QList<QLatin1String> &tables, std::function<void()> reload);
    /// Asks which of @p members leaves the room for the current item (those already out are
    /// not offered) and records it with RecordRecusalCommand. @p question replaces the jury's.
    void askRecusal(qint64 committeeId, const QString &item, const QList<Juror> &members,
        const QList<Recusal> &recusals, const QString &question = {});
    /// "Out of the room: …" for an item; empty when nobody left.
    static QString recusedText(const QList<Recusal> &recusals, qint64 initiativeId);
    /// A long text cut to what the projected part holds.
    static QString shortened(const QString &text);
    /// An item's one-liner and description, shortened.
    static QString summaryText(const RoomSummary &summary);

    /// The agenda list's line for an item at @p index.
    virtual QString itemText(int index, qint64 initiativeId) const = 0;
    /// Shows the current item in the projected part.
    virtual void showItem() = 0;
    /// Moves the current item by @p step in the agenda (Move Up, Move Down).
    virtual void move(int step) = 0;
    virtual void recuse() = 0;
    /// Keeps the time spent on an item; may throw tremplin::Error (shown).
    virtual void storeSeconds(qint64 initiativeId, int seconds) = 0;
    virtual void retranslateUi();

    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

    Document &m_document;
    QWidget *m_projection;
    QLabel *m_timer;
    QWidget *m_controls;
    QLabel *m_keys;
    QLabel *m_timeNote;

private:
    void toggleTimer();
    void togglePanel();
    void toggleProjection();
    void scaleFonts();
    void updateMoves();

    QList<qint64> m_agenda;
    int m_current = -1;
    QHash<qint64, int> m_seconds;
    bool m_running = false;
    QElapsedTimer m_clock;
    QTimer *m_tick;
    QList<ScaledLabel> m_scaled;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_problem;
    QPushButton *m_project;
    QPushButton *m_leave;
    QList<QAction *> m_keyActions;
    /// The projected part's own window on a second screen, when shown there.
    QPointer<QWidget> m_projectionWindow;
};

} // namespace tremplin
