// SPDX-License-Identifier: GPL-3.0-or-later
// The juror-pack reader: a file from a juror's USB stick opened (JurorPack::open: encrypted or
// not, the SQLite header, the integrity check), read whole, scored, and checked against the
// coordinator's file (JurorPackService::read) as File › Import Juror Pack does. Refusals are
// tremplin::Error; anything else (another exception, a crash, a sanitizer report) is a bug.
//
// The corpus's packs are made by this target: TREMPLIN_FUZZ_WRITE_PACKS=FOLDER fuzz_jurorpack
// writes the packs of the fixture's three jurors (one scored and saved as a juror does, one
// locked with the passphrase "fuzz") to FOLDER, for the session of fuzz::juryDatabase().
#include "core/database/database.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/packs/jurorpack.h"
#include "core/packs/packcrypto.h"
#include "core/services/juryservice.h"
#include "fuzzsupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtEndian>
#include <sodium.h>

namespace {

const QString passphrase = QStringLiteral("fuzz");

/// The passphrase to open @p bytes with: none for a pack in clear; for a locked pack only when
/// its key settings are the cheap ones Tremplin writes (Argon2id at 1 GiB is allowed, but one
/// input per minute is no fuzzing).
QString passphraseFor(const QByteArray &bytes)
{
    using namespace tremplin::packcrypto;
    if (!isEncrypted(bytes) || bytes.size() < MagicSize + 16)
        return {};
    const quint64 ops = qFromBigEndian<quint64>(bytes.constData() + MagicSize);
    const quint64 mem = qFromBigEndian<quint64>(bytes.constData() + MagicSize + 8);
    return ops <= crypto_pwhash_OPSLIMIT_INTERACTIVE && mem <= crypto_pwhash_MEMLIMIT_INTERACTIVE
        ? passphrase
        : QString();
}

void writePacks(const QString &folder)
{
    using namespace tremplin;
    qint64 session = 0;
    Database &db = fuzz::juryDatabase(&session);
    QDir().mkpath(folder);
    JurorPackService packs(db);
    const QStringList files = packs.exportAll(session, folder);
    const QList<Juror> jurors = JuryService(db).jurors(session);
    packs.exportPack(session, jurors.first().memberId,
        QDir(folder).filePath(QStringLiteral("locked.tremplin-pack")), passphrase);
    // A pack as it comes back: scored and commented by its juror.
    const auto pack = JurorPack::open(files.first());
    const QList<JuryCriterion> criteria = pack->criteria();
    const QList<PackApplication> applications = pack->applications();
    pack->setScore(applications.first().initiativeId, criteria.first().id, 3.5);
    pack->setComment(applications.first().initiativeId, QStringLiteral("Solide ; « bien »"));
    pack->save(QDir(folder).filePath(QStringLiteral("scored.tremplin-pack")));
}

/// Everything a juror-mode window and the import read from a pack.
void readAll(tremplin::JurorPack &pack)
{
    using namespace tremplin;
    const QList<JuryCriterion> criteria = pack.criteria();
    const QList<PackApplication> applications = pack.applications();
    for (const PackApplication &a : applications) {
        for (const JuryCriterion &c : criteria) {
            pack.score(a.initiativeId, c.id);
            pack.exportedScore(a.initiativeId, c.id);
        }
        pack.comment(a.initiativeId);
        pack.exportedComment(a.initiativeId);
    }
    pack.isIntact();
    // Scoring as a juror does (the pack is a private copy: the input file is not written).
    if (!applications.isEmpty() && !criteria.isEmpty()) {
        try {
            pack.setScore(
                applications.first().initiativeId, criteria.first().id, pack.info().scaleMax);
        } catch (const Error &) { }
        pack.setComment(applications.first().initiativeId, QStringLiteral("ok"));
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace tremplin;
    static bool seeded = [] {
        const QByteArray folder = qgetenv("TREMPLIN_FUZZ_WRITE_PACKS");
        if (!folder.isEmpty())
            writePacks(QString::fromLocal8Bit(folder));
        return true;
    }();
    Q_UNUSED(seeded);
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.tremplin-pack"));
    const QByteArray input = fuzz::bytes(data, size);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate)
            || file.write(input) != input.size())
            fuzz::fail("writing the input to a file", file.errorString());
    }
    const QString key = passphraseFor(input);
    try {
        const auto pack = JurorPack::open(path, key);
        readAll(*pack);
    } catch (const Error &) { }
    try {
        JurorPackService(fuzz::juryDatabase()).read(path, key);
    } catch (const Error &) { }
    // Reading never writes the file it was given.
    QFile file(path);
    FUZZ_CHECK(file.open(QIODevice::ReadOnly) && file.readAll() == input, path);
    return 0;
}
