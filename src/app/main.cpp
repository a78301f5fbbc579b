// SPDX-License-Identifier: GPL-3.0-or-later
// tremplin: parse the command line, pick the language and the database, show the main window.
#include "core/error.h"
#include "core/i18n/translations.h"
#include "ui/benchmark/uibenchmark.h"
#include "ui/jury/jurormodewindow.h"
#include "ui/mainwindow.h"
#include "ui/settings.h"
#include "ui/startup.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QMessageBox>
#include <QTimer>
#include <algorithm>
#include <cstdio>
#include <memory>

using namespace tremplin;

namespace {

/// Quits the application once the main window has painted: used by the startup benchmark.
class FirstPaintWatcher : public QObject
{
public:
    FirstPaintWatcher(QWidget *window, const QElapsedTimer &clock)
        : m_window(window)
        , m_clock(clock)
    { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!m_done && event->type() == QEvent::Paint && watched->isWidgetType()
            && static_cast<QWidget *>(watched)->window() == m_window) {
            m_done = true;
            // Let this paint and the ones queued with it finish, then leave.
            QTimer::singleShot(0, qApp, [this] {
                std::printf("first-paint-ms: %lld\n", static_cast<long long>(m_clock.elapsed()));
                std::fflush(stdout);
                QCoreApplication::quit();
            });
        }
        return false;
    }

private:
    QWidget *m_window;
    const QElapsedTimer &m_clock;
    bool m_done = false;
};

} // namespace

