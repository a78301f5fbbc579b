// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryrankingtab.h"

namespace tremplin {

JuryRankingTab::JuryRankingTab(QWidget *parent)
    : JuryTab(parent)
{ }

} // namespace tremplin
