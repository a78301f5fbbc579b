// SPDX-License-Identifier: GPL-3.0-or-later
#include "committeeroomwindow.h"

#include "../commands/setfieldsbatchcommand.h"
#include "../document.h"
#include "core/error.h"
#include "decisiondialog.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QVBoxLayout>
#include <algorithm>

namespace tremplin {

CommitteeRoomWindow::CommitteeRoomWindow(Document &document, qint64 committeeId, QWidget *parent)
    : RoomWindow(document, parent)
    , m_committee(committeeId)
    , m_heading(new QLabel(m_projection))
    , m_budgetLine(new QLabel(m_projection))
    , m_name(new QLabel(m_projection))
    , m_facts(new QLabel(m_projection))
    , m_request(new QLabel(m_projection))
    , m_decision(new QLabel(m_projection))
    , m_reason(new QLabel(m_projection))
    , m_recused(new QLabel(m_projection))
    , m_description(new QLabel(m_projection))
    , m_agendaTitle(new QLabel(m_projection))
    , m_overview(new QLabel(m_projection))
{
    setObjectName(QStringLiteral("committeeRoom"));
    m_budgetLine->setObjectName(QStringLiteral("roomBudget"));
    for (QLabel *label : { m_budgetLine, m_name, m_facts, m_request, m_decision, m_reason,
             m_recused, m_description }) {
        label->setWordWrap(true);
        label->setTextFormat(Qt::PlainText);
    }
    m_overview->setWordWrap(true);
    m_overview->setTextFormat(Qt::RichText);
    m_overview->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_description->setAlignment(Qt::AlignLeft | Qt::AlignTop);

    auto *left = new QVBoxLayout;
    left->addWidget(m_name);
    left->addWidget(m_facts);
    left->addWidget(m_request);
    left->addSpacing(12);
    left->addWidget(m_decision);
    left->addWidget(m_reason);
    left->addWidget(m_recused);
    left->addWidget(m_timer);
    left->addSpacing(12);
    left->addWidget(m_description);
    left->addStretch(1);
    auto *right = new QVBoxLayout;
    right->addWidget(m_agendaTitle);
    right->addWidget(m_overview, 1);
    auto *body = new QHBoxLayout;
    body->addLayout(left, 3);
    body->addSpacing(24);
    body->addLayout(right, 2);
    auto *projected = new QVBoxLayout(m_projection);
    projected->setContentsMargins(32, 24, 32, 24);
    projected->addWidget(m_heading);
    projected->addWidget(m_budgetLine);
    projected->addSpacing(12);
    projected->addLayout(body, 1);
    setScaledLabels({ { m_heading, 10, false }, { m_budgetLine, 11, true }, { m_name, 20, true },
        { m_facts, 10, false }, { m_request, 10, false }, { m_decision, 11, true },
        { m_reason, 9, false }, { m_recused, 10, true }, { m_description, 8, false },
        { m_agendaTitle, 10, true }, { m_overview, 9, false } });
    buildPanel({}, {});

    addKeyAction(
        { QKeySequence(Qt::Key_D), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter) },
        [this] { decide(); });

    reloadOn({ QLatin1String("committee"), QLatin1String("committee_member"),
                 QLatin1String("agenda_item"), QLatin1String("decision"),
                 QLatin1String("decision_amendment"), QLatin1String("grant_award"),
                 QLatin1String("recusal"), QLatin1String("promotion"), QLatin1String("initiative"),
                 QLatin1String("person") },
        [this] { reload(); });
    retranslateUi();
    reload();
}

