// SPDX-License-Identifier: GPL-3.0-or-later
#include "packcrypto.h"

#include "../error.h"

#include <QCoreApplication>
#include <QtEndian>
#include <sodium.h>

namespace tremplin::packcrypto {

namespace {

constexpr int SaltSize = crypto_pwhash_SALTBYTES;
constexpr int NonceSize = crypto_aead_xchacha20poly1305_ietf_NPUBBYTES;
constexpr int KeySize = crypto_aead_xchacha20poly1305_ietf_KEYBYTES;
constexpr int HeaderSize = MagicSize + 8 + 8 + SaltSize + NonceSize;
// A pack read from a stranger must not make Tremplin spend gigabytes: the limits it accepts.
constexpr quint64 MaxOpsLimit = 16;
constexpr quint64 MaxMemLimit = quint64(1) << 30;

void initialise()
{
    if (sodium_init() < 0)
        throw Error(QCoreApplication::translate(
            "tremplin::JurorPack", "The encryption library (libsodium) could not start."));
}

/// The passphrase's key; throws when Argon2id cannot get its memory.
QByteArray deriveKey(
    const QString &passphrase, const QByteArray &salt, quint64 opsLimit, quint64 memLimit)
{
    const QByteArray secret = passphrase.toUtf8();
    QByteArray key(KeySize, Qt::Uninitialized);
    const int rc
        = crypto_pwhash(reinterpret_cast<unsigned char *>(key.data()), KeySize, secret.constData(),
            quint64(secret.size()), reinterpret_cast<const unsigned char *>(salt.constData()),
            opsLimit, size_t(memLimit), crypto_pwhash_ALG_ARGON2ID13);
    if (rc != 0)
        throw Error(QCoreApplication::translate("tremplin::JurorPack",
            "There is not enough memory to derive the key from the passphrase."));
    return key;
}

} // namespace

bool isEncrypted(const QByteArray &bytes)
{
    return bytes.startsWith(QByteArray::fromRawData(Magic, MagicSize));
}

QByteArray encrypt(const QByteArray &plain, const QString &passphrase)
{
    initialise();
    const quint64 opsLimit = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 memLimit = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray header(Magic, MagicSize);
    char number[8];
    qToBigEndian<quint64>(opsLimit, number);
    header.append(number, 8);
    qToBigEndian<quint64>(memLimit, number);
    header.append(number, 8);
    const QByteArray salt = randomBytes(SaltSize);
    const QByteArray nonce = randomBytes(NonceSize);
    header.append(salt);
    header.append(nonce);
    QByteArray key = deriveKey(passphrase, salt, opsLimit, memLimit);
    QByteArray out = header;
    out.resize(HeaderSize + plain.size() + crypto_aead_xchacha20poly1305_ietf_ABYTES);
    unsigned long long written = 0;
    crypto_aead_xchacha20poly1305_ietf_encrypt(
        reinterpret_cast<unsigned char *>(out.data() + HeaderSize), &written,
        reinterpret_cast<const unsigned char *>(plain.constData()), quint64(plain.size()),
        reinterpret_cast<const unsigned char *>(header.constData()), quint64(header.size()),
        nullptr, reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    out.resize(HeaderSize + qsizetype(written));
    return out;
}

QByteArray decrypt(const QByteArray &sealed, const QString &passphrase)
{
    initialise();
    if (!isEncrypted(sealed)
        || sealed.size() < HeaderSize + qsizetype(crypto_aead_xchacha20poly1305_ietf_ABYTES))
        throw Error(QCoreApplication::translate(
            "tremplin::JurorPack", "This encrypted pack is cut short."));
    const quint64 opsLimit = qFromBigEndian<quint64>(sealed.constData() + MagicSize);
    const quint64 memLimit = qFromBigEndian<quint64>(sealed.constData() + MagicSize + 8);
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > MaxOpsLimit
        || memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > MaxMemLimit)
        throw Error(QCoreApplication::translate("tremplin::JurorPack",
            "This encrypted pack asks for key settings Tremplin does not accept."));
    const QByteArray salt = sealed.mid(MagicSize + 16, SaltSize);
    const QByteArray nonce = sealed.mid(MagicSize + 16 + SaltSize, NonceSize);
    QByteArray key = deriveKey(passphrase, salt, opsLimit, memLimit);
    QByteArray plain(sealed.size() - HeaderSize, Qt::Uninitialized);
    unsigned long long written = 0;
    const int rc = crypto_aead_xchacha20poly1305_ietf_decrypt(
        reinterpret_cast<unsigned char *>(plain.data()), &written, nullptr,
        reinterpret_cast<const unsigned char *>(sealed.constData() + HeaderSize),
        quint64(sealed.size() - HeaderSize),
        reinterpret_cast<const unsigned char *>(sealed.constData()), HeaderSize,
        reinterpret_cast<const unsigned char *>(nonce.constData()),
        reinterpret_cast<const unsigned char *>(key.constData()));
    sodium_memzero(key.data(), size_t(key.size()));
    if (rc != 0)
        throw Error(QCoreApplication::translate("tremplin::JurorPack",
            "The passphrase is wrong, or the pack was changed since it was locked."));
    plain.resize(qsizetype(written));
    return plain;
}

QByteArray randomBytes(int size)
{
    initialise();
    QByteArray bytes(size, Qt::Uninitialized);
    randombytes_buf(bytes.data(), size_t(size));
    return bytes;
}

bool equalConstantTime(const QByteArray &a, const QByteArray &b)
{
    return a.size() == b.size()
        && sodium_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace tremplin::packcrypto
