// SPDX-License-Identifier: GPL-3.0-or-later
// The phase status report as a reader gets it: the PDF's text (pdftotext, poppler-utils) page
// by page, and the Reports workspace driven through its buttons and the file dialog.
#include "core/database/database.h"
#include "core/demo/demoprogramme.h"
#include "core/generator/programmegenerator.h"
#include "core/i18n/translations.h"
#include "core/reports/phasestatusreport.h"
#include "ui/document.h"
#include "ui/reports/reportspage.h"

#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLineEdit>
#include <QPrinter>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTextEdit>
#include <QTimer>
#include <QtTest>

using namespace tremplin;

namespace {
/// The PDF's text, one string per page; @p layout keeps the columns side by side (else each
/// cell's text comes in one piece).
QStringList pdfPages(const QString &pdf, bool layout)
{
    QProcess text;
    QStringList args;
    if (layout)
        args << QStringLiteral("-layout");
    text.start(QStringLiteral("pdftotext"), args << pdf << QStringLiteral("-"));
    if (!text.waitForFinished(60000))
        qFatal("pdftotext (poppler-utils) must be installed");
    QStringList pages = QString::fromUtf8(text.readAllStandardOutput()).split(QLatin1Char('\f'));
    if (!pages.isEmpty() && pages.last().trimmed().isEmpty())
        pages.removeLast();
    return pages;
}

QString squeezed(QString s)
{
    return s.remove(QRegularExpression(QStringLiteral("\\s")));
}

/// Amounts whole on one line: digits grouped by spaces (of any kind), two decimals, the euro.
const QRegularExpression wholeAmount(QStringLiteral(
    "\\d{1,3}(?:[ \\x{a0}\\x{202f}]\\d{3})*,\\d{2}[ \\x{a0}]€|€\\d{1,3}(?:,\\d{3})*\\.\\d{2}"));

/// Matches that do not overlap (QString::count() counts overlapping ones).
int amountsIn(const QString &text)
{
    int n = 0;
    for (auto it = wholeAmount.globalMatch(text); it.hasNext(); it.next())
        ++n;
    return n;
}

/// Answers the next file dialog as a user does: writes @p path in its file name field and
/// presses Enter. (Typed key by key, the name opens the field's completer, which the offscreen
/// platform cannot give the keyboard back from.)
void answerFileDialog(const QString &path)
{
    QTimer::singleShot(0, [path] {
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT(
            (dialog = qobject_cast<QFileDialog *>(QApplication::activeModalWidget())), 10000);
        auto *name = dialog->findChild<QLineEdit *>(QStringLiteral("fileNameEdit"));
        QVERIFY(name);
        name->setText(path);
        QTest::keyClick(name, Qt::Key_Return);
        if (dialog->isVisible())
            dialog->reject(); // keeps a failing test from waiting forever
    });
}

} // namespace

