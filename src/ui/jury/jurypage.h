// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QAction;
class QTabWidget;

namespace tremplin {

class Document;
class JuryApplicationsTab;
class JuryProgressTab;
class JuryRankingTab;
class JuryRoomWindow;
class JuryScoringTab;
class JurySetupTab;
class JuryTab;

/// The Jury workspace: the jury sessions of the programme (a session is a committee of kind
/// "selection"), chosen at the top, and for the one chosen its applications, set-up, scoring,
/// progress and ranking, one tab each. Every edit is undoable.
class JuryPage : public QWidget
{
    Q_OBJECT
public:
    enum Tab { Applications, Setup, Scoring, Progress, Ranking };

    explicit JuryPage(QWidget *parent = nullptr);
    ~JuryPage() override;

    void setDocument(Document *document);
    /// Shows a session (0: none) in every tab.
    void showSession(qint64 sessionId);
    qint64 currentSession() const;

    QComboBox *sessionCombo() const { return m_sessions; }
    QTabWidget *tabs() const { return m_tabs; }
    QLabel *problemLabel() const { return m_problem; }
    JuryApplicationsTab *applicationsTab() const { return m_applications; }
    JurySetupTab *setupTab() const { return m_setup; }
    JuryScoringTab *scoringTab() const { return m_scoring; }
    JuryProgressTab *progressTab() const { return m_progress; }
    JuryRankingTab *rankingTab() const { return m_ranking; }
    /// Room Mode (F11): the chosen session full screen for the room and its projector.
    QAction *roomModeAction() const { return m_roomAction; }
    QPushButton *roomModeButton() const { return m_roomButton; }
    QPushButton *signOffButton() const { return m_signOffButton; }
    QPushButton *minutesButton() const { return m_minutesButton; }
    /// The room mode's window while it is open.
    JuryRoomWindow *room() const;
    /// Opens the room mode for the chosen session.
    void openRoom();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reloadSessions();
    void showProblem(const QString &message);
    QList<JuryTab *> allTabs() const;

    Document *m_document = nullptr;
    QLabel *m_title;
    QLabel *m_sessionLabel;
    QComboBox *m_sessions;
    QLabel *m_hint;
    QLabel *m_problem;
    QTabWidget *m_tabs;
    JuryApplicationsTab *m_applications;
    JurySetupTab *m_setup;
    JuryScoringTab *m_scoring;
    JuryProgressTab *m_progress;
    JuryRankingTab *m_ranking;
    QAction *m_roomAction;
    QPushButton *m_roomButton;
    QPushButton *m_signOffButton;
    QPushButton *m_minutesButton;
    QPointer<JuryRoomWindow> m_room;
};

} // namespace tremplin
