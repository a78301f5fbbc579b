// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QCoreApplication>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tremplin {

PlaceholderPage::PlaceholderPage(const char *title, const char *description, QWidget *parent)
    : QWidget(parent)
    , m_title(title)
    , m_description(description)
    , m_titleLabel(new QLabel(this))
    , m_descriptionLabel(new QLabel(this))
    , m_comingLabel(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    QFont titleFont = m_titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_titleLabel->setFont(titleFont);
    m_descriptionLabel->setWordWrap(true);
    m_descriptionLabel->setMaximumWidth(720);
    m_comingLabel->setWordWrap(true);
    m_comingLabel->setEnabled(false);
    layout->addWidget(m_titleLabel);
    layout->addSpacing(8);
    layout->addWidget(m_descriptionLabel);
    layout->addSpacing(8);
    layout->addWidget(m_comingLabel);
    layout->addStretch(1);
    retranslateUi();
}

void PlaceholderPage::retranslateUi()
{
    m_titleLabel->setText(QCoreApplication::translate("tremplin::Workspaces", m_title));
    m_descriptionLabel->setText(QCoreApplication::translate("tremplin::Workspaces", m_description));
    m_comingLabel->setText(tr("This workspace is being built; its data is already kept in the "
                              "database and nothing you enter elsewhere is lost."));
}

void PlaceholderPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
