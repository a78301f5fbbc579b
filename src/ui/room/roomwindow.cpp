// SPDX-License-Identifier: GPL-3.0-or-later
#include "roomwindow.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../jury/jurydecisioncommands.h"
#include "../jury/juryroomdialogs.h"
#include "../style.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/services/jurydecisionservice.h"
#include "core/services/juryroom.h"

#include <QAction>
#include <QCloseEvent>
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
constexpr int PanelWidth = 320;
constexpr int DescriptionChars = 420;

QString duration(int seconds)
{
    return QStringLiteral("%1:%2")
        .arg(seconds / 60, 2, 10, QLatin1Char('0'))
        .arg(seconds % 60, 2, 10, QLatin1Char('0'));
}
} // namespace

RoomWindow::RoomWindow(Document &document, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_document(document)
    , m_projection(new QWidget(this))
    , m_timer(new QLabel(m_projection))
    , m_controls(new QWidget(this))
    , m_keys(new QLabel(m_controls))
    , m_timeNote(new QLabel(m_controls))
    , m_tick(new QTimer(this))
    , m_list(new QListWidget(m_controls))
    , m_up(new QPushButton(m_controls))
    , m_down(new QPushButton(m_controls))
    , m_problem(new QLabel(m_controls))
    , m_project(new QPushButton(m_controls))
    , m_leave(new QPushButton(m_controls))
{
    setAttribute(Qt::WA_DeleteOnClose);
    m_projection->setObjectName(QStringLiteral("roomProjection"));
    m_controls->setObjectName(QStringLiteral("roomControls"));
    m_list->setObjectName(QStringLiteral("roomAgenda"));
    m_project->setObjectName(QStringLiteral("roomProject"));

    // Black on white, whatever the desktop's theme: a projector washes colours out and the
    // room may print it; what matters is told in words and weight, never by colour alone.
    m_projection->setAutoFillBackground(true);
    QPalette contrast = m_projection->palette();
    contrast.setColor(QPalette::Window, Qt::white);
    contrast.setColor(QPalette::WindowText, Qt::black);
    m_projection->setPalette(contrast);
    m_projection->installEventFilter(this);
    m_keys->setWordWrap(true);
    m_timeNote->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();

    addKeyAction(
        { QKeySequence(Qt::Key_Right), QKeySequence(Qt::Key_PageDown) }, [this] { go(1); });
    addKeyAction({ QKeySequence(Qt::Key_Left), QKeySequence(Qt::Key_PageUp) }, [this] { go(-1); });
    addKeyAction({ QKeySequence(Qt::Key_T) }, [this] { toggleTimer(); });
    addKeyAction({ QKeySequence(Qt::Key_R) }, [this] { recuse(); });
    addKeyAction({ QKeySequence(Qt::Key_H) }, [this] { togglePanel(); });
    addKeyAction({ QKeySequence(Qt::Key_Escape) }, [this] { close(); });
    addKeyAction(QKeySequence::keyBindings(QKeySequence::Undo), [this] { m_document.undo(); });
    addKeyAction(QKeySequence::keyBindings(QKeySequence::Redo), [this] { m_document.redo(); });

    m_tick->setInterval(1000);
    connect(m_tick, &QTimer::timeout, this, [this] { m_timer->setText(timerText(currentItem())); });
    connect(m_list, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0 && row != m_current)
            go(row - m_current);
    });
    connect(m_up, &QPushButton::clicked, this, [this] { move(-1); });
    connect(m_down, &QPushButton::clicked, this, [this] { move(1); });
    connect(m_project, &QPushButton::clicked, this, &RoomWindow::toggleProjection);
    connect(m_leave, &QPushButton::clicked, this, &QWidget::close);
    const auto screens = [this] {
        m_project->setVisible(QGuiApplication::screens().size() > 1 || m_projectionWindow);
    };
    connect(qApp, &QGuiApplication::screenAdded, this, screens);
    connect(qApp, &QGuiApplication::screenRemoved, this, screens);
    screens();
}

