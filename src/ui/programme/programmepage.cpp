// SPDX-License-Identifier: GPL-3.0-or-later
#include "programmepage.h"

#include "../commands/databasecommand.h"
#include "../commands/setfieldsbatchcommand.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../forms/referencepicker.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "../privacy/privacyactions.h"
#include "../style.h"
#include "core/domain/enums.h"
#include "core/error.h"
#include "core/services/programmeservice.h"
#include "lettertemplateeditor.h"
#include "needkindmodel.h"

#include <QBoxLayout>
#include <QDate>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>

namespace tremplin {

namespace {

/// The settings' fields, in the order of the form.
const char *const settingsColumns[]
    = { "name", "short_name", "operator", "operator_administration_id", "operator_siret",
          "default_funding_source_id", "website", "description", "retention_months" };

} // namespace

ProgrammePage::ProgrammePage(QWidget *parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("ProgrammePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
}

ProgrammePage::~ProgrammePage() = default;

void ProgrammePage::setDocument(Document *document)
{
    m_document = document;
    build();
}

void ProgrammePage::build()
{
    // The models and the binder hold the document: a new file gets new ones.
    delete m_content;
    m_content = nullptr;
    m_tables.clear();
    m_tranches = m_promotions = m_phases = m_themes = m_domains = m_reasons = nullptr;
    m_needKinds = nullptr;
    m_binder = nullptr;
    m_settingsLabels.clear();
    m_purgeButton = nullptr;
    m_currentPromotion = 0;
    m_programmeId = 0;
    if (!m_document || !m_document->database().isOpen())
        return;
    try {
        m_programmeId = ProgrammeService(m_document->database()).currentProgrammeId();
    } catch (const Error &e) {
        m_document->database().reportReadFailure(e.message());
    }
    m_content = new QWidget(this);
    layout()->addWidget(m_content);
    auto *outer = new QVBoxLayout(m_content);
    m_title = new QLabel(m_content);
    m_title->setObjectName(QStringLiteral("programmeTitle"));
    QFont title = m_title->font();
    title.setPointSizeF(title.pointSizeF() * 1.4);
    title.setBold(true);
    m_title->setFont(title);
    outer->addWidget(m_title);
    m_problem = new QLabel(m_content);
    m_problem->setObjectName(QStringLiteral("programmeProblem"));
    m_problem->setStyleSheet(style::errorText());
    m_problem->setWordWrap(true);
    m_problem->hide();
    outer->addWidget(m_problem);
    m_noProgramme = new QLabel(m_content);
    m_noProgramme->setWordWrap(true);
    m_noProgramme->setAlignment(Qt::AlignCenter);
    m_noProgramme->setVisible(m_programmeId == 0);
    outer->addWidget(m_noProgramme, m_programmeId == 0 ? 1 : 0);
    m_tabs = new QTabWidget(m_content);
    m_tabs->setObjectName(QStringLiteral("programmeTabs"));
    m_tabs->setVisible(m_programmeId != 0);
    outer->addWidget(m_tabs, 1);
    if (m_programmeId != 0) {
        m_tabs->addTab(buildSettings(), QString());
        m_tabs->addTab(buildCalendar(), QString());
        m_tabs->addTab(buildLists(), QString());
        auto *letters = new LetterTemplateEditor(*m_document, m_programmeId, m_tabs);
        // The editor shows its refusals under its fields; the status bar repeats them.
        connect(letters, &LetterTemplateEditor::problem, this, &ProgrammePage::statusMessage);
        m_tabs->addTab(letters, QString());
    }
    connect(&m_document->database(), &Database::changed, m_content, [this](const ChangeSet &c) {
        // A change that went through replaces the last refusal.
        showProblem(QString());
        if (touches(c, { QLatin1String("programme") }))
            retranslateUi();
    });
    retranslateUi();
    if (m_binder)
        m_binder->reload();
    for (Table &t : m_tables)
        t.model->reload();
    if (m_needKinds)
        m_needKinds->setProgrammeId(m_programmeId);
    promotionChanged();
    updateButtons();
    m_content->show();
}

QTableView *ProgrammePage::makeView(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    auto *delegate = new RecordDelegate(view);
    delegate->setDatabase(&m_document->database());
    view->setItemDelegate(delegate);
    view->verticalHeader()->hide();
    view->setWordWrap(false);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    view->installEventFilter(this);
    return view;
}

ProgrammePage::Table &ProgrammePage::addTable(QGroupBox *box, RecordTableModel *model,
    const QString &name, std::function<void(Table &)> insert)
{
    Table t;
    t.model = model;
    t.view = makeView(box, name + QStringLiteral("View"));
    t.view->setModel(model);
    t.view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t.view->horizontalHeader()->setStretchLastSection(true);
    t.add = new QPushButton(box);
    t.add->setObjectName(name + QStringLiteral("Add"));
    t.remove = new QPushButton(box);
    t.remove->setObjectName(name + QStringLiteral("Remove"));
    t.insert = std::move(insert);
    auto *layout = new QVBoxLayout(box);
    layout->addWidget(t.view, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(t.add);
    buttons->addWidget(t.remove);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    m_tables.push_back(std::move(t));
    Table &added = m_tables.back();
    connect(added.add, &QPushButton::clicked, this, [&added] { added.insert(added); });
    connect(added.remove, &QPushButton::clicked, this, [this, &added] { removeSelected(added); });
    connect(model, &RecordTableModel::editRefused, this, &ProgrammePage::showProblem);
    connect(added.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &ProgrammePage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, &ProgrammePage::updateButtons);
    return added;
}

QWidget *ProgrammePage::buildSettings()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("programmeSettingsTab"));
    auto *layout = new QHBoxLayout(page);
    auto *formBox = new QWidget(page);
    m_settingsForm = new QFormLayout(formBox);
    m_settingsForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_binder = new FieldBinder(*m_document, m_content);
    const auto programme = [this] { return m_programmeId; };
    for (const char *column : settingsColumns) {
        const QString c = QLatin1String(column);
        QWidget *editor = nullptr;
        if (c == QLatin1String("operator_administration_id")
            || c == QLatin1String("default_funding_source_id")) {
            auto *picker = new ReferencePicker(formBox);
            picker->setSource(m_document->database(),
                c == QLatin1String("operator_administration_id") ? ChoiceKind::Administration
                                                                 : ChoiceKind::FundingSource);
            editor = picker;
        } else if (c == QLatin1String("description")) {
            auto *text = new QPlainTextEdit(formBox);
            text->setTabChangesFocus(true);
            text->setMaximumHeight(110);
            editor = text;
        } else {
            editor = new QLineEdit(formBox);
        }
        editor->setObjectName(QStringLiteral("programme-%1").arg(c));
        auto *label = new QLabel(formBox);
        label->setProperty("column", c);
        label->setBuddy(editor);
        m_settingsLabels.append(label);
        m_settingsForm->addRow(label, editor);
        m_binder->bind(editor, m_settingsForm, QStringLiteral("programme"), c, programme);
    }
    // The retention period's purge, also offered when a file is opened.
    m_purgeButton = new QPushButton(formBox);
    m_purgeButton->setObjectName(QStringLiteral("purgeButton"));
    m_settingsForm->addRow(QString(), m_purgeButton);
    connect(m_purgeButton, &QPushButton::clicked, this, [this] {
        const PrivacyActions::Outcome done = PrivacyActions::purgeExpired(this, *m_document, false);
        if (done.error)
            showProblem(done.message);
        else if (!done.message.isEmpty())
            Q_EMIT statusMessage(done.message);
    });
    layout->addWidget(formBox, 3, Qt::AlignTop); // the fields at the top, not spread out
    m_trancheBox = new QGroupBox(page);
    m_tranches = new RecordTableModel(*m_document, QStringLiteral("programme_tranche"),
        QStringLiteral("programme_id"),
        { QStringLiteral("tranche"), QStringLiteral("amount_cents"), QStringLiteral("conditions") },
        QStringLiteral("position, id"), m_content);
    m_tranches->setParentId(m_programmeId);
    Table &tranches
        = addTable(m_trancheBox, m_tranches, QStringLiteral("tranches"), [this](Table &t) {
              const int n = m_tranches->rowCount();
              insertAndEdit(t,
                  { { QStringLiteral("programme_id"), m_programmeId },
                      { QStringLiteral("position"), n + 1 },
                      { QStringLiteral("tranche"),
                          toCode(n == 0    ? TrancheKind::Seed
                                  : n == 1 ? TrancheKind::Second
                                           : TrancheKind::Deployment) },
                      { QStringLiteral("amount_cents"), 0 } },
                  tr("Add a tranche to the default scheme"), 1);
          });
    tranches.view->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_trancheBox, 2);
    return page;
}

