// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativeform.h"

#include "../committees/committeedecisionslist.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../history/historypanel.h"
#include "../settings.h"
#include "../style.h"
#include "carriertab.h"
#include "grantstab.h"
#include "identitytab.h"
#include "indicatorstab.h"
#include "journaltab.h"
#include "needstab.h"
#include "peopletab.h"
#include "phasestab.h"
#include "ui_initiativeform.h"

#include <QEvent>
#include <QHideEvent>
#include <QMessageBox>
#include <QPushButton>
#include <QTabBar>

namespace tremplin {

InitiativeForm::InitiativeForm(Document &document, qint64 initiativeId, QWidget *parent)
    // A tool window of the main window: it stays above it when the main window is clicked.
    : QDialog(parent, Qt::Tool)
    , m_id(initiativeId)
    , m_ui(std::make_unique<Ui::InitiativeForm>())
{
    m_ui->setupUi(this);
    setObjectName(QStringLiteral("InitiativeForm-%1").arg(initiativeId));
    // Every tab stays visible (no scroll arrows hiding the last ones): the tab bar asks for the
    // width of all its tabs, and the labels are short enough for the default size.
    m_ui->tabs->tabBar()->setUsesScrollButtons(false);
    m_ui->tabs->tabBar()->setElideMode(Qt::ElideNone);
    m_ui->problemLabel->setStyleSheet(style::errorText());
    m_ui->problemLabel->hide();
    QFont header = m_ui->headerLabel->font();
    header.setPointSizeF(header.pointSizeF() * 1.4);
    header.setBold(true);
    m_ui->headerLabel->setFont(header);

    const FormTab::Context context { document, initiativeId, *m_ui,
        [this](const QString &message) { showProblem(message); } };
    m_identity = new IdentityTab(context, this);
    m_carrier = new CarrierTab(context, this);
    m_needs = new NeedsTab(context, this);
    m_people = new PeopleTab(context, this);
    m_phases = new PhasesTab(context, this);
    m_grants = new GrantsTab(context, this);
    m_ui->grantsLayout->insertWidget(
        m_ui->grantsLayout->count() - 1, new CommitteeDecisionsList(document, initiativeId, this));
    m_indicators = new IndicatorsTab(context, this);
    m_journal = new JournalTab(context, this);
    // The last tab: who changed what, read only when the tab is shown.
    m_history = new HistoryPanel(document, HistoryService::Scope::Initiative, initiativeId);
    m_ui->tabs->addTab(m_history, QString());
    for (FieldBinder *binder : binders())
        connect(binder, &FieldBinder::problemsChanged, this, &InitiativeForm::updateProblemLabel);
    connect(m_ui->openGrantsButton, &QPushButton::clicked, this,
        [this] { Q_EMIT grantsRequested(m_id); });
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        // The initiative was deleted (from the list, or by undoing its creation): nothing to show.
        for (const Change &change : changes) {
            if (change.entity == QLatin1String("initiative") && change.id == m_id
                && change.kind == Change::Deleted) {
                for (FieldBinder *binder : binders())
                    binder->discardPending();
                close();
                return;
            }
        }
        // A successful change replaces the last refusal.
        m_lastRefusal.clear();
        updateProblemLabel();
        if (m_identity->touchesInitiative(changes))
            reloadHeader();
    });

    retranslateUi();
    resize(defaultSize());
    const QByteArray geometry = settings::initiativeFormGeometry.get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
}

InitiativeForm::~InitiativeForm() = default;

QList<FieldBinder *> InitiativeForm::binders() const
{
    return { m_identity->binder(), m_carrier->binder(), m_people->binder() };
}

RecordTableModel *InitiativeForm::needsModel() const
{
    return m_needs->needsModel();
}

RecordTableModel *InitiativeForm::actionsModel() const
{
    return m_needs->actionsModel();
}

RecordTableModel *InitiativeForm::journalModel() const
{
    return m_journal->journalModel();
}

RecordTableModel *InitiativeForm::phasesModel() const
{
    return m_phases->phasesModel();
}

RecordTableModel *InitiativeForm::peopleModel() const
{
    return m_people->peopleModel();
}

RecordTableModel *InitiativeForm::partnersModel() const
{
    return m_people->partnersModel();
}

RecordTableModel *InitiativeForm::indicatorsModel() const
{
    return m_indicators->indicatorsModel();
}

RecordTableModel *InitiativeForm::measurementsModel() const
{
    return m_indicators->measurementsModel();
}

TrendChart *InitiativeForm::trendChart() const
{
    return m_indicators->trendChart();
}

QSize InitiativeForm::defaultSize() const
{
    // Wide enough for every tab's label in either language (and the minimum the tab bar asks).
    return QSize(std::max(900, minimumSizeHint().width()), 640);
}

void InitiativeForm::focusName()
{
    m_ui->tabs->setCurrentWidget(m_ui->identityTab);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

QStringList InitiativeForm::pendingProblems() const
{
    QStringList problems;
    for (FieldBinder *binder : binders())
        problems << binder->pendingProblems();
    return problems;
}

void InitiativeForm::showProblem(const QString &message)
{
    // Shown in the form, not in a dialog: the user keeps typing where they were.
    m_lastRefusal = message;
    updateProblemLabel();
}

void InitiativeForm::updateProblemLabel()
{
    QStringList lines;
    if (!m_lastRefusal.isEmpty())
        lines << m_lastRefusal;
    const QStringList pending = pendingProblems();
    if (!pending.isEmpty()) {
        lines << tr("%n field(s) hold values that are not saved yet: correct them or undo the "
                    "typing.",
            nullptr, int(pending.size()));
    }
    m_ui->problemLabel->setText(lines.join(QLatin1Char('\n')));
    m_ui->problemLabel->setVisible(!lines.isEmpty());
}

void InitiativeForm::reloadHeader()
{
    const QString name = m_identity->initiativeName();
    m_ui->headerLabel->setText(name);
    setWindowTitle(tr("%1 — Initiative").arg(name));
}

void InitiativeForm::retranslateUi()
{
    m_ui->tabs->setAccessibleName(tr("Sections of the initiative"));
    m_identity->retranslate();
    m_carrier->retranslate();
    m_needs->retranslate();
    m_people->retranslate();
    m_phases->retranslate();
    m_grants->retranslate();
    m_indicators->retranslate();
    m_journal->retranslate();
    m_ui->tabs->setTabText(m_ui->tabs->indexOf(m_history), tr("Histor&y"));
    reloadHeader();
}

void InitiativeForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

void InitiativeForm::done(int result)
{
    // Typing held back for its pause is written before the form goes.
    for (FieldBinder *binder : binders())
        binder->flush();
    // Nothing typed is dropped silently: say which values were not saved.
    const QStringList problems = pendingProblems();
    if (!problems.isEmpty() && isVisible()) {
        const auto answer = QMessageBox::question(this, tr("Close Initiative"),
            tr("These values were not saved because they are not valid:\n\n%1\n\nClose anyway "
               "and lose them?")
                .arg(problems.join(QLatin1Char('\n'))),
            QMessageBox::Close | QMessageBox::Cancel, QMessageBox::Cancel);
        if (answer != QMessageBox::Close)
            return;
    }
    QDialog::done(result);
}

void InitiativeForm::hideEvent(QHideEvent *event)
{
    // Remembered for the next form, wherever and however it was closed.
    if (!event->spontaneous())
        settings::initiativeFormGeometry.set(saveGeometry());
    QDialog::hideEvent(event);
}

} // namespace tremplin
