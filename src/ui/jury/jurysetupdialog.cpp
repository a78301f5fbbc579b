// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurysetupdialog.h"

#include "../style.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

JurySetupNewSessionDialog::JurySetupNewSessionDialog(
    const QList<QPair<QString, qint64>> &promotions,
    std::function<QStringList(const QString &, const QString &)> check, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_promotion(new QComboBox(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
    , m_check(std::move(check))
{
    setObjectName(QStringLiteral("juryNewSessionDialog"));
    setWindowTitle(tr("New Jury Session"));
    m_name->setObjectName(QStringLiteral("juryNewSessionName"));
    m_promotion->setObjectName(QStringLiteral("juryNewSessionPromotion"));
    for (const auto &[label, id] : promotions)
        m_promotion->addItem(label, id);
    m_promotion->setCurrentIndex(int(promotions.size()) - 1); // the latest promotion
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();
    auto *intro = new QLabel(tr("The session starts with the criteria the AIC published "
                                "(general interest, impact, feasibility, maturity, collaboration "
                                "with the State) and its two tracks, expert jury and citizen "
                                "panel; change them in Set-up."),
        this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Promotion:"), m_promotion);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    resize(std::max(480, sizeHint().width()), sizeHint().height());
}

QString JurySetupNewSessionDialog::name() const
{
    return m_name->text().trimmed();
}

QString JurySetupNewSessionDialog::promotion() const
{
    return m_promotion->currentText();
}

void JurySetupNewSessionDialog::accept()
{
    QStringList problems;
    if (m_promotion->currentIndex() < 0)
        problems.append(tr("Create a promotion first (Programme workspace)."));
    else if (m_check)
        problems = m_check(name(), promotion());
    if (!problems.isEmpty()) {
        m_problem->setText(problems.join(QLatin1Char('\n')));
        m_problem->show();
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

} // namespace tremplin
