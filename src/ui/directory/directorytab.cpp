// SPDX-License-Identifier: GPL-3.0-or-later
#include "directorytab.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../models/recorddelegate.h"
#include "../models/recordtablemodel.h"
#include "../style.h"
#include "core/domain/enums.h"
#include "core/error.h"
#include "core/services/directoryservice.h"
#include "directorylistmodel.h"
#include "mergecommand.h"
#include "mergedialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace tremplin {

namespace {

QString tableOf(DirectoryTab::Kind kind)
{
    switch (kind) {
    case DirectoryTab::Administrations:
        return QStringLiteral("administration");
    case DirectoryTab::Partners:
        return QStringLiteral("organisation");
    case DirectoryTab::Persons:
        break;
    }
    return QStringLiteral("person");
}

QStringList columnsOf(DirectoryTab::Kind kind)
{
    switch (kind) {
    case DirectoryTab::Administrations:
        return { QStringLiteral("name"), QStringLiteral("short_name"), QStringLiteral("kind"),
            QStringLiteral("parent_id"), QStringLiteral("website") };
    case DirectoryTab::Partners:
        return { QStringLiteral("name"), QStringLiteral("legal_form"), QStringLiteral("siret"),
            QStringLiteral("town"), QStringLiteral("website") };
    case DirectoryTab::Persons:
        break;
    }
    return { QStringLiteral("full_name"), QStringLiteral("email"), QStringLiteral("phone"),
        QStringLiteral("job_title"), QStringLiteral("administration_id"),
        QStringLiteral("organisation_id") };
}

} // namespace

