// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <memory>

namespace Ui {
class AboutDialog;
}

class QLabel;

namespace tremplin {

class Translations;

/// Help > About: what Tremplin is, its version, the Qt it runs on, and its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    /// Also says whether Qt's own translations (file dialogs, standard buttons) were found.
    AboutDialog(const Translations &translations, QWidget *parent = nullptr);
    ~AboutDialog() override;

    /// The line on Qt's translations (empty in English).
    QString qtTranslationsText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    std::unique_ptr<Ui::AboutDialog> m_ui;
    const Translations *m_translations = nullptr;
    QLabel *m_qtTranslations = nullptr;
};

} // namespace tremplin
