// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/imports/applicationimport.h"
#include "core/imports/disbursementimport.h"
#include "databasecommand.h"

namespace tremplin {

/// Imports a checked file of payments as one undoable step: undo takes every imported payment
/// back, redo puts them back with the same ids.
class ImportDisbursementsCommand : public DatabaseCommand
{
public:
    ImportDisbursementsCommand(Document &document, DisbursementImport &import, const QString &text);
    int imported() const { return m_count; }

protected:
    void apply() override;
    void revert() override;

private:
    DisbursementImport *m_import; ///< used once, by the first apply()
    QPair<qint64, qint64> m_ids;
    RemovedRecord m_removed;
    int m_count = 0;
};

/// Imports checked applications as one undoable step: undo puts every row the import wrote back
/// as it was (new rows removed, updated rows restored), redo writes them again with the same ids.
class ImportApplicationsCommand : public DatabaseCommand
{
public:
    ImportApplicationsCommand(
        Document &document, ApplicationImport &import, bool skipInvalid, const QString &text);
    int imported() const { return m_count; }

protected:
    void apply() override;
    void revert() override;

private:
    ApplicationImport *m_import; ///< used once, by the first apply()
    bool m_skipInvalid;
    ApplicationImport::Written m_written;
    int m_count = 0;
};

} // namespace tremplin
