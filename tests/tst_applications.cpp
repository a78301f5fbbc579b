// SPDX-License-Identifier: GPL-3.0-or-later
// Applications from Démarches simplifiées and CSV: encodings, separators, quoting, the DS layout,
// per-line problems, probable duplicates, the weekly re-import with its conflicts, admissibility
// from the DS state, all-or-nothing, undo; the dialog driven through its buttons.
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/demo/demoprogramme.h"
#include "core/error.h"
#include "core/exports/csv.h"
#include "core/i18n/translations.h"
#include "core/imports/applicationimport.h"
#include "core/services/admissibility.h"
#include "core/services/records.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/dialogs/applicationimportdialog.h"
#include "ui/document.h"
#include "ui/initiatives/initiativeform.h"
#include "ui/initiatives/initiativespage.h"
#include "ui/mainwindow.h"
#include "ui/models/applicationpreviewmodel.h"
#include "ui/models/initiativelistmodel.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSettings>
#include <QSqlRecord>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;

namespace {

/// The header of a real DS dossier export of the AIC (legal entities), abridged where columns
/// do not matter, with the form's own fields after the dossier's.
const QString dsHeader = QStringLiteral(
    "ID,Email,FranceConnect ?,Établissement SIRET,Établissement siège social,Entreprise raison "
    "sociale,Association RNA,Association titre,Archivé,État du dossier,Dernière mise à jour "
    "le,Déposé le,Motivation de la décision,Instructeurs,Nom du projet,Décrivez votre projet en "
    "quelques lignes,Lien vers votre site internet,Montant approximatif de votre budget global en "
    "2022,Nom,Prénom,Numéro de téléphone,Adresse électronique,Quel est l'impact principal "
    "recherché et quelle est la mesure associée ?,Indicateur,Valeur initiale,Valeur cible");

/// The Edit menu's action with the standard @p key (Undo or Redo).
QAction *editAction(QMainWindow &w, QKeySequence::StandardKey key)
{
    for (QAction *m : w.menuBar()->actions()) {
        if (!m->menu())
            continue;
        for (QAction *a : m->menu()->actions()) {
            if (a->shortcut() == QKeySequence(key))
                return a;
        }
    }
    return nullptr;
}

/// The action named @p name in the menus of @p w, submenus included.
QAction *menuAction(QMainWindow &w, const QString &name)
{
    for (QMenu *menu : w.menuBar()->findChildren<QMenu *>()) {
        for (QAction *a : menu->actions()) {
            if (a->objectName() == name)
                return a;
        }
    }
    return nullptr;
}

QByteArray cp1252(const QString &text)
{
    return test::windows1252(text);
}

} // namespace

class TestApplications : public QObject
{
    Q_OBJECT
private:
    QTemporaryDir m_dir;
    std::unique_ptr<Document> m_doc;
    Translations m_translations;
    int m_n = 0;

