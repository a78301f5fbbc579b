// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <vector>

namespace tremplin {

/// One foreign key of the schema: what removing a row takes or changes with it.
struct ForeignKey
{
    const char *child;
    const char *column;
    const char *parent;
    bool cascade; ///< ON DELETE CASCADE; otherwise SET NULL
};

/// Every foreign key of the schema, kept by hand beside the migrations (RecordService::remove
/// follows it to capture cascades for an exact undo); tst_services checks it against
/// PRAGMA foreign_key_list for every table.
const std::vector<ForeignKey> &foreignKeys();

} // namespace tremplin
