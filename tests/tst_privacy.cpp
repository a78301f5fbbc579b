// SPDX-License-Identifier: GPL-3.0-or-later
// Personal data (issue "Data safety", point 4): files readable by their owner only, a person's
// data export (right of access), erasure everywhere including the audit trail, the snapshots
// taken before an erasure, and the retention purge of non-selected applicants, through the
// core, the command line and the window.
#include "core/backup/snapshots.h"
#include "core/database/database.h"
#include "core/database/query.h"
#include "core/error.h"
#include "core/exports/savefile.h"
#include "core/i18n/translations.h"
#include "core/privacy/personaldata.h"
#include "core/privacy/retention.h"
#include "core/services/directoryservice.h"
#include "core/services/initiativeservice.h"
#include "core/services/juryservice.h"
#include "core/services/records.h"
#include "juryfixture.h"
#include "modaldialogs.h"
#include "testsupport.h"
#include "ui/directory/directorylistmodel.h"
#include "ui/directory/directorypage.h"
#include "ui/directory/directorytab.h"
#include "ui/document.h"
#include "ui/mainwindow.h"
#include "ui/privacy/oldersnapshotsdialog.h"
#include "ui/programme/programmepage.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QListWidget>
#include <QMessageBox>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStatusBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

using namespace tremplin;
using namespace tremplin::test;

namespace {

// The window's settings (snapshot folders, recent files) in a folder of the test's own.
const QTemporaryDir configHome;
const bool configHomeSet = qputenv("XDG_CONFIG_HOME", QFile::encodeName(configHome.path()));

const QString Name = QStringLiteral("Apolline Vasseur-Quintard");
const QString Email = QStringLiteral("apolline.vq@example.org");
const QString Phone = QStringLiteral("06 12 34 56 78");

/// The jury fixture plus Apolline: carrier contact of P, juror E1 (her person row is E1's,
/// renamed as a user would in the Directory), author of a journal entry, named in P's raw
/// application and in an audit line of another record.
struct PersonFixture
{
    JuryPackFixture jury;
    qint64 person = 0;

    static PersonFixture make(Database &db)
    {
        PersonFixture f;
        f.jury = JuryPackFixture::make(db);
        f.person = Query(db, QStringLiteral("SELECT person_id FROM committee_member WHERE id = ?"))
                       .bind(f.jury.member.value(QStringLiteral("E1")))
                       .scalar()
                       .toLongLong();
        RecordService records(db);
        records.setValue(QStringLiteral("person"), QStringLiteral("full_name"), f.person, Name);
        records.setValue(QStringLiteral("person"), QStringLiteral("email"), f.person, Email);
        records.setValue(QStringLiteral("person"), QStringLiteral("phone"), f.person, Phone);
        records.setValue(QStringLiteral("person"), QStringLiteral("job_title"), f.person,
            QStringLiteral("Cheffe"));
        InitiativePerson link;
        link.initiativeId = f.jury.app.value(QStringLiteral("P"));
        link.personId = f.person;
        link.role = PersonRole::CarrierContact;
        InitiativeService(db).addPerson(link);
        JournalEntry entry;
        entry.initiativeId = link.initiativeId;
        entry.date = QDate(2026, 3, 2);
        entry.title = QStringLiteral("Premier rendez-vous");
        entry.author = Name;
        InitiativeService(db).addJournalEntry(entry);
        JuryService jury(db);
        jury.setScore(f.jury.session, f.jury.member.value(QStringLiteral("E1")),
            f.jury.app.value(QStringLiteral("Q")), f.jury.a, 4.5);
        jury.setComment(f.jury.session, f.jury.member.value(QStringLiteral("E1")),
            f.jury.app.value(QStringLiteral("Q")), QStringLiteral("Solide et utile."));
        Query(db, QStringLiteral("UPDATE initiative SET ds_snapshot = ? WHERE id = ?"))
            .bindAll(QStringLiteral(R"({"demandeur":"%1","email":"%2","tel":"%3"})")
                         .arg(Name, Email, Phone),
                link.initiativeId)
            .exec();
        // What the history of another record says when her e-mail was a value there.
        Query(db,
            QStringLiteral("INSERT INTO audit_log (changed_at, actor, entity, entity_id, "
                           "operation, summary, field, old_value, new_value) VALUES "
                           "('2026-03-01T10:00:00Z', 'coord', 'organisation', 1, 'update', ?, "
                           "'website', ?, 'https://example.org')"))
            .bindAll(QStringLiteral("Contact %1 replaced").arg(Name), Email)
            .exec();
        return f;
    }
};

/// Carrier contacts of the fixture's applications and the selection signed off on 15 January
/// 2025: P selected (a laureate), Q not selected (with a raw application), R on the waiting
/// list. Quentin is Q's contact, Rosalie R's, Bastien both R's and P's.
struct Applicants
{
    qint64 quentin = 0;
    qint64 rosalie = 0;
    qint64 bastien = 0;
    QDateTime signedOff;

