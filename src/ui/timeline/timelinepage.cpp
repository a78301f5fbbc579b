// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "../commands/setfieldsbatchcommand.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "../settings.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QAction>
#include <QComboBox>
#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolBar>
#include <QToolButton>
#include <QVBoxLayout>

namespace tremplin {

namespace {
// Remembered between sessions; the legend is on until hidden.
const Setting<bool> legendShown { "timeline/legend", true };
const Setting<int> rowScope { "timeline/rows", int(TimelineRows::InPhase) };
} // namespace

TimelinePage::TimelinePage(QWidget *parent)
    : QWidget(parent)
    , m_model(new TimelineModel(this))
    , m_view(new TimelineView(this))
    , m_zoomIn(new QToolButton(this))
    , m_zoomOut(new QToolButton(this))
    , m_fit(new QToolButton(this))
    , m_today(new QToolButton(this))
    , m_export(new QToolButton(this))
    , m_print(new QToolButton(this))
    , m_baseline(new QToolButton(this))
    , m_legend(new QToolButton(this))
    , m_legendAction(new QAction(this))
    , m_exportShown(new QAction(this))
    , m_exportAll(new QAction(this))
    , m_printFit(new QAction(this))
    , m_printTiled(new QAction(this))
    , m_rowsLabel(new QLabel(this))
    , m_rows(new QComboBox(this))
    , m_refresh(new DeferredRefresh(this, [this] { m_model->reload(); }))
{
    auto *layout = new QVBoxLayout(this);
    // A tool bar, so that on a narrow window (or in French, whose words are longer) the commands
    // that do not fit go behind its extension button instead of widening the main window.
    auto *bar = new QToolBar(this);
    bar->setObjectName(QStringLiteral("timelineToolBar"));
    bar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_zoomIn->setObjectName(QStringLiteral("timelineZoomIn"));
    m_zoomOut->setObjectName(QStringLiteral("timelineZoomOut"));
    m_fit->setObjectName(QStringLiteral("timelineFitAll"));
    m_today->setObjectName(QStringLiteral("timelineToday"));
    m_export->setObjectName(QStringLiteral("timelineExport"));
    m_print->setObjectName(QStringLiteral("timelinePrint"));
    m_baseline->setObjectName(QStringLiteral("timelineBaseline"));
    m_legend->setObjectName(QStringLiteral("timelineLegend"));
    m_legendAction->setObjectName(QStringLiteral("timelineLegendAction"));
    m_exportShown->setObjectName(QStringLiteral("timelineExportShown"));
    m_exportAll->setObjectName(QStringLiteral("timelineExportAll"));
    m_rows->setObjectName(QStringLiteral("timelineRows"));
    m_legend->setDefaultAction(m_legendAction);
    for (QToolButton *b :
        { m_zoomIn, m_zoomOut, m_fit, m_today, m_export, m_print, m_baseline, m_legend }) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
    }
    auto *stretch = new QWidget(bar);
    stretch->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(stretch);
    m_rowsLabel->setBuddy(m_rows);
    m_rows->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    bar->addWidget(m_rowsLabel);
    bar->addWidget(m_rows);
    layout->addWidget(bar);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(
        m_today, &QToolButton::clicked, this, [this] { m_view->scrollToDate(m_view->today()); });
    connect(m_baseline, &QToolButton::clicked, this, &TimelinePage::resetBaseline);
    connect(m_view, &TimelineView::editRefused, this, &TimelinePage::statusMessage);

    m_legendAction->setCheckable(true);
    m_legendAction->setChecked(legendShown.get());
    m_view->setLegendVisible(m_legendAction->isChecked());
    connect(m_legendAction, &QAction::toggled, this, [this](bool on) {
        m_view->setLegendVisible(on);
        legendShown.set(on);
    });

    // The combo's entries follow TimelineRows' order.
    for (int i = 0; i < 3; ++i)
        m_rows->addItem(QString());
    const int scope = std::clamp(rowScope.get(), 0, 2);
    m_rows->setCurrentIndex(scope);
    m_model->setRowScope(TimelineRows(scope));
    connect(m_rows, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index < 0)
            return;
        rowScope.set(index);
        m_model->setRowScope(TimelineRows(index));
        updateEmptyText();
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, &TimelinePage::updateEmptyText);

    auto *exportMenu = new QMenu(m_export);
    exportMenu->addAction(m_exportShown);
    exportMenu->addAction(m_exportAll);
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    connect(m_exportShown, &QAction::triggered, this, [this] { exportTimeline(false); });
    connect(m_exportAll, &QAction::triggered, this, [this] { exportTimeline(true); });
    auto *printMenu = new QMenu(m_print);
    printMenu->addAction(m_printFit);
    printMenu->addAction(m_printTiled);
    m_print->setMenu(printMenu);
    m_print->setPopupMode(QToolButton::InstantPopup);
    for (QAction *action : { m_printFit, m_printTiled }) {
        connect(action, &QAction::triggered, this, [this, fit = action == m_printFit] {
            // At the screen's resolution, like the view it prints (text in points, shapes in
            // pixels); the output stays vector.
            QPrinter printer(QPrinter::ScreenResolution);
            printer.setPageOrientation(QPageLayout::Landscape);
            QPrintDialog dialog(&printer, this);
            if (dialog.exec() == QDialog::Accepted)
                m_view->print(&printer, fit);
        });
    }
    retranslateUi();
}

