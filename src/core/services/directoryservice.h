// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"

namespace tremplin {

class Database;

/// The people and bodies around initiatives: carrier organisations, administrations (as a
/// hierarchy) and people.
class DirectoryService
{
public:
    explicit DirectoryService(Database &db)
        : m_db(db)
    { }

    qint64 createOrganisation(const Organisation &o);
    qint64 createAdministration(const Administration &a);
    qint64 createPerson(const Person &p);

    /// The administration with this exact name, or 0.
    qint64 findAdministration(const QString &name) const;

private:
    Database &m_db;
};

} // namespace tremplin