    static Applicants make(Database &db, const PersonFixture &f)
    {
        Applicants out;
        DirectoryService directory(db);
        const auto contact = [&](const QString &app, const QString &name) {
            Person p;
            p.fullName = name;
            p.email = name.toLower() + QStringLiteral("@example.org");
            const qint64 id = directory.createPerson(p);
            InitiativePerson link;
            link.initiativeId = f.jury.app.value(app);
            link.personId = id;
            link.role = PersonRole::CarrierContact;
            InitiativeService(db).addPerson(link);
            return id;
        };
        const qint64 q = contact(QStringLiteral("Q"), QStringLiteral("Quentin"));
        const qint64 r = contact(QStringLiteral("R"), QStringLiteral("Rosalie"));
        const qint64 both = contact(QStringLiteral("R"), QStringLiteral("Bastien"));
        InitiativePerson alsoP;
        alsoP.initiativeId = f.jury.app.value(QStringLiteral("P"));
        alsoP.personId = both;
        alsoP.role = PersonRole::CarrierContact;
        InitiativeService(db).addPerson(alsoP);
        // P selected (a laureate), Q and R not; Q has a raw application.
        const QDateTime signedOff(QDate(2025, 1, 15), QTime(10, 0), Qt::UTC);
        const auto decide = [&](const QString &app, const char *outcome) {
            Query(db,
                QStringLiteral("INSERT INTO jury_decision (session_id, initiative_id, outcome, "
                               "decided_at) VALUES (?, ?, ?, '2025-01-15T09:00:00Z')"))
                .bindAll(f.jury.session, f.jury.app.value(app), QString::fromLatin1(outcome))
                .exec();
        };
        decide(QStringLiteral("P"), "selected");
        decide(QStringLiteral("Q"), "not_selected");
        decide(QStringLiteral("R"), "waiting_list");
        Query(db, QStringLiteral("UPDATE initiative SET lifecycle = 'laureate' WHERE id = ?"))
            .bind(f.jury.app.value(QStringLiteral("P")))
            .exec();
        Query(db,
            QStringLiteral(
                "UPDATE initiative SET ds_snapshot = '{\"demandeur\":\"Quentin\"}' WHERE id "
                "= ?"))
            .bind(f.jury.app.value(QStringLiteral("Q")))
            .exec();
        Query(db,
            QStringLiteral("UPDATE committee SET signed_off_at = ?, signed_off_by = 'Présidente' "
                           "WHERE id = (SELECT committee_id FROM jury_session WHERE id = ?)"))
            .bindAll(signedOff.toString(Qt::ISODate), f.jury.session)
            .exec();
        out.quentin = q;
        out.rosalie = r;
        out.bastien = both;
        out.signedOff = signedOff;
        return out;
    }
};

/// Sets the programme's retention period (as the Programme settings do).
void setRetention(Database &db, const QVariant &months)
{
    RecordService(db).setValue(QStringLiteral("programme"), QStringLiteral("retention_months"),
        Query(db, QStringLiteral("SELECT id FROM programme")).scalar().toLongLong(), months);
}

/// Every text cell of every table of the file, as "table.column=value".
QStringList allText(Database &db)
{
    QStringList out;
    QSqlQuery tables(db.connection());
    tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
    while (tables.next()) {
        const QString table = tables.value(0).toString();
        QSqlQuery rows(db.connection());
        rows.exec(QStringLiteral("SELECT * FROM %1").arg(table));
        while (rows.next()) {
            const QSqlRecord r = rows.record();
            for (int i = 0; i < r.count(); ++i) {
                out.append(QStringLiteral("%1.%2=%3")
                               .arg(table, r.fieldName(i), rows.value(i).toString()));
            }
        }
    }
    return out;
}

QStringList containing(const QStringList &cells, const QString &text)
{
    QStringList hits;
    for (const QString &c : cells) {
        if (c.contains(text, Qt::CaseInsensitive))
            hits.append(c);
    }
    return hits;
}

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(f.readAll()).object();
}

} // namespace

