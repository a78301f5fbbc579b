// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/jurydecisionservice.h"
#include "core/services/juryranking.h"
#include "core/services/juryroom.h"
#include "core/services/juryservice.h"

#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <memory>

class QAction;
class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;
class QTimer;

namespace tremplin {

class DatabaseCommand;
class Document;

/// The room mode of a jury session: a full-screen window for the chair and the projector. The
/// projected part shows one application at a time in large, high-contrast type (black on white,
/// nothing told by colour alone): its summary, its scores by track and their spread, its rank
/// and combined score, the top of the running ranking and the places left. The control panel
/// (hidden with H; kept on the main screen when the projected part goes to a second screen)
/// holds the agenda in the chair's order (by rank, by disagreement first, by hand), the timer
/// and the buttons behind the keys. Decisions, recusals and sign-off go through the undo
/// commands on the document's undo stack; the ranking is computed in memory by
/// jury::computeRanking() from the session read once per change of the file.
class JuryRoomWindow : public QWidget
{
    Q_OBJECT
public:
    enum Order { ByRank, ByDisagreement, ByHand };

    JuryRoomWindow(Document &document, qint64 sessionId, QWidget *parent = nullptr);
    ~JuryRoomWindow() override;

    qint64 session() const { return m_session; }
    /// The agenda in the chair's order (initiative ids) and the item shown.
    QList<qint64> agenda() const { return m_agenda; }
    qint64 currentItem() const;
    int currentIndex() const { return m_current; }
    void setOrder(Order order);
    /// Seconds spent on an application (the running timer included).
    int secondsSpent(qint64 initiativeId) const;
    bool timerRunning() const { return m_running; }
    const jury::Ranking &ranking() const { return m_ranking; }

    QWidget *projection() const { return m_projection; }
    QWidget *controls() const { return m_controls; }
    QComboBox *orderCombo() const { return m_order; }
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *minutesButton() const { return m_minutes; }
    QPushButton *moveUpButton() const { return m_up; }
    QPushButton *moveDownButton() const { return m_down; }
    QPushButton *projectButton() const { return m_project; }
    QLabel *problemLabel() const { return m_problem; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *scoresLabel() const { return m_scores; }
    QLabel *placesLabel() const { return m_places; }
    QLabel *timerLabel() const { return m_timer; }

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reload();
    void rebuildAgenda();
    void showItem();
    void go(int step);
    void move(int step);
    void decide(JuryOutcome outcome);
    void recuse();
    void toggleTimer();
    void regainKeys();
    /// Pushes an undo command; shows the refusal.
    void push(std::unique_ptr<DatabaseCommand> command);
    void stopTimer();
    void togglePanel();
    void toggleProjection();
    void showProblem(const QString &message);
    void scaleFonts();
    void retranslateUi();
    QAction *addKeyAction(const QList<QKeySequence> &keys, void (*run)(JuryRoomWindow *));

    Document &m_document;
    qint64 m_session;
    JurySession m_settings;
    QList<JuryApplication> m_applications;
    QHash<qint64, QString> m_names;
    QHash<qint64, qint64> m_dossiers;
    QHash<qint64, RoomSummary> m_summaries;
    QHash<qint64, JuryDecision> m_decisions;
    QList<Recusal> m_recusals;
    QList<Juror> m_jurors;
    jury::Ranking m_ranking;
    QHash<qint64, int> m_rankRow;
    Order m_orderValue = ByRank;
    QList<qint64> m_agenda;
    int m_current = -1;
    QHash<qint64, int> m_seconds;
    bool m_running = false;
    QElapsedTimer m_clock;
    QTimer *m_tick;

    QWidget *m_projection;
    QLabel *m_heading;
    QLabel *m_places;
    QLabel *m_name;
    QLabel *m_facts;
    QLabel *m_description;
    QLabel *m_scores;
    QLabel *m_decision;
    QLabel *m_timer;
    QLabel *m_rankingTitle;
    QLabel *m_top;
    /// The projected part's own window on a second screen, when shown there.
    QPointer<QWidget> m_projectionWindow;

    QWidget *m_controls;
    QLabel *m_orderLabel;
    QComboBox *m_order;
    QListWidget *m_list;
    QPushButton *m_up;
    QPushButton *m_down;
    QLabel *m_keys;
    QLabel *m_timeNote;
    QLabel *m_problem;
    QPushButton *m_project;
    QPushButton *m_signOff;
    QPushButton *m_minutes;
    QPushButton *m_leave;
    QList<QAction *> m_keyActions;
};

} // namespace tremplin
