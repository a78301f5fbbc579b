// SPDX-License-Identifier: GPL-3.0-or-later
#include "decisiondialog.h"

#include "../document.h"
#include "../forms/referencepicker.h"
#include "../style.h"
#include "committeecommands.h"
#include "core/error.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tremplin {

namespace {
enum TrancheColumn { TrancheKindColumn, AmountColumn, SourceColumn, ConditionsColumn };

bool funds(DecisionKind k)
{
    return k == DecisionKind::Fund || k == DecisionKind::ContinueAndFund;
}

bool continues(DecisionKind k)
{
    return k == DecisionKind::Continue || k == DecisionKind::ContinueAndFund;
}
} // namespace

DecisionDialog::DecisionDialog(
    Database &db, qint64 committeeId, const AgendaEntry &entry, Mode mode, QWidget *parent)
    : QDialog(parent)
    , m_db(db)
    , m_committee(committeeId)
    , m_entry(entry)
    , m_mode(mode)
    , m_kind(new QComboBox(this))
    , m_phase(new QComboBox(this))
    , m_reason(new QPlainTextEdit(this))
    , m_why(new QLineEdit(this))
    , m_fundingBox(new QGroupBox(tr("Funding"), this))
    , m_tranches(new QTableWidget(0, 4, this))
    , m_addTranche(new QPushButton(tr("Add &tranche"), this))
    , m_removeTranche(new QPushButton(tr("Remove tranche"), this))
    , m_sponsorBox(new QGroupBox(tr("Sponsors engaged"), this))
    , m_sponsorAdmin(new ReferencePicker(this))
    , m_sponsorOrg(new ReferencePicker(this))
    , m_commitment(new QLineEdit(this))
    , m_addSponsor(new QPushButton(tr("Add &sponsor"), this))
    , m_sponsorList(new QListWidget(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(mode == Mode::Record ? tr("Record Decision — %1").arg(entry.initiative)
                                        : tr("Amend Decision — %1").arg(entry.initiative));
    CommitteeService committees(db);
    for (const auto &e : EnumTraits<DecisionKind>::entries)
        m_kind->addItem(label(e.value), int(e.value));
    m_phase->addItem(tr("(none)"), qint64(0));
    QList<TrancheDecision> defaults;
    try {
        for (const auto &[name, id] : committees.phasesFor(committeeId))
            m_phase->addItem(name, id);
        m_sources = committees.fundingSources();
        defaults = committees.defaultTranches(committeeId);
    } catch (const Error &e) {
        m_problem->setText(e.message());
    }

    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Decision:"), m_kind);
    form->addRow(tr("Continue into &phase:"), m_phase);
    form->addRow(tr("&Reason:"), m_reason);
    m_reason->setTabChangesFocus(true);
    m_reason->setMaximumHeight(90);
    if (mode == Mode::Amend) {
        form->addRow(tr("&Why amended:"), m_why);
        m_kind->setCurrentIndex(m_kind->findData(int(entry.kind)));
        m_phase->setCurrentIndex(std::max(0, m_phase->findData(entry.phaseId)));
        m_reason->setPlainText(entry.reason);
    } else {
        m_why->hide();
        try {
            // Most decisions continue into the next accompaniment phase: offered first.
            m_phase->setCurrentIndex(
                std::max(0, m_phase->findData(committees.nextPhase(committeeId))));
        } catch (const Error &e) {
            m_problem->setText(e.message());
        }
    }
    layout->addLayout(form);

    auto *funding = new QVBoxLayout(m_fundingBox);
    m_tranches->setHorizontalHeaderLabels(
        { tr("Tranche"), tr("Amount"), tr("Funding source"), tr("Conditions for release") });
    m_tranches->horizontalHeader()->setStretchLastSection(true);
    m_tranches->verticalHeader()->hide();
    m_tranches->setAccessibleName(tr("Tranches"));
    funding->addWidget(m_tranches);
    auto *trancheButtons = new QHBoxLayout;
    trancheButtons->addWidget(m_addTranche);
    trancheButtons->addWidget(m_removeTranche);
    trancheButtons->addStretch(1);
    funding->addLayout(trancheButtons);
    layout->addWidget(m_fundingBox);
    // The programme's default scheme (seed, second tranche...), or one empty tranche.
    if (defaults.isEmpty())
        defaults.append(TrancheDecision {});
    for (const TrancheDecision &t : std::as_const(defaults))
        addTranche(t);
    connect(m_addTranche, &QPushButton::clicked, this, [this] {
        TrancheDecision t;
        t.tranche = TrancheKind::Other;
        addTranche(t);
    });
    connect(m_removeTranche, &QPushButton::clicked, this, [this] {
        const int row = m_tranches->currentRow();
        m_tranches->removeRow(row >= 0 ? row : m_tranches->rowCount() - 1);
    });

    m_sponsorAdmin->setSource(db, ChoiceKind::Administration);
    m_sponsorOrg->setSource(db, ChoiceKind::Organisation);
    m_sponsorAdmin->setPlaceholderText(tr("Type to search"));
    m_sponsorOrg->setPlaceholderText(tr("Type to search"));
    auto *sponsors = new QFormLayout(m_sponsorBox);
    sponsors->addRow(tr("Ad&ministration:"), m_sponsorAdmin);
    sponsors->addRow(tr("or &outside organisation:"), m_sponsorOrg);
    sponsors->addRow(tr("&Commitment:"), m_commitment);
    auto *sponsorButtons = new QHBoxLayout;
    sponsorButtons->addWidget(m_addSponsor);
    sponsorButtons->addStretch(1);
    sponsors->addRow(QString(), sponsorButtons);
    sponsors->addRow(m_sponsorList);
    m_sponsorList->setAccessibleName(tr("Sponsors"));
    m_sponsorList->setMaximumHeight(70);
    layout->addWidget(m_sponsorBox);
    connect(m_addSponsor, &QPushButton::clicked, this, &DecisionDialog::addSponsor);
    if (mode == Mode::Amend) {
        m_fundingBox->hide();
        m_sponsorBox->hide();
    }

    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &DecisionDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &DecisionDialog::reject);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &DecisionDialog::kindChanged);
    kindChanged();
    resize(720, mode == Mode::Record ? 640 : 320);
}