class TestPrivacy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(configHomeSet);
        QVERIFY(m_translations.install(QStringLiteral("en")));
    }
    void newFilesCopiesAndExportsAreReadableByTheirOwnerOnly();
    void theExportHoldsEverythingTheFileSaysAboutAPerson();
    void erasureLeavesNoTraceOfTheNameEmailOrPhoneInTheFile();
    void erasureIsLoggedWithoutThePersonalDataAndRefusedTwice();
    void snapshotsTakenBeforeAnErasureAreListedAndCanBeDeleted();
    void thePurgeErasesNonSelectedApplicantsAfterTheRetentionPeriodOnly();
    void theCommandLineExportsErasesAndPurges();
    void theDirectoryExportsAndErasesTheSelectedPerson();
    void cancellingAnErasureWritesNothing();
    void theProgrammeSettingsSetTheRetentionPeriodAndPurge();
    void aDuePurgeIsOfferedWhenTheFileIsOpened();

private:
    /// A file holding the person fixture (and the applicants when @p applicants).
    QString makeFile(const QString &name, bool applicants, qint64 *person = nullptr);
    /// Opens @p path in @p w, on screen, once the file's check has passed (writes wait for it).
    bool openInWindow(MainWindow &w, const QString &path);
    /// Selects the row of person @p id in the Persons list by clicking it.
    void clickPerson(DirectoryTab *tab, qint64 id);

    QTemporaryDir m_dir;
    Translations m_translations;
};

void TestPrivacy::newFilesCopiesAndExportsAreReadableByTheirOwnerOnly()
{
#ifdef Q_OS_WIN
    QSKIP("Permissions are the user's folder's on Windows.");
#endif
    const auto ownerOnly = [](const QString &path) {
        const QFileDevice::Permissions p = QFileInfo(path).permissions();
        return (p
                   & (QFileDevice::ReadGroup | QFileDevice::WriteGroup | QFileDevice::ReadOther
                       | QFileDevice::WriteOther))
            == 0
            && (p & QFileDevice::ReadOwner);
    };
    const QString path = m_dir.filePath(QStringLiteral("owner.sqlite"));
    Database db;
    db.create(path);
    QVERIFY(ownerOnly(path));
    const QString copy = m_dir.filePath(QStringLiteral("owner copy.sqlite"));
    db.saveCopy(copy);
    QVERIFY(ownerOnly(copy));
    // An export replacing a file that others could read.
    const QString csv = m_dir.filePath(QStringLiteral("export.csv"));
    {
        QFile f(csv);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
    }
    QFile::setPermissions(csv,
        QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup
            | QFileDevice::ReadOther);
    saveFile(csv, "name;email\n");
    QVERIFY(ownerOnly(csv));
}

