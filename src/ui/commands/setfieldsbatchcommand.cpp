// SPDX-License-Identifier: GPL-3.0-or-later
#include "setfieldsbatchcommand.h"

#include "../document.h"
#include "core/database/transaction.h"

namespace tremplin {

SetFieldsBatchCommand::SetFieldsBatchCommand(
    Document &document, const QString &table, QList<Edit> edits, const QString &text)
    : DatabaseCommand(document, text)
    , m_table(table)
    , m_new(std::move(edits))
{
    RecordService records(document.database());
    for (const Edit &edit : std::as_const(m_new)) {
        Edit old { edit.id, {} };
        for (auto it = edit.values.cbegin(); it != edit.values.cend(); ++it)
            old.values.insert(it.key(), records.value(table, it.key(), edit.id));
        m_old.append(old);
    }
}

void SetFieldsBatchCommand::write(const QList<Edit> &edits, RecordService::Check check)
{
    // Each setValues() nests in this transaction: the first refusal rolls back them all.
    WriteTransaction tx(m_document.database());
    RecordService records(m_document.database());
    for (const Edit &edit : edits)
        records.setValues(m_table, edit.id, edit.values, check);
    tx.commit();
}

void SetFieldsBatchCommand::apply()
{
    // The first time, every rule applies (it is the user's edit); replays restore values that
    // were valid when written.
    write(m_new, m_firstApply ? RecordService::Check::Full : RecordService::Check::ValueOnly);
    m_firstApply = false;
}

void SetFieldsBatchCommand::revert()
{
    write(m_old, RecordService::Check::ValueOnly);
}

} // namespace tremplin
