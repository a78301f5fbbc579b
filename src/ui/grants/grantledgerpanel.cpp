// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantledgerpanel.h"

#include "../commands/databasecommand.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../history/historypanel.h"
#include "../models/grantledgermodel.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "../settings.h"
#include "core/error.h"
#include "core/services/programmeservice.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QFrame>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace tremplin {

namespace {
/// Ledger columns the user hid (GrantLedgerModel::Column numbers).
const Setting<QStringList> ledgerHiddenColumns { "grants/ledgerHiddenColumns" };

/// A line edit showing a fraction (0..1) as a percentage ("100 %"); FieldBinder reads the
/// property.
QLineEdit *percentEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setProperty("percent", true);
    return edit;
}
} // namespace

GrantLedgerPanel::GrantLedgerPanel(QWidget *parent)
    : QWidget(parent)
    , m_ledger(new GrantLedgerModel(this))
    , m_ledgerView(new QTableView(this))
    , m_columnsMenu(new QMenu(this))
    , m_addGrant(new QPushButton(this))
    , m_removeGrant(new QPushButton(this))
    , m_grantHistory(new QPushButton(this))
    , m_detailsHost(new QWidget(this))
{
    m_grantHistory->setObjectName(QStringLiteral("grantHistory"));
    m_ledgerView->setObjectName(QStringLiteral("ledgerView"));
    m_addGrant->setObjectName(QStringLiteral("addGrant"));
    m_removeGrant->setObjectName(QStringLiteral("removeGrant"));
    m_refresh = new DeferredRefresh(this, [this] {
        m_ledger->setFilter(m_filter);
        reloadFundingSources();
    });

    // The grants on the left, the selected grant and its payments on the right.
    auto *layout = new QVBoxLayout(this);
    auto *split = new QSplitter(this);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_ledgerView);
    auto *grantButtons = new QHBoxLayout;
    grantButtons->addWidget(m_addGrant);
    grantButtons->addWidget(m_removeGrant);
    grantButtons->addWidget(m_grantHistory);
    grantButtons->addStretch(1);
    leftLayout->addLayout(grantButtons);
    split->addWidget(left);
    // The selected grant's details scroll: their form must not set the window's minimum height
    // (the window must fit a 1366×768 screen).
    auto *detailsScroll = new QScrollArea(split);
    detailsScroll->setObjectName(QStringLiteral("grantDetailsScroll"));
    detailsScroll->setWidgetResizable(true);
    detailsScroll->setFrameShape(QFrame::NoFrame);
    detailsScroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    detailsScroll->setWidget(m_detailsHost);
    split->addWidget(detailsScroll);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);
    split->setSizes({ 620, 380 });
    new QVBoxLayout(m_detailsHost);
    m_detailsHost->layout()->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    m_ledgerView->setModel(m_ledger);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows may be selected: the charts then compare those grants' initiatives.
    m_ledgerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ledgerView->setAlternatingRowColors(true);
    m_ledgerView->setWordWrap(false);
    m_ledgerView->verticalHeader()->hide();
    // Columns are fitted to the rows in view only: the others are not read until scrolled to.
    m_ledgerView->verticalHeader()->setResizeContentsPrecision(0);
    m_ledgerView->horizontalHeader()->setResizeContentsPrecision(0);
    // Columns sized to their contents once, long texts capped and elided (the tooltip shows
    // them whole), so that the amounts and the status stay in view; the user picks the columns
    // in the header's context menu, remembered between sessions.
    m_ledgerView->setTextElideMode(Qt::ElideRight);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    m_ledgerView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    // A click on a title sorts: the database sorts, the ledger reads only the rows in view.
    m_ledgerView->horizontalHeader()->setSortIndicator(GrantLedger::Initiative, Qt::AscendingOrder);
    m_ledgerView->setSortingEnabled(true);
    m_columnsMenu->setObjectName(QStringLiteral("ledgerColumnsMenu"));
    const QStringList hidden = ledgerHiddenColumns.get();
    for (int c = 0; c < GrantLedger::ColumnCount; ++c) {
        QAction *action = m_columnsMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(c);
        action->setChecked(!hidden.contains(QString::number(c)));
        m_ledgerView->setColumnHidden(c, !action->isChecked());
        connect(action, &QAction::toggled, this, [this, c](bool shown) {
            m_ledgerView->setColumnHidden(c, !shown);
            QStringList hiddenNow;
            for (int k = 0; k < GrantLedger::ColumnCount; ++k) {
                if (m_ledgerView->isColumnHidden(k))
                    hiddenNow << QString::number(k);
            }
            ledgerHiddenColumns.set(hiddenNow);
        });
    }
    connect(m_ledgerView->horizontalHeader(), &QWidget::customContextMenuRequested, this,
        [this](const QPoint &pos) {
            m_columnsMenu->popup(m_ledgerView->horizontalHeader()->mapToGlobal(pos));
        });
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &GrantLedgerPanel::selectionChanged);
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        QList<qint64> compared;
        const QModelIndexList rows = m_ledgerView->selectionModel()->selectedRows();
        if (rows.size() > 1) {
            for (const QModelIndex &r : rows) {
                const qint64 id
                    = m_ledger->data(r, GrantLedgerModel::InitiativeIdRole).toLongLong();
                if (!compared.contains(id))
                    compared << id;
            }
        }
        Q_EMIT comparedInitiativesChanged(compared);
    });
    // A reload (new grant, other filter) keeps the selected grant selected when it is still shown.
    connect(m_ledger, &QAbstractItemModel::modelAboutToBeReset, this,
        [this] { m_keepGrant = currentGrantId(); });
    connect(m_ledger, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keepGrant ? m_ledger->rowOf(m_keepGrant) : -1;
        if (row >= 0)
            m_ledgerView->setCurrentIndex(m_ledger->index(row, 0));
        fitLedgerColumns();
        selectionChanged();
    });
    connect(m_ledger, &QAbstractItemModel::dataChanged, this, &GrantLedgerPanel::showDetailsTitle);
    connect(m_ledger, &GrantLedgerModel::failed, this, &GrantLedgerPanel::failed);
    connect(m_addGrant, &QPushButton::clicked, this, &GrantLedgerPanel::addGrantRequested);
    connect(m_removeGrant, &QPushButton::clicked, this, &GrantLedgerPanel::removeGrant);
    connect(m_grantHistory, &QPushButton::clicked, this, [this] {
        if (!m_document || currentGrantId() <= 0)
            return;
        auto *dialog = new HistoryDialog(*m_document, HistoryService::Scope::Grant,
            currentGrantId(), tr("History of the Grant"), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    retranslateUi();
}

GrantLedgerPanel::~GrantLedgerPanel() = default;

void GrantLedgerPanel::setDocument(Document *document)
{
    m_document = document;
    delete m_details;
    m_captions.clear();
    m_ledger->setDatabase(document ? &document->database() : nullptr, false);
    if (m_document)
        buildDetails();
    // The workspace's figures are painted first.
    m_refresh->requestAfterPaint();
    selectionChanged();
}

void GrantLedgerPanel::buildDetails()
{
    // The selected grant's details, bound like every form, and its payments.
    m_details = new QWidget(m_detailsHost);
    m_detailsHost->layout()->addWidget(m_details);
    auto *v = new QVBoxLayout(m_details);
    v->setContentsMargins(0, 0, 0, 0);
    m_detailsTitle = new QLabel(m_details);
    m_detailsTitle->setWordWrap(true);
    v->addWidget(m_detailsTitle);
    auto *form = new QFormLayout;
    // In a narrow panel the captions go above their fields rather than cutting them.
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    v->addLayout(form);
    m_binder = new FieldBinder(*m_document, m_details);
    const auto grant = [this] { return currentGrantId(); };
    struct Row
    {
        const char *column;
        QWidget *editor;
    };
    auto *tranche = new QComboBox(m_details);
    for (const auto &e : EnumTraits<TrancheKind>::entries)
        tranche->addItem(label(e.value), QString::fromLatin1(e.code));
    auto *status = new QComboBox(m_details);
    for (const auto &e : EnumTraits<GrantStatus>::entries)
        status->addItem(label(e.value), QString::fromLatin1(e.code));
    m_grantSource = new QComboBox(m_details);
    m_grantSource->setObjectName(QStringLiteral("grantSource"));
    // A long funder name must not widen the panel.
    m_grantSource->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_grantSource->setMinimumContentsLength(12);
    m_grantSource->addItem(QString(), qint64(0));
    auto *conditions = new QPlainTextEdit(m_details);
    conditions->setTabChangesFocus(true);
    conditions->setMaximumHeight(60);
    const Row rows[] = {
        { "tranche", tranche },
        { "funding_source_id", m_grantSource },
        { "committed_cents", new QLineEdit(m_details) },
        { "status", status },
        { "decision_reference", new QLineEdit(m_details) },
        { "decision_date", new QLineEdit(m_details) },
        { "convention_date", new QLineEdit(m_details) },
        { "conditions", conditions },
        { "conditions_met_on", new QLineEdit(m_details) },
        { "budget_share", percentEdit(m_details) },
    };
    for (const Row &r : rows) {
        const QString column = QLatin1String(r.column);
        r.editor->setObjectName(QStringLiteral("grant-%1").arg(column));
        auto *caption = new QLabel(m_details);
        caption->setProperty("column", column);
        m_captions.append(caption);
        caption->setBuddy(r.editor);
        form->addRow(caption, r.editor);
        m_binder->bind(r.editor, form, QStringLiteral("grant_award"), column, grant);
    }
    m_newSource = new QPushButton(m_details);
    m_newSource->setObjectName(QStringLiteral("newFundingSource"));
    connect(m_newSource, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString name = QInputDialog::getText(this, tr("New Funding Source"),
            tr("Name of the grantor:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
        const QString siret = QInputDialog::getText(this, tr("New Funding Source"),
            tr("SIRET of the grantor (14 digits, needed for open data):"), QLineEdit::Normal,
            QString(), &ok);
        if (!ok)
            return;
        const QString error = addFundingSource(name, siret);
        if (!error.isEmpty())
            Q_EMIT failed(error);
    });
    form->addRow(QString(), m_newSource);
    m_paymentsTitle = new QLabel(m_details);
    v->addWidget(m_paymentsTitle);
    m_payments = new RecordTableModel(*m_document, QStringLiteral("disbursement"),
        QStringLiteral("grant_id"),
        { QStringLiteral("paid_on"), QStringLiteral("amount_cents"), QStringLiteral("reference"),
            QStringLiteral("override_reason") },
        QStringLiteral("paid_on, id"), m_details);
    m_paymentsView = new QTableView(m_details);
    m_paymentsView->setObjectName(QStringLiteral("paymentsView"));
    m_paymentsView->setModel(m_payments);
    m_paymentsView->setItemDelegate(new RecordDelegate(m_paymentsView));
    m_paymentsView->verticalHeader()->hide();
    m_paymentsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_paymentsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_paymentsView->horizontalHeader()->setStretchLastSection(true);
    // A long last title ("Reason for exceeding…") wraps instead of being cut.
    m_paymentsView->horizontalHeader()->setDefaultAlignment(
        Qt::AlignLeft | Qt::AlignVCenter | static_cast<Qt::AlignmentFlag>(Qt::TextWordWrap));
    m_paymentsView->setTextElideMode(Qt::ElideRight);
    // QHeaderView sizes itself for one line even when its text wraps: make room for the
    // wrapped titles at the sections' current widths.
    QHeaderView *paymentsHeader = m_paymentsView->horizontalHeader();
    auto fitHeader = [paymentsHeader] {
        const QFontMetrics fm(paymentsHeader->font());
        int height = fm.height();
        for (int c = 0; c < paymentsHeader->count(); ++c) {
            const QString title = paymentsHeader->model()->headerData(c, Qt::Horizontal).toString();
            const int width = std::max(1, paymentsHeader->sectionSize(c) - 8);
            height = std::max(height,
                fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, title).height());
        }
        if (paymentsHeader->minimumHeight() != height + 8)
            paymentsHeader->setMinimumHeight(height + 8);
    };
    // Columns as wide as their contents and their title's longest word (titles wrap).
    auto fitColumns = [this, paymentsHeader] {
        if (!m_paymentsView)
            return;
        const QFontMetrics fm(paymentsHeader->font());
        auto *view = static_cast<QAbstractItemView *>(m_paymentsView);
        for (int c = 0; c + 1 < paymentsHeader->count(); ++c) {
            int word = 0;
            const QString title = paymentsHeader->model()->headerData(c, Qt::Horizontal).toString();
            for (const QString &w : title.split(QLatin1Char(' '), Qt::SkipEmptyParts))
                word = std::max(word, fm.horizontalAdvance(w));
            m_paymentsView->setColumnWidth(c, std::max(view->sizeHintForColumn(c), word + 16));
        }
    };
    connect(m_payments, &QAbstractItemModel::modelReset, this, fitColumns);
    connect(m_payments, &QAbstractItemModel::rowsInserted, this, fitColumns);
    connect(m_payments, &QAbstractItemModel::dataChanged, this, fitColumns);
    connect(m_payments, &QAbstractItemModel::headerDataChanged, this, fitColumns);
    fitColumns();
    connect(paymentsHeader, &QHeaderView::sectionResized, this, fitHeader);
    connect(paymentsHeader, &QHeaderView::geometriesChanged, this, fitHeader);
    connect(m_payments, &QAbstractItemModel::headerDataChanged, this, fitHeader);
    connect(m_payments, &RecordTableModel::editRefused, this, &GrantLedgerPanel::failed);
    v->addWidget(m_paymentsView, 1);
    auto *paymentButtons = new QHBoxLayout;
    m_addPayment = new QPushButton(m_details);
    m_addPayment->setObjectName(QStringLiteral("addPayment"));
    m_removePayment = new QPushButton(m_details);
    m_removePayment->setObjectName(QStringLiteral("removePayment"));
    connect(m_addPayment, &QPushButton::clicked, this, &GrantLedgerPanel::addPayment);
    connect(m_removePayment, &QPushButton::clicked, this, &GrantLedgerPanel::removePayment);
    paymentButtons->addWidget(m_addPayment);
    paymentButtons->addWidget(m_removePayment);
    paymentButtons->addStretch(1);
    v->addLayout(paymentButtons);
    retranslateUi();
}

void GrantLedgerPanel::setFilter(const GrantFilter &filter)
{
    m_filter = filter;
    requestRefresh();
}

void GrantLedgerPanel::requestRefresh()
{
    m_refresh->request();
}

void GrantLedgerPanel::reloadFundingSources()
{
    if (!m_grantSource || !m_document)
        return;
    QList<NamedId> sources;
    try {
        sources = GrantLedger(m_document->database()).fundingSources();
    } catch (const Error &e) {
        Q_EMIT failed(e.message());
        return;
    }
    const QVariant current = m_grantSource->currentData();
    const QSignalBlocker blocker(m_grantSource);
    while (m_grantSource->count() > 1)
        m_grantSource->removeItem(1);
    for (const NamedId &s : std::as_const(sources))
        m_grantSource->addItem(s.name, s.id);
    const int i = m_grantSource->findData(current);
    m_grantSource->setCurrentIndex(i < 0 ? 0 : i);
}

qint64 GrantLedgerPanel::currentGrantId() const
{
    const QModelIndex index = m_ledgerView->currentIndex();
    return index.isValid() ? m_ledger->data(index, GrantLedgerModel::IdRole).toLongLong() : 0;
}

qint64 GrantLedgerPanel::currentInitiativeId() const
{
    const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
    return g ? g->initiativeId : 0;
}

void GrantLedgerPanel::showDetailsTitle()
{
    if (!m_detailsTitle)
        return;
    const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
    m_detailsTitle->setText(g
            ? tr("<b>%1</b> — %2").arg(g->initiative.toHtmlEscaped(), label(g->tranche))
            : tr("Select a grant to see its details and payments."));
}

void GrantLedgerPanel::selectionChanged()
{
    const qint64 id = currentGrantId();
    if (m_payments)
        m_payments->setParentId(id);
    if (m_binder)
        m_binder->reload();
    showDetailsTitle();
    m_removeGrant->setEnabled(id > 0);
    m_grantHistory->setEnabled(id > 0);
    for (QPushButton *b : { m_addPayment.data(), m_removePayment.data() }) {
        if (b)
            b->setEnabled(id > 0);
    }
}

bool GrantLedgerPanel::push(std::unique_ptr<DatabaseCommand> command)
{
    QString error;
    if (DatabaseCommand::push(*m_document, std::move(command), &error))
        return true;
    Q_EMIT failed(error);
    return false;
}

void GrantLedgerPanel::addGrant(qint64 initiative, qint64 fundingSource)
{
    if (!m_document)
        return;
    if (!initiative)
        initiative = currentInitiativeId();
    if (!initiative) {
        QList<NamedId> choices;
        try {
            choices = GrantLedger(m_document->database()).grantableInitiatives();
        } catch (const Error &e) {
            Q_EMIT failed(e.message());
            return;
        }
        QStringList names;
        for (const NamedId &c : std::as_const(choices))
            names << c.name;
        bool ok = false;
        const QString chosen
            = QInputDialog::getItem(this, tr("Add Grant"), tr("Initiative:"), names, 0, false, &ok);
        if (!ok)
            return;
        initiative = choices.value(int(names.indexOf(chosen))).id;
    }
    QVariantMap values { { QStringLiteral("initiative_id"), initiative },
        { QStringLiteral("tranche"), QStringLiteral("seed") },
        { QStringLiteral("committed_cents"), 0 },
        { QStringLiteral("status"), QStringLiteral("planned") } };
    if (!fundingSource) {
        // The programme's default funding source, when it has one.
        try {
            fundingSource
                = ProgrammeService(m_document->database()).defaultFundingSource(initiative);
        } catch (const Error &e) {
            Q_EMIT failed(e.message());
            return;
        }
    }
    if (fundingSource)
        values.insert(QStringLiteral("funding_source_id"), fundingSource);
    auto command = std::make_unique<InsertRecordCommand>(
        *m_document, QStringLiteral("grant_award"), values, tr("Add grant"));
    auto *raw = command.get();
    if (!push(std::move(command)))
        return;
    // The new grant is selected: the ledger is read now rather than after a pause.
    m_refresh->run();
    const int row = m_ledger->rowOf(raw->recordId());
    if (row >= 0)
        m_ledgerView->setCurrentIndex(m_ledger->index(row, GrantLedger::Committed));
}

void GrantLedgerPanel::removeGrant()
{
    const qint64 id = currentGrantId();
    if (!m_document || !id)
        return;
    push(std::make_unique<RemoveRecordCommand>(
        *m_document, QStringLiteral("grant_award"), id, tr("Remove grant")));
}

void GrantLedgerPanel::addPayment()
{
    const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
    if (!m_document || !g)
        return;
    // Proposes what remains to pay, today; both can be changed in the table.
    const Money amount = g->remaining().cents() > 0 ? g->remaining() : Money::fromCents(0);
    QVariantMap values { { QStringLiteral("grant_id"), g->id },
        { QStringLiteral("paid_on"), QDate::currentDate().toString(Qt::ISODate) },
        { QStringLiteral("amount_cents"), amount.cents() } };
    push(std::make_unique<InsertRecordCommand>(
        *m_document, QStringLiteral("disbursement"), values, tr("Add payment")));
}

void GrantLedgerPanel::removePayment()
{
    if (!m_document || !m_paymentsView)
        return;
    const QModelIndex index = m_paymentsView->currentIndex();
    if (!index.isValid())
        return;
    push(std::make_unique<RemoveRecordCommand>(*m_document, QStringLiteral("disbursement"),
        m_payments->idAt(index.row()), tr("Remove payment")));
}

QString GrantLedgerPanel::addFundingSource(const QString &name, const QString &siret)
{
    if (!m_document)
        return {};
    QVariantMap values { { QStringLiteral("name"), name.trimmed() } };
    // Checked like any field: a SIRET must pass its check digit.
    const FieldSpec *siretSpec
        = RecordService::field(QStringLiteral("funding_source"), QStringLiteral("siret"));
    const QString problem = RecordService::valueProblem(*siretSpec, siret);
    if (!problem.isEmpty())
        return problem;
    if (!siret.trimmed().isEmpty()) {
        QString digits = siret;
        digits.remove(QLatin1Char(' '));
        values.insert(QStringLiteral("siret"), digits);
    }
    QString error;
    DatabaseCommand::push(*m_document,
        std::make_unique<InsertRecordCommand>(
            *m_document, QStringLiteral("funding_source"), values, tr("New funding source")),
        &error);
    return error;
}

void GrantLedgerPanel::fitLedgerColumns()
{
    // A view not laid out yet measures no rows: fit once it is on screen.
    if (!m_ledgerView->isVisible() || m_ledgerView->viewport()->height() <= 0) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    // Each column as wide as the rows in view and its title (titles are never cut). The columns
    // holding free text are capped and elided (the tooltip shows them whole); when the columns
    // up to Status are wider than the view, the initiative's name, the tranche and the funder
    // give way, in that order, so that the amounts and the status are in view without scrolling
    // on a 1366-pixel screen, in French too.
    QHeaderView *header = m_ledgerView->horizontalHeader();
    const int em = m_ledgerView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    auto shrink = [this, header](int column, int floor, int by) {
        floor = std::max(floor, header->sectionSizeHint(column));
        const int width = m_ledgerView->columnWidth(column);
        const int cut = std::clamp(width - floor, 0, by);
        m_ledgerView->setColumnWidth(column, width - cut);
        return cut;
    };
    for (int c = 0; c < GrantLedger::ColumnCount; ++c)
        m_ledgerView->resizeColumnToContents(c);
    const int big = QWIDGETSIZE_MAX;
    shrink(GrantLedger::Initiative, 16 * em, big);
    shrink(GrantLedger::FundingSource, 7 * em, big);
    shrink(GrantLedger::Conditions, 14 * em, big);
    shrink(GrantLedger::Decision, 14 * em, big);
    // The vertical scroll bar may come with the rows just read: its room is kept.
    int overflow = -m_ledgerView->viewport()->width();
    if (!m_ledgerView->verticalScrollBar()->isVisible())
        overflow += m_ledgerView->style()->pixelMetric(
            QStyle::PM_ScrollBarExtent, nullptr, m_ledgerView->verticalScrollBar());
    for (int c = GrantLedger::Initiative; c <= GrantLedger::Status; ++c) {
        if (!m_ledgerView->isColumnHidden(c))
            overflow += m_ledgerView->columnWidth(c);
    }
    const struct
    {
        int column;
        int floor;
    } giveWay[] = { { GrantLedger::Initiative, 10 * em }, { GrantLedger::Tranche, 0 },
        { GrantLedger::FundingSource, 0 }, { GrantLedger::Initiative, 6 * em } };
    for (const auto &g : giveWay) {
        if (overflow > 0 && !m_ledgerView->isColumnHidden(g.column))
            overflow -= shrink(g.column, g.floor, overflow);
    }
}

void GrantLedgerPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Read once the tab is painted: switching to it is never held by the read.
    m_refresh->flushAfterPaint();
    if (m_fitPending)
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending)
                fitLedgerColumns();
        });
}

