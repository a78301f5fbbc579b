// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>
#include <QStringList>
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

/// Binds form widgets to allow-listed fields (RecordService), the one path for form edits:
/// each change is checked as it is typed; a valid one is written at once through an undoable
/// SetFieldCommand (a burst of typing merges into one step); an invalid one stays in the widget
/// with a message under it and is not written. Widgets follow the database when it changes
/// (undo, another form).
class FieldBinder : public QObject
{
    Q_OBJECT
public:
    /// Which record a binding edits; evaluated at each edit (the carrier can change).
    using IdSource = std::function<qint64()>;

    FieldBinder(Document &document, QObject *parent = nullptr);

    /// Binds @p editor (QLineEdit, QPlainTextEdit, ThemePicker or QComboBox with codes/ids as item data) in
    /// @p layout; the message label is inserted under it.
    void bind(QWidget *editor, QFormLayout *layout, const QString &table, const QString &column,
              IdSource id);

    /// Reads every bound value from the database into its widget (not overwriting a widget
    /// holding invalid text the user has not fixed yet).
    void reload();

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
    };
    QVariant widgetValue(const Binding &b) const;
    void setWidgetValue(Binding &b, const QVariant &value);
    void edited(int index);
    void showProblem(Binding &b, const QString &problem);
    QString shownLabel(const Binding &b) const;

    Document &m_document;
    QList<Binding> m_bindings;
    bool m_loading = false;
    int m_editing = -1; ///< the binding being written: reload leaves its widget as typed
};

} // namespace tremplin
