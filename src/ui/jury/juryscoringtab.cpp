// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryscoringtab.h"

namespace tremplin {

JuryScoringTab::JuryScoringTab(QWidget *parent)
    : JuryTab(parent)
{ }

} // namespace tremplin
