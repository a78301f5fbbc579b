// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/domain/money.h"

#include <QtTest>

using namespace tremplin;

class TestMoney : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void frenchUsesNarrowNoBreakSpaceGroupsAndNoBreakSpaceBeforeEuro()
    {
        const QLocale fr(QLocale::French, QLocale::France);
        QCOMPARE(
            Money::fromEuros(80000).toString(fr), QStringLiteral("80\u202f000,00\u00a0\u20ac"));
        QCOMPARE(Money::fromCents(123456750).toString(fr),
            QStringLiteral("1\u202f234\u202f567,50\u00a0\u20ac"));
    }
    void englishPutsTheEuroSignFirst()
    {
        const QLocale en(QLocale::English, QLocale::UnitedKingdom);
        QCOMPARE(Money::fromEuros(80000).toString(en), QStringLiteral("\u20ac80,000.00"));
        QCOMPARE(Money::fromCents(5).toString(en), QStringLiteral("\u20ac0.05"));
    }
    void decimalStringIsExact()
    {
        QCOMPARE(Money::fromCents(8000001).toDecimalString(), QStringLiteral("80000.01"));
        QCOMPARE(Money::fromCents(-250).toDecimalString(), QStringLiteral("-2.50"));
    }
    void parseAcceptsWhatUsersType_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("locale");
        QTest::addColumn<qint64>("cents");
        QTest::newRow("fr grouped")
            << QStringLiteral("80 000,50 €") << QStringLiteral("fr_FR") << qint64(8000050);
        QTest::newRow("fr narrow nbsp")
            << QStringLiteral("80\u202f000,5") << QStringLiteral("fr_FR") << qint64(8000050);
        QTest::newRow("fr with point")
            << QStringLiteral("1234.50") << QStringLiteral("fr_FR") << qint64(123450);
        QTest::newRow("en grouped")
            << QStringLiteral("€80,000.00") << QStringLiteral("en_GB") << qint64(8000000);
        QTest::newRow("plain") << QStringLiteral("60000") << QStringLiteral("en_GB")
                               << qint64(6000000);
    }
    void parseAcceptsWhatUsersType()
    {
        QFETCH(QString, text);
        QFETCH(QString, locale);
        QFETCH(qint64, cents);
        const auto m = Money::parse(text, QLocale(locale));
        QVERIFY(m.has_value());
        QCOMPARE(m->cents(), cents);
    }
    void parseRefusesGarbage()
    {
        QVERIFY(!Money::parse(QStringLiteral("12.3.4"), QLocale(QStringLiteral("en_GB"))));
        QVERIFY(!Money::parse(QStringLiteral("abc"), QLocale(QStringLiteral("fr_FR"))));
        QVERIFY(!Money::parse(QStringLiteral("1.234"), QLocale(QStringLiteral("en_GB"))));
        QVERIFY(!Money::parse(QString(), QLocale(QStringLiteral("fr_FR"))));
    }
    void parseRefusesAmountsBeyondFifteenDigitsOfEuros()
    {
        // Found by replaying fuzz_payments's corpus under UBSan: 17 or 18 digits were multiplied
        // by 100 past 64 bits.
        for (const char *text : { "99999999999999999", "999999999999999999", "1000000000000000",
                 "1000000000000000,5", "99 999 999 999 999 999" }) {
            for (const char *locale : { "fr_FR", "en_GB" })
                QVERIFY2(!Money::parse(QLatin1String(text), QLocale(QLatin1String(locale))), text);
        }
        QCOMPARE(
            Money::parse(QStringLiteral("999999999999999.99"), QLocale(QStringLiteral("en_GB")))
                ->cents(),
            Q_INT64_C(99999999999999999));
    }
};

QTEST_GUILESS_MAIN(TestMoney)
#include "tst_money.moc"