QWidget *ProgrammePage::buildCalendar()
{
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    splitter->setObjectName(QStringLiteral("programmeCalendarTab"));
    splitter->setChildrenCollapsible(false);
    m_promotionBox = new QGroupBox(splitter);
    m_promotions = new RecordTableModel(*m_document, QStringLiteral("promotion"),
        QStringLiteral("programme_id"),
        { QStringLiteral("number"), QStringLiteral("name"), QStringLiteral("year"),
            QStringLiteral("envelope_cents"), QStringLiteral("places"), QStringLiteral("starts_on"),
            QStringLiteral("ends_on") },
        QStringLiteral("number, id"), m_content);
    m_promotions->setParentId(m_programmeId);
    Table &promotions
        = addTable(m_promotionBox, m_promotions, QStringLiteral("promotions"), [this](Table &t) {
              int number = 1;
              try {
                  number
                      = ProgrammeService(m_document->database()).nextPromotionNumber(m_programmeId);
              } catch (const Error &e) {
                  showProblem(e.message());
                  return;
              }
              insertAndEdit(t,
                  { { QStringLiteral("programme_id"), m_programmeId },
                      { QStringLiteral("number"), number },
                      { QStringLiteral("name"), tr("Promotion %1").arg(number) },
                      { QStringLiteral("year"), QDate::currentDate().year() } },
                  tr("Add promotion"), 1);
          });
    promotions.view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    promotions.view->horizontalHeader()->setStretchLastSection(false);
    connect(promotions.view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this] { promotionChanged(); });
    // Rows inserted or removed reset the model: the selected promotion is found again by id.
    connect(m_promotions, &QAbstractItemModel::modelReset, this, [this] { promotionChanged(); });
    connect(m_promotions, &QAbstractItemModel::dataChanged, this, [this] { promotionChanged(); });

    m_phaseBox = new QGroupBox(splitter);
    m_phases
        = new RecordTableModel(*m_document, QStringLiteral("phase"), QStringLiteral("promotion_id"),
            { QStringLiteral("kind"), QStringLiteral("name"), QStringLiteral("planned_start"),
                QStringLiteral("planned_end"), QStringLiteral("actual_start"),
                QStringLiteral("actual_end"), QStringLiteral("description") },
            QStringLiteral("position, id"), m_content);
    Table &phases = addTable(m_phaseBox, m_phases, QStringLiteral("phases"), [this](Table &t) {
        if (!m_currentPromotion)
            return;
        insertAndEdit(t,
            { { QStringLiteral("programme_id"), m_programmeId },
                { QStringLiteral("promotion_id"), m_currentPromotion },
                { QStringLiteral("kind"), toCode(PhaseKind::Other) },
                { QStringLiteral("name"), freshName(m_phases, tr("New phase")) },
                { QStringLiteral("position"), m_phases->rowCount() + 1 } },
            tr("Add phase"), 1);
    });
    phases.view->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_phaseUp = new QPushButton(m_phaseBox);
    m_phaseUp->setObjectName(QStringLiteral("phasesUp"));
    m_phaseDown = new QPushButton(m_phaseBox);
    m_phaseDown->setObjectName(QStringLiteral("phasesDown"));
    auto *buttons = qobject_cast<QHBoxLayout *>(m_phaseBox->layout()->itemAt(1)->layout());
    buttons->insertWidget(2, m_phaseUp);
    buttons->insertWidget(3, m_phaseDown);
    connect(m_phaseUp, &QPushButton::clicked, this, [this] { movePhase(-1); });
    connect(m_phaseDown, &QPushButton::clicked, this, [this] { movePhase(+1); });
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    return splitter;
}

