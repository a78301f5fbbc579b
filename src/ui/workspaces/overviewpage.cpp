// SPDX-License-Identifier: GPL-3.0-or-later
#include "overviewpage.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "../style.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QEvent>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QStyle>
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
constexpr int PublicPartnersCard = 4;

// The attention lines, in the order shown (see attentionLine()).
const char *const lineNames[]
    = { "phase", "committee", "overdue", "due", "topay", "blocked", "envelope" };
enum LineIndex {
    PhaseLine,
    CommitteeLine,
    OverdueLine,
    DueLine,
    ToPayLine,
    BlockedLine,
    EnvelopeLine
};
} // namespace

OverviewPage::OverviewPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_subtitle(new QLabel(this))
    , m_illustrative(new QLabel(this))
    , m_attentionTitle(new QLabel(this))
    , m_lines(new QVBoxLayout)
    , m_figuresTitle(new QLabel(this))
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    // The page scrolls rather than imposing its height on the main window (1366×768 screens).
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    outer->addWidget(scroll);
    auto *content = new QWidget(scroll);
    scroll->setWidget(content);
    m_content = content;
    content->installEventFilter(this);

    auto *layout = new QVBoxLayout(content);
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
    m_illustrative->setStyleSheet(style::banner());
    QFont sectionFont = m_attentionTitle->font();
    sectionFont.setPointSizeF(sectionFont.pointSizeF() * 1.2);
    sectionFont.setBold(true);
    m_attentionTitle->setFont(sectionFont);
    m_figuresTitle->setFont(sectionFont);
    for (QLabel *l : { m_title, m_subtitle, m_illustrative, m_attentionTitle, m_figuresTitle })
        l->setParent(content);

    layout->addWidget(m_title);
    layout->addWidget(m_subtitle);
    layout->addSpacing(8);
    layout->addWidget(m_illustrative);
    layout->addSpacing(8);
    layout->addWidget(m_attentionTitle);
    m_lines->setSpacing(2);
    layout->addLayout(m_lines);
    for (const char *name : lineNames) {
        auto *button = new QPushButton(content);
        button->setObjectName(QStringLiteral("attention-") + QLatin1String(name));
        button->setFlat(true);
        button->setCursor(Qt::PointingHandCursor);
        const bool warning = qstrcmp(name, "envelope") == 0 || qstrcmp(name, "blocked") == 0;
        button->setIcon(style()->standardIcon(
            warning ? QStyle::SP_MessageBoxWarning : QStyle::SP_ArrowForward));
        button->setStyleSheet(QStringLiteral("QPushButton { text-align: left; padding: 4px; %1 }")
                                  .arg(warning ? style::warningText() : QString()));
        m_lines->addWidget(button);
        const int index = int(m_attentionLines.size());
        m_attentionLines.append({ button, Timeline, 0, QDate() });
        connect(button, &QPushButton::clicked, this, [this, index] {
            const Line &l = m_attentionLines.at(index);
            Q_EMIT openRequested(l.place, l.initiativeId, l.date);
        });
    }
    layout->addSpacing(16);
    layout->addWidget(m_figuresTitle);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(16);
    grid->setVerticalSpacing(12);
    int i = 0;
    for (const char *caption : captions) {
        auto *frame = new QFrame(content);
        frame->setFrameShape(QFrame::StyledPanel);
        frame->setMinimumWidth(160);
        auto *v = new QVBoxLayout(frame);
        auto *value = new QLabel(frame);
        QFont f = value->font();
        f.setPointSizeF(f.pointSizeF() * 1.6);
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

QPushButton *OverviewPage::attentionLine(const QString &name) const
{
    for (int i = 0; i < int(std::size(lineNames)); ++i) {
        if (name == QLatin1String(lineNames[i]))
            return m_attentionLines.at(i).button->isVisibleTo(this) ? m_attentionLines.at(i).button
                                                                    : nullptr;
    }
    return nullptr;
}

void OverviewPage::setDocument(Document *document, bool afterFirstPaint)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, m_refresh, nullptr);
    m_document = document;
    if (m_document) {
        // What the totals count and the attention lines read; not themes, people's links,
        // funding sources or measurements.
        connect(&m_document->database(), &Database::changed, m_refresh,
            [this](const ChangeSet &changes) {
                if (touches(changes,
                        { QLatin1String("programme"), QLatin1String("promotion"),
                            QLatin1String("phase"), QLatin1String("initiative"),
                            QLatin1String("organisation"), QLatin1String("initiative_partner"),
                            QLatin1String("person"), QLatin1String("need"),
                            QLatin1String("action_item"), QLatin1String("committee"),
                            QLatin1String("decision"), QLatin1String("grant_award"),
                            QLatin1String("disbursement"), QLatin1String("indicator"),
                            QLatin1String("journal_entry"), QLatin1String("meta") }))
                    m_refresh->request();
            });
    }
    // The totals of a large file take a moment: the page paints first, the figures follow
    // (see eventFilter) when @p afterFirstPaint, as when the window opens.
    m_summary = {};
    m_attention = {};
    retranslateUi();
    m_refreshAfterPaint = afterFirstPaint;
    if (!m_refreshAfterPaint)
        refresh();
}

