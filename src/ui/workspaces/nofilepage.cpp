// SPDX-License-Identifier: GPL-3.0-or-later
#include "nofilepage.h"

#include <QDir>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

NoFilePage::NoFilePage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_reason(new QLabel(this))
    , m_hint(new QLabel(this))
    , m_open(new QPushButton(this))
    , m_new(new QPushButton(this))
    , m_demo(new QPushButton(this))
    , m_recentLabel(new QLabel(this))
    , m_recent(new QListWidget(this))
{
    setObjectName(QStringLiteral("noFilePage"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(48, 32, 48, 32);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_reason->setObjectName(QStringLiteral("noFileReason"));
    m_reason->setWordWrap(true);
    m_reason->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_reason->setMaximumWidth(760);
    m_hint->setWordWrap(true);
    m_hint->setMaximumWidth(760);
    layout->addWidget(m_title);
    layout->addSpacing(8);
    layout->addWidget(m_reason);
    layout->addWidget(m_hint);
    layout->addSpacing(12);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_open);
    buttons->addWidget(m_new);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    layout->addSpacing(16);
    m_recentLabel->setBuddy(m_recent);
    layout->addWidget(m_recentLabel);
    m_recent->setMaximumWidth(760);
    m_recent->setMaximumHeight(200);
    layout->addWidget(m_recent);
    layout->addStretch(1);

    connect(m_open, &QPushButton::clicked, this, &NoFilePage::openRequested);
    connect(m_new, &QPushButton::clicked, this, &NoFilePage::newRequested);
    connect(m_demo, &QPushButton::clicked, this, &NoFilePage::demoRequested);
    connect(m_recent, &QListWidget::itemActivated, this, [this](QListWidgetItem *item) {
        Q_EMIT recentRequested(item->data(Qt::UserRole).toString());
    });
    retranslateUi();
}

void NoFilePage::setReason(const QString &reason)
{
    m_reason->setText(reason);
    m_reason->setVisible(!reason.isEmpty());
}

void NoFilePage::setRecentFiles(const QStringList &paths)
{
    m_recent->clear();
    for (const QString &path : paths) {
        auto *item = new QListWidgetItem(QDir::toNativeSeparators(path), m_recent);
        item->setData(Qt::UserRole, path);
    }
    m_recent->setVisible(!paths.isEmpty());
    m_recentLabel->setVisible(!paths.isEmpty());
}

void NoFilePage::retranslateUi()
{
    m_title->setText(tr("No file open"));
    m_hint->setText(tr("Tremplin keeps a programme in one file on this computer. Open an existing "
                       "file, create a new one, or explore the demo programme (AIC promotion 1)."));
    m_open->setText(tr("&Open a File…"));
    m_new->setText(tr("&New Programme…"));
    m_demo->setText(tr("Open the &Demo Programme"));
    m_recentLabel->setText(tr("&Recent files (double-click or Enter to open):"));
    m_recent->setAccessibleName(tr("Recent files"));
}

void NoFilePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
