// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativeform.h"

#include "../charts/trendchart.h"
#include "../commands/databasecommand.h"
#include "../committees/committeedecisionslist.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../forms/referencepicker.h"
#include "../forms/themepicker.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "../settings.h"
#include "../style.h"
#include "core/error.h"
#include "core/services/initiativelist.h"
#include "core/services/initiativeservice.h"
#include "core/services/lookups.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "grantstab.h"
#include "indicatorstab.h"
#include "ui_initiativeform.h"

#include <QBoxLayout>
#include <QCollator>
#include <QComboBox>
#include <QEvent>
#include <QHeaderView>
#include <QHideEvent>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QSet>
#include <QTabBar>
#include <QVBoxLayout>

namespace tremplin {

InitiativeForm::InitiativeForm(Document &document, qint64 initiativeId, QWidget *parent)
    // A tool window of the main window: it stays above it when the main window is clicked.
    : QDialog(parent, Qt::Tool)
    , m_document(document)
    , m_id(initiativeId)
    , m_ui(std::make_unique<Ui::InitiativeForm>())
    , m_binder(new FieldBinder(document, this))
    , m_needs(
          new RecordTableModel(document, QStringLiteral("need"), QStringLiteral("initiative_id"),
              { QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("priority") },
              QStringLiteral("priority, id"), this))
    , m_actions(new RecordTableModel(document, QStringLiteral("action_item"),
          QStringLiteral("initiative_id"),
          { QStringLiteral("title"), QStringLiteral("need_id"), QStringLiteral("due_date"),
              QStringLiteral("status"), QStringLiteral("priority") },
          QStringLiteral("priority, due_date, id"), this))
    , m_phases(new RecordTableModel(document, QStringLiteral("participation"),
          QStringLiteral("initiative_id"),
          { QStringLiteral("phase_id"), QStringLiteral("actual_start"),
              QStringLiteral("actual_end"), QStringLiteral("status"),
              QStringLiteral("assessment") },
          QStringLiteral("actual_start, id"), this))
    , m_journal(new RecordTableModel(document, QStringLiteral("journal_entry"),
          QStringLiteral("initiative_id"),
          { QStringLiteral("entry_date"), QStringLiteral("kind"), QStringLiteral("title"),
              QStringLiteral("body") },
          QStringLiteral("entry_date DESC, id DESC"), this))
    , m_people(new RecordTableModel(document, QStringLiteral("initiative_person"),
          QStringLiteral("initiative_id"),
          { QStringLiteral("person_id"), QStringLiteral("role"),
              QStringLiteral("administration_id"), QStringLiteral("since") },
          QStringLiteral("role, id"), this))
    , m_partners(new RecordTableModel(document, QStringLiteral("initiative_partner"),
          QStringLiteral("initiative_id"),
          { QStringLiteral("administration_id"), QStringLiteral("since"), QStringLiteral("note") },
          QStringLiteral("id"), this))
    , m_indicators(new RecordTableModel(document, QStringLiteral("indicator"),
          QStringLiteral("initiative_id"),
          { QStringLiteral("name"), QStringLiteral("unit"), QStringLiteral("baseline"),
              QStringLiteral("target"), QStringLiteral("target_date"),
              QStringLiteral("direction") },
          QStringLiteral("id"), this))
    , m_measurements(new RecordTableModel(document, QStringLiteral("measurement"),
          QStringLiteral("indicator_id"),
          { QStringLiteral("measured_on"), QStringLiteral("value"), QStringLiteral("note") },
          QStringLiteral("measured_on, id"), this))
{
    m_ui->setupUi(this);
    // Every tab stays visible (no scroll arrows hiding the last ones): the tab bar asks for the
    // width of all its tabs, and the labels are short enough for the default size.
    m_ui->tabs->tabBar()->setUsesScrollButtons(false);
    m_ui->tabs->tabBar()->setElideMode(Qt::ElideNone);
    resize(defaultSize());
    const QByteArray geometry = settings::initiativeFormGeometry.get();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    // Empty sections say what to do instead of showing an empty table.
    m_grants = new GrantsTab(document, initiativeId, m_ui->grantsTree, m_ui->grantsSummary,
        emptyHint(m_ui->grantsTree, QStringLiteral("noGrantsLabel")), this);
    m_grants->showProblem = [this](const QString &message) { showProblem(message); };
    m_ui->grantsLayout->insertWidget(
        m_ui->grantsLayout->count() - 1, new CommitteeDecisionsList(document, initiativeId, this));
    m_noPeople = emptyHint(m_ui->peopleView, QStringLiteral("noPeopleLabel"));
    connect(m_ui->themesEdit, &ThemePicker::newThemeRequested, this, &InitiativeForm::newTheme);
    m_illustrativeIds = new QLabel(m_ui->carrierTab);
    m_illustrativeIds->setObjectName(QStringLiteral("illustrativeIdentifiers"));
    m_illustrativeIds->setWordWrap(true);
    m_illustrativeIds->setStyleSheet(style::banner());
    m_ui->carrierOuter->insertWidget(1, m_illustrativeIds);
    m_phases->setReadOnly(QStringLiteral("phase_id"));
    setObjectName(QStringLiteral("InitiativeForm-%1").arg(initiativeId));
    m_ui->problemLabel->setStyleSheet(style::errorText());
    m_ui->problemLabel->hide();
    QFont header = m_ui->headerLabel->font();
    header.setPointSizeF(header.pointSizeF() * 1.4);
    header.setBold(true);
    m_ui->headerLabel->setFont(header);

    // The carrier is searched among the organisations as the user types, never listed whole.
    m_ui->carrierCombo->setSource(document.database(), ChoiceKind::Organisation);
    m_ui->carrierCombo->setPlaceholderText(tr("(none)"));
    m_ui->domainCombo->installEventFilter(this);
    // Its list is read later: room for a domain's name without it.
    m_ui->domainCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui->domainCombo->setMinimumContentsLength(24);
    reloadChoices();
    const auto initiative = [this] { return m_id; };
    const auto carrier = [this] { return carrierId(); };
    const QString I = QStringLiteral("initiative");
    const QString O = QStringLiteral("organisation");
    QFormLayout *il = m_ui->identityLayout;
    m_binder->bind(m_ui->nameEdit, il, I, QStringLiteral("name"), initiative);
    m_binder->bind(m_ui->oneLinerEdit, il, I, QStringLiteral("one_liner"), initiative);
    m_binder->bind(m_ui->descriptionEdit, il, I, QStringLiteral("description"), initiative);
    m_binder->bind(m_ui->websiteEdit, il, I, QStringLiteral("website"), initiative);
    m_binder->bind(m_ui->themesEdit, il, I, QStringLiteral("themes"), initiative);
    m_binder->bind(m_ui->domainCombo, il, I, QStringLiteral("domain"), initiative);
    m_binder->bind(m_ui->territoriesEdit, il, I, QStringLiteral("territories"), initiative);
    m_binder->bind(m_ui->townEdit, il, I, QStringLiteral("town"), initiative);
    m_binder->bind(m_ui->mainImpactEdit, il, I, QStringLiteral("main_impact"), initiative);
    m_binder->bind(m_ui->statusCombo, il, I, QStringLiteral("lifecycle"), initiative);
    m_binder->bind(m_ui->promotionCombo, il, I, QStringLiteral("promotion_id"), initiative);
    QFormLayout *cl = m_ui->carrierLayout;
    m_binder->bind(m_ui->carrierCombo, cl, I, QStringLiteral("carrier_id"), initiative);
    m_binder->bind(m_ui->carrierNameEdit, cl, O, QStringLiteral("name"), carrier);
    m_binder->bind(m_ui->legalFormCombo, cl, O, QStringLiteral("legal_form"), carrier);
    m_binder->bind(m_ui->siretEdit, cl, O, QStringLiteral("siret"), carrier);
    m_binder->bind(m_ui->rnaEdit, cl, O, QStringLiteral("rna"), carrier);
    m_binder->bind(m_ui->addressEdit, cl, O, QStringLiteral("address"), carrier);
    m_binder->bind(m_ui->postcodeEdit, cl, O, QStringLiteral("postcode"), carrier);
    m_binder->bind(m_ui->carrierTownEdit, cl, O, QStringLiteral("town"), carrier);
    m_binder->bind(m_ui->carrierWebsiteEdit, cl, O, QStringLiteral("website"), carrier);
    // The person selected in the People table.
    const auto person = [this] { return selectedPersonId(); };
    const QString P = QStringLiteral("person");
    QFormLayout *pl = m_ui->personLayout;
    m_binder->bind(m_ui->personNameEdit, pl, P, QStringLiteral("full_name"), person);
    m_binder->bind(m_ui->personEmailEdit, pl, P, QStringLiteral("email"), person);
    m_binder->bind(m_ui->personPhoneEdit, pl, P, QStringLiteral("phone"), person);
    m_binder->bind(m_ui->personJobEdit, pl, P, QStringLiteral("job_title"), person);

    m_people->setReadOnly(QStringLiteral("person_id"));
    connect(m_binder, &FieldBinder::problemsChanged, this, &InitiativeForm::updateProblemLabel);

    // Sub-record tables.
    auto *delegate = new RecordDelegate(this);
    delegate->setDatabase(&document.database());
    const std::pair<QTableView *, RecordTableModel *> tables[] = {
        { m_ui->needsView, m_needs },
        { m_ui->actionsView, m_actions },
        { m_ui->phasesView, m_phases },
        { m_ui->journalView, m_journal },
        { m_ui->peopleView, m_people },
        { m_ui->partnersView, m_partners },
        { m_ui->indicatorsView, m_indicators },
        { m_ui->measurementsView, m_measurements },
    };
    for (const auto &[view, model] : tables) {
        view->setModel(model);
        view->setItemDelegate(delegate);
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        view->setWordWrap(false);
        view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
        view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
            | QAbstractItemView::AnyKeyPressed);
        if (model != m_measurements)
            model->setParentId(m_id);
        connect(model, &RecordTableModel::editRefused, this, &InitiativeForm::showProblem);
    }
    // The text columns take the room; short ones fit their content.
    const std::pair<QTableView *, int> stretched[]
        = { { m_ui->needsView, 1 }, { m_ui->actionsView, 0 }, { m_ui->phasesView, 4 },
              { m_ui->journalView, 3 }, { m_ui->peopleView, 0 }, { m_ui->partnersView, 0 },
              { m_ui->indicatorsView, 0 }, { m_ui->measurementsView, 2 } };
    for (const auto &[view, column] : stretched) {
        view->horizontalHeader()->setStretchLastSection(false);
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
        view->horizontalHeader()->setSectionResizeMode(column, QHeaderView::Stretch);
    }
    m_ui->actionsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui->actionsView->setColumnWidth(1, 220);
    connect(m_ui->addNeedButton, &QPushButton::clicked, this, &InitiativeForm::addNeed);
    connect(m_ui->addActionButton, &QPushButton::clicked, this, &InitiativeForm::addAction);
    connect(m_ui->addJournalButton, &QPushButton::clicked, this, &InitiativeForm::addJournalEntry);
    connect(m_ui->removeNeedButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_needs, m_ui->needsView, tr("Remove need")); });
    connect(m_ui->removeActionButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_actions, m_ui->actionsView, tr("Remove action")); });
    connect(m_ui->removeJournalButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_journal, m_ui->journalView, tr("Remove journal entry")); });
    connect(m_ui->addPersonButton, &QPushButton::clicked, this, &InitiativeForm::addPerson);
    connect(m_ui->removePersonButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_people, m_ui->peopleView, tr("Remove person")); });
    connect(m_ui->addPartnerButton, &QPushButton::clicked, this, [this] { addPartner(); });
    connect(m_ui->removePartnerButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_partners, m_ui->partnersView, tr("Remove public partner")); });
    connect(m_ui->addPhaseButton, &QPushButton::clicked, this, [this] { addParticipation(); });
    connect(m_ui->removePhaseButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_phases, m_ui->phasesView, tr("Leave the phase")); });
    connect(m_ui->peopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { m_binder->reload(); });
    IndicatorsTab::Actions actions;
    actions.insert = [this](const QString &table, const QVariantMap &values, const QString &text) {
        insert(table, values, text);
    };
    actions.remove = [this](RecordTableModel *model, QAbstractItemView *view, const QString &text) {
        removeSelected(model, view, text);
    };
    actions.showProblem = [this](const QString &message) { showProblem(message); };
    m_indicatorsTab = new IndicatorsTab(*m_ui, m_id, m_indicators, m_measurements,
        emptyHint(m_ui->indicatorsView, QStringLiteral("noIndicatorsLabel")), std::move(actions),
        this);
    connect(m_ui->newCarrierButton, &QPushButton::clicked, this, &InitiativeForm::newCarrier);
    connect(m_ui->openGrantsButton, &QPushButton::clicked, this,
        [this] { Q_EMIT grantsRequested(m_id); });
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        // The initiative was deleted (from the list, or by undoing its creation): nothing to show.
        for (const Change &change : changes) {
            if (change.entity == QLatin1String("initiative") && change.id == m_id
                && change.kind == Change::Deleted) {
                m_binder->discardPending();
                close();
                return;
            }
        }
        // Only the sections whose tables changed are read again: typing in another form or a
        // payment recorded elsewhere does not re-read this form's choices.
        const bool thisOne = std::any_of(changes.cbegin(), changes.cend(), [this](const Change &c) {
            return c.entity == QLatin1String("initiative") && (c.id == m_id || c.id == 0);
        });
        // A successful change replaces the last refusal.
        m_lastRefusal.clear();
        updateProblemLabel();
        if (thisOne)
            reloadStatus();
        if (touches(changes, { QLatin1String("promotion") }))
            reloadPromotions();
        if (touches(changes, { QLatin1String("theme") }))
            reloadThemes();
        if (touches(changes, { QLatin1String("need") }))
            reloadNeeds();
        if (touches(changes, { QLatin1String("phase") }))
            reloadPhases();
        if (thisOne || touches(changes, { QLatin1String("organisation") }))
            reloadHeader();
    });

    connect(m_people, &QAbstractItemModel::modelReset, this, &InitiativeForm::updateEmptyHints);
    connect(m_people, &QAbstractItemModel::rowsInserted, this, &InitiativeForm::updateEmptyHints);
    connect(m_people, &QAbstractItemModel::rowsRemoved, this, &InitiativeForm::updateEmptyHints);
    retranslateUi();
    m_binder->reload();
    reloadHeader();
    updateEmptyHints();
}

