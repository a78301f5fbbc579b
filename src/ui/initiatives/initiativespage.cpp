// SPDX-License-Identifier: GPL-3.0-or-later
#include "initiativespage.h"

#include "../commands/databasecommand.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "../models/initiativelistmodel.h"
#include "../style.h"
#include "core/error.h"
#include "core/services/admissibility.h"
#include "core/services/initiativelist.h"
#include "core/services/initiativeservice.h"
#include "core/services/programmeservice.h"
#include "initiativeform.h"

#include <QAction>
#include <QCheckBox>
#include <QCollator>
#include <QComboBox>
#include <QDateTime>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTableView>
#include <QToolButton>
#include <QVBoxLayout>

namespace tremplin {

namespace {

/// True when @p changes could change what the filters offer: an initiative added or removed,
/// or an update naming its domain or admissibility (or not saying which columns it wrote).
/// Typing a description writes neither: reading the choices again (every initiative's domain,
/// the admissibility counts) would stall the typing on a large programme.
bool changesFilterChoices(const ChangeSet &changes)
{
    for (const Change &c : changes) {
        if (c.entity != QLatin1String("initiative"))
            continue;
        if (c.kind != Change::Updated || c.columns.isEmpty())
            return true;
        const QStringList columns = c.columns.split(QStringLiteral(", "));
        if (columns.contains(QLatin1String("domain"))
            || columns.contains(QLatin1String("admissibility")))
            return true;
    }
    return false;
}

QComboBox *filterCombo(QWidget *parent, const char *objectName)
{
    auto *combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(objectName));
    combo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return combo;
}

/// Refills a filter combo keeping its current choice when it still exists. The first entry,
/// with no data, means "all".
void refill(QComboBox *combo, const QString &allText, const QList<QPair<QString, QVariant>> &items)
{
    QVariant current = combo->currentData();
    // A choice remembered from the last session waits until the file's values are loaded.
    const QVariant pending = combo->property("restore");
    if (pending.isValid())
        current = pending;
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(allText);
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int i = current.isValid() ? combo->findData(current) : 0;
    combo->setCurrentIndex(i < 0 ? 0 : i);
    if (pending.isValid() && i > 0)
        combo->setProperty("restore", QVariant());
}

template<typename E> QList<QPair<QString, QVariant>> enumItems()
{
    QList<QPair<QString, QVariant>> items;
    for (const auto &e : EnumTraits<E>::entries)
        items.append({ label(e.value), QString::fromLatin1(e.code) });
    return items;
}

} // namespace