void TestPrivacy::theExportHoldsEverythingTheFileSaysAboutAPerson()
{
    Database db;
    db.create(m_dir.filePath(QStringLiteral("export.sqlite")));
    const PersonFixture f = PersonFixture::make(db);
    const QString out = m_dir.filePath(QStringLiteral("apolline.json"));
    PersonalData(db).exportTo(f.person, out);
    const QJsonObject o = readJson(out);
    QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("full_name")), Name);
    QCOMPARE(o.value(QStringLiteral("person")).toObject().value(QStringLiteral("email")), Email);
    const QJsonArray initiatives = o.value(QStringLiteral("initiatives")).toArray();
    QCOMPARE(initiatives.size(), 1);
    QCOMPARE(initiatives.at(0).toObject().value(QStringLiteral("name")), QStringLiteral("P"));
    QCOMPARE(initiatives.at(0).toObject().value(QStringLiteral("role")),
        QStringLiteral("carrier_contact"));
    const QJsonArray members = o.value(QStringLiteral("committee_memberships")).toArray();
    QCOMPARE(members.size(), 1);
    QCOMPARE(members.at(0).toObject().value(QStringLiteral("track")), QStringLiteral("expert"));
    const QJsonArray scores = o.value(QStringLiteral("jury_scores")).toArray();
    QCOMPARE(scores.size(), 1);
    QCOMPARE(scores.at(0).toObject().value(QStringLiteral("score")).toDouble(), 4.5);
    QCOMPARE(scores.at(0).toObject().value(QStringLiteral("criterion")), QStringLiteral("A"));
    QCOMPARE(o.value(QStringLiteral("jury_comments"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("body")),
        QStringLiteral("Solide et utile."));
    QCOMPARE(o.value(QStringLiteral("journal_entries_written")).toArray().size(), 1);
    // The audit trail: her own record's lines and the line of another record naming her.
    const QJsonArray audit = o.value(QStringLiteral("audit_trail")).toArray();
    bool own = false;
    bool other = false;
    for (const QJsonValue &line : audit) {
        own = own || line.toObject().value(QStringLiteral("entity")) == QStringLiteral("person");
        other = other || line.toObject().value(QStringLiteral("old_value")) == QJsonValue(Email);
    }
    QVERIFY(own);
    QVERIFY(other);
    // Someone else's data is not in it.
    QVERIFY(!QString::fromUtf8(QJsonDocument(o).toJson()).contains(QStringLiteral("e2@example")));
    QVERIFY_THROWS_EXCEPTION(Error, PersonalData(db).exportTo(9999, out));
}

void TestPrivacy::erasureLeavesNoTraceOfTheNameEmailOrPhoneInTheFile()
{
    const QString path = m_dir.filePath(QStringLiteral("erase.sqlite"));
    qint64 person = 0;
    {
        Database db;
        db.create(path);
        const PersonFixture f = PersonFixture::make(db);
        person = f.person;
        const QStringList before = allText(db);
        QVERIFY(!containing(before, Name).isEmpty());
        QVERIFY(!containing(before, Email).isEmpty());
        const ErasureOutcome done = PersonalData(db).erase(person);
        QCOMPARE(done.placeholder, QStringLiteral("Erased person #%1").arg(person));
        QVERIFY(done.rowsChanged >= 6);
        const QStringList after = allText(db);
        QCOMPARE(containing(after, Name), QStringList());
        QCOMPARE(containing(after, Email), QStringList());
        QCOMPARE(containing(after, Phone), QStringList());
        QCOMPARE(containing(after, QStringLiteral("Cheffe")), QStringList());
        // The person stays (references hold), renamed, with the time of erasure.
        QCOMPARE(
            RecordService(db).value(QStringLiteral("person"), QStringLiteral("full_name"), person),
            QVariant(done.placeholder));
        QVERIFY(!Query(db, QStringLiteral("SELECT erased_at FROM person WHERE id = ?"))
                     .bind(person)
                     .scalar()
                     .isNull());
        QCOMPARE(Query(db, QStringLiteral("SELECT author FROM journal_entry")).scalar(),
            QVariant(done.placeholder));
        // Scores and comments stay: the selection's record, now anonymous.
        QCOMPARE(countRows(path, QStringLiteral("jury_score")), 1);
        // The audit lines touched are marked as erased; none were removed.
        QVERIFY(Query(db,
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE erased_at IS NOT "
                                   "NULL"))
                    .scalar()
                    .toInt()
            >= 2);
        QVERIFY(db.integrityProblems().isEmpty());
    }
    // Not even in the free space of the file's pages.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    QVERIFY(!bytes.contains(Name.toUtf8()));
    QVERIFY(!bytes.contains(Email.toUtf8()));
    QVERIFY(!bytes.contains(Phone.toUtf8()));
}

void TestPrivacy::erasureIsLoggedWithoutThePersonalDataAndRefusedTwice()
{
    const QString path = m_dir.filePath(QStringLiteral("log.sqlite"));
    Database db;
    db.create(path);
    const PersonFixture f = PersonFixture::make(db);
    const ErasureOutcome done = PersonalData(db).erase(f.person);
    QSqlQuery q(db.connection());
    QVERIFY(q.exec(QStringLiteral("SELECT kind, subject, rows_changed FROM erasure_log")));
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("erasure"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("person %1").arg(f.person));
    QCOMPARE(q.value(2).toInt(), done.rowsChanged);
    QVERIFY(!q.next());
    QVERIFY(PersonalData(db).erasureProblem(f.person).contains(QStringLiteral("already erased")));
    const QByteArray hash = fileHash(path);
    QVERIFY_THROWS_EXCEPTION(Error, PersonalData(db).erase(f.person));
    QVERIFY_THROWS_EXCEPTION(Error, PersonalData(db).erase(9999));
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(countRows(path, QStringLiteral("erasure_log")), 1);
}

