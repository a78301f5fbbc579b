// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;

namespace tremplin {

/// What the window shows when no file is open (the last one could not be opened, or a damaged
/// file was closed): why, and what to do next — open a file, create one, open the demo
/// programme or a recent file.
class NoFilePage : public QWidget
{
    Q_OBJECT
public:
    explicit NoFilePage(QWidget *parent = nullptr);

    /// Why no file is open (empty: no reason to give).
    void setReason(const QString &reason);
    /// The recent files offered, newest first.
    void setRecentFiles(const QStringList &paths);

    QPushButton *openButton() const { return m_open; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *demoButton() const { return m_demo; }
    QListWidget *recentList() const { return m_recent; }

Q_SIGNALS:
    void openRequested();
    void newRequested();
    void demoRequested();
    void recentRequested(const QString &path);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QLabel *m_title;
    QLabel *m_reason;
    QLabel *m_hint;
    QPushButton *m_open;
    QPushButton *m_new;
    QPushButton *m_demo;
    QLabel *m_recentLabel;
    QListWidget *m_recent;
};

} // namespace tremplin
