// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryprogresstab.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "../style.h"
#include "core/error.h"
#include "core/exports/savefile.h"
#include "core/reports/decisionletters.h"
#include "core/reports/scoresheets.h"
#include "core/services/lettertemplates.h"
#include "juryprogressmodels.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTableView>
#include <QVBoxLayout>

namespace tremplin {

namespace {

/// Draws the progress column as a bar with its percentage.
class ProgressBarDelegate : public QStyledItemDelegate
{
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyleOptionProgressBar bar;
        bar.rect = option.rect.adjusted(2, 2, -2, -2);
        bar.minimum = 0;
        bar.maximum = 1000;
        bar.progress = qRound(index.data(JuryProgressModel::FractionRole).toDouble() * 1000);
        bar.text = index.data().toString();
        bar.textVisible = true;
        bar.textAlignment = Qt::AlignCenter;
        bar.state = option.state | QStyle::State_Horizontal;
        bar.palette = option.palette;
        bar.fontMetrics = option.fontMetrics;
        const QWidget *widget = option.widget;
        QStyle *style = widget ? widget->style() : QApplication::style();
        style->drawControl(QStyle::CE_ProgressBar, &bar, painter, widget);
    }
};

QTableView *makeTable(QWidget *parent, const QString &name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setAlternatingRowColors(true);
    view->setWordWrap(false);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    return view;
}

} // namespace

JuryProgressTab::JuryProgressTab(QWidget *parent)
    : JuryTab(parent)
    , m_summary(new QLabel(this))
    , m_sheets(new QPushButton(this))
    , m_letters(new QPushButton(this))
    , m_lettersLanguageLabel(new QLabel(this))
    , m_lettersLanguage(new QComboBox(this))
    , m_outcome(new QLabel(this))
    , m_jurorsBox(new QGroupBox(this))
    , m_progress(new JuryProgressModel(this))
    , m_progressSorted(new QSortFilterProxyModel(this))
    , m_progressView(makeTable(m_jurorsBox, QStringLiteral("juryProgressView")))
    , m_missingBox(new QGroupBox(this))
    , m_filterLabel(new QLabel(m_missingBox))
    , m_filter(new QComboBox(m_missingBox))
    , m_copy(new QPushButton(m_missingBox))
    , m_save(new QPushButton(m_missingBox))
    , m_missingCount(new QLabel(m_missingBox))
    , m_missing(new JuryMissingModel(this))
    , m_missingView(makeTable(m_missingBox, QStringLiteral("juryMissingView")))
    , m_refresh(new DeferredRefresh(this, [this] { refresh(); }))
{
    setObjectName(QStringLiteral("juryProgressTab"));
    m_filter->setObjectName(QStringLiteral("juryMissingFilter"));
    m_copy->setObjectName(QStringLiteral("juryMissingCopy"));
    m_save->setObjectName(QStringLiteral("juryMissingSave"));
    m_summary->setObjectName(QStringLiteral("juryProgressSummary"));
    m_summary->setWordWrap(true);
    m_sheets->setObjectName(QStringLiteral("juryScoreSheets"));
    m_letters->setObjectName(QStringLiteral("juryDecisionLetters"));
    m_lettersLanguage->setObjectName(QStringLiteral("juryLettersLanguage"));
    // French first, the default, as the programme's letter templates are; English as the CLI's
    // --lang en.
    for (const QString &language : LetterTemplates::languages())
        m_lettersLanguage->addItem(QString(), language);
    m_lettersLanguageLabel->setBuddy(m_lettersLanguage);
    m_outcome->setObjectName(QStringLiteral("juryPrintOutcome"));
    m_outcome->setWordWrap(true);
    m_outcome->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_filterLabel->setBuddy(m_filter);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_progressSorted->setSourceModel(m_progress);
    m_progressSorted->setSortRole(JuryProgressModel::SortRole);
    m_progressSorted->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_progressView->setModel(m_progressSorted);
    m_progressView->setSortingEnabled(true);
    m_progressView->sortByColumn(JuryProgressModel::JurorColumn, Qt::AscendingOrder);
    m_progressView->setItemDelegateForColumn(
        JuryProgressModel::ProgressColumn, new ProgressBarDelegate(m_progressView));
    m_progressView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_progressView->horizontalHeader()->setSectionResizeMode(
        JuryProgressModel::ProgressColumn, QHeaderView::Stretch);
    m_missingView->setModel(m_missing);
    m_missingView->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_missingView->horizontalHeader()->setSectionResizeMode(
        JuryMissingModel::CriteriaColumn, QHeaderView::Stretch);

    auto *jurorsLayout = new QVBoxLayout(m_jurorsBox);
    jurorsLayout->addWidget(m_progressView);

    auto *missingTop = new QHBoxLayout;
    missingTop->addWidget(m_filterLabel);
    missingTop->addWidget(m_filter);
    missingTop->addSpacing(12);
    missingTop->addWidget(m_missingCount, 1);
    missingTop->addWidget(m_copy);
    missingTop->addWidget(m_save);
    auto *missingLayout = new QVBoxLayout(m_missingBox);
    missingLayout->addLayout(missingTop);
    missingLayout->addWidget(m_missingView, 1);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->addWidget(m_jurorsBox);
    split->addWidget(m_missingBox);
    split->setChildrenCollapsible(false);
    auto *print = new QHBoxLayout;
    print->addWidget(m_sheets);
    print->addSpacing(12);
    print->addWidget(m_lettersLanguageLabel);
    print->addWidget(m_lettersLanguage);
    print->addWidget(m_letters);
    print->addWidget(m_outcome, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addLayout(print);
    layout->addWidget(split, 1);

    connect(m_filter, &QComboBox::currentIndexChanged, this, [this] {
        m_missing->setJurorFilter(m_filter->currentData().toLongLong());
        updateSummary();
    });
    connect(m_copy, &QPushButton::clicked, this, &JuryProgressTab::copyMissing);
    connect(m_save, &QPushButton::clicked, this, &JuryProgressTab::saveMissing);
    connect(m_sheets, &QPushButton::clicked, this, &JuryProgressTab::writeScoreSheets);
    connect(m_letters, &QPushButton::clicked, this, &JuryProgressTab::writeDecisionLetters);
    // A double click on a juror shows only what they have left.
    connect(m_progressView, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &i) {
        const int row = m_filter->findData(i.data(JuryProgressModel::MemberIdRole));
        if (row >= 0)
            m_filter->setCurrentIndex(row);
    });
    retranslateUi();
}

