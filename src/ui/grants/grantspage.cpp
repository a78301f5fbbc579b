// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantspage.h"

#include "../charts/grantchart.h"
#include "../commands/databasecommand.h"
#include "../deferredrefresh.h"
#include "../dialogs/importdialog.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../models/grantledgermodel.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "../settings.h"
#include "core/database/query.h"
#include "core/error.h"
#include "core/exports/ledgercsv.h"
#include "core/exports/scdlexport.h"
#include "core/services/programmeservice.h"

#include <QCalendarWidget>
#include <QComboBox>
#include <QDateEdit>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStyleOptionSpinBox>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

namespace tremplin {

namespace {
const QDate NoDate(1900, 1, 1);
/// Ledger columns the user hid (GrantLedgerModel::Column numbers).
const Setting<QStringList> ledgerHiddenColumns { "grants/ledgerHiddenColumns" };

// Dashboard figures, in order; captions in the "tremplin::GrantsPage" context.
const char *const cardNames[] = { "envelope", "committed", "disbursed", "remaining", "uncommitted",
                                  "funded", "blocked" };
const char *const cardCaptions[] = {
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Budget envelope"),
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Committed"),
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Disbursed"),
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Remaining to pay"),
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Not yet committed"),
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Initiatives funded"),
    QT_TRANSLATE_NOOP("tremplin::GrantsPage", "Blocked tranches"),
};

/// A line edit showing a fraction (0..1) as a percentage ("100 %"); FieldBinder reads the
/// property.
QLineEdit *percentEdit(QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setProperty("percent", true);
    return edit;
}

QDateEdit *dateFilter(QWidget *parent, const char *name)
{
    auto *edit = new QDateEdit(parent);
    edit->setObjectName(QLatin1String(name));
    edit->setCalendarPopup(true);
    edit->setMinimumDate(NoDate);
    edit->setDate(NoDate);
    return edit;
}
} // namespace

GrantsPage::GrantsPage(QWidget *parent)
    : QWidget(parent)
    , m_ledger(new GrantLedgerModel(this))
    , m_chart(new GrantChart(this))
    , m_promotion(new QComboBox(this))
    , m_source(new QComboBox(this))
    , m_initiative(new QComboBox(this))
    , m_from(dateFilter(this, "fromFilter"))
    , m_to(dateFilter(this, "toFilter"))
    , m_period(new QComboBox(this))
    , m_chartKind(new QComboBox(this))
    , m_illustrative(new QLabel(this))
    , m_cards(new QGridLayout)
    , m_nextTranches(new QLabel(this))
    , m_message(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_ledgerView(new QTableView(this))
    , m_detailsHost(new QWidget(this))
    , m_addGrant(new QPushButton(this))
    , m_removeGrant(new QPushButton(this))
    , m_addPayment(new QPushButton(this))
    , m_removePayment(new QPushButton(this))
    , m_importPayments(new QPushButton(this))
    , m_exportScdl(new QPushButton(this))
    , m_exportLedger(new QPushButton(this))
    , m_exportChart(new QPushButton(this))
    , m_copyChart(new QPushButton(this))
    , m_detailsTitle(new QLabel(this))
    , m_paymentsTitle(new QLabel(this))
{
    m_refresh = new DeferredRefresh(this, [this] {
        m_ledger->reload();
        m_chart->refresh();
        reloadGrantSources();
        reloadChoices();
        refreshDashboard();
        m_message->hide();
    });
    m_promotion->setObjectName(QStringLiteral("promotionFilter"));
    m_source->setObjectName(QStringLiteral("sourceFilter"));
    m_initiative->setObjectName(QStringLiteral("initiativeFilter"));
    m_chartKind->setObjectName(QStringLiteral("chartKind"));
    m_ledgerView->setObjectName(QStringLiteral("ledgerView"));
    m_chart->setObjectName(QStringLiteral("grantChart"));
    m_addGrant->setObjectName(QStringLiteral("addGrant"));
    m_exportChart->setObjectName(QStringLiteral("exportChart"));
    m_copyChart->setObjectName(QStringLiteral("copyChart"));
    m_removeGrant->setObjectName(QStringLiteral("removeGrant"));
    m_addPayment->setObjectName(QStringLiteral("addPayment"));
    m_removePayment->setObjectName(QStringLiteral("removePayment"));
    m_importPayments->setObjectName(QStringLiteral("importPayments"));
    m_exportScdl->setObjectName(QStringLiteral("exportScdl"));
    m_exportLedger->setObjectName(QStringLiteral("exportLedger"));
    for (QComboBox *c : { m_promotion, m_source, m_initiative }) {
        // Long names must not widen the window beyond the screen.
        c->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        c->setMinimumContentsLength(12);
    }

    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    for (QWidget *w : { static_cast<QWidget *>(m_promotion), static_cast<QWidget *>(m_source),
                        static_cast<QWidget *>(m_initiative), static_cast<QWidget *>(m_from),
                        static_cast<QWidget *>(m_to) })
        filters->addWidget(w);
    filters->addStretch(1);
    layout->addLayout(filters);

    m_illustrative->setWordWrap(true);
    m_illustrative->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; "
                                                 "border: 1px solid #e0c060; padding: 4px; }"));
    layout->addWidget(m_illustrative);
    for (int i = 0; i < int(std::size(cardNames)); ++i) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        auto *v = new QVBoxLayout(frame);
        v->setContentsMargins(8, 4, 8, 4);
        auto *value = new QLabel(frame);
        value->setObjectName(QStringLiteral("card-%1").arg(QLatin1String(cardNames[i])));
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.3);
        f.setBold(true);
        value->setFont(f);
        auto *caption = new QLabel(frame);
        v->addWidget(value);
        v->addWidget(caption);
        m_cards->addWidget(frame, i / 4, i % 4);
        m_cardLabels.append({ QLatin1String(cardNames[i]), { value, caption } });
    }
    // The ledger's files, in and out, beside the figures (keeps the page narrow enough for a
    // 1280-pixel screen).
    auto *files = new QVBoxLayout;
    files->addWidget(m_importPayments);
    files->addWidget(m_exportScdl);
    files->addWidget(m_exportLedger);
    files->addStretch(1);
    m_cards->addLayout(files, 0, 4, 2, 1);
    layout->addLayout(m_cards);
    m_nextTranches->setObjectName(QStringLiteral("nextTranches"));
    m_detailsTitle->setWordWrap(true);
    m_nextTranches->setWordWrap(true);
    layout->addWidget(m_nextTranches);
    m_notice->setObjectName(QStringLiteral("exportNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    m_message->hide();
    layout->addWidget(m_message);

    // Ledger tab: the grants on the left, the selected grant and its payments on the right.
    auto *ledgerTab = new QWidget(this);
    auto *ledgerLayout = new QVBoxLayout(ledgerTab);
    auto *split = new QSplitter(ledgerTab);
    auto *left = new QWidget(split);
    auto *leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_ledgerView);
    auto *grantButtons = new QHBoxLayout;
    grantButtons->addWidget(m_addGrant);
    grantButtons->addWidget(m_removeGrant);
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
    ledgerLayout->addWidget(split);
    m_tabs->addTab(ledgerTab, QString());

    auto *chartTab = new QWidget(this);
    auto *chartLayout = new QVBoxLayout(chartTab);
    auto *chartBar = new QHBoxLayout;
    chartBar->addWidget(m_chartKind);
    chartBar->addWidget(m_period);
    chartBar->addStretch(1);
    chartBar->addWidget(m_exportChart);
    chartBar->addWidget(m_copyChart);
    chartLayout->addLayout(chartBar);
    chartLayout->addWidget(m_chart, 1);
    m_tabs->addTab(chartTab, QString());
    layout->addWidget(m_tabs, 1);

    m_ledgerView->setModel(m_ledger);
    m_ledgerView->setSelectionBehavior(QAbstractItemView::SelectRows);
    // Several rows may be selected: the charts then compare those grants' initiatives.
    m_ledgerView->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_ledgerView->setAlternatingRowColors(true);
    m_ledgerView->setWordWrap(false);
    m_ledgerView->verticalHeader()->hide();
    // Columns sized to their contents once, long texts capped and elided (the tooltip shows
    // them whole), so that the amounts and the status stay in view; the user picks the columns
    // in the header's context menu, remembered between sessions.
    m_ledgerView->setTextElideMode(Qt::ElideRight);
    m_ledgerView->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_ledgerView->horizontalHeader()->setStretchLastSection(true);
    m_ledgerView->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    m_columnsMenu = new QMenu(this);
    m_columnsMenu->setObjectName(QStringLiteral("ledgerColumnsMenu"));
    for (int c = 0; c < GrantLedgerModel::ColumnCount; ++c) {
        QAction *action = m_columnsMenu->addAction(QString());
        action->setCheckable(true);
        action->setData(c);
        connect(action, &QAction::toggled, this, [this, c](bool shown) {
            m_ledgerView->setColumnHidden(c, !shown);
            QStringList hidden;
            for (int k = 0; k < GrantLedgerModel::ColumnCount; ++k) {
                if (m_ledgerView->isColumnHidden(k))
                    hidden << QString::number(k);
            }
            ledgerHiddenColumns.set(hidden);
        });
    }
    {
        const QStringList hidden = ledgerHiddenColumns.get();
        for (QAction *action : m_columnsMenu->actions()) {
            const bool shown = !hidden.contains(QString::number(action->data().toInt()));
            action->setChecked(shown);
            m_ledgerView->setColumnHidden(action->data().toInt(), !shown);
        }
    }
    connect(m_ledgerView->horizontalHeader(), &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        m_columnsMenu->popup(m_ledgerView->horizontalHeader()->mapToGlobal(pos));
    });
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &GrantsPage::selectionChanged);
    connect(m_ledgerView->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        GrantFilter f = currentFilter();
        const QModelIndexList rows = m_ledgerView->selectionModel()->selectedRows();
        if (rows.size() > 1) {
            for (const QModelIndex &r : rows) {
                const qint64 id = m_ledger->data(r, GrantLedgerModel::InitiativeIdRole).toLongLong();
                if (!f.initiativeIds.contains(id))
                    f.initiativeIds << id;
            }
        }
        m_chart->setFilter(f);
    });
    // A reload (new grant, other filter) keeps the selected grant selected when it is still shown.
    connect(m_ledger, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_keepGrant = currentGrantId(); });
    connect(m_ledger, &QAbstractItemModel::modelReset, this, [this] {
        const int row = m_keepGrant ? m_ledger->rowOf(m_keepGrant) : -1;
        if (row >= 0)
            m_ledgerView->setCurrentIndex(m_ledger->index(row, 0));
        fitLedgerColumns();
        selectionChanged();
    });
    connect(m_ledger, &QAbstractItemModel::dataChanged, this, [this] {
        const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
        m_detailsTitle->setText(g ? tr("<b>%1</b> — %2").arg(g->initiative.toHtmlEscaped(), label(g->tranche))
                                  : tr("Select a grant to see its details and payments."));
    });

    for (QComboBox *c : { m_promotion, m_source, m_initiative })
        connect(c, &QComboBox::currentIndexChanged, this, &GrantsPage::applyFilter);
    // "Any date" is the minimum date (1900): the calendars open on the programme's dates instead.
    for (QDateEdit *edit : { m_from, m_to }) {
        edit->calendarWidget()->installEventFilter(this);
    }
    connect(m_from, &QDateEdit::dateChanged, this, &GrantsPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &GrantsPage::applyFilter);
    connect(m_chartKind, &QComboBox::currentIndexChanged, this,
            [this](int i) { m_chart->setKind(GrantChart::Kind(i)); m_period->setEnabled(i == GrantChart::PerPeriod); });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_chart->setPeriod(i == 1 ? GrantLedger::Period::Quarter : GrantLedger::Period::Month);
    });
    connect(m_addGrant, &QPushButton::clicked, this, &GrantsPage::addGrant);
    connect(m_removeGrant, &QPushButton::clicked, this, &GrantsPage::removeGrant);
    connect(m_addPayment, &QPushButton::clicked, this, &GrantsPage::addPayment);
    connect(m_removePayment, &QPushButton::clicked, this, &GrantsPage::removePayment);
    connect(m_importPayments, &QPushButton::clicked, this, [this] {
        if (!m_document)
            return;
        const QString path = QFileDialog::getOpenFileName(this, tr("Import Payments"), QString(),
                                                          tr("CSV files (*.csv *.txt);;All files (*)"));
        if (path.isEmpty())
            return;
        ImportDialog dialog(*m_document, this);
        dialog.loadFile(path);
        dialog.exec();
    });
    connect(m_exportScdl, &QPushButton::clicked, this, [this] {
        const QString error = exportScdl();
        if (!error.isEmpty())
            QMessageBox::warning(this, tr("SCDL Export"), error);
    });
    // Built once (texts set in retranslateUi) so that its actions exist before it is shown.
    auto *ledgerMenu = new QMenu(m_exportLedger);
    ledgerMenu->setObjectName(QStringLiteral("exportLedgerMenu"));
    m_exportLedger->setMenu(ledgerMenu);
    m_exportExcel = ledgerMenu->addAction(QString());
    m_exportExcel->setObjectName(QStringLiteral("exportLedgerExcel"));
    connect(m_exportExcel, &QAction::triggered, this, [this] { exportLedger(true); });
    m_exportCsv = ledgerMenu->addAction(QString());
    m_exportCsv->setObjectName(QStringLiteral("exportLedgerCsv"));
    connect(m_exportCsv, &QAction::triggered, this, [this] { exportLedger(false); });
    connect(m_exportChart, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
                                                          tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !m_chart->exportTo(path, &error))
            QMessageBox::warning(this, tr("Export Chart"), error);
    });
    connect(m_copyChart, &QPushButton::clicked, m_chart, &GrantChart::copyToClipboard);

    retranslateUi();
}

