// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

namespace tremplin {

/// The Jury workspace's tab for the keyboard scoring grid.
class JuryScoringTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryScoringTab(QWidget *parent = nullptr);
};

} // namespace tremplin
