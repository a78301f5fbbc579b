// SPDX-License-Identifier: GPL-3.0-or-later
// The "New programme" assistant (File › New) and the calendar template behind it and behind
// tremplin-cli init --template: date arithmetic, what is written, and the assistant driven as a
// user drives it.
#include "core/database/database.h"
#include "core/error.h"
#include "core/i18n/translations.h"
#include "core/services/committeeservice.h"
#include "core/services/directoryservice.h"
#include "core/services/programmeservice.h"
#include "core/services/programmetemplate.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/dialogs/newprogrammewizard.h"
#include "ui/document.h"
#include "ui/mainwindow.h"

#include <QAction>
#include <QDateEdit>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QRadioButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {
/// Types @p text into @p w key by key, accents included (QTest::keyClicks aborts on them).
void type(QWidget *w, const QString &text)
{
    for (const QChar ch : text)
        QTest::sendKeyEvent(QTest::Click, w, Qt::Key_unknown, QString(ch), Qt::NoModifier);
}

/// Replaces the text of a spin box or date edit as a user does: select all, type.
void retype(QAbstractSpinBox *box, const QString &text)
{
    box->setFocus();
    QTest::keyClick(box, Qt::Key_A, Qt::ControlModifier);
    type(box, text);
}

/// Types @p date into @p edit in its display format. Qt 6.4's QDateEdit drops what is typed
/// into its first section while the whole text is selected, so that section is selected on its
/// own (Home, Shift+Right) and typed again, as a user correcting it would.
void retypeDate(QDateEdit *edit, const QDate &date)
{
    const QString text = QLocale().toString(date, edit->displayFormat());
    retype(edit, text);
    QTest::keyClick(edit, Qt::Key_Home);
    const qsizetype firstSection = edit->text().indexOf(QRegularExpression(QStringLiteral("\\W")));
    for (qsizetype i = 0; i < firstSection; ++i)
        QTest::keyClick(edit, Qt::Key_Right, Qt::ShiftModifier);
    type(edit, text.left(text.indexOf(QRegularExpression(QStringLiteral("\\W")))));
}

/// Clicks a radio button on its label, where a user clicks (its middle may lie past the text).
void choose(QRadioButton *button)
{
    QTest::mouseClick(button, Qt::LeftButton, {}, QPoint(8, button->height() / 2));
    QVERIFY(button->isChecked());
}

void click(QWizard *wizard, QWizard::WizardButton which)
{
    QTest::mouseClick(wizard->button(which), Qt::LeftButton);
}

template<typename T> T *field(QWizard *wizard, const char *name)
{
    return wizard->findChild<T *>(QString::fromLatin1(name));
}

QDate day(int y, int m, int d)
{
    return QDate(y, m, d);
}
} // namespace

