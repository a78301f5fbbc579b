// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../commands/databasecommand.h"
#include "core/services/directoryservice.h"

namespace tremplin {

/// Merges duplicate records of the directory into one (DirectoryService::merge): every
/// reference follows the kept record. Undo puts every reference and the merged records back
/// exactly, in one step.
class MergeCommand : public DatabaseCommand
{
public:
    MergeCommand(Document &document, const QString &table, qint64 keepId,
        const QList<qint64> &goneIds, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    QString m_table;
    qint64 m_keepId;
    QList<qint64> m_goneIds;
    MergeRecord m_merged;
};

} // namespace tremplin
