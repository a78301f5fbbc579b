// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace tremplin {

/// Help > About: what Tremplin is, its version, the Qt it runs on, and its licence.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);
    ~AboutDialog() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace tremplin
