// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryrankingtab.h"

#include "../charts/juryscorechart.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "../style.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/exports/juryrankingcsv.h"
#include "core/exports/savefile.h"
#include "core/services/juryrankingtotals.h"
#include "juryrankingmodel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPainter>
#include <QPushButton>
#include <QScrollArea>
#include <QSet>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QSplitter>
#include <QStyledItemDelegate>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace tremplin {

namespace {

/// The top-N line: a rule under the last application of the top when the table reads in
/// ranking order.
class TopLineDelegate : public QStyledItemDelegate
{
public:
    TopLineDelegate(const QSortFilterProxyModel *proxy, QObject *parent)
        : QStyledItemDelegate(parent)
        , m_proxy(proxy)
    { }

    void paint(QPainter *painter, const QStyleOptionViewItem &option,
        const QModelIndex &index) const override
    {
        QStyledItemDelegate::paint(painter, option, index);
        const int column = m_proxy->sortColumn();
        const bool rankOrder
            = (column == JuryRankingModel::Rank && m_proxy->sortOrder() == Qt::AscendingOrder)
            || (column == JuryRankingModel::Score && m_proxy->sortOrder() == Qt::DescendingOrder);
        if (!rankOrder || !index.data(JuryRankingModel::BoundaryRole).toBool())
            return;
        painter->save();
        painter->setPen(QPen(option.palette.windowText(), 3));
        painter->drawLine(option.rect.bottomLeft(), option.rect.bottomRight());
        painter->restore();
    }

private:
    const QSortFilterProxyModel *m_proxy;
};

constexpr std::size_t expertTrack = std::size_t(JuryTrack::Expert);
constexpr std::size_t citizenTrack = std::size_t(JuryTrack::Citizen);

/// N when the promotion's places are not set: the AIC's laureates per promotion.
constexpr int DefaultPlaces = 10;

} // namespace