void TestPrivacy::snapshotsTakenBeforeAnErasureAreListedAndCanBeDeleted()
{
    const QString path = m_dir.filePath(QStringLiteral("snap.sqlite"));
    Database db;
    db.create(path);
    const PersonFixture f = PersonFixture::make(db);
    const Snapshot before = Snapshots::forFile(path).take(db, SnapshotReason::Manual);
    PersonalData data(db);
    const ErasureOutcome done = data.erase(f.person);
    QTest::qWait(1100); // snapshot names hold the second
    const Snapshot after = Snapshots::forFile(path).take(db, SnapshotReason::Manual);
    const QList<Snapshot> older = data.snapshotsBefore(done.erasedAt);
    QCOMPARE(older.size(), 1);
    QCOMPARE(older.first().path, before.path);
    // A file that is not one of the file's snapshots is never deleted.
    Snapshot stranger;
    stranger.path = path;
    const QList<Snapshot> failed = data.deleteSnapshots({ older.first(), stranger });
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().path, path);
    QVERIFY(QFileInfo::exists(path));
    QVERIFY(!QFileInfo::exists(before.path));
    QVERIFY(QFileInfo::exists(after.path));
}

void TestPrivacy::thePurgeErasesNonSelectedApplicantsAfterTheRetentionPeriodOnly()
{
    const QString path = m_dir.filePath(QStringLiteral("purge.sqlite"));
    Database db;
    db.create(path);
    const PersonFixture f = PersonFixture::make(db);
    const Applicants a = Applicants::make(db, f);
    const qint64 q = a.quentin;
    const qint64 r = a.rosalie;
    const QDateTime signedOff = a.signedOff;
    Retention retention(db);
    // No period set: nothing, whatever the date.
    QCOMPARE(retention.months(), -1);
    QVERIFY(retention.plan(signedOff.addYears(10)).isEmpty());
    setRetention(db, 12);
    QCOMPARE(retention.months(), 12);
    // A day before the twelve months are over: nothing yet.
    QVERIFY(retention.plan(signedOff.addMonths(12).addDays(-1)).isEmpty());
    const QDateTime later = signedOff.addMonths(12).addDays(1);
    const RetentionPlan plan = retention.plan(later);
    QCOMPARE(plan.applications.size(), 2); // Q and R; P was selected
    // Quentin and Rosalie; not Bastien (also of the laureate P), not Apolline (laureate P, juror)
    QCOMPARE(plan.persons, (QList<qint64> { q, r }));
    QCOMPARE(plan.rawCopies, 1);
    const QByteArray hash = fileHash(path);
    QCOMPARE(fileHash(path), hash); // plan() writes nothing

    const RetentionPlan done = retention.purge(later);
    QCOMPARE(done.persons, plan.persons);
    QVERIFY(done.rowsChanged >= 3);
    const QStringList text = allText(db);
    QCOMPARE(containing(text, QStringLiteral("Quentin")), QStringList());
    QCOMPARE(containing(text, QStringLiteral("Rosalie")), QStringList());
    QVERIFY(!containing(text, QStringLiteral("Bastien")).isEmpty());
    QVERIFY(!containing(text, Name).isEmpty());
    // Logged: one line per person and one for the purge, kind retention.
    QCOMPARE(Query(db,
                 QStringLiteral("SELECT COUNT(*) FROM erasure_log WHERE kind = "
                                "'retention'"))
                 .scalar()
                 .toInt(),
        3);
    // Done once: the next purge finds nothing.
    QVERIFY(retention.plan(later).isEmpty());
}