InitiativesPage::InitiativesPage(QWidget *parent)
    : QWidget(parent)
    , m_model(new InitiativeListModel(this))
    , m_search(new QLineEdit(this))
    , m_promotion(filterCombo(this, "promotionFilter"))
    , m_status(filterCombo(this, "statusFilter"))
    , m_phase(filterCombo(this, "phaseFilter"))
    , m_theme(filterCombo(this, "themeFilter"))
    , m_domain(filterCombo(this, "domainFilter"))
    , m_need(filterCombo(this, "needFilter"))
    , m_admissibility(filterCombo(this, "admissibilityFilter"))
    , m_overdue(new QCheckBox(this))
    , m_archived(new QCheckBox(this))
    , m_clearFilters(new QToolButton(this))
    , m_count(new QLabel(this))
    , m_view(new QTableView(this))
    , m_newButton(new QToolButton(this))
    , m_openButton(new QToolButton(this))
    , m_findAction(new QAction(this))
    , m_noMatch(new QWidget(m_view->viewport()))
    , m_noMatchLabel(new QLabel(m_noMatch))
    , m_noMatchClear(new QPushButton(m_noMatch))
    , m_choicesRefresh(new DeferredRefresh(this, [this] { reloadFilterChoices(); }))
{
    m_search->setObjectName(QStringLiteral("searchField"));
    m_search->setClearButtonEnabled(true);
    // Writing the settings file takes 10 to 40 ms: after a pause, never in a keystroke.
    m_saveTimer.setSingleShot(true);
    m_saveTimer.setInterval(delays::SettingsSaved);
    connect(&m_saveTimer, &QTimer::timeout, this, &InitiativesPage::saveState);
    m_overdue->setObjectName(QStringLiteral("overdueFilter"));
    m_archived->setObjectName(QStringLiteral("archivedFilter"));
    m_count->setObjectName(QStringLiteral("countLabel"));
    m_view->setObjectName(QStringLiteral("initiativesView"));
    m_newButton->setObjectName(QStringLiteral("newInitiativeButton"));
    m_openButton->setObjectName(QStringLiteral("openInitiativeButton"));
    m_clearFilters->setObjectName(QStringLiteral("clearFiltersButton"));

    auto *layout = new QVBoxLayout(this);
    // Two rows, so that the window fits a 1280-pixel screen: search and commands, then filters.
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_overdue);
    top->addWidget(m_archived);
    top->addWidget(m_clearFilters);
    top->addWidget(m_count);
    top->addSpacing(12);
    top->addWidget(m_newButton);
    top->addWidget(m_openButton);
    layout->addLayout(top);
    // The filters in two rows of three, each combo as wide as its longest choice, so that none is
    // clipped ("Toutes les promot…") in the default 1100-pixel window, in French too.
    auto *filters = new QGridLayout;
    int f = 0;
    for (QComboBox *w :
        { m_promotion, m_status, m_phase, m_theme, m_domain, m_need, m_admissibility }) {
        w->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        filters->addWidget(w, f / 3, f % 3);
        ++f;
    }
    for (int c = 0; c < 3; ++c)
        filters->setColumnStretch(c, 1);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);

    // Over the empty list: why it is empty and what to do.
    m_noMatch->setObjectName(QStringLiteral("noMatchPanel"));
    m_noMatchLabel->setObjectName(QStringLiteral("noMatchLabel"));
    // One line or two at most: the panel is as wide as its text, never squeezed into a column.
    m_noMatchLabel->setAlignment(Qt::AlignCenter);
    m_noMatchLabel->setTextFormat(Qt::PlainText);
    m_noMatchClear->setObjectName(QStringLiteral("noMatchClearButton"));
    auto *panel = new QVBoxLayout(m_noMatch);
    panel->addWidget(m_noMatchLabel);
    panel->addWidget(m_noMatchClear, 0, Qt::AlignHCenter);
    auto *over = new QVBoxLayout(m_view->viewport());
    over->addStretch(1);
    over->addWidget(m_noMatch, 0, Qt::AlignHCenter);
    over->addStretch(2);
    m_noMatch->hide();

    m_view->setModel(m_model);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setSectionsMovable(true);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setDefaultSectionSize(140);
    m_view->horizontalHeader()->resizeSection(InitiativeListService::Name, 220);
    m_view->horizontalHeader()->resizeSection(InitiativeListService::Carrier, 240);
    m_view->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->sortByColumn(InitiativeListService::Name, Qt::AscendingOrder);
    connect(m_view->horizontalHeader(), &QHeaderView::customContextMenuRequested, this,
        &InitiativesPage::showColumnMenu);
    connect(m_view->horizontalHeader(), &QHeaderView::sortIndicatorChanged, this,
        [this] { m_saveTimer.start(); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionResized, this,
        [this] { m_saveTimer.start(); });
    connect(m_view->horizontalHeader(), &QHeaderView::sectionMoved, this,
        [this] { m_saveTimer.start(); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        [this](const QModelIndex &current) {
            Q_EMIT currentChanged(current.isValid() ? m_model->idAt(current.row()) : 0);
        });
    connect(m_view, &QTableView::activated, this,
        [this](const QModelIndex &index) { openForm(m_model->idAt(index.row())); });

    // Ctrl+F searches from anywhere in the workspace.
    m_findAction->setShortcut(QKeySequence::Find);
    m_findAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    addAction(m_findAction);
    connect(m_findAction, &QAction::triggered, this, &InitiativesPage::focusSearch);
    // Down arrow from the search field goes to the list; Enter there opens the first match.
    m_search->installEventFilter(this);
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        if (m_model->rowCount() > 0) {
            const qint64 id = currentId() ? currentId() : m_model->idAt(0);
            openForm(id);
        }
    });

    connect(m_search, &QLineEdit::textChanged, this, &InitiativesPage::applyFilter);
    for (QComboBox *c :
        { m_promotion, m_status, m_phase, m_theme, m_domain, m_need, m_admissibility })
        connect(c, &QComboBox::currentIndexChanged, this, &InitiativesPage::applyFilter);
    connect(m_overdue, &QCheckBox::toggled, this, &InitiativesPage::applyFilter);
    connect(m_archived, &QCheckBox::toggled, this, &InitiativesPage::applyFilter);
    connect(m_clearFilters, &QToolButton::clicked, this, [this] {
        m_restoring = true;
        m_search->clear();
        for (QComboBox *c :
            { m_promotion, m_status, m_phase, m_theme, m_domain, m_need, m_admissibility })
            c->setCurrentIndex(0);
        m_overdue->setChecked(false);
        m_archived->setChecked(false);
        m_restoring = false;
        applyFilter();
    });
    connect(m_model, &InitiativeListModel::countsChanged, this, &InitiativesPage::updateCount);
    connect(m_noMatchClear, &QPushButton::clicked, m_clearFilters, &QToolButton::click);
    connect(m_newButton, &QToolButton::clicked, this, &InitiativesPage::newInitiative);
    connect(m_openButton, &QToolButton::clicked, this, [this] {
        if (currentId())
            openForm(currentId());
    });

    setTabOrder(m_search, m_newButton);
    setTabOrder(m_newButton, m_openButton);
    setTabOrder(m_openButton, m_promotion);
    setTabOrder(m_promotion, m_status);
    setTabOrder(m_status, m_phase);
    setTabOrder(m_phase, m_theme);
    setTabOrder(m_theme, m_domain);
    setTabOrder(m_domain, m_need);
    setTabOrder(m_need, m_admissibility);
    setTabOrder(m_admissibility, m_overdue);
    setTabOrder(m_overdue, m_archived);
    setTabOrder(m_archived, m_clearFilters);
    setTabOrder(m_clearFilters, m_view);

    retranslateUi();
    restoreState();
}

