// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryapplicationstab.h"

#include "../commands/databasecommand.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "core/error.h"
#include "core/services/admissibility.h"
#include "core/services/jurysetup.h"
#include "core/services/records.h"
#include "jurysetupmodels.h"

#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace tremplin {

namespace {

const QString initiativeTable = QStringLiteral("initiative");

} // namespace

JuryApplicationsTab::JuryApplicationsTab(QWidget *parent)
    : JuryTab(parent)
    , m_hint(new QLabel(this))
    , m_filterLabel(new QLabel(this))
    , m_filter(new QComboBox(this))
    , m_view(new QTableView(this))
    , m_model(new JuryRowsModel(this))
    , m_proxy(new QSortFilterProxyModel(this))
    , m_editor(new QGroupBox(this))
    , m_admissibilityLabel(new QLabel(this))
    , m_admissibility(new QComboBox(this))
    , m_reasonLabel(new QLabel(this))
    , m_reason(new QComboBox(this))
    , m_noteLabel(new QLabel(this))
    , m_note(new QLineEdit(this))
    , m_refresh(new DeferredRefresh(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("juryApplicationsTab"));
    m_filter->setObjectName(QStringLiteral("juryAdmissibilityFilter"));
    m_view->setObjectName(QStringLiteral("juryApplications"));
    m_admissibility->setObjectName(QStringLiteral("juryAdmissibility"));
    m_reason->setObjectName(QStringLiteral("juryAdmissibilityReason"));
    m_note->setObjectName(QStringLiteral("juryAdmissibilityNote"));
    m_hint->setWordWrap(true);
    m_filterLabel->setBuddy(m_filter);
    m_filter->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterRole(JuryRowsModel::KeyRole);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setSortLocaleAware(true);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(Name, Qt::AscendingOrder); // "Énergie" with the E's
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);

    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    top->addWidget(m_hint, 1);
    top->addWidget(m_filterLabel);
    top->addWidget(m_filter);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    auto *form = new QFormLayout;
    m_admissibilityLabel->setBuddy(m_admissibility);
    m_reasonLabel->setBuddy(m_reason);
    m_noteLabel->setBuddy(m_note);
    auto *editorLayout = new QHBoxLayout(m_editor);
    auto *left = new QFormLayout;
    left->addRow(m_admissibilityLabel, m_admissibility);
    left->addRow(m_reasonLabel, m_reason);
    editorLayout->addLayout(left, 2);
    form->addRow(m_noteLabel, m_note);
    editorLayout->addLayout(form, 3);
    m_reason->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_reason->setMinimumContentsLength(24);
    layout->addWidget(m_editor);

    connect(m_filter, &QComboBox::currentIndexChanged, this, &JuryApplicationsTab::applyFilter);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &JuryApplicationsTab::reloadEditor);
    connect(m_admissibility, &QComboBox::activated, this, [this] {
        write(QStringLiteral("admissibility"), m_admissibility->currentData(),
            tr("Change the admissibility of %1")
                .arg(m_view->currentIndex().siblingAtColumn(Name).data().toString()));
    });
    connect(m_reason, &QComboBox::activated, this, [this] {
        write(QStringLiteral("admissibility_reason_id"), m_reason->currentData(),
            tr("Change the reason for non-admissibility"));
    });
    connect(m_note, &QLineEdit::editingFinished, this, [this] {
        write(QStringLiteral("admissibility_note"), m_note->text().trimmed(),
            tr("Change the admissibility note"));
    });
    retranslateUi();
    reloadEditor();
}

qint64 JuryApplicationsTab::currentApplication() const
{
    return m_view->currentIndex().data(JuryRowsModel::IdRole).toLongLong();
}

void JuryApplicationsTab::documentChanged()
{
    disconnect(m_changed);
    if (Document *doc = document()) {
        m_changed
            = connect(&doc->database(), &Database::changed, this, [this](const ChangeSet &changes) {
                  if (touches(changes,
                          { QLatin1String("initiative"), QLatin1String("organisation"),
                              QLatin1String("list_item"), QLatin1String("jury_session"),
                              QLatin1String("committee"), QLatin1String("committee_member"),
                              QLatin1String("jury_assignment"), QLatin1String("jury_conflict"),
                              QLatin1String("person") }))
                      m_refresh->request();
              });
    }
    reload();
}

void JuryApplicationsTab::sessionChanged()
{
    reload();
}