JuryRankingTab::JuryRankingTab(QWidget *parent)
    : JuryTab(parent)
    , m_refresh(new DeferredRefresh(this, [this] { reload(); }))
    , m_summary(new QLabel(this))
    , m_whatIfBanner(new QLabel(this))
    , m_export(new QPushButton(this))
    , m_views(new QTabWidget(this))
    , m_splitter(new QSplitter(Qt::Horizontal))
    , m_table(new QTableView)
    , m_model(new JuryRankingModel(this))
    , m_proxy(new JuryRankingProxy(this))
    , m_incompleteBox(new QGroupBox)
    , m_incompleteTable(new QTableView)
    , m_incompleteModel(new JuryIncompleteModel(this))
    , m_whatIf(new QGroupBox)
    , m_whatIfNote(new QLabel)
    , m_methodLabel(new QLabel)
    , m_method(new QComboBox)
    , m_expertLabel(new QLabel)
    , m_expertWeight(new QDoubleSpinBox)
    , m_citizenLabel(new QLabel)
    , m_citizenWeight(new QDoubleSpinBox)
    , m_placesLabel(new QLabel)
    , m_places(new QSpinBox)
    , m_jurorsLabel(new QLabel)
    , m_jurorBoxes(new QWidget)
    , m_jurorLayout(new QVBoxLayout(m_jurorBoxes))
    , m_changes(new QLabel)
    , m_reset(new QPushButton)
    , m_chartPage(new QWidget)
    , m_chart(new JuryScoreChart(m_chartPage))
    , m_savePicture(new QPushButton(m_chartPage))
{
    m_summary->setWordWrap(true);
    m_whatIfBanner->setWordWrap(true);
    m_whatIfBanner->setStyleSheet(style::banner());
    m_whatIfBanner->hide();
    m_export->setObjectName(QStringLiteral("exportRanking"));

    // The ranking with the incomplete totals under it.
    m_proxy->setSourceModel(m_model);
    m_table->setObjectName(QStringLiteral("rankingTable"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(JuryRankingModel::Rank, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setAlternatingRowColors(true);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 8);
    m_table->setItemDelegate(new TopLineDelegate(m_proxy, m_table));
    m_table->horizontalHeader()->setSectionResizeMode(
        JuryRankingModel::Application, QHeaderView::Stretch);
    m_table->horizontalHeader()->setMinimumSectionSize(40);
    m_table->horizontalHeader()->setResizeContentsPrecision(200);
    m_incompleteTable->setObjectName(QStringLiteral("incompleteTotals"));
    auto *incompleteProxy = new QSortFilterProxyModel(this);
    incompleteProxy->setSourceModel(m_incompleteModel);
    incompleteProxy->setSortLocaleAware(true);
    m_incompleteTable->setModel(incompleteProxy);
    m_incompleteTable->setSortingEnabled(true);
    m_incompleteTable->sortByColumn(JuryIncompleteModel::Juror, Qt::AscendingOrder);
    m_incompleteTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_incompleteTable->verticalHeader()->hide();
    m_incompleteTable->verticalHeader()->setDefaultSectionSize(
        m_incompleteTable->fontMetrics().height() + 8);
    m_incompleteTable->horizontalHeader()->setSectionResizeMode(
        JuryIncompleteModel::Application, QHeaderView::Stretch);
    auto *incompleteLayout = new QVBoxLayout(m_incompleteBox);
    incompleteLayout->setContentsMargins(4, 4, 4, 4);
    incompleteLayout->addWidget(m_incompleteTable);
    auto *left = new QSplitter(Qt::Vertical);
    left->addWidget(m_table);
    left->addWidget(m_incompleteBox);
    left->setStretchFactor(0, 3);
    left->setStretchFactor(1, 1);
    left->setChildrenCollapsible(false);

    // The what-if panel.
    m_method->setObjectName(QStringLiteral("whatIfMethod"));
    m_method->addItem(QString(), int(RankingMethod::Mean));
    m_method->addItem(QString(), int(RankingMethod::ZScore));
    m_method->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_method->setMinimumContentsLength(16);
    for (QDoubleSpinBox *w : { m_expertWeight, m_citizenWeight }) {
        w->setRange(0, 100);
        w->setDecimals(2);
        w->setSingleStep(0.5);
    }
    m_expertWeight->setObjectName(QStringLiteral("whatIfExpertWeight"));
    m_citizenWeight->setObjectName(QStringLiteral("whatIfCitizenWeight"));
    m_places->setObjectName(QStringLiteral("whatIfPlaces"));
    m_places->setRange(1, 9999);
    m_reset->setObjectName(QStringLiteral("whatIfReset"));
    m_changes->setObjectName(QStringLiteral("whatIfChanges"));
    m_changes->setWordWrap(true);
    m_changes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_whatIfNote->setWordWrap(true);
    m_jurorsLabel->setWordWrap(true);
    m_jurorLayout->setContentsMargins(0, 0, 0, 0);
    m_jurorLayout->setSpacing(2);
    m_methodLabel->setBuddy(m_method);
    m_expertLabel->setBuddy(m_expertWeight);
    m_citizenLabel->setBuddy(m_citizenWeight);
    m_placesLabel->setBuddy(m_places);
    auto *jurorScroll = new QScrollArea;
    jurorScroll->setWidget(m_jurorBoxes);
    jurorScroll->setWidgetResizable(true);
    jurorScroll->setFrameShape(QFrame::StyledPanel);
    jurorScroll->setMinimumHeight(80);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapAllRows);
    form->addRow(m_methodLabel, m_method);
    form->addRow(m_expertLabel, m_expertWeight);
    form->addRow(m_citizenLabel, m_citizenWeight);
    form->addRow(m_placesLabel, m_places);
    auto *panel = new QVBoxLayout(m_whatIf);
    panel->addWidget(m_whatIfNote);
    panel->addLayout(form);
    panel->addWidget(m_jurorsLabel);
    panel->addWidget(jurorScroll, 1);
    panel->addWidget(m_changes);
    panel->addWidget(m_reset, 0, Qt::AlignLeft);
    m_whatIf->setMinimumWidth(250);

    m_splitter->addWidget(left);
    m_splitter->addWidget(m_whatIf);
    m_splitter->setStretchFactor(0, 3);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);

    // The jurors' score distribution.
    m_savePicture->setObjectName(QStringLiteral("saveJuryChart"));
    auto *chartLayout = new QVBoxLayout(m_chartPage);
    chartLayout->addWidget(m_chart, 1);
    auto *chartButtons = new QHBoxLayout;
    chartButtons->addStretch(1);
    chartButtons->addWidget(m_savePicture);
    chartLayout->addLayout(chartButtons);

    m_views->addTab(m_splitter, QString());
    m_views->addTab(m_chartPage, QString());

    auto *header = new QHBoxLayout;
    header->addWidget(m_summary, 1);
    header->addWidget(m_export, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->addLayout(header);
    layout->addWidget(m_whatIfBanner);
    layout->addWidget(m_views, 1);

    connect(m_views, &QTabWidget::currentChanged, this, [this] {
        if (m_chartStale && m_views->currentWidget() == m_chartPage)
            updateChart();
    });
    connect(m_method, &QComboBox::currentIndexChanged, this, &JuryRankingTab::whatIfEdited);
    connect(m_expertWeight, &QDoubleSpinBox::valueChanged, this, &JuryRankingTab::whatIfEdited);
    connect(m_citizenWeight, &QDoubleSpinBox::valueChanged, this, &JuryRankingTab::whatIfEdited);
    connect(m_places, &QSpinBox::valueChanged, this, &JuryRankingTab::whatIfEdited);
    connect(m_reset, &QPushButton::clicked, this, [this] {
        resetWhatIf();
        recompute();
    });
    connect(m_export, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Export the Ranking"),
            tr("ranking") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return;
        try {
            exportCsv(path);
            Q_EMIT problem(QString());
        } catch (const Error &e) {
            QMessageBox::warning(this, tr("Export the Ranking"), e.message());
        }
    });
    connect(m_savePicture, &QPushButton::clicked, this, [this] {
        const QString path = QFileDialog::getSaveFileName(this, tr("Save the Chart as a Picture"),
            tr("jurors-scores") + QStringLiteral(".png"),
            tr("PNG image (*.png);;SVG drawing (*.svg);;PDF document (*.pdf)"));
        QString error;
        if (!path.isEmpty() && !m_chart->exportTo(path, &error))
            QMessageBox::warning(this, tr("Save the Chart as a Picture"), error);
    });
    retranslateUi();
    reload();
}