InitiativesPage::~InitiativesPage()
{
    saveState();
}

void InitiativesPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, this, nullptr);
    m_document = document;
    if (m_document) {
        // The filters' choices: promotions, phases, themes and the initiatives' domains.
        connect(
            &m_document->database(), &Database::changed, this, [this](const ChangeSet &changes) {
                if (touches(changes,
                        { QLatin1String("promotion"), QLatin1String("phase"),
                            QLatin1String("theme"), QLatin1String("initiative_theme"),
                            QLatin1String("list_item") })
                    || changesFilterChoices(changes))
                    m_choicesRefresh->request();
            });
    }
    reloadFilterChoices();
    m_model->setDatabase(m_document ? &m_document->database() : nullptr);
    applyFilter();
}

void InitiativesPage::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void InitiativesPage::retranslateUi()
{
    // Short enough to be read whole in the default window; the tooltip says everything searched.
    m_search->setPlaceholderText(tr("Name, carrier, town, theme… (Ctrl+F)"));
    m_search->setToolTip(tr("Finds the initiatives whose name, carrier, town, description or "
                            "themes hold every word typed, with or without accents."));
    m_search->setAccessibleName(tr("Search initiatives"));
    m_overdue->setText(tr("Overdue actions"));
    m_overdue->setToolTip(tr("Only initiatives with an open action past its due date"));
    m_archived->setText(tr("Show archived"));
    m_clearFilters->setText(tr("Clear filters"));
    m_newButton->setText(tr("&New Initiative"));
    m_openButton->setText(tr("&Open"));
    m_view->setAccessibleName(tr("Initiatives"));
    m_promotion->setAccessibleName(tr("Promotion filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_phase->setAccessibleName(tr("Phase filter"));
    m_theme->setAccessibleName(tr("Theme filter"));
    m_domain->setAccessibleName(tr("Domain filter"));
    m_need->setAccessibleName(tr("Need kind filter"));
    m_admissibility->setAccessibleName(tr("Admissibility filter"));
    m_count->setAccessibleName(tr("Number of initiatives shown"));
    updateEmptyState();
    reloadFilterChoices();
    const qint64 keep = currentId();
    m_model->retranslate();
    if (keep)
        selectInitiative(keep);
    updateCount();
}

bool InitiativesPage::eventFilter(QObject *watched, QEvent *event)
{
    // Down from the search field moves into the list, as in a file dialog.
    if (watched == m_search && event->type() == QEvent::KeyPress
        && static_cast<QKeyEvent *>(event)->key() == Qt::Key_Down && m_model->rowCount() > 0) {
        m_view->setFocus(Qt::TabFocusReason);
        if (!m_view->currentIndex().isValid())
            m_view->setCurrentIndex(m_model->index(0, 0));
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void InitiativesPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_choicesRefresh->flushIfStale();
}

void InitiativesPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void InitiativesPage::reloadFilterChoices()
{
    QList<QPair<QString, QVariant>> promotions, phases, themes, domains;
    if (m_document && m_document->database().isOpen()) {
        try {
            Database &db = m_document->database();
            for (const Promotion &p : ProgrammeService(db).promotions())
                promotions.append({ p.name, p.id });
            for (const Phase &p : ProgrammeService(db).phases()) {
                if (p.kind == PhaseKind::Accompaniment || p.kind == PhaseKind::Selection)
                    phases.append({ p.name, p.id });
            }
            QStringList names = InitiativeService(db).allThemes();
            // In the language's order ("Éducation" with the E's, not after "Social").
            QCollator collator;
            std::sort(names.begin(), names.end(), collator);
            for (const QString &t : std::as_const(names))
                themes.append({ t, t });
            for (const QString &d : InitiativeListService(db).domains())
                domains.append({ d, d });
        } catch (const Error &e) {
            m_document->database().reportReadFailure(e.message());
        }
    }
    refill(m_promotion, tr("All promotions"), promotions);
    refill(m_status, tr("All statuses"), enumItems<Lifecycle>());
    refill(m_phase, tr("All phases"), phases);
    refill(m_theme, tr("All themes"), themes);
    refill(m_domain, tr("All domains"), domains);
    refill(m_need, tr("All needs"), enumItems<NeedKind>());
    // The applications at each admissibility, counted beside it.
    QList<QPair<QString, QVariant>> admissibility = enumItems<Admissibility>();
    if (m_document && m_document->database().isOpen()) {
        try {
            const auto counts = AdmissibilityService(m_document->database()).counts();
            const int n[] = { counts.unchecked, counts.admissible, counts.notAdmissible };
            for (int i = 0; i < admissibility.size(); ++i)
                admissibility[i].first = tr("%1 (%L2)").arg(admissibility[i].first).arg(n[i]);
        } catch (const Error &e) {
            m_document->database().reportReadFailure(e.message());
        }
    }
    refill(m_admissibility, tr("Any admissibility"), admissibility);
}

void InitiativesPage::applyFilter()
{
    if (m_restoring)
        return;
    InitiativeFilter f;
    f.search = m_search->text();
    f.promotionId = m_promotion->currentData().toLongLong();
    f.lifecycle = fromCode<Lifecycle>(m_status->currentData().toString());
    f.phaseId = m_phase->currentData().toLongLong();
    f.theme = m_theme->currentData().toString();
    f.domain = m_domain->currentData().toString();
    f.needKind = fromCode<NeedKind>(m_need->currentData().toString());
    f.overdueOnly = m_overdue->isChecked();
    f.admissibility = fromCode<Admissibility>(m_admissibility->currentData().toString());
    f.includeArchived = m_archived->isChecked();
    const qint64 keep = currentId();
    m_model->setFilter(f);
    if (keep)
        selectInitiative(keep);
    m_saveTimer.start();
    Q_EMIT filterChanged(f);
}

void InitiativesPage::updateCount()
{
    m_count->setText(tr("%1 of %2")
                         .arg(QLocale().toString(m_model->shownCount()),
                             QLocale().toString(m_model->totalCount())));
    bool filtered = !m_model->filter().isEmpty() || m_model->filter().includeArchived;
    m_clearFilters->setEnabled(filtered);
    updateEmptyState();
}

void InitiativesPage::updateEmptyState()
{
    const bool empty = m_document && m_model->shownCount() == 0;
    const QString search = m_search->text().trimmed();
    if (empty && m_model->totalCount() == 0) {
        m_noMatchLabel->setText(tr("No initiatives yet. Use New Initiative to add the first one."));
    } else if (empty && !search.isEmpty()) {
        m_noMatchLabel->setText(onlySearch()
                ? tr("Nothing matches “%1”.").arg(search)
                : tr("Nothing matches “%1” with the filters chosen.").arg(search));
    } else if (empty) {
        m_noMatchLabel->setText(tr("No initiative matches the filters chosen."));
    }
    m_noMatchClear->setText(
        onlySearch() ? tr("Clear the Search") : tr("Clear the Search and the Filters"));
    m_noMatchClear->setVisible(empty && m_model->totalCount() > 0);
    m_noMatch->setVisible(empty);
}

bool InitiativesPage::onlySearch() const
{
    InitiativeFilter f = m_model->filter();
    f.search.clear();
    return f.isEmpty() && !f.includeArchived;
}

qint64 InitiativesPage::currentId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? m_model->idAt(index.row()) : 0;
}

void InitiativesPage::selectInitiative(qint64 id)
{
    const int row = m_model->rowOf(id);
    if (row < 0)
        return;
    const QModelIndex index = m_model->index(row, 0);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

void InitiativesPage::showActionsDue(bool overdueOnly)
{
    m_restoring = true;
    m_search->clear();
    for (QComboBox *c :
        { m_promotion, m_status, m_phase, m_theme, m_domain, m_need, m_admissibility })
        c->setCurrentIndex(0);
    m_overdue->setChecked(overdueOnly);
    m_archived->setChecked(false);
    m_restoring = false;
    applyFilter();
    m_view->sortByColumn(InitiativeListService::NextActionDue, Qt::AscendingOrder);
}

InitiativeForm *InitiativesPage::openForm(qint64 id)
{
    if (!m_document || id <= 0)
        return nullptr;
    // One form per initiative: raise the open one.
    const auto forms = findChildren<InitiativeForm *>();
    for (InitiativeForm *f : forms) {
        if (f->initiativeId() == id) {
            f->show();
            f->raise();
            f->activateWindow();
            return f;
        }
    }
    auto *form = new InitiativeForm(*m_document, id, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    connect(form, &InitiativeForm::grantsRequested, this, &InitiativesPage::grantsRequested);
    form->show();
    return form;
}

void InitiativesPage::newInitiative()
{
    if (!m_document)
        return;
    QVariantMap values;
    values.insert(QStringLiteral("name"), tr("New initiative"));
    values.insert(QStringLiteral("lifecycle"), QStringLiteral("applicant"));
    values.insert(QStringLiteral("archived"), 0);
    const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    values.insert(QStringLiteral("created_at"), stamp);
    values.insert(QStringLiteral("updated_at"), stamp);
    if (m_promotion->currentData().isValid())
        values.insert(QStringLiteral("promotion_id"), m_promotion->currentData());
    auto command = std::make_unique<InsertRecordCommand>(
        *m_document, QStringLiteral("initiative"), values, tr("New initiative"));
    auto *raw = command.get();
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        showError(error);
        return;
    }
    const qint64 id = raw->recordId();
    selectInitiative(id);
    if (InitiativeForm *form = openForm(id))
        form->focusName();
}

void InitiativesPage::duplicateCurrent()
{
    const qint64 id = currentId();
    if (!m_document || !id)
        return;
    try {
        const Initiative source = InitiativeService(m_document->database()).get(id);
        QVariantMap values;
        values.insert(QStringLiteral("name"), tr("%1 (copy)").arg(source.name));
        values.insert(QStringLiteral("lifecycle"), QStringLiteral("applicant"));
        values.insert(QStringLiteral("archived"), 0);
        const QString stamp = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
        values.insert(QStringLiteral("created_at"), stamp);
        values.insert(QStringLiteral("updated_at"), stamp);
        const std::pair<const char *, QString> texts[] = {
            { "one_liner", source.oneLiner },
            { "description", source.description },
            { "website", source.website },
            { "domain", source.domain },
            { "territories", source.territories },
            { "town", source.town },
            { "main_impact", source.mainImpact },
        };
        for (const auto &[column, value] : texts) {
            if (!value.isEmpty())
                values.insert(QLatin1String(column), value);
        }
        if (source.promotionId)
            values.insert(QStringLiteral("promotion_id"), source.promotionId);
        if (source.carrierId)
            values.insert(QStringLiteral("carrier_id"), source.carrierId);
        auto command = std::make_unique<InsertRecordCommand>(
            *m_document, QStringLiteral("initiative"), values, tr("Duplicate initiative"));
        auto *raw = command.get();
        QString error;
        if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
            showError(error);
            return;
        }
        selectInitiative(raw->recordId());
    } catch (const Error &e) {
        showError(e.message());
    }
}

void InitiativesPage::archiveCurrent()
{
    const qint64 id = currentId();
    if (!m_document || !id)
        return;
    const bool archived = RecordService(m_document->database())
                              .value(QStringLiteral("initiative"), QStringLiteral("archived"), id)
                              .toInt()
        != 0;
    auto command = std::make_unique<SetFieldCommand>(*m_document, QStringLiteral("initiative"),
        QStringLiteral("archived"), id, !archived,
        archived ? tr("Restore initiative from archive") : tr("Archive initiative"));
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error))
        showError(error);
}

