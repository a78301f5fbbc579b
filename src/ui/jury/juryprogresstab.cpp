// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryprogresstab.h"

namespace tremplin {

JuryProgressTab::JuryProgressTab(QWidget *parent)
    : JuryTab(parent)
{ }

} // namespace tremplin
