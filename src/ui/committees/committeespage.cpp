// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeespage.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../forms/referencepicker.h"
#include "../history/historypanel.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "../style.h"
#include "agendamodel.h"
#include "committeecommands.h"
#include "committeeroomwindow.h"
#include "core/error.h"
#include "core/reports/committeebrief.h"
#include "core/services/committeeservice.h"
#include "core/services/programmeservice.h"
#include "decisiondialog.h"

#include <QAction>
#include <QComboBox>
#include <QDate>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScreen>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tremplin {

CommitteesPage::CommitteesPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_committeesView(new QTableView(this))
    , m_newCommittee(new QPushButton(this))
    , m_deleteCommittee(new QPushButton(this))
    , m_pack(new QPushButton(this))
    , m_roomAction(new QAction(this))
    , m_roomButton(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_membersView(new QTableView(this))
    , m_memberPicker(new ReferencePicker(this))
    , m_addMember(new QPushButton(this))
    , m_removeMember(new QPushButton(this))
    , m_agendaView(new QTableView(this))
    , m_candidates(new QComboBox(this))
    , m_addAgenda(new QPushButton(this))
    , m_removeAgenda(new QPushButton(this))
    , m_decide(new QPushButton(this))
    , m_amend(new QPushButton(this))
    , m_briefPdf(new QPushButton(this))
    , m_printBrief(new QPushButton(this))
    , m_details(new QTextBrowser(this))
    , m_membersLabel(new QLabel(this))
    , m_agendaLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    QFont f = m_title->font();
    f.setPointSizeF(f.pointSizeF() * 1.3);
    f.setBold(true);
    m_title->setFont(f);
    auto *top = new QHBoxLayout;
    top->addWidget(m_title);
    top->addStretch(1);
    top->addWidget(m_newCommittee);
    top->addWidget(m_deleteCommittee);
    top->addWidget(m_pack);
    top->addWidget(m_roomButton);
    // The session's history (decisions, members, scores of its jury): who changed what.
    m_history = new QPushButton(this);
    m_history->setObjectName(QStringLiteral("committeeHistory"));
    top->addWidget(m_history);
    connect(m_history, &QPushButton::clicked, this, [this] {
        if (!m_document || currentCommittee() <= 0)
            return;
        auto *dialog = new HistoryDialog(*m_document, HistoryService::Scope::Committee,
            currentCommittee(), tr("History of the Session"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    layout->addLayout(top);
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();
    layout->addWidget(m_problem);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_committeesView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_committeesView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_committeesView->verticalHeader()->hide();
    m_committeesView->horizontalHeader()->setStretchLastSection(true);
    splitter->addWidget(m_committeesView);

    // Agenda and decisions.
    auto *agendaPage = new QWidget(m_tabs);
    auto *agendaLayout = new QVBoxLayout(agendaPage);
    auto *agendaBar = new QHBoxLayout;
    m_candidates->setEditable(true);
    m_candidates->setInsertPolicy(QComboBox::NoInsert);
    m_candidates->setMinimumContentsLength(24);
    m_candidates->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    agendaBar->addWidget(m_agendaLabel);
    agendaBar->addWidget(m_candidates, 1);
    agendaBar->addWidget(m_addAgenda);
    agendaBar->addWidget(m_removeAgenda);
    agendaLayout->addLayout(agendaBar);
    auto *agendaSplit = new QSplitter(Qt::Horizontal, agendaPage);
    m_agendaView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_agendaView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_agendaView->verticalHeader()->hide();
    m_agendaView->setWordWrap(false);
    agendaSplit->addWidget(m_agendaView);
    agendaSplit->addWidget(m_details);
    agendaSplit->setStretchFactor(0, 3);
    agendaSplit->setStretchFactor(1, 2);
    agendaLayout->addWidget(agendaSplit, 1);
    auto *decisionBar = new QHBoxLayout;
    decisionBar->addWidget(m_decide);
    decisionBar->addWidget(m_amend);
    decisionBar->addStretch(1);
    decisionBar->addWidget(m_printBrief);
    decisionBar->addWidget(m_briefPdf);
    agendaLayout->addLayout(decisionBar);
    m_tabs->addTab(agendaPage, QString());

    // Members.
    auto *membersPage = new QWidget(m_tabs);
    auto *membersLayout = new QVBoxLayout(membersPage);
    auto *membersBar = new QHBoxLayout;
    membersBar->addWidget(m_membersLabel);
    membersBar->addWidget(m_memberPicker, 1);
    membersBar->addWidget(m_addMember);
    membersBar->addWidget(m_removeMember);
    membersLayout->addLayout(membersBar);
    m_membersView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_membersView->verticalHeader()->hide();
    m_membersView->horizontalHeader()->setStretchLastSection(true);
    membersLayout->addWidget(m_membersView, 1);
    m_tabs->addTab(membersPage, QString());
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_newCommittee, &QPushButton::clicked, this, &CommitteesPage::newCommittee);
    connect(m_deleteCommittee, &QPushButton::clicked, this, &CommitteesPage::deleteCommittee);
    connect(m_addMember, &QPushButton::clicked, this, &CommitteesPage::addMember);
    connect(m_removeMember, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_membersView->currentIndex();
        if (!m_document || !i.isValid())
            return;
        QString error;
        if (!DatabaseCommand::push(*m_document,
                std::make_unique<RemoveRecordCommand>(*m_document,
                    QStringLiteral("committee_member"), m_members->idAt(i.row()),
                    tr("Remove member")),
                &error))
            showProblem(error);
    });
    connect(m_addAgenda, &QPushButton::clicked, this, &CommitteesPage::addToAgenda);
    connect(m_removeAgenda, &QPushButton::clicked, this, [this] {
        const AgendaEntry *e = m_agenda ? m_agenda->entry(agendaRow()) : nullptr;
        if (!m_document || !e)
            return;
        // The decision goes with its agenda item: one step, undone together.
        auto command = std::make_unique<CompositeCommand>(
            *m_document, tr("Remove %1 from the agenda").arg(e->initiative));
        if (e->decisionId)
            command->add(std::make_unique<RemoveRecordCommand>(
                *m_document, QStringLiteral("decision"), e->decisionId, QString()));
        command->add(std::make_unique<RemoveRecordCommand>(
            *m_document, QStringLiteral("agenda_item"), e->agendaItemId, QString()));
        QString error;
        if (!DatabaseCommand::push(*m_document, std::move(command), &error))
            showProblem(error);
    });
    connect(m_decide, &QPushButton::clicked, this, [this] { openDecision(false); });
    connect(m_amend, &QPushButton::clicked, this, [this] { openDecision(true); });
    connect(m_briefPdf, &QPushButton::clicked, this, [this] { saveBrief(false); });
    connect(m_pack, &QPushButton::clicked, this, [this] { saveBrief(true); });
    connect(m_printBrief, &QPushButton::clicked, this, &CommitteesPage::printBrief);
    m_roomAction->setObjectName(QStringLiteral("committeeRoomMode"));
    m_roomAction->setShortcut(QKeySequence(Qt::Key_F11));
    // The whole main window while the workspace is shown (the sidebar may have the focus).
    m_roomAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_roomAction);
    m_roomButton->setObjectName(QStringLiteral("committeeRoomModeButton"));
    connect(m_roomAction, &QAction::triggered, this, &CommitteesPage::openRoom);
    connect(m_roomButton, &QPushButton::clicked, m_roomAction, &QAction::trigger);
    connect(m_agendaView, &QTableView::doubleClicked, this, [this](const QModelIndex &i) {
        if (i.column() != AgendaModel::Request)
            openDecision(m_agenda->entry(i.row()) && m_agenda->entry(i.row())->decisionId);
    });
    retranslateUi();
    updateButtons();
}

CommitteesPage::~CommitteesPage() = default;

CommitteeRoomWindow *CommitteesPage::room() const
{
    return m_room;
}

void CommitteesPage::openRoom()
{
    const qint64 committee = currentCommittee();
    if (!m_document || committee <= 0)
        return;
    if (m_room)
        m_room->close();
    m_room = new CommitteeRoomWindow(*m_document, committee, this);
    // Full screen on the screen the workspace is on (also where no window manager does it).
    m_room->setGeometry(screen()->geometry());
    m_room->showFullScreen();
    m_room->activateWindow();
}

void CommitteesPage::setDocument(Document *document)
{
    delete m_room;
    m_document = document;
    delete m_committees;
    delete m_members;
    delete m_agenda;
    m_committees = nullptr;
    m_members = nullptr;
    m_agenda = nullptr;
    if (!document)
        return;
    m_programme = 0;
    try {
        const QList<Programme> programmes = ProgrammeService(document->database()).programmes();
        if (!programmes.isEmpty())
            m_programme = programmes.constFirst().id;
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_committees = new RecordTableModel(*document, QStringLiteral("committee"),
        QStringLiteral("programme_id"),
        { QStringLiteral("held_on"), QStringLiteral("name"), QStringLiteral("kind"),
            QStringLiteral("place"), QStringLiteral("promotion_id"),
            QStringLiteral("reference_prefix") },
        QStringLiteral("held_on, id"), this);
    m_members = new RecordTableModel(*document, QStringLiteral("committee_member"),
        QStringLiteral("committee_id"),
        { QStringLiteral("person_id"), QStringLiteral("role"), QStringLiteral("administration_id"),
            QStringLiteral("attended") },
        QStringLiteral("id"), this);
    m_agenda = new AgendaModel(*document, this);
    for (QAbstractItemModel *model :
        std::initializer_list<QAbstractItemModel *> { m_committees, m_members, m_agenda }) {
        if (auto *records = qobject_cast<RecordTableModel *>(model))
            connect(records, &RecordTableModel::editRefused, this, &CommitteesPage::showProblem);
    }
    connect(m_agenda, &AgendaModel::editRefused, this, &CommitteesPage::showProblem);
    for (QTableView *view : { m_committeesView, m_membersView }) {
        auto *delegate = new RecordDelegate(view);
        delegate->setDatabase(&document->database());
        view->setItemDelegate(delegate);
    }
    m_committeesView->setModel(m_committees);
    m_membersView->setModel(m_members);
    m_agendaView->setModel(m_agenda);
    // The request takes the room left; the rest fits its content.
    QHeaderView *header = m_agendaView->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(AgendaModel::Request, QHeaderView::Stretch);
    header->setSectionResizeMode(AgendaModel::Initiative, QHeaderView::Interactive);
    header->resizeSection(AgendaModel::Initiative, fontMetrics().averageCharWidth() * 22);
    // A decision's label can be long ("Poursuite et financement : Phase 2"): elided at a width
    // that leaves the request readable on a laptop screen.
    header->setSectionResizeMode(AgendaModel::Decision, QHeaderView::Interactive);
    header->resizeSection(AgendaModel::Decision, fontMetrics().averageCharWidth() * 24);
    m_agendaView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_committeesView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_membersView->verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    m_memberPicker->setSource(document->database(), ChoiceKind::Person);
    reloadChoices();
    m_committees->setParentId(m_programme);
    connect(m_committeesView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &CommitteesPage::committeeChanged);
    connect(m_agendaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_agenda, &QAbstractItemModel::modelReset, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_agenda, &QAbstractItemModel::dataChanged, this, [this] {
        updateDetails();
        updateButtons();
    });
    connect(m_committees, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_committeesView->currentIndex().isValid() && m_committees->rowCount() > 0)
            m_committeesView->setCurrentIndex(m_committees->index(m_committees->rowCount() - 1, 1));
        committeeChanged();
    });
    connect(&document->database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes,
                { QLatin1String("agenda_item"), QLatin1String("initiative"),
                    QLatin1String("promotion"), QLatin1String("committee") }))
            reloadChoices();
    });
    if (m_committees->rowCount() > 0)
        m_committeesView->setCurrentIndex(m_committees->index(m_committees->rowCount() - 1, 1));
    m_committeesView->resizeColumnsToContents();
    committeeChanged();
}

