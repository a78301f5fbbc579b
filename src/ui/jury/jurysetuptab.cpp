// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurysetuptab.h"

namespace tremplin {

JurySetupTab::JurySetupTab(QWidget *parent)
    : JuryTab(parent)
{ }

} // namespace tremplin