DirectoryTab::DirectoryTab(Kind kind, QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_model(new DirectoryListModel(tableOf(kind), columnsOf(kind), this))
    , m_search(new QLineEdit(this))
    , m_typingPause(new QTimer(this))
    , m_total(new QLabel(this))
    , m_view(new QTableView(this))
    , m_delegate(new RecordDelegate(this))
    , m_newButton(new QPushButton(this))
    , m_deleteButton(new QPushButton(this))
    , m_mergeButton(new QPushButton(this))
    , m_message(new QLabel(this))
{
    m_search->setObjectName(QStringLiteral("search"));
    m_search->setClearButtonEnabled(true);
    m_newButton->setObjectName(QStringLiteral("newButton"));
    m_deleteButton->setObjectName(QStringLiteral("deleteButton"));
    m_mergeButton->setObjectName(QStringLiteral("mergeButton"));
    m_message->setObjectName(QStringLiteral("message"));
    m_message->setWordWrap(true);
    m_total->setObjectName(QStringLiteral("total"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_search, 1);
    if (kind != Persons) {
        m_kindFilter = new QComboBox(this);
        m_kindFilter->setObjectName(QStringLiteral("kindFilter"));
        m_kindFilter->setSizeAdjustPolicy(QComboBox::AdjustToContents);
        bar->addWidget(m_kindFilter);
        connect(m_kindFilter, &QComboBox::currentIndexChanged, this, &DirectoryTab::applyFilter);
    }
    bar->addWidget(m_total);
    bar->addStretch();
    bar->addWidget(m_newButton);
    bar->addWidget(m_deleteButton);
    bar->addWidget(m_mergeButton);
    if (kind == Persons) {
        m_exportPersonalData = new QAction(this);
        m_exportPersonalData->setObjectName(QStringLiteral("exportPersonalData"));
        m_erasePersonalData = new QAction(this);
        m_erasePersonalData->setObjectName(QStringLiteral("erasePersonalData"));
        connect(m_exportPersonalData, &QAction::triggered, this,
            [this] { onSelectedPerson(&PrivacyActions::exportPersonalData); });
        connect(m_erasePersonalData, &QAction::triggered, this,
            [this] { onSelectedPerson(&PrivacyActions::erasePersonalData); });
        m_personalDataButton = new QToolButton(this);
        m_personalDataButton->setObjectName(QStringLiteral("personalDataButton"));
        m_personalDataButton->setPopupMode(QToolButton::InstantPopup);
        m_personalDataButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
        auto *menu = new QMenu(m_personalDataButton);
        menu->addAction(m_exportPersonalData);
        menu->addAction(m_erasePersonalData);
        m_personalDataButton->setMenu(menu);
        bar->addWidget(m_personalDataButton);
        m_view->addAction(m_exportPersonalData);
        m_view->addAction(m_erasePersonalData);
        m_view->setContextMenuPolicy(Qt::ActionsContextMenu);
    }

    m_view->setModel(m_model);
    m_view->setItemDelegate(m_delegate);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed
        | QAbstractItemView::AnyKeyPressed);
    m_view->setAlternatingRowColors(true);
    // One line per record: long names are cut with an ellipsis (the tooltip shows them whole).
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setDefaultSectionSize(kind == Persons ? 115 : 200);
    m_view->setColumnWidth(0, kind == Persons ? 190 : 320);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    if (kind == Persons) {
        // Where the selected person appears, beside the list.
        auto *splitter = new QSplitter(this);
        splitter->addWidget(m_view);
        auto *side = new QWidget(splitter);
        auto *sideLayout = new QVBoxLayout(side);
        sideLayout->setContentsMargins(0, 0, 0, 0);
        m_appearancesTitle = new QLabel(side);
        m_appearances = new QListWidget(side);
        m_appearances->setObjectName(QStringLiteral("appearances"));
        m_appearances->setWordWrap(true);
        sideLayout->addWidget(m_appearancesTitle);
        sideLayout->addWidget(m_appearances);
        splitter->addWidget(side);
        splitter->setStretchFactor(0, 4);
        splitter->setStretchFactor(1, 1);
        layout->addWidget(splitter, 1);
    } else {
        layout->addWidget(m_view, 1);
    }
    layout->addWidget(m_message);

    m_typingPause->setSingleShot(true);
    m_typingPause->setInterval(TypingPauseMs);
    connect(m_typingPause, &QTimer::timeout, this, &DirectoryTab::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, [this] {
        if (m_large)
            m_typingPause->start();
        else
            applyFilter();
    });
    connect(m_newButton, &QPushButton::clicked, this, &DirectoryTab::createRecord);
    connect(m_deleteButton, &QPushButton::clicked, this, &DirectoryTab::removeRecord);
    connect(m_mergeButton, &QPushButton::clicked, this, &DirectoryTab::mergeRecords);
    connect(m_model, &DirectoryListModel::editRefused, this,
        [this](const QString &message) { showMessage(message, true); });
    connect(m_model, &DirectoryListModel::totalChanged, this, &DirectoryTab::showTotal);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DirectoryTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        &DirectoryTab::updateButtons);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
        &DirectoryTab::showAppearances);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DirectoryTab::showAppearances);
    retranslateUi();
    updateButtons();
}

void DirectoryTab::setDocument(Document *document)
{
    m_document = document;
    m_delegate->setDatabase(document ? &document->database() : nullptr);
    m_model->setDocument(document);
    // Searching scans the whole table, however few records the current search shows.
    m_large = false;
    if (document) {
        try {
            m_large
                = DirectoryService(document->database()).count(m_model->table(), {}) > LargeList;
        } catch (const Error &e) {
            showMessage(e.message(), true);
        }
    }
    showTotal();
    updateButtons();
}

