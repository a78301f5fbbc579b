// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurysetuptab.h"

#include "../commands/databasecommand.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "../forms/referencepicker.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "core/error.h"
#include "core/exports/savefile.h"
#include "core/services/juryservice.h"
#include "core/services/programmeservice.h"
#include "jurysetupcommands.h"
#include "jurysetupdialog.h"
#include "jurysetupmodels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalBlocker>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>

namespace tremplin {

namespace {

const QString sessionTable = QStringLiteral("jury_session");
const QString criterionTable = QStringLiteral("jury_criterion");
const QString trackTable = QStringLiteral("jury_track");
const QString memberTable = QStringLiteral("committee_member");

QDoubleSpinBox *scoreSpin(QWidget *parent, const char *name)
{
    auto *spin = new QDoubleSpinBox(parent);
    spin->setObjectName(QLatin1String(name));
    spin->setDecimals(2);
    spin->setRange(-1000, 1000);
    spin->setKeyboardTracking(false);
    return spin;
}

QTableView *listView(QWidget *parent, const char *name)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QLatin1String(name));
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QPushButton *button(QWidget *parent, const char *name)
{
    auto *b = new QPushButton(parent);
    b->setObjectName(QLatin1String(name));
    return b;
}

} // namespace

JurySetupTab::JurySetupTab(QWidget *parent)
    : JuryTab(parent)
    , m_newSession(button(this, "juryNewSession"))
    , m_deleteSession(button(this, "juryDeleteSession"))
    , m_saveTemplate(button(this, "jurySaveTemplate"))
    , m_loadTemplate(button(this, "juryLoadTemplate"))
    , m_noSession(new QLabel(this))
    , m_sections(new QTabWidget(this))
    , m_settingsBox(new QGroupBox(this))
    , m_tracksBox(new QGroupBox(this))
    , m_name(new QLineEdit(this))
    , m_promotion(new QComboBox(this))
    , m_scaleMin(scoreSpin(this, "juryScaleMin"))
    , m_scaleMax(scoreSpin(this, "juryScaleMax"))
    , m_scaleStep(scoreSpin(this, "juryScaleStep"))
    , m_method(new QComboBox(this))
    , m_blind(new QCheckBox(this))
    , m_blindHint(new QLabel(this))
    , m_tracksHint(new QLabel(this))
    , m_criteriaHint(new QLabel(this))
    , m_criteriaView(listView(this, "juryCriteria"))
    , m_addCriterion(button(this, "juryAddCriterion"))
    , m_removeCriterion(button(this, "juryRemoveCriterion"))
    , m_moveUp(button(this, "juryCriterionUp"))
    , m_moveDown(button(this, "juryCriterionDown"))
    , m_jurorLabel(new QLabel(this))
    , m_jurorPicker(new ReferencePicker(this))
    , m_jurorTrackLabel(new QLabel(this))
    , m_jurorTrack(new QComboBox(this))
    , m_addJuror(button(this, "juryAddJuror"))
    , m_removeJuror(button(this, "juryRemoveJuror"))
    , m_jurorsView(listView(this, "juryJurors"))
    , m_jurors(new JuryRowsModel(this))
    , m_assignmentHint(new QLabel(this))
    , m_assignAll(button(this, "juryAssignAll"))
    , m_maxLabel(new QLabel(this))
    , m_maxPerJuror(new QSpinBox(this))
    , m_minLabel(new QLabel(this))
    , m_minPerTrack(new QSpinBox(this))
    , m_assignBalanced(button(this, "juryAssignBalanced"))
    , m_assignmentView(new QTableView(this))
    , m_assignment(new JuryAssignmentModel(this))
    , m_conflictsHint(new QLabel(this))
    , m_conflictJurorLabel(new QLabel(this))
    , m_conflictJuror(new QComboBox(this))
    , m_conflictApplicationLabel(new QLabel(this))
    , m_conflictApplication(new QComboBox(this))
    , m_conflictReasonLabel(new QLabel(this))
    , m_conflictReason(new QLineEdit(this))
    , m_declareConflict(button(this, "juryDeclareConflict"))
    , m_withdrawConflict(button(this, "juryWithdrawConflict"))
    , m_conflictsView(listView(this, "juryConflicts"))
    , m_conflicts(new JuryRowsModel(this))
    , m_refresh(new DeferredRefresh(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("jurySetupTab"));
    m_name->setObjectName(QStringLiteral("juryName"));
    m_promotion->setObjectName(QStringLiteral("juryPromotion"));
    m_method->setObjectName(QStringLiteral("juryMethod"));
    m_blind->setObjectName(QStringLiteral("juryBlind"));
    m_jurorPicker->setObjectName(QStringLiteral("juryJurorPicker"));
    m_jurorTrack->setObjectName(QStringLiteral("juryJurorTrack"));
    m_maxPerJuror->setObjectName(QStringLiteral("juryMaxPerJuror"));
    m_minPerTrack->setObjectName(QStringLiteral("juryMinPerTrack"));
    m_assignmentView->setObjectName(QStringLiteral("juryAssignment"));
    m_conflictJuror->setObjectName(QStringLiteral("juryConflictJuror"));
    m_conflictApplication->setObjectName(QStringLiteral("juryConflictApplication"));
    m_conflictReason->setObjectName(QStringLiteral("juryConflictReason"));
    m_sections->setObjectName(QStringLiteral("jurySetupSections"));
    m_noSession->setWordWrap(true);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    bar->addWidget(m_newSession);
    bar->addWidget(m_deleteSession);
    bar->addStretch(1);
    bar->addWidget(m_loadTemplate);
    bar->addWidget(m_saveTemplate);
    layout->addLayout(bar);
    layout->addWidget(m_noSession);
    layout->addWidget(m_sections, 1);

    // Settings and tracks, side by side.
    auto *settingsPage = new QWidget(m_sections);
    auto *settingsLayout = new QHBoxLayout(settingsPage);
    auto *form = new QFormLayout(m_settingsBox);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_promotion->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_promotion->setMinimumContentsLength(16);
    m_scaleStep->setMinimum(0);
    for (QWidget *field : { static_cast<QWidget *>(m_name), static_cast<QWidget *>(m_promotion),
             static_cast<QWidget *>(m_scaleMin), static_cast<QWidget *>(m_scaleMax),
             static_cast<QWidget *>(m_scaleStep), static_cast<QWidget *>(m_method) }) {
        auto *fieldLabel = new QLabel(m_settingsBox);
        fieldLabel->setBuddy(field);
        form->addRow(fieldLabel, field);
    }
    form->addRow(m_blind);
    // The explanation wraps: the check box's text would not, and would widen the window.
    m_blindHint->setWordWrap(true);
    form->addRow(m_blindHint);
    settingsLayout->addWidget(m_settingsBox, 3);
    auto *tracksLayout = new QGridLayout(m_tracksBox);
    m_tracksHint->setWordWrap(true);
    tracksLayout->addWidget(m_tracksHint, 0, 0, 1, 3);
    for (int t = 0; t < 2; ++t) {
        m_trackCheck[t] = new QCheckBox(m_tracksBox);
        m_trackCheck[t]->setObjectName(
            t == 0 ? QStringLiteral("juryTrackExpert") : QStringLiteral("juryTrackCitizen"));
        m_trackWeight[t] = new QDoubleSpinBox(m_tracksBox);
        m_trackWeight[t]->setObjectName(t == 0 ? QStringLiteral("juryTrackExpertWeight")
                                               : QStringLiteral("juryTrackCitizenWeight"));
        m_trackWeight[t]->setDecimals(2);
        m_trackWeight[t]->setRange(0, 1000);
        m_trackWeight[t]->setKeyboardTracking(false);
        m_trackWeightLabel[t] = new QLabel(m_tracksBox);
        m_trackWeightLabel[t]->setBuddy(m_trackWeight[t]);
        tracksLayout->addWidget(m_trackCheck[t], t + 1, 0);
        tracksLayout->addWidget(m_trackWeightLabel[t], t + 1, 1);
        tracksLayout->addWidget(m_trackWeight[t], t + 1, 2);
        connect(
            m_trackCheck[t], &QCheckBox::clicked, this, [this, t](bool on) { setTrack(t, on); });
        connect(m_trackWeight[t], &QDoubleSpinBox::editingFinished, this,
            [this, t] { setTrackWeight(t); });
    }
    tracksLayout->setRowStretch(3, 1);
    tracksLayout->setColumnStretch(0, 1);
    settingsLayout->addWidget(m_tracksBox, 2);
    m_sections->addTab(settingsPage, QString());

    // Criteria.
    auto *criteriaPage = new QWidget(m_sections);
    auto *criteriaLayout = new QVBoxLayout(criteriaPage);
    m_criteriaHint->setWordWrap(true);
    criteriaLayout->addWidget(m_criteriaHint);
    auto *criteriaRow = new QHBoxLayout;
    criteriaRow->addWidget(m_criteriaView, 1);
    auto *criteriaButtons = new QVBoxLayout;
    criteriaButtons->addWidget(m_addCriterion);
    criteriaButtons->addWidget(m_removeCriterion);
    criteriaButtons->addWidget(m_moveUp);
    criteriaButtons->addWidget(m_moveDown);
    criteriaButtons->addStretch(1);
    criteriaRow->addLayout(criteriaButtons);
    criteriaLayout->addLayout(criteriaRow, 1);
    m_criteriaView->setEditTriggers(QAbstractItemView::DoubleClicked
        | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    auto *criteriaDelegate = new RecordDelegate(m_criteriaView);
    m_criteriaView->setItemDelegate(criteriaDelegate);
    m_sections->addTab(criteriaPage, QString());

    // Jurors.
    auto *jurorsPage = new QWidget(m_sections);
    auto *jurorsLayout = new QVBoxLayout(jurorsPage);
    auto *jurorsBar = new QHBoxLayout;
    m_jurorLabel->setBuddy(m_jurorPicker);
    m_jurorTrackLabel->setBuddy(m_jurorTrack);
    jurorsBar->addWidget(m_jurorLabel);
    jurorsBar->addWidget(m_jurorPicker, 1);
    jurorsBar->addWidget(m_jurorTrackLabel);
    jurorsBar->addWidget(m_jurorTrack);
    jurorsBar->addWidget(m_addJuror);
    jurorsLayout->addLayout(jurorsBar);
    m_jurorsView->setModel(m_jurors);
    m_jurorsView->setItemDelegate(new RecordDelegate(m_jurorsView));
    m_jurorsView->setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed);
    jurorsLayout->addWidget(m_jurorsView, 1);
    auto *jurorsButtons = new QHBoxLayout;
    jurorsButtons->addStretch(1);
    jurorsButtons->addWidget(m_removeJuror);
    jurorsLayout->addLayout(jurorsButtons);
    m_sections->addTab(jurorsPage, QString());
    m_jurors->setEditable(
        JurorTrack,
        [this](const JuryRowsModel::Row &row, const QVariant &value) {
            const auto track = fromCode<JuryTrack>(value.toString());
            if (!track || !document())
                return false;
            bool has = false;
            for (const JuryTrackRow &t : std::as_const(m_tracks))
                has |= t.code == *track;
            if (!has) {
                Q_EMIT problem(tr("The session has no %1 track: tick it in Settings first.")
                                   .arg(label(*track)));
                return false;
            }
            return push(std::make_unique<SetFieldCommand>(*document(), memberTable,
                QStringLiteral("track"), row.id, value,
                tr("Change the track of %1").arg(row.cells.value(JurorName).toString())));
        },
        [](int role) {
            return RecordTableModel::columnData(memberTable, QStringLiteral("track"), role);
        });

    // Assignment.
    auto *assignmentPage = new QWidget(m_sections);
    auto *assignmentLayout = new QVBoxLayout(assignmentPage);
    m_assignmentHint->setWordWrap(true);
    assignmentLayout->addWidget(m_assignmentHint);
    auto *allBar = new QHBoxLayout;
    allBar->addWidget(m_assignAll);
    allBar->addStretch(1);
    assignmentLayout->addLayout(allBar);
    // Balanced on a line of its own: side by side they would widen the window in French.
    auto *assignBar = new QHBoxLayout;
    m_maxPerJuror->setRange(0, 100000);
    m_minPerTrack->setRange(1, 1000);
    m_maxLabel->setBuddy(m_maxPerJuror);
    m_minLabel->setBuddy(m_minPerTrack);
    assignBar->addWidget(m_maxLabel);
    assignBar->addWidget(m_maxPerJuror);
    assignBar->addWidget(m_minLabel);
    assignBar->addWidget(m_minPerTrack);
    assignBar->addWidget(m_assignBalanced);
    assignBar->addStretch(1);
    assignmentLayout->addLayout(assignBar);
    m_assignmentView->setModel(m_assignment);
    m_assignmentView->horizontalHeader()->setDefaultSectionSize(110);
    m_assignmentView->verticalHeader()->setMaximumWidth(360);
    assignmentLayout->addWidget(m_assignmentView, 1);
    m_sections->addTab(assignmentPage, QString());
    m_assignment->setWriter([this](qint64 member, qint64 initiative, bool assigned) {
        if (!document())
            return false;
        return push(
            std::make_unique<AssignCommand>(*document(), session(), member, initiative, assigned,
                assigned ? tr("Assign an application by hand") : tr("Withdraw an assignment")));
    });

    // Conflicts of interest.
    auto *conflictsPage = new QWidget(m_sections);
    auto *conflictsLayout = new QVBoxLayout(conflictsPage);
    m_conflictsHint->setWordWrap(true);
    conflictsLayout->addWidget(m_conflictsHint);
    auto *conflictForm = new QGridLayout;
    m_conflictJurorLabel->setBuddy(m_conflictJuror);
    m_conflictApplicationLabel->setBuddy(m_conflictApplication);
    m_conflictReasonLabel->setBuddy(m_conflictReason);
    m_conflictApplication->setEditable(true);
    m_conflictApplication->setInsertPolicy(QComboBox::NoInsert);
    m_conflictApplication->completer()->setFilterMode(Qt::MatchContains);
    m_conflictApplication->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_conflictApplication->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_conflictApplication->setMinimumContentsLength(20);
    m_conflictJuror->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_conflictJuror->setMinimumContentsLength(16);
    conflictForm->addWidget(m_conflictJurorLabel, 0, 0);
    conflictForm->addWidget(m_conflictJuror, 0, 1);
    conflictForm->addWidget(m_conflictApplicationLabel, 0, 2);
    conflictForm->addWidget(m_conflictApplication, 0, 3);
    conflictForm->addWidget(m_conflictReasonLabel, 1, 0);
    conflictForm->addWidget(m_conflictReason, 1, 1, 1, 3);
    conflictForm->addWidget(m_declareConflict, 1, 4);
    conflictForm->setColumnStretch(1, 1);
    conflictForm->setColumnStretch(3, 2);
    conflictsLayout->addLayout(conflictForm);
    m_conflictsView->setModel(m_conflicts);
    conflictsLayout->addWidget(m_conflictsView, 1);
    auto *conflictButtons = new QHBoxLayout;
    conflictButtons->addStretch(1);
    conflictButtons->addWidget(m_withdrawConflict);
    conflictsLayout->addLayout(conflictButtons);
    m_sections->addTab(conflictsPage, QString());

    connect(m_newSession, &QPushButton::clicked, this, &JurySetupTab::newSession);
    connect(m_deleteSession, &QPushButton::clicked, this, &JurySetupTab::deleteSession);
    connect(m_saveTemplate, &QPushButton::clicked, this, [this] { saveTemplate(); });
    connect(m_loadTemplate, &QPushButton::clicked, this, &JurySetupTab::loadTemplate);
    connect(m_name, &QLineEdit::editingFinished, this, [this] {
        if (!document() || m_committee == 0)
            return;
        const QString name = m_name->text().trimmed();
        const JurySession s = JuryService(document()->database()).session(session());
        if (name == s.name)
            return;
        const qint64 other = JuryService(document()->database()).findSession(name);
        if (other != 0 && other != session()) {
            Q_EMIT problem(tr("Another jury session is named \"%1\".").arg(name));
            m_name->setText(s.name);
            return;
        }
        if (!push(std::make_unique<SetFieldCommand>(*document(), QStringLiteral("committee"),
                QStringLiteral("name"), m_committee, name, tr("Rename the jury session"))))
            m_name->setText(s.name);
    });
    connect(m_promotion, &QComboBox::activated, this, [this] {
        if (!document() || m_committee == 0)
            return;
        if (!push(std::make_unique<SetFieldCommand>(*document(), QStringLiteral("committee"),
                QStringLiteral("promotion_id"), m_committee, m_promotion->currentData(),
                tr("Change the promotion of the jury session"))))
            reload();
    });
    const auto spin = [this](QDoubleSpinBox *box, const char *column, auto labelOf) {
        connect(box, &QDoubleSpinBox::editingFinished, this, [this, box, column, labelOf] {
            setSessionField(QLatin1String(column), box->value(), labelOf());
        });
    };
    spin(m_scaleMin, "scale_min", [] { return tr("Change the lowest score"); });
    spin(m_scaleMax, "scale_max", [] { return tr("Change the highest score"); });
    spin(m_scaleStep, "scale_step", [] { return tr("Change the score step"); });
    connect(m_method, &QComboBox::activated, this, [this] {
        setSessionField(
            QStringLiteral("method"), m_method->currentData(), tr("Change the ranking method"));
    });
    connect(m_blind, &QCheckBox::clicked, this, [this](bool on) {
        setSessionField(QStringLiteral("blind"), on ? 1 : 0,
            on ? tr("Turn blind scoring on") : tr("Turn blind scoring off"));
    });
    connect(m_addCriterion, &QPushButton::clicked, this, &JurySetupTab::addCriterion);
    connect(m_removeCriterion, &QPushButton::clicked, this, &JurySetupTab::removeCriterion);
    connect(m_moveUp, &QPushButton::clicked, this, [this] { moveCriterion(-1); });
    connect(m_moveDown, &QPushButton::clicked, this, [this] { moveCriterion(1); });
    connect(m_addJuror, &QPushButton::clicked, this, &JurySetupTab::addJuror);
    connect(m_removeJuror, &QPushButton::clicked, this, &JurySetupTab::removeJuror);
    connect(m_assignAll, &QPushButton::clicked, this, [this] { assign(false); });
    connect(m_assignBalanced, &QPushButton::clicked, this, [this] { assign(true); });
    connect(m_declareConflict, &QPushButton::clicked, this, &JurySetupTab::declareConflict);
    connect(m_withdrawConflict, &QPushButton::clicked, this, &JurySetupTab::withdrawConflict);
    for (QTableView *view : { m_jurorsView, m_conflictsView }) {
        connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JurySetupTab::updateButtons);
    }
    retranslateUi();
    updateButtons();
}

