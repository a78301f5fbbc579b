// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "ui_aboutdialog.h"

#include <QEvent>

namespace tremplin {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    retranslateUi();
}

AboutDialog::~AboutDialog() = default;

void AboutDialog::retranslateUi()
{
    m_ui->versionLabel->setText(tr("Version %1, built with Qt %2, running on Qt %3.")
                                    .arg(QStringLiteral(TREMPLIN_VERSION),
                                         QStringLiteral(QT_VERSION_STR),
                                         QString::fromLatin1(qVersion())));
}

void AboutDialog::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        m_ui->retranslateUi(this);
        retranslateUi();
    }
    QDialog::changeEvent(event);
}

} // namespace tremplin
