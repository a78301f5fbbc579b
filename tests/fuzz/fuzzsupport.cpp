// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include "../juryfixture.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"

#include <QCoreApplication>
#include <QTemporaryDir>
#include <cstdio>
#include <cstdlib>

namespace tremplin::fuzz {

namespace {
QTemporaryDir &folder()
{
    static QTemporaryDir dir;
    if (!dir.isValid())
        fail("a temporary folder for the fuzz target's files", dir.errorString());
    return dir;
}
} // namespace

Database &demoDatabase()
{
    static Database *db = [] {
        auto *d = new Database;
        d->create(folder().filePath(QStringLiteral("demo.tremplin")));
        writeDemoProgramme(*d);
        return d;
    }();
    return *db;
}

QByteArray jurySecret()
{
    return QByteArrayLiteral("0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef");
}

Database &juryDatabase(qint64 *session)
{
    static qint64 id = 0;
    static Database *db = [] {
        auto *d = new Database;
        d->create(folder().filePath(QStringLiteral("jury.tremplin")));
        id = test::JuryPackFixture::make(*d).session;
        Query(*d, QStringLiteral("UPDATE jury_session SET pack_secret = ? WHERE id = ?"))
            .bindAll(QString::fromLatin1(jurySecret()), id)
            .exec();
        return d;
    }();
    if (session)
        *session = id;
    return *db;
}

void fail(const char *what, const QString &detail)
{
    std::fprintf(stderr, "fuzz check failed: %s\n%s\n", what, qPrintable(detail));
    std::abort();
}

} // namespace tremplin::fuzz

/// libFuzzer calls it once before the first input (and replaymain.cpp does too): Qt's SQL
/// drivers are plugins, found through the application object.
extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    static int argc = 1;
    static char name[] = "tremplin-fuzz";
    static char *argv[] = { name, nullptr };
    static QCoreApplication app(argc, argv);
    return 0;
}
