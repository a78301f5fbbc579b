// SPDX-License-Identifier: GPL-3.0-or-later
#include "historypanel.h"

#include "../deferredrefresh.h"
#include "../document.h"
#include "../style.h"
#include "core/error.h"
#include "historymodel.h"

#include <QDialogButtonBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace tremplin {

HistoryPanel::HistoryPanel(
    Document &document, HistoryService::Scope scope, qint64 id, QWidget *parent)
    : QWidget(parent)
    , m_document(&document)
    , m_scope(scope)
    , m_id(id)
    , m_model(new HistoryModel(this))
    , m_filter(new QLineEdit(this))
    , m_export(new QPushButton(this))
    , m_view(new QTableView(this))
    , m_empty(new QLabel(this))
    , m_problem(new QLabel(this))
    , m_refresh(new DeferredRefresh(this, [this] { reload(); }))
{
    setObjectName(QStringLiteral("historyPanel"));
    m_filter->setObjectName(QStringLiteral("historyFilter"));
    m_filter->setClearButtonEnabled(true);
    m_export->setObjectName(QStringLiteral("historyExport"));
    m_view->setObjectName(QStringLiteral("historyView"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    // A step of a whole import or a committee's decisions is a tall row: scroll through it.
    m_view->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_view->setAlternatingRowColors(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_empty->setObjectName(QStringLiteral("historyEmpty"));
    m_empty->setWordWrap(true);
    m_empty->hide();
    m_problem->setStyleSheet(style::errorText());
    m_problem->setWordWrap(true);
    m_problem->hide();

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_filter, 1);
    bar->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_problem);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);

    connect(m_filter, &QLineEdit::textChanged, m_refresh, &DeferredRefresh::requestAfterPause);
    connect(m_export, &QPushButton::clicked, this, [this] { exportCsv(); });
    // Every write may add a step to this record's history (a payment of its grant, a score of
    // its session): read again, at once when on screen, when shown otherwise.
    connect(&document.database(), &Database::changed, m_refresh, &DeferredRefresh::request);
    retranslateUi();
    m_refresh->request();
}

HistoryPanel::~HistoryPanel() = default;

void HistoryPanel::reload()
{
    if (!m_document || !m_document->database().isOpen())
        return;
    HistoryFilter filter;
    filter.text = m_filter->text();
    try {
        m_model->setSteps(HistoryService(m_document->database()).steps(m_scope, m_id, filter));
        m_problem->hide();
    } catch (const Error &e) {
        m_model->setSteps({});
        m_problem->setText(e.message());
        m_problem->show();
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->resizeRowsToContents();
    m_empty->setText(m_filter->text().trimmed().isEmpty()
            ? tr("No change recorded yet.")
            : tr("No change matches “%1”.").arg(m_filter->text().trimmed()));
    m_empty->setVisible(m_model->rowCount() == 0);
    m_export->setEnabled(m_model->rowCount() > 0);
}

QString HistoryPanel::exportCsv(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        path = QFileDialog::getSaveFileName(this, tr("Export History"),
            tr("history") + QStringLiteral(".csv"), tr("CSV files (*.csv)"));
        if (path.isEmpty())
            return {};
    }
    try {
        HistoryService::writeCsv(path, m_model->steps(), HistoryService::localProfile());
    } catch (const Error &e) {
        QMessageBox::warning(this, tr("Export History"), e.message());
        return e.message();
    }
    return {};
}

void HistoryPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

void HistoryPanel::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void HistoryPanel::retranslateUi()
{
    m_filter->setPlaceholderText(tr("Filter: who, field, value…"));
    m_filter->setAccessibleName(tr("Filter the history"));
    m_export->setText(tr("Export &CSV…"));
    m_export->setToolTip(tr("Save the steps shown as a spreadsheet file"));
    m_view->setAccessibleName(tr("History"));
    m_model->retranslate();
    m_refresh->request(); // dates, amounts and labels are written in the language
}

HistoryDialog::HistoryDialog(Document &document, HistoryService::Scope scope, qint64 id,
    const QString &title, QWidget *parent)
    : QDialog(parent)
    , m_panel(new HistoryPanel(document, scope, id, this))
{
    setObjectName(QStringLiteral("historyDialog"));
    setWindowTitle(title);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_panel, 1);
    layout->addWidget(buttons);
    resize(900, 520);
}

} // namespace tremplin
