// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin {

class Database;

/// The record an audit line belongs to for a History panel: an initiative, a grant or a
/// committee (a jury session is its committee). Empty kind when the row belongs to none (a
/// person, the programme's settings).
struct AuditScope
{
    QString kind; ///< "initiative", "grant_award", "committee" or empty
    qint64 id = 0;
};

/// Where a row of @p table with id @p id belongs, read from its parent columns (a disbursement
/// from its grant, a jury score from its session's committee). Rows already deleted, rows of
/// tables without a parent and id 0 (many rows) belong to none.
AuditScope auditScope(const Database &db, const QString &table, qint64 id);

} // namespace tremplin
