// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeedecisionslist.h"

#include "../document.h"
#include "core/error.h"
#include "core/services/committeeservice.h"

#include <QEvent>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace tremplin {

CommitteeDecisionsList::CommitteeDecisionsList(
    Document &document, qint64 initiativeId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_initiative(initiativeId)
    , m_title(new QLabel(this))
    , m_tree(new QTreeWidget(this))
    , m_empty(new QLabel(this))
{
    setObjectName(QStringLiteral("committeeDecisions"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    layout->addWidget(m_title);
    layout->addWidget(m_tree);
    layout->addWidget(m_empty);
    m_tree->setRootIsDecorated(false);
    m_tree->setColumnCount(6);
    m_empty->setWordWrap(true);
    // The form's grants table takes the room; this list only what its lines need.
    m_title->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_empty->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    m_tree->setMaximumHeight(fontMetrics().height() * 7);
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes,
                { QLatin1String("decision"), QLatin1String("committee"),
                    QLatin1String("decision_amendment"), QLatin1String("grant_award"),
                    QLatin1String("phase") }))
            reload();
    });
    retranslateUi();
}

void CommitteeDecisionsList::reload()
{
    m_tree->clear();
    try {
        const QLocale locale;
        for (const DecisionAbout &d :
            CommitteeService(m_document.database()).decisionsAbout(m_initiative)) {
            auto *item = new QTreeWidgetItem(m_tree);
            item->setText(
                0, tr("%1 (%2)").arg(d.committee, locale.toString(d.heldOn, QLocale::ShortFormat)));
            QString decision = label(d.kind);
            if (d.amendments > 0)
                decision += QLatin1Char(' ') + tr("(amended)");
            item->setText(1, decision);
            item->setText(2, d.phase);
            item->setText(3, d.reference);
            item->setText(4, d.funded.cents() > 0 ? d.funded.toString(locale) : QString());
            item->setTextAlignment(4, Qt::AlignRight | Qt::AlignVCenter);
            item->setText(5, d.reason);
            item->setToolTip(5, d.reason);
        }
    } catch (const Error &e) {
        m_document.database().reportReadFailure(e.message());
    }
    const bool empty = m_tree->topLevelItemCount() == 0;
    m_tree->setVisible(!empty);
    m_empty->setVisible(empty);
    for (int c = 0; c < m_tree->columnCount() - 1; ++c)
        m_tree->resizeColumnToContents(c);
}

void CommitteeDecisionsList::retranslateUi()
{
    m_title->setText(tr("Committee decisions"));
    m_tree->setHeaderLabels({ tr("Committee"), tr("Decision"), tr("Phase"), tr("Reference"),
        tr("Funded"), tr("Reason") });
    m_tree->setAccessibleName(tr("Committee decisions"));
    m_empty->setText(tr("No committee has decided about this initiative yet."));
    reload();
}

void CommitteeDecisionsList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