QSize InitiativeForm::defaultSize() const
{
    // Wide enough for every tab's label in either language (and the minimum the tab bar asks).
    return QSize(std::max(900, minimumSizeHint().width()), 640);
}

QLabel *InitiativeForm::emptyHint(QWidget *table, const QString &objectName)
{
    auto *label = new QLabel(table->parentWidget());
    label->setObjectName(objectName);
    label->setWordWrap(true);
    label->setAlignment(Qt::AlignCenter);
    label->setMargin(24);
    label->setStyleSheet(QStringLiteral("QLabel { color: palette(placeholder-text); }"));
    label->hide();
    // Put the line where the table is, in whichever box layout holds it.
    const QList<QBoxLayout *> layouts = table->parentWidget()->findChildren<QBoxLayout *>();
    for (QBoxLayout *layout : layouts) {
        const int at = layout->indexOf(table);
        if (at >= 0) {
            layout->insertWidget(at, label, 1);
            break;
        }
    }
    return label;
}

void InitiativeForm::updateEmptyHints()
{
    const std::tuple<QWidget *, QLabel *, bool> hints[] = {
        { m_ui->peopleView, m_noPeople, m_people->rowCount() == 0 },
    };
    for (const auto &[table, label, empty] : hints) {
        table->setVisible(!empty);
        label->setVisible(empty);
    }
    // Nothing to remove, and no person to describe, in an empty section.
    m_ui->removePersonButton->setEnabled(m_people->rowCount() > 0);
    const bool people = m_people->rowCount() > 0;
    for (QWidget *w :
        std::initializer_list<QWidget *> { m_ui->personNameLabel, m_ui->personNameEdit,
            m_ui->personEmailLabel, m_ui->personEmailEdit, m_ui->personPhoneLabel,
            m_ui->personPhoneEdit, m_ui->personJobLabel, m_ui->personJobEdit })
        w->setVisible(people);
}

