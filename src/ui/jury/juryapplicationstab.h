// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

namespace tremplin {

/// The Jury workspace's tab for the applications of the session's promotion with their
/// admissibility.
class JuryApplicationsTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryApplicationsTab(QWidget *parent = nullptr);
};

} // namespace tremplin