QWidget *ProgrammePage::buildLists()
{
    auto *page = new QWidget(m_tabs);
    page->setObjectName(QStringLiteral("programmeListsTab"));
    auto *grid = new QGridLayout(page);
    m_themeBox = new QGroupBox(page);
    m_themes = new RecordTableModel(*m_document, QStringLiteral("theme"), QString(),
        { QStringLiteral("name") }, QStringLiteral("name, id"), m_content);
    addTable(m_themeBox, m_themes, QStringLiteral("themes"), [this](Table &t) {
        insertAndEdit(t, { { QStringLiteral("name"), freshName(m_themes, tr("New theme")) } },
            tr("Add theme"), 0);
    });
    // Domains and reasons for non-admissibility: two lists of list_item.
    const auto listTable = [this](QGroupBox *box, RecordTableModel *&model, ListKind list,
                               const QString &name, const QString &base) {
        model = new RecordTableModel(*m_document, QStringLiteral("list_item"),
            QStringLiteral("programme_id"),
            { QStringLiteral("name"), QStringLiteral("description") },
            QStringLiteral("position, id"), m_content);
        model->setFilter({ { QStringLiteral("list"), toCode(list) } });
        model->setParentId(m_programmeId);
        RecordTableModel *m = model;
        addTable(box, model, name, [this, m, list, base](Table &t) {
            insertAndEdit(t,
                { { QStringLiteral("programme_id"), m_programmeId },
                    { QStringLiteral("list"), toCode(list) },
                    { QStringLiteral("name"), freshName(m, base) },
                    { QStringLiteral("position"), m->rowCount() + 1 } },
                list == ListKind::Domain ? tr("Add domain") : tr("Add reason"), 0);
        });
    };
    m_domainBox = new QGroupBox(page);
    listTable(
        m_domainBox, m_domains, ListKind::Domain, QStringLiteral("domains"), tr("New domain"));
    m_reasonBox = new QGroupBox(page);
    listTable(m_reasonBox, m_reasons, ListKind::NonAdmissibilityReason, QStringLiteral("reasons"),
        tr("New reason"));
    m_needKindBox = new QGroupBox(page);
    m_needKinds = new NeedKindModel(*m_document, m_content);
    connect(m_needKinds, &NeedKindModel::editRefused, this, &ProgrammePage::showProblem);
    m_needKindView = makeView(m_needKindBox, QStringLiteral("needKindsView"));
    m_needKindView->setModel(m_needKinds);
    m_needKindView->horizontalHeader()->setSectionResizeMode(
        NeedKindModel::Kind, QHeaderView::ResizeToContents);
    m_needKindView->horizontalHeader()->setStretchLastSection(true);
    auto *needLayout = new QVBoxLayout(m_needKindBox);
    needLayout->addWidget(m_needKindView);
    grid->addWidget(m_themeBox, 0, 0);
    grid->addWidget(m_domainBox, 0, 1);
    grid->addWidget(m_needKindBox, 1, 0);
    grid->addWidget(m_reasonBox, 1, 1);
    return page;
}