void TimelinePage::exportTimeline(bool all)
{
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Timeline"),
        tr("timeline") + QStringLiteral(".pdf"),
        tr("PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
    QString error;
    if (!path.isEmpty() && !m_view->exportTo(path, all, &error))
        QMessageBox::warning(this, tr("Export Timeline"), error);
}

void TimelinePage::updateEmptyText()
{
    // Says why nothing shows and what to do about it.
    const bool filtered = !m_model->filter().isEmpty();
    QString text;
    switch (m_model->rowScope()) {
    case TimelineRows::InPhase:
        text = filtered ? tr("No initiative matching the filters of the initiatives list takes "
                             "part in a phase: change "
                             "the filters, or choose All initiatives.")
                        : tr("No initiative takes part in a phase yet: open an initiative and add "
                             "it to a phase, or "
                             "choose All initiatives.");
        break;
    case TimelineRows::WithEvent:
        text = filtered
            ? tr("No initiative matching the filters of the initiatives list has a phase, a "
                 "decision, a "
                 "payment or an action due: change the filters, or choose All initiatives.")
            : tr("No initiative has a phase, a decision, a payment or an action due yet: open an "
                 "initiative and add one, or choose All initiatives.");
        break;
    case TimelineRows::All:
        text = filtered
            ? tr("No initiative matches the filters of the initiatives list.")
            : tr("This file has no initiative yet: add one in the Initiatives workspace.");
        break;
    }
    m_view->setEmptyText(text);
}

void TimelinePage::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, m_refresh, nullptr);
    m_document = document;
    m_view->setDocument(document);
    m_model->setDatabase(document ? &document->database() : nullptr, false);
    // Now, with the filter already given: a filter change waiting for a pause is included.
    m_refresh->run();
    if (m_document) {
        connect(&m_document->database(), &Database::changed, m_refresh,
            [this](const ChangeSet &changes) {
                if (TimelineModel::concerns(changes))
                    m_refresh->request();
            });
    }
}

void TimelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

void TimelinePage::setFilter(const InitiativeFilter &filter)
{
    // Never inside the keystroke that changed the list's filter: after a pause in the typing,
    // or when the page is shown.
    m_model->setFilter(filter, false);
    m_refresh->requestAfterPause();
    updateEmptyText();
}

void TimelinePage::resetBaseline()
{
    if (!m_document)
        return;
    QList<SetFieldsBatchCommand::Edit> changes;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (const TimelineBar &b : m_model->rowData(r).bars) {
            if (!b.actual.start.isValid())
                continue;
            if (b.planned.start == b.actual.start && b.planned.end == b.actual.end)
                continue;
            changes.append({ b.participationId,
                { { QStringLiteral("planned_start"), b.actual.start.toString(Qt::ISODate) },
                    { QStringLiteral("planned_end"),
                        b.actual.end.isValid() ? b.actual.end.toString(Qt::ISODate)
                                               : QString() } } });
        }
    }
    if (changes.isEmpty()) {
        Q_EMIT statusMessage(tr("The plan already matches the actual dates."));
        return;
    }
    // One command, one transaction: every phase shown or none.
    const int count = int(changes.size());
    QString error;
    if (DatabaseCommand::push(*m_document,
            std::make_unique<SetFieldsBatchCommand>(*m_document, QStringLiteral("participation"),
                std::move(changes), tr("Reset the baseline of %n phase(s)", nullptr, count)),
            &error))
        Q_EMIT statusMessage(tr("Baseline reset for %n phase(s).", nullptr, count));
    else
        Q_EMIT statusMessage(error);
}

void TimelinePage::retranslateUi()
{
    m_zoomIn->setText(tr("Zoom &In"));
    m_zoomOut->setText(tr("Zoom &Out"));
    // After the text: a button's text with "&" replaces its shortcut with Alt+letter.
    m_zoomIn->setShortcut(QKeySequence::ZoomIn);
    m_zoomOut->setShortcut(QKeySequence::ZoomOut);
    m_fit->setText(tr("&Fit All"));
    m_today->setText(tr("&Today"));
    m_export->setText(tr("&Export"));
    m_print->setText(tr("&Print"));
    m_baseline->setText(tr("Reset &Baseline"));
    m_baseline->setToolTip(
        tr("Make the planned dates of the phases shown equal to their actual dates"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_legendAction->setText(tr("&Legend"));
    m_legendAction->setToolTip(tr("Show or hide what the colours, patterns and markers mean"));
    m_exportShown->setText(tr("Export What Is Shown…"));
    m_exportAll->setText(tr("Export Everything…"));
    m_printFit->setText(tr("Fit to Page Width…"));
    m_printTiled->setText(tr("Full Size, Tiled…"));
    m_rowsLabel->setText(tr("&Show:"));
    m_rows->setItemText(int(TimelineRows::InPhase), tr("Taking part in a phase"));
    m_rows->setItemText(int(TimelineRows::WithEvent), tr("With any event"));
    m_rows->setItemText(int(TimelineRows::All), tr("All initiatives"));
    m_rows->setToolTip(tr("Which initiatives get a row"));
    m_view->setAccessibleName(tr("Programme timeline"));
    updateEmptyText();
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
