// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryroomwindow.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../style.h"
#include "core/domain/money.h"
#include "core/error.h"
#include "jurydecisioncommands.h"
#include "juryroomdialogs.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTimer>
#include <QVBoxLayout>
#include <algorithm>

namespace tremplin {

namespace {
constexpr int TopRows = 8;
constexpr int DescriptionChars = 420;

QString duration(int seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

QString number(double value)
{
    return QLocale().toString(value, 'f', 2);
}
} // namespace

JuryRoomWindow::JuryRoomWindow(Document &document, qint64 sessionId, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_session(sessionId)
    , m_tick(new QTimer(this))
    , m_projection(new QWidget(this))
    , m_heading(new QLabel(m_projection))
    , m_places(new QLabel(m_projection))
    , m_name(new QLabel(m_projection))
    , m_facts(new QLabel(m_projection))
    , m_description(new QLabel(m_projection))
    , m_scores(new QLabel(m_projection))
    , m_decision(new QLabel(m_projection))
    , m_timer(new QLabel(m_projection))
    , m_rankingTitle(new QLabel(m_projection))
    , m_top(new QLabel(m_projection))
    , m_controls(new QWidget(this))
    , m_orderLabel(new QLabel(m_controls))
    , m_order(new QComboBox(m_controls))
    , m_list(new QListWidget(m_controls))
    , m_up(new QPushButton(m_controls))
    , m_down(new QPushButton(m_controls))
    , m_keys(new QLabel(m_controls))
    , m_timeNote(new QLabel(m_controls))
    , m_problem(new QLabel(m_controls))
    , m_project(new QPushButton(m_controls))
    , m_signOff(new QPushButton(m_controls))
    , m_minutes(new QPushButton(m_controls))
    , m_leave(new QPushButton(m_controls))
{
    setObjectName(QStringLiteral("juryRoom"));
    setAttribute(Qt::WA_DeleteOnClose);
    m_projection->setObjectName(QStringLiteral("roomProjection"));
    m_controls->setObjectName(QStringLiteral("roomControls"));
    m_order->setObjectName(QStringLiteral("roomOrder"));
    m_list->setObjectName(QStringLiteral("roomAgenda"));
    m_signOff->setObjectName(QStringLiteral("roomSignOff"));
    m_minutes->setObjectName(QStringLiteral("roomMinutes"));
    m_project->setObjectName(QStringLiteral("roomProject"));

    // Black on white, whatever the desktop's theme: a projector washes colours out and the
    // room may print it; what matters is told in words and weight, never by colour alone.
    m_projection->setAutoFillBackground(true);
    QPalette contrast = m_projection->palette();
    contrast.setColor(QPalette::Window, Qt::white);
    contrast.setColor(QPalette::WindowText, Qt::black);
    m_projection->setPalette(contrast);
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
    m_projection->installEventFilter(this);

    m_keys->setWordWrap(true);
    m_timeNote->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();
    m_orderLabel->setBuddy(m_order);
    m_order->addItems({ QString(), QString(), QString() });
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    auto *panel = new QVBoxLayout(m_controls);
    panel->addWidget(m_orderLabel);
    panel->addWidget(m_order);
    panel->addWidget(m_list, 1);
    panel->addLayout(moves);
    panel->addWidget(m_keys);
    panel->addWidget(m_timeNote);
    panel->addWidget(m_problem);
    panel->addWidget(m_project);
    panel->addWidget(m_signOff);
    panel->addWidget(m_minutes);
    panel->addWidget(m_leave);
    m_controls->setFixedWidth(320);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_projection, 1);
    layout->addWidget(m_controls);

    addKeyAction({ QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown) },
        [](JuryRoomWindow *w) { w->go(1); });
    addKeyAction({ QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp) },
        [](JuryRoomWindow *w) { w->go(-1); });
    addKeyAction(
        { QKeySequence(Qt::Key_S) }, [](JuryRoomWindow *w) { w->decide(JuryOutcome::Selected); });
    addKeyAction({ QKeySequence(Qt::Key_W) },
        [](JuryRoomWindow *w) { w->decide(JuryOutcome::WaitingList); });
    addKeyAction({ QKeySequence(Qt::Key_N) },
        [](JuryRoomWindow *w) { w->decide(JuryOutcome::NotSelected); });
    addKeyAction({ QKeySequence(Qt::Key_T) }, [](JuryRoomWindow *w) { w->toggleTimer(); });
    addKeyAction({ QKeySequence(Qt::Key_R) }, [](JuryRoomWindow *w) { w->recuse(); });
    addKeyAction({ QKeySequence(Qt::Key_H) }, [](JuryRoomWindow *w) { w->togglePanel(); });
    addKeyAction({ QKeySequence(Qt::Key_Escape) }, [](JuryRoomWindow *w) { w->close(); });
    addKeyAction(QKeySequence::keyBindings(QKeySequence::Undo),
        [](JuryRoomWindow *w) { w->m_document.undo(); });
    addKeyAction(QKeySequence::keyBindings(QKeySequence::Redo),
        [](JuryRoomWindow *w) { w->m_document.redo(); });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_timer->setText(tr("Time: %1 (running)").arg(duration(secondsSpent(currentItem()))));
    });
    connect(m_order, &QComboBox::currentIndexChanged, this,
        [this](int index) { setOrder(Order(index)); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            go(row - m_current);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_project, &QPushButton::clicked, this, &JuryRoomWindow::toggleProjection);
    connect(m_signOff, &QPushButton::clicked, this, [this] {
        stopTimer();
        signOffJurySession(this, m_document, m_session);
        regainKeys();
    });
    connect(m_minutes, &QPushButton::clicked, this, [this] {
        saveJuryMinutes(this, m_document, m_session);
        regainKeys();
    });
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);
    const auto screens = [this] {
        m_project->setVisible(QGuiApplication::screens().size() > 1 || m_projectionWindow);
    };
    connect(qApp, &QGuiApplication::screenAdded, this, screens);
    connect(qApp, &QGuiApplication::screenRemoved, this, screens);
    screens();
    connect(&m_document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes,
                { QLatin1String("jury_session"), QLatin1String("jury_score"),
                    QLatin1String("jury_decision"), QLatin1String("recusal"),
                    QLatin1String("jury_conflict"), QLatin1String("jury_criterion"),
                    QLatin1String("jury_track"), QLatin1String("committee"),
                    QLatin1String("committee_member"), QLatin1String("agenda_item"),
                    QLatin1String("initiative") }))
            reload();
    });
    retranslateUi();
    reload();
}

