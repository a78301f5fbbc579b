// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/validation/identifiers.h"
#include "core/validation/validation.h"

#include <QtTest>

using namespace tremplin;

class TestIdentifiers : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void siretVectorsFromTheDomainReadme_data()
    {
        QTest::addColumn<QString>("siret");
        QTest::addColumn<bool>("valid");
        QTest::newRow("luhn valid") << QStringLiteral("73282932000074") << true;
        QTest::newRow("luhn invalid") << QStringLiteral("73282932000079") << false;
        QTest::newRow("commune") << QStringLiteral("23350001600040") << true;
        QTest::newRow("departement") << QStringLiteral("21060004500392") << true;
        QTest::newRow("company") << QStringLiteral("38047555800058") << true;
        QTest::newRow("la poste rule") << QStringLiteral("35600000049837") << true;
        QTest::newRow("la poste head office") << QStringLiteral("35600000000048") << true;
        QTest::newRow("la poste invalid") << QStringLiteral("35600000000049") << false;
        QTest::newRow("too short") << QStringLiteral("7328293200007") << false;
        QTest::newRow("letters") << QStringLiteral("7328293200007A") << false;
        QTest::newRow("empty") << QString() << false;
    }
    void siretVectorsFromTheDomainReadme()
    {
        QFETCH(QString, siret);
        QFETCH(bool, valid);
        QCOMPARE(identifiers::isValidSiret(siret), valid);
        QCOMPARE(validation::siretProblem(siret).isEmpty(), valid || siret.isEmpty());
    }

    void sirenIsTheLuhnValidPrefix()
    {
        QVERIFY(identifiers::isValidSiren(QStringLiteral("732829320")));
        QVERIFY(!identifiers::isValidSiren(QStringLiteral("732829321")));
    }

    void rnaIsWAndNineDigits_data()
    {
        QTest::addColumn<QString>("rna");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("W751234567") << true;
        QTest::newRow("lower case w") << QStringLiteral("w751234567") << false;
        QTest::newRow("eight digits") << QStringLiteral("W75123456") << false;
        QTest::newRow("ten digits") << QStringLiteral("W7512345678") << false;
        QTest::newRow("letter inside") << QStringLiteral("W75123456X") << false;
    }
    void rnaIsWAndNineDigits()
    {
        QFETCH(QString, rna);
        QFETCH(bool, valid);
        QCOMPARE(identifiers::isValidRna(rna), valid);
    }

    void siretIsDisplayedInGroups()
    {
        QCOMPARE(identifiers::formatSiret(QStringLiteral("73282932000074")),
            QStringLiteral("732 829 320 00074"));
        QCOMPARE(identifiers::digitsOnly(QStringLiteral("732 829 320 00074")),
            QStringLiteral("73282932000074"));
    }
};

QTEST_GUILESS_MAIN(TestIdentifiers)
#include "tst_identifiers.moc"
