// SPDX-License-Identifier: GPL-3.0-or-later
#include "grantsdashboard.h"

#include "../style.h"
#include "core/database/database.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>

namespace tremplin {

namespace {
// Dashboard figures, in order.
const char *const cardNames[]
    = { "envelope", "committed", "disbursed", "remaining", "uncommitted", "funded", "blocked" };
const char *const cardCaptions[] = {
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Budget envelope"),
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Committed"),
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Disbursed"),
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Remaining to pay"),
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Not yet committed"),
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Initiatives funded"),
    QT_TRANSLATE_NOOP("tremplin::GrantsDashboard", "Blocked tranches"),
};
constexpr int Uncommitted = 4;
} // namespace

GrantsDashboard::GrantsDashboard(QWidget *parent)
    : QWidget(parent)
    , m_illustrative(new QLabel(this))
    , m_cards(new QGridLayout)
    , m_nextTranches(new QLabel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_illustrative->setWordWrap(true);
    m_illustrative->setStyleSheet(style::banner());
    m_illustrative->hide();
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
    layout->addLayout(m_cards);
    m_nextTranches->setObjectName(QStringLiteral("nextTranches"));
    m_nextTranches->setWordWrap(true);
    layout->addWidget(m_nextTranches);
    display();
}

void GrantsDashboard::addBeside(QWidget *widget)
{
    m_cards->addWidget(widget, 0, 4, 2, 1);
}

void GrantsDashboard::refresh(const GrantFilter &filter)
{
    m_totals = {};
    m_next.clear();
    try {
        if (m_db && m_db->isOpen()) {
            const GrantLedger ledger(*m_db);
            m_totals = ledger.totals(filter);
            // Next tranches due: committed or planned, not fully paid, oldest decision first.
            m_next = ledger.nextTranches(filter, 4);
        }
    } catch (const Error &) {
        m_totals = {};
        m_next.clear();
        display();
        throw;
    }
    display();
}

void GrantsDashboard::display()
{
    const LedgerTotals &t = m_totals;
    const QLocale locale;
    QStringList next;
    for (const GrantRow &g : std::as_const(m_next)) {
        next << tr("%1 (%2, %3%4)")
                    .arg(g.initiative, label(g.tranche), g.remaining().toString(locale),
                        g.blocked() ? tr(", blocked") : QString());
    }
    const QString values[] = {
        t.envelope.toString(locale),
        t.committed.toString(locale),
        t.disbursed.toString(locale),
        t.remainingToPay().toString(locale),
        t.uncommitted().toString(locale),
        locale.toString(t.initiativesFunded),
        locale.toString(t.blocked),
    };
    for (int i = 0; i < m_cardLabels.size(); ++i) {
        m_cardLabels[i].second.first->setText(values[i]);
        m_cardLabels[i].second.second->setText(
            QCoreApplication::translate("tremplin::GrantsDashboard", cardCaptions[i]));
    }
    // Commitments above the envelope: a warning with the excess, not a negative amount left.
    const bool above = t.uncommitted() < Money();
    if (above) {
        m_cardLabels[Uncommitted].second.first->setText(
            (t.committed - t.envelope).toString(locale));
        m_cardLabels[Uncommitted].second.second->setText(tr("Committed above the envelope"));
    }
    m_cardLabels[Uncommitted].second.first->setStyleSheet(above ? style::warningText() : QString());
    m_illustrative->setVisible(t.illustrative);
    m_illustrative->setText(
        tr("Demo data: the envelope and the per-laureate amounts are illustrative; only "
           "the %1 + %2 scheme is public.")
            .arg(locale.toCurrencyString(qint64(80000), QStringLiteral("€")),
                locale.toCurrencyString(qint64(60000), QStringLiteral("€"))));
    m_nextTranches->setText(next.isEmpty()
            ? tr("No tranche waiting to be paid.")
            : tr("Next tranches to pay: %1").arg(next.join(QStringLiteral("; "))));
}

QString GrantsDashboard::value(const QString &name) const
{
    for (const auto &card : m_cardLabels) {
        if (card.first == name)
            return card.second.first->text();
    }
    return {};
}

void GrantsDashboard::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        display();
    QWidget::changeEvent(event);
}

} // namespace tremplin
