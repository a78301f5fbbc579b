// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QTimer>
#include <QVBoxLayout>

namespace tremplin {

namespace {
// The figures shown, in order. Counts have a singular and a plural caption (numerus
// translations, chosen by the number shown); amounts have one.
const char *const captions[] = {
    QT_TRANSLATE_N_NOOP("tremplin::OverviewPage", "Initiative(s)"),
    QT_TRANSLATE_N_NOOP("tremplin::OverviewPage", "Laureate(s)"),
    QT_TRANSLATE_N_NOOP("tremplin::OverviewPage", "Promotion(s)"),
    QT_TRANSLATE_N_NOOP("tremplin::OverviewPage", "Programme phase(s)"),
    QT_TRANSLATE_N_NOOP("tremplin::OverviewPage", "Public partner(s)"),
    QT_TRANSLATE_N_NOOP("tremplin::OverviewPage", "Action(s)"),
    QT_TRANSLATE_NOOP("tremplin::OverviewPage", "Budget envelope"),
    QT_TRANSLATE_NOOP("tremplin::OverviewPage", "Committed"),
    QT_TRANSLATE_NOOP("tremplin::OverviewPage", "Disbursed"),
};
constexpr int CountCards = 6;
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_illustrative(new QLabel(this))
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(32, 24, 32, 24);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_subtitle->setWordWrap(true);
    m_illustrative->setWordWrap(true);
    m_illustrative->setFrameShape(QFrame::StyledPanel);
    m_illustrative->setMargin(8);
    m_illustrative->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #4d3800; border: 1px solid #e0c060; "
                       "border-radius: 4px; }"));
    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(12);
    layout->addWidget(m_illustrative);
    layout->addSpacing(12);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(16);
    int i = 0;
    for (const char *caption : captions) {
        auto *frame = new QFrame(this);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(180);
        auto *v = new QVBoxLayout(frame);
        auto *value = new QLabel(frame);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.8);
        f.setBold(true);
        value->setFont(f);
        auto *label = new QLabel(frame);
        v->addWidget(value);
        v->addWidget(label);
        grid->addWidget(frame, i / 3, i % 3);
        m_cards.append({ caption, value, label });
        ++i;
    }
    layout->addLayout(grid);
    layout->addStretch(1);
    retranslateUi();
}

void OverviewPage::setDocument(Document *document, bool afterFirstPaint)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, m_refresh, nullptr);
    m_document = document;
    if (m_document) {
        connect(&m_document->database(), &Database::changed, m_refresh, &DeferredRefresh::request);
    }
    // The totals of a large file take a moment: the page paints first, the figures follow
    // (see paintEvent) when @p afterFirstPaint, as when the window opens.
    m_summary = {};
    retranslateUi();
    m_refreshAfterPaint = afterFirstPaint;
    if (!m_refreshAfterPaint)
        refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

void OverviewPage::paintEvent(QPaintEvent *event)
{
    QWidget::paintEvent(event);
    if (m_refreshAfterPaint) {
        m_refreshAfterPaint = false;
        QTimer::singleShot(0, this, &OverviewPage::refresh);
    }
}

void OverviewPage::refresh()
{
    m_summary = {};
    if (m_document && m_document->database().isOpen()) {
        try {
            m_summary = StatisticsService(m_document->database()).summary();
        } catch (const Error &) {
            // An unreadable summary shows zeros; opening the file already reported the problem.
        }
    }
    retranslateUi();
}

void OverviewPage::retranslateUi()
{
    const ProgrammeSummary &s = m_summary;
    m_title->setText(s.programmeName.isEmpty() ? tr("No programme yet") : s.programmeName);
    m_subtitle->setText(
        s.programmeName.isEmpty()
            ? tr("This file is empty. Programmes, initiatives and grants will be entered here.")
            : tr("%n initiative(s) in %1", nullptr, s.initiatives)
                  .arg(tr("%n promotion(s)", nullptr, s.promotions)));
    m_illustrative->setVisible(s.containsIllustrativeAmounts);
    m_illustrative->setText(tr("Demo data: per-laureate grant amounts, funding decisions and "
                               "identifiers are illustrative. Only the 80 000 € + 60 000 € scheme "
                               "and the number of funded laureates (7) are public."));
    const QLocale locale;
    const int counts[CountCards] = { s.initiatives, s.laureates, s.promotions,
                                     s.phases,      s.publicPartners, s.actions };
    const Money amounts[] = { s.envelope, s.committed, s.disbursed };
    for (int i = 0; i < m_cards.size(); ++i) {
        if (i < CountCards) {
            m_cards[i].value->setText(locale.toString(counts[i]));
            m_cards[i].label->setText(QCoreApplication::translate(
                "tremplin::OverviewPage", m_cards[i].caption, nullptr, counts[i]));
        } else {
            m_cards[i].value->setText(amounts[i - CountCards].toString(locale));
            m_cards[i].label->setText(
                QCoreApplication::translate("tremplin::OverviewPage", m_cards[i].caption));
        }
    }
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
