// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

class QTreeWidget;

namespace tremplin {

/// The Grants tab of the initiative form: the initiative's grants with what was paid on each
/// and a summary, read through Lookups. It follows only the grants and payments tables, so
/// typing elsewhere in the form never re-reads it. Its texts belong to the form's context.
class GrantsTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    GrantsTab(const Context &context, QObject *parent);

    void reload();
    void retranslate();

private:
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_empty; ///< shown instead of the tree when there is no grant
};

} // namespace tremplin
