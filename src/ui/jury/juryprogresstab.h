// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

namespace tremplin {

/// The Jury workspace's tab for each juror's progress and the missing scores.
class JuryProgressTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryProgressTab(QWidget *parent = nullptr);
};

} // namespace tremplin
