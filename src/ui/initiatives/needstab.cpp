// SPDX-License-Identifier: GPL-3.0-or-later
#include "needstab.h"

#include "../document.h"
#include "../models/recordtablemodel.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "ui_initiativeform.h"

#include <QHeaderView>
#include <QPushButton>

namespace tremplin {

NeedsTab::NeedsTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_needs(childTable(QStringLiteral("need"),
          { QStringLiteral("kind"), QStringLiteral("title"), QStringLiteral("priority") },
          QStringLiteral("priority, id")))
    , m_actions(childTable(QStringLiteral("action_item"),
          { QStringLiteral("title"), QStringLiteral("need_id"), QStringLiteral("due_date"),
              QStringLiteral("status"), QStringLiteral("priority") },
          QStringLiteral("priority, due_date, id")))
{
    setUpTable(m_ui.needsView, m_needs, 1);
    setUpTable(m_ui.actionsView, m_actions, 0);
    m_ui.actionsView->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Interactive);
    m_ui.actionsView->setColumnWidth(1, 220);
    m_needs->setParentId(m_id);
    m_actions->setParentId(m_id);
    connect(m_ui.addNeedButton, &QPushButton::clicked, this, &NeedsTab::addNeed);
    connect(m_ui.addActionButton, &QPushButton::clicked, this, &NeedsTab::addAction);
    connect(m_ui.removeNeedButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_needs, m_ui.needsView, tr("Remove need")); });
    connect(m_ui.removeActionButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_actions, m_ui.actionsView, tr("Remove action")); });
    connect(&m_document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, { QLatin1String("need") }))
            reloadNeedChoices();
    });
}

void NeedsTab::retranslate()
{
    m_needs->retranslate();
    m_actions->retranslate();
    reloadNeedChoices();
    m_ui.needsView->setAccessibleName(tr("Needs"));
    m_ui.actionsView->setAccessibleName(tr("Prioritised actions"));
}

void NeedsTab::reloadNeedChoices()
{
    QList<QPair<QString, qint64>> needs;
    try {
        for (const Choice &c : Lookups(m_document.database()).needsOf(m_id))
            needs.append({ c.label, c.id });
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_actions->setReferenceChoices(QStringLiteral("need_id"), needs);
}

void NeedsTab::addNeed()
{
    insert(QStringLiteral("need"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("kind"), QStringLiteral("consolidation") },
            { QStringLiteral("title"), tr("New need") },
            { QStringLiteral("priority"), m_needs->rowCount() + 1 } },
        tr("Add need"));
    m_ui.needsView->setCurrentIndex(m_needs->index(m_needs->rowCount() - 1, 1));
}

void NeedsTab::addAction()
{
    QVariantMap values { { QStringLiteral("initiative_id"), m_id },
        { QStringLiteral("title"), tr("New action") },
        { QStringLiteral("status"), QStringLiteral("todo") },
        { QStringLiteral("priority"), m_actions->rowCount() + 1 } };
    const QModelIndex need = m_ui.needsView->currentIndex();
    if (need.isValid())
        values.insert(QStringLiteral("need_id"), m_needs->idAt(need.row()));
    insert(QStringLiteral("action_item"), values, tr("Add action"));
}

} // namespace tremplin
