// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli demo: a new database holding the demo programme.
#include "common.h"

namespace tremplin::cli {

int runDemo(const QStringList &arguments, Io &io)
{
    return createDatabase(arguments, io, true);
}

} // namespace tremplin::cli
