// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantchartspanel.h"

#include "../charts/grantchart.h"
#include "../deferredrefresh.h"

#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

GrantChartsPanel::GrantChartsPanel(QWidget *parent)
    : QWidget(parent)
    , m_chart(new GrantChart(this))
    , m_kind(new QComboBox(this))
    , m_period(new QComboBox(this))
    , m_export(new QPushButton(this))
    , m_copy(new QPushButton(this))
{
    m_chart->setObjectName(QStringLiteral("grantChart"));
    m_kind->setObjectName(QStringLiteral("chartKind"));
    m_export->setObjectName(QStringLiteral("exportChart"));
    m_copy->setObjectName(QStringLiteral("copyChart"));
    m_refresh = new DeferredRefresh(this, [this] { m_chart->setFilter(m_filter); });
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_kind);
    bar->addWidget(m_period);
    bar->addStretch(1);
    bar->addWidget(m_export);
    bar->addWidget(m_copy);
    layout->addLayout(bar);
    layout->addWidget(m_chart, 1);

    connect(m_chart, &GrantChart::failed, this, &GrantChartsPanel::failed);
    connect(m_kind, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_chart->setKind(GrantChart::Kind(i));
        m_period->setEnabled(i == GrantChart::PerPeriod);
    });
    connect(m_period, &QComboBox::currentIndexChanged, this, [this](int i) {
        m_chart->setPeriod(i == 1 ? GrantLedger::Period::Quarter : GrantLedger::Period::Month);
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export Chart"), QString(),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !m_chart->exportTo(path, &error))
            QMessageBox::warning(this, tr("Export Chart"), error);
    });
    connect(m_copy, &QPushButton::clicked, m_chart, &GrantChart::copyToClipboard);
    retranslateUi();
}

void GrantChartsPanel::setDatabase(Database *db)
{
    // Nothing is read until the tab is shown, after the workspace's first paint.
    m_chart->setDatabase(db, false);
    m_refresh->requestAfterPaint();
}

void GrantChartsPanel::setFilter(const GrantFilter &filter)
{
    m_filter = filter;
    requestRefresh();
}

void GrantChartsPanel::requestRefresh()
{
    m_refresh->request();
}

void GrantChartsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // The charts' aggregations run once the tab is painted, never inside the click on it.
    m_refresh->flushAfterPaint();
}

void GrantChartsPanel::retranslateUi()
{
    m_kind->setAccessibleName(tr("Chart"));
    m_period->setAccessibleName(tr("Period"));
    m_export->setText(tr("&Export Chart…"));
    m_copy->setText(tr("&Copy Chart"));
    {
        const QSignalBlocker b(m_kind);
        const int kind = m_kind->currentIndex();
        m_kind->clear();
        for (int k = 0; k < GrantChart::KindCount; ++k)
            m_kind->addItem(GrantChart::kindTitle(GrantChart::Kind(k)));
        m_kind->setCurrentIndex(std::max(0, kind));
    }
    {
        const QSignalBlocker b(m_period);
        const int period = m_period->currentIndex();
        m_period->clear();
        m_period->addItems({ tr("Per month"), tr("Per quarter") });
        m_period->setCurrentIndex(std::max(0, period));
        m_period->setEnabled(m_kind->currentIndex() == GrantChart::PerPeriod);
    }
}

void GrantChartsPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
