// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/records.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>
#include <memory>
#include <vector>

namespace tremplin {

class Document;
class InsertRecordCommand;

/// An undoable change of the database. The change is applied once before the command is pushed
/// (see push()), so a refused edit never reaches the undo stack; afterwards undo() and redo()
/// replay it through Document::replayStep(): Document::undo() and redo() replay a step in one
/// transaction and move the stack's index only when it was written, so a refused replay (a
/// file gone read-only...) leaves the stack and the file as they were and is reported.
class DatabaseCommand : public QUndoCommand
{
public:
    explicit DatabaseCommand(Document &document, const QString &text);

    void redo() final;
    void undo() final;

    /// Applies @p command; on success pushes it on the document's undo stack and returns true.
    /// On refusal returns false with the reason in @p error (translated) and pushes nothing.
    static bool push(
        Document &document, std::unique_ptr<DatabaseCommand> command, QString *error = nullptr);

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Document &m_document;

private:
    friend class CompositeCommand;
    bool m_applied = false;
};

/// Sets one allow-listed field (RecordService) of one record. Consecutive edits of the same
/// field within a short time merge into one undo step: a burst of typing is undone at once.
class SetFieldCommand : public DatabaseCommand
{
public:
    enum { Id = 1 };
    /// Edits of the same field closer than this merge into one undo step.
    static constexpr qint64 MergeWindowMs = 1500;
    SetFieldCommand(Document &document, const QString &table, const QString &column, qint64 id,
        const QVariant &newValue, const QString &text);

    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;
    /// The new value is the id of the record @p insert creates (an earlier step of the same
    /// CompositeCommand).
    void setNewIdFrom(const InsertRecordCommand *insert) { m_newIdFrom = insert; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QString m_column;
    qint64 m_recordId;
    QVariant m_old;
    QVariant m_new;
    QElapsedTimer m_lastEdit;
    bool m_firstApply = true;
    const InsertRecordCommand *m_newIdFrom = nullptr;
};

/// Sets several fields of one record in one step (a timeline bar moved: start and end).
class SetFieldsCommand : public DatabaseCommand
{
public:
    SetFieldsCommand(Document &document, const QString &table, qint64 id,
        const QVariantMap &newValues, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    qint64 m_recordId;
    QVariantMap m_old;
    QVariantMap m_new;
    bool m_firstApply = true;
};

/// Creates a record; undo removes it (with what depends on it), redo puts it back with the
/// same id.
class InsertRecordCommand : public DatabaseCommand
{
public:
    InsertRecordCommand(
        Document &document, const QString &table, const QVariantMap &values, const QString &text);
    qint64 recordId() const { return m_recordId; }
    /// Makes @p column take the id of the record @p parent created: both are steps of one
    /// CompositeCommand (a person and its link to the initiative), @p parent the earlier one.
    void setIdFrom(const QString &column, const InsertRecordCommand *parent);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QVariantMap m_values;
    qint64 m_recordId = 0;
    RemovedRecord m_removed;
    QList<QPair<QString, const InsertRecordCommand *>> m_idsFrom;
};

/// An edit made of several steps (a record and the link to it) as one command: the steps are
/// applied in order in one transaction, all or nothing, and undone in reverse order in one
/// transaction. A refused step leaves the file, the undo stack and its redo history as they
/// were. A later step may use the id an earlier insert created (setIdFrom, SetFieldCommand's
/// setNewIdFrom).
class CompositeCommand : public DatabaseCommand
{
public:
    CompositeCommand(Document &document, const QString &text);
    ~CompositeCommand() override;
    /// Adds a step; returns it for wiring ids between steps.
    template<typename Step> Step *add(std::unique_ptr<Step> step)
    {
        Step *raw = step.get();
        m_steps.push_back(std::move(step));
        return raw;
    }

protected:
    void apply() override;
    void revert() override;

private:
    std::vector<std::unique_ptr<DatabaseCommand>> m_steps;
};

/// Deletes a record and everything that depends on it; undo restores all of it exactly.
class RemoveRecordCommand : public DatabaseCommand
{
public:
    RemoveRecordCommand(Document &document, const QString &table, qint64 id, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    qint64 m_recordId;
    RemovedRecord m_removed;
};

} // namespace tremplin
