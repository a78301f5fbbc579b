// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

namespace tremplin {

/// The Jury workspace's tab for the session's settings, criteria, tracks, jurors, assignment,
/// conflicts of interest and templates.
class JurySetupTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JurySetupTab(QWidget *parent = nullptr);
};

} // namespace tremplin