void DirectoryTab::retranslateUi()
{
    switch (m_kind) {
    case Administrations:
        m_search->setPlaceholderText(tr("Search administrations by name or short name…"));
        m_newButton->setText(tr("New Administration…"));
        break;
    case Partners:
        m_search->setPlaceholderText(tr("Search outside partners by name or town…"));
        m_newButton->setText(tr("New Partner…"));
        break;
    case Persons:
        m_search->setPlaceholderText(tr("Search persons by name or e-mail…"));
        m_newButton->setText(tr("New Person…"));
        m_appearancesTitle->setText(tr("Appears in"));
        m_personalDataButton->setText(tr("Personal Data"));
        m_personalDataButton->setToolTip(tr("The selected person's rights over their data "
                                            "(RGPD): access and erasure."));
        m_exportPersonalData->setText(tr("Export Personal Data…"));
        m_erasePersonalData->setText(tr("Erase Personal Data…"));
        break;
    }
    m_deleteButton->setText(tr("Delete…"));
    m_mergeButton->setText(tr("Merge…"));
    m_mergeButton->setToolTip(tr("Select two or more duplicates, then merge them into one: "
                                 "everything that refers to them follows."));
    if (m_kindFilter) {
        const QSignalBlocker block(m_kindFilter);
        const QString current = m_kindFilter->currentData().toString();
        m_kindFilter->clear();
        m_kindFilter->addItem(
            m_kind == Administrations ? tr("All kinds") : tr("All legal forms"), QString());
        const QString column
            = m_kind == Administrations ? QStringLiteral("kind") : QStringLiteral("legal_form");
        for (const QVariant &choice :
            RecordTableModel::columnData(m_model->table(), column, RecordTableModel::ChoicesRole)
                .toList())
            m_kindFilter->addItem(choice.toList().value(0).toString(), choice.toList().value(1));
        m_kindFilter->setCurrentIndex(std::max(0, m_kindFilter->findData(current)));
    }
    m_model->retranslate();
    showTotal();
    showAppearances();
}

void DirectoryTab::applyFilter()
{
    m_typingPause->stop();
    DirectoryFilter filter;
    filter.search = m_search->text();
    if (m_kindFilter)
        filter.kind = m_kindFilter->currentData().toString();
    m_model->setFilter(filter);
    updateButtons();
}

void DirectoryTab::showTotal()
{
    m_total->setText(tr("%Ln record(s)", nullptr, m_model->total()));
}

QList<int> DirectoryTab::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void DirectoryTab::updateButtons()
{
    const qsizetype selected = selectedRows().size();
    m_newButton->setEnabled(m_document != nullptr);
    m_deleteButton->setEnabled(m_document && selected == 1);
    m_mergeButton->setEnabled(m_document && selected >= 2);
    if (m_personalDataButton) {
        m_personalDataButton->setEnabled(m_document && selected == 1);
        m_exportPersonalData->setEnabled(m_document && selected == 1);
        m_erasePersonalData->setEnabled(m_document && selected == 1);
    }
}

void DirectoryTab::onSelectedPerson(
    PrivacyActions::Outcome (*action)(QWidget *, Document &, qint64))
{
    const QList<int> rows = selectedRows();
    if (!m_document || rows.size() != 1)
        return;
    const PrivacyActions::Outcome done = action(this, *m_document, m_model->idAt(rows.first()));
    if (!done.message.isEmpty())
        showMessage(done.message, done.error);
}

void DirectoryTab::showMessage(const QString &message, bool error)
{
    m_message->setStyleSheet(error ? style::errorText() : QString());
    m_message->setText(message);
}

void DirectoryTab::showAppearances()
{
    if (!m_appearances)
        return;
    m_appearances->clear();
    const QModelIndex current = m_view->currentIndex();
    if (!m_document || !current.isValid()) {
        m_appearances->addItem(tr("Select a person to see the initiatives and committees they "
                                  "take part in."));
        return;
    }
    try {
        const QList<PersonAppearance> seen
            = DirectoryService(m_document->database()).appearances(m_model->idAt(current.row()));
        for (const PersonAppearance &a : seen) {
            m_appearances->addItem(a.committee ? tr("Committee “%1”: %2").arg(a.where, a.role)
                                               : tr("Initiative “%1”: %2").arg(a.where, a.role));
        }
        if (seen.isEmpty())
            m_appearances->addItem(tr("No initiative or committee yet."));
    } catch (const Error &e) {
        showMessage(e.message(), true);
    }
}