void ProgrammePage::retranslateUi()
{
    if (!m_content)
        return;
    QString name;
    if (m_document && m_document->database().isOpen() && m_programmeId) {
        try {
            name = RecordService(m_document->database())
                       .value(QStringLiteral("programme"), QStringLiteral("name"), m_programmeId)
                       .toString();
        } catch (const Error &e) {
            m_document->database().reportReadFailure(e.message());
        }
    }
    m_title->setText(name.isEmpty() ? tr("Programme") : name);
    m_noProgramme->setText(tr("This file has no programme yet. Create one with File › New."));
    if (!m_programmeId)
        return;
    m_tabs->setTabText(0, tr("Settings"));
    m_tabs->setTabText(1, tr("Promotions and phases"));
    m_tabs->setTabText(2, tr("Lists"));
    m_tabs->setTabText(3, tr("Letters"));
    for (QLabel *label : std::as_const(m_settingsLabels)) {
        const FieldSpec *spec = RecordService::field(
            QStringLiteral("programme"), label->property("column").toString());
        label->setText(tr("%1:", "a field's caption").arg(RecordService::label(*spec)));
    }
    m_settingsLabels.first()->setToolTip(QString());
    if (auto *siret = m_content->findChild<QLineEdit *>(QStringLiteral("programme-operator_siret")))
        siret->setToolTip(tr("The SIRET of the operating administration: it is the grantor in "
                             "the open-data export (SCDL) of grants whose funding source has "
                             "none."));
    if (auto *retention
        = m_content->findChild<QLineEdit *>(QStringLiteral("programme-retention_months")))
        retention->setToolTip(tr("How long the personal data of applicants who were not selected "
                                 "is kept, counted from the sign-off of their promotion's "
                                 "selection; empty: kept until erased by hand."));
    m_purgeButton->setText(tr("Purge Expired Personal Data…"));
    m_trancheBox->setTitle(tr("Default tranche scheme"));
    m_promotionBox->setTitle(tr("Promotions"));
    m_themeBox->setTitle(tr("Themes"));
    m_domainBox->setTitle(tr("Domains"));
    m_needKindBox->setTitle(tr("Need kinds"));
    m_reasonBox->setTitle(tr("Reasons for non-admissibility"));
    m_phaseUp->setText(tr("Move &Up"));
    m_phaseDown->setText(tr("Move Do&wn"));
    for (Table &t : m_tables) {
        if (t.model == m_tranches) {
            t.add->setText(tr("Add Tranche"));
            t.remove->setText(tr("Remove Tranche"));
            t.removeText = tr("Remove a tranche of the default scheme");
        } else if (t.model == m_promotions) {
            t.add->setText(tr("Add Promotion"));
            t.remove->setText(tr("Delete Promotion"));
            t.removeText = tr("Delete promotion");
        } else if (t.model == m_phases) {
            t.add->setText(tr("Add Phase"));
            t.remove->setText(tr("Remove Phase"));
            t.removeText = tr("Remove phase");
        } else if (t.model == m_themes) {
            t.add->setText(tr("Add Theme"));
            t.remove->setText(tr("Remove Theme"));
            t.removeText = tr("Remove theme");
        } else if (t.model == m_domains) {
            t.add->setText(tr("Add Domain"));
            t.remove->setText(tr("Remove Domain"));
            t.removeText = tr("Remove domain");
        } else {
            t.add->setText(tr("Add Reason"));
            t.remove->setText(tr("Remove Reason"));
            t.removeText = tr("Remove reason");
        }
        t.model->retranslate();
    }
    m_needKinds->retranslate();
    promotionChanged();
}

void ProgrammePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

bool ProgrammePage::eventFilter(QObject *watched, QEvent *event)
{
    // Delete removes the selected row of a table (a cell being edited has its own editor,
    // which gets the key instead).
    if (event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Delete) {
        for (Table &t : m_tables) {
            if (t.view == watched) {
                removeSelected(t);
                return true;
            }
        }
    }
    return QWidget::eventFilter(watched, event);
}

bool ProgrammePage::push(std::unique_ptr<DatabaseCommand> command)
{
    QString error;
    if (DatabaseCommand::push(*m_document, std::move(command), &error))
        return true;
    showProblem(error);
    return false;
}

void ProgrammePage::showProblem(const QString &message)
{
    if (!m_problem)
        return;
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    if (!message.isEmpty())
        Q_EMIT statusMessage(message);
}

QString ProgrammePage::freshName(const RecordTableModel *model, const QString &base)
{
    QStringList names;
    const int column = int(model->column(0) == QLatin1String("name") ? 0 : 1);
    for (int row = 0; row < model->rowCount(); ++row)
        names << model->index(row, column).data().toString();
    QString name = base;
    for (int n = 2; names.contains(name); ++n)
        name = QStringLiteral("%1 %2").arg(base).arg(n);
    return name;
}

void ProgrammePage::insertAndEdit(
    Table &table, const QVariantMap &values, const QString &text, int column)
{
    auto command
        = std::make_unique<InsertRecordCommand>(*m_document, table.model->table(), values, text);
    const auto *raw = command.get();
    if (!push(std::move(command)))
        return;
    // The new row is selected with its name being edited: the user types it straight away.
    const int row = table.model->rowOf(raw->recordId());
    if (row < 0)
        return;
    const QModelIndex index = table.model->index(row, column);
    table.view->setCurrentIndex(index);
    table.view->setFocus();
    table.view->edit(index);
}

