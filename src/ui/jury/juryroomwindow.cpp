// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryroomwindow.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "core/domain/money.h"
#include "core/error.h"
#include "jurydecisioncommands.h"
#include "juryroomdialogs.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSignalBlocker>
#include <QVBoxLayout>
#include <algorithm>

namespace tremplin {

namespace {
constexpr int TopRows = 8;

QString number(double value)
{
    return QLocale().toString(value, 'f', 2);
}
} // namespace

JuryRoomWindow::JuryRoomWindow(Document &document, qint64 sessionId, QWidget *parent)
    : RoomWindow(document, parent)
    , m_session(sessionId)
    , m_heading(new QLabel(m_projection))
    , m_places(new QLabel(m_projection))
    , m_name(new QLabel(m_projection))
    , m_facts(new QLabel(m_projection))
    , m_description(new QLabel(m_projection))
    , m_scores(new QLabel(m_projection))
    , m_decision(new QLabel(m_projection))
    , m_rankingTitle(new QLabel(m_projection))
    , m_top(new QLabel(m_projection))
    , m_orderLabel(new QLabel(m_controls))
    , m_order(new QComboBox(m_controls))
    , m_signOff(new QPushButton(m_controls))
    , m_minutes(new QPushButton(m_controls))
{
    setObjectName(QStringLiteral("juryRoom"));
    m_order->setObjectName(QStringLiteral("roomOrder"));
    m_signOff->setObjectName(QStringLiteral("roomSignOff"));
    m_minutes->setObjectName(QStringLiteral("roomMinutes"));

    for (QLabel *label : { m_name, m_facts, m_description, m_scores, m_decision, m_top })
        label->setWordWrap(true);
    m_name->setTextFormat(Qt::PlainText);
    m_facts->setTextFormat(Qt::PlainText);
    m_description->setTextFormat(Qt::PlainText);
    m_top->setTextFormat(Qt::RichText);
    m_top->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *top = new QHBoxLayout;
    top->addWidget(m_heading, 1);
    top->addWidget(m_places);
    auto *left = new QVBoxLayout;
    left->addWidget(m_name);
    left->addWidget(m_facts);
    left->addSpacing(12);
    left->addWidget(m_scores);
    left->addWidget(m_decision);
    left->addWidget(m_timer);
    left->addSpacing(12);
    left->addWidget(m_description);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_rankingTitle);
    right->addWidget(m_top, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addSpacing(24);
    body->addLayout(right, 2);
    auto *projected = new QVBoxLayout(m_projection);
    projected->setContentsMargins(32, 24, 32, 24);
    projected->addLayout(top);
    projected->addSpacing(12);
    projected->addLayout(body, 1);
    setScaledLabels({ { m_heading, 10, false }, { m_places, 10, true }, { m_name, 20, true },
        { m_facts, 10, false }, { m_description, 8, false }, { m_scores, 12, true },
        { m_decision, 10, true }, { m_rankingTitle, 10, true }, { m_top, 9, false } });

    m_orderLabel->setBuddy(m_order);
    m_order->addItems({ QString(), QString(), QString() });
    buildPanel({ m_orderLabel, m_order }, { m_signOff, m_minutes });

    addKeyAction({ QKeySequence(Qt::Key_S) }, [this] { decide(JuryOutcome::Selected); });
    addKeyAction({ QKeySequence(Qt::Key_W) }, [this] { decide(JuryOutcome::WaitingList); });
    addKeyAction({ QKeySequence(Qt::Key_N) }, [this] { decide(JuryOutcome::NotSelected); });

    connect(m_order, &QComboBox::currentIndexChanged, this,
        [this](int index) { setOrder(Order(index)); });
    connect(m_signOff, &QPushButton::clicked, this, [this] {
        stopTimer();
        signOffJurySession(this, m_document, m_session);
        regainKeys();
    });
    connect(m_minutes, &QPushButton::clicked, this, [this] {
        saveJuryMinutes(this, m_document, m_session);
        regainKeys();
    });
    reloadOn({ QLatin1String("jury_session"), QLatin1String("jury_score"),
                 QLatin1String("jury_decision"), QLatin1String("recusal"),
                 QLatin1String("jury_conflict"), QLatin1String("jury_criterion"),
                 QLatin1String("jury_track"), QLatin1String("committee"),
                 QLatin1String("committee_member"), QLatin1String("agenda_item"),
                 QLatin1String("initiative") },
        [this] { reload(); });
    retranslateUi();
    reload();
}

void JuryRoomWindow::reload()
{
    Database &db = m_document.database();
    try {
        JuryService jury(db);
        m_settings = jury.session(m_session);
        m_applications = jury.applications(m_session);
        m_jurors = jury.jurors(m_session);
        jury::RankingOptions options;
        options.method = m_settings.method;
        m_ranking = jury::computeRanking(jury.rankingInput(m_session), options);
        JuryDecisionService decisions(db);
        m_decisions.clear();
        for (const JuryDecision &d : decisions.decisions(m_session))
            m_decisions.insert(d.initiativeId, d);
        m_recusals = decisions.recusals(m_settings.committeeId);
        m_summaries = JuryRoomService(db).summaries(m_session);
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    m_names.clear();
    m_dossiers.clear();
    for (const JuryApplication &a : std::as_const(m_applications)) {
        m_names.insert(a.initiativeId, a.name);
        m_dossiers.insert(a.initiativeId, a.dsNumber);
    }
    m_rankRow.clear();
    for (int i = 0; i < m_ranking.rows.size(); ++i)
        m_rankRow.insert(m_ranking.rows.at(i).initiativeId, i);
    for (const RoomSummary &s : std::as_const(m_summaries))
        setSecondsSpent(s.initiativeId, s.discussedSeconds);
    rebuildAgenda();
}

void JuryRoomWindow::setOrder(Order order)
{
    m_orderValue = order;
    {
        const QSignalBlocker blocker(m_order);
        m_order->setCurrentIndex(int(order));
    }
    rebuildAgenda();
}

void JuryRoomWindow::rebuildAgenda()
{
    QList<qint64> ids;
    for (const jury::RankedApplication &r : std::as_const(m_ranking.rows)) {
        if (m_names.contains(r.initiativeId))
            ids.append(r.initiativeId);
    }
    for (const JuryApplication &a : std::as_const(m_applications)) {
        if (!ids.contains(a.initiativeId))
            ids.append(a.initiativeId);
    }
    if (m_orderValue == ByDisagreement) {
        std::stable_sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const auto spread = [this](qint64 id) {
                const int row = m_rankRow.value(id, -1);
                return row < 0 ? -1.0 : m_ranking.rows.at(row).spread;
            };
            return spread(a) > spread(b);
        });
    } else if (m_orderValue == ByHand) {
        QList<qint64> kept;
        for (qint64 id : agenda()) {
            if (ids.contains(id))
                kept.append(id);
        }
        for (qint64 id : std::as_const(ids)) {
            if (!kept.contains(id))
                kept.append(id);
        }
        ids = kept;
    }
    setAgenda(ids);
}