DecisionDialog::~DecisionDialog() = default;

void DecisionDialog::addTranche(const TrancheDecision &t)
{
    const int row = m_tranches->rowCount();
    m_tranches->insertRow(row);
    auto *kind = new QComboBox(m_tranches);
    for (const auto &e : EnumTraits<TrancheKind>::entries)
        kind->addItem(label(e.value), int(e.value));
    kind->setCurrentIndex(kind->findData(int(t.tranche)));
    m_tranches->setCellWidget(row, TrancheKindColumn, kind);
    auto *amount = new QLineEdit(m_tranches);
    amount->setAlignment(Qt::AlignRight);
    if (t.amount.cents() > 0)
        amount->setText(t.amount.toString(QLocale()));
    amount->setAccessibleName(tr("Amount"));
    m_tranches->setCellWidget(row, AmountColumn, amount);
    auto *source = new QComboBox(m_tranches);
    source->addItem(tr("(none)"), qint64(0));
    for (const auto &[name, id] : std::as_const(m_sources))
        source->addItem(name, id);
    source->setCurrentIndex(std::max(0, source->findData(t.fundingSourceId)));
    m_tranches->setCellWidget(row, SourceColumn, source);
    auto *conditions = new QLineEdit(t.conditions, m_tranches);
    m_tranches->setCellWidget(row, ConditionsColumn, conditions);
    m_tranches->setColumnWidth(TrancheKindColumn, kind->sizeHint().width());
    m_tranches->setColumnWidth(AmountColumn, 130);
    m_tranches->setColumnWidth(SourceColumn, 180);
}

void DecisionDialog::addSponsor()
{
    SponsorEngagement s;
    s.administrationId = m_sponsorAdmin->id();
    s.organisationId = s.administrationId ? 0 : m_sponsorOrg->id();
    s.commitment = m_commitment->text().trimmed();
    s.name = s.administrationId ? m_sponsorAdmin->text() : m_sponsorOrg->text();
    if (!s.administrationId && !s.organisationId) {
        m_problem->setText(tr("Choose an administration or an outside organisation first."));
        return;
    }
    m_sponsors.append(s);
    m_sponsorList->addItem(
        s.commitment.isEmpty() ? s.name : tr("%1: %2").arg(s.name, s.commitment));
    m_sponsorAdmin->setId(0);
    m_sponsorOrg->setId(0);
    m_commitment->clear();
    m_problem->clear();
}

void DecisionDialog::kindChanged()
{
    const auto kind = DecisionKind(m_kind->currentData().toInt());
    m_phase->setEnabled(continues(kind));
    m_fundingBox->setEnabled(funds(kind));
}

DecisionRequest DecisionDialog::request() const
{
    DecisionRequest d;
    d.committeeId = m_committee;
    d.initiativeId = m_entry.initiativeId;
    d.kind = DecisionKind(m_kind->currentData().toInt());
    d.reason = m_reason->toPlainText().trimmed();
    d.phaseId = continues(d.kind) ? m_phase->currentData().toLongLong() : 0;
    d.sponsors = m_sponsors;
    if (!funds(d.kind) || m_mode == Mode::Amend)
        return d;
    for (int r = 0; r < m_tranches->rowCount(); ++r) {
        TrancheDecision t;
        t.tranche
            = TrancheKind(static_cast<QComboBox *>(m_tranches->cellWidget(r, TrancheKindColumn))
                              ->currentData()
                              .toInt());
        const auto amount = Money::parse(
            static_cast<QLineEdit *>(m_tranches->cellWidget(r, AmountColumn))->text(), QLocale());
        // An amount that cannot be read is zero: the service then refuses it with its reason.
        t.amount = amount.value_or(Money());
        t.fundingSourceId = static_cast<QComboBox *>(m_tranches->cellWidget(r, SourceColumn))
                                ->currentData()
                                .toLongLong();
        t.conditions
            = static_cast<QLineEdit *>(m_tranches->cellWidget(r, ConditionsColumn))->text();
        d.tranches.append(t);
    }
    return d;
}

void DecisionDialog::accept()
{
    if (!submit) {
        QDialog::accept();
        return;
    }
    const QString refusal = submit(request(), m_why->text());
    if (!refusal.isEmpty()) {
        m_problem->setText(refusal);
        return;
    }
    QDialog::accept();
}

bool runDecisionDialog(
    QWidget *parent, Document &document, qint64 committeeId, const AgendaEntry &entry, bool amend)
{
    DecisionDialog dialog(document.database(), committeeId, entry,
        amend ? DecisionDialog::Mode::Amend : DecisionDialog::Mode::Record, parent);
    const qint64 decisionId = entry.decisionId;
    dialog.submit = [&document, amend, decisionId](const DecisionRequest &d, const QString &why) {
        std::unique_ptr<DatabaseCommand> command;
        if (amend)
            command = std::make_unique<AmendDecisionCommand>(
                document, decisionId, d.kind, d.reason, d.phaseId, why);
        else
            command = std::make_unique<RecordDecisionCommand>(document, d);
        QString error;
        DatabaseCommand::push(document, std::move(command), &error);
        return error;
    };
    return dialog.exec() == QDialog::Accepted;
}

} // namespace tremplin
