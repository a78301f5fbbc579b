// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../room/roomwindow.h"
#include "core/services/jurydecisionservice.h"
#include "core/services/juryranking.h"
#include "core/services/juryroom.h"
#include "core/services/juryservice.h"

#include <QHash>
#include <QList>

class QComboBox;
class QLabel;
class QPushButton;

namespace tremplin {

/// The room mode of a jury session (the keys, panel, timer and second screen of RoomWindow).
/// The projected part shows one application at a time in large, high-contrast type: its
/// summary, its scores by track and their spread, its rank and combined score, the top of the
/// running ranking and the places left. The control panel holds the agenda in the chair's
/// order (by rank, by disagreement first, by hand), sign-off and the minutes; S, W and N
/// decide. Decisions, recusals and sign-off go through the undo commands on the document's
/// undo stack; the ranking is computed in memory by jury::computeRanking() from the session
/// read once per change of the file. The time spent on an application is kept on the
/// committee's agenda item, else in jury_discussion.
class JuryRoomWindow : public RoomWindow
{
    Q_OBJECT
public:
    enum Order { ByRank, ByDisagreement, ByHand };

    JuryRoomWindow(Document &document, qint64 sessionId, QWidget *parent = nullptr);

    qint64 session() const { return m_session; }
    void setOrder(Order order);
    const jury::Ranking &ranking() const { return m_ranking; }

    QComboBox *orderCombo() const { return m_order; }
    QPushButton *signOffButton() const { return m_signOff; }
    QPushButton *minutesButton() const { return m_minutes; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *scoresLabel() const { return m_scores; }
    QLabel *placesLabel() const { return m_places; }

protected:
    QString itemText(int index, qint64 initiativeId) const override;
    void showItem() override;
    void move(int step) override;
    void recuse() override;
    void storeSeconds(qint64 initiativeId, int seconds) override;
    void retranslateUi() override;

private:
    void reload();
    void rebuildAgenda();
    void decide(JuryOutcome outcome);

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

    QLabel *m_heading;
    QLabel *m_places;
    QLabel *m_name;
    QLabel *m_facts;
    QLabel *m_description;
    QLabel *m_scores;
    QLabel *m_decision;
    QLabel *m_rankingTitle;
    QLabel *m_top;

    QLabel *m_orderLabel;
    QComboBox *m_order;
    QPushButton *m_signOff;
    QPushButton *m_minutes;
};

} // namespace tremplin
