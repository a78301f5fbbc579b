// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/records.h"

#include <QElapsedTimer>
#include <QUndoCommand>
#include <QVariant>

#include <memory>

namespace tremplin {

class Document;

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
    static bool push(Document &document, std::unique_ptr<DatabaseCommand> command,
                     QString *error = nullptr);

protected:
    virtual void apply() = 0;
    virtual void revert() = 0;
    Document &m_document;

private:
    bool m_applied = false;
};

/// Sets one allow-listed field (RecordService) of one record. Consecutive edits of the same
/// field within a short time merge into one undo step: a burst of typing is undone at once.
class SetFieldCommand : public DatabaseCommand
{
public:
    enum { Id = 1 };
    SetFieldCommand(Document &document, const QString &table, const QString &column, qint64 id,
                    const QVariant &newValue, const QString &text);

    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand *other) override;

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
};

/// Sets several fields of one record in one step (a timeline bar moved: start and end).
class SetFieldsCommand : public DatabaseCommand
{
public:
    SetFieldsCommand(Document &document, const QString &table, qint64 id, const QVariantMap &newValues,
                     const QString &text);

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
    InsertRecordCommand(Document &document, const QString &table, const QVariantMap &values,
                        const QString &text);
    qint64 recordId() const { return m_recordId; }

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    QVariantMap m_values;
    qint64 m_recordId = 0;
    RemovedRecord m_removed;
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
