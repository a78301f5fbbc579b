// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QStringList>
#include <QWidget>
#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QGridLayout;
class QLabel;
class QLineEdit;
class QPushButton;

namespace tremplin {

/// The initiative's themes, chosen (not typed) from the programme's list: one check box per
/// theme, and a "New Theme…" button for a theme the list lacks. Nothing typed here can create a
/// theme by accident; FieldBinder writes the checked list through the undo stack.
class ThemePicker : public QWidget
{
    Q_OBJECT
public:
    explicit ThemePicker(QWidget *parent = nullptr);

    /// The programme's themes, in the order shown; keeps the checked ones that remain.
    void setAvailable(const QStringList &themes);
    QStringList available() const { return m_available; }
    void setChecked(const QStringList &themes);
    QStringList checked() const;
    /// The check box of @p theme, or nullptr.
    QCheckBox *box(const QString &theme) const;
    QPushButton *newThemeButton() const { return m_newTheme; }

Q_SIGNALS:
    /// The user checked or unchecked a theme.
    void edited();
    /// The user asked for a new theme.
    void newThemeRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    QStringList m_available;
    QList<QCheckBox *> m_boxes;
    QGridLayout *m_grid;
    QLabel *m_empty;
    QPushButton *m_newTheme;
};

/// Asks the name of a new theme and says at once why a name cannot be used (empty, or the same
/// as an existing theme ignoring case and accents); OK is enabled only for a usable name.
class NewThemeDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p problem returns why a name cannot be used, empty when it can (InitiativeService).
    NewThemeDialog(std::function<QString(const QString &)> problem, QWidget *parent = nullptr);

    QString name() const;
    QLineEdit *nameEdit() const { return m_name; }
    QLabel *problemLabel() const { return m_problem; }
    QPushButton *okButton() const;

private:
    void check();
    std::function<QString(const QString &)> m_problemOf;
    QLineEdit *m_name;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace tremplin
