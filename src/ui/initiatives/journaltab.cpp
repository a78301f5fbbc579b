// SPDX-License-Identifier: GPL-3.0-or-later
#include "journaltab.h"

#include "../models/recordtablemodel.h"
#include "ui_initiativeform.h"

#include <QDate>
#include <QPushButton>

namespace tremplin {

JournalTab::JournalTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_journal(childTable(QStringLiteral("journal_entry"),
          { QStringLiteral("entry_date"), QStringLiteral("kind"), QStringLiteral("title"),
              QStringLiteral("body") },
          QStringLiteral("entry_date DESC, id DESC")))
{
    setUpTable(m_ui.journalView, m_journal, 3);
    m_journal->setParentId(m_id);
    connect(m_ui.addJournalButton, &QPushButton::clicked, this, &JournalTab::addEntry);
    connect(m_ui.removeJournalButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_journal, m_ui.journalView, tr("Remove journal entry")); });
}

void JournalTab::retranslate()
{
    m_journal->retranslate();
    m_ui.journalView->setAccessibleName(tr("Journal"));
}

void JournalTab::addEntry()
{
    insert(QStringLiteral("journal_entry"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("entry_date"), QDate::currentDate().toString(Qt::ISODate) },
            { QStringLiteral("kind"), QStringLiteral("meeting") },
            { QStringLiteral("title"), tr("New entry") } },
        tr("Add journal entry"));
}

} // namespace tremplin
