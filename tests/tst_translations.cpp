// SPDX-License-Identifier: GPL-3.0-or-later
// The committed French translation is complete: no unfinished, empty or obsolete message.
#include "core/domain/enums.h"
#include "core/i18n/translations.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tremplin;

class TestTranslations : public QObject
{
    Q_OBJECT
    /// "context / source" of every message of a .ts file, sorted.
    static QStringList messages(const QString &path)
    {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        QXmlStreamReader xml(&file);
        QStringList out;
        QString context;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name"))
                context = xml.readElementText();
            else if (xml.name() == QLatin1String("source"))
                out << context + QStringLiteral(" / ") + xml.readElementText();
        }
        out.sort();
        return out;
    }

private Q_SLOTS:
    void frenchIsCompleteInTheCommittedTsFile()
    {
        QFile file(QStringLiteral(TREMPLIN_SOURCE_DIR "/translations/tremplin_fr.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&file);
        int messages = 0;
        QStringList problems;
        QString source;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                ++messages;
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                if (!type.isEmpty())
                    problems.append(type + QStringLiteral(": ") + source);
                else if (text.trimmed().isEmpty())
                    problems.append(QStringLiteral("empty: ") + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY(messages > 100);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void theEmbeddedCatalogueTranslatesCoreLabels()
    {
        Translations t;
        QVERIFY(t.install(QStringLiteral("fr")));
        QCOMPARE(label(Lifecycle::Laureate), QStringLiteral("Lauréat"));
        QCOMPARE(label(TrancheKind::Seed), QStringLiteral("Subvention d’amorçage"));
        QCOMPARE(QLocale().decimalPoint(), QStringLiteral(","));
        QVERIFY(t.install(QStringLiteral("en")));
        QCOMPARE(label(Lifecycle::Laureate), QStringLiteral("Laureate"));
        QVERIFY(!t.install(QStringLiteral("xx")));
    }

    void theCommittedTsFilesAreInStepWithTheSources()
    {
        // Run lupdate over the sources into a copy of each committed file, then compare the
        // messages: a string added, changed or removed in the code without "update_translations"
        // makes this fail.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        for (const QString &lang : { QStringLiteral("fr"), QStringLiteral("en") }) {
            const QString committed
                = QStringLiteral(TREMPLIN_SOURCE_DIR "/translations/tremplin_%1.ts").arg(lang);
            const QString copy = dir.filePath(QStringLiteral("tremplin_%1.ts").arg(lang));
            QVERIFY(QFile::copy(committed, copy));
            QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
            QProcess lupdate;
            lupdate.setWorkingDirectory(QStringLiteral(TREMPLIN_SOURCE_DIR));
            lupdate.start(QStringLiteral(TREMPLIN_LUPDATE_PATH),
                { QStringLiteral("-no-obsolete"), QStringLiteral("-locations"),
                    QStringLiteral("none"), QStringLiteral("-extensions"),
                    QStringLiteral("cpp,h,ui"), QStringLiteral("src"), QStringLiteral("ui"),
                    QStringLiteral("-ts"), copy });
            QVERIFY(lupdate.waitForFinished(120000));
            QCOMPARE(lupdate.exitCode(), 0);
            const QStringList fromSources = messages(copy);
            const QStringList inRepository = messages(committed);
            QVERIFY(fromSources.size() > 100);
            QStringList missing, extra;
            for (const QString &m : fromSources)
                if (!inRepository.contains(m))
                    missing << m;
            for (const QString &m : inRepository)
                if (!fromSources.contains(m))
                    extra << m;
            QVERIFY2(missing.isEmpty() && extra.isEmpty(),
                qPrintable(
                    QStringLiteral("%1: run the update_translations target. Not in the .ts: %2. "
                                   "No longer in the sources: %3")
                        .arg(lang, missing.join(QStringLiteral(" | ")),
                            extra.join(QStringLiteral(" | ")))));
        }
    }

    void theSystemLocalePicksAShippedLanguage()
    {
        QCOMPARE(
            Translations::bestFor(QLocale(QLocale::French, QLocale::Canada)), QStringLiteral("fr"));
        QCOMPARE(Translations::bestFor(QLocale(QLocale::German, QLocale::Germany)),
            QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
