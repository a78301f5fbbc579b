// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonArray>

namespace tremplin {

class Document;

/// The measurements of `tremplin-cli bench` that need widgets, run inside the GUI process
/// (`tremplin --benchmark FILE`): search-as-you-type latency through the initiatives list's
/// model, the timeline's viewport paint at month zoom and after a page scroll, and each grants
/// chart's render. Returns {"name", "value", "unit"} objects; the CLI adds targets.
QJsonArray runUiBenchmark(Document &document);

} // namespace tremplin