void InitiativesPage::deleteCurrent(bool confirm)
{
    const qint64 id = currentId();
    if (!m_document || !id)
        return;
    const QString name = m_model->data(m_model->index(m_model->rowOf(id), 0)).toString();
    if (confirm
        && QMessageBox::question(this, tr("Delete Initiative"),
               tr("Delete “%1” with its needs, actions, grants, indicators and "
                  "journal? You can undo this with Edit › Undo.")
                   .arg(name),
               QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
            != QMessageBox::Yes)
        return;
    const int row = m_model->rowOf(id);
    auto command = std::make_unique<RemoveRecordCommand>(
        *m_document, QStringLiteral("initiative"), id, tr("Delete initiative"));
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        showError(error);
        return;
    }
    if (m_model->rowCount() > 0)
        m_view->setCurrentIndex(m_model->index(std::min(row, m_model->rowCount() - 1), 0));
}

void InitiativesPage::showError(const QString &message)
{
    QMessageBox::warning(this, tr("Initiatives"), message);
}

void InitiativesPage::showColumnMenu(const QPoint &pos)
{
    QMenu menu(this);
    QHeaderView *header = m_view->horizontalHeader();
    for (int c = 0; c < InitiativeListService::ColumnCount; ++c) {
        QAction *a
            = menu.addAction(InitiativeListModel::columnTitle(InitiativeListService::Column(c)));
        a->setCheckable(true);
        a->setChecked(!header->isSectionHidden(c));
        // The name always stays: a list without it is unreadable.
        a->setEnabled(c != InitiativeListService::Name);
        connect(a, &QAction::toggled, this, [this, header, c](bool on) {
            header->setSectionHidden(c, !on);
            m_saveTimer.start();
        });
    }
    menu.exec(header->mapToGlobal(pos));
}

