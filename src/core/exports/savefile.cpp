// SPDX-License-Identifier: GPL-3.0-or-later
#include "savefile.h"

#include "../error.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::SaveFile)
};
} // namespace

void saveFile(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly)) {
        // What Tremplin exports names people (applicants, jurors, officials): readable by its
        // owner only from the start (Linux, macOS), before any byte is written.
        file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        file.write(bytes); // a failed write makes commit() fail and leaves the target as it was
        if (file.commit())
            return;
    }
    throw Error(
        Tr::tr("Could not write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
}

} // namespace tremplin
