// SPDX-License-Identifier: GPL-3.0-or-later
#include "helpdialog.h"

#include <QAbstractButton>
#include <QAction>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFile>
#include <QHeaderView>
#include <QListWidget>
#include <QLocale>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace tremplin {

namespace {

/// A command's text as a list shows it: no "&" of its shortcut letter, no "…".
QString plainText(QString text)
{
    text.remove(QRegularExpression(QStringLiteral("&(?!&)")));
    text.remove(QChar(0x2026)); // "Open…" reads "Open" in a list
    return text.trimmed();
}

} // namespace

HelpDialog::HelpDialog(QWidget *window, QWidget *parent)
    : QDialog(parent)
    , m_window(window)
    , m_tabs(new QTabWidget(this))
    , m_guide(new QTextBrowser(this))
    , m_shortcuts(new QTableWidget(this))
{
    setObjectName(QStringLiteral("helpDialog"));
    m_guide->setObjectName(QStringLiteral("guide"));
    m_guide->setOpenExternalLinks(true);
    m_shortcuts->setObjectName(QStringLiteral("shortcuts"));
    m_shortcuts->setColumnCount(3);
    m_shortcuts->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_shortcuts->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_shortcuts->verticalHeader()->hide();
    m_shortcuts->horizontalHeader()->setStretchLastSection(true);
    m_shortcuts->setAlternatingRowColors(true);
    m_tabs->addTab(m_guide, QString());
    m_tabs->addTab(m_shortcuts, QString());
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_tabs);
    layout->addWidget(buttons);
    resize(760, 560);
    retranslateUi();
}

QString HelpDialog::guideResource(const QString &language)
{
    const QString path = QStringLiteral(":/help/guide_%1.html").arg(language);
    return QFile::exists(path) ? path : QStringLiteral(":/help/guide_en.html");
}

void HelpDialog::showPage(Page page)
{
    m_tabs->setCurrentIndex(page);
}

HelpDialog::Page HelpDialog::currentPage() const
{
    return Page(m_tabs->currentIndex());
}

void HelpDialog::retranslateUi()
{
    setWindowTitle(tr("Tremplin Help"));
    m_tabs->setTabText(Guide, tr("User Guide"));
    m_tabs->setTabText(Shortcuts, tr("Keyboard Shortcuts"));
    const QString language
        = QLocale().language() == QLocale::French ? QStringLiteral("fr") : QStringLiteral("en");
    QFile file(guideResource(language));
    if (file.open(QIODevice::ReadOnly))
        m_guide->setHtml(QString::fromUtf8(file.readAll()));
    m_shortcuts->setHorizontalHeaderLabels({ tr("Where"), tr("Command"), tr("Keys") });
    fillShortcuts();
}

void HelpDialog::fillShortcuts()
{
    struct Row
    {
        QString where, command, keys;
    };
    QList<Row> rows;
    QSet<const QAction *> seen;
    auto *mainWindow = qobject_cast<QMainWindow *>(m_window.data());
    // The menus first, in their order, then the workspaces' own commands.
    if (mainWindow) {
        for (QAction *menuAction : mainWindow->menuBar()->actions()) {
            QMenu *menu = menuAction->menu();
            if (!menu)
                continue;
            for (QAction *a : menu->actions()) {
                if (a->shortcut().isEmpty() || a->text().isEmpty() || seen.contains(a))
                    continue;
                seen.insert(a);
                rows.append({ plainText(menuAction->text()), plainText(a->text()),
                    a->shortcut().toString(QKeySequence::NativeText) });
            }
        }
    }
    if (m_window) {
        // A workspace's command is listed under the workspace's name in the navigation.
        auto *stack = m_window->findChild<QStackedWidget *>(QStringLiteral("workspaces"));
        auto *navigation = m_window->findChild<QListWidget *>(QStringLiteral("navigation"));
        auto placeOf = [stack, navigation](const QObject *a) {
            const QObject *o = a->parent();
            while (o && o->parent() != stack)
                o = o->parent();
            const int index = (o && stack)
                ? stack->indexOf(qobject_cast<QWidget *>(const_cast<QObject *>(o)))
                : -1;
            return (navigation && index >= 0 && navigation->item(index))
                ? navigation->item(index)->text()
                : QString();
        };
        for (QAction *a : m_window->findChildren<QAction *>()) {
            if (a->shortcut().isEmpty() || a->text().isEmpty() || seen.contains(a)
                || a->associatedObjects().isEmpty())
                continue;
            seen.insert(a);
            const QString place = placeOf(a);
            rows.append({ place.isEmpty() ? tr("Window") : place, plainText(a->text()),
                a->shortcut().toString(QKeySequence::NativeText) });
        }
        // Buttons with a shortcut of their own (the timeline's zoom).
        for (QAbstractButton *b : m_window->findChildren<QAbstractButton *>()) {
            // A button's Alt+letter is shown underlined on the button itself: not listed here.
            if (b->shortcut().isEmpty() || b->text().isEmpty()
                || b->shortcut() == QKeySequence::mnemonic(b->text()))
                continue;
            const QString place = placeOf(b);
            rows.append({ place.isEmpty() ? tr("Window") : place, plainText(b->text()),
                b->shortcut().toString(QKeySequence::NativeText) });
        }
    }
    // Keys that belong to a widget rather than to a command.
    rows.append(
        { tr("Initiatives"), tr("Go from the search field to the list"), tr("Down arrow") });
    rows.append({ tr("Initiatives"), tr("Open the selected initiative's form"),
        tr("Enter or double-click") });
    rows.append({ tr("Timeline"), tr("Zoom around the pointer"), tr("Ctrl+mouse wheel") });
    rows.append({ tr("Dialogs"), tr("Close without doing anything"), tr("Escape") });
    m_shortcuts->setRowCount(int(rows.size()));
    for (int r = 0; r < rows.size(); ++r) {
        m_shortcuts->setItem(r, 0, new QTableWidgetItem(rows.at(r).where));
        m_shortcuts->setItem(r, 1, new QTableWidgetItem(rows.at(r).command));
        m_shortcuts->setItem(r, 2, new QTableWidgetItem(rows.at(r).keys));
    }
    m_shortcuts->resizeColumnsToContents();
}

void HelpDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QDialog::changeEvent(event);
}

} // namespace tremplin