GrantsPage::~GrantsPage() = default;

void GrantsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, m_refresh, nullptr);
    m_document = document;
    // The shared widgets outlive the details panel of the previous file.
    for (QWidget *w : { static_cast<QWidget *>(m_addPayment), static_cast<QWidget *>(m_removePayment),
                        static_cast<QWidget *>(m_detailsTitle), static_cast<QWidget *>(m_paymentsTitle) }) {
        w->setParent(this);
        w->hide();
    }
    delete m_details;
    m_captions.clear();
    m_details = nullptr;
    m_binder = nullptr;
    m_payments = nullptr;
    m_paymentsView = nullptr;
    if (m_document) {
        connect(&m_document->database(), &Database::changed, m_refresh, &DeferredRefresh::request);
        // The selected grant's details, bound like every form, and its payments.
        m_details = new QWidget(m_detailsHost);
        m_detailsHost->layout()->addWidget(m_details);
        auto *v = new QVBoxLayout(m_details);
        v->setContentsMargins(0, 0, 0, 0);
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
        auto *source = new QComboBox(m_details);
        source->setObjectName(QStringLiteral("grantSource"));
        // A long funder name must not widen the panel.
        source->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        source->setMinimumContentsLength(12);
        m_grantSource = source;
        reloadGrantSources();
        auto *conditions = new QPlainTextEdit(m_details);
        conditions->setTabChangesFocus(true);
        conditions->setMaximumHeight(60);
        const Row rows[] = {
            { "tranche", tranche },
            { "funding_source_id", source },
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
        retranslateCaptions();
        auto *newSource = new QPushButton(tr("New &Funding Source…"), m_details);
        newSource->setObjectName(QStringLiteral("newFundingSource"));
        connect(newSource, &QPushButton::clicked, this, [this] {
            bool ok = false;
            const QString name = QInputDialog::getText(this, tr("New Funding Source"), tr("Name of the grantor:"),
                                                       QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
            const QString siret = QInputDialog::getText(this, tr("New Funding Source"),
                                                        tr("SIRET of the grantor (14 digits, needed for open data):"),
                                                        QLineEdit::Normal, QString(), &ok);
            if (!ok)
                return;
            const QString error = addFundingSource(name, siret);
            if (!error.isEmpty())
                showMessage(error);
        });
        form->addRow(QString(), newSource);
        v->addWidget(m_paymentsTitle);
        m_payments = new RecordTableModel(*m_document, QStringLiteral("disbursement"), QStringLiteral("grant_id"),
                                          { QStringLiteral("paid_on"), QStringLiteral("amount_cents"),
                                            QStringLiteral("reference"), QStringLiteral("override_reason") },
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
                height = std::max(height, fm.boundingRect(QRect(0, 0, width, 10000), Qt::TextWordWrap, title).height());
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
        connect(m_payments, &RecordTableModel::editRefused, this, &GrantsPage::showMessage);
        v->addWidget(m_paymentsView, 1);
        auto *paymentButtons = new QHBoxLayout;
        m_addPayment->setParent(m_details);
        m_removePayment->setParent(m_details);
        paymentButtons->addWidget(m_addPayment);
        paymentButtons->addWidget(m_removePayment);
        paymentButtons->addStretch(1);
        v->addLayout(paymentButtons);
        for (QWidget *w : { static_cast<QWidget *>(m_addPayment), static_cast<QWidget *>(m_removePayment),
                            static_cast<QWidget *>(m_detailsTitle), static_cast<QWidget *>(m_paymentsTitle) })
            w->show();
        m_paymentsView->setAccessibleName(tr("Payments of the selected grant"));
    }
    m_ledger->setDatabase(m_document ? &m_document->database() : nullptr, false);
    m_chart->setDatabase(m_document ? &m_document->database() : nullptr, false);
    reloadChoices();
    applyFilter();
}

void GrantsPage::retranslateCaptions()
{
    for (QLabel *caption : std::as_const(m_captions)) {
        if (!caption)
            continue;
        const FieldSpec *spec = RecordService::field(QStringLiteral("grant_award"), caption->property("column").toString());
        caption->setText(tr("%1:", "a field's caption").arg(RecordService::label(*spec)));
    }
}

void GrantsPage::fitLedgerColumns()
{
    // A view not laid out yet measures no rows: fit once it is on screen.
    if (!m_ledgerView->isVisible() || m_ledgerView->viewport()->height() <= 0) {
        m_fitPending = true;
        return;
    }
    m_fitPending = false;
    // Widest useful width of the columns holding free text; amounts and dates are never cut.
    const int em = m_ledgerView->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    for (int c = 0; c < GrantLedgerModel::ColumnCount; ++c) {
        int cap = 0;
        switch (c) {
        case GrantLedgerModel::Initiative:
            cap = 16 * em;
            break;
        case GrantLedgerModel::FundingSource:
            cap = 9 * em;
            break;
        case GrantLedgerModel::Conditions:
        case GrantLedgerModel::Decision:
            cap = 14 * em;
            break;
        default:
            break;
        }
        m_ledgerView->resizeColumnToContents(c);
        // The cap never cuts the column's title.
        if (cap > 0)
            cap = std::max(cap, m_ledgerView->horizontalHeader()->sectionSizeHint(c));
        if (cap > 0 && m_ledgerView->columnWidth(c) > cap)
            m_ledgerView->setColumnWidth(c, cap);
    }
}

void GrantsPage::reloadGrantSources()
{
    if (!m_grantSource || !m_document)
        return;
    const QVariant current = m_grantSource->currentData();
    const QSignalBlocker blocker(m_grantSource);
    m_grantSource->clear();
    m_grantSource->addItem(tr("(none)"), qint64(0));
    try {
        Query sources(m_document->database(), QStringLiteral("SELECT id, name FROM funding_source ORDER BY name"));
        sources.exec();
        while (sources.next())
            m_grantSource->addItem(sources.value(1).toString(), sources.value(0).toLongLong());
    } catch (const Error &) {
    }
    const int i = m_grantSource->findData(current);
    m_grantSource->setCurrentIndex(i < 0 ? 0 : i);
}

QString GrantsPage::addFundingSource(const QString &name, const QString &siret)
{
    if (!m_document)
        return {};
    QVariantMap values { { QStringLiteral("name"), name.trimmed() } };
    // Checked like any field: a SIRET must pass its check digit.
    const FieldSpec *siretSpec = RecordService::field(QStringLiteral("funding_source"), QStringLiteral("siret"));
    const QString problem = RecordService::valueProblem(*siretSpec, siret);
    if (!problem.isEmpty())
        return problem;
    if (!siret.trimmed().isEmpty()) {
        QString digits = siret;
        digits.remove(QLatin1Char(' '));
        values.insert(QStringLiteral("siret"), digits);
    }
    QString error;
    DatabaseCommand::push(*m_document, std::make_unique<InsertRecordCommand>(*m_document, QStringLiteral("funding_source"), values,
                                                                            tr("New funding source")),
                          &error);
    return error;
}

void GrantsPage::showInitiative(qint64 initiativeId)
{
    const int i = m_initiative->findData(initiativeId);
    m_initiative->setCurrentIndex(i < 0 ? 0 : i);
    m_tabs->setCurrentIndex(0);
}

void GrantsPage::reloadChoices()
{
    auto refill = [](QComboBox *combo, const QString &all, const QList<QPair<QString, qint64>> &items) {
        const QVariant current = combo->currentData();
        const QSignalBlocker blocker(combo);
        combo->clear();
        combo->addItem(all, qint64(0));
        for (const auto &[text, id] : items)
            combo->addItem(text, id);
        const int i = combo->findData(current);
        combo->setCurrentIndex(i < 0 ? 0 : i);
    };
    QList<QPair<QString, qint64>> promotions, sources, initiatives;
    if (m_document && m_document->database().isOpen()) {
        try {
            Database &db = m_document->database();
            for (const Promotion &p : ProgrammeService(db).promotions())
                promotions.append({ p.name, p.id });
            Query s(db, QStringLiteral("SELECT id, name FROM funding_source ORDER BY name"));
            s.exec();
            while (s.next())
                sources.append({ s.value(1).toString(), s.value(0).toLongLong() });
            // Only initiatives that have grants: the list stays short on big programmes.
            Query i(db, QStringLiteral("SELECT DISTINCT i.id, i.name FROM initiative i JOIN grant_award g ON "
                                       "g.initiative_id = i.id ORDER BY i.name"));
            i.exec();
            while (i.next())
                initiatives.append({ i.value(1).toString(), i.value(0).toLongLong() });
        } catch (const Error &) {
        }
    }
    refill(m_promotion, tr("All promotions"), promotions);
    refill(m_source, tr("All funding sources"), sources);
    refill(m_initiative, tr("All initiatives"), initiatives);
    // Wide enough for the "All …" entry, in whichever language: a long name is elided, the
    // filter's own caption never is.
    for (QComboBox *c : { m_promotion, m_source, m_initiative })
        c->setMinimumContentsLength(std::max(12, int(c->itemText(0).size())));
}

GrantFilter GrantsPage::currentFilter() const
{
    GrantFilter f;
    f.promotionId = m_promotion->currentData().toLongLong();
    f.fundingSourceId = m_source->currentData().toLongLong();
    f.initiativeId = m_initiative->currentData().toLongLong();
    if (m_from->date() != NoDate)
        f.from = m_from->date();
    if (m_to->date() != NoDate)
        f.to = m_to->date();
    return f;
}

void GrantsPage::applyFilter()
{
    const qint64 keep = currentGrantId();
    const GrantFilter f = currentFilter();
    m_ledger->setFilter(f);
    m_chart->setFilter(f);
    if (keep) {
        const int row = m_ledger->rowOf(keep);
        if (row >= 0)
            m_ledgerView->setCurrentIndex(m_ledger->index(row, 0));
    }
    refreshDashboard();
}

void GrantsPage::refreshDashboard()
{
    LedgerTotals t;
    QStringList next;
    const QLocale locale;
    if (m_document && m_document->database().isOpen()) {
        try {
            t = GrantLedger(m_document->database()).totals(currentFilter());
            m_span = GrantLedger(m_document->database()).dateSpan(currentFilter());
            // Next tranches due: committed or planned, not fully paid, oldest decision first.
            for (const GrantRow &g : GrantLedger(m_document->database()).nextTranches(currentFilter(), 4)) {
                next << tr("%1 (%2, %3%4)")
                            .arg(g.initiative, label(g.tranche), g.remaining().toString(locale),
                                 g.blocked() ? tr(", blocked") : QString());
            }
        } catch (const Error &) {
        }
    }
    const QString values[] = {
        t.envelope.toString(locale),       t.committed.toString(locale),
        t.disbursed.toString(locale),      t.remainingToPay().toString(locale),
        t.uncommitted().toString(locale),  locale.toString(t.initiativesFunded),
        locale.toString(t.blocked),
    };
    for (int i = 0; i < m_cardLabels.size(); ++i) {
        m_cardLabels[i].second.first->setText(values[i]);
        m_cardLabels[i].second.second->setText(QCoreApplication::translate("tremplin::GrantsPage", cardCaptions[i]));
    }
    // Commitments above the envelope: a warning with the excess, not a negative amount left.
    if (t.uncommitted() < Money() && m_cardLabels.size() > 4) {
        m_cardLabels[4].second.first->setText((t.committed - t.envelope).toString(locale));
        m_cardLabels[4].second.second->setText(tr("Committed above the envelope"));
    }
    if (m_cardLabels.size() > 4)
        m_cardLabels[4].second.first->setStyleSheet(t.uncommitted() < Money() ? QStringLiteral("color: #8a1c00;") : QString());
    m_illustrative->setVisible(t.illustrative);
    m_illustrative->setText(tr("Demo data: the envelope and the per-laureate amounts are illustrative; only "
                               "the %1 + %2 scheme is public.")
                                .arg(locale.toCurrencyString(qint64(80000), QStringLiteral("€")),
                                     locale.toCurrencyString(qint64(60000), QStringLiteral("€"))));
    m_nextTranches->setText(next.isEmpty() ? tr("No tranche waiting to be paid.")
                                           : tr("Next tranches to pay: %1").arg(next.join(QStringLiteral("; "))));
}

qint64 GrantsPage::currentGrantId() const
{
    const QModelIndex index = m_ledgerView->currentIndex();
    return index.isValid() ? m_ledger->data(index, GrantLedgerModel::IdRole).toLongLong() : 0;
}

void GrantsPage::selectionChanged()
{
    const qint64 id = currentGrantId();
    if (m_payments)
        m_payments->setParentId(id);
    if (m_binder)
        m_binder->reload();
    const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
    m_detailsTitle->setText(g ? tr("<b>%1</b> — %2").arg(g->initiative.toHtmlEscaped(), label(g->tranche))
                              : tr("Select a grant to see its details and payments."));
    m_removeGrant->setEnabled(id > 0);
    m_addPayment->setEnabled(id > 0);
    m_removePayment->setEnabled(id > 0);
}

void GrantsPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void GrantsPage::addGrant()
{
    if (!m_document)
        return;
    qint64 initiative = m_initiative->currentData().toLongLong();
    if (!initiative) {
        const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
        if (g)
            initiative = g->initiativeId;
    }
    if (!initiative) {
        QStringList names;
        QList<qint64> ids;
        try {
            Query q(m_document->database(), QStringLiteral("SELECT id, name FROM initiative WHERE archived = 0 ORDER BY name"));
            q.exec();
            while (q.next()) {
                ids << q.value(0).toLongLong();
                names << q.value(1).toString();
            }
        } catch (const Error &e) {
            showMessage(e.message());
            return;
        }
        bool ok = false;
        const QString chosen = QInputDialog::getItem(this, tr("Add Grant"), tr("Initiative:"), names, 0, false, &ok);
        if (!ok)
            return;
        initiative = ids.value(int(names.indexOf(chosen)));
    }
    QVariantMap values { { QStringLiteral("initiative_id"), initiative },
                         { QStringLiteral("tranche"), QStringLiteral("seed") },
                         { QStringLiteral("committed_cents"), 0 },
                         { QStringLiteral("status"), QStringLiteral("planned") } };
    const qint64 source = m_source->currentData().toLongLong();
    if (source)
        values.insert(QStringLiteral("funding_source_id"), source);
    auto command = std::make_unique<InsertRecordCommand>(*m_document, QStringLiteral("grant_award"), values, tr("Add grant"));
    auto *raw = command.get();
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        showMessage(error);
        return;
    }
    const int row = m_ledger->rowOf(raw->recordId());
    if (row >= 0)
        m_ledgerView->setCurrentIndex(m_ledger->index(row, GrantLedgerModel::Committed));
}

void GrantsPage::removeGrant()
{
    const qint64 id = currentGrantId();
    if (!m_document || !id)
        return;
    QString error;
    if (!DatabaseCommand::push(*m_document, std::make_unique<RemoveRecordCommand>(*m_document, QStringLiteral("grant_award"), id, tr("Remove grant")), &error))
        showMessage(error);
}

void GrantsPage::addPayment()
{
    const GrantRow *g = m_ledger->grant(m_ledgerView->currentIndex().row());
    if (!m_document || !g)
        return;
    // Proposes what remains to pay, today; both can be changed in the table.
    const Money amount = g->remaining().cents() > 0 ? g->remaining() : Money::fromCents(0);
    QVariantMap values { { QStringLiteral("grant_id"), g->id },
                         { QStringLiteral("paid_on"), QDate::currentDate().toString(Qt::ISODate) },
                         { QStringLiteral("amount_cents"), amount.cents() } };
    QString error;
    if (!DatabaseCommand::push(*m_document, std::make_unique<InsertRecordCommand>(*m_document, QStringLiteral("disbursement"), values, tr("Add payment")), &error))
        showMessage(error);
}

void GrantsPage::removePayment()
{
    if (!m_document || !m_paymentsView)
        return;
    const QModelIndex index = m_paymentsView->currentIndex();
    if (!index.isValid())
        return;
    QString error;
    if (!DatabaseCommand::push(*m_document, std::make_unique<RemoveRecordCommand>(*m_document, QStringLiteral("disbursement"), m_payments->idAt(index.row()), tr("Remove payment")), &error))
        showMessage(error);
}

QString GrantsPage::exportScdl(const QString &givenPath)
{
    if (!m_document)
        return {};
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Grants as SCDL Open Data"),
                                            QStringLiteral("subventions.csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return {};
    }
    ScdlExport::Options options;
    options.promotionId = m_promotion->currentData().toLongLong();
    try {
        const int n = ScdlExport(m_document->database()).write(path, options);
        showMessage(QString());
        // Its own line: the dashboard's next tranches stay in view.
        m_notice->setText(tr("%n grant(s) written to %1.", nullptr, n).arg(QDir::toNativeSeparators(path)));
        m_notice->show();
    } catch (const Error &e) {
        return e.message();
    }
    return {};
}

QString GrantsPage::exportLedger(bool excelFrench, const QString &givenPath)
{
    if (!m_document)
        return {};
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export Ledger"), tr("ledger") + QStringLiteral(".csv"),
                                            tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return {};
    }
    try {
        writeLedgerCsv(path, GrantLedger(m_document->database()).grants(currentFilter()),
                       excelFrench ? CsvProfile::ExcelFrench : CsvProfile::Rfc4180);
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export Ledger"), e.message());
        return e.message();
    }
    return {};
}

