// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

namespace tremplin {

/// The Jury workspace's tab for the ranking with the what-if panel and the jurors' score
/// distribution.
class JuryRankingTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryRankingTab(QWidget *parent = nullptr);
};

} // namespace tremplin
