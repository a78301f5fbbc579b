// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryapplicationstab.h"

namespace tremplin {

JuryApplicationsTab::JuryApplicationsTab(QWidget *parent)
    : JuryTab(parent)
{ }

} // namespace tremplin
