// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/jurysetup.h"
#include "jurytab.h"

#include <QList>
#include <QMetaObject>
#include <memory>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableView;
class QGroupBox;

namespace tremplin {

class DeferredRefresh;
class JuryAssignmentModel;
class JuryRowsModel;
class RecordTableModel;
class ReferencePicker;

/// The Jury workspace's tab for the session's settings, criteria, tracks, jurors, assignment,
/// conflicts of interest and templates. Every edit is one step on the document's undo stack;
/// a value out of range is refused with the reason and never written.
class JurySetupTab : public JuryTab
{
    Q_OBJECT
public:
    enum Section { Settings, Criteria, Jurors, Assignment, Conflicts };
    enum JurorColumn { JurorName, JurorEmail, JurorTrack, JurorAssigned, JurorConflicts };

    explicit JurySetupTab(QWidget *parent = nullptr);
    ~JurySetupTab() override;

    QPushButton *newSessionButton() const { return m_newSession; }
    QPushButton *deleteSessionButton() const { return m_deleteSession; }
    QPushButton *saveTemplateButton() const { return m_saveTemplate; }
    QPushButton *loadTemplateButton() const { return m_loadTemplate; }
    QTabWidget *sections() const { return m_sections; }
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *promotionCombo() const { return m_promotion; }
    QDoubleSpinBox *scaleMinSpin() const { return m_scaleMin; }
    QDoubleSpinBox *scaleMaxSpin() const { return m_scaleMax; }
    QDoubleSpinBox *scaleStepSpin() const { return m_scaleStep; }
    QComboBox *methodCombo() const { return m_method; }
    QCheckBox *blindCheck() const { return m_blind; }
    /// The check box and weight of a track (index: JuryTrack).
    QCheckBox *trackCheck(int track) const { return m_trackCheck[track]; }
    QDoubleSpinBox *trackWeightSpin(int track) const { return m_trackWeight[track]; }
    QTableView *criteriaView() const { return m_criteriaView; }
    RecordTableModel *criteriaModel() const { return m_criteria.get(); }
    QPushButton *addCriterionButton() const { return m_addCriterion; }
    QPushButton *removeCriterionButton() const { return m_removeCriterion; }
    QPushButton *moveUpButton() const { return m_moveUp; }
    QPushButton *moveDownButton() const { return m_moveDown; }
    ReferencePicker *jurorPicker() const { return m_jurorPicker; }
    QComboBox *jurorTrackCombo() const { return m_jurorTrack; }
    QPushButton *addJurorButton() const { return m_addJuror; }
    QPushButton *removeJurorButton() const { return m_removeJuror; }
    QTableView *jurorsView() const { return m_jurorsView; }
    JuryRowsModel *jurorsModel() const { return m_jurors; }
    QPushButton *assignAllButton() const { return m_assignAll; }
    QSpinBox *maxPerJurorSpin() const { return m_maxPerJuror; }
    QSpinBox *minPerTrackSpin() const { return m_minPerTrack; }
    QPushButton *assignBalancedButton() const { return m_assignBalanced; }
    QTableView *assignmentView() const { return m_assignmentView; }
    JuryAssignmentModel *assignmentModel() const { return m_assignment; }
    QComboBox *conflictJurorCombo() const { return m_conflictJuror; }
    QComboBox *conflictApplicationCombo() const { return m_conflictApplication; }
    QLineEdit *conflictReasonEdit() const { return m_conflictReason; }
    QPushButton *declareConflictButton() const { return m_declareConflict; }
    QPushButton *withdrawConflictButton() const { return m_withdrawConflict; }
    QTableView *conflictsView() const { return m_conflictsView; }
    JuryRowsModel *conflictsModel() const { return m_conflicts; }

    /// Saves the session as a template in @p path (empty: asks where); returns the path written.
    QString saveTemplate(const QString &path = {});

protected:
    void documentChanged() override;
    void sessionChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void reloadPromotions();
    void updateButtons();
    /// Pushes @p command; a refusal is shown (problem()) and false returned.
    bool push(std::unique_ptr<class DatabaseCommand> command);
    void setSessionField(const QString &column, const QVariant &value, const QString &label);
    void setTrack(int track, bool on);
    void setTrackWeight(int track);
    void newSession();
    void deleteSession();
    void loadTemplate();
    void addCriterion();
    void removeCriterion();
    void moveCriterion(int by);
    void addJuror();
    void removeJuror();
    void declareConflict();
    void withdrawConflict();
    void assign(bool balanced);

    QPushButton *m_newSession;
    QPushButton *m_deleteSession;
    QPushButton *m_saveTemplate;
    QPushButton *m_loadTemplate;
    QLabel *m_noSession;
    QTabWidget *m_sections;
    // Settings
    QGroupBox *m_settingsBox;
    QGroupBox *m_tracksBox;
    QLineEdit *m_name;
    QComboBox *m_promotion;
    QDoubleSpinBox *m_scaleMin;
    QDoubleSpinBox *m_scaleMax;
    QDoubleSpinBox *m_scaleStep;
    QComboBox *m_method;
    QCheckBox *m_blind;
    QLabel *m_blindHint;
    QLabel *m_tracksHint;
    QCheckBox *m_trackCheck[2];
    QDoubleSpinBox *m_trackWeight[2];
    QLabel *m_trackWeightLabel[2];
    // Criteria
    QLabel *m_criteriaHint;
    QTableView *m_criteriaView;
    QPushButton *m_addCriterion;
    QPushButton *m_removeCriterion;
    QPushButton *m_moveUp;
    QPushButton *m_moveDown;
    // Jurors
    QLabel *m_jurorLabel;
    ReferencePicker *m_jurorPicker;
    QLabel *m_jurorTrackLabel;
    QComboBox *m_jurorTrack;
    QPushButton *m_addJuror;
    QPushButton *m_removeJuror;
    QTableView *m_jurorsView;
    JuryRowsModel *m_jurors;
    // Assignment
    QLabel *m_assignmentHint;
    QPushButton *m_assignAll;
    QLabel *m_maxLabel;
    QSpinBox *m_maxPerJuror;
    QLabel *m_minLabel;
    QSpinBox *m_minPerTrack;
    QPushButton *m_assignBalanced;
    QTableView *m_assignmentView;
    JuryAssignmentModel *m_assignment;
    // Conflicts
    QLabel *m_conflictsHint;
    QLabel *m_conflictJurorLabel;
    QComboBox *m_conflictJuror;
    QLabel *m_conflictApplicationLabel;
    QComboBox *m_conflictApplication;
    QLabel *m_conflictReasonLabel;
    QLineEdit *m_conflictReason;
    QPushButton *m_declareConflict;
    QPushButton *m_withdrawConflict;
    QTableView *m_conflictsView;
    JuryRowsModel *m_conflicts;

    std::unique_ptr<RecordTableModel> m_criteria;
    DeferredRefresh *m_refresh;
    QMetaObject::Connection m_changed;
    qint64 m_committee = 0;
    QList<JuryTrackRow> m_tracks;
};

} // namespace tremplin