JurySetupTab::~JurySetupTab()
{
    // An open editor is dropped, not written: it would report to a page already half gone.
    disconnect(m_changed);
    m_criteriaView->reset();
    m_jurorsView->reset();
    blockSignals(true);
}

void JurySetupTab::documentChanged()
{
    disconnect(m_changed);
    m_criteriaView->setModel(nullptr);
    m_criteria.reset();
    m_committee = 0;
    if (Document *doc = document()) {
        m_criteria
            = std::make_unique<RecordTableModel>(*doc, criterionTable, QStringLiteral("session_id"),
                QStringList { QStringLiteral("name"), QStringLiteral("weight"),
                    QStringLiteral("description"), QStringLiteral("position") },
                QStringLiteral("position, id"));
        m_criteria->setReadOnly(QStringLiteral("position"));
        m_criteriaView->setModel(m_criteria.get());
        m_criteriaView->hideColumn(3);
        m_criteriaView->horizontalHeader()->resizeSection(0, 220);
        m_criteriaView->horizontalHeader()->resizeSection(1, 80);
        connect(m_criteria.get(), &RecordTableModel::editRefused, this, &JuryTab::problem);
        connect(m_criteriaView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &JurySetupTab::updateButtons);
        m_jurorPicker->setSource(doc->database(), ChoiceKind::Person);
        m_changed
            = connect(&doc->database(), &Database::changed, this, [this](const ChangeSet &changes) {
                  if (touches(changes,
                          { QLatin1String("jury_session"), QLatin1String("committee"),
                              QLatin1String("committee_member"), QLatin1String("jury_track"),
                              QLatin1String("jury_assignment"), QLatin1String("jury_conflict"),
                              QLatin1String("promotion"), QLatin1String("initiative"),
                              QLatin1String("person") }))
                      m_refresh->request();
              });
    }
    reloadPromotions();
    reload();
}