qint64 CommitteesPage::currentCommittee() const
{
    const QModelIndex i = m_committeesView->currentIndex();
    return m_committees && i.isValid() ? m_committees->idAt(i.row()) : 0;
}

int CommitteesPage::agendaRow() const
{
    const QModelIndex i = m_agendaView->currentIndex();
    return i.isValid() ? i.row() : -1;
}

void CommitteesPage::committeeChanged()
{
    if (!m_document)
        return;
    const qint64 id = currentCommittee();
    if (m_members->parentId() != id)
        m_members->setParentId(id);
    if (m_agenda->committee() != id)
        m_agenda->setCommittee(id);
    reloadChoices();
    updateButtons();
    updateDetails();
}

void CommitteesPage::reloadChoices()
{
    if (!m_document || !m_document->database().isOpen())
        return;
    try {
        CommitteeService committees(m_document->database());
        m_committees->setReferenceChoices(QStringLiteral("promotion_id"), committees.promotions());
        const QString typed = m_candidates->currentText();
        const QSignalBlocker blocker(m_candidates);
        m_candidates->clear();
        const qint64 id = currentCommittee();
        if (id > 0) {
            for (const auto &[name, initiative] : committees.agendaCandidates(id))
                m_candidates->addItem(name, initiative);
        }
        m_candidates->setCurrentIndex(-1);
        m_candidates->setEditText(QString());
        Q_UNUSED(typed)
    } catch (const Error &e) {
        showProblem(e.message());
    }
    updateButtons();
}

