// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantspage.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "../models/grantledgermodel.h"
#include "../models/recordtablemodel.h"
#include "../style.h"
#include "core/error.h"
#include "grantchartspanel.h"
#include "grantfileactions.h"
#include "grantfilterbar.h"
#include "grantledgerpanel.h"
#include "grantsdashboard.h"

#include <QEvent>
#include <QLabel>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tremplin {

GrantsPage::GrantsPage(QWidget *parent)
    : QWidget(parent)
    , m_filters(new GrantFilterBar(this))
    , m_dashboard(new GrantsDashboard(this))
    , m_files(new GrantFileActions(this))
    , m_ledger(new GrantLedgerPanel(this))
    , m_charts(new GrantChartsPanel(this))
    , m_tabs(new QTabWidget(this))
    , m_message(new QLabel(this))
    , m_notice(new QLabel(this))
{
    m_refresh = new DeferredRefresh(this, [this] {
        showMessage(QString());
        try {
            m_filters->reload();
        } catch (const Error &e) {
            showMessage(e.message());
        }
        refreshDashboard();
    });
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_filters);
    // The ledger's files, in and out, beside the figures (keeps the page narrow enough for a
    // 1280-pixel screen).
    m_dashboard->addBeside(m_files);
    layout->addWidget(m_dashboard);
    m_notice->setObjectName(QStringLiteral("exportNotice"));
    m_notice->setWordWrap(true);
    m_notice->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_notice->hide();
    layout->addWidget(m_notice);
    m_message->setObjectName(QStringLiteral("grantsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(style::errorText());
    m_message->hide();
    layout->addWidget(m_message);
    m_tabs->addTab(m_ledger, QString());
    m_tabs->addTab(m_charts, QString());
    layout->addWidget(m_tabs, 1);

    m_files->setFilter([this] { return m_filters->filter(); });
    connect(m_files, &GrantFileActions::notice, this, [this](const QString &text) {
        showMessage(QString());
        // Its own line: the dashboard's next tranches stay in view.
        m_notice->setText(text);
        m_notice->show();
    });
    connect(m_filters, &GrantFilterBar::changed, this, &GrantsPage::applyFilter);
    connect(m_filters, &GrantFilterBar::failed, this, &GrantsPage::showMessage);
    connect(m_ledger, &GrantLedgerPanel::failed, this, &GrantsPage::showMessage);
    connect(m_charts, &GrantChartsPanel::failed, this, &GrantsPage::showMessage);
    connect(m_ledger, &GrantLedgerPanel::addGrantRequested, this, &GrantsPage::addGrant);
    connect(m_ledger, &GrantLedgerPanel::comparedInitiativesChanged, this,
        [this](const QList<qint64> &ids) {
            m_compared = ids;
            GrantFilter f = m_filters->filter();
            for (qint64 id : ids) {
                if (!f.initiativeIds.contains(id))
                    f.initiativeIds << id;
            }
            m_charts->setFilter(f);
        });
    retranslateUi();
}

GrantsPage::~GrantsPage() = default;

void GrantsPage::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, this, nullptr);
    m_document = document;
    Database *db = m_document ? &m_document->database() : nullptr;
    if (db) {
        // Each part follows the tables it shows, through its own DeferredRefresh: a part not on
        // screen only notes that it is stale.
        connect(db, &Database::changed, this, [this](const ChangeSet &changes) {
            if (touches(changes,
                    { QLatin1String("grant_award"), QLatin1String("disbursement"),
                        QLatin1String("promotion"), QLatin1String("funding_source"),
                        QLatin1String("initiative") }))
                m_refresh->request();
            if (GrantLedgerModel::touchesLedger(changes))
                m_ledger->requestRefresh();
            if (touches(changes,
                    { QLatin1String("grant_award"), QLatin1String("disbursement"),
                        QLatin1String("promotion"), QLatin1String("funding_source"),
                        QLatin1String("initiative"), QLatin1String("need"), QLatin1String("theme"),
                        QLatin1String("initiative_theme") }))
                m_charts->requestRefresh();
        });
    }
    m_filters->setDatabase(db);
    m_dashboard->setDatabase(db);
    m_files->setDocument(m_document);
    m_ledger->setDocument(m_document);
    m_charts->setDatabase(db);
    m_compared.clear();
    applyFilter();
}

void GrantsPage::showInitiative(qint64 initiativeId)
{
    m_refresh->flushIfStale();
    m_filters->showInitiative(initiativeId);
    m_tabs->setCurrentIndex(0);
}

GrantLedgerModel *GrantsPage::ledgerModel() const
{
    return m_ledger->ledgerModel();
}

RecordTableModel *GrantsPage::paymentsModel() const
{
    return m_ledger->paymentsModel();
}

GrantChart *GrantsPage::chart() const
{
    return m_charts->chart();
}

QTableView *GrantsPage::ledgerView() const
{
    return m_ledger->ledgerView();
}

QString GrantsPage::dashboardValue(const QString &name) const
{
    return m_dashboard->value(name);
}

void GrantsPage::applyFilter()
{
    const GrantFilter f = m_filters->filter();
    m_ledger->setFilter(f);
    GrantFilter compared = f;
    compared.initiativeIds = m_compared;
    m_charts->setFilter(compared);
    m_refresh->request();
}

void GrantsPage::refreshDashboard()
{
    try {
        m_dashboard->refresh(m_filters->filter());
    } catch (const Error &e) {
        showMessage(e.message());
    }
}

void GrantsPage::showMessage(const QString &message)
{
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void GrantsPage::addGrant()
{
    m_ledger->addGrant(m_filters->initiativeId(), m_filters->fundingSourceId());
}

void GrantsPage::removeGrant()
{
    m_ledger->removeGrant();
}

void GrantsPage::addPayment()
{
    m_ledger->addPayment();
}

void GrantsPage::removePayment()
{
    m_ledger->removePayment();
}

QString GrantsPage::addFundingSource(const QString &name, const QString &siret)
{
    return m_ledger->addFundingSource(name, siret);
}

QString GrantsPage::exportScdl(const QString &path)
{
    return m_files->exportScdl(path);
}

QString GrantsPage::exportLedger(bool excelFrench, const QString &path)
{
    return m_files->exportLedger(excelFrench, path);
}

void GrantsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("&Ledger"));
    m_tabs->setTabText(1, tr("C&harts"));
}

void GrantsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

void GrantsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