void InitiativesPage::saveState() const
{
    if (m_restoring)
        return;
    QSettings s;
    s.beginGroup(QStringLiteral("initiatives"));
    s.setValue(QStringLiteral("header"), m_view->horizontalHeader()->saveState());
    s.setValue(QStringLiteral("search"), m_search->text());
    s.setValue(QStringLiteral("promotion"), m_promotion->currentData());
    s.setValue(QStringLiteral("status"), m_status->currentData());
    s.setValue(QStringLiteral("phase"), m_phase->currentData());
    s.setValue(QStringLiteral("theme"), m_theme->currentData());
    s.setValue(QStringLiteral("domain"), m_domain->currentData());
    s.setValue(QStringLiteral("need"), m_need->currentData());
    s.setValue(QStringLiteral("admissibility"), m_admissibility->currentData());
    s.setValue(QStringLiteral("overdue"), m_overdue->isChecked());
    s.setValue(QStringLiteral("archived"), m_archived->isChecked());
    s.endGroup();
}

void InitiativesPage::restoreState()
{
    QSettings s;
    s.beginGroup(QStringLiteral("initiatives"));
    m_restoring = true;
    const QByteArray header = s.value(QStringLiteral("header")).toByteArray();
    if (!header.isEmpty())
        m_view->horizontalHeader()->restoreState(header);
    m_search->setText(s.value(QStringLiteral("search")).toString());
    m_overdue->setChecked(s.value(QStringLiteral("overdue")).toBool());
    m_archived->setChecked(s.value(QStringLiteral("archived")).toBool());
    // Combo choices are restored once the file's values are loaded (setDocument).
    m_promotion->setProperty("restore", s.value(QStringLiteral("promotion")));
    m_status->setProperty("restore", s.value(QStringLiteral("status")));
    m_phase->setProperty("restore", s.value(QStringLiteral("phase")));
    m_theme->setProperty("restore", s.value(QStringLiteral("theme")));
    m_domain->setProperty("restore", s.value(QStringLiteral("domain")));
    m_need->setProperty("restore", s.value(QStringLiteral("need")));
    m_admissibility->setProperty("restore", s.value(QStringLiteral("admissibility")));
    s.endGroup();
    m_restoring = false;
}

} // namespace tremplin
