// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurypage.h"

#include "../document.h"
#include "../style.h"
#include "core/error.h"
#include "core/services/juryservice.h"
#include "juryapplicationstab.h"
#include "juryprogresstab.h"
#include "juryrankingtab.h"
#include "juryscoringtab.h"
#include "jurysetuptab.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
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
{
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

void JuryPage::setDocument(Document *document)
{
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
}

void JuryPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