QString GrantsPage::dashboardValue(const QString &name) const
{
    for (const auto &card : m_cardLabels) {
        if (card.first == name)
            return card.second.first->text();
    }
    return {};
}

void GrantsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Ledger"));
    m_tabs->setTabText(1, tr("C&harts"));
    m_from->setSpecialValueText(tr("From: any date"));
    m_to->setSpecialValueText(tr("To: any date"));
    // QDateEdit sizes itself for dates, not for its "any date" text: keep that text whole.
    for (QDateEdit *edit : { m_from, m_to }) {
        QStyleOptionSpinBox option;
        option.initFrom(edit);
        option.subControls = QStyle::SC_SpinBoxFrame | QStyle::SC_SpinBoxEditField;
        const QSize text(edit->fontMetrics().horizontalAdvance(edit->specialValueText() + QStringLiteral("  ")),
                         edit->sizeHint().height());
        const int arrow = edit->style()->pixelMetric(QStyle::PM_ScrollBarExtent, &option, edit);
        edit->setMinimumWidth(edit->style()->sizeFromContents(QStyle::CT_SpinBox, &option, text, edit).width() + arrow);
    }
    m_from->setAccessibleName(tr("Payments from"));
    m_to->setAccessibleName(tr("Payments until"));
    m_promotion->setAccessibleName(tr("Promotion filter"));
    m_source->setAccessibleName(tr("Funding source filter"));
    m_initiative->setAccessibleName(tr("Initiative filter"));
    m_chartKind->setAccessibleName(tr("Chart"));
    m_period->setAccessibleName(tr("Period"));
    m_ledgerView->setAccessibleName(tr("Grants ledger"));
    m_addGrant->setText(tr("Add &Grant"));
    m_removeGrant->setText(tr("Remove Grant"));
    m_addPayment->setText(tr("Add &Payment"));
    m_removePayment->setText(tr("Remove Payment"));
    m_importPayments->setText(tr("&Import Payments…"));
    m_importPayments->setToolTip(tr("Record payments from an accounting export (CSV), all lines or none"));
    m_exportScdl->setText(tr("Export &SCDL…"));
    m_exportScdl->setToolTip(tr("Publish the grants in the legal open-data format (SCDL subventions 2.1.1)"));
    m_exportLedger->setText(tr("Export &Ledger"));
    m_exportExcel->setText(tr("Excel (French): semicolons, decimal commas"));
    m_exportCsv->setText(tr("Standard CSV (RFC 4180)"));
    m_exportChart->setText(tr("&Export Chart…"));
    m_copyChart->setText(tr("&Copy Chart"));
    m_paymentsTitle->setText(tr("Payments"));
    for (QAction *action : m_columnsMenu->actions())
        action->setText(m_ledger->headerData(action->data().toInt(), Qt::Horizontal).toString());
    m_ledgerView->horizontalHeader()->setToolTip(tr("Right-click to choose the columns"));
    {
        const QSignalBlocker b(m_chartKind);
        const int kind = m_chartKind->currentIndex();
        m_chartKind->clear();
        for (int k = 0; k < GrantChart::KindCount; ++k)
            m_chartKind->addItem(GrantChart::kindTitle(GrantChart::Kind(k)));
        m_chartKind->setCurrentIndex(std::max(0, kind));
    }
    {
        const QSignalBlocker b(m_period);
        const int period = m_period->currentIndex();
        m_period->clear();
        m_period->addItems({ tr("Per month"), tr("Per quarter") });
        m_period->setCurrentIndex(std::max(0, period));
        m_period->setEnabled(m_chartKind->currentIndex() == GrantChart::PerPeriod);
    }
    m_ledger->retranslate();
    retranslateCaptions();
    reloadChoices();
    refreshDashboard();
    selectionChanged();
}

bool GrantsPage::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show) {
        auto *calendar = qobject_cast<QCalendarWidget *>(watched);
        const bool from = calendar && calendar == m_from->calendarWidget();
        QDateEdit *edit = from ? m_from : calendar == m_to->calendarWidget() ? m_to : nullptr;
        if (edit && edit->date() == NoDate) {
            QDate day = from ? m_span.first : m_span.second;
            if (!day.isValid())
                day = QDate::currentDate();
            calendar->setCurrentPage(day.year(), day.month());
        }
    }
    return QWidget::eventFilter(watched, event);
}

void GrantsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
    if (m_fitPending)
        QTimer::singleShot(0, this, [this] {
            if (m_fitPending)
                fitLedgerColumns();
        });
}

void GrantsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
