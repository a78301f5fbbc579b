// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace tremplin::packcrypto {

/// The first bytes of an encrypted juror pack ("TREMPLIN-PACK-E1"): a pack travels on USB sticks
/// and by e-mail, so its owner may lock it with a passphrase.
///
/// Layout: magic (16 bytes) | Argon2id opslimit (8, big-endian) | memlimit (8, big-endian) |
/// salt (16) | nonce (24) | XChaCha20-Poly1305 ciphertext of the whole SQLite file. Everything
/// before the ciphertext is authenticated as associated data, so a changed parameter is caught
/// like a changed byte of the content. The key is libsodium's crypto_pwhash (Argon2id) of the
/// passphrase with the salt.
inline constexpr char Magic[] = "TREMPLIN-PACK-E1";
inline constexpr int MagicSize = 16;

/// True when @p bytes (at least the first 16 bytes of a file) start an encrypted pack.
bool isEncrypted(const QByteArray &bytes);

/// Encrypts a whole pack file with a key derived from @p passphrase (not empty).
/// Throws tremplin::Error when libsodium cannot be used (out of memory for Argon2id).
QByteArray encrypt(const QByteArray &plain, const QString &passphrase);

/// Decrypts what encrypt() wrote. Throws tremplin::Error, in the user's language, when the
/// passphrase is wrong (or the file was changed: the two cannot be told apart, on purpose).
QByteArray decrypt(const QByteArray &sealed, const QString &passphrase);

/// @p size random bytes from the operating system (libsodium's randombytes).
QByteArray randomBytes(int size);

/// Compares two byte strings in constant time (libsodium's sodium_memcmp).
bool equalConstantTime(const QByteArray &a, const QByteArray &b);

} // namespace tremplin::packcrypto