int main(int argc, char *argv[])
{
    QElapsedTimer clock;
    clock.start();
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tremplin"));
    QApplication::setApplicationDisplayName(QStringLiteral("Tremplin"));
    QApplication::setOrganizationName(QStringLiteral("Tremplin"));
    QApplication::setOrganizationDomain(QStringLiteral("tremplin.example.org"));
    QApplication::setApplicationVersion(QStringLiteral(TREMPLIN_VERSION));

    // The language first, so that --help is already translated.
    QStringList args = QApplication::arguments();
    QString language = settings::language.get();
    for (int i = 1; i < args.size(); ++i) {
        if (args.at(i) == QLatin1String("--lang") && i + 1 < args.size())
            language = args.at(i + 1);
        else if (args.at(i).startsWith(QLatin1String("--lang=")))
            language = args.at(i).mid(7);
    }
    if (language.isEmpty())
        language = Translations::bestFor(QLocale::system());
    Translations translations;
    if (!translations.install(language)) {
        std::fprintf(
            stderr, "tremplin: unknown language \"%s\" (use en or fr).\n", qPrintable(language));
        return 2;
    }

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "tremplin::App", "Run citizen-initiative accelerator programmes, offline."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption databaseOption({ QStringLiteral("d"), QStringLiteral("database") },
        QCoreApplication::translate(
            "tremplin::App", "Open this database instead of the last one used."),
        QCoreApplication::translate("tremplin::App", "path"));
    const QCommandLineOption langOption(QStringLiteral("lang"),
        QCoreApplication::translate("tremplin::App", "Interface language for this run: fr or en."),
        QCoreApplication::translate("tremplin::App", "language"));
    const QCommandLineOption quitOption(QStringLiteral("quit-after-first-paint"),
        QCoreApplication::translate("tremplin::App",
            "Quit as soon as the main window has been painted, printing "
            "the time it took (for the startup benchmark)."));
    const QCommandLineOption benchmarkOption(QStringLiteral("benchmark"),
        QCoreApplication::translate("tremplin::App",
            "Measure the interface on the database (for tremplin-cli bench), write "
            "the results as JSON to this file and quit."),
        QCoreApplication::translate("tremplin::App", "file"));
    const QCommandLineOption noSnapshotsOption(QStringLiteral("no-snapshots"),
        QCoreApplication::translate("tremplin::App",
            "Take no daily snapshot of the file on opening (tremplin-cli bench runs the window "
            "so; snapshots before imports and upgrades are still taken)."));
    // Settings of the benchmark run, chosen by tremplin-cli bench: not for users, so not listed.
    QCommandLineOption benchmarkStartupOption(QStringLiteral("benchmark-startup-only"));
    benchmarkStartupOption.setFlags(QCommandLineOption::HiddenFromHelp);
    QCommandLineOption benchmarkKeysOption(
        QStringLiteral("benchmark-key-interval"), QString(), QStringLiteral("ms"));
    benchmarkKeysOption.setFlags(QCommandLineOption::HiddenFromHelp);
    parser.addOption(benchmarkOption);
    parser.addOption(benchmarkStartupOption);
    parser.addOption(benchmarkKeysOption);
    parser.addOption(databaseOption);
    parser.addOption(langOption);
    parser.addOption(quitOption);
    const QCommandLineOption packOption(QStringLiteral("pack"),
        QCoreApplication::translate("tremplin::App",
            "Open this juror pack in juror mode, to score its applications (no programme "
            "file is opened)."),
        QCoreApplication::translate("tremplin::App", "file"));
    parser.addOption(packOption);
    parser.addOption(noSnapshotsOption);
    // "tremplin FILE", as the desktop entry's "Exec=tremplin %f" and file managers run it.
    const QString fileName = QCoreApplication::translate("tremplin::App", "file");
    parser.addPositionalArgument(fileName,
        QCoreApplication::translate("tremplin::App", "The database to open (like --database)."),
        QStringLiteral("[%1]").arg(fileName));
    parser.process(app);

    // Juror mode: the juror's own computer has the pack and nothing else.
    if (parser.isSet(packOption)) {
        QString error;
        JurorModeWindow *juror = JurorModeWindow::open(parser.value(packOption), nullptr, &error);
        if (!juror) {
            if (error.isEmpty())
                return 1;
            std::fprintf(stderr, "tremplin: %s\n", qPrintable(error));
            if (!parser.isSet(quitOption))
                QMessageBox::critical(nullptr, QStringLiteral("Tremplin"), error);
            return 1;
        }
        FirstPaintWatcher watcher(juror, clock);
        if (parser.isSet(quitOption))
            app.installEventFilter(&watcher);
        juror->show();
        return app.exec();
    }

    QString requested = parser.value(databaseOption);
    const QStringList files = parser.positionalArguments();
    const bool conflicting
        = !requested.isEmpty() && !files.isEmpty() && files.constFirst() != requested;
    if (files.size() > 1 || conflicting) {
        std::fprintf(stderr, "tremplin: %s\n",
            qPrintable(QCoreApplication::translate(
                "tremplin::App", "Tremplin opens one file at a time; give one file.")));
        return 2;
    }
    if (requested.isEmpty() && !files.isEmpty())
        requested = files.constFirst();

    QString path;
    try {
        path = databaseToOpen(requested);
    } catch (const Error &e) {
        QMessageBox::critical(nullptr, QStringLiteral("Tremplin"), e.message());
        return 1;
    }

    MainWindow window(translations);
    window.setAutomaticSnapshots(!parser.isSet(noSnapshotsOption));
    QString error;
    const bool benchmark = parser.isSet(benchmarkOption);
    if (!window.openDatabase(path, &error)) {
        if (parser.isSet(quitOption) || benchmark) {
            std::fprintf(stderr, "tremplin: %s\n", qPrintable(error));
            return 1;
        }
        window.explainOpenFailure(path, error, QStringLiteral("Tremplin"));
    }

    FirstPaintWatcher watcher(&window, clock);
    if (parser.isSet(quitOption))
        app.installEventFilter(&watcher);
    // The benchmark drives this window as a user would, from its first frame on.
    std::unique_ptr<UiBenchmark> bench;
    if (benchmark) {
        UiBenchmarkOptions options;
        options.output = parser.value(benchmarkOption);
        options.startupOnly = parser.isSet(benchmarkStartupOption);
        if (parser.isSet(benchmarkKeysOption)) {
            // A quicker run (the smoke test) types faster and pauses less, in proportion.
            options.keyIntervalMs = std::max(0, parser.value(benchmarkKeysOption).toInt());
            options.wordPauseMs = 6 * options.keyIntervalMs;
        }
        bench = std::make_unique<UiBenchmark>(window, clock, options);
        QTimer::singleShot(0, bench.get(), &UiBenchmark::run);
    }
    window.show();
    return app.exec();
}
