// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QSqlDatabase;

namespace tremplin {
class SqlDialect;
}

#include <vector>

namespace tremplin {

/// One step of the schema's history. Steps are append-only: a step that has shipped is never
/// edited; a change of schema is a new step. Each runs in one transaction, and the schema
/// version is written last, so a step is either fully applied or not at all.
struct MigrationStep
{
    int version;
    const char *summary;
    const char *sql; ///< Portable SQL; %PK% stands for the engine's auto primary key type.
    /// Work SQL cannot express (recomputing derived columns in C++), run after the statements
    /// inside the same transaction; throws tremplin::Error on failure. May be null.
    void (*code)(QSqlDatabase &db, const SqlDialect &dialect) = nullptr;

    /// The step's statements, one per entry.
    QStringList statements() const;
};

const std::vector<MigrationStep> &migrationSteps();

} // namespace tremplin