class TestReports : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    QString m_demo;
    Translations m_translations;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        m_demo = m_dir.filePath(QStringLiteral("demo.sqlite"));
        Database db;
        db.create(m_demo);
        writeDemoProgramme(db);
    }
    void cleanupTestCase() { QVERIFY(m_translations.install(QStringLiteral("en"))); }

    void theDemosReportListsEachAchievementOnce()
    {
        Database db;
        db.open(m_demo);
        const PhaseStatusReport report(db, PhaseStatusReport::findPhase(db, QStringLiteral("1")));
        QCOMPARE(report.rows().size(), 9);
        for (const PhaseStatusReport::Row &r : report.rows()) {
            // The demo records its shared action plan once per need of the initiative.
            QCOMPARE(r.achievements.count(
                         QStringLiteral("Plan d’action partagé avec le chargé d’accélération")),
                1);
            QCOMPARE(int(QSet<QString>(r.achievements.begin(), r.achievements.end()).size()),
                int(r.achievements.size()));
        }
    }

    void theFrenchTitleNamesThePhaseAsANoun()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        Database db;
        db.open(m_demo);
        const PhaseStatusReport report(db, PhaseStatusReport::findPhase(db, QStringLiteral("1")));
        QCOMPARE(report.title(), QStringLiteral("Statut à l’issue de la phase 1"));
        QCOMPARE(PhaseStatusReport::phaseInSentence(QStringLiteral("Sélection")),
            QString(QStringLiteral("la phase «") + QChar::Nbsp + QStringLiteral("Sélection")
                + QChar::Nbsp + QStringLiteral("»")));
        QVERIFY(m_translations.install(QStringLiteral("en")));
        QCOMPARE(report.title(), QStringLiteral("Status at the end of Phase 1"));
        QCOMPARE(PhaseStatusReport::phaseInSentence(QStringLiteral("Selection")),
            QStringLiteral("the Selection phase"));
    }

    void theDemosPdfKeepsAmountsWholeAndSaysEachAchievementOnce()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        Database db;
        db.open(m_demo);
        const PhaseStatusReport report(db, PhaseStatusReport::findPhase(db, QStringLiteral("1")));
        const QString pdf = m_dir.filePath(QStringLiteral("demo-phase1.pdf"));
        report.writePdf(pdf);
        const QStringList pages = pdfPages(pdf, true);
        QVERIFY(pages.size() >= 2);
        const QString all = pages.join(QLatin1Char('\n'));
        QVERIFY2(all.contains(QStringLiteral("Statut à l’issue de la phase 1")), qPrintable(all));
        // Two amounts per initiative (committed, disbursed), each whole on one line.
        QCOMPARE(amountsIn(all), 2 * 9);
        QCOMPARE(int(all.count(QStringLiteral("Plan d’action partagé"))), 9);
        for (int p = 0; p < pages.size(); ++p) {
            QVERIFY2(pages.at(p).contains(QStringLiteral("Besoins travaillés"))
                    && pages.at(p).contains(QStringLiteral("Subventions")),
                qPrintable(QStringLiteral("page %1 has no table header").arg(p + 1)));
            QVERIFY(pages.at(p).contains(
                QStringLiteral("Page %1 sur %2").arg(p + 1).arg(pages.size())));
        }
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void aLongReportRepeatsItsHeaderAndKeepsEveryRowOnOnePage()
    {
        Database db;
        db.create(m_dir.filePath(QStringLiteral("generated.sqlite")));
        GeneratorOptions o;
        o.initiatives = 300;
        o.disbursements = 300;
        generateProgramme(db, o);
        const PhaseStatusReport report(db, PhaseStatusReport::findPhase(db, QStringLiteral("1")));
        QVERIFY(report.rows().size() > 40);
        const QString pdf = m_dir.filePath(QStringLiteral("generated-phase1.pdf"));
        report.writePdf(pdf);
        const QStringList pages = pdfPages(pdf, false);
        QVERIFY2(pages.size() >= 3, qPrintable(QString::number(pages.size())));
        for (int p = 0; p < pages.size(); ++p) {
            for (const char *column : { "Initiative", "Status assessment", "Needs worked on",
                     "Main achievements", "Committee decision", "Grants" })
                QVERIFY2(squeezed(pages.at(p)).contains(squeezed(QLatin1String(column))),
                    qPrintable(
                        QStringLiteral("page %1: %2").arg(p + 1).arg(QLatin1String(column))));
        }
        // A row is whole: the page holding an initiative's name holds its last need and its
        // amounts too. Cells come out one piece each: compare without white space.
        QStringList squeezedPages;
        for (const QString &page : pages)
            squeezedPages << squeezed(page);
        const QLocale locale;
        for (const PhaseStatusReport::Row &r : report.rows()) {
            int page = -1;
            for (int p = 0; p < squeezedPages.size() && page < 0; ++p) {
                if (squeezedPages.at(p).contains(squeezed(r.initiative)))
                    page = p;
            }
            QVERIFY2(page >= 0, qPrintable(r.initiative));
            QVERIFY2(squeezedPages.at(page).contains(squeezed(r.needs.last())),
                qPrintable(r.initiative));
            // (The grants cell may come out interleaved with its neighbour: amounts one by one.)
            QVERIFY2(squeezedPages.at(page).contains(squeezed(r.committed.toString(locale))),
                qPrintable(r.initiative));
            QVERIFY2(squeezedPages.at(page).contains(squeezed(r.disbursed.toString(locale))),
                qPrintable(r.initiative));
        }
        int amounts = 0;
        for (const QString &page : pdfPages(pdf, true))
            amounts += amountsIn(page);
        QCOMPARE(amounts, 2 * int(report.rows().size()));
    }

    void aPrinterGetsTheSamePagesAsThePdf()
    {
        // What the Print… button sends to the printer chosen in its dialog: a PDF printer here.
        Database db;
        db.open(m_demo);
        const PhaseStatusReport report(db, PhaseStatusReport::findPhase(db, QStringLiteral("1")));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        printer.setPageOrientation(QPageLayout::Landscape);
        const QString pdf = m_dir.filePath(QStringLiteral("printed.pdf"));
        printer.setOutputFileName(pdf);
        const int pages = report.render(printer);
        const QStringList text = pdfPages(pdf, true);
        QCOMPARE(int(text.size()), pages);
        for (const QString &page : text)
            QVERIFY(page.contains(QStringLiteral("Needs worked on"))
                && page.contains(QStringLiteral("Grants")));
        QCOMPARE(amountsIn(text.join(QLatin1Char('\n'))), 2 * 9);
    }

    void theReportsPagePreviewNeverBreaksAnAmount()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        Document doc;
        doc.database().open(m_demo);
        ReportsPage page;
        page.setDocument(&doc);
        auto *phase = page.findChild<QComboBox *>(QStringLiteral("reportPhase"));
        QTest::keyClick(phase, Qt::Key_Home);
        for (int i = 0; i < phase->count() && phase->currentText() != QStringLiteral("Phase 1");
             ++i)
            QTest::keyClick(phase, Qt::Key_Down);
        QCOMPARE(phase->currentText(), QStringLiteral("Phase 1"));
        // In the preview every space inside an amount is a no-break space.
        auto *preview = page.findChild<QTextEdit *>();
        QVERIFY(preview);
        const QString raw = preview->document()->toRawText();
        QVERIFY(raw.contains(QString(QStringLiteral("140") + QChar::Nbsp + QStringLiteral("000,00")
            + QChar::Nbsp + QStringLiteral("€"))));
        QVERIFY(!raw.contains(QStringLiteral("140 000")));
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theReportsPageExportsThroughItsButtonsInTheInterfaceLanguage()
    {
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        Document doc;
        doc.database().open(m_demo);
        ReportsPage page;
        page.setDocument(&doc);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *phase = page.findChild<QComboBox *>(QStringLiteral("reportPhase"));
        QTest::keyClick(phase, Qt::Key_Home);
        for (int i = 0; i < phase->count() && phase->currentText() != QStringLiteral("Phase 1");
             ++i)
            QTest::keyClick(phase, Qt::Key_Down);
        QCOMPARE(phase->currentText(), QStringLiteral("Phase 1"));
        QVERIFY(page.previewText().contains(QStringLiteral("Vivons en Forme")));
        QVERIFY(page.previewText().contains(QStringLiteral("Terminée")));
        QPushButton *csvButton = nullptr;
        QPushButton *pdfButton = nullptr;
        for (QPushButton *b : page.findChildren<QPushButton *>()) {
            if (b->text() == QStringLiteral("Exporter en &CSV…"))
                csvButton = b;
            if (b->text() == QStringLiteral("Exporter en &PDF…"))
                pdfButton = b;
        }
        QVERIFY(csvButton && pdfButton);

        const QString csv = m_dir.filePath(QStringLiteral("fr.csv"));
        answerFileDialog(csv);
        QTest::mouseClick(csvButton, Qt::LeftButton);
        QFile f(csv);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(f.readAll())
                    .startsWith(QStringLiteral("Initiative,Structure porteuse")));

        const QString pdf = m_dir.filePath(QStringLiteral("fr.pdf"));
        answerFileDialog(pdf);
        QTest::mouseClick(pdfButton, Qt::LeftButton);
        const QStringList pages = pdfPages(pdf, true);
        QVERIFY(!pages.isEmpty());
        QVERIFY(pages.first().contains(QStringLiteral("Statut à l’issue de la phase 1")));
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
};

QTEST_MAIN(TestReports)
#include "tst_reports.moc"