RoomWindow::~RoomWindow()
{
    if (m_projectionWindow) {
        m_projection->setParent(this);
        delete m_projectionWindow;
    }
}

void RoomWindow::buildPanel(const QList<QWidget *> &top, const QList<QWidget *> &bottom)
{
    auto *moves = new QHBoxLayout;
    moves->addWidget(m_up);
    moves->addWidget(m_down);
    auto *panel = new QVBoxLayout(m_controls);
    for (QWidget *w : top)
        panel->addWidget(w);
    panel->addWidget(m_list, 1);
    panel->addLayout(moves);
    panel->addWidget(m_keys);
    panel->addWidget(m_timeNote);
    panel->addWidget(m_problem);
    panel->addWidget(m_project);
    for (QWidget *w : bottom)
        panel->addWidget(w);
    panel->addWidget(m_leave);
    m_controls->setFixedWidth(PanelWidth);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_projection, 1);
    layout->addWidget(m_controls);
}

void RoomWindow::setScaledLabels(const QList<ScaledLabel> &labels)
{
    m_scaled = labels;
    m_scaled.append({ m_timer, 10, false });
    scaleFonts();
}

QAction *RoomWindow::addKeyAction(const QList<QKeySequence> &keys, std::function<void()> run)
{
    auto *action = new QAction(this);
    action->setShortcuts(keys);
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(run));
    addAction(action);
    // Also when the projected part has its own window on a second screen.
    m_projection->addAction(action);
    m_keyActions.append(action);
    return action;
}

qint64 RoomWindow::currentItem() const
{
    return m_current >= 0 && m_current < m_agenda.size() ? m_agenda.at(m_current) : 0;
}

int RoomWindow::secondsSpent(qint64 initiativeId) const
{
    int seconds = m_seconds.value(initiativeId);
    if (m_running && initiativeId == currentItem())
        seconds += int(m_clock.elapsed() / 1000);
    return seconds;
}

QString RoomWindow::timerText(qint64 initiativeId) const
{
    return m_running && initiativeId == currentItem()
        ? tr("Time: %1 (running)").arg(duration(secondsSpent(initiativeId)))
        : tr("Time: %1").arg(duration(secondsSpent(initiativeId)));
}

void RoomWindow::reloadOn(const QList<QLatin1String> &tables, std::function<void()> reload)
{
    connect(&m_document.database(), &Database::changed, this,
        [tables, reload = std::move(reload)](const ChangeSet &changes) {
            const bool concerned = std::any_of(changes.cbegin(), changes.cend(),
                [&tables](const Change &c) { return tables.contains(c.entity); });
            if (concerned)
                reload();
        });
}

void RoomWindow::askRecusal(qint64 committeeId, const QString &item, const QList<Juror> &members,
    const QList<Recusal> &recusals, const QString &question)
{
    const qint64 id = currentItem();
    if (id == 0)
        return;
    QList<Juror> present;
    for (const Juror &j : members) {
        const bool out = std::any_of(recusals.cbegin(), recusals.cend(),
            [&](const Recusal &r) { return r.memberId == j.memberId && r.initiativeId == id; });
        if (!out)
            present.append(j);
    }
    RoomRecusalDialog dialog(item, present, this, question);
    const bool accepted = dialog.exec() == QDialog::Accepted;
    regainKeys();
    if (!accepted)
        return;
    push(std::make_unique<RecordRecusalCommand>(
        m_document, committeeId, dialog.memberId(), id, dialog.reason()));
}

QString RoomWindow::recusedText(const QList<Recusal> &recusals, qint64 initiativeId)
{
    QStringList out;
    for (const Recusal &r : recusals) {
        if (r.initiativeId == initiativeId)
            out << r.member;
    }
    return out.isEmpty() ? QString()
                         : tr("Out of the room: %1").arg(out.join(QStringLiteral(", ")));
}

