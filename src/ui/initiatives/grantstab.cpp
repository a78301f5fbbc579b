// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantstab.h"

#include "../document.h"
#include "core/domain/enums.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "ui_initiativeform.h"

#include <QLabel>
#include <QLocale>
#include <QTreeWidget>

namespace tremplin {

GrantsTab::GrantsTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_tree(context.ui.grantsTree)
    , m_summary(context.ui.grantsSummary)
    , m_empty(emptyHint(context.ui.grantsTree, QStringLiteral("noGrantsLabel")))
{
    connect(&m_document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, { QLatin1String("grant_award"), QLatin1String("disbursement") }))
            reload();
    });
}

void GrantsTab::reload()
{
    m_tree->clear();
    Money committed, disbursed;
    bool illustrative = false;
    try {
        const QLocale locale;
        for (const GrantLine &g : Lookups(m_document.database()).grantsOf(m_id)) {
            committed += g.committed;
            disbursed += g.disbursed;
            illustrative |= g.illustrative;
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(0, label(fromCode<TrancheKind>(g.tranche).value_or(TrancheKind::Other)));
            item->setText(1, label(fromCode<GrantStatus>(g.status).value_or(GrantStatus::Planned)));
            item->setText(2, g.committed.toString(locale));
            item->setText(3, g.disbursed.toString(locale));
            item->setText(4, g.conditions);
            item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
            item->setTextAlignment(3, Qt::AlignRight | Qt::AlignVCenter);
        }
    } catch (const Error &e) {
        showProblem(e.message());
    }
    QString summary
        = tr("Committed %1, disbursed %2, remaining to pay %3.")
              .arg(committed.toString(), disbursed.toString(), (committed - disbursed).toString());
    if (illustrative)
        summary += QLatin1Char(' ') + tr("These amounts are illustrative (demo data).");
    m_summary->setText(summary);
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_summary->setVisible(!empty);
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
    for (int c = 0; c < m_tree->columnCount(); ++c)
        m_tree->resizeColumnToContents(c);
}

void GrantsTab::retranslate()
{
    m_tree->setAccessibleName(tr("Grants"));
    m_empty->setText(tr("No grant for this initiative yet. Grants are recorded in the Grants "
                        "workspace: use Open in the Grants workspace below."));
    reload();
}

} // namespace tremplin
