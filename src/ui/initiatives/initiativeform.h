// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

class QAbstractItemView;
class QLabel;

namespace tremplin {
class TrendChart;
}

namespace Ui {
class InitiativeForm;
}

namespace tremplin {

class Document;
class FieldBinder;
class GrantsTab;
class IndicatorsTab;
class RecordTableModel;

/// The form of one initiative (Designer form ui/initiativeform.ui): identity, carrier
/// organisation, needs and prioritised actions, phases, grants summary and journal. There is no
/// Save: every valid edit is written at once and can be undone from Edit › Undo.
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

    RecordTableModel *needsModel() const { return m_needs; }
    RecordTableModel *actionsModel() const { return m_actions; }
    RecordTableModel *journalModel() const { return m_journal; }
    RecordTableModel *phasesModel() const { return m_phases; }
    RecordTableModel *peopleModel() const { return m_people; }
    RecordTableModel *partnersModel() const { return m_partners; }
    RecordTableModel *indicatorsModel() const { return m_indicators; }
    RecordTableModel *measurementsModel() const { return m_measurements; }
    TrendChart *trendChart() const;

    /// Sub-record commands (buttons of the tabs).
    void addNeed();
    void addAction();
    void addJournalEntry();
    void addPerson();
    /// Links a public partner; with no id, asks which administration.
    void addPartner(qint64 administrationId = 0);
    void addIndicator();
    /// Makes the initiative take part in a programme phase (with the phase's dates); with no
    /// id, asks which.
    void addParticipation(qint64 phaseId = 0);
    void addMeasurement();
    /// Shows the measurements of the indicator in @p row of the indicators table.
    void selectIndicator(int row);
    void removeSelected(RecordTableModel *model, QAbstractItemView *view, const QString &text);

Q_SIGNALS:
    /// The user asked to see this initiative's grants in the Grants workspace.
    void grantsRequested(qint64 initiativeId);

protected:
    void changeEvent(QEvent *event) override;
    void done(int result) override;
    void hideEvent(QHideEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void reloadChoices();
    void loadDomains();
    bool m_domainsLoaded = false;
    void reloadStatus();
    void reloadPromotions();
    void reloadThemes();
    void reloadNeeds();
    void reloadPhases();
    /// Asks to choose one of @p items; returns its position, or -1 when cancelled.
    int chooseItem(const QString &title, const QString &label, const QStringList &items);
    void reloadHeader();
    void newCarrier();
    /// Asks a new theme's name; the theme joins the list and this initiative in one undo step.
    void newTheme();
    QSize defaultSize() const;
    QLabel *emptyHint(QWidget *table, const QString &objectName);
    void updateEmptyHints();
    GrantsTab *m_grants = nullptr;
    IndicatorsTab *m_indicatorsTab = nullptr;
    QLabel *m_noPeople = nullptr;
    void insert(const QString &table, const QVariantMap &values, const QString &text);
    qint64 carrierId() const;
    void showProblem(const QString &message);
    void updateProblemLabel();
    QString m_lastRefusal; ///< why the last table edit or command was refused

    Document &m_document;
    qint64 m_id;
    std::unique_ptr<Ui::InitiativeForm> m_ui;
    FieldBinder *m_binder;
    RecordTableModel *m_needs;
    RecordTableModel *m_actions;
    RecordTableModel *m_phases;
    RecordTableModel *m_journal;
    RecordTableModel *m_people;
    RecordTableModel *m_partners;
    RecordTableModel *m_indicators;
    RecordTableModel *m_measurements;
    qint64 selectedPersonId() const;
    QLabel *m_illustrativeIds;
};

} // namespace tremplin
