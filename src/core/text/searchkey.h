// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace tremplin {

/// The form of a text used for searching: lower case, accents removed, ligatures spelt out
/// ("Démocratie" and "democratie" give the same key; "Œuvre" gives "oeuvre"), runs of spaces
/// collapsed. Stored beside the records so that search-as-you-type is one indexed-free LIKE
/// over short keys instead of a comparison per character per row.
QString searchKey(const QString &text);

} // namespace tremplin
