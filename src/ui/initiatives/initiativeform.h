// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class InitiativeForm;
}

namespace tremplin {

class CarrierTab;
class Document;
class FieldBinder;
class GrantsTab;
class IdentityTab;
class IndicatorsTab;
class HistoryPanel;
class JournalTab;
class NeedsTab;
class PeopleTab;
class PhasesTab;
class RecordTableModel;
class TrendChart;

/// The form of one initiative (Designer form ui/initiativeform.ui): a header, one tab per
/// section and a line saying why the last edit was refused. Each tab (IdentityTab, CarrierTab,
/// NeedsTab, PeopleTab, PhasesTab, GrantsTab, IndicatorsTab, JournalTab) owns its tables and
/// fields and reads them again only when a write concerns them. There is no Save: every valid
/// edit is written at once (typing after a short pause) and can be undone from Edit › Undo;
/// typing not written yet is written when the form closes.
class InitiativeForm : public QDialog
{
    Q_OBJECT
public:
    InitiativeForm(Document &document, qint64 initiativeId, QWidget *parent = nullptr);
    ~InitiativeForm() override;

    qint64 initiativeId() const { return m_id; }
    void focusName();
    /// Messages of fields holding typed values that could not be saved.
    QStringList pendingProblems() const;
    /// The message shown for the last refused table edit or command; empty once cleared.
    QString lastRefusal() const { return m_lastRefusal; }

    RecordTableModel *needsModel() const;
    RecordTableModel *actionsModel() const;
    RecordTableModel *journalModel() const;
    RecordTableModel *phasesModel() const;
    RecordTableModel *peopleModel() const;
    RecordTableModel *partnersModel() const;
    RecordTableModel *indicatorsModel() const;
    RecordTableModel *measurementsModel() const;
    TrendChart *trendChart() const;

Q_SIGNALS:
    /// The user asked to see this initiative's grants in the Grants workspace.
    void grantsRequested(qint64 initiativeId);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    void hideEvent(QHideEvent *event) override;

private:
    void retranslateUi();
    /// The initiative's name, above the tabs and in the window title.
    void reloadHeader();
    QSize defaultSize() const;
    void showProblem(const QString &message);
    void updateProblemLabel();
    /// The field binders of the tabs with fields (typing to write, values not saved).
    QList<FieldBinder *> binders() const;

    const qint64 m_id;
    std::unique_ptr<Ui::InitiativeForm> m_ui;
    QString m_lastRefusal; ///< why the last table edit or command was refused
    IdentityTab *m_identity = nullptr;
    CarrierTab *m_carrier = nullptr;
    NeedsTab *m_needs = nullptr;
    PeopleTab *m_people = nullptr;
    PhasesTab *m_phases = nullptr;
    GrantsTab *m_grants = nullptr;
    IndicatorsTab *m_indicators = nullptr;
    JournalTab *m_journal = nullptr;
    HistoryPanel *m_history = nullptr;
};

} // namespace tremplin
