// SPDX-License-Identifier: GPL-3.0-or-later
// Import of payments from CSV: encodings, separators, quoting, mapping, per-line problems,
// all-or-nothing, and undo from the dialog.
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/imports/disbursementimport.h"
#include "core/imports/textfile.h"
#include "core/services/grantservice.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/dialogs/importdialog.h"
#include "ui/document.h"
#include "ui/grants/grantspage.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFile>
#include <QListWidget>
#include <QProcess>
#include <QRandomGenerator>
#include <QScrollBar>
#include <QSettings>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

class TestImport : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Translations m_translations;
    int m_n = 0;

    QString payments()
    {
        QString out;
        Query q(m_doc->database(),
            QStringLiteral("SELECT grant_id, paid_on, amount_cents, reference, override_reason "
                           "FROM disbursement ORDER BY id"));
        q.exec();
        while (q.next())
            out += QStringLiteral("%1|%2|%3|%4|%5\n")
                       .arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                           q.value(3).toString(), q.value(4).toString());
        return out;
    }
    static QByteArray cp1252(const QString &text) { return test::windows1252(text); }

    /// Gives column @p column the meaning @p target with the keyboard, as a user does in the
    /// column's drop-down (the preview is rebuilt after each choice).
    static void chooseMeaning(QTableWidget *preview, int column, DisbursementImport::Target target)
    {
        for (int step = 0; step < 12; ++step) {
            auto *combo = qobject_cast<QComboBox *>(preview->cellWidget(0, column));
            QVERIFY(combo);
            const int wanted = combo->findData(int(target));
            if (combo->currentIndex() == wanted)
                return;
            combo->setFocus(Qt::TabFocusReason);
            QTest::keyClick(combo, combo->currentIndex() < wanted ? Qt::Key_Down : Qt::Key_Up);
            QCoreApplication::sendPostedEvents();
            QCoreApplication::processEvents();
        }
        QFAIL("the meaning could not be chosen");
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
    void init()
    {
        m_doc = std::make_unique<Document>();
        m_doc->database().create(m_dir.filePath(QStringLiteral("i%1.sqlite").arg(++m_n)));
        writeDemoProgramme(m_doc->database());
    }
    void cleanup() { m_doc.reset(); }

    void windows1252IsDecodedWithTheEuroSignAndOe()
    {
        QString encoding;
        QCOMPARE(decodeText(cp1252(QStringLiteral("cœur 5 €, l’été")), &encoding),
            QStringLiteral("cœur 5 €, l’été"));
        QCOMPARE(encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(
            decodeText(QByteArray("\xEF\xBB\xBFvoil\xC3\xA0"), &encoding), QStringLiteral("voilà"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
    }

    void aFrenchSpreadsheetExportIsImported()
    {
        const QString text = QStringLiteral(
            "Référence décision;Date de paiement;Montant;N° de mandat;Commentaire\r\n"
            "AIC-2022-CA-103-T2;15/12/2022;60 000,00;\"« Mandat ; œuvre »\";x\r\n"
            "AIC-2022-CA-106-T2;2022-12-16;30000,5;\"M-2\nsuite\";\r\n"
            ";;;;\r\n");
        const QString before = payments();
        DisbursementImport import;
        import.load(cp1252(text), m_doc->database());
        QCOMPARE(import.separator(), QLatin1Char(';'));
        QCOMPARE(import.encoding(), QStringLiteral("Windows-1252"));
        QCOMPARE(import.lineCount(), 2);
        QCOMPARE(import.mapping().mid(0, 4),
            (QList<DisbursementImport::Target> { DisbursementImport::Grant,
                DisbursementImport::PaidOn, DisbursementImport::Amount,
                DisbursementImport::Reference }));
        QCOMPARE(import.mapping().at(4), DisbursementImport::Ignore);
        QVERIFY2(import.problems().isEmpty(), qPrintable(import.problems().value(0).message));
        QCOMPARE(import.commit(), 2);
        const QString after = payments();
        QVERIFY(after.startsWith(before));
        const QString added = after.mid(before.size());
        QVERIFY2(added.contains(QStringLiteral("|2022-12-15|6000000|« Mandat ; œuvre »|")),
            qPrintable(added));
        QVERIFY2(
            added.contains(QStringLiteral("|2022-12-16|3000050|M-2\nsuite|")), qPrintable(added));
    }

    void everyProblemIsListedWithItsLineAndNothingIsWritten()
    {
        const QString before = payments();
        DisbursementImport import;
        import.load(QByteArrayLiteral("grant,paid_on,amount\n"
                                      "AIC-2022-CA-103-T2,2022-12-15,60000.00\n"
                                      "NOPE,2022-12-15,10\n"
                                      "AIC-2022-CA-106-T2,2022-02-30,10\n"
                                      "AIC-2022-CA-106-T2,2022-12-01,-5\n"
                                      ",2022-12-01,5\n"),
            m_doc->database());
        QCOMPARE(import.problems().size(), 4);
        QCOMPARE(import.problems().at(0).line, 3);
        QVERIFY(import.problems().at(0).message.contains(
            QStringLiteral("no grant has the reference “NOPE”")));
        QCOMPARE(import.problems().at(1).line, 4);
        QVERIFY(import.problems().at(1).message.contains(QLatin1String("is not a date")));
        QCOMPARE(import.problems().at(2).line, 5);
        QVERIFY(
            import.problems().at(2).message.contains(QLatin1String("not an amount above zero")));
        QCOMPARE(import.problems().at(3).line, 6);
        QVERIFY_THROWS_EXCEPTION(Error, import.commit());
        QCOMPARE(payments(), before);
    }

    void aProblemNamesTheFilesRealLineAfterBlankAndQuotedMultiLineLines()
    {
        // Line 2 is blank, line 3's reference runs over lines 3 to 5 inside quotes, line 6 is
        // blank again (a spreadsheet's), and the bad date is on line 7 of the file.
        DisbursementImport import;
        import.load(QByteArrayLiteral("grant,paid_on,amount,reference\r\n"
                                      "\r\n"
                                      "AIC-2022-CA-103-T2,2022-12-15,10,\"M-1\r\nsuite\r\nfin\"\r\n"
                                      ",,,\r\n"
                                      "AIC-2022-CA-106-T2,2022-02-30,10,M-2\r\n"),
            m_doc->database());
        QCOMPARE(import.lineCount(), 2);
        QCOMPARE(import.problems().size(), 1);
        QCOMPARE(import.problems().constFirst().line, 7);
        QVERIFY(import.problems().constFirst().message.contains(QLatin1String("is not a date")));
        // The same through a file, read by loadFile().
        const QString file = m_dir.filePath(QStringLiteral("lines.csv"));
        QFile f(file);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("grant;paid_on;amount\n\n\n\"AIC-2022-CA-103-T2\";\"15/12/2022\";\"a\nb\"\n");
        f.close();
        DisbursementImport fromFile;
        QString error;
        QVERIFY2(fromFile.loadFile(file, m_doc->database(), &error), qPrintable(error));
        QCOMPARE(fromFile.problems().size(), 1);
        QCOMPARE(fromFile.problems().constFirst().line, 4);
        QVERIFY(!fromFile.loadFile(
            m_dir.filePath(QStringLiteral("none.csv")), m_doc->database(), &error));
        QVERIFY2(error.startsWith(QLatin1String("Could not read ")), qPrintable(error));
    }

    void theFilesOwnLinesCountTowardsTheCommitment()
    {
        // The grant's 60 000 € second tranche paid in two lines of 40 000 €: the second is
        // refused, unless it says why.
        DisbursementImport import;
        import.load(QByteArrayLiteral("grant,paid_on,amount,reason\n"
                                      "AIC-2022-CA-103-T2,2022-12-15,40000\n"
                                      "AIC-2022-CA-103-T2,2022-12-20,40000\n"),
            m_doc->database());
        QCOMPARE(import.problems().size(), 1);
        QCOMPARE(import.problems().first().line, 3);
        QVERIFY(import.problems().first().message.contains(QLatin1String("above the")));
        DisbursementImport justified;
        justified.load(QByteArrayLiteral("grant,paid_on,amount,reason\n"
                                         "AIC-2022-CA-103-T2,2022-12-15,40000,\n"
                                         "AIC-2022-CA-103-T2,2022-12-20,40000,Avenant du 19/12\n"),
            m_doc->database());
        QVERIFY(justified.problems().isEmpty());
        QCOMPARE(justified.commit(), 2);
    }

    void aGrantsTotalNeverGoesBeyondTheLargestAmountEvenWithReasons()
    {
        // Found by replaying fuzz_payments's corpus under UBSan: a hundred lines of
        // 999 999 999 999 999,99 € with a reason each added up past 64 bits (the sum wrapped
        // round and the ledger's rule no longer held). The first line fits; every other would
        // take the grant beyond the largest amount, so nothing can be imported. Since then a
        // line of more than one billion euros is refused on its own (hostile inputs), which
        // refuses each of these lines first; the grant's total stays guarded for files of a
        // million lines.
        QByteArray text("grant;paid_on;amount;reason\n");
        for (int i = 0; i < 100; ++i)
            text += "AIC-2022-CA-103-T2;2022-12-15;999999999999999,99;avenant\n";
        DisbursementImport import;
        import.load(text, m_doc->database());
        QCOMPARE(import.problems().size(), 100);
        QCOMPARE(import.problems().first().line, 2);
        QVERIFY(import.problems().first().message.contains(QLatin1String("one billion")));
        QVERIFY_THROWS_EXCEPTION(Error, import.commit());
    }

    void theCommitmentIsCheckedAgainInTheTransactionWhenTheDataChangedAfterThePreview()
    {
        // Checked while the grant had 60 000 € left; a payment recorded meanwhile (another
        // window, an undo) leaves 20 000 €: the 40 000 € line may no longer be written.
        const QString before = payments();
        DisbursementImport import;
        import.load(QByteArrayLiteral("grant,paid_on,amount\n"
                                      "AIC-2022-CA-103-T2,2022-12-15,40000\n"),
            m_doc->database());
        QVERIFY(import.problems().isEmpty());
        const qint64 grant = Query(m_doc->database(),
            QStringLiteral("SELECT id FROM grant_award WHERE decision_reference = "
                           "'AIC-2022-CA-103-T2'"))
                                 .scalar()
                                 .toLongLong();
        Disbursement meanwhile;
        meanwhile.grantId = grant;
        meanwhile.paidOn = QDate(2022, 12, 10);
        meanwhile.amount = Money::fromEuros(40000);
        GrantService(m_doc->database()).addDisbursement(meanwhile);
        const QString withMeanwhile = payments();
        QVERIFY(withMeanwhile != before);
        try {
            import.commit();
            QFAIL("the import wrote a payment above the commitment");
        } catch (const Error &e) {
            QVERIFY2(e.message().contains(QLatin1String("Line 2"))
                    && e.message().contains(QLatin1String("above the")),
                qPrintable(e.message()));
        }
        QCOMPARE(payments(), withMeanwhile);

        // A grant removed after the preview: refused too, nothing written.
        DisbursementImport other;
        other.load(
            QByteArrayLiteral("grant,paid_on,amount,reason\nAIC-2022-CA-103,2022-12-15,1,Frais\n"),
            m_doc->database());
        QVERIFY(other.problems().isEmpty());
        Query(m_doc->database(),
            QStringLiteral("DELETE FROM disbursement WHERE grant_id IN (SELECT id FROM grant_award "
                           "WHERE decision_reference = 'AIC-2022-CA-103')"))
            .exec();
        Query(m_doc->database(),
            QStringLiteral("DELETE FROM grant_award WHERE decision_reference = 'AIC-2022-CA-103'"))
            .exec();
        const QString afterDelete = payments();
        QVERIFY_THROWS_EXCEPTION(Error, other.commit());
        QCOMPARE(payments(), afterDelete);
    }
    void columnsCanBeMappedByHand()
    {
        DisbursementImport import;
        import.load(QByteArrayLiteral("col1;col2;col3\nAIC-2022-CA-103-T2;2022-12-15;100,00\n"),
            m_doc->database());
        QCOMPARE(import.problems().size(), 3); // none of the three columns is recognised
        import.setMapping(0, DisbursementImport::Grant);
        import.setMapping(1, DisbursementImport::PaidOn);
        import.setMapping(2, DisbursementImport::Amount);
        QVERIFY(import.problems().isEmpty());
        // Giving a meaning to a second column takes it from the first.
        import.setMapping(2, DisbursementImport::PaidOn);
        QCOMPARE(import.mapping().at(1), DisbursementImport::Ignore);
        QVERIFY(!import.problems().isEmpty());
    }

    void theWorkspacesImportButtonImportsAsOneUndoableStep()
    {
        const QString path = m_dir.filePath(QStringLiteral("pay.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,60000\nAIC-2022-CA-106-T2,"
                "2022-12-15,60000\n");
        f.close();
        const QString before = payments();
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        // Grants > Import payments…: the file chosen in the file dialog, then the Import button.
        auto *button = page.findChild<QPushButton *>(QStringLiteral("importPayments"));
        QVERIFY(button);
        int imported = -1;
        bool importEnabled = false;
        test::answerFileDialog(path);
        test::onNextModal<ImportDialog>([&](ImportDialog *dialog) {
            importEnabled = dialog->findChild<QDialogButtonBox *>()
                                ->button(QDialogButtonBox::Ok)
                                ->isEnabled();
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
            imported = dialog->imported();
            if (dialog->isVisible())
                test::clickDialogButton(dialog, QDialogButtonBox::Cancel);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(importEnabled);
        QCOMPARE(imported, 2);
        const QString after = payments();
        QVERIFY(after != before);
        QCOMPARE(m_doc->undoStack().count(), 1);
        m_doc->undoStack().undo();
        QCOMPARE(payments(), before);
        m_doc->undoStack().redo();
        QCOMPARE(payments(), after);
    }

    void theDialogSaysWhyWhenAGrantChangedWhileItsPreviewWasShown()
    {
        const QString path = m_dir.filePath(QStringLiteral("race.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,60000\n");
        f.close();
        ImportDialog dialog(*m_doc);
        QVERIFY(dialog.loadFile(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        QVERIFY(dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        // Meanwhile (another window of the file, an undo), the tranche is partly paid.
        Disbursement meanwhile;
        meanwhile.grantId = Query(m_doc->database(),
            QStringLiteral("SELECT id FROM grant_award WHERE decision_reference = "
                           "'AIC-2022-CA-103-T2'"))
                                .scalar()
                                .toLongLong();
        meanwhile.paidOn = QDate(2022, 12, 1);
        meanwhile.amount = Money::fromEuros(1);
        GrantService(m_doc->database()).addDisbursement(meanwhile);
        const QString before = payments();
        test::clickDialogButton(&dialog, QDialogButtonBox::Ok);
        QVERIFY(dialog.isVisible());
        auto *problems = dialog.findChild<QListWidget *>();
        QVERIFY(problems && problems->count() == 1);
        QVERIFY2(problems->item(0)->text().contains(QLatin1String("Line 2")),
            qPrintable(problems->item(0)->text()));
        QCOMPARE(payments(), before);
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void aHostileFileIsRefusedInTheDialogWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        QByteArray random(64 * 1024, '\0');
        QRandomGenerator generator(15);
        for (char &c : random)
            c = char(generator.bounded(256));
        QTest::newRow("random bytes") << random << QStringLiteral("not text");
        QByteArray wide = "grant,paid_on,amount";
        QByteArray line = "AIC-2022-CA-103-T2,2022-12-15,10";
        for (int c = 0; c < 20000; ++c) {
            wide += ",c" + QByteArray::number(c);
            line += ",x";
        }
        QTest::newRow("20 000 columns and a cell more") << wide + "\n" + line
                + ",y\n" << QStringLiteral("20003 columns; an import reads at most 1000");
        QTest::newRow("an unterminated quote")
            << QByteArray("grant,paid_on,amount\n\"AIC-2022-CA-103-T2,2022-12-15,10\n")
            << QStringLiteral("line 2 is never closed");
    }
    void aHostileFileIsRefusedInTheDialogWithItsReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString path = m_dir.filePath(QStringLiteral("hostile.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        f.close();
        const QString before = payments();
        GrantsPage page;
        page.setDocument(m_doc.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *button = page.findChild<QPushButton *>(QStringLiteral("importPayments"));
        QVERIFY(button);
        bool importEnabled = true;
        QStringList shown;
        QElapsedTimer timer;
        timer.start();
        qint64 openedAfter = -1;
        test::answerFileDialog(path);
        test::onNextModal<ImportDialog>([&](ImportDialog *dialog) {
            openedAfter = timer.elapsed();
            importEnabled = dialog->findChild<QDialogButtonBox *>()
                                ->button(QDialogButtonBox::Ok)
                                ->isEnabled();
            if (auto *problems = dialog->findChild<QListWidget *>()) {
                for (int i = 0; i < problems->count(); ++i)
                    shown << problems->item(i)->text();
            }
            test::clickDialogButton(dialog, QDialogButtonBox::Cancel);
        });
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(!importEnabled);
        QVERIFY2(shown.join(u'\n').contains(reason), qPrintable(shown.join(u'\n').left(500)));
        for (const QString &line : std::as_const(shown))
            QVERIFY2(line.size() < 400, qPrintable(line.left(400)));
        // Even 20 000 columns open in a moment (one drop-down per column would take minutes).
        QVERIFY2(openedAfter >= 0 && openedAfter < 5000, qPrintable(QString::number(openedAfter)));
        QCOMPARE(payments(), before);
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void cancellingTheImportDialogWritesNothing()
    {
        const QString path = m_dir.filePath(QStringLiteral("cancel.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,60000\n");
        f.close();
        const QString before = payments();
        ImportDialog dialog(*m_doc);
        QVERIFY(dialog.loadFile(path));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        test::clickDialogButton(&dialog, QDialogButtonBox::Cancel);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(payments(), before);
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void aLineFindsItsGrantByBeneficiarySiretOrNameAndTranche()
    {
        const qint64 odu = Query(m_doc->database(),
            QStringLiteral(
                "SELECT id FROM grant_award WHERE decision_reference = 'AIC-2022-CA-103-T2'"))
                               .scalar()
                               .toLongLong();
        const qint64 snu = Query(m_doc->database(),
            QStringLiteral(
                "SELECT id FROM grant_award WHERE decision_reference = 'AIC-2022-CA-106-T2'"))
                               .scalar()
                               .toLongLong();
        DisbursementImport import;
        // An accounting export: no decision reference, the beneficiary and the tranche instead.
        import.load(
            QStringLiteral(
                "N° SIRET;Bénéficiaire;Tranche;Date de paiement;Montant;Motif de dépassement\n"
                "900 000 081 56573;;2;15/12/2022;40 000,00;\n"
                ";association MAKESENSE;Seconde tranche;16/12/2022;60 000,00;\n"
                "90000008156573;;T2;17/12/2022;30 000,00;Avenant n° 2\n")
                .toUtf8(),
            m_doc->database());
        QCOMPARE(import.mapping().mid(0, 6),
            (QList<DisbursementImport::Target> { DisbursementImport::Siret,
                DisbursementImport::Beneficiary, DisbursementImport::Tranche,
                DisbursementImport::PaidOn, DisbursementImport::Amount,
                DisbursementImport::OverrideReason }));
        QVERIFY2(import.problems().isEmpty(), qPrintable(import.problems().value(0).message));
        // Both second tranches are still blocked by their condition: imported, with a warning.
        QCOMPARE(import.warnings().size(), 3);
        QCOMPARE(import.warnings().at(0).line, 2);
        QVERIFY(import.warnings().at(0).message.contains(QLatin1String("blocked")));
        const QString before = payments();
        QCOMPARE(import.commit(), 3);
        const QString added = payments().mid(before.size());
        QCOMPARE(added,
            QStringLiteral("%1|2022-12-15|4000000||\n%2|2022-12-16|6000000||\n%1|2022-12-17|"
                           "3000000||Avenant n° 2\n")
                .arg(odu)
                .arg(snu));
    }

    void linesThatMatchNoGrantOrSeveralAreListedWithTheirLine()
    {
        DisbursementImport import;
        import.load(QByteArrayLiteral("siret,beneficiary,tranche,date,amount\n"
                                      "90000008156573,,,2022-12-15,10\n"
                                      "11111111111111,,,2022-12-15,10\n"
                                      ",Association Vikidia,third,2022-12-15,10\n"
                                      ",Nobody,,2022-12-15,10\n"
                                      ",Vikidia,seed,2022-12-15,10\n"
                                      ",,,2022-12-15,10\n"),
            m_doc->database());
        const QList<DisbursementImport::Problem> &p = import.problems();
        QCOMPARE(p.size(), 6);
        QCOMPARE(p.at(0).line, 2);
        QVERIFY2(p.at(0).message.contains(
                     QLatin1String("SIRET 90000008156573 has 2 grants: give the tranche")),
            qPrintable(p.at(0).message));
        QCOMPARE(p.at(1).line, 3);
        QVERIFY2(
            p.at(1).message.contains(QLatin1String("no grant is paid to SIRET 11111111111111")),
            qPrintable(p.at(1).message));
        QVERIFY2(p.at(2).message.contains(QStringLiteral("“third” is not a tranche")),
            qPrintable(p.at(2).message));
        QVERIFY2(p.at(3).message.contains(QStringLiteral("no grant is paid to “Nobody”")),
            qPrintable(p.at(3).message));
        // The initiative's name finds it too; its seed grant is fully paid: above the commitment.
        QCOMPARE(p.at(4).line, 6);
        QVERIFY2(p.at(4).message.contains(QLatin1String("above the")), qPrintable(p.at(4).message));
        QVERIFY2(
            p.at(5).message.contains(QLatin1String("no grant reference, SIRET or beneficiary")),
            qPrintable(p.at(5).message));
        QVERIFY_THROWS_EXCEPTION(Error, import.commit());
    }

    void theDialogRemembersTheColumnsChosenForAHeaderLayoutAndKeepsItsScrollPosition()
    {
        QSettings().remove(QStringLiteral("import"));
        // Many columns: the preview scrolls sideways.
        QString header = QStringLiteral("c01;c02;c03");
        QString line = QStringLiteral("AIC-2022-CA-103-T2;2022-12-15;100,00");
        for (int k = 4; k <= 16; ++k) {
            header += QStringLiteral(";a rather long column title %1").arg(k);
            line += QStringLiteral(";a rather long value in column %1").arg(k);
        }
        const QString path = m_dir.filePath(QStringLiteral("wide.csv"));
        const QString path2 = m_dir.filePath(QStringLiteral("wide2.csv"));
        for (const QString &p : { path, path2 }) {
            QFile f(p);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write((header + u'\n' + line + u'\n').toUtf8());
        }
        {
            ImportDialog dialog(*m_doc);
            QVERIFY(dialog.loadFile(path));
            dialog.resize(820, 560);
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            QApplication::setActiveWindow(&dialog);
            QVERIFY(QTest::qWaitForWindowActive(&dialog));
            auto *preview = dialog.findChild<QTableWidget *>(QStringLiteral("preview"));
            QVERIFY(preview->horizontalScrollBar()->maximum() > 0);
            // Scroll to the last columns and give the 16th a meaning: the view stays there.
            chooseMeaning(preview, 0, DisbursementImport::Grant);
            chooseMeaning(preview, 1, DisbursementImport::PaidOn);
            chooseMeaning(preview, 2, DisbursementImport::Amount);
            preview->horizontalScrollBar()->setValue(preview->horizontalScrollBar()->maximum());
            const int scrolled = preview->horizontalScrollBar()->value();
            QVERIFY(scrolled > 0);
            chooseMeaning(preview, 15, DisbursementImport::Reference);
            QTest::qWait(50);
            QCOMPARE(preview->horizontalScrollBar()->value(), scrolled);
            QVERIFY2(dialog.import().problems().isEmpty(),
                qPrintable(dialog.import().problems().value(0).message));
        }
        // The next file of the same export opens with those meanings.
        ImportDialog again(*m_doc);
        QVERIFY(again.loadFile(path2));
        QCOMPARE(again.import().mapping().mid(0, 3),
            (QList<DisbursementImport::Target> { DisbursementImport::Grant,
                DisbursementImport::PaidOn, DisbursementImport::Amount }));
        QCOMPARE(again.import().mapping().at(15), DisbursementImport::Reference);
        QVERIFY(again.import().problems().isEmpty());
        QVERIFY(again.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
        QSettings().remove(QStringLiteral("import"));
    }

    void longProblemMessagesWrapInTheProblemsList()
    {
        const QString path = m_dir.filePath(QStringLiteral("long.csv"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            "grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,90000\n"
            "AIC-2022-CA-404-NOT-A-REFERENCE-OF-ANY-GRANT-AT-ALL-IN-THIS-PROGRAMME,someday,-1\n");
        f.close();
        ImportDialog dialog(*m_doc);
        QVERIFY(dialog.loadFile(path));
        dialog.resize(600, 500);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *problems = dialog.findChild<QListWidget *>(QStringLiteral("problems"));
        QCOMPARE(problems->count(), 2);
        QVERIFY(problems->wordWrap());
        QTRY_VERIFY(problems->visualItemRect(problems->item(1)).height()
            >= 2 * problems->fontMetrics().height());
        QVERIFY(
            problems->visualItemRect(problems->item(1)).width() <= problems->viewport()->width());
        QVERIFY(!dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void theCliHelpListsTheColumnsItUnderstands()
    {
        QProcess p;
        p.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                QStringLiteral("disbursements"), QStringLiteral("--help") });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 0);
        const QString out = QString::fromUtf8(p.readAllStandardOutput());
        for (const char *word : { "Grant (decision reference): grant, decision",
                 "Beneficiary's SIRET: siret", "Tranche: tranche",
                 "Reason for exceeding the commitment: reason", "Payment date: date" })
            QVERIFY2(out.contains(QLatin1String(word)), qPrintable(out));
    }

    void theCliImportsAllOrNothing()
    {
        const QString db = m_dir.filePath(QStringLiteral("cli.sqlite"));
        {
            Database d;
            d.create(db);
            writeDemoProgramme(d);
        }
        const QString bad = m_dir.filePath(QStringLiteral("bad.csv"));
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,60000\nNOPE,2022-12-15,1\n");
        f.close();
        const QByteArray hash = test::fileHash(db);
        QProcess p;
        p.start(QStringLiteral(TREMPLIN_CLI_PATH),
            { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                QStringLiteral("disbursements"), bad, QStringLiteral("--db"), db });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("line 3"));
        QCOMPARE(test::fileHash(db), hash);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