void JurySetupTab::sessionChanged()
{
    if (m_criteria)
        m_criteria->setParentId(session());
    reload();
}

bool JurySetupTab::push(std::unique_ptr<DatabaseCommand> command)
{
    if (!document())
        return false;
    QString error;
    if (!DatabaseCommand::push(*document(), std::move(command), &error)) {
        Q_EMIT problem(error);
        return false;
    }
    Q_EMIT problem(QString());
    return true;
}

void JurySetupTab::setSessionField(
    const QString &column, const QVariant &value, const QString &label)
{
    if (!document() || session() == 0)
        return;
    const QVariant stored
        = RecordService(document()->database()).value(sessionTable, column, session());
    if (stored == value
        || (stored.typeId() == QMetaType::Double && value.canConvert<double>()
            && qFuzzyCompare(stored.toDouble(), value.toDouble())))
        return;
    if (!push(std::make_unique<SetFieldCommand>(
            *document(), sessionTable, column, session(), value, label)))
        reload(); // the widget shows what is stored again
}

void JurySetupTab::reloadPromotions()
{
    const QSignalBlocker blocker(m_promotion);
    m_promotion->clear();
    if (!document())
        return;
    try {
        for (const Promotion &p : ProgrammeService(document()->database()).promotions())
            m_promotion->addItem(p.name, p.id);
    } catch (const Error &e) {
        Q_EMIT problem(e.message());
    }
}

