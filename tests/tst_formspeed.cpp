// SPDX-License-Identifier: GPL-3.0-or-later
// How fast the initiative form opens and takes typing on a large programme. Runs on the file
// named by TREMPLIN_LARGE_FILE (made with `tremplin-cli generate --initiatives 100000`), on a
// copy, and is skipped without it; a release build gives the figures users feel.
#include "core/database/query.h"
#include "ui/document.h"
#include "ui/initiatives/initiativeform.h"

#include <QElapsedTimer>
#include <QLineEdit>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace tremplin;

class TestFormSpeed : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void theFormOpensAndTakesTypingQuicklyOnALargeProgramme()
    {
        const QString source = qEnvironmentVariable("TREMPLIN_LARGE_FILE");
        if (source.isEmpty())
            QSKIP("set TREMPLIN_LARGE_FILE to a generated programme to measure");
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("large.sqlite"));
        QVERIFY(QFile::copy(source, path));
        Document doc;
        doc.database().open(path);
        const qint64 id = Query(doc.database(), QStringLiteral("SELECT MAX(id) FROM initiative")).scalar().toLongLong();
        QList<double> opens;
        for (int round = 0; round < 5; ++round) {
            QElapsedTimer timer;
            timer.start();
            InitiativeForm form(doc, id);
            form.show();
            QCoreApplication::processEvents();
            opens << timer.nsecsElapsed() / 1e6;
        }
        InitiativeForm form(doc, id);
        form.show();
        auto *name = form.findChild<QLineEdit *>(QStringLiteral("nameEdit"));
        QVERIFY(name);
        name->setFocus();
        name->end(false);
        QList<double> keys;
        for (int k = 0; k < 200; ++k) {
            QElapsedTimer timer;
            timer.start();
            QTest::keyClick(name, k % 2 ? Qt::Key_Backspace : Qt::Key_A);
            QCoreApplication::processEvents();
            keys << timer.nsecsElapsed() / 1e6;
        }
        // The burst is written when the field is left: one write and what follows it.
        QTest::keyClick(name, Qt::Key_A);
        QElapsedTimer leave;
        leave.start();
        QTest::keyClick(name, Qt::Key_Tab);
        QCoreApplication::processEvents();
        const double afterPause = leave.nsecsElapsed() / 1e6;
        std::sort(opens.begin(), opens.end());
        std::sort(keys.begin(), keys.end());
        const double p95 = keys.at(int(keys.size() * 95 / 100));
        qInfo("form_open median %.1f ms (min %.1f, max %.1f); form_keystroke p95 %.2f ms, max %.2f ms "
              "(%lld keys); writing the burst on leaving the field %.1f ms",
              opens.at(2), opens.first(), opens.last(), p95, keys.last(), qint64(keys.size()), afterPause);
        QVERIFY2(opens.at(2) < 150, "opening the form takes 150 ms or more");
        QVERIFY2(p95 < 16, "a keystroke takes a frame or more");
    }
};

QTEST_MAIN(TestFormSpeed)
#include "tst_formspeed.moc"