QString JuryRoomWindow::itemText(int index, qint64 initiativeId) const
{
    QString text = tr("%1. %2", "agenda position. application")
                       .arg(index + 1)
                       .arg(m_names.value(initiativeId));
    if (const auto d = m_decisions.constFind(initiativeId); d != m_decisions.constEnd())
        text = tr("%1 — %2", "agenda item — its decision").arg(text, label(d->outcome));
    return text;
}

void JuryRoomWindow::showItem()
{
    const qint64 id = currentItem();
    const QLocale locale;
    int selected = 0;
    for (const JuryDecision &d : std::as_const(m_decisions)) {
        if (d.outcome == JuryOutcome::Selected)
            ++selected;
    }
    m_heading->setText(agenda().isEmpty()
            ? m_settings.name
            : tr("%1 — item %2 of %3", "session — item n of m")
                  .arg(m_settings.name, locale.toString(currentIndex() + 1),
                      locale.toString(agenda().size())));
    m_places->setText(m_settings.places > 0 && selected > m_settings.places
            ? tr("%1 selected for %2 places")
                  .arg(locale.toString(selected), locale.toString(m_settings.places))
            : m_settings.places > 0
            ? tr("Places left: %1 of %2")
                  .arg(locale.toString(m_settings.places - selected),
                      locale.toString(m_settings.places))
            : tr("Selected: %1 (places not set)").arg(locale.toString(selected)));
    if (id == 0) {
        m_name->setText(tr("No application in this session"));
        for (QLabel *label : { m_facts, m_description, m_scores, m_decision, m_timer })
            label->clear();
    } else {
        const RoomSummary summary = m_summaries.value(id);
        m_name->setText(m_names.value(id));
        QStringList facts;
        if (!summary.carrier.isEmpty())
            facts << summary.carrier;
        if (m_dossiers.value(id))
            facts << tr("Dossier %1").arg(m_dossiers.value(id));
        if (summary.budgetCents)
            facts << tr("Budget %1").arg(Money::fromCents(*summary.budgetCents).toString(locale));
        m_facts->setText(facts.join(QStringLiteral(" · ")));
        m_description->setText(summaryText(summary));

        const int row = m_rankRow.value(id, -1);
        const jury::RankedApplication *r = row >= 0 ? &m_ranking.rows.at(row) : nullptr;
        int ranked = 0;
        for (const jury::RankedApplication &x : std::as_const(m_ranking.rows))
            ranked += x.rank > 0 ? 1 : 0;
        QStringList scoreLines;
        if (r && r->rank > 0 && r->score) {
            scoreLines << tr("Rank %1 of %2 · combined score %3")
                              .arg(locale.toString(r->rank), locale.toString(ranked),
                                  number(*r->score));
        } else {
            scoreLines << tr("Not ranked: no complete score yet");
        }
        if (r) {
            QStringList tracks;
            for (const auto &e : EnumTraits<JuryTrack>::entries) {
                if (!m_settings.trackWeights[int(e.value)])
                    continue;
                const auto score = r->tracks[int(e.value)];
                tracks << tr("%1 %2", "track score")
                              .arg(label(e.value), score ? number(*score) : tr("no score"));
            }
            if (!tracks.isEmpty())
                scoreLines << tracks.join(QStringLiteral(" · "));
            scoreLines << tr("Spread between jurors %1 (%n juror(s))", nullptr, r->jurors)
                              .arg(number(r->spread));
        }
        if (const QString recused = recusedText(m_recusals, id); !recused.isEmpty())
            scoreLines << recused;
        m_scores->setText(scoreLines.join(QLatin1Char('\n')));
        if (const auto d = m_decisions.constFind(id); d != m_decisions.constEnd()) {
            QString text = tr("Decision: %1 — %2").arg(label(d->outcome), d->reason);
            if (!d->overrideReason.isEmpty())
                text += QLatin1Char('\n') + tr("Overrides the ranking: %1").arg(d->overrideReason);
            m_decision->setText(text);
        } else {
            m_decision->setText(tr("No decision yet"));
        }
        m_timer->setText(timerText(id));
        m_timeNote->setText(summary.onAgenda
                ? tr("The time spent is kept on the committee's agenda.")
                : tr("The time spent is kept with the jury session (the committee has no "
                     "agenda item for this application)."));
    }

    QString topHtml;
    int shown = 0;
    for (const jury::RankedApplication &x : std::as_const(m_ranking.rows)) {
        if (x.rank <= 0 || !x.score || shown++ >= TopRows)
            continue;
        QString line = tr("%1. %2 — %3", "rank. application — score")
                           .arg(locale.toString(x.rank),
                               m_names.value(x.initiativeId).toHtmlEscaped(), number(*x.score));
        if (const auto d = m_decisions.constFind(x.initiativeId); d != m_decisions.constEnd())
            line += QStringLiteral(" — ") + label(d->outcome).toHtmlEscaped();
        if (x.initiativeId == id)
            line = QStringLiteral("<b>▶ %1</b>").arg(line);
        topHtml += QStringLiteral("<p style=\"margin:0 0 6px 0\">%1</p>").arg(line);
    }
    m_top->setText(topHtml);
}

