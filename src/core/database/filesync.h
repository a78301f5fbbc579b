// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <functional>

namespace tremplin {

/// Forces a file's content to the disk (fsync, FlushFileBuffers on Windows), so that a rename
/// that follows cannot reach the disk before the data it names. Throws tremplin::Error.
void syncFile(const QString &path);

/// Puts @p temp in place of @p target in one step: @p temp is synced, renamed over @p target
/// (replacing it), then the folder is synced so the new name survives a power loss. Whatever
/// happens, @p target is either the file it was or the complete new one; @p temp never stays
/// behind. Both must be in the same folder. Throws tremplin::Error.
void replaceFile(const QString &temp, const QString &target);

/// Writes @p target whole or not at all: @p write fills a temporary file in the same folder
/// (and throws tremplin::Error when it cannot: the temporary file is removed, @p target is left
/// as it was); the file is then made readable by its owner only when @p ownerOnly, and put in
/// place by replaceFile().
void writeFileInPlace(
    const QString &target, const std::function<void(const QString &temp)> &write, bool ownerOnly);

/// Makes a file readable and writable by its owner only (Linux, macOS); does nothing on
/// Windows, where the user's folders are already private.
void restrictToOwner(const QString &path);

/// A file's path as the user's system writes it.
QString nativePath(const QString &path);

} // namespace tremplin