void InitiativeForm::newTheme()
{
    Database &db = m_document.database();
    auto *dialog = new NewThemeDialog(
        [&db](const QString &name) { return InitiativeService(db).newThemeProblem(name); }, this);
    dialog->setObjectName(QStringLiteral("newThemeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        QStringList themes = m_ui->themesEdit->checked();
        themes.append(name);
        // One undo step: the theme joins the programme's list and this initiative. Undoing it
        // removes both, so no theme created here outlives the edit.
        auto command
            = std::make_unique<CompositeCommand>(m_document, tr("New theme “%1”").arg(name));
        command->add(std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("theme"),
            QVariantMap { { QStringLiteral("name"), name } }, command->text()));
        command->add(std::make_unique<SetFieldCommand>(m_document, QStringLiteral("initiative"),
            QStringLiteral("themes"), m_id, themes, command->text()));
        QString error;
        DatabaseCommand::push(m_document, std::move(command), &error);
        if (!error.isEmpty())
            showProblem(error);
    });
    dialog->open();
}

void InitiativeForm::hideEvent(QHideEvent *event)
{
    // Remembered for the next form, wherever and however it was closed.
    if (!event->spontaneous())
        settings::initiativeFormGeometry.set(saveGeometry());
    QDialog::hideEvent(event);
}

