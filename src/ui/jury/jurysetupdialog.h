// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>
#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tremplin {

/// New jury session: its name and promotion. OK is refused, with the reasons under the fields,
/// while the check (JuryService::checkTemplate of the session it would create) finds problems.
class JurySetupNewSessionDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p check returns the problems of a session of that name and promotion (empty: fine).
    JurySetupNewSessionDialog(const QList<QPair<QString, qint64>> &promotions,
        std::function<QStringList(const QString &name, const QString &promotion)> check,
        QWidget *parent = nullptr);

    QString name() const;
    QString promotion() const;
    QLineEdit *nameEdit() const { return m_name; }
    QComboBox *promotionCombo() const { return m_promotion; }
    QLabel *problemLabel() const { return m_problem; }
    QDialogButtonBox *buttons() const { return m_buttons; }

    void accept() override;

private:
    QLineEdit *m_name;
    QComboBox *m_promotion;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
    std::function<QStringList(const QString &, const QString &)> m_check;
};

} // namespace tremplin