void OverviewPage::setToday(const QDate &today)
{
    m_today = today;
    refresh();
}

void OverviewPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

bool OverviewPage::eventFilter(QObject *watched, QEvent *event)
{
    // The page is painted through its scrolled content.
    if (watched == m_content && event->type() == QEvent::Paint && m_refreshAfterPaint) {
        m_refreshAfterPaint = false;
        QTimer::singleShot(0, this, &OverviewPage::refresh);
    }
    return QWidget::eventFilter(watched, event);
}

void OverviewPage::refresh()
{
    m_summary = {};
    m_attention = {};
    if (m_document && m_document->database().isOpen()) {
        try {
            m_summary = StatisticsService(m_document->database()).summary();
            m_attention = AttentionService(m_document->database())
                              .attention(m_today.isValid() ? m_today : QDate::currentDate());
        } catch (const Error &e) {
            // An unreadable summary shows zeros, and the window says why.
            m_document->database().reportReadFailure(e.message());
        }
    }
    retranslateUi();
}

void OverviewPage::retranslateUi()
{
    const ProgrammeSummary &s = m_summary;
    const QLocale locale;
    m_title->setText(s.programmeName.isEmpty() ? tr("No programme yet") : s.programmeName);
    m_subtitle->setText(s.programmeName.isEmpty()
            ? tr("This file is empty. Programmes, initiatives and grants will be entered here.")
            : tr("%1 in %2", "initiatives in promotions")
                  .arg(tr("%Ln initiative(s)", nullptr, s.initiatives),
                      tr("%Ln promotion(s)", nullptr, s.promotions)));
    // What is public and what is made up: the demo's own facts, or a general word for any
    // other file holding illustrative amounts (a generated programme).
    m_illustrative->setVisible(s.containsIllustrativeAmounts);
    m_illustrative->setText(s.demo
            ? tr("Demo data: per-laureate grant amounts, funding decisions and identifiers are "
                 "illustrative. Only "
                 "the %1 + %2 scheme and the number of funded laureates (%3) are public.")
                  .arg(locale.toCurrencyString(qlonglong(80000), QStringLiteral("€")),
                      locale.toCurrencyString(qlonglong(60000), QStringLiteral("€")),
                      locale.toString(7))
            : tr("Some amounts and identifiers in this file are marked as illustrative: they "
                 "describe no real "
                 "grant."));
    m_figuresTitle->setText(tr("Figures"));
    const int counts[CountCards]
        = { s.initiatives, s.laureates, s.promotions, s.phases, s.publicPartners, s.actions };
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
    m_cards[PublicPartnersCard].label->parentWidget()->setToolTip(
        tr("Administrations engaged with at least one initiative"));
    retranslateAttention();
}

