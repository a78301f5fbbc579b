// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

namespace tremplin {

/// A string of Qt's own (context, source, disambiguation) that Qt's catalogue for some languages
/// lacks, so that Tremplin's catalogue translates it instead.
struct QtString
{
    const char *context;
    const char *source;
    const char *disambiguation;
};

/// Qt strings shown in Tremplin's windows that Debian's Qt 6.4 catalogues (qtbase_fr) do not
/// translate: the file dialog's file types. Listed here so that lupdate puts them in
/// Tremplin's .ts files, whose translator is asked before Qt's.
QList<QtString> qtSupplementStrings();

} // namespace tremplin