void TestPrivacy::theCommandLineExportsErasesAndPurges()
{
    const QString path = m_dir.filePath(QStringLiteral("cli.sqlite"));
    qint64 person = 0;
    {
        Database db;
        db.create(path);
        person = PersonFixture::make(db).person;
    }
    const QString out = m_dir.filePath(QStringLiteral("cli.json"));
    CliRun run
        = runCli({ QStringLiteral("person"), QStringLiteral("export"), QStringLiteral("--db"), path,
            QStringLiteral("--id"), QString::number(person), QStringLiteral("--out"), out });
    QCOMPARE(run.exitCode, 0);
    QCOMPARE(
        readJson(out).value(QStringLiteral("person")).toObject().value(QStringLiteral("email")),
        Email);

    // Without --yes: refused, nothing written.
    const QByteArray hash = fileHash(path);
    run = runCli({ QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("--db"), path,
        QStringLiteral("--id"), QString::number(person) });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("cannot be undone")));
    QCOMPARE(fileHash(path), hash);

    {
        Database db;
        db.open(path);
        Snapshots::forFile(path).take(db, SnapshotReason::Manual);
    }
    run = runCli({ QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("--db"), path,
        QStringLiteral("--id"), QString::number(person), QStringLiteral("--yes") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(
        run.out.contains(QStringLiteral("Erased person #%1").arg(person)), qPrintable(run.out));
    QVERIFY2(
        run.out.contains(QStringLiteral("1 snapshot taken before still holds the erased data")),
        qPrintable(run.out));
    QVERIFY2(run.out.contains(QStringLiteral("manual.sqlite")), qPrintable(run.out));
    QCOMPARE(countRows(path, QStringLiteral("erasure_log")), 1);
    run = runCli({ QStringLiteral("person"), QStringLiteral("erase"), QStringLiteral("--db"), path,
        QStringLiteral("--id"), QString::number(person), QStringLiteral("--yes") });
    QCOMPARE(run.exitCode, 2);
    QVERIFY(run.err.contains(QStringLiteral("already erased")));

    // The purge: no period set, then a dry run that writes nothing.
    run = runCli({ QStringLiteral("privacy"), QStringLiteral("purge"), QStringLiteral("--db"), path,
        QStringLiteral("--dry-run") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.contains(QStringLiteral("No retention period")));
    {
        Database db;
        db.open(path);
        Query(db, QStringLiteral("UPDATE programme SET retention_months = 1")).exec();
        Query(db,
            QStringLiteral("INSERT INTO jury_decision (session_id, initiative_id, outcome, "
                           "decided_at) SELECT ?, id, 'not_selected', '2025-01-01T00:00:00Z' "
                           "FROM initiative WHERE name = 'Q'"))
            .bind(Query(db, QStringLiteral("SELECT id FROM jury_session")).scalar())
            .exec();
        Query(db, QStringLiteral("UPDATE committee SET signed_off_at = '2025-01-01T00:00:00Z'"))
            .exec();
        Person p;
        p.fullName = QStringLiteral("Quentin");
        InitiativePerson link;
        link.personId = DirectoryService(db).createPerson(p);
        link.initiativeId = Query(db, QStringLiteral("SELECT id FROM initiative WHERE name = 'Q'"))
                                .scalar()
                                .toLongLong();
        link.role = PersonRole::CarrierContact;
        InitiativeService(db).addPerson(link);
    }
    const QByteArray beforePurge = fileHash(path);
    run = runCli({ QStringLiteral("privacy"), QStringLiteral("purge"), QStringLiteral("--db"), path,
        QStringLiteral("--dry-run") });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Would erase 1 person")), qPrintable(run.out));
    QCOMPARE(fileHash(path), beforePurge);
    run = runCli(
        { QStringLiteral("privacy"), QStringLiteral("purge"), QStringLiteral("--db"), path });
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.out.contains(QStringLiteral("Erased 1 person")), qPrintable(run.out));
    QCOMPARE(countRows(path, QStringLiteral("erasure_log")), 3);
}

QString TestPrivacy::makeFile(const QString &name, bool applicants, qint64 *person)
{
    const QString path = m_dir.filePath(name);
    Database db;
    db.create(path);
    const PersonFixture f = PersonFixture::make(db);
    if (applicants)
        Applicants::make(db, f);
    if (person)
        *person = f.person;
    return path;
}

bool TestPrivacy::openInWindow(MainWindow &w, const QString &path)
{
    if (!w.openDatabase(path))
        return false;
    w.resize(1366, 768);
    w.show();
    if (!QTest::qWaitForWindowExposed(&w))
        return false;
    return QTest::qWaitFor(
        [&w] { return w.document()->database().integrity() == Database::Integrity::Sound; });
}

void TestPrivacy::clickPerson(DirectoryTab *tab, qint64 id)
{
    QTableView *view = tab->view();
    QTRY_VERIFY(tab->model()->rowOf(id) >= 0);
    const QModelIndex index = tab->model()->index(tab->model()->rowOf(id), 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, view->visualRect(index).center());
    QCOMPARE(view->selectionModel()->selectedRows().size(), 1);
}

void TestPrivacy::theDirectoryExportsAndErasesTheSelectedPerson()
{
    qint64 person = 0;
    const QString path = makeFile(QStringLiteral("window.sqlite"), false, &person);
    MainWindow w(m_translations);
    QVERIFY(openInWindow(w, path));
    QTRY_COMPARE(Snapshots::forFile(path).list().size(), 1); // today's, taken on opening
    w.showWorkspace(MainWindow::Directory);
    DirectoryTab *persons = w.directoryPage()->persons();
    w.directoryPage()->tabs()->setCurrentWidget(persons);
    QVERIFY(!persons->erasePersonalDataAction()->isEnabled()); // nothing selected
    clickPerson(persons, person);
    QVERIFY(persons->erasePersonalDataAction()->isEnabled());

    // Right of access: the file chosen in the dialog.
    const QString out = m_dir.filePath(QStringLiteral("window export.json"));
    answerFileDialog(out);
    persons->exportPersonalDataAction()->trigger();
    QTRY_VERIFY(QFileInfo::exists(out));
    QCOMPARE(
        readJson(out).value(QStringLiteral("person")).toObject().value(QStringLiteral("full_name")),
        Name);
    auto *message = persons->findChild<QLabel *>(QStringLiteral("message"));
    QVERIFY2(message->text().contains(QStringLiteral("readable by you only")),
        qPrintable(message->text()));

    // An edit on the undo stack, which the erasure clears (undoing it would bring data back).
    int jobColumn = -1;
    for (int c = 0; c < persons->model()->columnCount(); ++c) {
        if (persons->model()
                ->headerData(c, Qt::Horizontal)
                .toString()
                .contains(QStringLiteral("Job")))
            jobColumn = c;
    }
    QVERIFY(jobColumn >= 0);
    QVERIFY(persons->model()->setData(
        persons->model()->index(persons->model()->rowOf(person), jobColumn),
        QStringLiteral("Directrice")));
    QCOMPARE(w.document()->undoStack().count(), 1);
    // Confirmed, then the snapshot taken on opening is listed and deleted.
    QString asked;
    int listed = -1;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        onNextModal<OlderSnapshotsDialog>([&](OlderSnapshotsDialog *dialog) {
            listed = dialog->list()->count();
            QTest::mouseClick(dialog->deleteButton(), Qt::LeftButton);
            clickDialogButton(dialog, QDialogButtonBox::Close);
        });
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    persons->erasePersonalDataAction()->trigger();
    QVERIFY2(asked.contains(QStringLiteral("cannot be undone")), qPrintable(asked));
    QCOMPARE(listed, 1);
    QCOMPARE(Snapshots::forFile(path).list().size(), 0);
    QCOMPARE(w.document()->undoStack().count(), 0);
    QTRY_COMPARE(persons->model()->index(persons->model()->rowOf(person), 0).data().toString(),
        QStringLiteral("Erased person #%1").arg(person));
    QVERIFY2(message->text().contains(QStringLiteral("was erased")), qPrintable(message->text()));
    QCOMPARE(containing(allText(w.document()->database()), Email), QStringList());

    // A second erasure is refused with the reason, without asking.
    clickPerson(persons, person);
    persons->erasePersonalDataAction()->trigger();
    QVERIFY2(
        message->text().contains(QStringLiteral("already erased")), qPrintable(message->text()));
}

void TestPrivacy::cancellingAnErasureWritesNothing()
{
    qint64 person = 0;
    const QString path = makeFile(QStringLiteral("cancel.sqlite"), false, &person);
    MainWindow w(m_translations);
    w.setAutomaticSnapshots(false);
    QVERIFY(openInWindow(w, path));
    w.showWorkspace(MainWindow::Directory);
    DirectoryTab *persons = w.directoryPage()->persons();
    w.directoryPage()->tabs()->setCurrentWidget(persons);
    clickPerson(persons, person);
    const QByteArray hash = fileHash(path);
    onNextModal<QMessageBox>([](QMessageBox *box) {
        QTest::mouseClick(box->button(QMessageBox::Cancel), Qt::LeftButton);
    });
    persons->erasePersonalDataAction()->trigger();
    QCOMPARE(fileHash(path), hash);
    QCOMPARE(countRows(path, QStringLiteral("erasure_log")), 0);
}

void TestPrivacy::theProgrammeSettingsSetTheRetentionPeriodAndPurge()
{
    const QString path = makeFile(QStringLiteral("settings.sqlite"), true);
    MainWindow w(m_translations);
    w.setAutomaticSnapshots(false);
    QVERIFY(openInWindow(w, path));
    w.showWorkspace(MainWindow::Programme);
    auto *page = w.findChild<ProgrammePage *>();
    QVERIFY(page);
    auto *field = page->findChild<QLineEdit *>(QStringLiteral("programme-retention_months"));
    QVERIFY(field);
    const auto months = [&w] {
        return Query(
            w.document()->database(), QStringLiteral("SELECT retention_months FROM programme"))
            .scalar();
    };
    // A negative period is refused with a message; nothing written.
    field->setFocus();
    QTest::keyClicks(field, QStringLiteral("-3"));
    QTest::keyClick(field, Qt::Key_Return);
    // The form says it at the field, as for every setting.
    QTRY_VERIFY2(field->accessibleDescription().contains(QStringLiteral("cannot be negative")),
        qPrintable(field->accessibleDescription()));
    QVERIFY(months().isNull());
    field->selectAll();
    QTest::keyClicks(field, QStringLiteral("12"));
    QTest::keyClick(field, Qt::Key_Return);
    QTRY_COMPARE(months().toInt(), 12);
    // Undoable like any setting.
    QVERIFY(w.document()->undo());
    QVERIFY(months().isNull());
    QVERIFY(w.document()->redo());
    QCOMPARE(months().toInt(), 12);

    auto *purge = page->findChild<QPushButton *>(QStringLiteral("purgeButton"));
    QVERIFY(purge);
    QString asked;
    onNextModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QTest::mouseClick(purge, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("2 non-selected applications")), qPrintable(asked));
    QVERIFY2(asked.contains(QStringLiteral("2 applicants")), qPrintable(asked));
    QCOMPARE(
        containing(allText(w.document()->database()), QStringLiteral("Quentin")), QStringList());
    QCOMPARE(w.document()->undoStack().count(), 0);
    QVERIFY2(w.statusBar()->currentMessage().contains(QStringLiteral("2 applicants")),
        qPrintable(w.statusBar()->currentMessage()));
    // Nothing left: said so.
    onNextModal<QMessageBox>([&asked](QMessageBox *box) {
        asked = box->text();
        box->accept();
    });
    QTest::mouseClick(purge, Qt::LeftButton);
    QVERIFY2(asked.contains(QStringLiteral("Nothing to purge")), qPrintable(asked));
}

