// SPDX-License-Identifier: GPL-3.0-or-later
// Answering the dialogs a user answers, for widget tests: the test presses the dialog's own
// buttons, as a user would, instead of calling the code behind them.
#pragma once

#include <QApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLineEdit>
#include <QPushButton>
#include <QTimer>
#include <QtTest>

#include <functional>

namespace tremplin::test {

/// Waits (in the event loop of the dialog about to open) for a modal dialog of type @p T, then
/// calls @p answer on it. Call before the action that opens the dialog.
template<typename T>
void whenModalOpens(std::function<void(T *)> answer, int timeoutMs = 10000)
{
    auto *timer = new QTimer;
    auto elapsed = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, elapsed, timeoutMs] {
        *elapsed += 20;
        if (T *dialog = qobject_cast<T *>(QApplication::activeModalWidget())) {
            timer->stop();
            timer->deleteLater();
            answer(dialog);
        } else if (*elapsed > timeoutMs) {
            timer->stop();
            timer->deleteLater();
        }
    });
    timer->start(20);
}

/// Answers the next file dialog with @p path: types it in the file name field and clicks the
/// dialog's Open or Save button.
inline void answerFileDialog(const QString &path)
{
    whenModalOpens<QFileDialog>([path](QFileDialog *dialog) {
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        auto *box = dialog->findChild<QDialogButtonBox *>(QStringLiteral("buttonBox"));
        QVERIFY(name && box);
        name->setText(path);
        QPushButton *button = box->button(dialog->acceptMode() == QFileDialog::AcceptSave
                                              ? QDialogButtonBox::Save
                                              : QDialogButtonBox::Open);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

/// Closes the next message box by clicking its button @p which.
inline void answerMessageBox(QDialogButtonBox::StandardButton which = QDialogButtonBox::Ok)
{
    whenModalOpens<QDialog>([which](QDialog *dialog) {
        auto *box = dialog->findChild<QDialogButtonBox *>();
        QVERIFY(box);
        QPushButton *button = box->button(which);
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
    });
}

} // namespace tremplin::test
