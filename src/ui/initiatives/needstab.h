// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

/// The Needs and actions tab of the initiative form: the needs, and the prioritised actions
/// that may answer one of them. Its tables follow the need and action tables; the list of needs
/// an action can answer is read again only when a need changes.
class NeedsTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    NeedsTab(const Context &context, QObject *parent);

    RecordTableModel *needsModel() const { return m_needs; }
    RecordTableModel *actionsModel() const { return m_actions; }
    void retranslate();

private:
    void addNeed();
    /// A new action, answering the need selected in the needs table if any.
    void addAction();
    void reloadNeedChoices();

    RecordTableModel *m_needs;
    RecordTableModel *m_actions;
};

} // namespace tremplin