JuryProgressTab::~JuryProgressTab() = default;

void JuryProgressTab::documentChanged()
{
    if (document()) {
        connect(
            &document()->database(), &Database::changed, this, [this](const ChangeSet &changes) {
                if (session() != 0
                    && touches(changes,
                        { QLatin1String("jury_score"), QLatin1String("jury_assignment"),
                            QLatin1String("jury_conflict"), QLatin1String("jury_criterion"),
                            QLatin1String("jury_session"), QLatin1String("committee_member"),
                            QLatin1String("committee"), QLatin1String("person"),
                            QLatin1String("initiative") }))
                    m_refresh->request();
            });
    }
    refresh();
}

void JuryProgressTab::sessionChanged()
{
    refresh();
}

void JuryProgressTab::showEvent(QShowEvent *event)
{
    JuryTab::showEvent(event);
    m_refresh->flushIfStale();
}

void JuryProgressTab::refresh()
{
    QList<JurorProgress> progress;
    QList<MissingCriteria> missing;
    if (document() && session() != 0) {
        try {
            progress = JuryService(document()->database()).progress(session());
            missing = juryMissingCriteria(document()->database(), session());
        } catch (const Error &e) {
            Q_EMIT problem(e.message());
        }
    }
    m_progress->setProgress(progress);
    m_missing->setMissing(missing);
    reloadJurorFilter();
    updateSummary();
}

void JuryProgressTab::reloadJurorFilter()
{
    const qint64 current = m_filter->currentData().toLongLong();
    {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_filter->addItem(tr("All jurors"), qint64(0));
        for (const JurorProgress &p : m_progress->progress())
            m_filter->addItem(p.juror.name, p.juror.memberId);
        m_filter->setCurrentIndex(qMax(0, m_filter->findData(current)));
    }
    m_missing->setJurorFilter(m_filter->currentData().toLongLong());
}

void JuryProgressTab::updateSummary()
{
    int assigned = 0;
    int scored = 0;
    for (const JurorProgress &p : m_progress->progress()) {
        assigned += p.assigned;
        scored += p.scored;
    }
    if (!document() || session() == 0)
        m_summary->setText(
            tr("Choose a jury session at the top, or create one in the Set-up tab."));
    else if (assigned == 0)
        m_summary->setText(tr("No application is assigned to a juror yet."));
    else
        m_summary->setText(tr("%n of %1 assignments scored completely (%2%).", nullptr, scored)
                               .arg(QLocale().toString(assigned),
                                   QLocale().toString(qRound(100.0 * scored / assigned))));
    const int rows = m_missing->rowCount();
    m_missingCount->setText(rows == 0
            ? tr("Nothing missing.")
            : tr("%n application(s) not scored completely.", nullptr, rows));
    m_copy->setEnabled(rows > 0);
    m_save->setEnabled(rows > 0);
    const bool hasSession = document() && session() != 0;
    m_sheets->setEnabled(hasSession && !m_progress->progress().isEmpty());
    m_letters->setEnabled(hasSession);
    m_lettersLanguage->setEnabled(hasSession);
}

QString JuryProgressTab::outcome() const
{
    return m_outcome->text();
}

