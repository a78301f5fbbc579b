// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "commands.h"

namespace tremplin::cli {

/// tremplin-cli bench: the performance measurements and their targets.
int runBench(const QStringList &arguments, Io &io);

} // namespace tremplin::cli