void JurySetupTab::reload()
{
    m_tracks.clear();
    m_committee = 0;
    JurySession s;
    QList<JuryCriterion> criteria;
    QList<Juror> jurors;
    QList<JuryApplication> applications;
    QList<JuryConflictRow> conflicts;
    QSet<QPair<qint64, qint64>> assigned;
    if (document() && session() != 0) {
        try {
            Database &db = document()->database();
            const JuryService jury(db);
            const JurySetupService setup(db);
            s = jury.session(session());
            m_committee = s.committeeId;
            jurors = jury.jurors(session());
            applications = jury.applications(session());
            conflicts = setup.conflicts(session());
            assigned = setup.assignments(session());
            m_tracks = setup.tracks(session());
        } catch (const Error &e) {
            Q_EMIT problem(e.message());
        }
    }
    const bool has = m_committee != 0;
    m_sections->setEnabled(has);
    m_noSession->setVisible(document() && !has);

    {
        const QSignalBlocker b1(m_name);
        const QSignalBlocker b2(m_promotion);
        const QSignalBlocker b3(m_scaleMin);
        const QSignalBlocker b4(m_scaleMax);
        const QSignalBlocker b5(m_scaleStep);
        const QSignalBlocker b6(m_method);
        const QSignalBlocker b7(m_blind);
        if (document() && m_promotion->findData(s.promotionId) < 0 && s.promotionId != 0)
            reloadPromotions();
        m_name->setText(s.name);
        m_promotion->setCurrentIndex(m_promotion->findData(s.promotionId));
        m_scaleMin->setValue(s.scaleMin);
        m_scaleMax->setValue(s.scaleMax);
        m_scaleStep->setValue(s.scaleStep);
        m_method->setCurrentIndex(m_method->findData(toCode(s.method)));
        m_blind->setChecked(s.blind);
        const int minPerTrack = std::max(1, s.minPerTrack);
        m_maxPerJuror->setValue(s.maxPerJuror);
        m_minPerTrack->setValue(minPerTrack);
    }
    for (int t = 0; t < 2; ++t) {
        const QSignalBlocker b1(m_trackCheck[t]);
        const QSignalBlocker b2(m_trackWeight[t]);
        const auto &w = s.trackWeights[std::size_t(t)];
        m_trackCheck[t]->setChecked(w.has_value());
        m_trackWeight[t]->setEnabled(w.has_value());
        m_trackWeight[t]->setValue(w.value_or(1));
    }
    {
        const QString current = m_jurorTrack->currentData().toString();
        const QSignalBlocker b(m_jurorTrack);
        m_jurorTrack->clear();
        for (const JuryTrackRow &t : std::as_const(m_tracks))
            m_jurorTrack->addItem(label(t.code), toCode(t.code));
        m_jurorTrack->setCurrentIndex(std::max(0, m_jurorTrack->findData(current)));
    }

    // Jurors with their load.
    QHash<qint64, int> load;
    QHash<qint64, int> conflictsOf;
    for (const auto &pair : std::as_const(assigned))
        ++load[pair.first];
    for (const JuryConflictRow &c : std::as_const(conflicts))
        ++conflictsOf[c.memberId];
    const qint64 currentJuror
        = m_jurorsView->currentIndex().data(JuryRowsModel::IdRole).toLongLong();
    QList<JuryRowsModel::Row> jurorRows;
    for (const Juror &j : std::as_const(jurors)) {
        JuryRowsModel::Row row;
        row.id = j.memberId;
        row.cells = { j.name, j.email, label(j.track), QLocale().toString(load.value(j.memberId)),
            QLocale().toString(conflictsOf.value(j.memberId)) };
        row.edit = { j.name, j.email, toCode(j.track) };
        row.key = j.personId;
        jurorRows.append(row);
    }
    m_jurors->setRows(jurorRows);
    if (const int r = m_jurors->rowOf(currentJuror); r >= 0)
        m_jurorsView->setCurrentIndex(m_jurors->index(r, 0));

    // Assignment matrix.
    QList<JuryAssignmentModel::Line> appLines;
    for (const JuryApplication &a : std::as_const(applications))
        appLines.append({ a.initiativeId,
            a.dsNumber ? tr("%1 (no. %2)", "application (its dossier number)")
                             .arg(a.name, QString::number(a.dsNumber))
                       : a.name });
    QList<JuryAssignmentModel::Line> jurorLines;
    for (const Juror &j : std::as_const(jurors))
        jurorLines.append({ j.memberId, j.name });
    QSet<QPair<qint64, qint64>> conflictPairs;
    for (const JuryConflictRow &c : std::as_const(conflicts))
        conflictPairs.insert({ c.memberId, c.initiativeId });
    m_assignment->setData(appLines, jurorLines, assigned, conflictPairs);

    // Conflicts.
    {
        const qint64 juror = m_conflictJuror->currentData().toLongLong();
        const QSignalBlocker b(m_conflictJuror);
        m_conflictJuror->clear();
        for (const Juror &j : std::as_const(jurors))
            m_conflictJuror->addItem(j.name, j.memberId);
        m_conflictJuror->setCurrentIndex(std::max(0, m_conflictJuror->findData(juror)));
        const QString application = m_conflictApplication->currentText();
        const QSignalBlocker b2(m_conflictApplication);
        m_conflictApplication->clear();
        for (const JuryAssignmentModel::Line &a : std::as_const(appLines))
            m_conflictApplication->addItem(a.label, a.id);
        m_conflictApplication->setCurrentIndex(m_conflictApplication->findText(application));
    }
    QList<JuryRowsModel::Row> conflictRows;
    for (const JuryConflictRow &c : std::as_const(conflicts)) {
        JuryRowsModel::Row row;
        row.id = c.memberId;
        row.key = c.initiativeId;
        const QDate on = QDate::fromString(c.declaredOn, Qt::ISODate);
        row.cells = { c.juror, c.application,
            on.isValid() ? QLocale().toString(on, QLocale::ShortFormat) : QString(), c.reason };
        conflictRows.append(row);
    }
    m_conflicts->setRows(conflictRows);
    if (m_criteria && m_criteria->parentId() != session())
        m_criteria->setParentId(session());
    for (QTableView *view : { m_conflictsView, m_jurorsView }) {
        view->resizeColumnsToContents();
        for (int c = 0; c < view->model()->columnCount(); ++c)
            view->setColumnWidth(c, std::min(view->columnWidth(c), 360));
    }
    m_assignmentView->horizontalHeader()->resizeSections(QHeaderView::ResizeToContents);
    updateButtons();
}

