// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"

#include <QCoreApplication>
#include <QObject>
#include <QVariantMap>
#include <functional>
#include <memory>

class QAbstractItemView;
class QLabel;
class QTableView;
class QWidget;

namespace Ui {
class InitiativeForm;
}

namespace tremplin {

class DatabaseCommand;
class Document;
class RecordTableModel;

/// What the tabs of the initiative form share: the initiative they show, the widgets of the
/// form (Designer form ui/initiativeform.ui) and the writes every tab makes (add a record, remove
/// the selected row, say why an edit was refused). Each tab owns its tables and its listener of
/// Database::changed, which returns early unless a write concerns the tables the tab shows.
/// Their texts belong to the form's translation context.
class FormTab : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    struct Context
    {
        Document &document;
        qint64 initiativeId;
        Ui::InitiativeForm &ui;
        /// Shows why an edit was refused, or a failed read, in the form's problem line.
        std::function<void(const QString &message)> showProblem;
    };

    FormTab(const Context &context, QObject *parent);

    /// The initiative's name; empty (and the failure shown) when it cannot be read.
    QString initiativeName() const;
    /// Whether @p changes concern this initiative's own row (or every initiative).
    bool touchesInitiative(const ChangeSet &changes) const;

    /// An empty line put where @p table is, shown instead of it when it has no row.
    static QLabel *emptyHint(QWidget *table, const QString &objectName);

protected:
    /// A table of this tab's records: the model, the shared editing behaviour, and column
    /// @p stretched taking the room (the others fit their content).
    void setUpTable(QTableView *view, RecordTableModel *model, int stretched);
    /// A table of this initiative's children (@p parentColumn is initiative_id).
    RecordTableModel *childTable(const QString &table, const QStringList &columns,
        const QString &orderBy, const QString &parentColumn = QStringLiteral("initiative_id"));
    /// Applies @p command as one undo step; a refusal is shown. Returns whether it applied.
    bool push(std::unique_ptr<DatabaseCommand> command);
    void insert(const QString &table, const QVariantMap &values, const QString &text);
    void removeSelected(RecordTableModel *model, QAbstractItemView *view, const QString &text);
    /// Asks to choose one of @p items; returns its position, or -1 when cancelled.
    int chooseItem(const QString &title, const QString &label, const QStringList &items);
    /// Shows @p message in the form's problem line.
    void showProblem(const QString &message) const { m_showProblem(message); }

    Document &m_document;
    const qint64 m_id;
    Ui::InitiativeForm &m_ui;

private:
    std::function<void(const QString &)> m_showProblem;
};

} // namespace tremplin