void JuryRoomWindow::move(int step)
{
    QList<qint64> ids = agenda();
    const int target = currentIndex() + step;
    if (currentIndex() < 0 || target < 0 || target >= ids.size())
        return;
    ids.swapItemsAt(currentIndex(), target);
    m_orderValue = ByHand;
    {
        const QSignalBlocker blocker(m_order);
        m_order->setCurrentIndex(int(ByHand));
    }
    setAgenda(ids);
}

void JuryRoomWindow::storeSeconds(qint64 initiativeId, int seconds)
{
    JuryRoomService(m_document.database()).setDiscussedSeconds(m_session, initiativeId, seconds);
}

void JuryRoomWindow::decide(JuryOutcome outcome)
{
    const qint64 id = currentItem();
    if (id == 0)
        return;
    JuryDecisionService decisions(m_document.database());
    QString departure;
    bool signedOff = false;
    try {
        // A signed-off session's decisions change only by a recorded amendment.
        signedOff = decisions.signedOffAt(m_settings.committeeId).isValid();
        if (!signedOff)
            departure = decisions.departure(m_session, id, outcome);
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    const auto previous = m_decisions.constFind(id);
    if (signedOff && (previous == m_decisions.constEnd() || previous->outcome == outcome)) {
        showProblem(previous == m_decisions.constEnd()
                ? tr("The session is signed off and %1 has no decision to amend.")
                      .arg(m_names.value(id))
                : tr("%1 is already %2.").arg(m_names.value(id), label(outcome)));
        return;
    }
    RoomDecisionDialog dialog(m_names.value(id), label(outcome), departure,
        previous != m_decisions.constEnd() && previous->outcome == outcome ? previous->reason
                                                                           : QString(),
        this, signedOff);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    regainKeys();
    if (!accepted)
        return;
    if (signedOff) {
        push(std::make_unique<AmendJuryDecisionCommand>(
            m_document, m_session, id, outcome, dialog.reason(), dialog.amendmentReason()));
        return;
    }
    push(std::make_unique<RecordJuryDecisionCommand>(
        m_document, m_session, id, outcome, dialog.reason(), dialog.overrideReason()));
}

void JuryRoomWindow::recuse()
{
    askRecusal(m_settings.committeeId, m_names.value(currentItem()), m_jurors, m_recusals);
}

void JuryRoomWindow::retranslateUi()
{
    RoomWindow::retranslateUi();
    setWindowTitle(tr("Room Mode — %1").arg(m_settings.name));
    m_rankingTitle->setText(tr("Ranking"));
    m_orderLabel->setText(tr("&Agenda order:"));
    m_order->setItemText(ByRank, tr("By rank"));
    m_order->setItemText(ByDisagreement, tr("Disagreement first"));
    m_order->setItemText(ByHand, tr("By hand"));
    m_keys->setText(tr("→ or Page Down: next · ← or Page Up: previous · S: selected · W: waiting "
                       "list · N: not selected · T: timer · R: recusal · H: hide this panel · "
                       "Ctrl+Z: undo · Esc: leave"));
    m_signOff->setText(tr("Sign Off…"));
    m_minutes->setText(tr("Minutes (PDF)…"));
    if (m_session)
        showItem();
}

} // namespace tremplin
