// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

namespace tremplin {

class Database;

/// Keeps initiative.search_text (see searchKey()) in step with what it is built from: the
/// initiative's name, town and description and its carrier's name. Called by the services
/// inside their write transaction.
void refreshInitiativeSearchKey(Database &db, qint64 initiativeId);
void refreshSearchKeysOfCarrier(Database &db, qint64 organisationId);

} // namespace tremplin
