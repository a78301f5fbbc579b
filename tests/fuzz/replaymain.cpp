// SPDX-License-Identifier: GPL-3.0-or-later
// The main of a fuzz target in the normal build (no libFuzzer): runs the target once on every
// file of the folders and files named on the command line, as `fuzz_x corpus/x` does under
// libFuzzer, so that ctest replays each corpus (its seeds and the crashers found) on every build.
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <cstdint>
#include <cstdio>

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv);
extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

int main(int argc, char **argv)
{
    LLVMFuzzerInitialize(&argc, &argv);
    QStringList files;
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (QFileInfo(arg).isDir()) {
            const QDir dir(arg);
            for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
                files << dir.filePath(name);
        } else {
            files << arg;
        }
    }
    for (const QString &path : files) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qPrintable(path));
            return 1;
        }
        const QByteArray input = file.readAll();
        std::fprintf(stderr, "%s (%lld bytes)\n", qPrintable(path), qint64(input.size()));
        LLVMFuzzerTestOneInput(
            reinterpret_cast<const uint8_t *>(input.constData()), size_t(input.size()));
    }
    std::printf("%lld inputs replayed\n", qint64(files.size()));
    // An empty corpus would make the test pass without testing anything.
    return files.isEmpty() ? 1 : 0;
}
