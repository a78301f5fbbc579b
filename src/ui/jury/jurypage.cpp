// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurypage.h"

#include "../document.h"
#include "../style.h"
#include "core/error.h"
#include "core/services/juryservice.h"
#include "juryapplicationstab.h"
#include "juryprogresstab.h"
#include "juryrankingtab.h"
#include "juryroomdialogs.h"
#include "juryroomwindow.h"
#include "juryscoringtab.h"
#include "jurysetuptab.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QScreen>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QVBoxLayout>

namespace tremplin {

JuryPage::JuryPage(QWidget *parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_sessionLabel(new QLabel(this))
    , m_sessions(new QComboBox(this))
    , m_hint(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_tabs(new QTabWidget(this))
    , m_applications(new JuryApplicationsTab(m_tabs))
    , m_setup(new JurySetupTab(m_tabs))
    , m_scoring(new JuryScoringTab(m_tabs))
    , m_progress(new JuryProgressTab(m_tabs))
    , m_ranking(new JuryRankingTab(m_tabs))
    , m_roomAction(new QAction(this))
    , m_roomButton(new QPushButton(this))
    , m_signOffButton(new QPushButton(this))
    , m_minutesButton(new QPushButton(this))
{
    m_roomAction->setObjectName(QStringLiteral("juryRoomMode"));
    m_roomAction->setShortcut(QKeySequence(Qt::Key_F11));
    // The whole main window while the Jury workspace is shown (the sidebar may have the focus).
    m_roomAction->setShortcutContext(Qt::WindowShortcut);
    addAction(m_roomAction);
    m_roomButton->setObjectName(QStringLiteral("juryRoomModeButton"));
    m_signOffButton->setObjectName(QStringLiteral("jurySignOff"));
    m_minutesButton->setObjectName(QStringLiteral("juryMinutes"));
    connect(m_roomAction, &QAction::triggered, this, &JuryPage::openRoom);
    connect(m_roomButton, &QPushButton::clicked, m_roomAction, &QAction::trigger);
    connect(m_signOffButton, &QPushButton::clicked, this, [this] {
        if (m_document && currentSession())
            signOffJurySession(this, *m_document, currentSession());
    });
    connect(m_minutesButton, &QPushButton::clicked, this, [this] {
        if (m_document && currentSession())
            saveJuryMinutes(this, *m_document, currentSession());
    });
    setObjectName(QStringLiteral("juryPage"));
    m_sessions->setObjectName(QStringLiteral("jurySession"));
    m_sessions->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_sessions->setMinimumContentsLength(24);
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_hint->setWordWrap(true);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();
    m_sessionLabel->setBuddy(m_sessions);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title);
    header->addSpacing(16);
    header->addWidget(m_sessionLabel);
    header->addWidget(m_sessions);
    header->addStretch(1);
    header->addWidget(m_signOffButton);
    header->addWidget(m_minutesButton);
    header->addWidget(m_roomButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(header);
    layout->addWidget(m_hint);
    layout->addWidget(m_problem);
    layout->addWidget(m_tabs, 1);
    m_tabs->addTab(m_applications, QString());
    m_tabs->addTab(m_setup, QString());
    m_tabs->addTab(m_scoring, QString());
    m_tabs->addTab(m_progress, QString());
    m_tabs->addTab(m_ranking, QString());

    for (JuryTab *tab : allTabs()) {
        connect(tab, &JuryTab::sessionRequested, this, &JuryPage::showSession);
        connect(tab, &JuryTab::problem, this, &JuryPage::showProblem);
    }
    connect(m_sessions, &QComboBox::currentIndexChanged, this, [this] {
        showProblem(QString());
        const qint64 id = currentSession();
        for (JuryTab *tab : allTabs())
            tab->setSession(id);
    });
    retranslateUi();
}

JuryPage::~JuryPage() = default;

QList<JuryTab *> JuryPage::allTabs() const
{
    return { m_applications, m_setup, m_scoring, m_progress, m_ranking };
}

JuryRoomWindow *JuryPage::room() const
{
    return m_room;
}

void JuryPage::openRoom()
{
    const qint64 session = currentSession();
    if (!m_document || session == 0)
        return;
    if (m_room)
        m_room->close();
    m_room = new JuryRoomWindow(*m_document, session, this);
    // Full screen on the screen the workspace is on (also where no window manager does it).
    m_room->setGeometry(screen()->geometry());
    m_room->showFullScreen();
    m_room->activateWindow();
}

void JuryPage::setDocument(Document *document)
{
    delete m_room;
    if (m_document)
        disconnect(&m_document->database(), nullptr, this, nullptr);
    m_document = document;
    showProblem(QString());
    {
        const QSignalBlocker blocker(m_sessions);
        m_sessions->clear();
    }
    for (JuryTab *tab : allTabs())
        tab->setDocument(document);
    if (document) {
        connect(&document->database(), &Database::changed, this, [this](const ChangeSet &changes) {
            if (touches(changes,
                    { QLatin1String("jury_session"), QLatin1String("committee"),
                        QLatin1String("promotion") }))
                reloadSessions();
        });
    }
    reloadSessions();
}

qint64 JuryPage::currentSession() const
{
    return m_sessions->currentData().toLongLong();
}

void JuryPage::showSession(qint64 sessionId)
{
    const int row = m_sessions->findData(sessionId);
    if (row < 0 && sessionId != 0)
        reloadSessions();
    m_sessions->setCurrentIndex(m_sessions->findData(sessionId));
}

void JuryPage::reloadSessions()
{
    const qint64 current = currentSession();
    QList<JurySession> sessions;
    if (m_document) {
        try {
            sessions = JuryService(m_document->database()).sessions();
        } catch (const Error &e) {
            showProblem(e.message());
        }
    }
    {
        const QSignalBlocker blocker(m_sessions);
        m_sessions->clear();
        for (const JurySession &s : sessions) {
            const QString label = s.promotion.isEmpty()
                ? s.name
                : tr("%1 (%2)", "jury session (its promotion)").arg(s.name, s.promotion);
            m_sessions->addItem(label, s.id);
        }
        int row = m_sessions->findData(current);
        if (row < 0 && !sessions.isEmpty())
            row = m_sessions->count() - 1;
        m_sessions->setCurrentIndex(row);
    }
    m_sessions->setEnabled(!sessions.isEmpty());
    for (QWidget *w : { static_cast<QWidget *>(m_roomButton),
             static_cast<QWidget *>(m_signOffButton), static_cast<QWidget *>(m_minutesButton) })
        w->setEnabled(!sessions.isEmpty());
    m_roomAction->setEnabled(!sessions.isEmpty());
    m_hint->setVisible(m_document && sessions.isEmpty());
    const qint64 id = currentSession();
    if (id != current || id == 0) {
        for (JuryTab *tab : allTabs())
            tab->setSession(id);
    }
}

void JuryPage::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void JuryPage::retranslateUi()
{
    m_title->setText(tr("Jury"));
    m_sessionLabel->setText(tr("&Session:"));
    m_sessions->setAccessibleName(tr("Jury session"));
    m_hint->setText(tr("No jury session yet. Create one in Set-up (or load a template): "
                       "name it, choose its promotion, its criteria and its jurors."));
    m_tabs->setTabText(Applications, tr("&Applications"));
    m_tabs->setTabText(Setup, tr("Set-&up"));
    m_tabs->setTabText(Scoring, tr("S&coring"));
    m_tabs->setTabText(Progress, tr("&Progress"));
    m_tabs->setTabText(Ranking, tr("&Ranking"));
    m_roomAction->setText(tr("Room Mode"));
    m_roomButton->setText(tr("Room &Mode (F11)"));
    m_roomButton->setToolTip(tr("The chosen session full screen, for the jury's room and its "
                                "projector: one application at a time, driven by the keyboard."));
    m_signOffButton->setText(tr("Sign Off…"));
    m_minutesButton->setText(tr("Minutes (PDF)…"));
}

void JuryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
