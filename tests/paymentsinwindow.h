// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Payments imported in the window as a user does it, for the tests of snapshots and faults.

#include "modaldialogs.h"
#include "ui/dialogs/importdialog.h"
#include "ui/mainwindow.h"

#include <QListWidget>
#include <QPushButton>

namespace tremplin::test {

/// Grants › Import Payments… in @p w, the file chosen, the dialog's Import pressed; the
/// dialog's problems when it stays open (then cancelled), else empty.
inline QString importPaymentsInWindow(MainWindow &w, const QString &csv)
{
    w.showWorkspace(MainWindow::Grants);
    auto *button = w.workspaceWidget(MainWindow::Grants)
                       ->findChild<QPushButton *>(QStringLiteral("importPayments"));
    if (!button)
        return QStringLiteral("no Import Payments button");
    QString problems;
    answerFileDialog(csv);
    onNextModal<ImportDialog>([&problems](ImportDialog *dialog) {
        clickDialogButton(dialog, QDialogButtonBox::Ok);
        if (dialog->isVisible()) {
            auto *list = dialog->findChild<QListWidget *>();
            for (int i = 0; list && i < list->count(); ++i)
                problems += list->item(i)->text();
            clickDialogButton(dialog, QDialogButtonBox::Cancel);
        }
    });
    QTest::mouseClick(button, Qt::LeftButton);
    return problems;
}

} // namespace tremplin::test
