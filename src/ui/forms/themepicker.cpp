// SPDX-License-Identifier: GPL-3.0-or-later
#include "themepicker.h"

#include "../style.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

namespace {
/// Check boxes per row: a programme has a handful of themes, so two or three rows at most.
constexpr int Columns = 4;
} // namespace

ThemePicker::ThemePicker(QWidget *parent)
    : QWidget(parent)
    , m_grid(new QGridLayout)
    , m_empty(new QLabel(this))
    , m_newTheme(new QPushButton(this))
{
    m_newTheme->setObjectName(QStringLiteral("newThemeButton"));
    m_empty->setObjectName(QStringLiteral("noThemeLabel"));
    m_empty->setWordWrap(true);
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_grid->setContentsMargins(0, 0, 0, 0);
    m_grid->setHorizontalSpacing(16);
    auto *column = new QVBoxLayout;
    column->addLayout(m_grid);
    column->addWidget(m_empty);
    layout->addLayout(column, 1);
    layout->addWidget(m_newTheme, 0, Qt::AlignTop);
    connect(m_newTheme, &QPushButton::clicked, this, &ThemePicker::newThemeRequested);
    retranslateUi();
    setAvailable({});
}

void ThemePicker::setAvailable(const QStringList &themes)
{
    if (themes == m_available)
        return;
    const QStringList keep = checked();
    qDeleteAll(m_boxes);
    m_boxes.clear();
    m_available = themes;
    for (int i = 0; i < themes.size(); ++i) {
        auto *box = new QCheckBox(themes.at(i), this);
        box->setObjectName(QStringLiteral("theme:%1").arg(themes.at(i)));
        box->setChecked(keep.contains(themes.at(i)));
        // clicked, not toggled: only what the user does is an edit.
        connect(box, &QCheckBox::clicked, this, &ThemePicker::edited);
        m_grid->addWidget(box, i / Columns, i % Columns);
        m_boxes.append(box);
    }
    m_empty->setVisible(themes.isEmpty());
    setFocusProxy(m_boxes.isEmpty() ? static_cast<QWidget *>(m_newTheme) : m_boxes.first());
}

void ThemePicker::setChecked(const QStringList &themes)
{
    for (QCheckBox *box : std::as_const(m_boxes))
        box->setChecked(themes.contains(box->text()));
}

QStringList ThemePicker::checked() const
{
    QStringList out;
    for (QCheckBox *box : m_boxes) {
        if (box->isChecked())
            out.append(box->text());
    }
    return out;
}

QCheckBox *ThemePicker::box(const QString &theme) const
{
    for (QCheckBox *box : m_boxes) {
        if (box->text() == theme)
            return box;
    }
    return nullptr;
}

void ThemePicker::retranslateUi()
{
    m_newTheme->setText(tr("New Theme…")); // every letter of it is taken by a label or a tab
    m_newTheme->setToolTip(
        tr("Add a theme to the programme's list and give it to this initiative"));
    m_empty->setText(tr("The programme has no themes yet: create one with New Theme…"));
}

void ThemePicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

NewThemeDialog::NewThemeDialog(std::function<QString(const QString &)> problem, QWidget *parent)
    : QDialog(parent)
    , m_problemOf(std::move(problem))
    , m_name(new QLineEdit(this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("New Theme"));
    m_name->setObjectName(QStringLiteral("themeNameEdit"));
    m_problem->setObjectName(QStringLiteral("themeNameProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Name of the theme:"), m_name);
    layout->addLayout(form);
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &NewThemeDialog::check);
    check();
    resize(420, sizeHint().height());
}

QString NewThemeDialog::name() const
{
    return m_name->text().simplified();
}

QPushButton *NewThemeDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void NewThemeDialog::check()
{
    const QString problem = m_problemOf ? m_problemOf(m_name->text()) : QString();
    // An empty field at the start is not an error yet: only a disabled OK.
    m_problem->setText(m_name->text().isEmpty() ? QString() : problem);
    m_problem->setVisible(!m_problem->text().isEmpty());
    okButton()->setEnabled(problem.isEmpty());
}

} // namespace tremplin
