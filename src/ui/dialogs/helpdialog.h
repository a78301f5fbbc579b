// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QAction;
class QTabWidget;
class QTableWidget;
class QTextBrowser;

namespace tremplin {

/// Help › User Guide and Keyboard Shortcuts: the guide bundled with the application (offline,
/// in the interface language) and the shortcuts read from the window's own actions, so the list
/// is always the one that works.
class HelpDialog : public QDialog
{
    Q_OBJECT
public:
    enum Page { Guide, Shortcuts };

    /// @p window: the main window whose menus and workspaces hold the actions listed.
    explicit HelpDialog(QWidget *window, QWidget *parent = nullptr);

    void showPage(Page page);
    Page currentPage() const;
    QTextBrowser *guide() const { return m_guide; }
    QTableWidget *shortcuts() const { return m_shortcuts; }

    /// The guide's resource for @p language ("en", "fr"); English when none is bundled.
    static QString guideResource(const QString &language);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillShortcuts();
    QPointer<QWidget> m_window;
    QTabWidget *m_tabs;
    QTextBrowser *m_guide;
    QTableWidget *m_shortcuts;
};

} // namespace tremplin
