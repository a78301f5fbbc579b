// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QElapsedTimer>
#include <QJsonArray>
#include <QObject>
#include <QString>
#include <functional>

class QWidget;

namespace tremplin {

class FrameWatch;
class MainWindow;

/// How `tremplin --benchmark FILE` measures (tremplin-cli bench chooses).
struct UiBenchmarkOptions
{
    QString output; ///< the JSON file written after each step
    bool startupOnly = false; ///< only the start-up figures, then quit
    int keyIntervalMs = 100; ///< between the keys of a burst (10 keys a second: a fast typist)
    int wordPauseMs = 600; ///< between bursts (six intervals), when deferred work may run
    int minSamples = 200; ///< keystrokes per p95 figure
    int formOpens = 10; ///< forms opened for form_open
    int timeoutMs = 600000; ///< longest wait for one figure
};

/// The measurements of `tremplin-cli bench` that need the window, run inside the GUI process
/// on the real main window as a user drives it: real key and mouse events, each figure timed
/// until the frame that shows its result has been drawn (FrameWatch). Start-up figures count
/// from the start of main(). Writes a JSON array of {"name", "value" (or null and a
/// "reason"), "unit", "method", "samples"} objects; the CLI adds the targets.
class UiBenchmark : public QObject
{
public:
    UiBenchmark(MainWindow &window, const QElapsedTimer &clock, UiBenchmarkOptions options);
    ~UiBenchmark() override;

    /// Runs every step inside the event loop, writes the file and quits the application.
    void run();

private:
    void measureStartup();
    void measureTimeline();
    void measureGrantsOpen();
    void measureSearch();
    void measureFormOpen();
    void measureFormTyping();
    void measureCharts();

    /// Clicks the navigation entry of @p workspace and waits for its page to be painted (with
    /// @p ready true); milliseconds from the click, or -1. @p alsoWatch adds FrameWatch watches
    /// of its own just before the click (m_clickedAt is the click's time).
    double showWorkspace(int workspace, const std::function<bool()> &ready = {},
        const std::function<void()> &alsoWatch = {});
    /// Types @p words into @p field one key at a time (a burst per word, with pauses) until
    /// minSamples keys; milliseconds from each key's planned time to its frame, in
    /// @p processing from its delivery to its frame, and the number of keys whose frame never came.
    QList<double> type(QWidget *field, const QStringList &words, bool eraseEachWord,
        QList<double> *processing, int *missed);
    /// Sends a key press and release to @p widget.
    static void sendKey(QWidget *widget, int key, const QString &text);
    double elapsedMs(qint64 fromNs) const;

    void add(const QString &name, double value, const QString &unit, const QString &method,
        int samples = 1);
    void addMissing(const QString &name, const QString &unit, const QString &reason);
    void addPercentiles(const QString &prefix, const QList<double> &latencies,
        const QList<double> &processing, int missed, const QString &method);
    void save() const;

    MainWindow &m_window;
    const QElapsedTimer &m_clock;
    UiBenchmarkOptions m_options;
    FrameWatch *m_frames;
    QJsonArray m_results;
    qint64 m_writableAt = -1;
    qint64 m_clickedAt = 0; ///< when showWorkspace() clicked, on m_clock
};

} // namespace tremplin