    Database &db() { return m_doc->database(); }
    QVariant value(const QString &sql, const QVariant &bind = {})
    {
        Query q(db(), sql);
        if (bind.isValid())
            q.raw().addBindValue(bind);
        return q.scalar();
    }
    /// Every row of the tables an import writes, to compare the database before and after.
    QString dump()
    {
        QString out;
        for (const char *table : { "promotion", "organisation", "person", "initiative",
                 "initiative_person", "indicator" }) {
            Query q(db(), QStringLiteral("SELECT * FROM %1 ORDER BY id").arg(QLatin1String(table)));
            q.exec();
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.raw().record().count(); ++i)
                    cells << q.value(i).toString();
                out += QLatin1String(table) + u':' + cells.join(u'|') + u'\n';
            }
        }
        return out;
    }
    QString firstVersion()
    {
        return dsHeader + QStringLiteral("\r\n")
            + QStringLiteral(
                "1001,compte@asso.fr,false,73282932000074,true,,W751234567,Les Communs "
                "Ouverts,false,Accepté,2023-03-15 14:32:10,2023-03-01,,instr@beta.gouv.fr,"
                "\"Cartes, libres\",\"Une carte \"\"ouverte\"\"\nsur deux lignes\","
                "www.communs.example.org,\"150 000\",Martin,Claire,06 12 34 56 "
                "78,claire@communs.example.org,Plus de données ouvertes,Jeux publiés,12,40\r\n"
                "1002,b@x.fr,false,44223456000013,true,Atelier SARL,,,false,Refusé,2023-03-16 "
                "09:00:00,2023-03-02,Hors du champ de l'appel,,Réparer "
                "ensemble,=HYPERLINK(\"http://evil\"),,\"20 000,50\",Durand,Paul,,paul@x.fr,,,,\r\n"
                "1003,c@x.fr,false,,,,,,false,En instruction,2023-03-17 10:00:00,2023-03-03,,,"
                "Jardins partagés,Des jardins,https://jardins.example.org,5000,Roy,Ana,,"
                "ana@jardins.example.org,,,,\r\n");
    }
    QString writeFile(const QString &name, const QByteArray &bytes)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (f.open(QIODevice::WriteOnly))
            f.write(bytes);
        return path;
    }
    ApplicationImport loaded(const QByteArray &bytes)
    {
        ApplicationImport import;
        import.load(bytes, db());
        return import;
    }
    static QString problemsOf(const ApplicationImport &import)
    {
        QStringList out;
        for (const auto &p : import.problems())
            out << QStringLiteral("%1: %2").arg(p.line).arg(p.message);
        return out.join(u'\n');
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
        db().create(m_dir.filePath(QStringLiteral("a%1.sqlite").arg(++m_n)));
        writeDemoProgramme(db());
    }
    void cleanup() { m_doc.reset(); }

    void aDsExportWithBomIsRecognisedByItsHeadersAndImported()
    {
        ApplicationImport import = loaded("\xEF\xBB\xBF" + firstVersion().toUtf8());
        QVERIFY(import.isDemarchesSimplifiees());
        QCOMPARE(import.encoding(), QStringLiteral("UTF-8"));
        QCOMPARE(import.separator(), QLatin1Char(','));
        QCOMPARE(import.lineCount(), 3);
        QVERIFY2(import.problems().isEmpty(), qPrintable(problemsOf(import)));
        QCOMPARE(import.count(ApplicationImport::Outcome::New), 3);
        // The account's "Email" is not the referent's "Adresse électronique".
        QCOMPARE(import.mapping().at(1), ApplicationImport::Ignore);
        QCOMPARE(import.mapping().at(21), ApplicationImport::ReferentEmail);
        import.setPromotion(QStringLiteral("Saison 4"));
        QVERIFY(import.createsPromotion());
        QCOMPARE(import.commit(), 3);

        const qint64 id = value(QStringLiteral("SELECT id FROM initiative WHERE ds_number = 1001"))
                              .toLongLong();
        QVERIFY(id > 0);
        Query q(db(),
            QStringLiteral(
                "SELECT i.name, i.description, i.website, i.budget_cents, i.lifecycle, "
                "i.ds_state, i.ds_updated_at, i.admissibility, p.name, o.siret, o.rna, "
                "o.name, i.main_impact FROM initiative i JOIN promotion p ON p.id = "
                "i.promotion_id JOIN organisation o ON o.id = i.carrier_id WHERE i.id = ?"));
        q.bindAll(id).exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Cartes, libres"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Une carte \"ouverte\"\nsur deux lignes"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("https://www.communs.example.org"));
        QCOMPARE(q.value(3).toLongLong(), 15000000);
        QCOMPARE(q.value(4).toString(), QStringLiteral("applicant"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("accepte"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("2023-03-15T14:32:10"));
        QCOMPARE(q.value(7).toString(), QStringLiteral("admissible"));
        QCOMPARE(q.value(8).toString(), QStringLiteral("Saison 4"));
        QCOMPARE(q.value(9).toString(), QStringLiteral("73282932000074"));
        QCOMPARE(q.value(10).toString(), QStringLiteral("W751234567"));
        QCOMPARE(q.value(11).toString(), QStringLiteral("Les Communs Ouverts"));
        QCOMPARE(q.value(12).toString(), QStringLiteral("Plus de données ouvertes"));
        // The first referent, as the carrier's contact.
        Query r(db(),
            QStringLiteral("SELECT p.full_name, p.email, p.phone, ip.role FROM initiative_person "
                           "ip JOIN person p ON p.id = ip.person_id WHERE ip.initiative_id = ?"));
        r.bindAll(id).exec();
        QVERIFY(r.next());
        QCOMPARE(r.value(0).toString(), QStringLiteral("Claire Martin"));
        QCOMPARE(r.value(1).toString(), QStringLiteral("claire@communs.example.org"));
        QCOMPARE(r.value(2).toString(), QStringLiteral("06 12 34 56 78"));
        QCOMPARE(r.value(3).toString(), QStringLiteral("carrier_contact"));
        Query ind(db(),
            QStringLiteral("SELECT name, baseline, target FROM indicator WHERE initiative_id = ?"));
        ind.bindAll(id).exec();
        QVERIFY(ind.next());
        QCOMPARE(ind.value(0).toString(), QStringLiteral("Jeux publiés"));
        QCOMPARE(ind.value(1).toDouble(), 12.0);
        QCOMPARE(ind.value(2).toDouble(), 40.0);

        // Refused: not admissible with DS's motivation; a formula-like cell is kept as text and
        // neutralised again in every CSV Tremplin writes.
        Query refused(db(),
            QStringLiteral("SELECT admissibility, admissibility_note, description, budget_cents "
                           "FROM initiative WHERE ds_number = 1002"));
        refused.exec();
        QVERIFY(refused.next());
        QCOMPARE(refused.value(0).toString(), QStringLiteral("not_admissible"));
        QCOMPARE(refused.value(1).toString(), QStringLiteral("Hors du champ de l'appel"));
        QCOMPARE(refused.value(2).toString(), QStringLiteral("=HYPERLINK(\"http://evil\")"));
        QCOMPARE(refused.value(3).toLongLong(), 2000050);
        QVERIFY(csv::field(refused.value(2).toString()).startsWith(QStringLiteral("\"'=")));
        QCOMPARE(
            value(QStringLiteral("SELECT admissibility FROM initiative WHERE ds_number = 1003"))
                .toString(),
            QStringLiteral("unchecked"));
    }

    void windows1252WithSemicolonsAndApiStateCodesIsImported()
    {
        const QString text = QStringLiteral(
            "Numéro de dossier;Projet;Structure;SIRET;État;Motivation;Budget;E-mail\r\n"
            "77;Cœur d’îlot;Les Œuvres;50123456000016;sans_suite;Dossier incomplet;\"1 200,00 "
            "€\";anne@x.fr\r\n"
            "78;\"Vélo; partout\";Roue libre;;accepte;;800;\r\n"
            ";;;;;;;\r\n");
        ApplicationImport import = loaded(cp1252(text));
        QCOMPARE(import.encoding(), QStringLiteral("Windows-1252"));
        QCOMPARE(import.separator(), QLatin1Char(';'));
        QVERIFY(!import.isDemarchesSimplifiees());
        QCOMPARE(import.lineCount(), 2);
        QVERIFY2(import.problems().isEmpty(), qPrintable(problemsOf(import)));
        QCOMPARE(import.commit(), 2);
        Query q(db(),
            QStringLiteral("SELECT i.name, o.name, i.admissibility, i.admissibility_note, "
                           "i.budget_cents, i.ds_state FROM initiative i JOIN organisation o ON "
                           "o.id = i.carrier_id WHERE i.ds_number = 77"));
        q.exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Cœur d’îlot"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("Les Œuvres"));
        QCOMPARE(q.value(2).toString(), QStringLiteral("not_admissible"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("Dossier incomplet"));
        QCOMPARE(q.value(4).toLongLong(), 120000);
        QCOMPARE(q.value(5).toString(), QStringLiteral("sans_suite"));
        QCOMPARE(
            value(QStringLiteral("SELECT name FROM initiative WHERE ds_number = 78")).toString(),
            QStringLiteral("Vélo; partout"));
    }

    void everyProblemIsListedWithItsLineAndNothingIsWritten()
    {
        const QString text = QStringLiteral(
            "Dossier,Projet,SIRET,RNA,Email,Site web,Budget,Dernière mise à jour le,Etat\n"
            "1,Bon projet,34567890000019,,ok@x.fr,https://ok.example.org,100,2023-01-01,accepté\n"
            "2,Siret faux,12345678901234,,,,,,\n"
            "3,Rna faux,,X123,,,,,\n"
            "4,Mail faux,,,pas-un-mail,,,,\n"
            "5,Site faux,,,,ht!tp://,,,\n"
            "6,Budget faux,,,,,beaucoup,,\n"
            "7,Date fausse,,,,,,31/02/2023,\n"
            "8,Etat faux,,,,,,,perdu\n"
            "9,Bon projett,34567890000019,,,,,,\n"
            "1,Même numéro,,,,,,,\n");
        const QString before = dump();
        ApplicationImport import = loaded(text.toUtf8());
        const QList<ApplicationImport::Problem> problems = import.problems();
        QList<int> lines;
        for (const auto &p : problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int> { 3, 4, 5, 6, 7, 8, 9, 10, 11 }));
        QVERIFY(problems.at(0).message.contains(QStringLiteral("SIRET")));
        QVERIFY(problems.at(1).message.contains(QStringLiteral("RNA")));
        QVERIFY(problems.at(2).message.contains(QStringLiteral("e-mail")));
        QVERIFY(problems.at(3).message.contains(QStringLiteral("website")));
        QVERIFY(problems.at(4).message.contains(QStringLiteral("amount")));
        QVERIFY(problems.at(5).message.contains(QStringLiteral("date")));
        QVERIFY(problems.at(6).message.contains(QStringLiteral("state")));
        // Same SIRET, a close name, another dossier number: a probable duplicate of line 2.
        QVERIFY2(problems.at(7).message.contains(QStringLiteral("line 2")),
            qPrintable(problems.at(7).message));
        QVERIFY(problems.at(8).message.contains(QStringLiteral("line 2")));
        QCOMPARE(import.count(ApplicationImport::Outcome::Invalid), 9);
        QVERIFY_THROWS_EXCEPTION(Error, import.commit());
        QCOMPARE(dump(), before);
        // The clean dossiers only, when the user chooses so.
        QCOMPARE(import.commit(true), 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM initiative WHERE ds_number IS NOT "
                                      "NULL"))
                     .toInt(),
            1);
    }

    void aProblemNamesTheFilesRealLineAfterAQuotedMultiLineDescription()
    {
        // The first dossier's description runs over lines 2 and 3 of the file; a blank line
        // follows; the second dossier, with a wrong SIRET, is on line 5.
        const QString text = firstVersion().section(QStringLiteral("\r\n"), 0, 1)
            + QStringLiteral("\r\n\r\n2001,d@x.fr,false,12345678901234,true,,,,false,Accepté,"
                             "2023-03-15 14:32:10,2023-03-01,,,Projet quatre,Texte,,,,,,,,,,\r\n");
        const ApplicationImport import = loaded(text.toUtf8());
        QCOMPARE(import.lineCount(), 2);
        QCOMPARE(import.dossiers().at(0).line, 2);
        QCOMPARE(import.dossiers().at(1).line, 5);
        QCOMPARE(import.problems().size(), 1);
        QCOMPARE(import.problems().constFirst().line, 5);
        QVERIFY(import.problems().constFirst().message.contains(QLatin1String("SIRET")));
    }

    void aProbableDuplicateOfAnInitiativeAlreadyInTremplinIsListed()
    {
        QVERIFY(loaded(firstVersion().toUtf8()).commit() == 3);
        ApplicationImport import = loaded(QStringLiteral("ID,Nom du projet,Association RNA\n"
                                                         "2001,Cartes libres !,W751234567\n")
                                              .toUtf8());
        QCOMPARE(import.count(ApplicationImport::Outcome::Invalid), 1);
        QVERIFY2(import.problems().first().message.contains(QStringLiteral("1001")),
            qPrintable(problemsOf(import)));
    }

    void theCarrierWithTheSameSiretIsReused()
    {
        const qint64 organisations
            = value(QStringLiteral("SELECT COUNT(*) FROM organisation")).toLongLong();
        ApplicationImport import = loaded(
            QStringLiteral("ID,Nom du projet,Établissement SIRET,Entreprise raison sociale\n"
                           "10,Projet A,80111111000012,Atelier\n"
                           "11,Tout autre chose,80111111000012,Atelier bis\n")
                .toUtf8());
        QVERIFY2(import.problems().isEmpty(), qPrintable(problemsOf(import)));
        QCOMPARE(import.commit(), 2);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM organisation")).toLongLong(),
            organisations + 1);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(DISTINCT carrier_id) FROM initiative WHERE "
                                      "ds_number IN (10, 11)"))
                     .toInt(),
            1);
    }

    void aNewerExportUpdatesWhatDsChangedAndListsConflictsWithTremplinsEdits()
    {
        QCOMPARE(loaded(firstVersion().toUtf8()).commit(), 3);
        const qint64 id = value(QStringLiteral("SELECT id FROM initiative WHERE ds_number = 1001"))
                              .toLongLong();
        const qint64 initiatives
            = value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong();
        // In Tremplin, the coordinator rewrites the description and checks admissibility.
        RecordService(db()).setValue(QStringLiteral("initiative"), QStringLiteral("description"),
            id, QStringLiteral("Description revue par l'équipe"));
        // The same export again: nothing changes.
        ApplicationImport same = loaded(firstVersion().toUtf8());
        QCOMPARE(same.count(ApplicationImport::Outcome::Unchanged), 3);

        // A week later DS has a new description, a new website and budget for 1001.
        QString newer = firstVersion();
        newer.replace(QStringLiteral("\"Une carte \"\"ouverte\"\"\nsur deux lignes\""),
            QStringLiteral("Nouvelle description DS"));
        newer.replace(QStringLiteral("www.communs.example.org"),
            QStringLiteral("https://communs.example.org/v2"));
        newer.replace(QStringLiteral("\"150 000\""), QStringLiteral("180000"));
        newer.replace(QStringLiteral("2023-03-15 14:32:10"), QStringLiteral("2023-03-22 08:00:00"));
        ApplicationImport import = loaded(newer.toUtf8());
        QVERIFY2(import.problems().isEmpty(), qPrintable(problemsOf(import)));
        QCOMPARE(import.count(ApplicationImport::Outcome::Conflict), 1);
        QCOMPARE(import.count(ApplicationImport::Outcome::Unchanged), 2);
        const ApplicationImport::Dossier &d = import.dossiers().first();
        QCOMPARE(d.outcome, ApplicationImport::Outcome::Conflict);
        QStringList fields, conflicts;
        for (const auto &c : d.changes) {
            fields << c.field;
            if (c.conflict)
                conflicts << c.field;
        }
        QCOMPARE(fields,
            (QStringList { QStringLiteral("description"), QStringLiteral("website"),
                QStringLiteral("budget") }));
        QCOMPARE(conflicts, QStringList { QStringLiteral("description") });
        QCOMPARE(d.changes.first().tremplinValue, QStringLiteral("Description revue par l'équipe"));
        QCOMPARE(d.changes.first().dsValue, QStringLiteral("Nouvelle description DS"));
        QCOMPARE(import.commit(), 1);
        // Never duplicated; Tremplin's edit kept, DS's other changes taken.
        QCOMPARE(
            value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong(), initiatives);
        Query q(db(),
            QStringLiteral("SELECT description, website, budget_cents, ds_updated_at FROM "
                           "initiative WHERE id = ?"));
        q.bindAll(id).exec();
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("Description revue par l'équipe"));
        QCOMPARE(q.value(1).toString(), QStringLiteral("https://communs.example.org/v2"));
        QCOMPARE(q.value(2).toLongLong(), 18000000);
        QCOMPARE(q.value(3).toString(), QStringLiteral("2023-03-22T08:00:00"));
        // The conflict is not raised again by the same export: DS's value is remembered.
        QCOMPARE(loaded(newer.toUtf8()).count(ApplicationImport::Outcome::Unchanged), 3);
        // An older export changes nothing.
        ApplicationImport older = loaded(firstVersion().toUtf8());
        QCOMPARE(older.count(ApplicationImport::Outcome::Unchanged), 3);
        QVERIFY(!older.dossiers().first().note.isEmpty());
    }

    void aDsStateChangeUpdatesAdmissibilityUnlessTremplinDecided()
    {
        QCOMPARE(loaded(firstVersion().toUtf8()).commit(), 3);
        const qint64 id = value(QStringLiteral("SELECT id FROM initiative WHERE ds_number = 1003"))
                              .toLongLong();
        QString newer = firstVersion();
        newer.replace(QStringLiteral("En instruction,2023-03-17 10:00:00"),
            QStringLiteral("Classé sans suite,2023-03-20 10:00:00"));
        ApplicationImport import = loaded(newer.toUtf8());
        QCOMPARE(import.count(ApplicationImport::Outcome::Update), 1);
        QCOMPARE(import.commit(), 1);
        QCOMPARE(value(QStringLiteral("SELECT admissibility FROM initiative WHERE id = ?"), id)
                     .toString(),
            QStringLiteral("not_admissible"));
        // The user decides otherwise in Tremplin; DS then accepts: Tremplin's decision stays.
        RecordService(db()).setValue(QStringLiteral("initiative"), QStringLiteral("admissibility"),
            id, QStringLiteral("unchecked"));
        newer.replace(QStringLiteral("Classé sans suite,2023-03-20 10:00:00"),
            QStringLiteral("Accepté,2023-03-25 10:00:00"));
        ApplicationImport again = loaded(newer.toUtf8());
        QCOMPARE(again.count(ApplicationImport::Outcome::Conflict), 1);
        QCOMPARE(again.commit(), 1);
        QCOMPARE(value(QStringLiteral("SELECT admissibility FROM initiative WHERE id = ?"), id)
                     .toString(),
            QStringLiteral("unchecked"));
        QCOMPARE(
            value(QStringLiteral("SELECT ds_state FROM initiative WHERE id = ?"), id).toString(),
            QStringLiteral("accepte"));
    }

    void columnsOfAnyCsvCanBeMappedByHand()
    {
        ApplicationImport import
            = loaded(QStringLiteral("col1,col2,col3\nProjet X,42,note\nProjet Y,43,\n").toUtf8());
        QCOMPARE(import.fileProblems().size(), 1);
        import.setMapping(0, ApplicationImport::ProjectName);
        import.setMapping(1, ApplicationImport::DsNumber);
        QVERIFY(import.fileProblems().isEmpty());
        QCOMPARE(import.count(ApplicationImport::Outcome::New), 2);
        QCOMPARE(import.commit(), 2);
        QCOMPARE(
            value(QStringLiteral("SELECT name FROM initiative WHERE ds_number = 43")).toString(),
            QStringLiteral("Projet Y"));
    }

    void undoTakesTheImportBackExactlyAndRedoPutsItBack()
    {
        QCOMPARE(loaded(firstVersion().toUtf8()).commit(), 3);
        QString newer = firstVersion();
        newer.replace(QStringLiteral("Jardins partagés"), QStringLiteral("Jardins partagés 2"));
        newer.replace(QStringLiteral("2023-03-17 10:00:00"), QStringLiteral("2023-03-27 10:00:00"));
        newer += QStringLiteral("1004,d@x.fr,false,,,,,,false,En construction,2023-03-27 "
                                "10:00:00,,,,Nouveau,,,,Bo,Lu,,lu@x.fr,,,,\r\n");
        const QString before = dump();
        ApplicationImport import = loaded(newer.toUtf8());
        import.setPromotion(QStringLiteral("Nouvelle saison"));
        QCOMPARE(import.commit(), 2);
        const QString after = dump();
        QVERIFY(after != before);
        ApplicationImport::undo(db(), import.written());
        QCOMPARE(dump(), before);
        ApplicationImport::redo(db(), import.written());
        QCOMPARE(dump(), after);
    }
    void thePreviewModelPassesTheModelTesterAndSaysWhatWillHappen()
    {
        QCOMPARE(loaded(firstVersion().toUtf8()).commit(), 3);
        const qint64 id = value(QStringLiteral("SELECT id FROM initiative WHERE ds_number = 1001"))
                              .toLongLong();
        RecordService(db()).setValue(QStringLiteral("initiative"), QStringLiteral("description"),
            id, QStringLiteral("Revue"));
        QString newer = firstVersion();
        newer.replace(QStringLiteral("\"Une carte \"\"ouverte\"\"\nsur deux lignes\""),
            QStringLiteral("Autre"));
        newer
            += QStringLiteral("1005,e@x.fr,false,999,,,,,false,Accepté,,,,,Mauvais,,,,,,,,,,,\r\n");
        ApplicationPreviewModel model;
        QAbstractItemModelTester tester(
            &model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        ApplicationImport import = loaded(newer.toUtf8());
        model.setImport(&import);
        QCOMPARE(model.rowCount(), 4);
        QCOMPARE(model.index(0, ApplicationPreviewModel::Outcome).data().toString(),
            QStringLiteral("Conflict"));
        const QString details = model.index(0, ApplicationPreviewModel::Details).data().toString();
        QVERIFY2(details.contains(QStringLiteral("Tremplin's value kept"))
                && details.contains(QStringLiteral("“Autre”")),
            qPrintable(details));
        // The row as a spreadsheet shows it: a cell's line break does not start a new row.
        QCOMPARE(model.index(3, ApplicationPreviewModel::Line).data().toInt(), 5);
        QCOMPARE(model.index(3, ApplicationPreviewModel::Outcome).data().toString(),
            QStringLiteral("Invalid"));
        QVERIFY(model.index(3, ApplicationPreviewModel::Details)
                    .data()
                    .toString()
                    .contains(QStringLiteral("SIRET")));
        // A new mapping: the model follows.
        import.setMapping(0, ApplicationImport::Ignore);
        model.setImport(&import);
        QCOMPARE(model.rowCount(), 4);
        model.setImport(nullptr);
        QCOMPARE(model.rowCount(), 0);
    }

    void fileImportApplicationsAsksForTheNewPromotionAndIsOneUndoStep()
    {
        const QString dbPath = m_dir.filePath(QStringLiteral("window.sqlite"));
        {
            Database d;
            d.create(dbPath);
            writeDemoProgramme(d);
        }
        const QString file = writeFile(QStringLiteral("ds.csv"), firstVersion().toUtf8());
        MainWindow w(m_translations);
        QString error;
        QVERIFY2(w.openDatabase(dbPath, &error), qPrintable(error));
        QSignalSpy checked(&w.document()->database(), &Database::integrityChecked);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        Database &wdb = w.document()->database();
        auto dumpOf = [&wdb] {
            Query q(wdb,
                QStringLiteral("SELECT (SELECT COUNT(*) FROM initiative) || '/' || (SELECT "
                               "COUNT(*) FROM promotion) || '/' || (SELECT COUNT(*) FROM person)"));
            return q.scalar().toString();
        };
        QTRY_COMPARE(checked.count(), 1); // writes wait for the file's check after opening
        const QString before = dumpOf();
        QAction *import = menuAction(w, QStringLiteral("importApplications"));
        QVERIFY(import && import->isEnabled());
        bool asked = false;
        int rows = -1;
        QString refusal;
        test::answerFileDialog(file);
        test::onNextModal<ApplicationImportDialog>([&](ApplicationImportDialog *dialog) {
            rows = dialog->findChild<QTableView *>(QStringLiteral("preview"))->model()->rowCount();
            auto *promotion = dialog->findChild<QComboBox *>(QStringLiteral("promotion"));
            promotion->setFocus();
            promotion->lineEdit()->selectAll();
            QTest::keyClicks(promotion->lineEdit(), QStringLiteral("Season 2024"));
            test::onNextModal<QMessageBox>([&](QMessageBox *box) {
                asked = box->text().contains(QStringLiteral("Season 2024"));
                QTest::mouseClick(box->button(QMessageBox::Yes), Qt::LeftButton);
            });
            test::clickDialogButton(dialog, QDialogButtonBox::Ok);
            if (dialog->isVisible()) {
                refusal = dialog->findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
                test::clickDialogButton(dialog, QDialogButtonBox::Cancel);
            }
        });
        import->trigger();
        QCOMPARE(rows, 3);
        QVERIFY(asked);
        QVERIFY2(refusal.isEmpty(), qPrintable(refusal));
        // A snapshot of the file as it was was taken first.
        const QList<Snapshot> snapshots = Snapshots::forFile(w.document()->path()).list();
        QVERIFY(!snapshots.isEmpty());
        QCOMPARE(snapshots.first().reason, SnapshotReason::BeforeImport);
        QCOMPARE(test::countRows(snapshots.first().path, QStringLiteral("initiative")) + 3,
            Query(wdb, QStringLiteral("SELECT COUNT(*) FROM initiative")).scalar().toInt());
        const QString after = dumpOf();
        QVERIFY(after != before);
        QCOMPARE(Query(wdb,
                     QStringLiteral("SELECT COUNT(*) FROM initiative i JOIN promotion p ON p.id = "
                                    "i.promotion_id WHERE p.name = 'Season 2024'"))
                     .scalar()
                     .toInt(),
            3);
        // One step in Edit > Undo.
        QAction *undo = editAction(w, QKeySequence::Undo);
        QVERIFY(undo && undo->isEnabled());
        undo->trigger();
        QCOMPARE(dumpOf(), before);
        editAction(w, QKeySequence::Redo)->trigger();
        QCOMPARE(dumpOf(), after);
    }

    void invalidDossiersLeaveImportDisabledAndImportCleanOnesLeavesThemOut()
    {
        QString text = firstVersion();
        text
            += QStringLiteral("1006,e@x.fr,false,123,,,,,false,Accepté,,,,,Mauvais,,,,,,,,,,,\r\n");
        const QString file = writeFile(QStringLiteral("mixed.csv"), text.toUtf8());
        const qint64 before = value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong();
        ApplicationImportDialog dialog(*m_doc);
        QVERIFY(dialog.loadFile(file));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(dialog.importCleanButton()->isVisible());
        // Nothing is written by the disabled button; Cancel leaves everything as it was.
        QTest::mouseClick(ok, Qt::LeftButton);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong(), before);
        // The promotion is the latest one, which exists: no question asked.
        QTest::mouseClick(dialog.importCleanButton(), Qt::LeftButton);
        QVERIFY(!dialog.isVisible());
        QCOMPARE(dialog.imported(), 3);
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong(), before + 3);
        QCOMPARE(m_doc->undoStack().count(), 1);
    }

    void aHostileFileIsRefusedInTheDialogWithItsReason_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("reason");
        const QByteArray valid = "Dossier,Projet\n9001,Projet\n";
        QTest::newRow("NUL bytes")
            << QByteArray(valid).insert(20, QByteArray(4, '\0')) << QStringLiteral("NUL bytes");
        QByteArray wide = "Dossier,Projet";
        for (int c = 0; c < 20000; ++c)
            wide += ",c" + QByteArray::number(c);
        QTest::newRow("20 000 columns") << wide + "\n9001,Projet\n"
                                        << QStringLiteral("an import reads at most 1000");
        QTest::newRow("an unterminated quote")
            << QByteArray("Dossier,Projet\n9001,\"Projet\n9002,Autre\n")
            << QStringLiteral("line 2 is never closed");
    }
    void aHostileFileIsRefusedInTheDialogWithItsReason()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, reason);
        const QString file = writeFile(QStringLiteral("hostile.csv"), bytes);
        const QString before = dump();
        ApplicationImportDialog dialog(*m_doc);
        QVERIFY(dialog.loadFile(file));
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const QString summary = dialog.findChild<QLabel *>(QStringLiteral("summaryLabel"))->text();
        QVERIFY2(summary.contains(reason), qPrintable(summary));
        auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
        QVERIFY(!ok->isEnabled());
        QVERIFY(!dialog.importCleanButton()->isEnabled());
        QTest::mouseClick(ok, Qt::LeftButton);
        test::clickDialogButton(&dialog, QDialogButtonBox::Cancel);
        QCOMPARE(dump(), before);
        QCOMPARE(m_doc->undoStack().count(), 0);
    }

    void cancellingWritesNothingAndAMappingChosenByHandIsRemembered()
    {
        const QString file
            = writeFile(QStringLiteral("plain.csv"), "col1;col2\nProjet Z;901\nProjet W;902\n");
        QSettings().remove(QStringLiteral("import/applicationColumns")); // a run before this one
        const qint64 before = value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong();
        {
            ApplicationImportDialog dialog(*m_doc);
            QVERIFY(dialog.loadFile(file));
            dialog.show();
            QVERIFY(QTest::qWaitForWindowExposed(&dialog));
            auto *ok = dialog.findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
            QVERIFY(!ok->isEnabled());
            auto *mapping = dialog.findChild<QTableWidget *>(QStringLiteral("mapping"));
            auto choose = [&](int row, ApplicationImport::Target target) {
                auto *combo = qobject_cast<QComboBox *>(mapping->cellWidget(row, 1));
                combo->setFocus();
                while (combo->currentData().toInt() != int(target))
                    QTest::keyClick(combo,
                        combo->currentData().toInt() < int(target) ? Qt::Key_Down : Qt::Key_Up);
            };
            choose(1, ApplicationImport::DsNumber);
            choose(0, ApplicationImport::ProjectName);
            QVERIFY(ok->isEnabled());
            test::clickDialogButton(&dialog, QDialogButtonBox::Cancel);
            QVERIFY(!dialog.isVisible());
        }
        QCOMPARE(value(QStringLiteral("SELECT COUNT(*) FROM initiative")).toLongLong(), before);
        // The same header layout next time: the columns as chosen.
        ApplicationImportDialog again(*m_doc);
        QVERIFY(again.loadFile(file));
        QCOMPARE(again.import().mapping(),
            (QList<ApplicationImport::Target> {
                ApplicationImport::ProjectName, ApplicationImport::DsNumber }));
        QCOMPARE(again.import().count(ApplicationImport::Outcome::New), 2);
    }
    void admissibilityIsChosenOnTheIdentityTabWithTheProgrammesReasonAndUndone()
    {
        QCOMPARE(loaded(firstVersion().toUtf8()).commit(), 3);
        const qint64 id = value(QStringLiteral("SELECT id FROM initiative WHERE ds_number = 1003"))
                              .toLongLong();
        const qint64 programme
            = value(QStringLiteral("SELECT MIN(id) FROM programme")).toLongLong();
        RecordService records(db());
        const qint64 outOfScope = records.insert(QStringLiteral("list_item"),
            { { QStringLiteral("programme_id"), programme },
                { QStringLiteral("list"), QStringLiteral("non_admissibility_reason") },
                { QStringLiteral("name"), QStringLiteral("Hors du champ de l'appel") } });
        InitiativeForm form(*m_doc, id);
        form.show();
        QVERIFY(QTest::qWaitForWindowExposed(&form));
        auto *admissibility = form.findChild<QComboBox *>(QStringLiteral("admissibilityCombo"));
        auto *reason = form.findChild<QComboBox *>(QStringLiteral("admissibilityReasonCombo"));
        auto *note = form.findChild<QPlainTextEdit *>(QStringLiteral("admissibilityNoteEdit"));
        QVERIFY(admissibility && reason && note);
        QCOMPARE(admissibility->currentData().toString(), QStringLiteral("unchecked"));
        QCOMPARE(reason->count(), 2);
        // The keyboard: not admissible, then the reason from the programme's list.
        admissibility->setFocus();
        while (admissibility->currentData().toString() != QLatin1String("not_admissible"))
            QTest::keyClick(admissibility, Qt::Key_Down);
        reason->setFocus();
        QTest::keyClick(reason, Qt::Key_Down);
        QCOMPARE(value(QStringLiteral("SELECT admissibility || '/' || admissibility_reason_id FROM "
                                      "initiative WHERE id = ?"),
                     id)
                     .toString(),
            QStringLiteral("not_admissible/%1").arg(outOfScope));
        QCOMPARE(AdmissibilityService(db()).counts().notAdmissible, 2);
        // Each choice is an undo step.
        m_doc->undo();
        QCOMPARE(
            value(QStringLiteral("SELECT admissibility_reason_id FROM initiative WHERE id = ?"), id)
                .isNull(),
            true);
        m_doc->undo();
        QCOMPARE(value(QStringLiteral("SELECT admissibility FROM initiative WHERE id = ?"), id)
                     .toString(),
            QStringLiteral("unchecked"));
        QTRY_COMPARE(admissibility->currentData().toString(), QStringLiteral("unchecked"));
        const AdmissibilityService::Counts counts = AdmissibilityService(db()).counts();
        QCOMPARE(counts.admissible, 1);
        QCOMPARE(counts.notAdmissible, 1);
        QVERIFY(counts.unchecked >= 1);
    }
    void theInitiativesListFiltersByAdmissibilityAndCountsEach()
    {
        QSettings().remove(QStringLiteral("initiatives"));
        QCOMPARE(loaded(firstVersion().toUtf8()).commit(), 3);
        InitiativesPage page;
        page.setDocument(m_doc.get());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *filter = page.findChild<QComboBox *>(QStringLiteral("admissibilityFilter"));
        QVERIFY(filter);
        QCOMPARE(filter->count(), 4);
        QCOMPARE(filter->itemText(2), QStringLiteral("Admissible (1)"));
        QCOMPARE(filter->itemText(3), QStringLiteral("Not admissible (1)"));
        auto *view = page.findChild<QTableView *>(QStringLiteral("initiativesView"));
        filter->setFocus();
        QTest::keyClick(filter, Qt::Key_Down);
        QTest::keyClick(filter, Qt::Key_Down);
        QCOMPARE(filter->currentData().toString(), QStringLiteral("admissible"));
        QTRY_COMPARE(view->model()->rowCount(), 1);
        QCOMPARE(view->model()->index(0, 0).data().toString(), QStringLiteral("Cartes, libres"));
        // A decision made elsewhere: the counts follow.
        const qint64 id = value(QStringLiteral("SELECT id FROM initiative WHERE ds_number = 1003"))
                              .toLongLong();
        RecordService(db()).setValue(QStringLiteral("initiative"), QStringLiteral("admissibility"),
            id, QStringLiteral("admissible"));
        QTRY_COMPARE(filter->itemText(2), QStringLiteral("Admissible (2)"));
        QTRY_COMPARE(view->model()->rowCount(), 2);
    }
};

QTEST_MAIN(TestApplications)
#include "tst_applications.moc"
