// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableView;
class QTextBrowser;

namespace tremplin {

class AgendaModel;
class CommitteeRoomWindow;
class Document;
class RecordTableModel;
class ReferencePicker;

/// The Committees workspace: the committees of the programme (kind, name, date, place,
/// promotion, decision reference prefix), and for the one selected its members and its agenda
/// with the decision on each initiative, the grants it created and its history. Briefs and the
/// committee's pack are printed or saved as PDF from here. Every edit is undoable.
class CommitteesPage : public QWidget
{
    Q_OBJECT
public:
    explicit CommitteesPage(QWidget *parent = nullptr);
    ~CommitteesPage() override;

    void setDocument(Document *document);

    QTableView *committeesView() const { return m_committeesView; }
    QTableView *membersView() const { return m_membersView; }
    QTableView *agendaView() const { return m_agendaView; }
    RecordTableModel *committeesModel() const { return m_committees; }
    RecordTableModel *membersModel() const { return m_members; }
    AgendaModel *agendaModel() const { return m_agenda; }
    QPushButton *newCommitteeButton() const { return m_newCommittee; }
    QPushButton *deleteCommitteeButton() const { return m_deleteCommittee; }
    ReferencePicker *memberPicker() const { return m_memberPicker; }
    QPushButton *addMemberButton() const { return m_addMember; }
    QPushButton *removeMemberButton() const { return m_removeMember; }
    QComboBox *candidateCombo() const { return m_candidates; }
    QPushButton *addAgendaButton() const { return m_addAgenda; }
    QPushButton *removeAgendaButton() const { return m_removeAgenda; }
    QPushButton *decideButton() const { return m_decide; }
    QPushButton *amendButton() const { return m_amend; }
    QPushButton *briefPdfButton() const { return m_briefPdf; }
    QPushButton *printBriefButton() const { return m_printBrief; }
    QPushButton *packButton() const { return m_pack; }
    QPushButton *historyButton() const { return m_history; }
    QTextBrowser *details() const { return m_details; }
    QLabel *problemLabel() const { return m_problem; }
    /// Room Mode (F11): the selected committee full screen for the room and its projector.
    QAction *roomModeAction() const { return m_roomAction; }
    QPushButton *roomModeButton() const { return m_roomButton; }
    /// The room open from this workspace, if any.
    CommitteeRoomWindow *room() const;
    /// The committee selected; 0 when none.
    qint64 currentCommittee() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void committeeChanged();
    void reloadChoices();
    void updateDetails();
    void updateButtons();
    void newCommittee();
    void deleteCommittee();
    void addMember();
    void addToAgenda();
    void openDecision(bool amend);
    void saveBrief(bool wholePack);
    void printBrief();
    void openRoom();
    void showProblem(const QString &message);
    int agendaRow() const;

    Document *m_document = nullptr;
    qint64 m_programme = 0;
    RecordTableModel *m_committees = nullptr;
    RecordTableModel *m_members = nullptr;
    AgendaModel *m_agenda = nullptr;
    QLabel *m_title;
    QLabel *m_hint;
    QLabel *m_problem;
    QTableView *m_committeesView;
    QPushButton *m_newCommittee;
    QPushButton *m_deleteCommittee;
    QPushButton *m_pack;
    QAction *m_roomAction;
    QPushButton *m_roomButton;
    QPointer<CommitteeRoomWindow> m_room;
    QPushButton *m_history = nullptr;
    QTabWidget *m_tabs;
    QTableView *m_membersView;
    ReferencePicker *m_memberPicker;
    QPushButton *m_addMember;
    QPushButton *m_removeMember;
    QTableView *m_agendaView;
    QComboBox *m_candidates;
    QPushButton *m_addAgenda;
    QPushButton *m_removeAgenda;
    QPushButton *m_decide;
    QPushButton *m_amend;
    QPushButton *m_briefPdf;
    QPushButton *m_printBrief;
    QTextBrowser *m_details;
    QLabel *m_membersLabel;
    QLabel *m_agendaLabel;
};

} // namespace tremplin
