// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tremplin {

/// Decodes a text file as spreadsheets and accounting tools write them: UTF-8 with or without
/// BOM, or Windows-1252 (not Latin-1: "œ" and "€" live in 0x80-0x9F) when it is not valid UTF-8.
QString decodeText(const QByteArray &bytes, QString *encodingName = nullptr);

} // namespace tremplin