void CommitteeRoomWindow::reload()
{
    Database &db = m_document.database();
    try {
        CommitteeService committees(db);
        m_record = committees.committee(m_committee);
        m_entries = committees.agenda(m_committee);
        JuryRoomService room(db);
        m_summaries = room.agendaSummaries(m_committee);
        m_budget = room.budget(m_committee);
        m_recusals = JuryDecisionService(db).recusals(m_committee);
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    QList<qint64> ids;
    for (const AgendaEntry &e : std::as_const(m_entries)) {
        ids.append(e.initiativeId);
        setSecondsSpent(e.initiativeId, m_summaries.value(e.initiativeId).discussedSeconds);
    }
    setWindowTitle(tr("Room Mode — %1").arg(m_record.name));
    setAgenda(ids);
}

const AgendaEntry *CommitteeRoomWindow::entryOf(qint64 initiativeId) const
{
    for (const AgendaEntry &e : m_entries) {
        if (e.initiativeId == initiativeId)
            return &e;
    }
    return nullptr;
}

QString CommitteeRoomWindow::itemText(int index, qint64 initiativeId) const
{
    const AgendaEntry *e = entryOf(initiativeId);
    QString text = tr("%1. %2", "agenda position. initiative")
                       .arg(index + 1)
                       .arg(e ? e->initiative : QString());
    if (e && e->decisionId)
        text = tr("%1 — %2", "agenda item — its decision").arg(text, label(e->kind));
    return text;
}

QString CommitteeRoomWindow::decisionText(const AgendaEntry &e) const
{
    if (!e.decisionId)
        return tr("No decision yet");
    const QLocale locale;
    QStringList lines;
    lines << (e.reference.isEmpty()
            ? tr("Decision: %1").arg(label(e.kind))
            : tr("Decision %1: %2", "reference: kind").arg(e.reference, label(e.kind)));
    if (!e.phase.isEmpty())
        lines << tr("Continues into %1").arg(e.phase);
    Money funded;
    QStringList tranches;
    for (const DecidedGrant &g : e.grants) {
        funded = funded + g.committed;
        tranches
            << tr("%1 %2", "tranche amount").arg(label(g.tranche), g.committed.toString(locale));
    }
    if (!tranches.isEmpty())
        lines << tr("Granted %1 (%2)", "total (tranches)")
                     .arg(funded.toString(locale), tranches.join(QStringLiteral(" · ")));
    if (!e.amendments.isEmpty())
        lines << tr("Amended %n time(s)", nullptr, int(e.amendments.size()));
    return lines.join(QLatin1Char('\n'));
}

void CommitteeRoomWindow::showItem()
{
    const QLocale locale;
    const qint64 id = currentItem();
    m_heading->setText(agenda().isEmpty()
            ? m_record.name
            : tr("%1 — item %2 of %3", "committee — item n of m")
                  .arg(m_record.name, locale.toString(currentIndex() + 1),
                      locale.toString(agenda().size())));

    // The live budget line, in the language's money format.
    // A committee without promotion weighs against the envelopes of every promotion.
    QString budget
        = (m_budget.promotion.isEmpty()
                ? tr("Granted by this committee: %1 · by all promotions: %2 of %3")
                : tr("Granted by this committee: %1 · by the promotion: %2 of %3"))
              .arg(m_budget.byCommittee.toString(locale), m_budget.byPromotion.toString(locale),
                  m_budget.envelope.toString(locale));
    budget += QStringLiteral(" · ")
        + (m_budget.left().cents() < 0
                ? tr("OVER the envelope by %1").arg((Money() - m_budget.left()).toString(locale))
                : tr("left: %1").arg(m_budget.left().toString(locale)));
    if (m_budget.illustrative)
        budget += QStringLiteral(" ") + tr("(illustrative envelope)");
    m_budgetLine->setText(budget);

    const AgendaEntry *e = entryOf(id);
    if (!e) {
        m_name->setText(tr("Nothing on this committee's agenda"));
        for (QLabel *label :
            { m_facts, m_request, m_decision, m_reason, m_recused, m_description, m_timer })
            label->clear();
    } else {
        const RoomSummary summary = m_summaries.value(id);
        m_name->setText(e->initiative);
        QStringList facts;
        if (!e->carrier.isEmpty())
            facts << e->carrier;
        if (summary.budgetCents)
            facts << tr("Budget %1").arg(Money::fromCents(*summary.budgetCents).toString(locale));
        m_facts->setText(facts.join(QStringLiteral(" · ")));
        m_request->setText(
            e->request.isEmpty() ? QString() : tr("Asked of the committee: %1").arg(e->request));
        m_decision->setText(decisionText(*e));
        m_reason->setText(e->decisionId ? shortened(e->reason) : QString());
        m_recused->setText(recusedText(m_recusals, id));
        m_description->setText(summaryText(summary));
        m_timer->setText(timerText(id));
    }

    QString html;
    const QList<qint64> ids = agenda();
    for (int i = 0; i < ids.size(); ++i) {
        QString line = itemText(i, ids.at(i)).toHtmlEscaped();
        if (ids.at(i) == id)
            line = QStringLiteral("<b>▶ %1</b>").arg(line);
        html += QStringLiteral("<p style=\"margin:0 0 6px 0\">%1</p>").arg(line);
    }
    m_overview->setText(html);
}

void CommitteeRoomWindow::move(int step)
{
    QList<qint64> ids = agenda();
    const int target = currentIndex() + step;
    if (currentIndex() < 0 || target < 0 || target >= ids.size())
        return;
    ids.swapItemsAt(currentIndex(), target);
    // The agenda's order is the committee's: positions 1..n in the new order, one undo step.
    QList<SetFieldsBatchCommand::Edit> edits;
    for (int i = 0; i < ids.size(); ++i) {
        const AgendaEntry *e = entryOf(ids.at(i));
        if (e && e->position != i + 1)
            edits.append({ e->agendaItemId, { { QStringLiteral("position"), i + 1 } } });
    }
    push(std::make_unique<SetFieldsBatchCommand>(
        m_document, QStringLiteral("agenda_item"), edits, tr("Reorder the agenda")));
}

void CommitteeRoomWindow::decide()
{
    const AgendaEntry *e = entryOf(currentItem());
    if (!e)
        return;
    const AgendaEntry entry = *e;
    runDecisionDialog(this, m_document, m_committee, entry, entry.decisionId != 0);
    regainKeys();
}

void CommitteeRoomWindow::recuse()
{
    const AgendaEntry *e = entryOf(currentItem());
    if (!e)
        return;
    QList<Juror> present;
    try {
        present = JuryRoomService(m_document.database()).presentMembers(m_committee);
    } catch (const Error &error) {
        showProblem(error.message());
        return;
    }
    askRecusal(m_committee, e->initiative, present, m_recusals,
        tr("Who leaves the room while the committee discusses %1? They take no part in its "
           "decision.")
            .arg(e->initiative));
}

void CommitteeRoomWindow::storeSeconds(qint64 initiativeId, int seconds)
{
    JuryRoomService(m_document.database()).setAgendaSeconds(m_committee, initiativeId, seconds);
}

void CommitteeRoomWindow::retranslateUi()
{
    RoomWindow::retranslateUi();
    setWindowTitle(tr("Room Mode — %1").arg(m_record.name));
    m_agendaTitle->setText(tr("Agenda"));
    m_keys->setText(tr("→ or Page Down: next · ← or Page Up: previous · D or Enter: decide (or "
                       "amend) · T: timer · R: recusal · H: hide this panel · Ctrl+Z: undo · "
                       "Esc: leave"));
    m_timeNote->setText(tr("The time spent is kept on the committee's agenda."));
    if (m_committee && !m_record.name.isEmpty())
        setAgenda(agenda());
}

} // namespace tremplin
