// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tremplin {

/// Replaces the file at path by bytes, all at once: they are written beside the target and
/// renamed over it only when complete, so a failure leaves what was there untouched. The file
/// is readable and writable by its owner only (Linux, macOS): exports hold personal data.
/// Throws tremplin::Error, in the user's language, when the file cannot be written.
void saveFile(const QString &path, const QByteArray &bytes);

} // namespace tremplin