void CommitteesPage::updateButtons()
{
    const bool open = m_document && m_document->database().isOpen();
    const bool committee = open && currentCommittee() > 0;
    const AgendaEntry *e = m_agenda ? m_agenda->entry(agendaRow()) : nullptr;
    m_newCommittee->setEnabled(open && m_programme > 0);
    m_deleteCommittee->setEnabled(committee);
    m_pack->setEnabled(committee);
    m_roomAction->setEnabled(committee);
    m_roomButton->setEnabled(committee);
    m_history->setEnabled(committee);
    m_tabs->setEnabled(committee);
    m_addAgenda->setEnabled(committee && m_candidates->count() > 0);
    m_removeAgenda->setEnabled(e != nullptr);
    m_decide->setEnabled(e && !e->decisionId);
    m_amend->setEnabled(e && e->decisionId);
    m_briefPdf->setEnabled(e != nullptr);
    m_printBrief->setEnabled(e != nullptr);
    m_hint->setVisible(open && m_programme == 0);
}

void CommitteesPage::updateDetails()
{
    const AgendaEntry *e = m_agenda ? m_agenda->entry(agendaRow()) : nullptr;
    if (!e) {
        m_details->setHtml(QStringLiteral("<p><i>%1</i></p>")
                               .arg(tr("Select an initiative of the agenda to see the decision "
                                       "taken about it.")
                                        .toHtmlEscaped()));
        return;
    }
    const QLocale locale;
    auto esc = [](const QString &s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(e->initiative));
    if (!e->request.isEmpty())
        html += QStringLiteral("<p><b>%1</b> %2</p>")
                    .arg(esc(tr("Asked of the committee:")), esc(e->request));
    if (!e->decisionId) {
        html += QStringLiteral("<p><i>%1</i></p>").arg(esc(tr("Not decided yet.")));
        m_details->setHtml(html);
        return;
    }
    QString decision = label(e->kind);
    if (!e->phase.isEmpty())
        decision = tr("%1: %2").arg(decision, e->phase);
    html += QStringLiteral("<p><b>%1</b> %2<br/>%3</p>")
                .arg(esc(tr("Decision:")), esc(decision),
                    esc(e->reference.isEmpty() ? QString() : tr("Reference %1").arg(e->reference)));
    html += QStringLiteral("<p>%1</p>").arg(esc(e->reason));
    if (!e->grants.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Grants decided")));
        for (const DecidedGrant &g : e->grants) {
            QString line = tr("%1: %2 (%3), paid %4")
                               .arg(label(g.tranche), g.committed.toString(locale), g.reference,
                                   g.paid.toString(locale));
            if (!g.conditions.isEmpty())
                line += QStringLiteral(" — ") + g.conditions;
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        }
        html += QStringLiteral("</ul>");
    }
    if (!e->sponsors.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("Sponsors engaged")));
        for (const SponsorEngagement &s : e->sponsors)
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(s.commitment.isEmpty() ? s.name
                                                        : tr("%1: %2").arg(s.name, s.commitment)));
        html += QStringLiteral("</ul>");
    }
    if (!e->amendments.isEmpty()) {
        html += QStringLiteral("<p><b>%1</b></p><ul>").arg(esc(tr("History")));
        for (const DecisionAmendment &a : e->amendments) {
            QString before = label(a.previousKind);
            if (!a.previousPhase.isEmpty())
                before = tr("%1: %2").arg(before, a.previousPhase);
            html += QStringLiteral("<li>%1</li>")
                        .arg(esc(tr("Amended on %1: was %2 (%3). Why: %4")
                                     .arg(locale.toString(
                                              a.amendedAt.toLocalTime(), QLocale::ShortFormat),
                                         before, a.previousReason, a.reason)));
        }
        html += QStringLiteral("</ul>");
    }
    m_details->setHtml(html);
}