void JurySetupTab::updateButtons()
{
    const bool has = document() && m_committee != 0;
    m_newSession->setEnabled(document() != nullptr);
    m_loadTemplate->setEnabled(document() != nullptr);
    m_deleteSession->setEnabled(has);
    m_saveTemplate->setEnabled(has);
    const int criterion = m_criteriaView->currentIndex().row();
    const int criteria = m_criteria ? m_criteria->rowCount() : 0;
    m_removeCriterion->setEnabled(has && criterion >= 0 && criteria > 1);
    m_moveUp->setEnabled(has && criterion > 0);
    m_moveDown->setEnabled(has && criterion >= 0 && criterion < criteria - 1);
    m_addJuror->setEnabled(has && !m_tracks.isEmpty());
    m_removeJuror->setEnabled(has && m_jurorsView->currentIndex().isValid());
    const bool jurorsAndApps = m_assignment->rowCount() > 0 && m_assignment->columnCount() > 0;
    m_assignAll->setEnabled(has && jurorsAndApps);
    m_assignBalanced->setEnabled(has && jurorsAndApps);
    m_declareConflict->setEnabled(has && jurorsAndApps);
    m_withdrawConflict->setEnabled(has && m_conflictsView->currentIndex().isValid());
}

// ---------------------------------------------------------------------------------------------
// Sessions and templates

