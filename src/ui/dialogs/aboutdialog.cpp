// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "core/i18n/translations.h"
#include "ui_aboutdialog.h"

#include <QDir>
#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace tremplin {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AboutDialog>())
{
    m_ui->setupUi(this);
    retranslateUi();
}

AboutDialog::AboutDialog(const Translations &translations, QWidget *parent)
    : AboutDialog(parent)
{
    m_translations = &translations;
    m_qtTranslations = new QLabel(this);
    m_qtTranslations->setObjectName(QStringLiteral("qtTranslationsLabel"));
    m_qtTranslations->setWordWrap(true);
    m_qtTranslations->setTextInteractionFlags(Qt::TextSelectableByMouse);
    // Under the version line.
    auto *box = qobject_cast<QVBoxLayout *>(layout());
    box->insertWidget(box->indexOf(m_ui->versionLabel) + 1, m_qtTranslations);
    retranslateUi();
}

AboutDialog::~AboutDialog() = default;

QString AboutDialog::qtTranslationsText() const
{
    return m_qtTranslations ? m_qtTranslations->text() : QString();
}

void AboutDialog::retranslateUi()
{
    m_ui->versionLabel->setText(
        tr("Version %1, built with Qt %2, running on Qt %3.")
            .arg(QStringLiteral(TREMPLIN_VERSION), QStringLiteral(QT_VERSION_STR),
                QString::fromLatin1(qVersion())));
    if (!m_qtTranslations)
        return;
    const QString language = m_translations->current();
    QString text;
    if (language != QLatin1String("en")) {
        text = m_translations->qtCatalogueLoaded()
            ? tr("Qt's own translations (file dialogs, standard buttons) are loaded from %1.")
                  .arg(QDir::toNativeSeparators(Translations::qtCataloguePath()))
            : tr("Qt's own translations were not found in %1: file dialogs and standard buttons "
                 "stay in English. On Debian or Ubuntu, install the package qt6-translations-l10n.")
                  .arg(QDir::toNativeSeparators(Translations::qtCataloguePath()));
    }
    m_qtTranslations->setText(text);
    m_qtTranslations->setVisible(!text.isEmpty());
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