qint64 InitiativeForm::selectedPersonId() const
{
    const QModelIndex index = m_ui->peopleView->currentIndex();
    if (!index.isValid())
        return 0;
    return m_people->data(m_people->index(index.row(), 0), RecordTableModel::EditValueRole)
        .toLongLong();
}

void InitiativeForm::addPerson()
{
    // One step, one transaction: the person and their link to the initiative.
    auto command = std::make_unique<CompositeCommand>(m_document, tr("Add person"));
    auto *person
        = command->add(std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("person"),
            QVariantMap { { QStringLiteral("full_name"), tr("New person") } }, command->text()));
    auto *link = command->add(
        std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("initiative_person"),
            QVariantMap { { QStringLiteral("initiative_id"), m_id },
                { QStringLiteral("role"), QStringLiteral("other") } },
            command->text()));
    link->setIdFrom(QStringLiteral("person_id"), person);
    QString error;
    DatabaseCommand::push(m_document, std::move(command), &error);
    if (!error.isEmpty()) {
        showProblem(error);
        return;
    }
    m_ui->tabs->setCurrentWidget(m_ui->peopleTab);
    m_ui->peopleView->setCurrentIndex(m_people->index(m_people->rowCount() - 1, 0));
    m_ui->personNameEdit->setFocus();
    m_ui->personNameEdit->selectAll();
}