class TestNewProgramme : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    Translations m_translations;

    QAction *newAction(MainWindow &w)
    {
        for (QAction *m : w.menuBar()->actions()) {
            if (m->text() != QLatin1String("&File") || !m->menu())
                continue;
            for (QAction *a : m->menu()->actions()) {
                if (a->text() == QStringLiteral("&New…"))
                    return a;
            }
        }
        return nullptr;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QStandardPaths::setTestModeEnabled(true);
        QSettings().clear();
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void aicTemplateShiftsTheCalendarToTheStartDate_data()
    {
        QTest::addColumn<QDate>("start");
        QTest::addColumn<QList<QDate>>("bounds"); // start and end of each of the 7 phases
        QTest::newRow("AIC 2027") << day(2027, 1, 10)
                                  << QList<QDate> { day(2027, 1, 10), day(2027, 2, 20),
                                         day(2027, 2, 21), day(2027, 4, 10), day(2027, 4, 11),
                                         day(2027, 7, 10), day(2027, 7, 11), day(2027, 7, 11),
                                         day(2027, 7, 12), day(2027, 10, 11), day(2027, 10, 12),
                                         day(2027, 10, 12), day(2027, 10, 19), day(2027, 10, 19) };
        // Across a year end and a 29 February.
        QTest::newRow("leap year")
            << day(2027, 12, 20)
            << QList<QDate> { day(2027, 12, 20), day(2028, 1, 30), day(2028, 1, 31),
                   day(2028, 3, 19), day(2028, 3, 20), day(2028, 6, 19), day(2028, 6, 20),
                   day(2028, 6, 20), day(2028, 6, 21), day(2028, 9, 20), day(2028, 9, 21),
                   day(2028, 9, 21), day(2028, 9, 28), day(2028, 9, 28) };
        // Three months from 30 November end on the last day of February.
        QTest::newRow("month end")
            << day(2026, 8, 5)
            << QList<QDate> { day(2026, 8, 5), day(2026, 9, 15), day(2026, 9, 16), day(2026, 11, 3),
                   day(2026, 11, 4), day(2027, 2, 3), day(2027, 2, 4), day(2027, 2, 4),
                   day(2027, 2, 5), day(2027, 5, 4), day(2027, 5, 5), day(2027, 5, 5),
                   day(2027, 5, 12), day(2027, 5, 12) };
    }

    void aicTemplateShiftsTheCalendarToTheStartDate()
    {
        QFETCH(QDate, start);
        QFETCH(QList<QDate>, bounds);
        const QList<TemplatePhase> phases = templateCalendar(CalendarTemplate::Aic, start);
        QCOMPARE(phases.size(), 7);
        const QList<PhaseKind> kinds = { PhaseKind::Call, PhaseKind::Selection,
            PhaseKind::Accompaniment, PhaseKind::Committee, PhaseKind::Accompaniment,
            PhaseKind::Committee, PhaseKind::Event };
        for (int i = 0; i < phases.size(); ++i) {
            QCOMPARE(phases.at(i).kind, kinds.at(i));
            QCOMPARE(phases.at(i).dates.start, bounds.at(2 * i));
            QCOMPARE(phases.at(i).dates.end, bounds.at(2 * i + 1));
        }
        QCOMPARE(phases.at(3).committee, std::optional(CommitteeKind::Acceleration));
        QCOMPARE(phases.at(5).committee, std::optional(CommitteeKind::Engagement));
        QVERIFY(templateCalendar(CalendarTemplate::Blank, start).isEmpty());
    }

    void templateCodesAreAicAndBlank()
    {
        QCOMPARE(calendarTemplateFromCode(QStringLiteral("aic")), CalendarTemplate::Aic);
        QCOMPARE(calendarTemplateFromCode(QStringLiteral(" AIC ")), CalendarTemplate::Aic);
        QCOMPARE(calendarTemplateFromCode(QStringLiteral("blank")), CalendarTemplate::Blank);
        QVERIFY(!calendarTemplateFromCode(QStringLiteral("aic2")));
    }

    void aProgrammeFromTheTemplateIsWrittenThroughTheServices()
    {
        ProgrammeSetup setup;
        setup.programme.name = QStringLiteral("Accélérateur 2027");
        setup.programme.operatorName = QStringLiteral("DINUM");
        setup.programme.operatorSiret = QStringLiteral("73282932000074");
        setup.calendar = CalendarTemplate::Aic;
        setup.start = day(2027, 1, 10);
        setup.promotion.name = QStringLiteral("Promotion 2027");
        setup.promotion.envelope = Money::fromEuros(1400000);
        setup.promotion.places = 10;
        Database db;
        createProgrammeFile(db, m_dir.filePath(QStringLiteral("service.sqlite")), setup);
        ProgrammeService service(db);
        const QList<Programme> programmes = service.programmes();
        QCOMPARE(programmes.size(), 1);
        QCOMPARE(programmes.at(0).operatorSiret, QStringLiteral("73282932000074"));
        // The operating administration is in the directory, and the programme points at it.
        const qint64 dinum = DirectoryService(db).findAdministration(QStringLiteral("DINUM"));
        QVERIFY(dinum > 0);
        QCOMPARE(programmes.at(0).operatorAdministrationId, dinum);
        const QList<Promotion> promotions = service.promotions();
        QCOMPARE(promotions.size(), 1);
        QCOMPARE(promotions.at(0).year, 2027);
        QCOMPARE(promotions.at(0).places, std::optional(10));
        QCOMPARE(promotions.at(0).envelope, Money::fromEuros(1400000));
        QCOMPARE(promotions.at(0).startsOn, day(2027, 1, 10));
        QCOMPARE(promotions.at(0).endsOn, day(2027, 10, 19));
        const QList<Phase> phases = service.phases();
        const QList<TemplatePhase> expected = templateCalendar(setup.calendar, setup.start);
        QCOMPARE(phases.size(), expected.size());
        for (int i = 0; i < phases.size(); ++i) {
            QCOMPARE(phases.at(i).name, expected.at(i).name);
            QCOMPARE(phases.at(i).planned.start, expected.at(i).dates.start);
            QCOMPARE(phases.at(i).planned.end, expected.at(i).dates.end);
            QCOMPARE(phases.at(i).promotionId, promotions.at(0).id);
        }
        const QList<ProgrammeTranche> tranches = service.tranches(programmes.at(0).id);
        QCOMPARE(tranches.size(), 2);
        QCOMPARE(tranches.at(0).tranche, TrancheKind::Seed);
        QCOMPARE(tranches.at(0).amount, Money::fromEuros(80000));
        QCOMPARE(tranches.at(1).tranche, TrancheKind::Second);
        QCOMPARE(tranches.at(1).amount, Money::fromEuros(60000));
        // Its committees number their decisions from a prefix made of the programme's name.
        QStringList prefixes;
        for (const CommitteeRecord &c : CommitteeService(db).committees())
            prefixes << c.referencePrefix;
        prefixes.sort();
        QCOMPARE(
            prefixes, QStringList({ QStringLiteral("A-2027-CA"), QStringLiteral("A-2027-CE") }));
        const QString path = db.path();
        db.close();
        QCOMPARE(test::countRows(path, QStringLiteral("committee")), 2);
    }

    void decisionReferencePrefixesComeFromTheShortNameOrTheInitials()
    {
        Programme p;
        p.name = QStringLiteral("Accélérateur d’Initiatives Citoyennes");
        QCOMPARE(decisionReferencePrefix(p, CommitteeKind::Acceleration, day(2022, 7, 6)),
            QStringLiteral("AIC-2022-CA"));
        p.name = QStringLiteral("Énergies citoyennes en Occitanie");
        QCOMPARE(decisionReferencePrefix(p, CommitteeKind::Engagement, day(2027, 12, 1)),
            QStringLiteral("ECO-2027-CE"));
        p.shortName = QStringLiteral("Lorraine Lab");
        QCOMPARE(decisionReferencePrefix(p, CommitteeKind::Acceleration, day(2027, 7, 1)),
            QStringLiteral("LORRAINELAB-2027-CA"));
    }

    void aRefusedSetupLeavesNoFileAndAnExistingFileIsNeverTouched()
    {
        ProgrammeSetup setup;
        setup.programme.name = QStringLiteral("Programme");
        setup.programme.operatorSiret = QStringLiteral("73282932000079"); // bad check digit
        const QString refused = m_dir.filePath(QStringLiteral("refused.sqlite"));
        Database db;
        QVERIFY_THROWS_EXCEPTION(Error, createProgrammeFile(db, refused, setup));
        QVERIFY(!QFile::exists(refused));
        QVERIFY(!db.isOpen());

        const QString existing = m_dir.filePath(QStringLiteral("existing.sqlite"));
        test::writeRandomBytes(existing, 1000);
        const QByteArray before = test::fileHash(existing);
        setup.programme.operatorSiret.clear();
        QVERIFY_THROWS_EXCEPTION(Error, createProgrammeFile(db, existing, setup));
        QCOMPARE(test::fileHash(existing), before);
    }

    void theAssistantRebuildsTheAicCalendarFromNothing()
    {
        MainWindow w(m_translations);
        w.show();
        QAction *action = newAction(w);
        QVERIFY(action);
        const QString path = m_dir.filePath(QStringLiteral("assistant.sqlite"));
        const QDate start(2027, 1, 10);
        bool sawProblem = false;
        int calendarRows = -1;
        QString firstStartCell;
        test::onNextModal<NewProgrammeWizard>([&](NewProgrammeWizard *wizard) {
            // Next with no name: the page says why and stays.
            click(wizard, QWizard::NextButton);
            auto *problems = field<QLabel>(wizard, "programmeProblems");
            sawProblem = wizard->currentId() == NewProgrammeWizard::ProgrammePage
                && problems->isVisible() && problems->text().contains(QLatin1String("name"));
            type(field<QLineEdit>(wizard, "programmeName"),
                QStringLiteral("Accélérateur d’Initiatives Citoyennes"));
            type(field<QLineEdit>(wizard, "shortName"), QStringLiteral("AIC"));
            type(field<QLineEdit>(wizard, "operator"), QStringLiteral("DINUM"));
            // A SIRET with a wrong check digit is refused inline, then corrected.
            auto *siret = field<QLineEdit>(wizard, "siret");
            type(siret, QStringLiteral("732 829 320 00079"));
            click(wizard, QWizard::NextButton);
            sawProblem = sawProblem && wizard->currentId() == NewProgrammeWizard::ProgrammePage
                && problems->text().contains(QLatin1String("SIRET"));
            QTest::keyClick(siret, Qt::Key_Backspace);
            type(siret, QStringLiteral("4"));
            click(wizard, QWizard::NextButton);
            // The calendar: the AIC template is the default; the start date is typed.
            retypeDate(field<QDateEdit>(wizard, "startDate"), start);
            click(wizard, QWizard::NextButton);
            // The first promotion: its year follows the start date.
            QCOMPARE(field<QSpinBox>(wizard, "year")->value(), 2027);
            type(field<QLineEdit>(wizard, "envelope"), QStringLiteral("1400000"));
            retype(field<QSpinBox>(wizard, "places"), QStringLiteral("9"));
            click(wizard, QWizard::NextButton);
            auto *calendar = field<QTableWidget>(wizard, "calendar");
            calendarRows = calendar->rowCount();
            firstStartCell = calendar->item(0, 2)->text();
            test::answerFileDialog(path);
            click(wizard, QWizard::FinishButton);
        });
        action->trigger();
        QVERIFY(sawProblem);
        QCOMPARE(calendarRows, 7);
        QCOMPARE(firstStartCell, QLocale().toString(start, QLocale::ShortFormat));
        QCOMPARE(w.document()->path(), QFileInfo(path).absoluteFilePath());

        Database &db = w.document()->database();
        ProgrammeService service(db);
        QCOMPARE(service.programmes().value(0).name,
            QStringLiteral("Accélérateur d’Initiatives Citoyennes"));
        QCOMPARE(service.programmes().value(0).operatorSiret, QStringLiteral("73282932000074"));
        const Promotion promotion = service.promotions().value(0);
        QCOMPARE(promotion.name, QStringLiteral("Promotion 1"));
        QCOMPARE(promotion.envelope, Money::fromEuros(1400000));
        QCOMPARE(promotion.places, std::optional(9));
        const QList<Phase> phases = service.phases();
        const QList<TemplatePhase> expected = templateCalendar(CalendarTemplate::Aic, start);
        QCOMPARE(phases.size(), expected.size());
        for (int i = 0; i < phases.size(); ++i) {
            QCOMPARE(phases.at(i).kind, expected.at(i).kind);
            QCOMPARE(phases.at(i).name, expected.at(i).name);
            QCOMPARE(phases.at(i).planned.start, expected.at(i).dates.start);
            QCOMPARE(phases.at(i).planned.end, expected.at(i).dates.end);
        }
        QCOMPARE(service.tranches(service.programmes().value(0).id).size(), 2);
    }

    void cancellingTheAssistantOrTheSaveDialogLeavesNoFile()
    {
        MainWindow w(m_translations);
        w.show();
        const QStringList before = QDir(m_dir.path()).entryList(QDir::Files);
        bool stayedOpen = false;
        test::onNextModal<NewProgrammeWizard>([&](NewProgrammeWizard *wizard) {
            type(field<QLineEdit>(wizard, "programmeName"), QStringLiteral("Cancelled"));
            for (int page = 0; page < 3; ++page)
                click(wizard, QWizard::NextButton);
            // Cancelling the save dialog goes back to the assistant, which then is cancelled.
            test::onNextModal<QFileDialog>([](QFileDialog *dialog) {
                test::clickDialogButton(dialog, QDialogButtonBox::Cancel);
            });
            click(wizard, QWizard::FinishButton);
            stayedOpen
                = wizard->isVisible() && wizard->currentId() == NewProgrammeWizard::SummaryPage;
            click(wizard, QWizard::CancelButton);
        });
        newAction(w)->trigger();
        QVERIFY(stayedOpen);
        QCOMPARE(QDir(m_dir.path()).entryList(QDir::Files), before);
        QVERIFY(!w.document() || !w.document()->database().isOpen());
    }

    void anExistingFileIsRefusedAndLeftAsItWas()
    {
        MainWindow w(m_translations);
        w.show();
        const QString existing = m_dir.filePath(QStringLiteral("taken.sqlite"));
        test::writeRandomBytes(existing, 4096);
        const QByteArray hash = test::fileHash(existing);
        QString warning;
        test::onNextModal<NewProgrammeWizard>([&](NewProgrammeWizard *wizard) {
            type(field<QLineEdit>(wizard, "programmeName"), QStringLiteral("Taken"));
            choose(field<QRadioButton>(wizard, "blankTemplate"));
            for (int page = 0; page < 3; ++page)
                click(wizard, QWizard::NextButton);
            QVERIFY(!field<QTableWidget>(wizard, "calendar")->isVisible());
            test::answerFileDialog(existing);
            test::onNextModal<QMessageBox>([&](QMessageBox *box) {
                warning = box->text();
                test::clickDialogButton(box, QDialogButtonBox::Ok);
            });
            click(wizard, QWizard::FinishButton);
            click(wizard, QWizard::CancelButton);
        });
        newAction(w)->trigger();
        QVERIFY2(warning.contains(QLatin1String("already exists")), qPrintable(warning));
        QCOMPARE(test::fileHash(existing), hash);
    }

    void aBlankProgrammeHasItsPromotionButNoPhases()
    {
        MainWindow w(m_translations);
        w.show();
        const QString path = m_dir.filePath(QStringLiteral("blank.sqlite"));
        test::onNextModal<NewProgrammeWizard>([&](NewProgrammeWizard *wizard) {
            type(field<QLineEdit>(wizard, "programmeName"), QStringLiteral("Blank"));
            click(wizard, QWizard::NextButton);
            choose(field<QRadioButton>(wizard, "blankTemplate"));
            retypeDate(field<QDateEdit>(wizard, "startDate"), QDate(2028, 9, 1));
            click(wizard, QWizard::NextButton);
            // An envelope that is not an amount is refused with its reason.
            auto *envelope = field<QLineEdit>(wizard, "envelope");
            type(envelope, QStringLiteral("lots"));
            click(wizard, QWizard::NextButton);
            if (wizard->currentId() == NewProgrammeWizard::PromotionPage
                && field<QLabel>(wizard, "promotionProblems")->isVisible())
                envelope->clear();
            click(wizard, QWizard::NextButton);
            test::answerFileDialog(path);
            click(wizard, QWizard::FinishButton);
        });
        newAction(w)->trigger();
        QCOMPARE(w.document()->path(), QFileInfo(path).absoluteFilePath());
        ProgrammeService service(w.document()->database());
        QCOMPARE(service.programmes().size(), 1);
        QCOMPARE(service.promotions().value(0).startsOn, QDate(2028, 9, 1));
        QCOMPARE(service.promotions().value(0).year, 2028);
        QCOMPARE(service.promotions().value(0).envelope, Money());
        QVERIFY(service.phases().isEmpty());
        QVERIFY(service.tranches(service.programmes().value(0).id).isEmpty());
    }
};

QTEST_MAIN(TestNewProgramme)
#include "tst_newprogramme.moc"