void GrantLedgerPanel::retranslateCaptions()
{
    for (QLabel *caption : std::as_const(m_captions)) {
        if (!caption)
            continue;
        const FieldSpec *spec = RecordService::field(
            QStringLiteral("grant_award"), caption->property("column").toString());
        caption->setText(tr("%1:", "a field's caption").arg(RecordService::label(*spec)));
    }
}

void GrantLedgerPanel::retranslateUi()
{
    m_ledgerView->setAccessibleName(tr("Grants ledger"));
    m_addGrant->setText(tr("Add &Grant"));
    m_removeGrant->setText(tr("Remove Grant"));
    m_grantHistory->setText(tr("Histor&y…"));
    m_grantHistory->setToolTip(tr("Who changed the grant and its payments, and what"));
    for (QAction *action : m_columnsMenu->actions())
        action->setText(m_ledger->headerData(action->data().toInt(), Qt::Horizontal).toString());
    m_ledgerView->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    m_ledger->retranslate();
    retranslateCaptions();
    if (m_grantSource)
        m_grantSource->setItemText(0, tr("(none)"));
    if (m_newSource)
        m_newSource->setText(tr("New &Funding Source…"));
    if (m_paymentsTitle)
        m_paymentsTitle->setText(tr("Payments"));
    if (m_paymentsView)
        m_paymentsView->setAccessibleName(tr("Payments of the selected grant"));
    if (m_addPayment)
        m_addPayment->setText(tr("Add &Payment"));
    if (m_removePayment)
        m_removePayment->setText(tr("Remove Payment"));
    // Amounts, dates and percentages in the new language's way.
    if (m_binder)
        m_binder->reload();
    showDetailsTitle();
}

void GrantLedgerPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