JuryRoomWindow::~JuryRoomWindow()
{
    if (m_projectionWindow) {
        m_projection->setParent(this);
        delete m_projectionWindow;
    }
}

QAction *JuryRoomWindow::addKeyAction(
    const QList<QKeySequence> &keys, void (*run)(JuryRoomWindow *))
{
    auto *action = new QAction(this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, [this, run] { run(this); });
    addAction(action);
    // Also when the projected part has its own window on a second screen.
    m_projection->addAction(action);
    m_keyActions.append(action);
    return action;
}

qint64 JuryRoomWindow::currentItem() const
{
    return m_current >= 0 && m_current < m_agenda.size() ? m_agenda.at(m_current) : 0;
}

int JuryRoomWindow::secondsSpent(qint64 initiativeId) const
{
    int seconds = m_seconds.value(initiativeId);
    if (m_running && initiativeId == currentItem())
        seconds += int(m_clock.elapsed() / 1000);
    return seconds;
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
    for (const RoomSummary &s : std::as_const(m_summaries)) {
        if (s.onAgenda)
            m_seconds.insert(s.initiativeId, s.discussedSeconds);
    }
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
    const qint64 current = currentItem();
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
        for (qint64 id : std::as_const(m_agenda)) {
            if (ids.contains(id))
                kept.append(id);
        }
        for (qint64 id : std::as_const(ids)) {
            if (!kept.contains(id))
                kept.append(id);
        }
        ids = kept;
    }
    m_agenda = ids;
    m_current = m_agenda.indexOf(current);
    if (m_current < 0 && !m_agenda.isEmpty())
        m_current = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < m_agenda.size(); ++i) {
            const qint64 id = m_agenda.at(i);
            QString text
                = tr("%1. %2", "agenda position. application").arg(i + 1).arg(m_names.value(id));
            if (const auto d = m_decisions.constFind(id); d != m_decisions.constEnd())
                text = tr("%1 — %2", "agenda item — its decision").arg(text, label(d->outcome));
            m_list->addItem(text);
        }
        m_list->setCurrentRow(m_current);
    }
    showItem();
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
    m_heading->setText(m_agenda.isEmpty()
            ? m_settings.name
            : tr("%1 — item %2 of %3", "session — item n of m")
                  .arg(m_settings.name, locale.toString(m_current + 1),
                      locale.toString(m_agenda.size())));
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
        QString description = summary.oneLiner;
        if (!summary.description.isEmpty())
            description
                += (description.isEmpty() ? QString() : QStringLiteral("\n")) + summary.description;
        if (description.size() > DescriptionChars)
            description = description.left(DescriptionChars).trimmed() + QStringLiteral("…");
        m_description->setText(description);

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
        QStringList recused;
        for (const Recusal &rec : std::as_const(m_recusals)) {
            if (rec.initiativeId == id)
                recused << rec.member;
        }
        if (!recused.isEmpty())
            scoreLines << tr("Out of the room: %1").arg(recused.join(QStringLiteral(", ")));
        m_scores->setText(scoreLines.join(QLatin1Char('\n')));
        if (const auto d = m_decisions.constFind(id); d != m_decisions.constEnd()) {
            QString text = tr("Decision: %1 — %2").arg(label(d->outcome), d->reason);
            if (!d->overrideReason.isEmpty())
                text += QLatin1Char('\n') + tr("Overrides the ranking: %1").arg(d->overrideReason);
            m_decision->setText(text);
        } else {
            m_decision->setText(tr("No decision yet"));
        }
        m_timer->setText(m_running ? tr("Time: %1 (running)").arg(duration(secondsSpent(id)))
                                   : tr("Time: %1").arg(duration(secondsSpent(id))));
        m_timeNote->setText(summary.onAgenda
                ? tr("The time spent is kept on the committee's agenda.")
                : tr("The time spent is kept while the room is open (the committee has no "
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
    m_up->setEnabled(m_current > 0);
    m_down->setEnabled(m_current >= 0 && m_current + 1 < m_agenda.size());
}

void JuryRoomWindow::go(int step)
{
    const int target = qBound(0, m_current + step, int(m_agenda.size()) - 1);
    if (m_agenda.isEmpty() || target == m_current)
        return;
    stopTimer();
    m_current = target;
    {
        const QSignalBlocker blocker(m_list);
        m_list->setCurrentRow(m_current);
    }
    showProblem(QString());
    showItem();
}

void JuryRoomWindow::move(int step)
{
    const int target = m_current + step;
    if (m_current < 0 || target < 0 || target >= m_agenda.size())
        return;
    m_agenda.swapItemsAt(m_current, target);
    m_current = target;
    setOrder(ByHand);
}

void JuryRoomWindow::decide(JuryOutcome outcome)
{
    const qint64 id = currentItem();
    if (id == 0)
        return;
    JuryDecisionService decisions(m_document.database());
    QString departure;
    try {
        if (const QString locked = decisions.lockProblem(m_settings.committeeId);
            !locked.isEmpty()) {
            showProblem(locked);
            return;
        }
        departure = decisions.departure(m_session, id, outcome);
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    const auto previous = m_decisions.constFind(id);
    RoomDecisionDialog dialog(m_names.value(id), label(outcome), departure,
        previous != m_decisions.constEnd() && previous->outcome == outcome ? previous->reason
                                                                           : QString(),
        this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    regainKeys();
    if (!accepted)
        return;
    push(std::make_unique<RecordJuryDecisionCommand>(
        m_document, m_session, id, outcome, dialog.reason(), dialog.overrideReason()));
}

void JuryRoomWindow::recuse()
{
    const qint64 id = currentItem();
    if (id == 0)
        return;
    QList<Juror> present;
    for (const Juror &j : std::as_const(m_jurors)) {
        const bool out = std::any_of(m_recusals.cbegin(), m_recusals.cend(),
            [&](const Recusal &r) { return r.memberId == j.memberId && r.initiativeId == id; });
        if (!out)
            present.append(j);
    }
    RoomRecusalDialog dialog(m_names.value(id), present, this);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    regainKeys();
    if (!accepted)
        return;
    push(std::make_unique<RecordRecusalCommand>(
        m_document, m_settings.committeeId, dialog.memberId(), id, dialog.reason()));
}

void JuryRoomWindow::push(std::unique_ptr<DatabaseCommand> command)
{
    QString error;
    showProblem(DatabaseCommand::push(m_document, std::move(command), &error) ? QString() : error);
}

void JuryRoomWindow::regainKeys()
{
    // The keys are this window's shortcuts: take the focus back from the dialog just closed
    // (window managers do, not every platform).
    raise();
    activateWindow();
}

void JuryRoomWindow::toggleTimer()
{
    if (m_running) {
        stopTimer();
    } else if (currentItem() != 0) {
        m_running = true;
        m_clock.start();
        m_tick->start();
    }
    showItem();
}

void JuryRoomWindow::stopTimer()
{
    if (!m_running)
        return;
    const qint64 id = currentItem();
    const int total = secondsSpent(id);
    m_running = false;
    m_tick->stop();
    m_seconds.insert(id, total);
    if (!m_summaries.value(id).onAgenda)
        return;
    try {
        JuryRoomService(m_document.database()).setDiscussedSeconds(m_session, id, total);
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void JuryRoomWindow::togglePanel()
{
    if (!m_projectionWindow)
        m_controls->setVisible(!m_controls->isVisible());
}

void JuryRoomWindow::toggleProjection()
{
    if (m_projectionWindow) {
        static_cast<QHBoxLayout *>(layout())->insertWidget(0, m_projection, 1);
        delete m_projectionWindow;
        m_controls->setMaximumWidth(320);
        m_controls->setMinimumWidth(320);
    } else {
        const QList<QScreen *> screens = QGuiApplication::screens();
        QScreen *own = screen();
        QScreen *other = nullptr;
        for (QScreen *s : screens) {
            if (s != own)
                other = s;
        }
        if (!other)
            return;
        m_projectionWindow = new QWidget(nullptr, Qt::Window);
        m_projectionWindow->setWindowTitle(windowTitle());
        auto *holder = new QVBoxLayout(m_projectionWindow);
        holder->setContentsMargins(0, 0, 0, 0);
        holder->addWidget(m_projection);
        m_projectionWindow->addActions(m_keyActions);
        m_projectionWindow->setGeometry(other->geometry());
        m_projectionWindow->showFullScreen();
        m_controls->setMinimumWidth(0);
        m_controls->setMaximumWidth(QWIDGETSIZE_MAX);
        m_controls->show();
    }
    retranslateUi();
}

void JuryRoomWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool JuryRoomWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_projection && event->type() == QEvent::Resize)
        scaleFonts();
    return QWidget::eventFilter(watched, event);
}

void JuryRoomWindow::scaleFonts()
{
    // Readable from the back of a room: sizes follow the projected height.
    const int base = qMax(14, qMin(m_projection->height() / 28, m_projection->width() / 48));
    const auto set = [](QLabel *label, int pixels, bool bold) {
        QFont font = label->font();
        font.setPixelSize(pixels);
        font.setBold(bold);
        label->setFont(font);
    };
    set(m_heading, base, false);
    set(m_places, base, true);
    set(m_name, base * 2, true);
    set(m_facts, base, false);
    set(m_description, base * 4 / 5, false);
    set(m_scores, base * 6 / 5, true);
    set(m_decision, base, true);
    set(m_timer, base, false);
    set(m_rankingTitle, base, true);
    set(m_top, base * 9 / 10, false);
}

void JuryRoomWindow::retranslateUi()
{
    setWindowTitle(tr("Room Mode — %1").arg(m_settings.name));
    m_rankingTitle->setText(tr("Ranking"));
    m_orderLabel->setText(tr("&Agenda order:"));
    m_order->setItemText(ByRank, tr("By rank"));
    m_order->setItemText(ByDisagreement, tr("Disagreement first"));
    m_order->setItemText(ByHand, tr("By hand"));
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_keys->setText(tr("→ or Page Down: next · ← or Page Up: previous · S: selected · W: waiting "
                       "list · N: not selected · T: timer · R: recusal · H: hide this panel · "
                       "Ctrl+Z: undo · Esc: leave"));
    m_project->setText(
        m_projectionWindow ? tr("Bring the Projection Back") : tr("Project on the Other Screen"));
    m_signOff->setText(tr("Sign Off…"));
    m_minutes->setText(tr("Minutes (PDF)…"));
    m_leave->setText(tr("Leave Room Mode"));
    if (m_session)
        showItem();
}

void JuryRoomWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void JuryRoomWindow::closeEvent(QCloseEvent *event)
{
    stopTimer();
    if (m_projectionWindow)
        toggleProjection();
    event->accept();
}

} // namespace tremplin
