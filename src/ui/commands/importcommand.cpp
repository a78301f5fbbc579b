// SPDX-License-Identifier: GPL-3.0-or-later
#include "importcommand.h"

#include "../document.h"

namespace tremplin {

ImportDisbursementsCommand::ImportDisbursementsCommand(
    Document &document, DisbursementImport &import, const QString &text)
    : DatabaseCommand(document, text)
    , m_import(&import)
{ }

void ImportDisbursementsCommand::apply()
{
    if (m_import) {
        m_count = m_import->commit();
        m_ids = m_import->writtenIds();
        m_import = nullptr;
    } else {
        RecordService(m_document.database()).restore(m_removed);
    }
}

void ImportDisbursementsCommand::revert()
{
    m_removed = DisbursementImport::removeImported(m_document.database(), m_ids);
}

ImportApplicationsCommand::ImportApplicationsCommand(
    Document &document, ApplicationImport &import, bool skipInvalid, const QString &text)
    : DatabaseCommand(document, text)
    , m_import(&import)
    , m_skipInvalid(skipInvalid)
{ }

void ImportApplicationsCommand::apply()
{
    if (m_import) {
        m_count = m_import->commit(m_skipInvalid);
        m_written = m_import->written();
        m_import = nullptr;
    } else {
        ApplicationImport::redo(m_document.database(), m_written);
    }
}

void ImportApplicationsCommand::revert()
{
    ApplicationImport::undo(m_document.database(), m_written);
}

} // namespace tremplin
