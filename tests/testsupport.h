// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>
#include <functional>

namespace tremplin::test {

/// SHA-256 of a file's bytes, to prove a refused file was left untouched.
QByteArray fileHash(const QString &path);

/// Writes @p size pseudo-random bytes (fixed seed) to @p path.
void writeRandomBytes(const QString &path, int size);

/// Sets @p path's SQLite header field at @p offset (big-endian int) without opening it with
/// SQLite, e.g. to make a file claim a newer schema version.
void patchHeaderInt(const QString &path, int offset, qint32 value);

/// Overwrites @p count bytes starting at @p offset with garbage.
void corruptBytes(const QString &path, qint64 offset, int count);

/// Counts the rows of @p table with a separate read-only connection.
int countRows(const QString &dbPath, const QString &table);
/// @p text in Windows-1252, as a spreadsheet saves it (Latin-1 plus the few characters of
/// 0x80-0x9F the tests use: œ Œ € ’).
QByteArray windows1252(const QString &text);

/// What a run of tremplin-cli printed and returned.
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
/// Runs tremplin-cli (TREMPLIN_CLI_PATH) with @p args in @p language and waits for it;
/// @p childSetup, when given, runs in the child before the program starts (limits, signals).
CliRun runCli(const QStringList &args, const QString &language = QStringLiteral("en"),
    const std::function<void()> &childSetup = {});

/// The text of a PDF as a reader gets it (pdftotext, poppler-utils), spaces collapsed and
/// ligatures read as their letters.
QString pdfText(const QString &pdf);

} // namespace tremplin::test
