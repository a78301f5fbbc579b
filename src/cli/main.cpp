// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin-cli: everything that runs without a window. Each command parses its own options
// (commands.cpp); this file picks the language and the command.
#include "commands.h"
#include "core/i18n/translations.h"

#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <cstdio>
#include <memory>

using namespace tremplin;

namespace {

/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Cli)
};

void printUsage(QTextStream &out)
{
    out << Tr::tr("Usage: tremplin-cli [--lang fr|en] COMMAND [OPTIONS]") << Qt::endl << Qt::endl;
    out << Tr::tr("Commands:") << Qt::endl;
    for (const cli::Command &c : cli::commands()) {
        out << QStringLiteral("  %1  ").arg(QString::fromLatin1(c.name), -8)
            << QCoreApplication::translate("tremplin::Cli", c.summary) << Qt::endl;
    }
    out << Qt::endl
        << Tr::tr("Run \"tremplin-cli COMMAND --help\" for a command's options.") << Qt::endl;
}

} // namespace

int main(int argc, char *argv[])
{
    // PDF reports need fonts, hence a QGuiApplication for "report" and the jury's "minutes",
    // "letters" and "sheets" (offscreen: no window is ever shown); every other command runs on
    // a plain QCoreApplication.
    bool needsGui = false;
    for (int i = 1; i < argc; ++i)
        needsGui |= qstrcmp(argv[i], "report") == 0 || qstrcmp(argv[i], "minutes") == 0
            || qstrcmp(argv[i], "letters") == 0 || qstrcmp(argv[i], "sheets") == 0;
    // Declared before the application so that it outlives it, and removed on return.
    std::unique_ptr<QTemporaryDir> runtimeDir;
    // QGuiApplication takes options of its own out of argv (-session, -display...; "jury
    // minutes --session" would lose its session): it gets only the program's name, and the
    // command's arguments are read from argv here.
    int guiArgc = 1;
    QStringList guiArguments;
    for (int i = 1; needsGui && i < argc; ++i)
        guiArguments << QString::fromLocal8Bit(argv[i]);
    std::unique_ptr<QCoreApplication> application;
    if (needsGui) {
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
            qputenv("QT_QPA_PLATFORM", "offscreen");
        if (qEnvironmentVariableIsEmpty("XDG_RUNTIME_DIR")) {
            // Qt wants a private runtime folder; give it one (owner-only, as QTemporaryDir
            // makes them) rather than a warning on stderr.
            runtimeDir = std::make_unique<QTemporaryDir>(
                QDir::tempPath() + QStringLiteral("/tremplin-runtime-XXXXXX"));
            if (runtimeDir->isValid())
                qputenv("XDG_RUNTIME_DIR", QFile::encodeName(runtimeDir->path()));
        }
        application = std::make_unique<QGuiApplication>(guiArgc, argv);
    } else {
        application = std::make_unique<QCoreApplication>(argc, argv);
    }
    QCoreApplication &app = *application;
    Q_UNUSED(app)
    QCoreApplication::setApplicationName(QStringLiteral("tremplin-cli"));
    QCoreApplication::setOrganizationName(QStringLiteral("Tremplin"));
    QCoreApplication::setApplicationVersion(QStringLiteral(TREMPLIN_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    cli::Io io { out, err };

    QStringList args = needsGui ? guiArguments : QCoreApplication::arguments().mid(1);
    QString language = Translations::bestFor(QLocale::system());
    if (args.size() >= 2 && args.constFirst() == QLatin1String("--lang")) {
        language = args.at(1);
        args = args.mid(2);
    } else if (!args.isEmpty() && args.constFirst().startsWith(QLatin1String("--lang="))) {
        language = args.constFirst().mid(7);
        args.removeFirst();
    }
    Translations translations;
    if (!translations.install(language)) {
        err << QStringLiteral("tremplin-cli: unknown language \"%1\" (use en or fr).").arg(language)
            << Qt::endl;
        return cli::Refused;
    }

    if (args.isEmpty()) {
        printUsage(err);
        return cli::Refused;
    }
    const QString first = args.takeFirst();
    if (first == QLatin1String("--help") || first == QLatin1String("-h")
        || first == QLatin1String("help")) {
        printUsage(out);
        return cli::Ok;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        out << QStringLiteral("tremplin-cli %1").arg(QCoreApplication::applicationVersion())
            << Qt::endl;
        return cli::Ok;
    }
    for (const cli::Command &c : cli::commands()) {
        if (first == QLatin1String(c.name))
            return c.run(args, io);
    }
    err << Tr::tr("tremplin-cli: unknown command \"%1\". Run \"tremplin-cli --help\" for the list.")
               .arg(first)
        << Qt::endl;
    return cli::Refused;
}
