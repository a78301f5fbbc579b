// SPDX-License-Identifier: GPL-3.0-or-later
#include "timelinepage.h"

#include "../commands/databasecommand.h"
#include "../deferredrefresh.h"
#include "../document.h"
#include "timelinemodel.h"
#include "timelineview.h"

#include <QEvent>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QToolButton>
#include <QVBoxLayout>

namespace tremplin {

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
    , m_message(new QLabel(this))
    , m_refresh(new DeferredRefresh(this, [this] { m_model->reload(); }))
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    for (QToolButton *b : { m_zoomIn, m_zoomOut, m_fit, m_today, m_export, m_print, m_baseline }) {
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        bar->addWidget(b);
    }
    bar->addStretch(1);
    m_message->setStyleSheet(QStringLiteral("color: #b00020;"));
    bar->addWidget(m_message);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    m_view->setModel(m_model);

    connect(m_zoomIn, &QToolButton::clicked, m_view, &TimelineView::zoomIn);
    connect(m_zoomOut, &QToolButton::clicked, m_view, &TimelineView::zoomOut);
    connect(m_fit, &QToolButton::clicked, m_view, &TimelineView::fitAll);
    connect(m_today, &QToolButton::clicked, this, [this] { m_view->scrollToDate(m_view->today()); });
    connect(m_baseline, &QToolButton::clicked, this, &TimelinePage::resetBaseline);
    connect(m_view, &TimelineView::editRefused, this, [this](const QString &message) { m_message->setText(message); });

    auto *exportMenu = new QMenu(m_export);
    m_export->setMenu(exportMenu);
    m_export->setPopupMode(QToolButton::InstantPopup);
    connect(exportMenu, &QMenu::aboutToShow, this, [this, exportMenu] {
        exportMenu->clear();
        for (const bool all : { false, true }) {
            connect(exportMenu->addAction(all ? tr("Export Everything…") : tr("Export What Is Shown…")),
                    &QAction::triggered, this, [this, all] {
                        const QString path = QFileDialog::getSaveFileName(
                            this, tr("Export Timeline"), tr("timeline") + QStringLiteral(".pdf"),
                            tr("PDF document (*.pdf);;PNG image (*.png);;SVG drawing (*.svg)"));
                        QString error;
                        if (!path.isEmpty() && !m_view->exportTo(path, all, &error))
                            QMessageBox::warning(this, tr("Export Timeline"), error);
                    });
        }
    });
    auto *printMenu = new QMenu(m_print);
    m_print->setMenu(printMenu);
    m_print->setPopupMode(QToolButton::InstantPopup);
    connect(printMenu, &QMenu::aboutToShow, this, [this, printMenu] {
        printMenu->clear();
        for (const bool fit : { true, false }) {
            connect(printMenu->addAction(fit ? tr("Fit to Page Width…") : tr("Full Size, Tiled…")), &QAction::triggered,
                    this, [this, fit] {
                        // At the screen's resolution, like the view it prints (text in
                        // points, shapes in pixels); the output stays vector.
                        QPrinter printer(QPrinter::ScreenResolution);
                        printer.setPageOrientation(QPageLayout::Landscape);
                        QPrintDialog dialog(&printer, this);
                        if (dialog.exec() == QDialog::Accepted)
                            m_view->print(&printer, fit);
                    });
        }
    });
    retranslateUi();
}

void TimelinePage::setDocument(Document *document)
{
    if (m_document)
        disconnect(&m_document->database(), nullptr, m_refresh, nullptr);
    m_document = document;
    m_view->setDocument(document);
    m_model->setDatabase(document ? &document->database() : nullptr, false);
    if (m_document)
        connect(&m_document->database(), &Database::changed, m_refresh, &DeferredRefresh::request);
}

void TimelinePage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_refresh->flushIfStale();
}

void TimelinePage::setFilter(const InitiativeFilter &filter)
{
    m_model->setFilter(filter);
}

void TimelinePage::resetBaseline()
{
    if (!m_document)
        return;
    QList<std::pair<qint64, QVariantMap>> changes;
    for (int r = 0; r < m_model->rowCount(); ++r) {
        for (const TimelineBar &b : m_model->rowData(r).bars) {
            if (!b.actual.start.isValid())
                continue;
            if (b.planned.start == b.actual.start && b.planned.end == b.actual.end)
                continue;
            changes.append({ b.participationId,
                             { { QStringLiteral("planned_start"), b.actual.start.toString(Qt::ISODate) },
                               { QStringLiteral("planned_end"), b.actual.end.isValid() ? b.actual.end.toString(Qt::ISODate) : QString() } } });
        }
    }
    if (changes.isEmpty()) {
        m_message->setText(tr("The plan already matches the actual dates."));
        return;
    }
    m_document->undoStack().beginMacro(tr("Reset the baseline of %n phase(s)", nullptr, int(changes.size())));
    QString error;
    for (const auto &[id, values] : changes) {
        if (!DatabaseCommand::push(*m_document, std::make_unique<SetFieldsCommand>(*m_document, QStringLiteral("participation"), id, values, QString()), &error))
            break;
    }
    m_document->undoStack().endMacro();
    m_message->setText(error);
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
    m_baseline->setToolTip(tr("Make the planned dates of the phases shown equal to their actual dates"));
    m_zoomIn->setToolTip(tr("Zoom in (Ctrl+wheel)"));
    m_view->setAccessibleName(tr("Programme timeline"));
    m_message->clear();
}

void TimelinePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