void CommitteesPage::newCommittee()
{
    if (!m_document || m_programme <= 0)
        return;
    QVariantMap values;
    values.insert(QStringLiteral("programme_id"), m_programme);
    values.insert(QStringLiteral("kind"), toCode(CommitteeKind::Acceleration));
    values.insert(QStringLiteral("name"), tr("New committee"));
    values.insert(QStringLiteral("held_on"), QDate::currentDate().toString(Qt::ISODate));
    try {
        // The latest promotion: the one a new committee is usually about.
        const auto promotions = CommitteeService(m_document->database()).promotions();
        if (!promotions.isEmpty())
            values.insert(QStringLiteral("promotion_id"), promotions.constLast().second);
    } catch (const Error &e) {
        showProblem(e.message());
    }
    auto command = std::make_unique<InsertRecordCommand>(
        *m_document, QStringLiteral("committee"), values, tr("New committee"));
    InsertRecordCommand *raw = command.get();
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        showProblem(error);
        return;
    }
    const int row = m_committees->rowOf(raw->recordId());
    if (row >= 0) {
        m_committeesView->setCurrentIndex(m_committees->index(row, 1));
        m_committeesView->edit(m_committees->index(row, 1));
    }
}

void CommitteesPage::deleteCommittee()
{
    const qint64 id = currentCommittee();
    if (!m_document || id <= 0)
        return;
    const QString name
        = m_committees->index(m_committeesView->currentIndex().row(), 1).data().toString();
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<RemoveRecordCommand>(
                *m_document, QStringLiteral("committee"), id, tr("Delete %1").arg(name)),
            &error))
        showProblem(error);
}