void DirectoryTab::createRecord()
{
    if (!m_document)
        return;
    QString title, prompt;
    switch (m_kind) {
    case Administrations:
        title = tr("New Administration");
        prompt = tr("Name of the administration:");
        break;
    case Partners:
        title = tr("New Partner");
        prompt = tr("Name of the organisation:");
        break;
    case Persons:
        title = tr("New Person");
        prompt = tr("Full name:");
        break;
    }
    bool ok = false;
    const QString name
        = QInputDialog::getText(this, title, prompt, QLineEdit::Normal, QString(), &ok)
              .simplified();
    if (!ok || name.isEmpty())
        return;
    const QString table = m_model->table();
    QVariantMap values { { columnsOf(m_kind).first(), name } };
    if (m_kind == Administrations)
        values.insert(QStringLiteral("kind"), toCode(AdministrationKind::Other));
    else if (m_kind == Partners)
        values.insert(QStringLiteral("legal_form"), toCode(LegalForm::Other));
    auto command = std::make_unique<InsertRecordCommand>(*m_document, table, values, title);
    InsertRecordCommand *insert = command.get();
    QString error;
    if (!DatabaseCommand::push(*m_document, std::move(command), &error)) {
        showMessage(error, true);
        return;
    }
    // The new record is shown and selected, ready to be completed in place.
    if (m_kindFilter)
        m_kindFilter->setCurrentIndex(0);
    m_search->setText(name);
    applyFilter();
    const int row = m_model->rowOf(insert->recordId());
    if (row >= 0) {
        m_view->setCurrentIndex(m_model->index(row, 0));
        m_view->selectRow(row);
    }
    showMessage(tr("“%1” created: complete it in the list.").arg(name), false);
}

void DirectoryTab::removeRecord()
{
    const QList<int> rows = selectedRows();
    if (!m_document || rows.size() != 1)
        return;
    const qint64 id = m_model->idAt(rows.first());
    const QString name = m_model->nameAt(rows.first());
    QString dependents;
    try {
        dependents
            = DirectoryService(m_document->database()).dependentsSummary(m_model->table(), id);
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return;
    }
    const QString question = dependents.isEmpty()
        ? tr("Delete “%1”? Nothing refers to it.").arg(name)
        : tr("Delete “%1”? It is referred to by %2: those links are removed or emptied with "
             "it. Undo puts everything back.")
              .arg(name, dependents);
    if (QMessageBox::question(this, tr("Delete"), question) != QMessageBox::Yes)
        return;
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<RemoveRecordCommand>(
                *m_document, m_model->table(), id, tr("Delete “%1”").arg(name)),
            &error)) {
        showMessage(error, true);
        return;
    }
    showMessage(tr("“%1” deleted.").arg(name), false);
}

void DirectoryTab::mergeRecords()
{
    const QList<int> rows = selectedRows();
    if (!m_document || rows.size() < 2)
        return;
    // The current record is proposed to keep, then the others in list order.
    const int current = m_view->currentIndex().row();
    QList<int> ordered = rows;
    if (ordered.contains(current)) {
        ordered.removeOne(current);
        ordered.prepend(current);
    }
    QList<QPair<qint64, QString>> records;
    QStringList references;
    try {
        const DirectoryService directory(m_document->database());
        for (int row : std::as_const(ordered)) {
            records.append({ m_model->idAt(row), m_model->nameAt(row) });
            references.append(directory.dependentsSummary(m_model->table(), m_model->idAt(row)));
        }
    } catch (const Error &e) {
        showMessage(e.message(), true);
        return;
    }
    MergeDialog dialog(records, references, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const qint64 keep = dialog.keepId();
    QString keptName;
    for (const auto &[id, name] : std::as_const(records)) {
        if (id == keep)
            keptName = name;
    }
    QString error;
    if (!DatabaseCommand::push(*m_document,
            std::make_unique<MergeCommand>(*m_document, m_model->table(), keep, dialog.goneIds(),
                tr("Merge into “%1”").arg(keptName)),
            &error)) {
        showMessage(error, true);
        return;
    }
    const int row = m_model->rowOf(keep);
    if (row >= 0)
        m_view->selectRow(row);
    showMessage(
        tr("%Ln record(s) merged into “%1”.", nullptr, int(records.size()) - 1).arg(keptName),
        false);
}

} // namespace tremplin