void InitiativeForm::addPartner(qint64 administrationId)
{
    if (administrationId <= 0) {
        QList<Choice> open;
        try {
            open = Lookups(m_document.database()).administrationsNotPartnerOf(m_id);
        } catch (const Error &e) {
            showProblem(e.message());
            return;
        }
        if (open.isEmpty()) {
            showProblem(tr("Every administration of the directory is already a partner."));
            return;
        }
        QStringList names;
        for (const Choice &c : std::as_const(open))
            names << c.label;
        // The chosen row, not its text, says which: two administrations may share a name.
        const int chosen = chooseItem(tr("Add Public Partner"), tr("Administration:"), names);
        if (chosen < 0)
            return;
        administrationId = open.at(chosen).id;
    }
    insert(QStringLiteral("initiative_partner"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("administration_id"), administrationId },
            { QStringLiteral("since"), QDate::currentDate().toString(Qt::ISODate) } },
        tr("Add public partner"));
}

void InitiativeForm::addParticipation(qint64 phaseId)
{
    QList<Phase> open;
    try {
        const QSet<qint64> taken = Lookups(m_document.database()).phasesTakenBy(m_id);
        for (const Phase &p : ProgrammeService(m_document.database()).phases()) {
            if (!taken.contains(p.id)
                && (p.kind == PhaseKind::Accompaniment || p.kind == PhaseKind::Selection))
                open.append(p);
        }
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    if (phaseId <= 0) {
        if (open.isEmpty()) {
            showProblem(tr("The initiative already takes part in every phase."));
            return;
        }
        QStringList names;
        for (const Phase &p : open)
            names << p.name;
        const int chosen = chooseItem(tr("Take Part in a Phase"), tr("Phase:"), names);
        if (chosen < 0)
            return;
        phaseId = open.at(chosen).id;
    }
    const auto it = std::find_if(
        open.cbegin(), open.cend(), [phaseId](const Phase &p) { return p.id == phaseId; });
    if (it == open.cend())
        return;
    // The phase's own dates, planned and actual alike: the timeline shows the slip later.
    const QDate start = it->actual.start.isValid() ? it->actual.start : it->planned.start;
    const QDate end = it->actual.end.isValid() ? it->actual.end : it->planned.end;
    QVariantMap values { { QStringLiteral("initiative_id"), m_id },
        { QStringLiteral("phase_id"), phaseId },
        { QStringLiteral("status"), QStringLiteral("not_started") } };
    if (start.isValid()) {
        values.insert(QStringLiteral("planned_start"), start.toString(Qt::ISODate));
        values.insert(QStringLiteral("actual_start"), start.toString(Qt::ISODate));
    }
    if (end.isValid()) {
        values.insert(QStringLiteral("planned_end"), end.toString(Qt::ISODate));
        values.insert(QStringLiteral("actual_end"), end.toString(Qt::ISODate));
    }
    insert(QStringLiteral("participation"), values, tr("Take part in %1").arg(it->name));
}

InitiativeForm::~InitiativeForm() = default;

TrendChart *InitiativeForm::trendChart() const
{
    return m_indicatorsTab->trendChart();
}

void InitiativeForm::addIndicator()
{
    m_indicatorsTab->addIndicator();
}

void InitiativeForm::addMeasurement()
{
    m_indicatorsTab->addMeasurement();
}

void InitiativeForm::selectIndicator(int row)
{
    m_indicatorsTab->selectIndicator(row);
}

int InitiativeForm::chooseItem(const QString &title, const QString &label, const QStringList &items)
{
    QInputDialog dialog(this);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setComboBoxItems(items);
    dialog.setComboBoxEditable(false);
    if (dialog.exec() != QDialog::Accepted)
        return -1;
    // The position in the list, not the text: two items may read the same.
    const auto *combo = dialog.findChild<QComboBox *>();
    return combo ? combo->currentIndex() : int(items.indexOf(dialog.textValue()));
}

qint64 InitiativeForm::carrierId() const
{
    return RecordService(m_document.database())
        .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), m_id)
        .toLongLong();
}