void CommitteesPage::addMember()
{
    const qint64 committee = currentCommittee();
    const qint64 person = m_memberPicker->id();
    if (!m_document || committee <= 0)
        return;
    if (person <= 0) {
        showProblem(tr("Type part of a person's name and choose them in the list."));
        return;
    }
    QVariantMap values;
    values.insert(QStringLiteral("committee_id"), committee);
    values.insert(QStringLiteral("person_id"), person);
    values.insert(QStringLiteral("role"), toCode(CommitteeRole::Member));
    try {
        // The member sits for their administration unless told otherwise.
        if (const qint64 administration
            = CommitteeService(m_document->database()).administrationOf(person))
            values.insert(QStringLiteral("administration_id"), administration);
    } catch (const Error &e) {
        showProblem(e.message());
    }
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<InsertRecordCommand>(*m_document, QStringLiteral("committee_member"),
                values, tr("Add member %1").arg(m_memberPicker->text())),
            &error)) {
        showProblem(error.contains(QLatin1String("UNIQUE"), Qt::CaseInsensitive)
                ? tr("This person is already a member of the committee.")
                : error);
        return;
    }
    m_memberPicker->setId(0);
    m_problem->hide();
}

void CommitteesPage::addToAgenda()
{
    const qint64 committee = currentCommittee();
    int i = m_candidates->currentIndex();
    if (i < 0 || m_candidates->itemText(i) != m_candidates->currentText())
        i = m_candidates->findText(m_candidates->currentText());
    if (!m_document || committee <= 0)
        return;
    if (i < 0) {
        showProblem(tr("Choose an initiative of the committee's promotion in the list."));
        return;
    }
    QVariantMap values;
    values.insert(QStringLiteral("committee_id"), committee);
    values.insert(QStringLiteral("initiative_id"), m_candidates->itemData(i));
    values.insert(QStringLiteral("position"), m_agenda->rowCount() + 1);
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<InsertRecordCommand>(*m_document, QStringLiteral("agenda_item"),
                values, tr("Add %1 to the agenda").arg(m_candidates->itemText(i))),
            &error)) {
        showProblem(error);
        return;
    }
    m_problem->hide();
    const int row
        = m_agenda->rowOfInitiative(values.value(QStringLiteral("initiative_id")).toLongLong());
    if (row >= 0)
        m_agendaView->setCurrentIndex(m_agenda->index(row, AgendaModel::Initiative));
}

