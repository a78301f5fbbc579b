// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <QVariant>
#include <functional>

class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QWidget;

namespace tremplin {

class Document;

/// Binds form widgets to allow-listed fields (RecordService), the one path for form edits.
/// Typing is written after a short pause (WriteDelayMs) or when the field is left, not at each
/// keystroke: one transaction for a burst, merged into one undo step by SetFieldCommand. A
/// choice (combo, theme, referenced record) is written at once. An invalid value stays in the
/// widget with a message under it and is not written. flush() writes what is still pending:
/// the form calls it when it closes, and the document asks for it when the main window closes
/// or the application quits, so nothing typed is lost. Widgets follow the database when it
/// changes (undo, another form), except a field whose typing is not written yet.
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    /// Which record a binding edits; evaluated at each edit (the carrier can change).
    using IdSource = std::function<qint64()>;

    /// The pause in typing after which a text field is written.
    static constexpr int WriteDelayMs = 300;

    FieldBinder(Document &document, QObject *parent = nullptr);

    /// Binds @p editor (QLineEdit, QPlainTextEdit, ThemePicker, ReferencePicker or QComboBox with
    /// codes/ids as item data) in
    /// @p layout; the message label is inserted under it.
    void bind(QWidget *editor, QFormLayout *layout, const QString &table, const QString &column,
        IdSource id);

    /// Reads every bound value from the database into its widget (not overwriting a widget
    /// holding invalid text the user has not fixed yet).
    void reload();
    /// Writes at once every field whose typing is waiting for its pause.
    void flush();
    /// Whether some typing is not written yet.
    bool hasUnwrittenTyping() const;
    /// The tables the bound fields belong to: the form reloads them when these change.
    QStringList tables() const;

    /// Messages of the fields whose typed value could not be saved; empty when all is saved.
    QStringList pendingProblems() const;
    /// Forgets typed values that could not be saved (their record is gone).
    void discardPending();

Q_SIGNALS:
    /// After each edit attempt; the form updates its summary.
    void problemsChanged();

private:
    struct Binding
    {
        QPointer<QWidget> editor;
        QPointer<QLabel> message;
        QPointer<QLabel> label; ///< the form's label of the field, for undo texts
        QString table;
        QString column;
        IdSource id;
        QString problem;
        bool unwritten = false; ///< typed, waiting for the pause or the field to be left
    };
    /// Whether @p changes may change a value shown: the record of a field, not only its table.
    bool concerns(const ChangeSet &changes) const;
    QVariant widgetValue(const Binding &b) const;
    void setWidgetValue(Binding &b, const QVariant &value);
    void edited(int index);
    /// A keystroke in a text field: written after the pause.
    void typed(int index);
    bool eventFilter(QObject *watched, QEvent *event) override;
    void showProblem(Binding &b, const QString &problem);
    QString shownLabel(const Binding &b) const;

    Document &m_document;
    QList<Binding> m_bindings;
    bool m_loading = false;
    int m_editing = -1; ///< the binding being written: reload leaves its widget as typed
    QTimer m_pause;
};

} // namespace tremplin
