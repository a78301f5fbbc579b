// SPDX-License-Identifier: GPL-3.0-or-later
// The committed French translation is complete: no unfinished, empty or obsolete message.
#include "core/domain/enums.h"
#include "core/i18n/translations.h"

#include <QFile>
#include <QXmlStreamReader>
#include <QtTest>

using namespace tremplin;

class TestTranslations : public QObject
{
    Q_OBJECT
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

    void theSystemLocalePicksAShippedLanguage()
    {
        QCOMPARE(Translations::bestFor(QLocale(QLocale::French, QLocale::Canada)), QStringLiteral("fr"));
        QCOMPARE(Translations::bestFor(QLocale(QLocale::German, QLocale::Germany)), QStringLiteral("en"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
