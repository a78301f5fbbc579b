// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorypage.h"

#include "directorytab.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tremplin {

DirectoryPage::DirectoryPage(QWidget *parent)
    : QWidget(parent)
    , m_tabs(new QTabWidget(this))
    , m_administrations(new DirectoryTab(DirectoryTab::Administrations, m_tabs))
    , m_partners(new DirectoryTab(DirectoryTab::Partners, m_tabs))
    , m_persons(new DirectoryTab(DirectoryTab::Persons, m_tabs))
{
    setObjectName(QStringLiteral("directoryPage"));
    m_tabs->setObjectName(QStringLiteral("directoryTabs"));
    m_tabs->addTab(m_administrations, QString());
    m_tabs->addTab(m_partners, QString());
    m_tabs->addTab(m_persons, QString());
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    retranslateUi();
}

void DirectoryPage::setDocument(Document *document)
{
    for (DirectoryTab *tab : { m_administrations, m_partners, m_persons })
        tab->setDocument(document);
}

void DirectoryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void DirectoryPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Administrations"));
    m_tabs->setTabText(1, tr("Outside Partners"));
    m_tabs->setTabText(2, tr("Persons"));
    for (DirectoryTab *tab : { m_administrations, m_partners, m_persons })
        tab->retranslateUi();
}

} // namespace tremplin
