// SPDX-License-Identifier: GPL-3.0-or-later
// Decision letters and paper score sheets (issue "In the room", points 4 and 6): templates per
// outcome and language with their defaults, unknown placeholders refused, a letter for every
// decided application (the PDF's text read with pdftotext) and the mail-merge CSV, the score
// sheets of a juror without their conflicts, the CLI's exit codes, and the Letters tab of the
// Programme workspace driven as a user drives it (typing, Edit › Undo, Reset to default).
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/domain/types.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/i18n/translations.h"
#include "core/reports/decisionletters.h"
#include "core/reports/scoresheets.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/lettertemplates.h"
#include "core/services/programmeservice.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/document.h"
#include "ui/jury/jurypage.h"
#include "ui/jury/juryprogresstab.h"
#include "ui/mainwindow.h"
#include "ui/programme/lettertemplateeditor.h"
#include "ui/programme/placeholdermodel.h"
#include "ui/programme/programmepage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QMenuBar>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTextBrowser>
#include <QtTest>

using namespace tremplin;

namespace {

using test::pdfText;

struct Cli
{
    int exitCode = -1;
    QString out;
    QString err;
};

Cli runCli(const QStringList &arguments)
{
    QProcess p;
    p.start(QStringLiteral(TREMPLIN_CLI_PATH),
        QStringList { QStringLiteral("--lang"), QStringLiteral("en") } + arguments);
    if (!p.waitForFinished(120000))
        qFatal("tremplin-cli did not finish");
    return { p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
        QString::fromUtf8(p.readAllStandardError()) };
}

/// A promotion of five admissible applications, each with its carrier and referents, and a
/// jury session "Jury 2026" (criteria "Intérêt général" and "Faisabilité", jurors E1, E2, C1,
/// every application assigned to everyone, E1 in conflict with R).
struct Fixture
{
    qint64 programme = 0;
    qint64 session = 0;
    qint64 committee = 0;
    QHash<QString, qint64> app; ///< P, Q, R, S, T
    QHash<QString, qint64> member; ///< E1, E2, C1

    explicit Fixture(Database &db)
    {
        test::JurySession f = test::JurySession::make(db);
        programme = f.programme;
        struct App
        {
            const char *key;
            const char16_t *name;
            qint64 ds;
            const char16_t *carrier;
        };
        const App apps[] = {
            { "P", u"Réseau d’entraide", 1001, u"Association Voisins solidaires" },
            { "Q", u"Repair café", 1002, u"Atelier du coin" },
            { "R", u"Jardins partagés", 1003, u"Les Jardiniers" },
            { "S", u"@Vélo pour tous", 1004, u"=Roue libre" },
            { "T", u"Tiers-lieu", 1005, u"Tiers-lieu de Brest" },
        };
        for (const App &a : apps) {
            const qint64 org = Query(db,
                QStringLiteral("INSERT INTO organisation (name, legal_form, address, postcode, "
                               "town) VALUES (?, 'association', '3 rue de la Paix', '29200', "
                               "'Brest') RETURNING id"))
                                   .bindAll(QString::fromUtf16(a.carrier))
                                   .execReturningId();
            Initiative i;
            i.name = QString::fromUtf16(a.name);
            i.carrierId = org;
            const qint64 id = f.addApplication(db, QLatin1String(a.key), i, a.ds);
            // Two referents: the letters go to the first.
            for (const QString &who : { QStringLiteral("first"), QStringLiteral("second") }) {
                const QString key = QLatin1String(a.key);
                const qint64 person = Query(db,
                    QStringLiteral("INSERT INTO person (full_name, email) VALUES (?, ?) "
                                   "RETURNING id"))
                                          .bindAll(QStringLiteral("Referent %1 %2").arg(who, key),
                                              QStringLiteral("%1.%2@example.org").arg(who, key))
                                          .execReturningId();
                Query(db,
                    QStringLiteral("INSERT INTO initiative_person (initiative_id, person_id, "
                                   "role) VALUES (?, ?, 'carrier_contact')"))
                    .bindAll(id, person)
                    .exec();
            }
        }
        JuryTemplate t = test::JurySession::smallTemplate(0.5);
        t.criteria = { { QStringLiteral("Intérêt général"), 2,
                           QStringLiteral("Le projet répond à un besoin collectif") },
            { QStringLiteral("Faisabilité"), 1, QString() } };
        t.blind = true;
        t.conflicts = { { QStringLiteral("E1"), QStringLiteral("Jardins partagés"),
            QStringLiteral("member of the carrier") } };
        f.applyTemplate(db, t);
        app = f.app;
        member = f.member;
        session = f.session;
        committee = f.committee;
    }

