// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/committeeservice.h"

#include <QDialog>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace tremplin {

class Document;
class ReferencePicker;

/// Records a committee's decision about one initiative: its kind, the phase continued into,
/// the reason, the funding tranches (prefilled from the programme's default scheme) and the
/// sponsors engaged. In amendment mode it changes kind, phase and reason and asks why. The
/// dialog stays open with the reason in red when the committee service refuses.
class DecisionDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Mode { Record, Amend };
    DecisionDialog(Database &db, qint64 committeeId, const AgendaEntry &entry, Mode mode,
        QWidget *parent = nullptr);
    ~DecisionDialog() override;

    /// Called with the request when OK is pressed; returns the refusal, or empty when written.
    std::function<QString(const DecisionRequest &, const QString &why)> submit;

    DecisionRequest request() const;
    QComboBox *kindCombo() const { return m_kind; }
    QComboBox *phaseCombo() const { return m_phase; }
    QPlainTextEdit *reasonEdit() const { return m_reason; }
    QLineEdit *whyEdit() const { return m_why; }
    QTableWidget *tranchesTable() const { return m_tranches; }
    QPushButton *addTrancheButton() const { return m_addTranche; }
    QPushButton *removeTrancheButton() const { return m_removeTranche; }
    ReferencePicker *sponsorAdministration() const { return m_sponsorAdmin; }
    ReferencePicker *sponsorOrganisation() const { return m_sponsorOrg; }
    QLineEdit *sponsorCommitment() const { return m_commitment; }
    QPushButton *addSponsorButton() const { return m_addSponsor; }
    QListWidget *sponsorsList() const { return m_sponsorList; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    QLabel *problemLabel() const { return m_problem; }

    void accept() override;

private:
    void kindChanged();
    void addTranche(const TrancheDecision &t);
    void addSponsor();

    Database &m_db;
    qint64 m_committee;
    AgendaEntry m_entry;
    Mode m_mode;
    QList<QPair<QString, qint64>> m_sources;
    QComboBox *m_kind;
    QComboBox *m_phase;
    QPlainTextEdit *m_reason;
    QLineEdit *m_why;
    QGroupBox *m_fundingBox;
    QTableWidget *m_tranches;
    QPushButton *m_addTranche;
    QPushButton *m_removeTranche;
    QGroupBox *m_sponsorBox;
    ReferencePicker *m_sponsorAdmin;
    ReferencePicker *m_sponsorOrg;
    QLineEdit *m_commitment;
    QPushButton *m_addSponsor;
    QListWidget *m_sponsorList;
    QList<SponsorEngagement> m_sponsors;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

/// Opens DecisionDialog for @p entry of the committee's agenda (an amendment when @p amend) and
/// pushes the RecordDecisionCommand or AmendDecisionCommand it submits on the document's undo
/// stack. Returns whether a decision was written.
bool runDecisionDialog(
    QWidget *parent, Document &document, qint64 committeeId, const AgendaEntry &entry, bool amend);

} // namespace tremplin