void JuryApplicationsTab::reload()
{
    const qint64 current = currentApplication();
    QList<JuryApplicationRow> rows;
    if (document() && session() != 0) {
        try {
            rows = JurySetupService(document()->database()).applications(session());
        } catch (const Error &e) {
            Q_EMIT problem(e.message());
        }
    }
    std::fill(std::begin(m_counts), std::end(m_counts), 0);
    QList<JuryRowsModel::Row> out;
    const QLocale locale;
    for (const JuryApplicationRow &a : std::as_const(rows)) {
        ++m_counts[int(a.admissibility)];
        JuryRowsModel::Row r;
        r.id = a.initiativeId;
        r.key = toCode(a.admissibility);
        QString reason = a.reason;
        if (!a.note.isEmpty())
            reason = reason.isEmpty() ? a.note : tr("%1 (%2)", "reason (note)").arg(reason, a.note);
        r.cells = { a.name, a.dsNumber ? QString::number(a.dsNumber) : QString(), a.carrier,
            label(a.admissibility), reason, a.jurors.join(QStringLiteral(", ")),
            a.conflicts.join(QStringLiteral(", ")) };
        r.toolTips = { QString(), QString(), QString(), QString(), reason,
            a.jurors.join(QStringLiteral(", ")), a.conflicts.join(QStringLiteral(", ")) };
        out.append(r);
    }
    m_model->setRows(out);
    {
        // The counts beside each choice of the filter.
        const QSignalBlocker blocker(m_filter);
        const QString code = m_filter->currentData().toString();
        m_filter->clear();
        m_filter->addItem(
            tr("All (%1)").arg(locale.toString(m_counts[0] + m_counts[1] + m_counts[2])),
            QString());
        for (const auto &e : EnumTraits<Admissibility>::entries)
            m_filter->addItem(
                tr("%1 (%2)").arg(label(e.value), locale.toString(m_counts[int(e.value)])),
                toCode(e.value));
        m_filter->setCurrentIndex(std::max(0, m_filter->findData(code)));
    }
    applyFilter();
    if (const int r = m_model->rowOf(current); r >= 0) {
        const QModelIndex i = m_proxy->mapFromSource(m_model->index(r, 0));
        if (i.isValid())
            m_view->setCurrentIndex(i);
    }
    // Each column as wide as its contents, the long texts within reason (their tooltips and
    // the editor below show them whole).
    m_view->resizeColumnsToContents();
    const int widest[] = { 260, 100, 180, 130, 160, 200, 110 };
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), widest[c]));
    reloadEditor();
}

void JuryApplicationsTab::applyFilter()
{
    const QString code = m_filter->currentData().toString();
    m_proxy->setFilterRegularExpression(code.isEmpty()
            ? QRegularExpression()
            : QRegularExpression(QStringLiteral("^%1$").arg(QRegularExpression::escape(code))));
}

void JuryApplicationsTab::reloadEditor()
{
    const qint64 id = currentApplication();
    const JuryRowsModel::Row *row = m_model->row(m_model->rowOf(id));
    m_editor->setEnabled(row != nullptr);
    m_editor->setTitle(row ? tr("Admissibility of %1").arg(row->cells.value(Name).toString())
                           : tr("Admissibility (choose an application)"));
    const QSignalBlocker b1(m_admissibility);
    const QSignalBlocker b2(m_reason);
    const QSignalBlocker b3(m_note);
    m_admissibility->setCurrentIndex(-1);
    m_reason->clear();
    m_note->clear();
    if (!row || !document())
        return;
    try {
        Database &db = document()->database();
        const RecordService records(db);
        const QString code
            = records.value(initiativeTable, QStringLiteral("admissibility"), id).toString();
        m_admissibility->setCurrentIndex(m_admissibility->findData(code));
        m_reason->addItem(tr("(none)"), qint64(0));
        for (const auto &[reasonId, name] : AdmissibilityService(db).reasons(id))
            m_reason->addItem(name, reasonId);
        const qint64 reason
            = records.value(initiativeTable, QStringLiteral("admissibility_reason_id"), id)
                  .toLongLong();
        m_reason->setCurrentIndex(std::max(0, m_reason->findData(reason)));
        m_reason->setEnabled(code == toCode(Admissibility::NotAdmissible));
        m_note->setText(
            records.value(initiativeTable, QStringLiteral("admissibility_note"), id).toString());
    } catch (const Error &e) {
        Q_EMIT problem(e.message());
    }
}

void JuryApplicationsTab::write(const QString &column, const QVariant &value, const QString &text)
{
    const qint64 id = currentApplication();
    if (!document() || id == 0)
        return;
    const QVariant stored
        = RecordService(document()->database()).value(initiativeTable, column, id);
    if (stored == value || (stored.isNull() && value.toString().isEmpty())
        || (column.endsWith(QLatin1String("_id")) && stored.toLongLong() == value.toLongLong()))
        return;
    QString error;
    if (!DatabaseCommand::push(*document(),
            std::make_unique<SetFieldCommand>(
                *document(), initiativeTable, column, id, value, text),
            &error)) {
        Q_EMIT problem(error);
        reloadEditor();
        return;
    }
    Q_EMIT problem(QString());
}

void JuryApplicationsTab::retranslateUi()
{
    m_hint->setText(tr("The applications of the session's promotion. Only admissible "
                       "applications go to the jury: they are the ones assigned to jurors and "
                       "scored."));
    m_filterLabel->setText(tr("&Show:"));
    m_filter->setAccessibleName(tr("Admissibility filter"));
    m_model->setHeaders({ tr("Application"), tr("Dossier no."), tr("Carrier"), tr("Admissibility"),
        tr("Reason"), tr("Jurors"), tr("Conflicts") });
    m_admissibilityLabel->setText(tr("A&dmissibility:"));
    m_reasonLabel->setText(tr("Rea&son:"));
    m_noteLabel->setText(tr("N&ote:"));
    m_note->setPlaceholderText(tr("Free text beside the reason"));
    {
        const QSignalBlocker b(m_admissibility);
        m_admissibility->clear();
        for (const auto &e : EnumTraits<Admissibility>::entries)
            m_admissibility->addItem(label(e.value), toCode(e.value));
    }
}

void JuryApplicationsTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        reload();
    }
    JuryTab::changeEvent(event);
}

} // namespace tremplin
