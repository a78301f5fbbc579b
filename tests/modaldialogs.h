// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Tests press what users press, also in the modal dialogs a button opens: exec() blocks the
// test until the dialog closes, so the test acts on it from a timer once it is on screen.

#include <QApplication>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QLineEdit>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QTimer>
#include <QtTest>
#include <functional>
#include <memory>

namespace tremplin::test {

/// Calls @p act with the next modal dialog of type T once it is shown (gives up after 10 s).
template<typename T> void onNextModal(std::function<void(T *)> act)
{
    auto *timer = new QTimer(qApp);
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, act, clock] {
        auto *dialog = qobject_cast<T *>(QApplication::activeModalWidget());
        if ((!dialog || !dialog->isVisible()) && clock->elapsed() < 10000)
            return;
        timer->stop();
        timer->deleteLater();
        if (dialog)
            act(dialog);
    });
    timer->start();
}

/// Types @p text into whatever has the focus, one key at a time, as a user does (an editor
/// opened by the first key gets the next ones).
inline void type(const QString &text)
{
    for (const QChar c : text) {
        QWidget *target = QApplication::focusWidget();
        QVERIFY(target);
        QTest::keyClicks(target, QString(c));
    }
}

/// Presses @p key in whatever has the focus.
inline void press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
{
    QWidget *target = QApplication::focusWidget();
    QVERIFY(target);
    QTest::keyClick(target, key, modifiers);
}

/// Answers the next file dialog with @p path, as a user would: types it and presses Enter.
inline void answerFileDialog(const QString &path)
{
    onNextModal<QFileDialog>([path](QFileDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        if (!edit)
            return dialog->reject();
        edit->setText(path);
        QTest::keyClick(edit, Qt::Key_Return);
    });
}

/// Clicks the @p which button of the dialog's QDialogButtonBox.
inline void clickDialogButton(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    for (auto *box : dialog->findChildren<QDialogButtonBox *>()) {
        if (QPushButton *b = box->button(which)) {
            QTest::mouseClick(b, Qt::LeftButton);
            return;
        }
    }
}

/// The action named @p name (objectName) in the menus of @p w, submenus included.
inline QAction *menuAction(QMainWindow &w, const QString &name)
{
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == name)
                return a;
        }
    }
    return nullptr;
}

/// The menu action with the standard @p key (Undo, Redo...).
inline QAction *menuAction(QMainWindow &w, QKeySequence::StandardKey key)
{
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
    }
    return nullptr;
}

} // namespace tremplin::test