void CommitteesPage::openDecision(bool amend)
{
    const AgendaEntry *e = m_agenda ? m_agenda->entry(agendaRow()) : nullptr;
    if (!m_document || !e)
        return;
    runDecisionDialog(this, *m_document, currentCommittee(), *e, amend);
}

void CommitteesPage::saveBrief(bool wholePack)
{
    const qint64 committee = currentCommittee();
    const AgendaEntry *e = m_agenda ? m_agenda->entry(agendaRow()) : nullptr;
    if (!m_document || committee <= 0 || (!wholePack && !e))
        return;
    const qint64 initiative = e ? e->initiativeId : 0;
    const QString suggested = wholePack ? tr("committee-pack") : tr("brief-%1").arg(e->initiative);
    const QString path = QFileDialog::getSaveFileName(this,
        wholePack ? tr("Save Committee Pack") : tr("Save Brief"),
        suggested + QStringLiteral(".pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        CommitteeBrief brief = wholePack
            ? CommitteeBrief::pack(m_document->database(), committee)
            : CommitteeBrief::initiative(m_document->database(), committee, initiative);
        brief.writePdf(path);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Save Brief"), error.message());
    }
}

void CommitteesPage::printBrief()
{
    const AgendaEntry *e = m_agenda ? m_agenda->entry(agendaRow()) : nullptr;
    if (!m_document || !e)
        return;
    const qint64 initiative = e->initiativeId;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    try {
        CommitteeBrief::initiative(m_document->database(), currentCommittee(), initiative)
            .render(printer);
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Print"), error.message());
    }
}

void CommitteesPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void CommitteesPage::retranslateUi()
{
    m_title->setText(tr("Committees"));
    m_hint->setText(tr("This file has no programme yet: set one up before holding committees."));
    m_newCommittee->setText(tr("&New Committee"));
    m_deleteCommittee->setText(tr("&Delete Committee"));
    m_pack->setText(tr("Committee &Pack (PDF)…"));
    m_roomButton->setText(tr("R&oom Mode (F11)"));
    m_history->setText(tr("Histor&y…"));
    m_tabs->setTabText(0, tr("&Agenda and Decisions"));
    m_tabs->setTabText(1, tr("&Members"));
    m_membersLabel->setText(tr("Person:"));
    m_memberPicker->setPlaceholderText(tr("Type part of a name"));
    m_memberPicker->setAccessibleName(tr("Person to add"));
    m_addMember->setText(tr("Add &Member"));
    m_removeMember->setText(tr("Remove Member"));
    m_agendaLabel->setText(tr("Initiative:"));
    m_candidates->setAccessibleName(tr("Initiative to add to the agenda"));
    m_addAgenda->setText(tr("Add to A&genda"));
    m_removeAgenda->setText(tr("Remove from Agenda"));
    m_decide->setText(tr("&Record Decision…"));
    m_amend->setText(tr("A&mend Decision…"));
    m_printBrief->setText(tr("Print &Brief…"));
    m_briefPdf->setText(tr("Brief as P&DF…"));
    m_committeesView->setAccessibleName(tr("Committees"));
    m_membersView->setAccessibleName(tr("Members"));
    m_agendaView->setAccessibleName(tr("Agenda"));
    m_details->setAccessibleName(tr("Decision"));
    if (m_committees)
        m_committees->retranslate();
    if (m_members)
        m_members->retranslate();
    if (m_agenda)
        m_agenda->retranslate();
    updateDetails();
}

void CommitteesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
