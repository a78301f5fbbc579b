// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscoringtab.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "core/error.h"
#include "juryscoregrid.h"

#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tremplin {

JuryScoringTab::JuryScoringTab(QWidget *parent)
    : JuryTab(parent)
    , m_orientationLabel(new QLabel(this))
    , m_orientation(new QComboBox(this))
    , m_chosenLabel(new QLabel(this))
    , m_chosen(new QComboBox(this))
    , m_scale(new QLabel(this))
    , m_empty(new QLabel(this))
    , m_grid(new JuryScoreGrid(this))
    , m_othersBox(new QGroupBox(this))
    , m_othersNote(new QLabel(m_othersBox))
    , m_others(new QTableWidget(m_othersBox))
    , m_choicesRefresh(new DeferredRefresh(this, [this] { reloadChoices(); }))
{
    setObjectName(QStringLiteral("juryScoringTab"));
    m_orientation->setObjectName(QStringLiteral("juryScoringOrientation"));
    m_chosen->setObjectName(QStringLiteral("juryScoringChosen"));
    m_othersBox->setObjectName(QStringLiteral("juryOtherScores"));
    m_othersNote->setObjectName(QStringLiteral("juryOtherScoresNote"));
    m_others->setObjectName(QStringLiteral("juryOtherScoresTable"));
    m_orientation->addItem(QString());
    m_orientation->addItem(QString());
    m_orientationLabel->setBuddy(m_orientation);
    m_chosenLabel->setBuddy(m_chosen);
    // A long list of applications is found by typing part of a name.
    m_chosen->setEditable(true);
    m_chosen->setInsertPolicy(QComboBox::NoInsert);
    m_chosen->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_chosen->completer()->setFilterMode(Qt::MatchContains);
    m_chosen->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chosen->setMinimumContentsLength(32);
    m_empty->setWordWrap(true);
    m_othersNote->setWordWrap(true);
    m_othersNote->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    m_others->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_others->setSelectionMode(QAbstractItemView::NoSelection);
    m_others->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_others->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_others->verticalHeader()->setMaximumWidth(320);

    auto *top = new QHBoxLayout;
    top->addWidget(m_orientationLabel);
    top->addWidget(m_orientation);
    top->addSpacing(12);
    top->addWidget(m_chosenLabel);
    top->addWidget(m_chosen, 1);
    top->addSpacing(12);
    top->addWidget(m_scale);

    auto *othersLayout = new QVBoxLayout(m_othersBox);
    othersLayout->addWidget(m_othersNote);
    othersLayout->addWidget(m_others, 1);

    // Below the grid, the panel has the grid's width: the other jurors' totals and scores line
    // up with the criteria.
    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_grid);
    split->addWidget(m_othersBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);
    split->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_empty);
    layout->addWidget(split, 1);

    connect(m_orientation, &QComboBox::currentIndexChanged, this, [this] {
        m_chosenLabel->setText(byJuror() ? tr("&Juror:") : tr("&Application:"));
        reloadChoices();
        showChosen();
    });
    connect(m_chosen, &QComboBox::currentIndexChanged, this, &JuryScoringTab::showChosen);
    // Part of a name and Enter choose the first juror or application that contains it; text
    // that matches none gives way to the current choice.
    connect(m_chosen->lineEdit(), &QLineEdit::editingFinished, this, [this] {
        const QString typed = m_chosen->currentText().trimmed();
        if (typed == m_chosen->itemText(m_chosen->currentIndex()))
            return;
        const int row = m_chosen->findText(typed, Qt::MatchContains);
        if (row >= 0)
            m_chosen->setCurrentIndex(row);
        m_chosen->setEditText(m_chosen->itemText(m_chosen->currentIndex()));
    });
    connect(m_grid, &JuryScoreGrid::currentPairChanged, this, &JuryScoringTab::refreshOthers);
    retranslateUi();
    showChosen();
}

bool JuryScoringTab::byJuror() const
{
    return m_orientation->currentIndex() == 0;
}

void JuryScoringTab::showJuror(qint64 memberId)
{
    m_orientation->setCurrentIndex(0);
    m_chosen->setCurrentIndex(m_chosen->findData(memberId));
}

void JuryScoringTab::showApplication(qint64 initiativeId)
{
    m_orientation->setCurrentIndex(1);
    m_chosen->setCurrentIndex(m_chosen->findData(initiativeId));
}

void JuryScoringTab::documentChanged()
{
    m_grid->setDocument(document());
    if (document()) {
        connect(
            &document()->database(), &Database::changed, this, [this](const ChangeSet &changes) {
                if (session() != 0
                    && touches(changes,
                        { QLatin1String("committee_member"), QLatin1String("person"),
                            QLatin1String("initiative"), QLatin1String("jury_session"),
                            QLatin1String("committee") }))
                    m_choicesRefresh->request();
            });
    }
    reloadChoices();
    showChosen();
}

void JuryScoringTab::sessionChanged()
{
    reloadChoices();
    showChosen();
}