JuryRankingTab::~JuryRankingTab() = default;

void JuryRankingTab::documentChanged()
{
    if (Document *d = document()) {
        connect(&d->database(), &Database::changed, this, [this](const ChangeSet &changes) {
            // What the ranking reads: scores, conflicts, criteria, tracks, jurors and their
            // names, the applications (admissibility, names) and the promotion's places.
            if (touches(changes,
                    { QLatin1String("jury_score"), QLatin1String("jury_conflict"),
                        QLatin1String("jury_criterion"), QLatin1String("jury_track"),
                        QLatin1String("jury_session"), QLatin1String("committee_member"),
                        QLatin1String("committee"), QLatin1String("person"),
                        QLatin1String("initiative"), QLatin1String("promotion"),
                        QLatin1String("recusal") }))
                m_refresh->request();
        });
    }
    m_refresh->request();
}

void JuryRankingTab::sessionChanged()
{
    m_refresh->request();
}

void JuryRankingTab::showEvent(QShowEvent *event)
{
    m_refresh->flushIfStale();
    JuryTab::showEvent(event);
}

void JuryRankingTab::reload()
{
    m_input = {};
    m_jurors.clear();
    m_applications.clear();
    m_applicationIndex.clear();
    m_criteria = 0;
    m_sessionSettings = {};
    if (document() && session() != 0) {
        try {
            JuryService jury(document()->database());
            m_sessionSettings = jury.session(session());
            m_input = jury.rankingInput(session());
            m_jurors = jury.jurors(session());
            m_applications = jury.applications(session());
            m_criteria = int(m_input.criterionWeights.size());
        } catch (const Error &e) {
            m_input = {};
            m_jurors.clear();
            m_applications.clear();
            Q_EMIT problem(e.message());
        }
    }
    for (int i = 0; i < m_applications.size(); ++i)
        m_applicationIndex.insert(m_applications.at(i).initiativeId, i);
    m_jurorTotals = jury::jurorTotals(m_input);

    jury::RankingOptions own;
    own.method = m_sessionSettings.method;
    m_baseline = jury::computeRanking(m_input, own);
    // The session's own top (its own N) is compared with the what-if's top: compareTop()
    // compares two tops of one size, so the session's top is given as rank 1 for its members.
    const int ownPlaces = m_sessionSettings.places > 0 ? m_sessionSettings.places : DefaultPlaces;
    m_ownTop = m_baseline;
    m_ownRank.clear();
    for (jury::RankedApplication &row : m_ownTop.rows) {
        m_ownRank.insert(row.initiativeId, row.rank);
        row.rank = row.rank > 0 && row.rank <= ownPlaces ? 1 : 0;
    }

    rebuildJurorBoxes();
    // A new session starts from its own settings; the same session keeps the what-if being
    // tried while scores come in.
    if (m_shownSession != session() || m_whatIfBanner->isHidden()) {
        m_shownSession = session();
        resetWhatIf();
    }
    const bool any = session() != 0;
    m_whatIf->setEnabled(any);
    m_export->setEnabled(any);
    m_savePicture->setEnabled(any);
    m_chartStale = true;
    recompute();
    // Fitted to the figures once per read, not at every what-if change (a few hundred rows
    // are measured: the header's precision).
    m_table->resizeColumnsToContents();
    m_table->horizontalHeader()->setSectionResizeMode(
        JuryRankingModel::Application, QHeaderView::Stretch);
}

