// SPDX-License-Identifier: GPL-3.0-or-later
#include "mergecommand.h"

#include "../document.h"

namespace tremplin {

MergeCommand::MergeCommand(Document &document, const QString &table, qint64 keepId,
    const QList<qint64> &goneIds, const QString &text)
    : DatabaseCommand(document, text)
    , m_table(table)
    , m_keepId(keepId)
    , m_goneIds(goneIds)
{ }

void MergeCommand::apply()
{
    m_merged = DirectoryService(m_document.database()).merge(m_table, m_keepId, m_goneIds);
}

void MergeCommand::revert()
{
    DirectoryService(m_document.database()).unmerge(m_merged);
}

} // namespace tremplin
