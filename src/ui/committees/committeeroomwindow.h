// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../room/roomwindow.h"
#include "core/services/committeeservice.h"
#include "core/services/jurydecisionservice.h"
#include "core/services/juryroom.h"

#include <QHash>
#include <QList>

class QLabel;

namespace tremplin {

/// The room mode of a committee (the keys, panel, timer and second screen of RoomWindow). The
/// projected part shows one initiative of the agenda at a time, in the agenda's order (Move Up
/// and Move Down change agenda_item.position, undoably): its summary, what is asked of the
/// committee, the decision taken (kind, phase, tranches, reason), who left the room, the time
/// spent (kept in agenda_item.discussed_seconds), and the live budget line: what the committee
/// and its promotion have granted so far against the promotion's envelope. D records or amends
/// the decision through the Committees workspace's DecisionDialog; R records a recusal.
class CommitteeRoomWindow : public RoomWindow
{
    Q_OBJECT
public:
    CommitteeRoomWindow(Document &document, qint64 committeeId, QWidget *parent = nullptr);

    qint64 committee() const { return m_committee; }
    const RoomBudget &budget() const { return m_budget; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *budgetLabel() const { return m_budgetLine; }
    QLabel *decisionLabel() const { return m_decision; }
    QLabel *recusalLabel() const { return m_recused; }

protected:
    QString itemText(int index, qint64 initiativeId) const override;
    void showItem() override;
    void move(int step) override;
    void recuse() override;
    void storeSeconds(qint64 initiativeId, int seconds) override;
    void retranslateUi() override;

private:
    void reload();
    void decide();
    const AgendaEntry *entryOf(qint64 initiativeId) const;
    QString decisionText(const AgendaEntry &e) const;

    qint64 m_committee;
    CommitteeRecord m_record;
    QList<AgendaEntry> m_entries;
    QHash<qint64, RoomSummary> m_summaries;
    QList<Recusal> m_recusals;
    RoomBudget m_budget;

    QLabel *m_heading;
    QLabel *m_budgetLine;
    QLabel *m_name;
    QLabel *m_facts;
    QLabel *m_request;
    QLabel *m_decision;
    QLabel *m_reason;
    QLabel *m_recused;
    QLabel *m_description;
    QLabel *m_agendaTitle;
    QLabel *m_overview;
};

} // namespace tremplin