QString RoomWindow::shortened(const QString &text)
{
    return text.size() > DescriptionChars
        ? text.left(DescriptionChars).trimmed() + QStringLiteral("…")
        : text;
}

QString RoomWindow::summaryText(const RoomSummary &summary)
{
    QString text = summary.oneLiner;
    if (!summary.description.isEmpty())
        text += (text.isEmpty() ? QString() : QStringLiteral("\n")) + summary.description;
    return shortened(text);
}

void RoomWindow::setAgenda(const QList<qint64> &ids)
{
    const qint64 current = currentItem();
    if (m_running && !ids.contains(current))
        stopTimer();
    m_agenda = ids;
    m_current = m_agenda.indexOf(current);
    if (m_current < 0 && !m_agenda.isEmpty())
        m_current = 0;
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (int i = 0; i < m_agenda.size(); ++i)
            m_list->addItem(itemText(i, m_agenda.at(i)));
        m_list->setCurrentRow(m_current);
    }
    showItem();
    updateMoves();
}

void RoomWindow::go(int step)
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
    updateMoves();
}

void RoomWindow::updateMoves()
{
    m_up->setEnabled(m_current > 0);
    m_down->setEnabled(m_current >= 0 && m_current + 1 < m_agenda.size());
}

bool RoomWindow::push(std::unique_ptr<DatabaseCommand> command)
{
    QString error;
    const bool done = DatabaseCommand::push(m_document, std::move(command), &error);
    showProblem(done ? QString() : error);
    return done;
}

void RoomWindow::regainKeys()
{
    // The keys are this window's shortcuts: take the focus back from the dialog just closed
    // (window managers do, not every platform).
    raise();
    activateWindow();
}

void RoomWindow::toggleTimer()
{
    if (m_running) {
        stopTimer();
    } else if (currentItem() != 0) {
        m_running = true;
        m_clock.start();
        m_tick->start();
    }
    m_timer->setText(currentItem() ? timerText(currentItem()) : QString());
}

void RoomWindow::stopTimer()
{
    if (!m_running)
        return;
    const qint64 id = currentItem();
    const int total = secondsSpent(id);
    m_running = false;
    m_tick->stop();
    m_seconds.insert(id, total);
    try {
        storeSeconds(id, total);
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void RoomWindow::togglePanel()
{
    if (!m_projectionWindow)
        m_controls->setVisible(!m_controls->isVisible());
}

void RoomWindow::toggleProjection()
{
    if (m_projectionWindow) {
        static_cast<QHBoxLayout *>(layout())->insertWidget(0, m_projection, 1);
        delete m_projectionWindow;
        m_controls->setFixedWidth(PanelWidth);
    } else {
        QScreen *own = screen();
        QScreen *other = nullptr;
        for (QScreen *s : QGuiApplication::screens()) {
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

void RoomWindow::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

bool RoomWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_projection && event->type() == QEvent::Resize)
        scaleFonts();
    return QWidget::eventFilter(watched, event);
}

void RoomWindow::scaleFonts()
{
    // Readable from the back of a room: sizes follow the projected height.
    const int base = qMax(14, qMin(m_projection->height() / 28, m_projection->width() / 48));
    for (const ScaledLabel &s : std::as_const(m_scaled)) {
        QFont font = s.label->font();
        font.setPixelSize(base * s.tenths / 10);
        font.setBold(s.bold);
        s.label->setFont(font);
    }
}

void RoomWindow::retranslateUi()
{
    m_up->setText(tr("Move &Up"));
    m_down->setText(tr("Move &Down"));
    m_project->setText(
        m_projectionWindow ? tr("Bring the Projection Back") : tr("Project on the Other Screen"));
    m_leave->setText(tr("Leave Room Mode"));
}

void RoomWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void RoomWindow::closeEvent(QCloseEvent *event)
{
    stopTimer();
    if (m_projectionWindow)
        toggleProjection();
    event->accept();
}

} // namespace tremplin