void JurySetupTab::newSession()
{
    if (!document())
        return;
    QList<QPair<QString, qint64>> promotions;
    for (int i = 0; i < m_promotion->count(); ++i)
        promotions.append({ m_promotion->itemText(i), m_promotion->itemData(i).toLongLong() });
    Database &db = document()->database();
    const auto templateFor = [](const QString &name, const QString &promotion) {
        JuryTemplate t = JuryTemplate::defaults();
        t.name = name;
        t.promotion = promotion;
        return t;
    };
    JurySetupNewSessionDialog dialog(
        promotions,
        [&db, templateFor](const QString &name, const QString &promotion) {
            const JuryService jury(db);
            QStringList problems = jury.checkTemplate(templateFor(name, promotion));
            if (!name.isEmpty() && jury.findSession(name) != 0)
                problems.prepend(tr("A jury session is already named \"%1\".").arg(name));
            return problems;
        },
        window());
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto command = std::make_unique<ApplySessionTemplateCommand>(*document(),
        templateFor(dialog.name(), dialog.promotion()),
        tr("New jury session %1").arg(dialog.name()));
    ApplySessionTemplateCommand *raw = command.get();
    if (push(std::move(command)))
        Q_EMIT sessionRequested(raw->sessionId());
}

void JurySetupTab::deleteSession()
{
    if (!document() || m_committee == 0)
        return;
    const QString name = m_name->text();
    const auto answer = QMessageBox::question(window(), tr("Delete Jury Session"),
        tr("Delete the jury session \"%1\" with its criteria, jurors, assignments, conflicts of "
           "interest and scores? Edit › Undo brings it back.")
            .arg(name),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes)
        return;
    push(std::make_unique<RemoveRecordCommand>(*document(), QStringLiteral("committee"),
        m_committee, tr("Delete the jury session %1").arg(name)));
}

QString JurySetupTab::saveTemplate(const QString &givenPath)
{
    if (!document() || session() == 0)
        return {};
    QString path = givenPath;
    try {
        const JuryTemplate t = JuryService(document()->database()).templateOf(session());
        if (path.isEmpty()) {
            path = QFileDialog::getSaveFileName(this, tr("Save Jury Template"),
                t.name + QStringLiteral(".json"), tr("Jury templates (*.json)"));
        }
        if (path.isEmpty())
            return {};
        saveFile(path, t.toJson());
        Q_EMIT problem(QString());
        return path;
    } catch (const Error &e) {
        QMessageBox::warning(window(), tr("Save Jury Template"), e.message());
        return {};
    }
}