void ProgrammePage::removeSelected(Table &table)
{
    const QModelIndex current = table.view->currentIndex();
    if (!current.isValid())
        return;
    const int row = current.row();
    if (!push(std::make_unique<RemoveRecordCommand>(
            *m_document, table.model->table(), table.model->idAt(row), table.removeText)))
        return;
    if (table.model->rowCount() > 0)
        table.view->setCurrentIndex(
            table.model->index(std::min(row, table.model->rowCount() - 1), current.column()));
}

qint64 ProgrammePage::selectedPromotion() const
{
    if (!m_promotions)
        return 0;
    const auto it = std::find_if(m_tables.begin(), m_tables.end(),
        [this](const Table &t) { return t.model == m_promotions; });
    const QModelIndex index = it->view->currentIndex();
    return index.isValid() ? m_promotions->idAt(index.row()) : 0;
}

void ProgrammePage::promotionChanged()
{
    if (!m_promotions || !m_phases)
        return;
    const auto it = std::find_if(m_tables.begin(), m_tables.end(),
        [this](const Table &t) { return t.model == m_promotions; });
    qint64 id = selectedPromotion();
    if (!id) {
        // After a reset: the promotion that was selected, else the first.
        int row = m_promotions->rowOf(m_currentPromotion);
        if (row < 0 && m_promotions->rowCount() > 0)
            row = 0;
        if (row >= 0) {
            it->view->setCurrentIndex(m_promotions->index(row, 1));
            id = m_promotions->idAt(row);
        }
    }
    if (id != m_currentPromotion || m_phases->parentId() != id) {
        m_currentPromotion = id;
        m_phases->setParentId(id);
    }
    const QString name
        = id ? m_promotions->index(m_promotions->rowOf(id), 1).data().toString() : QString();
    m_phaseBox->setTitle(
        id ? tr("Phases of “%1”, in order").arg(name) : tr("Phases (choose a promotion above)"));
    updateButtons();
}

void ProgrammePage::movePhase(int delta)
{
    const auto it = std::find_if(
        m_tables.begin(), m_tables.end(), [this](const Table &t) { return t.model == m_phases; });
    const QModelIndex current = it->view->currentIndex();
    if (!current.isValid())
        return;
    const int from = current.row();
    const int to = from + delta;
    if (to < 0 || to >= m_phases->rowCount())
        return;
    // The new order numbered 1, 2, 3...: one undoable step whatever positions the file held.
    QList<qint64> order;
    for (int row = 0; row < m_phases->rowCount(); ++row)
        order << m_phases->idAt(row);
    order.swapItemsAt(from, to);
    QList<SetFieldsBatchCommand::Edit> edits;
    for (int i = 0; i < order.size(); ++i)
        edits.append({ order.at(i), { { QStringLiteral("position"), i + 1 } } });
    const qint64 moved = order.at(to);
    const QString name = m_phases->index(from, 1).data().toString();
    if (!push(std::make_unique<SetFieldsBatchCommand>(*m_document, QStringLiteral("phase"), edits,
            delta < 0 ? tr("Move “%1” up").arg(name) : tr("Move “%1” down").arg(name))))
        return;
    it->view->setCurrentIndex(m_phases->index(m_phases->rowOf(moved), current.column()));
}

void ProgrammePage::updateButtons()
{
    for (Table &t : m_tables) {
        t.remove->setEnabled(t.view->currentIndex().isValid());
        if (t.model == m_phases) {
            t.add->setEnabled(m_currentPromotion != 0);
            const int row = t.view->currentIndex().isValid() ? t.view->currentIndex().row() : -1;
            m_phaseUp->setEnabled(row > 0);
            m_phaseDown->setEnabled(row >= 0 && row + 1 < m_phases->rowCount());
        }
    }
}

} // namespace tremplin