void JuryRankingTab::rebuildJurorBoxes()
{
    // The same jurors keep their boxes (and the keyboard focus) while scores come in.
    bool same = m_jurorChecks.size() == m_jurors.size();
    for (int i = 0; same && i < m_jurors.size(); ++i)
        same = m_jurorChecks.at(i)->property("memberId").toLongLong() == m_jurors.at(i).memberId;
    if (same)
        return;
    QSet<qint64> excluded;
    for (QCheckBox *box : std::as_const(m_jurorChecks)) {
        if (!box->isChecked())
            excluded.insert(box->property("memberId").toLongLong());
    }
    m_jurorChecks.clear();
    while (QLayoutItem *item = m_jurorLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    for (const Juror &j : std::as_const(m_jurors)) {
        auto *box = new QCheckBox(m_jurorBoxes);
        box->setProperty("memberId", j.memberId);
        box->setChecked(!excluded.contains(j.memberId));
        connect(box, &QCheckBox::toggled, this, &JuryRankingTab::whatIfEdited);
        m_jurorLayout->addWidget(box);
        m_jurorChecks.append(box);
    }
    m_jurorLayout->addStretch(1);
    retranslateUi();
}

void JuryRankingTab::resetWhatIf()
{
    m_resetting = true;
    m_method->setCurrentIndex(m_method->findData(int(m_sessionSettings.method)));
    const auto &w = m_sessionSettings.trackWeights;
    m_expertWeight->setValue(w[expertTrack].value_or(0));
    m_citizenWeight->setValue(w[citizenTrack].value_or(0));
    m_expertWeight->setEnabled(w[expertTrack].has_value());
    m_citizenWeight->setEnabled(w[citizenTrack].has_value());
    m_places->setValue(m_sessionSettings.places > 0 ? m_sessionSettings.places : DefaultPlaces);
    for (QCheckBox *box : std::as_const(m_jurorChecks))
        box->setChecked(true);
    m_resetting = false;
}

void JuryRankingTab::whatIfEdited()
{
    if (!m_resetting)
        recompute();
}

jury::RankingOptions JuryRankingTab::whatIfOptions() const
{
    jury::RankingOptions o;
    o.method = RankingMethod(m_method->currentData().toInt());
    const auto &w = m_sessionSettings.trackWeights;
    if (w[expertTrack])
        o.trackWeights[expertTrack] = m_expertWeight->value();
    if (w[citizenTrack])
        o.trackWeights[citizenTrack] = m_citizenWeight->value();
    for (QCheckBox *box : m_jurorChecks) {
        if (!box->isChecked())
            o.excludedJurors.insert(box->property("memberId").toLongLong());
    }
    return o;
}

int JuryRankingTab::places() const
{
    return m_places->value();
}

void JuryRankingTab::recompute()
{
    const jury::RankingOptions options = whatIfOptions();
    m_current = jury::computeRanking(m_input, options);
    const int n = places();
    const int ownPlaces = m_sessionSettings.places > 0 ? m_sessionSettings.places : DefaultPlaces;

    const jury::TopChange change = jury::compareTop(m_ownTop, m_current, n);

    QList<JuryRankingModel::Row> rows;
    rows.reserve(m_current.rows.size());
    int lastOfTop = -1;
    for (const jury::RankedApplication &r : std::as_const(m_current.rows)) {
        JuryRankingModel::Row row;
        row.ranked = r;
        const JuryApplication a
            = m_applications.value(m_applicationIndex.value(r.initiativeId, -1));
        row.name = a.name;
        row.dsNumber = a.dsNumber;
        row.sessionRank = m_ownRank.value(r.initiativeId);
        const bool inTop = r.rank > 0 && r.rank <= n;
        if (change.entering.contains(r.initiativeId))
            row.mark = JuryRankingModel::Mark::Enters;
        else if (change.leaving.contains(r.initiativeId))
            row.mark = JuryRankingModel::Mark::Leaves;
        else if (inTop)
            row.mark = JuryRankingModel::Mark::InTop;
        if (inTop)
            lastOfTop = int(rows.size());
        rows.append(row);
    }
    if (lastOfTop >= 0 && lastOfTop + 1 < rows.size())
        rows[lastOfTop].lastOfTop = true;
    JuryRankingModel::Settings settings;
    settings.places = n;
    settings.sessionTracks = { { m_sessionSettings.trackWeights[expertTrack].has_value(),
        m_sessionSettings.trackWeights[citizenTrack].has_value() } };
    settings.largeSpread
        = JuryRankingModel::largeSpreadFor(m_sessionSettings.scaleMin, m_sessionSettings.scaleMax);
    m_model->setRows(rows, settings);

    // Who has not finished what, whatever the what-if leaves out.
    QHash<qint64, Juror> jurors;
    for (const Juror &j : std::as_const(m_jurors))
        jurors.insert(j.memberId, j);
    QList<JuryIncompleteModel::Row> incomplete;
    for (const jury::IncompleteTotal &t : std::as_const(m_baseline.incomplete)) {
        const Juror j = jurors.value(t.memberId);
        incomplete.append({ j.name, j.track,
            m_applications.value(m_applicationIndex.value(t.initiativeId, -1)).name, t.scored,
            m_criteria });
    }
    m_incompleteModel->setRows(incomplete);

    // What the what-if changes.
    QStringList entering;
    QStringList leaving;
    for (const qint64 id : change.entering)
        entering << m_applications.value(m_applicationIndex.value(id, -1)).name;
    for (const qint64 id : change.leaving)
        leaving << m_applications.value(m_applicationIndex.value(id, -1)).name;
    QStringList lines;
    if (!entering.isEmpty())
        lines << tr("▲ Enter the top %1: %2.").arg(n).arg(QLocale().createSeparatedList(entering));
    if (!leaving.isEmpty())
        lines << tr("▼ Leave the top %1: %2.").arg(n).arg(QLocale().createSeparatedList(leaving));
    if (lines.isEmpty())
        lines << tr("Same top %1 as with the session's own settings.").arg(n);
    const bool noWeight
        = (!options.trackWeights[expertTrack] || *options.trackWeights[expertTrack] <= 0)
        && (!options.trackWeights[citizenTrack] || *options.trackWeights[citizenTrack] <= 0);
    if (noWeight && session() != 0)
        lines << tr("Every track weighs 0: no application can have a combined score.");
    m_changes->setText(lines.join(QLatin1Char('\n')));

    const bool own = options.method == m_sessionSettings.method && options.excludedJurors.isEmpty()
        && n == ownPlaces
        && options.trackWeights[expertTrack] == m_sessionSettings.trackWeights[expertTrack]
        && options.trackWeights[citizenTrack] == m_sessionSettings.trackWeights[citizenTrack];
    m_whatIfBanner->setVisible(!own);
    m_reset->setEnabled(!own);
    retranslateUi();
    // The chart changes with the jurors left out only (its names say so), and is drawn when
    // its tab is shown: sixty boxes take longer to draw than the ranking to compute.
    if (options.excludedJurors != m_chartExcluded) {
        m_chartExcluded = options.excludedJurors;
        m_chartStale = true;
    }
    if (m_chartStale && m_views->currentWidget() == m_chartPage)
        updateChart();
}

void JuryRankingTab::updateChart()
{
    m_chartStale = false;
    const QSet<qint64> &excluded = m_chartExcluded;
    QList<JuryScoreChart::Juror> jurors;
    for (std::size_t j = 0; j < m_input.jurors.size() && j < m_jurorTotals.size(); ++j) {
        const qint64 member = m_input.jurors[j].memberId;
        JuryScoreChart::Juror c;
        for (const Juror &known : std::as_const(m_jurors)) {
            if (known.memberId == member)
                c.name = known.name;
        }
        c.track = m_input.jurors[j].track;
        c.totals = m_jurorTotals[j];
        c.leftOut = excluded.contains(member);
        jurors.append(c);
    }
    m_chart->setJurors(jurors, m_sessionSettings.scaleMin, m_sessionSettings.scaleMax);
}

void JuryRankingTab::exportCsv(const QString &path) const
{
    saveFile(path, jury::rankingCsv(m_current, m_applications).toUtf8());
}

void JuryRankingTab::retranslateUi()
{
    m_export->setText(tr("&Export CSV…"));
    m_export->setToolTip(tr("The ranking shown, with the columns of \"tremplin-cli jury "
                            "ranking --format csv\""));
    m_views->setTabText(0, tr("Ranking"));
    m_views->setTabText(1, tr("Jurors' scores"));
    m_table->setAccessibleName(tr("Ranking"));
    m_incompleteBox->setTitle(
        tr("Incomplete totals, not counted (%n)", nullptr, int(m_incompleteModel->rowCount())));
    m_incompleteTable->setAccessibleName(tr("Incomplete totals"));
    m_whatIf->setTitle(tr("What if…"));
    m_whatIfNote->setText(
        tr("Try other settings and see the top change at once. Nothing here is written to the "
           "file; the session's settings are changed in Set-up."));
    m_methodLabel->setText(tr("&Method:"));
    m_method->setItemText(0, label(RankingMethod::Mean));
    m_method->setItemText(1, label(RankingMethod::ZScore));
    m_expertLabel->setText(tr("&Weight of the %1:").arg(label(JuryTrack::Expert).toLower()));
    m_citizenLabel->setText(tr("Wei&ght of the %1:").arg(label(JuryTrack::Citizen).toLower()));
    m_expertWeight->setToolTip(m_expertWeight->isEnabled()
            ? QString()
            : tr("This session has no %1.").arg(label(JuryTrack::Expert).toLower()));
    m_citizenWeight->setToolTip(m_citizenWeight->isEnabled()
            ? QString()
            : tr("This session has no %1.").arg(label(JuryTrack::Citizen).toLower()));
    m_placesLabel->setText(tr("Places (top &N):"));
    m_places->setToolTip(m_sessionSettings.places > 0
            ? tr("The promotion has %n place(s).", nullptr, m_sessionSettings.places)
            : tr("The promotion's places are not set: %1 assumed.").arg(DefaultPlaces));
    m_jurorsLabel->setText(tr("Jurors counted (untick one to leave them out):"));
    for (QCheckBox *box : std::as_const(m_jurorChecks)) {
        const qint64 member = box->property("memberId").toLongLong();
        for (const Juror &j : std::as_const(m_jurors)) {
            if (j.memberId == member)
                box->setText(tr("%1 (%2)", "juror (track)").arg(j.name, label(j.track)));
        }
    }
    m_reset->setText(tr("Rese&t to the session's settings"));
    m_whatIfBanner->setText(tr("What-if: this ranking is not the session's (method, weights, "
                               "jurors or places changed in the panel). The file is unchanged."));
    m_savePicture->setText(tr("Save as P&icture…"));

    const int ranked = int(std::count_if(m_current.rows.cbegin(), m_current.rows.cend(),
        [](const jury::RankedApplication &r) { return r.rank > 0; }));
    const int unranked = int(m_current.rows.size()) - ranked;
    if (session() == 0) {
        m_summary->setText(tr("Choose a jury session to see its ranking."));
    } else {
        QStringList parts;
        parts << tr("%n application(s) ranked", nullptr, ranked);
        if (unranked > 0)
            parts << tr("%n without a complete total (listed last)", nullptr, unranked);
        parts << tr("method: %1").arg(label(RankingMethod(m_method->currentData().toInt())));
        const double large = JuryRankingModel::largeSpreadFor(
            m_sessionSettings.scaleMin, m_sessionSettings.scaleMax);
        m_summary->setText(parts.join(QStringLiteral(" · ")) + QLatin1Char('\n')
            + tr("Bold: in the top %1 (a rule under the last one). ⚠: jurors' totals differ by "
                 "%2 or more.")
                  .arg(places())
                  .arg(QLocale().toString(large, 'f', 2)));
    }
}

void JuryRankingTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_model->retranslate();
        m_incompleteModel->retranslate();
    }
    JuryTab::changeEvent(event);
}

} // namespace tremplin