void JuryProgressTab::setOutcome(const QString &text, bool isProblem)
{
    m_outcome->setText(text);
    m_outcome->setStyleSheet(isProblem ? style::errorText() : QString());
}

void JuryProgressTab::writeScoreSheets()
{
    if (!document() || session() == 0)
        return;
    // The juror chosen in the missing scores' filter, or every juror of the session.
    const qint64 chosen = m_filter->currentData().toLongLong();
    QList<qint64> members;
    QString suggestion = tr("score-sheets") + QStringLiteral(".pdf");
    for (const JurorProgress &p : m_progress->progress()) {
        if (chosen == 0 || p.juror.memberId == chosen)
            members.append(p.juror.memberId);
        if (p.juror.memberId == chosen)
            suggestion = ScoreSheets::fileNameFor(p.juror);
    }
    if (members.isEmpty())
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Score Sheets"), suggestion, tr("PDF file (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        ScoreSheets sheets(document()->database(), session(), members);
        const int pages = sheets.writePdf(path);
        setOutcome(chosen == 0 ? tr("Wrote the score sheets of %n juror(s), %1 pages, to %2.",
                       nullptr, int(members.size()))
                                     .arg(QLocale().toString(pages), QDir::toNativeSeparators(path))
                               : tr("Wrote the score sheets of %1, %2 pages, to %3.")
                                     .arg(m_filter->currentText(), QLocale().toString(pages),
                                         QDir::toNativeSeparators(path)),
            false);
    } catch (const Error &e) {
        setOutcome(e.message(), true);
    }
}

void JuryProgressTab::writeDecisionLetters()
{
    if (!document() || session() == 0)
        return;
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Decision Letters"));
    if (folder.isEmpty())
        return;
    try {
        const DecisionLetters letters(
            document()->database(), session(), m_lettersLanguage->currentData().toString());
        QStringList undecided;
        for (const JuryApplication &a : letters.undecided())
            undecided.append(a.name);
        if (letters.letters().isEmpty()) {
            setOutcome(tr("No application of this session has a decision yet: no letter was "
                          "written. Record the decisions in the Ranking tab first."),
                true);
            return;
        }
        letters.write(folder);
        QString text = tr("Wrote %n decision letter(s) and the mail-merge file %1 to %2.", nullptr,
            int(letters.letters().size()))
                           .arg(DecisionLetters::csvFileName(), QDir::toNativeSeparators(folder));
        if (!undecided.isEmpty()) {
            text += QLatin1Char(' ')
                + tr("No letter for %n application(s) without a decision: %1.", nullptr,
                    int(undecided.size()))
                      .arg(QLocale().createSeparatedList(undecided));
        }
        setOutcome(text, false);
    } catch (const Error &e) {
        setOutcome(e.message(), true);
    }
}

void JuryProgressTab::copyMissing()
{
    QApplication::clipboard()->setText(m_missing->toText());
}

void JuryProgressTab::saveMissing()
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Missing Scores"),
        tr("missing-scores") + QStringLiteral(".csv"), tr("CSV file (*.csv)"));
    if (path.isEmpty())
        return;
    try {
        saveFile(path, m_missing->toCsv());
    } catch (const Error &error) {
        QMessageBox::warning(this, tr("Save Missing Scores"), error.message());
    }
}

void JuryProgressTab::retranslateUi()
{
    m_jurorsBox->setTitle(tr("Jurors"));
    m_missingBox->setTitle(tr("Missing scores"));
    m_filterLabel->setText(tr("&Juror:"));
    m_copy->setText(tr("&Copy"));
    m_copy->setToolTip(tr("Copy the list as text, to paste in an e-mail or a spreadsheet."));
    m_save->setText(tr("&Save as CSV…"));
    m_sheets->setText(tr("Score Sheets (PDF)…"));
    m_sheets->setToolTip(tr("Paper score sheets for jurors without a laptop: of the juror "
                            "chosen under Missing scores, or of every juror."));
    m_letters->setText(tr("Decision Letters…"));
    m_letters->setToolTip(tr("One letter per decided application (PDF, in the language chosen "
                             "beside) and a CSV for mail merge, in a folder. Tremplin sends "
                             "nothing."));
    m_lettersLanguageLabel->setText(tr("&Letters in:"));
    for (int i = 0; i < m_lettersLanguage->count(); ++i) {
        m_lettersLanguage->setItemText(i,
            m_lettersLanguage->itemData(i).toString() == QLatin1String("fr") ? tr("French")
                                                                             : tr("English"));
    }
    m_progress->retranslate();
    m_missing->retranslate();
    if (m_filter->count() > 0)
        m_filter->setItemText(0, tr("All jurors"));
    updateSummary();
}

void JuryProgressTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    JuryTab::changeEvent(event);
}

} // namespace tremplin