void InitiativeForm::focusName()
{
    m_ui->tabs->setCurrentWidget(m_ui->identityTab);
    m_ui->nameEdit->setFocus(Qt::OtherFocusReason);
    m_ui->nameEdit->selectAll();
}

QStringList InitiativeForm::pendingProblems() const
{
    return m_binder->pendingProblems();
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

void InitiativeForm::reloadChoices()
{
    reloadStatus();
    reloadPromotions();
    {
        const QSignalBlocker blocker(m_ui->legalFormCombo);
        m_ui->legalFormCombo->clear();
        for (const auto &e : EnumTraits<LegalForm>::entries)
            m_ui->legalFormCombo->addItem(label(e.value), QString::fromLatin1(e.code));
    }
    // The domains in use are read when the user goes to the field (reading them means going
    // through every initiative: too slow for opening a form on a large programme).
    m_domainsLoaded = false;
    reloadThemes();
    reloadNeeds();
    reloadPhases();
    if (m_binder)
        m_binder->reload();
}

bool InitiativeForm::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_ui->domainCombo && !m_domainsLoaded
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        loadDomains();
    return QDialog::eventFilter(watched, event);
}

void InitiativeForm::loadDomains()
{
    m_domainsLoaded = true;
    try {
        // A domain typed here stays in the field.
        const QSignalBlocker blocker(m_ui->domainCombo);
        const QString domain = m_ui->domainCombo->currentText();
        m_ui->domainCombo->clear();
        m_ui->domainCombo->addItems(InitiativeListService(m_document.database()).domains());
        m_ui->domainCombo->setEditText(domain);
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void InitiativeForm::reloadStatus()
{
    const QSignalBlocker blocker(m_ui->statusCombo);
    try {
        // Status: the current one and the moves allowed from it.
        const auto current = fromCode<Lifecycle>(
            RecordService(m_document.database())
                .value(QStringLiteral("initiative"), QStringLiteral("lifecycle"), m_id)
                .toString());
        m_ui->statusCombo->clear();
        if (current) {
            m_ui->statusCombo->addItem(label(*current), toCode(*current));
            for (Lifecycle l : allowedTransitions(*current))
                m_ui->statusCombo->addItem(label(l), toCode(l));
            m_ui->statusCombo->setCurrentIndex(0);
        }
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void InitiativeForm::reloadPromotions()
{
    const QSignalBlocker blocker(m_ui->promotionCombo);
    try {
        const QList<Promotion> promotions = ProgrammeService(m_document.database()).promotions();
        m_ui->promotionCombo->clear();
        m_ui->promotionCombo->addItem(tr("(none)"), qint64(0));
        for (const Promotion &p : promotions)
            m_ui->promotionCombo->addItem(p.name, p.id);
        m_binder->reload();
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void InitiativeForm::reloadThemes()
{
    try {
        // In the language's order ("Éducation" with the E's, not after "Social").
        QStringList themes = InitiativeService(m_document.database()).allThemes();
        QCollator collator;
        std::sort(themes.begin(), themes.end(), collator);
        m_ui->themesEdit->setAvailable(themes);
        m_binder->reload(); // the boxes just added show whether the initiative has them
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void InitiativeForm::reloadNeeds()
{
    QList<QPair<QString, qint64>> needs;
    try {
        for (const Choice &c : Lookups(m_document.database()).needsOf(m_id))
            needs.append({ c.label, c.id });
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_actions->setReferenceChoices(QStringLiteral("need_id"), needs);
}

void InitiativeForm::reloadPhases()
{
    QList<QPair<QString, qint64>> phases;
    try {
        for (const Phase &p : ProgrammeService(m_document.database()).phases())
            phases.append({ p.name, p.id });
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_phases->setReferenceChoices(QStringLiteral("phase_id"), phases);
}

void InitiativeForm::reloadHeader()
{
    bool illustrative = false;
    try {
        const qint64 carrier = carrierId();
        illustrative
            = carrier > 0 && Lookups(m_document.database()).identifiersIllustrative(carrier);
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_illustrativeIds->setVisible(illustrative);
    m_illustrativeIds->setText(tr("The SIRET and RNA numbers of this organisation are illustrative "
                                  "(demo data): they pass the checks but are not its real ones."));
    QString name;
    try {
        name = RecordService(m_document.database())
                   .value(QStringLiteral("initiative"), QStringLiteral("name"), m_id)
                   .toString();
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_ui->headerLabel->setText(name);
    setWindowTitle(tr("%1 — Initiative").arg(name));
}

void InitiativeForm::insert(const QString &table, const QVariantMap &values, const QString &text)
{
    auto command = std::make_unique<InsertRecordCommand>(m_document, table, values, text);
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error))
        showProblem(error);
}

void InitiativeForm::addNeed()
{
    insert(QStringLiteral("need"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("kind"), QStringLiteral("consolidation") },
            { QStringLiteral("title"), tr("New need") },
            { QStringLiteral("priority"), m_needs->rowCount() + 1 } },
        tr("Add need"));
    m_ui->needsView->setCurrentIndex(m_needs->index(m_needs->rowCount() - 1, 1));
}

void InitiativeForm::addAction()
{
    QVariantMap values { { QStringLiteral("initiative_id"), m_id },
        { QStringLiteral("title"), tr("New action") },
        { QStringLiteral("status"), QStringLiteral("todo") },
        { QStringLiteral("priority"), m_actions->rowCount() + 1 } };
    const QModelIndex need = m_ui->needsView->currentIndex();
    if (need.isValid())
        values.insert(QStringLiteral("need_id"), m_needs->idAt(need.row()));
    insert(QStringLiteral("action_item"), values, tr("Add action"));
}

void InitiativeForm::addJournalEntry()
{
    insert(QStringLiteral("journal_entry"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("entry_date"), QDate::currentDate().toString(Qt::ISODate) },
            { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("title"), tr("New entry") } },
        tr("Add journal entry"));
}

void InitiativeForm::removeSelected(
    RecordTableModel *model, QAbstractItemView *view, const QString &text)
{
    const QModelIndex index = view->currentIndex();
    if (!index.isValid())
        return;
    auto command = std::make_unique<RemoveRecordCommand>(
        m_document, model->table(), model->idAt(index.row()), text);
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error))
        showProblem(error);
}

void InitiativeForm::newCarrier()
{
    QString name;
    try {
        name = RecordService(m_document.database())
                   .value(QStringLiteral("initiative"), QStringLiteral("name"), m_id)
                   .toString();
    } catch (const Error &e) {
        showProblem(e.message());
    }
    // One step, one transaction: the organisation and the link to it.
    auto command = std::make_unique<CompositeCommand>(m_document, tr("New carrier organisation"));
    auto *create = command->add(
        std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("organisation"),
            QVariantMap { { QStringLiteral("name"), tr("Carrier of %1").arg(name) },
                { QStringLiteral("legal_form"), QStringLiteral("association") } },
            command->text()));
    auto *link
        = command->add(std::make_unique<SetFieldCommand>(m_document, QStringLiteral("initiative"),
            QStringLiteral("carrier_id"), m_id, QVariant(), tr("Change carrier")));
    link->setNewIdFrom(create);
    QString error;
    DatabaseCommand::push(m_document, std::move(command), &error);
    if (!error.isEmpty())
        showProblem(error);
    m_ui->carrierNameEdit->setFocus();
    m_ui->carrierNameEdit->selectAll();
}

void InitiativeForm::retranslateUi()
{
    for (RecordTableModel *model : { m_needs, m_actions, m_phases, m_journal, m_people, m_partners,
             m_indicators, m_measurements })
        model->retranslate();
    reloadChoices();
    reloadHeader();
    m_grants->retranslate();
    // Accessible names of the tables and buttons without a buddy label.
    m_ui->needsView->setAccessibleName(tr("Needs"));
    m_ui->actionsView->setAccessibleName(tr("Prioritised actions"));
    m_ui->phasesView->setAccessibleName(tr("Participation in the programme phases"));
    m_ui->journalView->setAccessibleName(tr("Journal"));
    m_ui->tabs->setAccessibleName(tr("Sections of the initiative"));
    m_ui->peopleView->setAccessibleName(tr("People"));
    m_ui->partnersView->setAccessibleName(tr("Public partners"));
    m_indicatorsTab->retranslate();
    m_noPeople->setText(tr("No one is linked to this initiative yet. Use Add person for the "
                           "acceleration officer, the referents and the contacts."));
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
    m_binder->flush();
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

} // namespace tremplin