void OverviewPage::retranslateAttention()
{
    const Attention &a = m_attention;
    const QLocale locale;
    auto day = [&locale](const QDate &d) { return locale.toString(d, QLocale::LongFormat); };
    // A phase or committee is named with its promotion when the file has several.
    auto named = [this](const Attention::Dated &d) {
        return d.promotion.isEmpty() || m_summary.promotions < 2
            ? d.name
            : tr("%1 (%2)").arg(d.name, d.promotion);
    };
    auto set = [this](LineIndex index, const QString &text, Place place, qint64 initiativeId = 0,
                   const QDate &date = {}) {
        Line &l = m_attentionLines[index];
        l.button->setText(text);
        l.button->setVisible(!text.isEmpty());
        l.button->setEnabled(!text.isEmpty());
        l.place = place;
        l.initiativeId = initiativeId;
        l.date = date;
    };
    const bool open = !m_summary.programmeName.isEmpty();
    m_attentionTitle->setVisible(open);
    m_attentionTitle->setText(tr("What needs attention today, %1")
                                  .arg(day(a.today.isValid() ? a.today : QDate::currentDate())));

    // Where the calendar stands.
    QString phase;
    QDate phaseDate;
    if (!a.currentPhases.isEmpty()) {
        const Attention::Dated &p = a.currentPhases.first();
        const int left = int(a.today.daysTo(p.end));
        phase = left == 0 ? tr("%1 ends today").arg(named(p))
                          : tr("%1 under way until %2 (%Ln day(s) left)", nullptr, left)
                                .arg(named(p), day(p.end));
        if (a.currentPhaseCount > 1)
            phase = tr("%1; and %Ln other phase(s) under way", nullptr, a.currentPhaseCount - 1)
                        .arg(phase);
        phaseDate = p.start;
    } else if (a.nextPhase.id) {
        phase = tr("No phase under way. Next: %1 from %2")
                    .arg(named(a.nextPhase), day(a.nextPhase.start));
        phaseDate = a.nextPhase.start;
    } else if (a.lastPhase.id) {
        phase = tr("The calendar is over: %1 ended on %2")
                    .arg(named(a.lastPhase), day(a.lastPhase.end));
        phaseDate = a.lastPhase.end;
    }
    set(PhaseLine, open ? phase : QString(), Timeline, 0, phaseDate);

    QString committee;
    if (a.nextCommittee.id) {
        const int in = int(a.today.daysTo(a.nextCommittee.start));
        committee = in == 0 ? tr("Committee today: %1").arg(named(a.nextCommittee))
                            : tr("Next committee: %1 on %2 (in %Ln day(s))", nullptr, in)
                                  .arg(named(a.nextCommittee), day(a.nextCommittee.start));
    }
    set(CommitteeLine, open ? committee : QString(), Timeline, 0, a.nextCommittee.start);

    // Actions: the list of initiatives, or the one initiative's form.
    auto actions = [&](LineIndex index, const Attention::Actions &n, const QString &caption,
                       const QString &none, Place place) {
        if (!open)
            return set(index, QString(), place);
        if (n.actions == 0) {
            set(index, none, place);
            m_attentionLines[index].button->setEnabled(false);
            return;
        }
        set(index,
            caption.arg(tr("%Ln action(s)", nullptr, n.actions),
                tr("%Ln initiative(s)", nullptr, n.initiatives)),
            n.onlyInitiative ? Initiative : place, n.onlyInitiative);
    };
    actions(OverdueLine, a.overdue, tr("Overdue: %1 in %2", "actions in initiatives"),
        tr("No action is overdue."), OverdueActions);
    actions(DueLine, a.dueThisWeek, tr("Due within a week: %1 in %2", "actions in initiatives"),
        tr("No action is due within a week."), ActionsDue);

    // Money: the ledger, of the one initiative concerned when there is one.
    set(ToPayLine,
        a.toPay.count ? tr("To pay: %Ln tranche(s), %1 in all", nullptr, a.toPay.count)
                            .arg(a.toPay.remaining.toString(locale))
                      : QString(),
        Grants, a.toPay.onlyInitiative);
    set(BlockedLine,
        a.blocked.count
            ? tr("Blocked: %Ln tranche(s) awaiting proof that their conditions are met (%1)",
                nullptr, a.blocked.count)
                  .arg(a.blocked.remaining.toString(locale))
            : QString(),
        Grants, a.blocked.onlyInitiative);
    QString envelope;
    if (a.overCommittedPromotions == 1) {
        envelope = tr("Commitments exceed the envelope of %1 by %2")
                       .arg(a.overCommittedPromotion, a.overCommitment.toString(locale));
    } else if (a.overCommittedPromotions > 1) {
        envelope = tr("Commitments exceed the envelope of %Ln promotion(s), by %1 in all", nullptr,
            a.overCommittedPromotions)
                       .arg(a.overCommitment.toString(locale));
    }
    set(EnvelopeLine, envelope, Grants);
}

void OverviewPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
