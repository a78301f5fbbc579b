// SPDX-License-Identifier: GPL-3.0-or-later
// What the fuzz targets share: Qt started once, the programme files the importers judge input
// against, and a check that aborts (a crash to libFuzzer, a failure to ctest's replay).
#pragma once

#include <QByteArray>
#include <QString>
#include <cstddef>
#include <cstdint>

namespace tremplin {
class Database;
}

namespace tremplin::fuzz {

/// The input as bytes (a copy: libFuzzer's buffer is not ours to keep).
inline QByteArray bytes(const uint8_t *data, size_t size)
{
    return QByteArray(reinterpret_cast<const char *>(data), qsizetype(size));
}

/// A programme file with the demo programme (grants, tranches, payments, applications), made
/// once per process in a temporary folder. Targets only read it: every input sees the same file.
Database &demoDatabase();

/// A programme file with the juror-pack tests' jury session (tests/juryfixture.h) and a fixed
/// pack secret, so that the packs of the corpus belong to it. @p session: the session's id.
Database &juryDatabase(qint64 *session = nullptr);

/// The fixed pack secret of juryDatabase()'s session (hex), the corpus's packs are made with.
QByteArray jurySecret();

/// Stops the process with @p what on stderr: a property of the code under test was broken.
[[noreturn]] void fail(const char *what, const QString &detail = {});

} // namespace tremplin::fuzz

#define FUZZ_CHECK(condition, detail)                                                              \
    do {                                                                                           \
        if (!(condition))                                                                          \
            ::tremplin::fuzz::fail(#condition, detail);                                            \
    } while (false)