void JurySetupTab::loadTemplate()
{
    if (!document())
        return;
    const QString path = QFileDialog::getOpenFileName(
        this, tr("Load Jury Template"), QString(), tr("Jury templates (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    QStringList problems;
    JuryTemplate t;
    try {
        t = JuryTemplate::fromFile(path);
        problems = JuryService(document()->database()).checkTemplate(t);
    } catch (const Error &e) {
        problems.append(e.message());
    }
    if (!problems.isEmpty()) {
        QMessageBox box(QMessageBox::Warning, tr("Load Jury Template"),
            tr("This template cannot be loaded; nothing was changed."), QMessageBox::Ok, window());
        box.setObjectName(QStringLiteral("juryTemplateRefused"));
        box.setInformativeText(problems.join(QLatin1Char('\n')));
        box.exec();
        return;
    }
    auto command = std::make_unique<ApplySessionTemplateCommand>(
        *document(), t, tr("Load the jury template %1").arg(t.name));
    ApplySessionTemplateCommand *raw = command.get();
    if (push(std::move(command)))
        Q_EMIT sessionRequested(raw->sessionId());
}

// ---------------------------------------------------------------------------------------------
// Tracks and criteria

void JurySetupTab::setTrack(int track, bool on)
{
    if (!document() || session() == 0)
        return;
    const auto code = JuryTrack(track);
    if (on) {
        push(std::make_unique<InsertRecordCommand>(*document(), trackTable,
            QVariantMap { { QStringLiteral("session_id"), session() },
                { QStringLiteral("code"), toCode(code) },
                { QStringLiteral("weight"),
                    m_trackWeight[track]->value() > 0 ? m_trackWeight[track]->value() : 1.0 } },
            tr("Add the track %1").arg(label(code))));
    } else {
        bool jurorsIn = false;
        for (int r = 0; r < m_jurors->rowCount(); ++r)
            jurorsIn |= m_jurors->row(r)->edit.value(JurorTrack).toString() == toCode(code);
        qint64 id = 0;
        for (const JuryTrackRow &t : std::as_const(m_tracks)) {
            if (t.code == code)
                id = t.id;
        }
        if (jurorsIn) {
            Q_EMIT problem(
                tr("Jurors sit in the track %1: move or remove them first.").arg(label(code)));
        } else if (m_tracks.size() < 2) {
            Q_EMIT problem(tr("A jury session needs at least one track."));
        } else if (id != 0) {
            push(std::make_unique<RemoveRecordCommand>(
                *document(), trackTable, id, tr("Remove the track %1").arg(label(code))));
        }
    }
    reload();
}

void JurySetupTab::setTrackWeight(int track)
{
    if (!document())
        return;
    for (const JuryTrackRow &t : std::as_const(m_tracks)) {
        if (int(t.code) != track || qFuzzyCompare(t.weight, m_trackWeight[track]->value()))
            continue;
        if (!push(std::make_unique<SetFieldCommand>(*document(), trackTable,
                QStringLiteral("weight"), t.id, m_trackWeight[track]->value(),
                tr("Change the weight of the track %1").arg(label(t.code)))))
            reload();
    }
}

void JurySetupTab::addCriterion()
{
    if (!document() || session() == 0 || !m_criteria)
        return;
    QStringList names;
    int position = 0;
    for (int r = 0; r < m_criteria->rowCount(); ++r) {
        names.append(m_criteria->index(r, 0).data(Qt::EditRole).toString().toCaseFolded());
        position = std::max(position, m_criteria->index(r, 3).data(Qt::EditRole).toInt() + 1);
    }
    QString name = tr("New criterion");
    for (int n = 2; names.contains(name.toCaseFolded()); ++n)
        name = tr("New criterion %1").arg(n);
    if (push(std::make_unique<InsertRecordCommand>(*document(), criterionTable,
            QVariantMap { { QStringLiteral("session_id"), session() },
                { QStringLiteral("name"), name }, { QStringLiteral("weight"), 1.0 },
                { QStringLiteral("position"), position } },
            tr("Add a criterion")))) {
        const QModelIndex added = m_criteria->index(m_criteria->rowCount() - 1, 0);
        m_criteriaView->setCurrentIndex(added);
        m_criteriaView->edit(added);
    }
    updateButtons();
}

void JurySetupTab::removeCriterion()
{
    const QModelIndex current = m_criteriaView->currentIndex();
    if (!document() || !m_criteria || !current.isValid())
        return;
    const qint64 id = m_criteria->idAt(current.row());
    const QString name = m_criteria->index(current.row(), 0).data().toString();
    const int scores = JurySetupService(document()->database()).scoresOfCriterion(id);
    if (scores > 0
        && QMessageBox::question(window(), tr("Remove Criterion"),
               tr("The criterion \"%1\" has %n score(s); they are removed with it.", nullptr,
                   scores)
                   .arg(name),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel)
            != QMessageBox::Yes)
        return;
    push(std::make_unique<RemoveRecordCommand>(
        *document(), criterionTable, id, tr("Remove the criterion %1").arg(name)));
    updateButtons();
}

void JurySetupTab::moveCriterion(int by)
{
    const int row = m_criteriaView->currentIndex().row();
    const int target = row + by;
    if (!document() || !m_criteria || row < 0 || target < 0 || target >= m_criteria->rowCount())
        return;
    QList<qint64> order;
    for (int r = 0; r < m_criteria->rowCount(); ++r)
        order.append(m_criteria->idAt(r));
    order.swapItemsAt(row, target);
    auto command = std::make_unique<CompositeCommand>(
        *document(), tr("Move the criterion %1").arg(m_criteria->index(row, 0).data().toString()));
    for (int r = 0; r < order.size(); ++r) {
        const int stored
            = m_criteria->index(m_criteria->rowOf(order.at(r)), 3).data(Qt::EditRole).toInt();
        if (stored != r)
            command->add(std::make_unique<SetFieldCommand>(*document(), criterionTable,
                QStringLiteral("position"), order.at(r), r, QString()));
    }
    const qint64 moved = order.at(target);
    if (push(std::move(command)))
        m_criteriaView->setCurrentIndex(m_criteria->index(m_criteria->rowOf(moved), 0));
    updateButtons();
}

// ---------------------------------------------------------------------------------------------
// Jurors, assignment, conflicts

void JurySetupTab::addJuror()
{
    if (!document() || m_committee == 0)
        return;
    const qint64 person = m_jurorPicker->id();
    if (person <= 0) {
        Q_EMIT problem(tr("Type part of a person's name and choose them in the list."));
        return;
    }
    for (int r = 0; r < m_jurors->rowCount(); ++r) {
        if (m_jurors->row(r)->key.toLongLong() == person) {
            Q_EMIT problem(tr("%1 is already a juror of this session.")
                               .arg(m_jurors->row(r)->cells.value(JurorName).toString()));
            return;
        }
    }
    const QString trackCode = m_jurorTrack->currentData().toString();
    if (push(std::make_unique<InsertRecordCommand>(*document(), memberTable,
            QVariantMap { { QStringLiteral("committee_id"), m_committee },
                { QStringLiteral("person_id"), person }, { QStringLiteral("track"), trackCode } },
            tr("Add the juror %1").arg(m_jurorPicker->text()))))
        m_jurorPicker->setId(0);
}

void JurySetupTab::removeJuror()
{
    const JuryRowsModel::Row *row = m_jurors->row(m_jurorsView->currentIndex().row());
    if (!document() || !row)
        return;
    push(std::make_unique<RemoveRecordCommand>(*document(), memberTable, row->id,
        tr("Remove the juror %1").arg(row->cells.value(JurorName).toString())));
}

void JurySetupTab::assign(bool balanced)
{
    if (!document() || session() == 0)
        return;
    if (balanced) {
        push(std::make_unique<AssignCommand>(*document(), session(), AssignmentMode::Balanced,
            m_maxPerJuror->value(), m_minPerTrack->value(), tr("Assign applications (balanced)")));
    } else {
        push(std::make_unique<AssignCommand>(*document(), session(), AssignmentMode::All, 0, 1,
            tr("Assign every application to every juror")));
    }
}

void JurySetupTab::declareConflict()
{
    if (!document() || session() == 0)
        return;
    const qint64 member = m_conflictJuror->currentData().toLongLong();
    // The application typed or chosen: the text must name one of the list.
    const int index = m_conflictApplication->findText(m_conflictApplication->currentText());
    const qint64 initiative = index >= 0 ? m_conflictApplication->itemData(index).toLongLong() : 0;
    if (member == 0 || initiative == 0) {
        Q_EMIT problem(tr("Choose a juror and an admissible application of the list."));
        return;
    }
    for (int r = 0; r < m_conflicts->rowCount(); ++r) {
        if (m_conflicts->row(r)->id == member
            && m_conflicts->row(r)->key.toLongLong() == initiative) {
            Q_EMIT problem(tr("This conflict of interest is already declared."));
            return;
        }
    }
    if (push(std::make_unique<ConflictCommand>(*document(), session(), member, initiative, true,
            m_conflictReason->text().trimmed(),
            tr("Declare a conflict of interest of %1").arg(m_conflictJuror->currentText()))))
        m_conflictReason->clear();
}

void JurySetupTab::withdrawConflict()
{
    const JuryRowsModel::Row *row = m_conflicts->row(m_conflictsView->currentIndex().row());
    if (!document() || !row)
        return;
    push(std::make_unique<ConflictCommand>(*document(), session(), row->id, row->key.toLongLong(),
        false, QString(),
        tr("Withdraw a conflict of interest of %1").arg(row->cells.value(0).toString())));
}

// ---------------------------------------------------------------------------------------------

void JurySetupTab::retranslateUi()
{
    m_newSession->setText(tr("&New Session…"));
    m_deleteSession->setText(tr("&Delete Session"));
    m_saveTemplate->setText(tr("Save as &Template…"));
    m_loadTemplate->setText(tr("&Load Template…"));
    m_noSession->setText(tr("No session chosen: create one with New Session… or load a "
                            "template saved last year."));
    m_sections->setTabText(Settings, tr("Settings"));
    m_sections->setTabText(Criteria, tr("Criteria"));
    m_sections->setTabText(Jurors, tr("Jurors"));
    m_sections->setTabText(Assignment, tr("Assignment"));
    m_sections->setTabText(Conflicts, tr("Conflicts of interest"));
    m_settingsBox->setTitle(tr("Session"));
    auto *form = qobject_cast<QFormLayout *>(m_settingsBox->layout());
    const QString labels[] = { tr("Na&me:"), tr("&Promotion:"), tr("Lowest &score:"),
        tr("&Highest score:"), tr("Score s&tep:"), tr("Ranking &method:") };
    for (int r = 0; r < 6; ++r) {
        if (auto *l = qobject_cast<QLabel *>(form->itemAt(r, QFormLayout::LabelRole)
                    ? form->itemAt(r, QFormLayout::LabelRole)->widget()
                    : nullptr))
            l->setText(labels[r]);
    }
    m_blind->setText(tr("&Blind scoring"));
    m_blindHint->setText(tr("A juror sees the others' scores of an application only once they "
                            "have scored it."));
    {
        const QString method = m_method->currentData().toString();
        const QSignalBlocker b(m_method);
        m_method->clear();
        for (const auto &e : EnumTraits<RankingMethod>::entries)
            m_method->addItem(label(e.value), toCode(e.value));
        m_method->setCurrentIndex(m_method->findData(method));
    }
    m_tracksBox->setTitle(tr("Tracks"));
    m_tracksHint->setText(tr("A track's score is combined with the others' by its weight (the "
                             "AIC: expert jury of public officials and citizen panel)."));
    m_trackCheck[0]->setText(label(JuryTrack::Expert));
    m_trackCheck[1]->setText(label(JuryTrack::Citizen));
    for (int t = 0; t < 2; ++t)
        m_trackWeightLabel[t]->setText(tr("Weight:"));
    m_trackWeight[0]->setAccessibleName(tr("Weight of the expert jury"));
    m_trackWeight[1]->setAccessibleName(tr("Weight of the citizen panel"));
    m_criteriaHint->setText(tr("A juror's total for an application is the mean of their "
                               "scores weighted by these weights. Double-click or type to edit "
                               "a cell."));
    m_addCriterion->setText(tr("&Add Criterion"));
    m_removeCriterion->setText(tr("&Remove Criterion"));
    m_moveUp->setText(tr("Move &Up"));
    m_moveDown->setText(tr("Move Do&wn"));
    m_jurorLabel->setText(tr("&Person:"));
    m_jurorPicker->setPlaceholderText(tr("Type part of a name of the directory"));
    m_jurorTrackLabel->setText(tr("T&rack:"));
    m_addJuror->setText(tr("&Add Juror"));
    m_removeJuror->setText(tr("&Remove Juror"));
    m_jurors->setHeaders(
        { tr("Juror"), tr("E-mail"), tr("Track"), tr("Assigned"), tr("Conflicts") });
    m_assignmentHint->setText(tr("Only admissible applications go to the jury. A juror with a "
                                 "conflict of interest is never assigned the application "
                                 "(marked COI). Tick a cell to assign by hand."));
    m_assignAll->setText(tr("Assign &All"));
    m_maxLabel->setText(tr("Most per &juror:"));
    m_maxPerJuror->setSpecialValueText(tr("no limit"));
    m_minLabel->setText(tr("Fewest jurors per application in each trac&k:"));
    m_assignBalanced->setText(tr("Assign &Balanced"));
    m_assignment->setConflictText(tr("COI", "conflict of interest, in a cell"),
        tr("Conflict of interest: this juror cannot score this application."));
    m_conflictsHint->setText(tr("A juror with a conflict of interest cannot score the "
                                "application, does not see the others' scores of it and is left "
                                "out of its totals."));
    m_conflictJurorLabel->setText(tr("&Juror:"));
    m_conflictApplicationLabel->setText(tr("A&pplication:"));
    m_conflictReasonLabel->setText(tr("&Reason:"));
    m_declareConflict->setText(tr("&Declare"));
    m_withdrawConflict->setText(tr("&Withdraw"));
    m_conflicts->setHeaders({ tr("Juror"), tr("Application"), tr("Declared on"), tr("Reason") });
    if (m_criteria)
        m_criteria->retranslate();
}

void JurySetupTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    JuryTab::changeEvent(event);
}

} // namespace tremplin