void TestPrivacy::aDuePurgeIsOfferedWhenTheFileIsOpened()
{
    const QString path = makeFile(QStringLiteral("opening.sqlite"), true);
    {
        Database db;
        db.open(path);
        setRetention(db, 6);
    }
    MainWindow w(m_translations);
    QString asked;
    int listed = -1;
    onNextModal<QMessageBox>([&](QMessageBox *box) {
        asked = box->text();
        onNextModal<OlderSnapshotsDialog>([&listed](OlderSnapshotsDialog *dialog) {
            listed = dialog->list()->count();
            clickDialogButton(dialog, QDialogButtonBox::Close);
        });
        QTest::mouseClick(
            box->findChild<QPushButton *>(QStringLiteral("confirmButton")), Qt::LeftButton);
    });
    QVERIFY(openInWindow(w, path));
    QTRY_VERIFY(!asked.isEmpty());
    QVERIFY2(asked.contains(QStringLiteral("retention period of 6 months")), qPrintable(asked));
    QTRY_COMPARE(listed, 1); // the daily snapshot taken on opening holds the data: kept here
    QCOMPARE(Snapshots::forFile(path).list().size(), 1);
    QTRY_COMPARE(countRows(path, QStringLiteral("erasure_log")), 3);
}

QTEST_MAIN(TestPrivacy)
#include "tst_privacy.moc"
