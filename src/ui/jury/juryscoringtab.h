// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QTableWidget;

namespace tremplin {

class DeferredRefresh;
class JuryScoreGrid;

/// The Jury workspace's tab for the keyboard scoring grid: by juror (their applications by
/// criteria, with the other jurors' scores for the current application beside it, as blind
/// mode allows) or by application (its jurors by criteria: the coordinator's view).
class JuryScoringTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryScoringTab(QWidget *parent = nullptr);

    JuryScoreGrid *grid() const { return m_grid; }
    /// Shows a juror's grid (switching to the "by juror" orientation).
    void showJuror(qint64 memberId);
    /// Shows an application's grid (switching to the "by application" orientation).
    void showApplication(qint64 initiativeId);

protected:
    void documentChanged() override;
    void sessionChanged() override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadChoices();
    void showChosen();
    void refreshOthers(qint64 memberId, qint64 initiativeId);
    bool byJuror() const;

    QLabel *m_orientationLabel;
    QComboBox *m_orientation;
    QLabel *m_chosenLabel;
    QComboBox *m_chosen;
    QLabel *m_scale;
    QLabel *m_empty;
    JuryScoreGrid *m_grid;
    QGroupBox *m_othersBox;
    QLabel *m_othersNote;
    QTableWidget *m_others;
    /// Jurors or applications renamed or added elsewhere: the chooser is read again on screen.
    DeferredRefresh *m_choicesRefresh;
    qint64 m_member = 0;
    qint64 m_initiative = 0;
};

} // namespace tremplin
