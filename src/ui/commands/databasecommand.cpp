// SPDX-License-Identifier: GPL-3.0-or-later
#include "databasecommand.h"

#include "../document.h"
#include "core/database/transaction.h"
#include "core/error.h"

namespace tremplin {

DatabaseCommand::DatabaseCommand(Document &document, const QString &text)
    : QUndoCommand(text)
    , m_document(document)
{ }

void DatabaseCommand::redo()
{
    if (!m_applied) {
        // push() already applied it.
        m_applied = true;
        return;
    }
    m_document.replayStep([this] { apply(); });
}

void DatabaseCommand::undo()
{
    m_document.replayStep([this] { revert(); });
}

bool DatabaseCommand::push(
    Document &document, std::unique_ptr<DatabaseCommand> command, QString *error)
{
    try {
        command->apply();
    } catch (const Error &e) {
        if (error)
            *error = e.message();
        return false;
    }
    document.undoStack().push(command.release());
    return true;
}

SetFieldCommand::SetFieldCommand(Document &document, const QString &table, const QString &column,
    qint64 id, const QVariant &newValue, const QString &text)
    : DatabaseCommand(document, text)
    , m_table(table)
    , m_column(column)
    , m_recordId(id)
    , m_old(RecordService(document.database()).value(table, column, id))
    , m_new(newValue)
{
    m_lastEdit.start();
}

void SetFieldCommand::apply()
{
    if (m_newIdFrom)
        m_new = m_newIdFrom->recordId();
    // The first time, every rule applies (it is the user's edit); replays restore values that
    // were valid when written, even if a workflow rule would not allow going back to them.
    RecordService(m_document.database())
        .setValue(m_table, m_column, m_recordId, m_new,
            m_firstApply ? RecordService::Check::Full : RecordService::Check::ValueOnly);
    m_firstApply = false;
}

void SetFieldCommand::revert()
{
    RecordService(m_document.database())
        .setValue(m_table, m_column, m_recordId, m_old, RecordService::Check::ValueOnly);
}

bool SetFieldCommand::mergeWith(const QUndoCommand *other)
{
    const auto *o = static_cast<const SetFieldCommand *>(other);
    if (o->m_table != m_table || o->m_column != m_column || o->m_recordId != m_recordId)
        return false;
    if (m_lastEdit.elapsed() > MergeWindowMs)
        return false;
    m_new = o->m_new;
    m_lastEdit.restart();
    setObsolete(m_new == m_old);
    return true;
}

SetFieldsCommand::SetFieldsCommand(Document &document, const QString &table, qint64 id,
    const QVariantMap &newValues, const QString &text)
    : DatabaseCommand(document, text)
    , m_table(table)
    , m_recordId(id)
    , m_new(newValues)
{
    RecordService records(document.database());
    for (auto it = newValues.cbegin(); it != newValues.cend(); ++it)
        m_old.insert(it.key(), records.value(table, it.key(), id));
}

void SetFieldsCommand::apply()
{
    RecordService(m_document.database())
        .setValues(m_table, m_recordId, m_new,
            m_firstApply ? RecordService::Check::Full : RecordService::Check::ValueOnly);
    m_firstApply = false;
}

void SetFieldsCommand::revert()
{
    RecordService(m_document.database())
        .setValues(m_table, m_recordId, m_old, RecordService::Check::ValueOnly);
}

InsertRecordCommand::InsertRecordCommand(
    Document &document, const QString &table, const QVariantMap &values, const QString &text)
    : DatabaseCommand(document, text)
    , m_table(table)
    , m_values(values)
{ }

void InsertRecordCommand::setIdFrom(const QString &column, const InsertRecordCommand *parent)
{
    m_idsFrom.append({ column, parent });
}

void InsertRecordCommand::apply()
{
    RecordService records(m_document.database());
    for (const auto &[column, parent] : std::as_const(m_idsFrom))
        m_values.insert(column, parent->recordId());
    if (m_recordId == 0)
        m_recordId = records.insert(m_table, m_values);
    else
        records.restore(m_removed); // same id as the first time
}

void InsertRecordCommand::revert()
{
    m_removed = RecordService(m_document.database()).remove(m_table, m_recordId);
}

RemoveRecordCommand::RemoveRecordCommand(
    Document &document, const QString &table, qint64 id, const QString &text)
    : DatabaseCommand(document, text)
    , m_table(table)
    , m_recordId(id)
{ }

void RemoveRecordCommand::apply()
{
    m_removed = RecordService(m_document.database()).remove(m_table, m_recordId);
}

void RemoveRecordCommand::revert()
{
    RecordService(m_document.database()).restore(m_removed);
}

} // namespace tremplin

namespace tremplin {

CompositeCommand::CompositeCommand(Document &document, const QString &text)
    : DatabaseCommand(document, text)
{ }

CompositeCommand::~CompositeCommand() = default;

void CompositeCommand::apply()
{
    // One transaction: a refused step rolls back the ones before it.
    WriteTransaction tx(m_document.database());
    for (const auto &step : m_steps)
        step->apply();
    tx.commit();
}

void CompositeCommand::revert()
{
    WriteTransaction tx(m_document.database());
    for (auto it = m_steps.rbegin(); it != m_steps.rend(); ++it)
        (*it)->revert();
    tx.commit();
}

} // namespace tremplin
