// SPDX-License-Identifier: GPL-3.0-or-later
#include "filesync.h"

#include "../error.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUuid>
#include <filesystem>
#include <system_error>

#ifdef Q_OS_WIN
#include <windows.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace tremplin {

namespace {

/// @p text is marked with QT_TRANSLATE_NOOP in the "tremplin::Database" context.
QString translated(const char *text)
{
    return QCoreApplication::translate("tremplin::Database", text);
}

/// fsync of a path opened read-only (a folder on POSIX); false when the system refused.
bool syncPath(const QString &path, bool directory)
{
#ifdef Q_OS_WIN
    if (directory)
        return true; // NTFS makes renames durable with the file's metadata
    HANDLE h = CreateFileW(reinterpret_cast<const wchar_t *>(path.utf16()), GENERIC_WRITE,
        FILE_SHARE_READ | FILE_SHARE_WRITE, nullptr, OPEN_EXISTING, FILE_ATTRIBUTE_NORMAL, nullptr);
    if (h == INVALID_HANDLE_VALUE)
        return false;
    const bool ok = FlushFileBuffers(h);
    CloseHandle(h);
    return ok;
#else
    const int fd = ::open(QFile::encodeName(path).constData(), directory ? O_RDONLY : O_RDWR);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
#endif
}

} // namespace

QString nativePath(const QString &path)
{
    return QDir::toNativeSeparators(path);
}

void syncFile(const QString &path)
{
    if (!syncPath(path, false))
        throw Error(
            translated(QT_TRANSLATE_NOOP("tremplin::Database", "Could not write %1 to the disk."))
                .arg(nativePath(path)));
}

void replaceFile(const QString &temp, const QString &target)
{
    try {
        syncFile(temp);
    } catch (...) {
        QFile::remove(temp);
        throw;
    }
    // std::filesystem::rename replaces an existing target in one step (QFile::rename will not).
    std::error_code failed;
    std::filesystem::rename(std::filesystem::path(temp.toStdU16String()),
        std::filesystem::path(target.toStdU16String()), failed);
    if (failed) {
        QFile::remove(temp);
        throw Error((QFileInfo::exists(target)
                ? translated(QT_TRANSLATE_NOOP("tremplin::Database", "Could not replace %1."))
                : translated(QT_TRANSLATE_NOOP("tremplin::Database", "Could not write %1.")))
                        .arg(nativePath(target)));
    }
    // The new name itself: a failure here leaves a complete file, so it is not reported.
    syncPath(QFileInfo(target).absolutePath(), true);
}

void writeFileInPlace(
    const QString &target, const std::function<void(const QString &temp)> &write, bool ownerOnly)
{
    const QFileInfo info(target);
    const QString temp = QStringLiteral("%1/.%2.%3.tmp")
                             .arg(info.absolutePath(), info.fileName(),
                                 QUuid::createUuid().toString(QUuid::Id128));
    try {
        write(temp);
    } catch (...) {
        // A copy may stop half-way (disk full): no partial file stays behind.
        QFile::remove(temp);
        throw;
    }
    if (ownerOnly)
        restrictToOwner(temp);
    replaceFile(temp, target);
}

void restrictToOwner(const QString &path)
{
#ifndef Q_OS_WIN
    QFile::setPermissions(path, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
#else
    Q_UNUSED(path)
#endif
}

} // namespace tremplin
