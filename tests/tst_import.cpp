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
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/dialogs/importdialog.h"
#include "ui/document.h"
#include "ui/grants/grantspage.h"

#include <QFile>
#include <QProcess>
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
        Query q(m_doc->database(), QStringLiteral("SELECT grant_id, paid_on, amount_cents, reference, override_reason FROM disbursement ORDER BY id"));
        q.exec();
        while (q.next())
            out += QStringLiteral("%1|%2|%3|%4|%5\n").arg(q.value(0).toString(), q.value(1).toString(), q.value(2).toString(),
                                                          q.value(3).toString(), q.value(4).toString());
        return out;
    }
    QByteArray cp1252(const QString &text)
    {
        // Encoder for the few characters the tests use beyond Latin-1.
        QByteArray out;
        for (const QChar c : text) {
            if (c == QChar(0x0153))
                out += char(0x9C);
            else if (c == QChar(0x20AC))
                out += char(0x80);
            else if (c == QChar(0x2019))
                out += char(0x92);
            else
                out += char(c.unicode());
        }
        return out;
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
        QCOMPARE(decodeText(cp1252(QStringLiteral("cœur 5 €, l’été")), &encoding), QStringLiteral("cœur 5 €, l’été"));
        QCOMPARE(encoding, QStringLiteral("Windows-1252"));
        QCOMPARE(decodeText(QByteArray("\xEF\xBB\xBFvoil\xC3\xA0"), &encoding), QStringLiteral("voilà"));
        QCOMPARE(encoding, QStringLiteral("UTF-8"));
    }

    void aFrenchSpreadsheetExportIsImported()
    {
        const QString text = QStringLiteral("Référence décision;Date de paiement;Montant;N° de mandat;Commentaire\r\n"
                                            "AIC-2022-CA-103-T2;15/12/2022;60 000,00;\"« Mandat ; œuvre »\";x\r\n"
                                            "AIC-2022-CA-106-T2;2022-12-16;30000,5;\"M-2\nsuite\";\r\n"
                                            ";;;;\r\n");
        const QString before = payments();
        DisbursementImport import;
        import.load(cp1252(text), m_doc->database());
        QCOMPARE(import.separator(), QLatin1Char(';'));
        QCOMPARE(import.encoding(), QStringLiteral("Windows-1252"));
        QCOMPARE(import.lineCount(), 2);
        QCOMPARE(import.mapping().mid(0, 4), (QList<DisbursementImport::Target> { DisbursementImport::Grant, DisbursementImport::PaidOn,
                                                                                   DisbursementImport::Amount, DisbursementImport::Reference }));
        QCOMPARE(import.mapping().at(4), DisbursementImport::Ignore);
        QVERIFY2(import.problems().isEmpty(), qPrintable(import.problems().value(0).message));
        QCOMPARE(import.commit(), 2);
        const QString after = payments();
        QVERIFY(after.startsWith(before));
        const QString added = after.mid(before.size());
        QVERIFY2(added.contains(QStringLiteral("|2022-12-15|6000000|« Mandat ; œuvre »|")), qPrintable(added));
        QVERIFY2(added.contains(QStringLiteral("|2022-12-16|3000050|M-2\nsuite|")), qPrintable(added));
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
        QVERIFY(import.problems().at(0).message.contains(QStringLiteral("no grant has the reference “NOPE”")));
        QCOMPARE(import.problems().at(1).line, 4);
        QVERIFY(import.problems().at(1).message.contains(QLatin1String("is not a date")));
        QCOMPARE(import.problems().at(2).line, 5);
        QVERIFY(import.problems().at(2).message.contains(QLatin1String("not an amount above zero")));
        QCOMPARE(import.problems().at(3).line, 6);
        QVERIFY_THROWS_EXCEPTION(Error, import.commit());
        QCOMPARE(payments(), before);
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

    void columnsCanBeMappedByHand()
    {
        DisbursementImport import;
        import.load(QByteArrayLiteral("col1;col2;col3\nAIC-2022-CA-103-T2;2022-12-15;100,00\n"), m_doc->database());
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
        f.write("grant,paid_on,amount\nAIC-2022-CA-103-T2,2022-12-15,60000\nAIC-2022-CA-106-T2,2022-12-15,60000\n");
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
            importEnabled = dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled();
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
        p.start(QStringLiteral(TREMPLIN_CLI_PATH), { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("import"),
                                                     QStringLiteral("disbursements"), bad, QStringLiteral("--db"), db });
        QVERIFY(p.waitForFinished(60000));
        QCOMPARE(p.exitCode(), 1);
        QVERIFY(p.readAllStandardError().contains("line 3"));
        QCOMPARE(test::fileHash(db), hash);
    }
};

QTEST_MAIN(TestImport)
#include "tst_import.moc"