void JuryScoringTab::reloadChoices()
{
    const qint64 current = m_chosen->currentData().toLongLong();
    const QSignalBlocker blocker(m_chosen);
    m_chosen->clear();
    m_scale->clear();
    if (!document() || session() == 0)
        return;
    try {
        JuryService jury(document()->database());
        const JurySession s = jury.session(session());
        const QLocale locale;
        m_scale->setText((s.blind ? tr("Scores from %1 to %2 by %3 · blind mode")
                                  : tr("Scores from %1 to %2 by %3"))
                             .arg(locale.toString(s.scaleMin), locale.toString(s.scaleMax),
                                 locale.toString(s.scaleStep)));
        if (byJuror()) {
            for (const Juror &j : jury.jurors(session()))
                m_chosen->addItem(
                    tr("%1 (%2)", "juror (their track)").arg(j.name, label(j.track)), j.memberId);
        } else {
            for (const JuryApplication &a : jury.applications(session())) {
                m_chosen->addItem(
                    a.dsNumber ? tr("%1 (dossier %2)").arg(a.name).arg(a.dsNumber) : a.name,
                    a.initiativeId);
            }
        }
    } catch (const Error &e) {
        Q_EMIT problem(e.message());
    }
    const int row = m_chosen->findData(current);
    m_chosen->setCurrentIndex(row >= 0 ? row : (m_chosen->count() > 0 ? 0 : -1));
    if (m_chosen->currentData().toLongLong() != current)
        showChosen();
}

void JuryScoringTab::showChosen()
{
    const qint64 id = m_chosen->currentData().toLongLong();
    if (byJuror())
        m_grid->showJuror(session(), id);
    else
        m_grid->showApplication(session(), id);
    m_othersBox->setVisible(byJuror());
    QString empty;
    if (!document())
        empty.clear();
    else if (session() == 0)
        empty = tr("Choose a jury session at the top, or create one in the Set-up tab.");
    else if (m_chosen->count() == 0)
        empty = byJuror() ? tr("This session has no jurors yet: add them in the Set-up tab.")
                          : tr("This session has no admissible applications yet.");
    else if (m_grid->model()->rowCount() == 0)
        empty = byJuror() ? tr("No application is assigned to this juror.") : QString();
    m_empty->setText(empty);
    m_empty->setVisible(!empty.isEmpty());
}

void JuryScoringTab::refreshOthers(qint64 memberId, qint64 initiativeId)
{
    m_member = memberId;
    m_initiative = initiativeId;
    m_others->clear();
    m_others->setRowCount(0);
    m_others->setColumnCount(0);
    m_others->hide();
    if (!byJuror() || !document() || session() == 0 || memberId == 0 || initiativeId == 0) {
        m_othersNote->setText(tr("Choose an application in the grid."));
        return;
    }
    const JuryScoreSheet &sheet = m_grid->model()->sheet();
    QString application;
    for (const JuryApplication &a : sheet.applications) {
        if (a.initiativeId == initiativeId)
            application = a.name;
    }
    QList<VisibleScore> scores;
    try {
        scores
            = JuryService(document()->database()).visibleScores(session(), memberId, initiativeId);
    } catch (const Error &e) {
        Q_EMIT problem(e.message());
        return;
    }
    QHash<qint64, QHash<qint64, double>> byJurorScores;
    for (const VisibleScore &s : std::as_const(scores)) {
        if (s.memberId != memberId)
            byJurorScores[s.memberId].insert(s.criterionId, s.score);
    }
    if (sheet.hasConflict(memberId, initiativeId)) {
        m_othersNote->setText(tr("Conflict of interest: the other jurors' scores for “%1” are "
                                 "not shown to this juror.")
                                  .arg(application));
        return;
    }
    const bool own = sheet.scoredCount(memberId, initiativeId) >= sheet.criteria.size();
    if (sheet.session.blind && !own) {
        m_othersNote->setText(tr("Blind mode: the other jurors' scores for “%1” show once this "
                                 "juror has scored every criterion.")
                                  .arg(application));
        return;
    }
    if (byJurorScores.isEmpty()) {
        m_othersNote->setText(tr("No other juror has scored “%1” yet.").arg(application));
        return;
    }
    m_othersNote->setText(tr("The other jurors' scores for “%1”.").arg(application));
    m_others->show();
    // Each other juror's total first (what the juror compares), then their scores.
    m_others->setColumnCount(int(sheet.criteria.size()) + 1);
    QStringList headers { tr("Total") };
    for (const JuryCriterion &c : sheet.criteria)
        headers.append(c.name);
    m_others->setHorizontalHeaderLabels(headers);
    const QLocale locale;
    for (const Juror &j : sheet.jurors) {
        const auto it = byJurorScores.constFind(j.memberId);
        if (it == byJurorScores.cend())
            continue;
        const int row = m_others->rowCount();
        m_others->insertRow(row);
        m_others->setVerticalHeaderItem(row, new QTableWidgetItem(j.name));
        for (int c = 0; c < sheet.criteria.size(); ++c) {
            const auto s = it->constFind(sheet.criteria.at(c).id);
            auto *item = new QTableWidgetItem(s == it->cend() ? QString() : locale.toString(*s));
            item->setTextAlignment(Qt::AlignCenter);
            m_others->setItem(row, c + 1, item);
        }
        const std::optional<double> complete = juryTotal(sheet.criteria, *it);
        auto *total = new QTableWidgetItem(
            complete ? locale.toString(*complete, 'f', 2) : tr("incomplete"));
        total->setTextAlignment(Qt::AlignCenter);
        m_others->setItem(row, 0, total);
    }
}

void JuryScoringTab::retranslateUi()
{
    m_orientationLabel->setText(tr("&Show:"));
    m_orientation->setItemText(0, tr("By juror"));
    m_orientation->setItemText(1, tr("By application"));
    m_chosenLabel->setText(byJuror() ? tr("&Juror:") : tr("&Application:"));
    m_othersBox->setTitle(tr("Other jurors' scores"));
    reloadChoices();
    refreshOthers(m_member, m_initiative);
    showChosen();
}

void JuryScoringTab::showEvent(QShowEvent *event)
{
    JuryTab::showEvent(event);
    m_choicesRefresh->flushIfStale();
}

void JuryScoringTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    JuryTab::changeEvent(event);
}

} // namespace tremplin
