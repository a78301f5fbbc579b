// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli jury pack: export juror packs (one file per juror, optionally locked with a
// passphrase) and merge a returned one.
#include "common.h"
#include "core/database/database.h"
#include "core/error.h"
#include "core/packs/jurorpack.h"
#include "core/services/juryservice.h"

#include <QDir>
#include <QFile>
#include <QLocale>

namespace tremplin::cli {

namespace {

const QString name = QStringLiteral("jury pack");

/// The passphrase in --passphrase-file (its first line), or an empty string without the
/// option; false with the reason printed when the file cannot be used.
bool passphraseOf(const QCommandLineParser &parser, Io &io, QString *passphrase)
{
    passphrase->clear();
    if (!parser.isSet(QStringLiteral("passphrase-file")))
        return true;
    const QString path = parser.value(QStringLiteral("passphrase-file"));
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        io.err << Tr::tr("tremplin-cli jury pack: could not read %1: %2").arg(path, f.errorString())
               << Qt::endl;
        return false;
    }
    *passphrase
        = QString::fromUtf8(f.readLine()).remove(QLatin1Char('\n')).remove(QLatin1Char('\r'));
    if (passphrase->isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury pack: the passphrase in %1 is empty.").arg(path)
               << Qt::endl;
        return false;
    }
    return true;
}

int exportPacks(const QCommandLineParser &parser, const QString &path, Io &io)
{
    const QString out = parser.value(QStringLiteral("out"));
    const bool all = parser.isSet(QStringLiteral("all"));
    const QString jurorName = parser.value(QStringLiteral("juror"));
    if (out.isEmpty() || all == !jurorName.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury pack: export needs --session NAME, then --juror NAME "
                         "--out FILE or --all --out FOLDER.")
               << Qt::endl;
        return Refused;
    }
    QString passphrase;
    if (!passphraseOf(parser, io, &passphrase))
        return Refused;
    const QString sessionName = parser.value(QStringLiteral("session"));
    if (sessionName.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury pack: --session NAME is required.") << Qt::endl;
        return Refused;
    }
    Database db;
    openForWriting(db, path, name, io);
    JuryService jury(db);
    const qint64 session = jury.findSession(sessionName);
    if (session == 0) {
        io.err << Tr::tr("tremplin-cli jury pack: there is no jury session named \"%1\".")
                      .arg(sessionName)
               << Qt::endl;
        return Refused;
    }
    const QList<Juror> jurors = jury.jurors(session);
    JurorPackService packs(db);
    if (!all) {
        const int index = JuryService::findJuror(jurors, jurorName);
        if (index < 0) {
            io.err << (index == -1
                    ? Tr::tr("tremplin-cli jury pack: \"%1\" is not a juror of \"%2\".")
                    : Tr::tr("tremplin-cli jury pack: several jurors of \"%2\" are named \"%1\"; "
                             "give the e-mail instead."))
                          .arg(jurorName, sessionName)
                   << Qt::endl;
            return Refused;
        }
        packs.exportPack(session, jurors.at(index).memberId, out, passphrase);
        io.out << Tr::tr("Wrote the pack of %1 to %2.")
                      .arg(jurors.at(index).name, QDir::toNativeSeparators(out))
               << Qt::endl;
        return Ok;
    }
    for (const QString &file : packs.exportAll(session, out, passphrase)) {
        io.out << Tr::tr("Wrote the pack of %1 to %2.")
                      .arg(JurorPack::open(file, passphrase)->info().jurorName,
                          QDir::toNativeSeparators(file))
               << Qt::endl;
    }
    return Ok;
}

QString scoreText(const std::optional<double> &v)
{
    return v ? QLocale().toString(*v, 'g', 6) : Tr::tr("(none)");
}

int importPack(const QCommandLineParser &parser, const QString &file, const QString &path, Io &io)
{
    QString passphrase;
    if (!passphraseOf(parser, io, &passphrase))
        return Refused;
    Database db;
    openForWriting(db, path, name, io);
    JurorPackService packs(db);
    PackMerge merge;
    try {
        merge = packs.read(file, passphrase);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury pack: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    if (!snapshotBefore(db, SnapshotReason::BeforeMerge, name, io))
        return Refused;
    packs.apply(merge);
    io.out << Tr::tr("Pack of %1 (%2): %Ln value(s) imported.", nullptr, int(merge.changes.size()))
                  .arg(merge.info.jurorName, merge.info.sessionName)
           << QLatin1Char(' ')
           << Tr::tr("%Ln value(s) already as in the file.", nullptr, merge.unchanged) << Qt::endl;
    for (const PackMerge::Cell &c : merge.conflicts) {
        io.err << (c.criterionId != 0
                ? Tr::tr("  conflict: \"%1\", %2: %3 in the file, %4 in the pack; the file's "
                         "value was kept.")
                      .arg(c.application, c.criterion, scoreText(c.database), scoreText(c.pack))
                : Tr::tr("  conflict: \"%1\", comment: the file and the pack differ; the file's "
                         "comment was kept.")
                      .arg(c.application))
               << Qt::endl;
    }
    for (const PackMerge::Cell &c : merge.refused)
        io.err << Tr::tr("  refused: \"%1\": %2").arg(c.application, c.problem) << Qt::endl;
    if (!merge.conflicts.isEmpty() || !merge.refused.isEmpty()) {
        io.err << Tr::tr("tremplin-cli jury pack: %Ln value(s) of the pack were not imported.",
            nullptr, int(merge.conflicts.size() + merge.refused.size()))
               << Qt::endl;
        return ProblemsFound;
    }
    return Ok;
}

} // namespace

int runJuryPack(const QStringList &arguments, Io &io)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(
        QStringLiteral("action"), Tr::tr("export, or import FILE."), QStringLiteral("action"));
    parser.addOption(dbOption());
    parser.addOption(QCommandLineOption(
        QStringLiteral("session"), Tr::tr("The jury session's name."), Tr::tr("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("juror"), Tr::tr("The juror's name or e-mail."), Tr::tr("name")));
    parser.addOption(QCommandLineOption(
        QStringLiteral("all"), Tr::tr("A pack for every juror of the session.")));
    parser.addOption(QCommandLineOption(QStringLiteral("out"),
        Tr::tr("The pack to write, or the folder with --all."), Tr::tr("file")));
    parser.addOption(QCommandLineOption(QStringLiteral("passphrase-file"),
        Tr::tr("A file whose first line is the passphrase that locks or opens the pack."),
        Tr::tr("file")));
    QString path;
    if (!parse(parser, name, arguments, io, true) || !requireDb(parser, name, io, &path))
        return parser.isSet(QStringLiteral("help")) ? Ok : Refused;
    const QStringList positional = parser.positionalArguments();
    try {
        if (positional == QStringList { QStringLiteral("export") })
            return exportPacks(parser, path, io);
        if (positional.size() == 2 && positional.at(0) == QLatin1String("import"))
            return importPack(parser, positional.at(1), path, io);
    } catch (const Error &e) {
        io.err << Tr::tr("tremplin-cli jury pack: %1").arg(e.message()) << Qt::endl;
        return Refused;
    }
    io.err << Tr::tr("tremplin-cli jury pack: use \"jury pack export --session NAME --juror NAME "
                     "--out FILE\" (or --all --out FOLDER) or \"jury pack import FILE\", each "
                     "with --db DATABASE and optionally --passphrase-file FILE.")
           << Qt::endl;
    return Refused;
}

} // namespace tremplin::cli
