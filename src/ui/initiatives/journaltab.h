// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

/// The Journal tab of the initiative form: meetings and notes, newest first. Its table follows
/// only the journal's table.
class JournalTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    JournalTab(const Context &context, QObject *parent);

    RecordTableModel *journalModel() const { return m_journal; }
    void retranslate();

private:
    /// A meeting dated today.
    void addEntry();

    RecordTableModel *m_journal;
};

} // namespace tremplin