    void decide(Database &db, const char *key, const char *outcome, const QString &reason, int rank)
    {
        Query(db,
            QStringLiteral("INSERT INTO jury_decision (session_id, initiative_id, outcome, reason, "
                           "decided_at, rank) VALUES (?, ?, ?, ?, '2026-06-12T10:00:00', ?)"))
            .bindAll(
                session, app.value(QLatin1String(key)), QString::fromLatin1(outcome), reason, rank)
            .exec();
    }

    /// P selected, Q on the waiting list, R and S not selected; T undecided.
    void decideAllButT(Database &db)
    {
        decide(db, "P", "selected", QString(), 1);
        decide(
            db, "Q", "waiting_list", QStringLiteral("Places taken by better-ranked projects."), 2);
        decide(
            db, "R", "not_selected", QStringLiteral("Budget hors du périmètre du programme."), 4);
        decide(db, "S", "not_selected", QStringLiteral("=Projet trop proche d’un lauréat"), 5);
    }
};

} // namespace

class TestJuryLetters : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Translations m_translations;
    int m_n = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("l%1.sqlite").arg(++m_n)); }

    /// Opens @p path in @p window, shown at 1366×768 once the file is checked.
    static void openWindow(MainWindow &window, const QString &path)
    {
        QString error;
        QVERIFY2(window.openDatabase(path, &error), qPrintable(error));
        window.resize(1366, 768);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QTRY_COMPARE(window.document()->database().integrity(), Database::Integrity::Sound);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }

    void theDefaultLettersAreFormalInFrenchAndInEnglish()
    {
        for (const JuryOutcome o :
            { JuryOutcome::Selected, JuryOutcome::WaitingList, JuryOutcome::NotSelected }) {
            const LetterTemplate fr = LetterTemplates::defaults(o, QStringLiteral("fr"));
            QVERIFY(fr.body.startsWith(QStringLiteral("Madame, Monsieur,")));
            QVERIFY(fr.body.contains(QStringLiteral("agréer, Madame, Monsieur, l’expression")));
            QVERIFY(fr.subject.contains(QStringLiteral("«\u00a0{candidate}\u00a0»")));
            QVERIFY(fr.body.contains(QStringLiteral("{candidate}")));
            const LetterTemplate en = LetterTemplates::defaults(o, QStringLiteral("en"));
            QVERIFY(en.body.startsWith(QStringLiteral("Dear Sir or Madam,")));
            QVERIFY(en.body.contains(QStringLiteral("Yours faithfully,")));
            // The defaults name only known placeholders, and the refusals would say so.
            for (const QString &text : { fr.subject, fr.body, en.subject, en.body })
                QVERIFY2(LetterTemplates::unknownPlaceholders(text).isEmpty(), qPrintable(text));
            if (o != JuryOutcome::Selected) {
                QVERIFY(fr.body.contains(QStringLiteral("{reason}")));
                QVERIFY(en.body.contains(QStringLiteral("{reason}")));
            }
        }
        QVERIFY_THROWS_EXCEPTION(
            Error, LetterTemplates::defaults(JuryOutcome::Selected, QStringLiteral("de")));
    }

    void anUnknownPlaceholderIsRefusedAndNothingIsWritten()
    {
        Database db;
        db.create(newPath());
        const Fixture f(db);
        LetterTemplates templates(db);
        QCOMPARE(templates.get(f.programme, JuryOutcome::NotSelected, QStringLiteral("fr")).id,
            qint64(0));
        try {
            templates.save(f.programme, JuryOutcome::NotSelected, QStringLiteral("fr"),
                QStringLiteral("Votre candidature"),
                QStringLiteral("Bonjour {nom}, motif\u00a0: {reason}. {nom} {motif}"));
            QFAIL("an unknown placeholder was saved");
        } catch (const Error &e) {
            // The message names each unknown placeholder once and lists the known ones.
            QVERIFY2(
                e.message().contains(QStringLiteral("{nom}, {motif}")), qPrintable(e.message()));
            QVERIFY(e.message().contains(QStringLiteral("{candidate}")));
            QVERIFY(e.message().contains(QStringLiteral("Letter text")));
        }
        QCOMPARE(
            Query(db, QStringLiteral("SELECT COUNT(*) FROM letter_template")).scalar().toInt(), 0);
        // In the subject too.
        QVERIFY_THROWS_EXCEPTION(Error,
            templates.save(f.programme, JuryOutcome::Selected, QStringLiteral("en"),
                QStringLiteral("{Candidate} selected"), QStringLiteral("Hello")));
        QCOMPARE(
            Query(db, QStringLiteral("SELECT COUNT(*) FROM letter_template")).scalar().toInt(), 0);
        // Braces around words with spaces are text, and filling never drops what it cannot fill.
        QVERIFY(LetterTemplates::unknownPlaceholders(QStringLiteral("{a b} {}")).isEmpty());
        QCOMPARE(LetterTemplates::fill(QStringLiteral("{candidate} {x} {a b}"),
                     { { QStringLiteral("candidate"), QStringLiteral("P") } }),
            QStringLiteral("P {x} {a b}"));
    }

    void aLetterIsWrittenForEveryDecidedApplication()
    {
        Database db;
        db.create(newPath());
        Fixture f(db);
        f.decideAllButT(db);
        const DecisionLetters letters(db, f.session, QStringLiteral("fr"), QDate(2026, 6, 15));
        QCOMPARE(letters.letters().size(), 4);
        QCOMPARE(letters.undecided().size(), 1);
        QCOMPARE(letters.undecided().first().initiativeId, f.app.value(QStringLiteral("T")));

        const QString out = m_dir.filePath(QStringLiteral("letters-fr"));
        const QStringList written = letters.write(out);
        QCOMPARE(written.size(), 5); // four letters and the CSV
        QSet<QString> names;
        for (const DecisionLetter &l : letters.letters()) {
            // Safe and unique file names: dossier number and the name in plain ASCII.
            QVERIFY2(QRegularExpression(QStringLiteral("^[0-9]+-[a-z0-9-]+\\.pdf$"))
                         .match(l.fileName)
                         .hasMatch(),
                qPrintable(l.fileName));
            QVERIFY(!names.contains(l.fileName));
            names.insert(l.fileName);
        }
        QVERIFY(names.contains(QStringLiteral("1001-reseau-d-entraide.pdf")));

        const QString selected
            = pdfText(QDir(out).filePath(QStringLiteral("1001-reseau-d-entraide.pdf")));
        QVERIFY2(selected.contains(QStringLiteral("Madame, Monsieur,")), qPrintable(selected));
        QVERIFY(selected.contains(QStringLiteral("« Réseau d’entraide »")));
        QVERIFY(selected.contains(QStringLiteral("a retenu la candidature")));
        QVERIFY(selected.contains(QStringLiteral("Association Voisins solidaires")));
        QVERIFY2(selected.contains(QStringLiteral("Referent first P")), qPrintable(selected));
        QVERIFY(!selected.contains(QStringLiteral("Referent second P")));
        QVERIFY(selected.contains(QStringLiteral("Le 15 juin 2026")));
        QVERIFY(selected.contains(
            QStringLiteral("Objet : AIC : candidature « Réseau d’entraide » retenue")));
        QVERIFY(selected.contains(QStringLiteral("Dossier n° 1001")));
        QVERIFY(selected.contains(QStringLiteral("Veuillez agréer"))
            || selected.contains(QStringLiteral("prions d’agréer")));

        const QString waiting = pdfText(QDir(out).filePath(QStringLiteral("1002-repair-cafe.pdf")));
        QVERIFY2(waiting.contains(QStringLiteral("inscrite sur la liste d’attente, en position 1")),
            qPrintable(waiting));
        QVERIFY(waiting.contains(QStringLiteral("Places taken by better-ranked projects.")));

        const QString refused
            = pdfText(QDir(out).filePath(QStringLiteral("1003-jardins-partages.pdf")));
        QVERIFY2(refused.contains(QStringLiteral("n’a pas été retenue")), qPrintable(refused));
        QVERIFY(refused.contains(QStringLiteral(
            "Motif de la décision du jury : Budget hors du périmètre du programme.")));
        QVERIFY(refused.contains(QStringLiteral("Jardins partagés")));
        QVERIFY(!QFile::exists(QDir(out).filePath(QStringLiteral("1005-tiers-lieu.pdf"))));

        // The mail-merge CSV: French Excel's `;` and BOM, one row per letter, cells neutralised.
        QFile csvFile(QDir(out).filePath(DecisionLetters::csvFileName()));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        QByteArray bytes = csvFile.readAll();
        QVERIFY(bytes.startsWith("\xEF\xBB\xBF"));
        const QList<QStringList> rows
            = csv::parse(QString::fromUtf8(bytes.mid(3)), QLatin1Char(';'));
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows.first(),
            QStringList(
                { QStringLiteral("email"), QStringLiteral("referent"), QStringLiteral("candidate"),
                    QStringLiteral("dossier"), QStringLiteral("carrier"), QStringLiteral("outcome"),
                    QStringLiteral("subject"), QStringLiteral("body"), QStringLiteral("letter") }));
        QCOMPARE(rows.at(1).at(0), QStringLiteral("first.P@example.org"));
        QCOMPARE(rows.at(1).at(2), QStringLiteral("Réseau d’entraide"));
        QCOMPARE(rows.at(1).at(5), QStringLiteral("selected"));
        QCOMPARE(rows.at(1).at(8), QStringLiteral("1001-reseau-d-entraide.pdf"));
        QVERIFY(rows.at(1).at(7).startsWith(QStringLiteral("Madame, Monsieur,\n\n")));
        QCOMPARE(rows.at(2).at(5), QStringLiteral("waiting_list"));
        // S's name and carrier would be formulas in a spreadsheet: written as text.
        const QString raw = QString::fromUtf8(bytes);
        QVERIFY(raw.contains(QStringLiteral(";'@Vélo pour tous;")));
        QVERIFY(raw.contains(QStringLiteral(";'=Roue libre;")));
        QCOMPARE(rows.at(4).at(2), QStringLiteral("@Vélo pour tous")); // read back as it was
    }

    void anEditedTemplateReplacesTheDefaultUntilReset()
    {
        Database db;
        db.create(newPath());
        Fixture f(db);
        f.decideAllButT(db);
        LetterTemplates templates(db);
        templates.save(f.programme, JuryOutcome::NotSelected, QStringLiteral("fr"),
            QStringLiteral("Réponse — {candidate}"),
            QStringLiteral("Madame, Monsieur,\n\n{candidate} ({dossier}) : {reason} Rang {rank}, "
                           "{referent}, le {date}."));
        const auto bodyOf = [&](const char *key, const QString &language) {
            const DecisionLetters letters(db, f.session, language, QDate(2026, 7, 1));
            for (const DecisionLetter &l : letters.letters()) {
                if (l.initiativeId == f.app.value(QLatin1String(key)))
                    return l.subject + QLatin1Char('|') + l.body;
            }
            return QString();
        };
        QCOMPARE(bodyOf("R", QStringLiteral("fr")),
            QStringLiteral(
                "Réponse — Jardins partagés|Madame, Monsieur,\n\nJardins partagés (1003) "
                ": Budget hors du périmètre du programme. Rang 4, Referent first R, "
                "le 1er juillet 2026."));
        // The other outcomes and the other language keep their defaults.
        QVERIFY(
            bodyOf("P", QStringLiteral("fr")).contains(QStringLiteral("a retenu la candidature")));
        QVERIFY(bodyOf("R", QStringLiteral("en"))
                    .contains(QStringLiteral("The jury’s reason: Budget")));
        templates.reset(f.programme, JuryOutcome::NotSelected, QStringLiteral("fr"));
        QVERIFY(bodyOf("R", QStringLiteral("fr"))
                    .startsWith(QStringLiteral("AIC\u00a0: réponse à votre candidature")));
    }

    void scoreSheetsHoldOnlyTheJurorsApplicationsWithoutConflicts()
    {
        Database db;
        db.create(newPath());
        Fixture f(db);
        // E1 left the room for Tiers-lieu: a recusal, no sheet for it either.
        Query(db,
            QStringLiteral("INSERT INTO recusal (committee_id, member_id, initiative_id, reason, "
                           "recorded_at) VALUES (?, ?, ?, 'friend', '2026-06-12T10:00:00')"))
            .bindAll(
                f.committee, f.member.value(QStringLiteral("E1")), f.app.value(QStringLiteral("T")))
            .exec();
        const qint64 e1 = f.member.value(QStringLiteral("E1"));
        QList<qint64> ids;
        for (const SheetApplication &a : ScoreSheets::applicationsOf(db, f.session, e1))
            ids << a.initiativeId;
        QCOMPARE(ids,
            QList<qint64>({ f.app.value(QStringLiteral("S")), f.app.value(QStringLiteral("Q")),
                f.app.value(QStringLiteral("P")) }));
        const QString pdf = m_dir.filePath(QStringLiteral("e1.pdf"));
        const int pages = ScoreSheets(db, f.session, { e1 }).writePdf(pdf);
        QCOMPARE(pages, 4); // the cover and one page per application
        const QString text = pdfText(pdf);
        for (const char *expected : { "Score sheets", "Jury 2026", "Juror: E1 (Expert jury)",
                 "from 0 to 5 in steps of 0.5", "Repair café", "Réseau d’entraide",
                 "@Vélo pour tous", "Intérêt général", "Le projet répond à un besoin collectif",
                 "Faisabilité", "Signature", "Comment", "Page 4 of 4" })
            QVERIFY2(text.contains(QString::fromUtf8(expected)), expected);
        QVERIFY(!text.contains(QStringLiteral("Jardins partagés"))); // conflict of interest
        QVERIFY(!text.contains(QStringLiteral("Tiers-lieu"))); // recusal
        // E2 has all five.
        QCOMPARE(
            ScoreSheets::applicationsOf(db, f.session, f.member.value(QStringLiteral("E2"))).size(),
            5);
        QCOMPARE(ScoreSheets::fileNameFor(JuryService(db).jurors(f.session).first())
                     .endsWith(QStringLiteral(".pdf")),
            true);
    }

    void theCommandLineWritesLettersAndSheetsWithItsExitCodes()
    {
        const QString path = newPath();
        {
            Database db;
            db.create(path);
            Fixture f(db);
            f.decideAllButT(db);
        }
        const QString out = m_dir.filePath(QStringLiteral("cli-letters"));
        // An application without a decision: the others' letters are written, exit 1.
        Cli r = runCli({ QStringLiteral("jury"), QStringLiteral("letters"), QStringLiteral("--db"),
            path, QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--out"),
            out, QStringLiteral("--lang"), QStringLiteral("en") });
        QVERIFY2(r.exitCode == 1, qPrintable(r.out + r.err));
        QVERIFY2(r.err.contains(QStringLiteral("Tiers-lieu (dossier 1005)")), qPrintable(r.err));
        QVERIFY2(r.out.contains(QStringLiteral("Wrote 4 letters")), qPrintable(r.out));
        QVERIFY(
            pdfText(QDir(out).filePath(QStringLiteral("1003-jardins-partages.pdf")))
                .contains(QStringLiteral("We regret to inform you that it has not been selected")));
        {
            Database db;
            db.open(path);
            Query(db,
                QStringLiteral("INSERT INTO jury_decision (session_id, initiative_id, outcome, "
                               "decided_at) SELECT s.id, i.id, 'not_selected', "
                               "'2026-06-12T11:00:00' FROM jury_session s, initiative i WHERE "
                               "i.name = 'Tiers-lieu'"))
                .exec();
        }
        r = runCli({ QStringLiteral("jury"), QStringLiteral("letters"), QStringLiteral("--db"),
            path, QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--out"),
            out });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(pdfText(QDir(out).filePath(QStringLiteral("1005-tiers-lieu.pdf")))
                    .contains(QStringLiteral("Motif de la décision du jury : non précisé")));
        // Bad input: exit 2, nothing written.
        const QString none = m_dir.filePath(QStringLiteral("none"));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("letters"), QStringLiteral("--db"),
            path, QStringLiteral("--session"), QStringLiteral("Jury 2027"), QStringLiteral("--out"),
            none });
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(QStringLiteral("no jury session named \"Jury 2027\"")));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("letters"), QStringLiteral("--db"),
            path, QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--out"),
            none, QStringLiteral("--lang"), QStringLiteral("de") });
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY(!QFileInfo::exists(none));

        // Score sheets: one juror into a file, every juror into a folder.
        const QString sheet = m_dir.filePath(QStringLiteral("c1.pdf"));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("sheets"), QStringLiteral("--db"), path,
            QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--juror"),
            QStringLiteral("C1"), QStringLiteral("--out"), sheet });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QVERIFY(pdfText(sheet).contains(QStringLiteral("Juror: C1 (Citizen panel)")));
        const QString folder = m_dir.filePath(QStringLiteral("sheets"));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("sheets"), QStringLiteral("--db"), path,
            QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--out"),
            folder, QStringLiteral("--lang"), QStringLiteral("fr") });
        QVERIFY2(r.exitCode == 0, qPrintable(r.out + r.err));
        QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 3);
        QVERIFY(pdfText(QDir(folder).filePath(QStringLiteral("score-sheets-e1.pdf")))
                    .contains(QStringLiteral("Signature")));
        r = runCli({ QStringLiteral("jury"), QStringLiteral("sheets"), QStringLiteral("--db"), path,
            QStringLiteral("--session"), QStringLiteral("Jury 2026"), QStringLiteral("--juror"),
            QStringLiteral("Nobody"), QStringLiteral("--out"), sheet });
        QVERIFY2(r.exitCode == 2, qPrintable(r.out + r.err));
        QVERIFY(r.err.contains(QStringLiteral("Nobody")));
    }

    void theJuryWindowWritesTheLettersInTheLanguageChosen()
    {
        const QString path = newPath();
        qint64 session = 0;
        {
            Database db;
            db.create(path);
            Fixture f(db);
            f.decideAllButT(db);
            session = f.session;
        }
        MainWindow window(m_translations);
        openWindow(window, path);
        if (QTest::currentTestFailed())
            return;
        window.showWorkspace(MainWindow::Jury);
        auto *page = qobject_cast<JuryPage *>(window.workspaceWidget(MainWindow::Jury));
        QVERIFY(page);
        page->showSession(session);
        JuryProgressTab *tab = page->progressTab();
        page->tabs()->setCurrentWidget(tab);
        auto *language = tab->findChild<QComboBox *>(QStringLiteral("juryLettersLanguage"));
        auto *letters = tab->findChild<QPushButton *>(QStringLiteral("juryDecisionLetters"));
        QVERIFY(language && letters && letters->isEnabled());
        // French unless chosen otherwise, the language named in the window's language.
        QCOMPARE(language->currentText(), QStringLiteral("French"));
        const auto write = [&](const QString &folder) {
            QVERIFY(QDir().mkpath(folder));
            test::answerFileDialog(folder);
            QTest::mouseClick(letters, Qt::LeftButton);
            QVERIFY2(tab->outcome().contains(QStringLiteral("4 decision letters")),
                qPrintable(tab->outcome()));
        };
        const QString french = m_dir.filePath(QStringLiteral("window-fr"));
        write(french);
        QVERIFY(pdfText(QDir(french).filePath(QStringLiteral("1001-reseau-d-entraide.pdf")))
                    .contains(QStringLiteral("Madame, Monsieur,")));

        // English, chosen with the keyboard.
        language->setFocus();
        QTest::keyClick(language, Qt::Key_Down);
        QCOMPARE(language->currentText(), QStringLiteral("English"));
        const QString inEnglish = m_dir.filePath(QStringLiteral("window-en"));
        write(inEnglish);
        const QString selected
            = pdfText(QDir(inEnglish).filePath(QStringLiteral("1001-reseau-d-entraide.pdf")));
        QVERIFY2(selected.contains(QStringLiteral("Dear Sir or Madam,")), qPrintable(selected));
        QVERIFY(selected.contains(QStringLiteral("has selected the application")));
        QVERIFY(!selected.contains(QStringLiteral("Madame")));
        // The mail-merge file as English spreadsheets read it: `,` and no byte order mark.
        QFile csvFile(QDir(inEnglish).filePath(DecisionLetters::csvFileName()));
        QVERIFY(csvFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = csvFile.readAll();
        QVERIFY(!bytes.startsWith("\xEF\xBB\xBF"));
        QVERIFY(bytes.startsWith("email,referent,candidate"));

        // The window in French names the languages in French.
        QVERIFY(m_translations.install(QStringLiteral("fr")));
        QTRY_COMPARE(language->itemText(0), QStringLiteral("Français"));
        const QString english = language->itemText(1);
        QVERIFY(m_translations.install(QStringLiteral("en")));
        QCOMPARE(english, QStringLiteral("Anglais"));
    }

    void theLettersTabEditsUndoesAndResetsATemplate()
    {
        const QString path = newPath();
        {
            Database db;
            db.create(path);
            Fixture f(db);
            f.decideAllButT(db);
        }
        MainWindow window(m_translations);
        openWindow(window, path);
        if (QTest::currentTestFailed())
            return;
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        auto *page = qobject_cast<ProgrammePage *>(window.workspaceWidget(MainWindow::Programme));
        QVERIFY(page);
        auto *tabs = page->findChild<QTabWidget *>(QStringLiteral("programmeTabs"));
        QCOMPARE(tabs->tabText(3), QStringLiteral("Letters"));
        QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(3).center());
        auto *editor = page->findChild<LetterTemplateEditor *>();
        QVERIFY(editor && editor->isVisible());
        QAbstractItemModelTester tester(
            editor->placeholderModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(
            editor->placeholderModel()->rowCount(), int(LetterTemplates::placeholders().size()));

        Database &db = window.document()->database();
        const auto count = [&db] {
            return Query(db, QStringLiteral("SELECT COUNT(*) FROM letter_template"))
                .scalar()
                .toInt();
        };
        auto *outcome = editor->findChild<QComboBox *>(QStringLiteral("letterOutcome"));
        auto *subject = editor->findChild<QLineEdit *>(QStringLiteral("letterSubject"));
        auto *body = editor->findChild<QPlainTextEdit *>(QStringLiteral("letterBody"));
        auto *preview = editor->findChild<QTextBrowser *>(QStringLiteral("letterPreview"));
        auto *problem = editor->findChild<QLabel *>(QStringLiteral("letterProblem"));
        auto *reset = editor->findChild<QPushButton *>(QStringLiteral("letterReset"));
        auto *state = editor->findChild<QLabel *>(QStringLiteral("letterState"));
        // The default French letter for the selected, previewed on the first decided application.
        QCOMPARE(subject->text(),
            LetterTemplates::defaults(JuryOutcome::Selected, QStringLiteral("fr")).subject);
        QVERIFY(!reset->isEnabled());
        QVERIFY(state->text().contains(QStringLiteral("default")));
        QVERIFY(preview->toPlainText().contains(QStringLiteral("« Réseau d’entraide »")));

        // Choose "Not selected" with the keyboard, then type at the end of the subject.
        outcome->setFocus();
        QTest::keyClick(outcome, Qt::Key_End);
        QCOMPARE(outcome->currentData().toString(), QStringLiteral("not_selected"));
        QVERIFY(body->toPlainText().contains(QStringLiteral("{reason}")));
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_End);
        for (const QChar c : QStringLiteral(" — dossier {dossier}"))
            QTest::sendKeyEvent(QTest::Click, subject, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_COMPARE(count(), 1);
        QCOMPARE(Query(db,
                     QStringLiteral("SELECT subject FROM letter_template WHERE outcome = "
                                    "'not_selected' AND language = 'fr'"))
                     .scalar()
                     .toString(),
            LetterTemplates::defaults(JuryOutcome::NotSelected, QStringLiteral("fr")).subject
                + QStringLiteral(" — dossier {dossier}"));
        QTRY_VERIFY(reset->isEnabled());
        QVERIFY(preview->toPlainText().contains(QStringLiteral("— dossier 1001")));

        // An unknown placeholder typed in the text: refused with the reason, nothing written.
        body->setFocus();
        QTest::keyClick(body, Qt::Key_End, Qt::ControlModifier);
        for (const QChar c : QStringLiteral(" {signataire}"))
            QTest::sendKeyEvent(QTest::Click, body, Qt::Key_unknown, QString(c), Qt::NoModifier);
        QTRY_VERIFY(problem->isVisible());
        QVERIFY2(
            problem->text().contains(QStringLiteral("{signataire}")), qPrintable(problem->text()));
        QVERIFY(!Query(db, QStringLiteral("SELECT body FROM letter_template"))
                     .scalar()
                     .toString()
                     .contains(QStringLiteral("signataire")));
        // Fixed by removing it: the message goes, the text is written.
        for (int i = 0; i < 13; ++i)
            QTest::keyClick(body, Qt::Key_Backspace);
        QTRY_VERIFY(!problem->isVisible());

        // Edit › Undo takes the subject back to the default: the programme's text is gone.
        QAction *undo = nullptr;
        for (QAction *m : window.menuBar()->actions()) {
            for (QAction *a : m->menu() ? m->menu()->actions() : QList<QAction *>()) {
                if (a->shortcut() == QKeySequence(QKeySequence::Undo))
                    undo = a;
            }
        }
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(count(), 0);
        QCOMPARE(subject->text(),
            LetterTemplates::defaults(JuryOutcome::NotSelected, QStringLiteral("fr")).subject);
        QVERIFY(!reset->isEnabled());

        // Insert a placeholder from the list into the subject, then Reset to default; undo it.
        subject->setFocus();
        QTest::keyClick(subject, Qt::Key_Home);
        auto *list = editor->findChild<QTableView *>(QStringLiteral("letterPlaceholders"));
        const QModelIndex rank = editor->placeholderModel()->index(
            int(LetterTemplates::placeholders().indexOf(QStringLiteral("rank"))), 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, list->visualRect(rank).center());
        QTest::mouseClick(
            editor->findChild<QPushButton *>(QStringLiteral("letterInsert")), Qt::LeftButton);
        QVERIFY2(subject->text().startsWith(QStringLiteral("{rank}{programme}")),
            qPrintable(subject->text()));
        QTRY_COMPARE(count(), 1);
        QTRY_VERIFY(reset->isEnabled());
        QTest::mouseClick(reset, Qt::LeftButton);
        QCOMPARE(count(), 0);
        QCOMPARE(subject->text(),
            LetterTemplates::defaults(JuryOutcome::NotSelected, QStringLiteral("fr")).subject);
        undo->trigger();
        QCOMPARE(count(), 1);
        QVERIFY(subject->text().startsWith(QStringLiteral("{rank}{programme}")));
    }
};

QTEST_MAIN(TestJuryLetters)
#include "tst_juryletters.moc"
