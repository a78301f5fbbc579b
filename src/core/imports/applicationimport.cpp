// SPDX-License-Identifier: GPL-3.0-or-later
#include "applicationimport.h"

#include "../database/database.h"
#include "../database/query.h"
#include "../database/transaction.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../domain/types.h"
#include "../error.h"
#include "../services/directoryservice.h"
#include "../services/initiativeservice.h"
#include "../services/programmeservice.h"
#include "../services/records.h"
#include "../services/searchindex.h"
#include "../validation/identifiers.h"
#include "../validation/validation.h"
#include "textfile.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QSet>
#include <QSqlRecord>
#include <algorithm>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::ApplicationImport)
};

constexpr int MaxFieldLength = 20000;
constexpr qint64 MaxFileSize = 512LL * 1024 * 1024;

using Target = ApplicationImport::Target;

/// Header words per meaning, best first (compared with headerKey()): the Démarches simplifiées
/// export's own headers and the AIC form's labels, then plain French and English words.
const QList<QPair<Target, QStringList>> &synonyms()
{
    static const QList<QPair<Target, QStringList>> list = {
        { Target::DsNumber,
            { QStringLiteral("id"), QStringLiteral("numero de dossier"),
                QStringLiteral("n de dossier"), QStringLiteral("dossier"),
                QStringLiteral("ds number"), QStringLiteral("dossier number"),
                QStringLiteral("numero") } },
        { Target::ProjectName,
            { QStringLiteral("nom du projet"), QStringLiteral("project name"),
                QStringLiteral("projet"), QStringLiteral("project"),
                QStringLiteral("nom de l initiative"), QStringLiteral("initiative") } },
        { Target::CarrierName,
            { QStringLiteral("association titre"), QStringLiteral("entreprise raison sociale"),
                QStringLiteral("nom de l organisation"), QStringLiteral("organisation"),
                QStringLiteral("structure"), QStringLiteral("porteur"), QStringLiteral("carrier"),
                QStringLiteral("carrier name"), QStringLiteral("organization") } },
        { Target::Siret,
            { QStringLiteral("etablissement siret"), QStringLiteral("siret"),
                QStringLiteral("n siret") } },
        { Target::Rna,
            { QStringLiteral("association rna"), QStringLiteral("rna"),
                QStringLiteral("numero rna") } },
        { Target::ReferentLastName,
            { QStringLiteral("nom"), QStringLiteral("nom du referent"), QStringLiteral("referent"),
                QStringLiteral("referent name"), QStringLiteral("contact"),
                QStringLiteral("contact name") } },
        { Target::ReferentFirstName,
            { QStringLiteral("prenom"), QStringLiteral("prenom du referent"),
                QStringLiteral("referent first name"), QStringLiteral("first name") } },
        { Target::ReferentEmail,
            { QStringLiteral("adresse electronique"), QStringLiteral("email du referent"),
                QStringLiteral("referent email"), QStringLiteral("courriel"),
                QStringLiteral("e mail"), QStringLiteral("email") } },
        { Target::ReferentPhone,
            { QStringLiteral("numero de telephone"), QStringLiteral("telephone"),
                QStringLiteral("phone"), QStringLiteral("referent phone") } },
        { Target::Description,
            { QStringLiteral("decrivez votre projet en quelques lignes"),
                QStringLiteral("description"), QStringLiteral("description du projet") } },
        { Target::Website,
            { QStringLiteral("lien vers votre site internet"), QStringLiteral("site internet"),
                QStringLiteral("site web"), QStringLiteral("website") } },
        { Target::Budget,
            { QStringLiteral("montant approximatif de votre budget global en 2022"),
                QStringLiteral("montant approximatif de votre budget global en 2021"),
                QStringLiteral("budget"), QStringLiteral("budget du projet"),
                QStringLiteral("project budget") } },
        { Target::MainImpact,
            { QStringLiteral("quel est l impact principal recherche et quelle est la mesure "
                             "associee"),
                QStringLiteral("impact principal"), QStringLiteral("main impact") } },
        { Target::IndicatorName,
            { QStringLiteral("indicateur d impact"), QStringLiteral("indicateur"),
                QStringLiteral("impact indicator"), QStringLiteral("indicator") } },
        { Target::IndicatorInitial,
            { QStringLiteral("valeur initiale"), QStringLiteral("initial value"),
                QStringLiteral("baseline") } },
        { Target::IndicatorTarget,
            { QStringLiteral("valeur cible"), QStringLiteral("target value"),
                QStringLiteral("target") } },
        { Target::State,
            { QStringLiteral("etat du dossier"), QStringLiteral("etat"), QStringLiteral("state"),
                QStringLiteral("statut") } },
        { Target::Motivation,
            { QStringLiteral("motivation de la decision"), QStringLiteral("motivation"),
                QStringLiteral("decision reason") } },
        { Target::UpdatedAt,
            { QStringLiteral("derniere mise a jour du dossier le"),
                QStringLiteral("derniere mise a jour le"), QStringLiteral("last update"),
                QStringLiteral("updated at") } },
    };
    return list;
}

/// The DS dossier states: API code, then the words an export or a person may write.
const QList<QPair<QString, QStringList>> &states()
{
    static const QList<QPair<QString, QStringList>> list = {
        { QStringLiteral("brouillon"), { QStringLiteral("brouillon"), QStringLiteral("draft") } },
        { QStringLiteral("en_construction"),
            { QStringLiteral("en construction"), QStringLiteral("en_construction") } },
        { QStringLiteral("en_instruction"),
            { QStringLiteral("en instruction"), QStringLiteral("en_instruction") } },
        { QStringLiteral("accepte"), { QStringLiteral("accepte"), QStringLiteral("accepted") } },
        { QStringLiteral("refuse"), { QStringLiteral("refuse"), QStringLiteral("refused") } },
        { QStringLiteral("sans_suite"),
            { QStringLiteral("classe sans suite"), QStringLiteral("sans suite"),
                QStringLiteral("sans_suite") } },
    };
    return list;
}

QString stateLabel(const QString &code)
{
    if (code == QLatin1String("brouillon"))
        return Tr::tr("Draft");
    if (code == QLatin1String("en_construction"))
        return Tr::tr("Being completed");
    if (code == QLatin1String("en_instruction"))
        return Tr::tr("Under review");
    if (code == QLatin1String("accepte"))
        return Tr::tr("Accepted");
    if (code == QLatin1String("refuse"))
        return Tr::tr("Refused");
    if (code == QLatin1String("sans_suite"))
        return Tr::tr("Closed without follow-up");
    return code;
}

/// The fields a dossier carries, in the order the preview lists them.
const QStringList &fieldKeys()
{
    static const QStringList keys
        = { QStringLiteral("name"), QStringLiteral("carrier"), QStringLiteral("siret"),
              QStringLiteral("rna"), QStringLiteral("referent"), QStringLiteral("email"),
              QStringLiteral("phone"), QStringLiteral("description"), QStringLiteral("website"),
              QStringLiteral("budget"), QStringLiteral("main_impact"), QStringLiteral("indicator"),
              QStringLiteral("initial"), QStringLiteral("target"), QStringLiteral("state"),
              QStringLiteral("admissibility"), QStringLiteral("admissibility_note") };
    return keys;
}

QString numberText(double v)
{
    return QString::number(v, 'g', 15);
}

std::optional<double> parseNumber(const QString &text)
{
    QString t = text.trimmed();
    t.remove(QChar(u' ')).remove(QChar(0x00A0)).remove(QChar(0x202F));
    if (t.contains(u',') && !t.contains(u'.'))
        t.replace(u',', u'.');
    bool ok = false;
    const double v = t.toDouble(&ok);
    return ok ? std::optional<double>(v) : std::nullopt;
}

/// DS writes "2023-03-15 14:32:10", the API ISO 8601 with an offset, a spreadsheet
/// "15/03/2023 14:32": all become "2023-03-15T14:32:10" (UTC when an offset is given).
QString parseTimestamp(const QString &text)
{
    const QString t = text.trimmed();
    QDateTime dt = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (dt.isValid() && dt.timeSpec() != Qt::LocalTime)
        dt = dt.toUTC();
    for (const char *format : { "yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm", "dd/MM/yyyy HH:mm:ss",
             "dd/MM/yyyy HH:mm", "d/M/yyyy H:mm" }) {
        if (dt.isValid())
            break;
        dt = QDateTime::fromString(t, QLatin1String(format));
    }
    if (!dt.isValid()) {
        QDate d = QDate::fromString(t, Qt::ISODate);
        if (!d.isValid())
            d = QDate::fromString(t, QStringLiteral("dd/MM/yyyy"));
        if (d.isValid())
            dt = QDateTime(d, QTime(0, 0));
    }
    return dt.isValid() ? dt.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")) : QString();
}

int editDistance(const QString &a, const QString &b)
{
    QList<int> row(b.size() + 1);
    for (int j = 0; j <= b.size(); ++j)
        row[j] = j;
    for (int i = 1; i <= a.size(); ++i) {
        int diagonal = row[0];
        row[0] = i;
        for (int j = 1; j <= b.size(); ++j) {
            const int up = row[j];
            row[j] = std::min(
                { row[j] + 1, row[j - 1] + 1, diagonal + (a.at(i - 1) == b.at(j - 1) ? 0 : 1) });
            diagonal = up;
        }
    }
    return row[b.size()];
}

/// Two project names close enough to be the same project typed twice.
bool closeNames(const QString &a, const QString &b)
{
    const QString ka = headerKey(a);
    const QString kb = headerKey(b);
    if (ka.isEmpty() || kb.isEmpty())
        return false;
    if (ka == kb)
        return true;
    if (std::min(ka.size(), kb.size()) >= 5 && (ka.contains(kb) || kb.contains(ka)))
        return true;
    // The distance is at least the difference of lengths: no need to compute it (quadratic in
    // the names' length) when that already exceeds the limit.
    const qsizetype limit = std::max<qsizetype>(1, std::min(ka.size(), kb.size()) / 5);
    if (std::abs(ka.size() - kb.size()) > limit)
        return false;
    return editDistance(ka, kb) <= limit;
}

QVariantMap readRow(Database &db, const QString &table, qint64 id)
{
    // table comes from the import's own list, never from the file.
    Query q(db, QStringLiteral("SELECT * FROM %1 WHERE id = ?").arg(table));
    q.bindAll(id).exec();
    QVariantMap row;
    if (q.next()) {
        const QSqlRecord rec = q.raw().record();
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
    }
    return row;
}

void writeRow(Database &db, const QString &table, qint64 id, const QVariantMap &values, bool insert)
{
    QStringList columns = values.keys();
    if (insert) {
        QStringList marks;
        for (int i = 0; i < columns.size(); ++i)
            marks << QStringLiteral("?");
        Query q(db,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(table, columns.join(QStringLiteral(", ")), marks.join(QStringLiteral(", "))));
        for (int i = 0; i < columns.size(); ++i)
            q.raw().bindValue(i, values.value(columns.at(i)));
        q.exec();
        return;
    }
    columns.removeAll(QStringLiteral("id"));
    QStringList sets;
    for (const QString &c : std::as_const(columns))
        sets << c + QStringLiteral(" = ?");
    Query q(db,
        QStringLiteral("UPDATE %1 SET %2 WHERE id = ?")
            .arg(table, sets.join(QStringLiteral(", "))));
    int i = 0;
    for (const QString &c : std::as_const(columns))
        q.raw().bindValue(i++, values.value(c));
    q.raw().bindValue(i, id);
    q.exec();
}

/// The directory's organisations by SIRET and by RNA, and its persons by e-mail (lower case),
/// the lowest id first: read once per commit rather than one scan of the tables per dossier
/// (these columns have no index), and kept up to date as the import adds rows.
struct DirectoryLookups
{
    QHash<QString, qint64> bySiret;
    QHash<QString, qint64> byRna;
    QHash<QString, qint64> byEmail;

    explicit DirectoryLookups(Database &db)
    {
        Query o(db, QStringLiteral("SELECT id, siret, rna FROM organisation ORDER BY id"));
        o.raw().setForwardOnly(true);
        o.exec();
        while (o.next())
            addOrganisation(o.value(0).toLongLong(), o.value(1).toString(), o.value(2).toString());
        Query p(
            db, QStringLiteral("SELECT id, email FROM person WHERE email IS NOT NULL ORDER BY id"));
        p.raw().setForwardOnly(true);
        p.exec();
        while (p.next())
            addPerson(p.value(0).toLongLong(), p.value(1).toString());
    }
    void addOrganisation(qint64 id, const QString &siret, const QString &rna)
    {
        if (!siret.isEmpty() && !bySiret.contains(siret))
            bySiret.insert(siret, id);
        if (!rna.isEmpty() && !byRna.contains(rna))
            byRna.insert(rna, id);
    }
    void addPerson(qint64 id, const QString &email)
    {
        if (!email.isEmpty() && !byEmail.contains(email.toLower()))
            byEmail.insert(email.toLower(), id);
    }
};

/// What the import wrote, captured row by row as it writes.
class Journal
{
public:
    Journal(Database &db, ApplicationImport::Written &written)
        : directory(db)
        , m_db(db)
        , m_written(written)
    { }
    /// The directory as the import finds and fills it.
    DirectoryLookups directory;
    /// Called before a row is changed: keeps its first state.
    void touched(const QString &table, qint64 id)
    {
        if (m_seen.contains({ table, id }))
            return;
        m_seen.insert({ table, id });
        m_written.rows.append({ table, id, readRow(m_db, table, id), {} });
    }
    void inserted(const QString &table, qint64 id)
    {
        m_seen.insert({ table, id });
        m_written.rows.append({ table, id, {}, {} });
    }
    void finish()
    {
        for (auto &row : m_written.rows)
            row.after = readRow(m_db, row.table, row.id);
    }

private:
    Database &m_db;
    ApplicationImport::Written &m_written;
    QSet<QPair<QString, qint64>> m_seen;
};

/// What Tremplin holds now for an imported initiative, in the import's normalised form.
struct Current
{
    QMap<QString, QString> values;
    QVariantMap snapshot;
    QString updatedAt;
    qint64 carrierId = 0;
    qint64 personId = 0;
    qint64 indicatorId = 0;
};

Current readCurrent(Database &db, qint64 initiativeId)
{
    Current c;
    Query q(db,
        QStringLiteral(
            "SELECT i.name, i.description, i.website, i.main_impact, i.budget_cents, "
            "i.ds_updated_at, i.ds_snapshot, i.admissibility, i.admissibility_note, "
            "i.carrier_id, o.name, o.siret, o.rna, i.ds_state FROM initiative i LEFT JOIN "
            "organisation o ON o.id = i.carrier_id WHERE i.id = ?"));
    q.bindAll(initiativeId).exec();
    if (q.next()) {
        c.values[QStringLiteral("name")] = q.value(0).toString();
        c.values[QStringLiteral("description")] = q.value(1).toString();
        c.values[QStringLiteral("website")] = q.value(2).toString();
        c.values[QStringLiteral("main_impact")] = q.value(3).toString();
        c.values[QStringLiteral("budget")]
            = q.value(4).isNull() ? QString() : q.value(4).toString();
        c.updatedAt = q.value(5).toString();
        c.values[QStringLiteral("state")] = q.value(13).toString();
        c.snapshot
            = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object().toVariantMap();
        c.values[QStringLiteral("admissibility")] = q.value(7).toString();
        c.values[QStringLiteral("admissibility_note")] = q.value(8).toString();
        c.carrierId = q.value(9).toLongLong();
        c.values[QStringLiteral("carrier")] = q.value(10).toString();
        c.values[QStringLiteral("siret")] = q.value(11).toString();
        c.values[QStringLiteral("rna")] = q.value(12).toString();
    }
    Query p(db,
        QStringLiteral("SELECT p.id, p.full_name, p.email, p.phone FROM initiative_person ip JOIN "
                       "person p ON p.id = ip.person_id WHERE ip.initiative_id = ? AND ip.role = "
                       "'carrier_contact' ORDER BY ip.id LIMIT 1"));
    p.bindAll(initiativeId).exec();
    if (p.next()) {
        c.personId = p.value(0).toLongLong();
        c.values[QStringLiteral("referent")] = p.value(1).toString();
        c.values[QStringLiteral("email")] = p.value(2).toString();
        c.values[QStringLiteral("phone")] = p.value(3).toString();
    }
    Query i(db,
        QStringLiteral("SELECT id, name, baseline, target FROM indicator WHERE initiative_id = ? "
                       "ORDER BY id LIMIT 1"));
    i.bindAll(initiativeId).exec();
    if (i.next()) {
        c.indicatorId = i.value(0).toLongLong();
        c.values[QStringLiteral("indicator")] = i.value(1).toString();
        c.values[QStringLiteral("initial")]
            = i.value(2).isNull() ? QString() : numberText(i.value(2).toDouble());
        c.values[QStringLiteral("target")]
            = i.value(3).isNull() ? QString() : numberText(i.value(3).toDouble());
    }
    return c;
}

QString displayValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return Tr::tr("(empty)");
    if (field == QLatin1String("budget"))
        return Money::fromCents(value.toLongLong()).toString();
    if (field == QLatin1String("state"))
        return stateLabel(value);
    if (field == QLatin1String("admissibility"))
        return label(fromCode<Admissibility>(value).value_or(Admissibility::Unchecked));
    return value;
}

/// The carrier organisation of a dossier: the one with its SIRET or RNA when there is one, else
/// a new one; 0 when the dossier names none.
qint64 carrierOf(Database &db, const ApplicationImport::Dossier &d, Journal &journal)
{
    const QString siret = d.values.value(QStringLiteral("siret"));
    const QString rna = d.values.value(QStringLiteral("rna"));
    // The organisation with that SIRET first, else with that RNA number.
    if (const qint64 id = journal.directory.bySiret.value(siret, 0); !siret.isEmpty() && id != 0)
        return id;
    if (const qint64 id = journal.directory.byRna.value(rna, 0); !rna.isEmpty() && id != 0)
        return id;
    QString name = d.values.value(QStringLiteral("carrier"));
    if (name.isEmpty() && siret.isEmpty() && rna.isEmpty())
        return 0;
    if (name.isEmpty())
        name = d.values.value(QStringLiteral("name"));
    Organisation o;
    o.name = name;
    o.siret = siret;
    o.rna = rna;
    o.legalForm = rna.isEmpty() ? LegalForm::Other : LegalForm::Association;
    const qint64 id = DirectoryService(db).createOrganisation(o);
    journal.inserted(QStringLiteral("organisation"), id);
    journal.directory.addOrganisation(id, siret, rna);
    return id;
}

/// The referent: the person with the same e-mail when there is one, else a new person.
qint64 referentOf(
    Database &db, const ApplicationImport::Dossier &d, qint64 carrierId, Journal &journal)
{
    const QString email = d.values.value(QStringLiteral("email"));
    QString name = d.values.value(QStringLiteral("referent"));
    if (name.isEmpty() && email.isEmpty())
        return 0;
    if (const qint64 id = journal.directory.byEmail.value(email.toLower(), 0);
        !email.isEmpty() && id != 0)
        return id;
    Person p;
    p.fullName = name.isEmpty() ? email : name;
    p.email = email;
    p.phone = d.values.value(QStringLiteral("phone"));
    p.organisationId = carrierId;
    const qint64 id = DirectoryService(db).createPerson(p);
    journal.inserted(QStringLiteral("person"), id);
    journal.directory.addPerson(id, email);
    return id;
}

void linkReferent(Database &db, qint64 initiativeId, qint64 personId, Journal &journal)
{
    InitiativePerson link;
    link.initiativeId = initiativeId;
    link.personId = personId;
    link.role = PersonRole::CarrierContact;
    journal.inserted(QStringLiteral("initiative_person"), InitiativeService(db).addPerson(link));
}

std::optional<double> optionalNumber(const QString &text)
{
    return text.isEmpty() ? std::nullopt : std::optional<double>(text.toDouble());
}

void addIndicator(
    Database &db, qint64 initiativeId, const ApplicationImport::Dossier &d, Journal &journal)
{
    Indicator ind;
    ind.initiativeId = initiativeId;
    ind.name = d.values.value(QStringLiteral("indicator"));
    ind.baseline = optionalNumber(d.values.value(QStringLiteral("initial")));
    ind.target = optionalNumber(d.values.value(QStringLiteral("target")));
    if (ind.name.isEmpty() && !ind.baseline && !ind.target)
        return;
    if (ind.name.isEmpty())
        ind.name = Tr::tr("Main impact");
    journal.inserted(QStringLiteral("indicator"), InitiativeService(db).addIndicator(ind));
}

QVariant columnValue(const QString &field, const QString &value)
{
    if (value.isEmpty())
        return QVariant();
    if (field == QLatin1String("budget"))
        return value.toLongLong();
    if (field == QLatin1String("initial") || field == QLatin1String("target"))
        return value.toDouble();
    return value;
}

void writeDossier(
    Database &db, qint64 promotionId, const ApplicationImport::Dossier &d, Journal &journal)
{
    qint64 id = d.initiativeId;
    Current current;
    if (id == 0) {
        Initiative i;
        i.promotionId = promotionId;
        i.carrierId = carrierOf(db, d, journal);
        i.name = d.values.value(QStringLiteral("name"));
        i.lifecycle = Lifecycle::Applicant;
        i.description = d.values.value(QStringLiteral("description"));
        i.website = d.values.value(QStringLiteral("website"));
        i.mainImpact = d.values.value(QStringLiteral("main_impact"));
        id = InitiativeService(db).create(i);
        journal.inserted(QStringLiteral("initiative"), id);
        if (const qint64 person = referentOf(db, d, i.carrierId, journal))
            linkReferent(db, id, person, journal);
        addIndicator(db, id, d, journal);
        Query(db,
            QStringLiteral("UPDATE initiative SET budget_cents = ?, admissibility = ?, "
                           "admissibility_note = ? WHERE id = ?"))
            .bindAll(
                columnValue(QStringLiteral("budget"), d.values.value(QStringLiteral("budget"))),
                d.values.value(QStringLiteral("admissibility"), QStringLiteral("unchecked")),
                nullableText(d.values.value(QStringLiteral("admissibility_note"))), id)
            .exec();
    } else {
        current = readCurrent(db, id);
        journal.touched(QStringLiteral("initiative"), id);
        RecordService records(db);
        static const QHash<QString, QPair<QString, QString>> columns = {
            { QStringLiteral("name"), { QStringLiteral("initiative"), QStringLiteral("name") } },
            { QStringLiteral("description"),
                { QStringLiteral("initiative"), QStringLiteral("description") } },
            { QStringLiteral("website"),
                { QStringLiteral("initiative"), QStringLiteral("website") } },
            { QStringLiteral("main_impact"),
                { QStringLiteral("initiative"), QStringLiteral("main_impact") } },
            { QStringLiteral("budget"),
                { QStringLiteral("initiative"), QStringLiteral("budget_cents") } },
            { QStringLiteral("admissibility"),
                { QStringLiteral("initiative"), QStringLiteral("admissibility") } },
            { QStringLiteral("admissibility_note"),
                { QStringLiteral("initiative"), QStringLiteral("admissibility_note") } },
            { QStringLiteral("carrier"),
                { QStringLiteral("organisation"), QStringLiteral("name") } },
            { QStringLiteral("siret"),
                { QStringLiteral("organisation"), QStringLiteral("siret") } },
            { QStringLiteral("rna"), { QStringLiteral("organisation"), QStringLiteral("rna") } },
            { QStringLiteral("referent"),
                { QStringLiteral("person"), QStringLiteral("full_name") } },
            { QStringLiteral("email"), { QStringLiteral("person"), QStringLiteral("email") } },
            { QStringLiteral("phone"), { QStringLiteral("person"), QStringLiteral("phone") } },
            { QStringLiteral("indicator"),
                { QStringLiteral("indicator"), QStringLiteral("name") } },
            { QStringLiteral("initial"),
                { QStringLiteral("indicator"), QStringLiteral("baseline") } },
            { QStringLiteral("target"), { QStringLiteral("indicator"), QStringLiteral("target") } },
        };
        bool newCarrier = false, newReferent = false, newIndicator = false;
        for (const ApplicationImport::FieldChange &change : d.changes) {
            if (change.conflict || !columns.contains(change.field))
                continue;
            const auto [table, column] = columns.value(change.field);
            qint64 row = id;
            if (table == QLatin1String("organisation"))
                row = current.carrierId;
            else if (table == QLatin1String("person"))
                row = current.personId;
            else if (table == QLatin1String("indicator"))
                row = current.indicatorId;
            if (row == 0) {
                // Nothing to update yet: created below from the dossier.
                newCarrier |= table == QLatin1String("organisation");
                newReferent |= table == QLatin1String("person");
                newIndicator |= table == QLatin1String("indicator");
                continue;
            }
            journal.touched(table, row);
            records.setValue(table, column, row,
                columnValue(change.field, d.values.value(change.field)),
                RecordService::Check::ValueOnly);
        }
        if (newCarrier) {
            if (const qint64 carrier = carrierOf(db, d, journal))
                records.setValue(QStringLiteral("initiative"), QStringLiteral("carrier_id"), id,
                    carrier, RecordService::Check::ValueOnly);
        }
        if (newReferent) {
            if (const qint64 person = referentOf(db, d, current.carrierId, journal))
                linkReferent(db, id, person, journal);
        }
        if (newIndicator)
            addIndicator(db, id, d, journal);
    }
    // What DS said this time, to tell its next changes from Tremplin's edits.
    QVariantMap snapshot = current.snapshot;
    for (auto it = d.values.begin(); it != d.values.end(); ++it)
        snapshot.insert(it.key(), it.value());
    Query(db,
        QStringLiteral("UPDATE initiative SET ds_number = ?, ds_state = ?, ds_updated_at = "
                       "COALESCE(?, ds_updated_at), ds_snapshot = ? WHERE id = ?"))
        .bindAll(d.dsNumber > 0 ? QVariant(d.dsNumber) : QVariant(QMetaType(QMetaType::LongLong)),
            nullableText(d.values.value(QStringLiteral("state"))),
            nullableText(d.values.value(QStringLiteral("updated_at"))),
            QString::fromUtf8(QJsonDocument(QJsonObject::fromVariantMap(snapshot))
                                  .toJson(QJsonDocument::Compact)),
            id)
        .exec();
}

} // namespace

QString ApplicationImport::targetLabel(Target target)
{
    switch (target) {
    case DsNumber:
        return Tr::tr("DS dossier number");
    case ProjectName:
        return Tr::tr("Project name");
    case CarrierName:
        return Tr::tr("Carrier organisation");
    case Siret:
        return Tr::tr("SIRET");
    case Rna:
        return Tr::tr("RNA number");
    case ReferentLastName:
        return Tr::tr("Referent's name");
    case ReferentFirstName:
        return Tr::tr("Referent's first name");
    case ReferentEmail:
        return Tr::tr("Referent's e-mail");
    case ReferentPhone:
        return Tr::tr("Referent's phone");
    case Description:
        return Tr::tr("Description");
    case Website:
        return Tr::tr("Website");
    case Budget:
        return Tr::tr("Budget");
    case MainImpact:
        return Tr::tr("Main impact");
    case IndicatorName:
        return Tr::tr("Impact indicator");
    case IndicatorInitial:
        return Tr::tr("Indicator's initial value");
    case IndicatorTarget:
        return Tr::tr("Indicator's target value");
    case State:
        return Tr::tr("DS state");
    case Motivation:
        return Tr::tr("Decision's motivation");
    case UpdatedAt:
        return Tr::tr("Last update");
    case Ignore:
        return Tr::tr("(ignore)");
    }
    return {};
}

QString ApplicationImport::fieldLabel(const QString &field)
{
    static const QHash<QString, Target> targets = { { QStringLiteral("name"), ProjectName },
        { QStringLiteral("carrier"), CarrierName }, { QStringLiteral("siret"), Siret },
        { QStringLiteral("rna"), Rna }, { QStringLiteral("email"), ReferentEmail },
        { QStringLiteral("phone"), ReferentPhone }, { QStringLiteral("description"), Description },
        { QStringLiteral("website"), Website }, { QStringLiteral("budget"), Budget },
        { QStringLiteral("main_impact"), MainImpact },
        { QStringLiteral("indicator"), IndicatorName },
        { QStringLiteral("initial"), IndicatorInitial },
        { QStringLiteral("target"), IndicatorTarget } };
    if (targets.contains(field))
        return targetLabel(targets.value(field));
    if (field == QLatin1String("referent"))
        return Tr::tr("Referent");
    if (field == QLatin1String("state"))
        return targetLabel(State);
    if (field == QLatin1String("admissibility"))
        return Tr::tr("Admissibility");
    if (field == QLatin1String("admissibility_note"))
        return Tr::tr("Admissibility note");
    return field;
}

QString ApplicationImport::outcomeLabel(Outcome outcome)
{
    switch (outcome) {
    case Outcome::New:
        return Tr::tr("New");
    case Outcome::Update:
        return Tr::tr("Update");
    case Outcome::Conflict:
        return Tr::tr("Conflict");
    case Outcome::Unchanged:
        return Tr::tr("Unchanged");
    case Outcome::Invalid:
        return Tr::tr("Invalid");
    }
    return {};
}

QString ApplicationImport::columnsHelp()
{
    QString text = Tr::tr("A Démarches simplifiées dossier export is recognised by its headers "
                          "(ID, État du dossier…). Other files: columns recognised by their "
                          "header (case, accents and punctuation do not matter):")
        + u'\n';
    for (const auto &[target, words] : synonyms())
        text += Tr::tr("  %1: %2").arg(targetLabel(target), words.join(QStringLiteral(", ")))
            + u'\n';
    text += Tr::tr("States: labels (Accepté, Refusé, Classé sans suite, En instruction…) or API "
                   "codes (accepte, refuse, sans_suite…). Accepted dossiers become admissible; "
                   "refused and closed ones not admissible, with the motivation as the note.")
        + u'\n';
    return text;
}

bool ApplicationImport::loadFile(const QString &path, Database &db, QString *error)
{
    const std::optional<QByteArray> bytes = readImportFile(
        path, MaxFileSize, Tr::tr("%1 is too large to be a list of applications."), error);
    if (!bytes)
        return false;
    m_source = QFileInfo(path).fileName();
    load(*bytes, db);
    return true;
}

void ApplicationImport::load(const QByteArray &bytes, Database &db)
{
    m_db = &db;
    const CsvTable table = readCsv(bytes);
    m_encoding = table.encoding;
    m_separator = table.separator;
    m_headers = table.headers;
    m_rows = table.rows;
    m_lines = table.lines;
    m_fileProblem = table.problem;
    guessMapping();
    check();
}

void ApplicationImport::guessMapping()
{
    QStringList keys;
    for (const QString &h : std::as_const(m_headers))
        keys << headerKey(h);
    m_ds = keys.contains(QStringLiteral("id")) && keys.contains(QStringLiteral("etat du dossier"));
    m_mapping = QList<Target>(m_headers.size(), Ignore);
    // Per meaning, its best synonym wins the first free column holding it: a DS export has
    // "Email" (the account) and "Adresse électronique" (the referent's), and the second is
    // the one wanted; the form's referent "Nom" comes before the second referent's.
    for (const auto &[target, words] : synonyms()) {
        bool found = false;
        for (const QString &word : words) {
            for (int c = 0; c < keys.size() && !found; ++c) {
                if (m_mapping.at(c) == Ignore && keys.at(c) == word) {
                    m_mapping[c] = target;
                    found = true;
                }
            }
            if (found)
                break;
        }
    }
}

void ApplicationImport::setMapping(int column, Target target)
{
    if (assignColumn(m_mapping, column, target, Ignore))
        check();
}

void ApplicationImport::setMappings(const QList<Target> &mapping)
{
    if (mapping.size() != m_headers.size())
        return;
    m_mapping = mapping;
    check();
}

QString ApplicationImport::layoutKey() const
{
    return headerLayoutKey(m_headers);
}

QList<ApplicationImport::Problem> ApplicationImport::problems() const
{
    QList<Problem> out = m_fileProblems;
    for (const Dossier &d : m_dossiers) {
        for (const QString &p : d.problems)
            out.append({ d.line, p });
    }
    return out;
}

int ApplicationImport::count(Outcome outcome) const
{
    return int(std::count_if(m_dossiers.begin(), m_dossiers.end(),
        [outcome](const Dossier &d) { return d.outcome == outcome; }));
}

void ApplicationImport::check()
{
    m_fileProblems.clear();
    m_dossiers.clear();
    if (!m_fileProblem.isEmpty()) {
        m_fileProblems.append({ 1, m_fileProblem });
        return;
    }
    if (!m_mapping.contains(ProjectName) && !m_mapping.contains(CarrierName))
        m_fileProblems.append(
            { 1, Tr::tr("No column holds the project's name (or its carrier's): map one.") });
    if (m_rows.isEmpty())
        m_fileProblems.append({ 1, Tr::tr("The file has no dossiers.") });
    if (!m_fileProblems.isEmpty() || !m_db)
        return;
    // The projects Tremplin holds under each SIRET and RNA, read once (a query per dossier
    // would scan the organisations each time: these columns have no index).
    m_known.clear();
    Query known(*m_db,
        QStringLiteral("SELECT o.siret, o.rna, i.name, COALESCE(i.ds_number, 0) FROM initiative "
                       "i JOIN organisation o ON o.id = i.carrier_id WHERE o.siret IS NOT NULL "
                       "OR o.rna IS NOT NULL ORDER BY i.id"));
    known.raw().setForwardOnly(true);
    known.exec();
    while (known.next()) {
        const QPair<QString, qint64> project { known.value(2).toString(),
            known.value(3).toLongLong() };
        if (!known.value(0).toString().isEmpty())
            m_known[QStringLiteral("siret:") + known.value(0).toString()].append(project);
        if (!known.value(1).toString().isEmpty())
            m_known[QStringLiteral("rna:") + known.value(1).toString()].append(project);
    }
    // Known identifiers, for probable duplicates: SIRET/RNA → the projects filed under them.
    QHash<QString, QList<int>> byIdentifier;
    for (int i = 0; i < m_rows.size(); ++i)
        checkRow(i, byIdentifier);
}

void ApplicationImport::checkRow(int index, QHash<QString, QList<int>> &byIdentifier)
{
    const QStringList &r = m_rows.at(index);
    Dossier d;
    d.line = m_lines.value(index, index + 2);
    auto cell = [&](Target t) -> std::optional<QString> {
        const int c = int(m_mapping.indexOf(t));
        if (c < 0)
            return std::nullopt;
        return r.value(c).trimmed();
    };
    for (const QString &p :
        { overlongCellProblem(r, MaxFieldLength), extraCellsProblem(r, int(m_headers.size())) })
        if (!p.isEmpty())
            d.problems << p;
    if (const auto n = cell(DsNumber); n && !n->isEmpty()) {
        bool ok = false;
        d.dsNumber = QString(*n).remove(u' ').toLongLong(&ok);
        if (!ok || d.dsNumber <= 0) {
            d.problems << Tr::tr("“%1” is not a dossier number").arg(shownCell(*n));
            d.dsNumber = 0;
        }
    }
    auto set = [&](const QString &key, Target t) {
        if (const auto v = cell(t))
            d.values[key] = *v;
    };
    set(QStringLiteral("name"), ProjectName);
    set(QStringLiteral("carrier"), CarrierName);
    // DS fills "Association titre" or "Entreprise raison sociale", whichever the carrier is.
    if (d.values.value(QStringLiteral("carrier")).isEmpty() && m_mapping.contains(CarrierName)) {
        const QStringList &words = synonyms().at(2).second;
        for (int c = 0; c < m_headers.size(); ++c) {
            if (m_mapping.at(c) == Ignore && words.contains(headerKey(m_headers.at(c)))
                && !r.value(c).trimmed().isEmpty()) {
                d.values[QStringLiteral("carrier")] = r.value(c).trimmed();
                break;
            }
        }
    }
    set(QStringLiteral("description"), Description);
    set(QStringLiteral("main_impact"), MainImpact);
    set(QStringLiteral("indicator"), IndicatorName);
    set(QStringLiteral("phone"), ReferentPhone);
    // The project's name: DS leaves "Nom du projet" empty when it is the organisation's.
    QString name = d.values.value(QStringLiteral("name"));
    if (name.isEmpty())
        name = d.values.value(QStringLiteral("carrier"));
    d.values[QStringLiteral("name")] = name;
    d.name = name;
    if (name.isEmpty())
        d.problems << Tr::tr("no project name");
    const auto last = cell(ReferentLastName);
    const auto first = cell(ReferentFirstName);
    if (last || first) {
        d.values[QStringLiteral("referent")]
            = QStringList { first.value_or(QString()), last.value_or(QString()) }
                  .join(u' ')
                  .simplified();
    }
    if (const auto siret = cell(Siret)) {
        const QString digits = identifiers::digitsOnly(*siret);
        d.values[QStringLiteral("siret")] = siret->isEmpty() ? QString() : digits;
        if (!siret->isEmpty()
            && (digits.size() != 14 || QString(*siret).remove(u' ') != digits
                || !identifiers::isValidSiret(digits)))
            d.problems << Tr::tr("“%1” is not a valid SIRET").arg(shownCell(*siret));
    }
    if (const auto rna = cell(Rna)) {
        const QString value = QString(*rna).remove(u' ').toUpper();
        d.values[QStringLiteral("rna")] = value;
        if (!value.isEmpty() && !identifiers::isValidRna(value))
            d.problems << Tr::tr("“%1” is not a valid RNA number").arg(shownCell(*rna));
    }
    if (const auto email = cell(ReferentEmail)) {
        d.values[QStringLiteral("email")] = *email;
        if (!email->isEmpty() && !validation::isValidEmail(*email))
            d.problems << Tr::tr("“%1” is not a valid e-mail address").arg(shownCell(*email));
    }
    if (const auto site = cell(Website)) {
        QString url = *site;
        // Forms get "www.example.org" as often as a full address.
        if (!url.isEmpty() && !url.contains(QLatin1String("://")) && url.contains(u'.')
            && !url.contains(u' '))
            url.prepend(QLatin1String("https://"));
        d.values[QStringLiteral("website")] = url;
        if (!url.isEmpty() && !validation::isValidWebsite(url))
            d.problems << Tr::tr("“%1” is not a website address").arg(shownCell(*site));
    }
    if (const auto budget = cell(Budget)) {
        d.values[QStringLiteral("budget")] = QString();
        if (!budget->isEmpty()) {
            const QLocale fr(QLocale::French, QLocale::France);
            const QLocale en(QLocale::English, QLocale::UnitedKingdom);
            auto amount = Money::parse(
                *budget, budget->contains(u',') && !budget->contains(u'.') ? fr : en);
            if (!amount)
                amount = Money::parse(*budget, fr);
            if (!amount || amount->cents() < 0)
                d.problems << Tr::tr("“%1” is not an amount").arg(shownCell(*budget));
            else if (amount->cents() > MaxImportedCents)
                d.problems << amountTooLargeProblem(*budget);
            else
                d.values[QStringLiteral("budget")] = QString::number(amount->cents());
        }
    }
    for (const auto &[key, target] : { std::pair { QStringLiteral("initial"), IndicatorInitial },
             std::pair { QStringLiteral("target"), IndicatorTarget } }) {
        if (const auto v = cell(target)) {
            d.values[key] = QString();
            if (!v->isEmpty()) {
                if (const auto number = parseNumber(*v))
                    d.values[key] = numberText(*number);
                else
                    d.problems << Tr::tr("“%1” is not a number (%2)")
                                      .arg(shownCell(*v), targetLabel(target));
            }
        }
    }
    QString state;
    if (const auto s = cell(State); s && !s->isEmpty()) {
        const QString key = headerKey(*s);
        for (const auto &[code, words] : states()) {
            if (words.contains(key))
                state = code;
        }
        if (state.isEmpty())
            d.problems << Tr::tr("“%1” is not a Démarches simplifiées state").arg(shownCell(*s));
    }
    d.values[QStringLiteral("state")] = state;
    if (const auto m = cell(Motivation))
        d.values[QStringLiteral("motivation")] = *m;
    if (const auto u = cell(UpdatedAt); u && !u->isEmpty()) {
        const QString stamp = parseTimestamp(*u);
        if (stamp.isEmpty())
            d.problems << Tr::tr("“%1” is not a date").arg(shownCell(*u));
        else if (!isPlausibleDate(QDate::fromString(stamp.left(10), Qt::ISODate)))
            d.problems << implausibleDateProblem(*u);
        d.values[QStringLiteral("updated_at")] = stamp;
    }
    // The DS state decides admissibility at import; the user can change it afterwards.
    if (m_mapping.contains(State)) {
        Admissibility a = Admissibility::Unchecked;
        QString note;
        if (state == QLatin1String("accepte")) {
            a = Admissibility::Admissible;
        } else if (state == QLatin1String("refuse") || state == QLatin1String("sans_suite")) {
            a = Admissibility::NotAdmissible;
            note = d.values.value(QStringLiteral("motivation"));
        }
        d.values[QStringLiteral("admissibility")] = toCode(a);
        d.values[QStringLiteral("admissibility_note")] = note;
    }
    // Twice the same dossier number in one file.
    for (const Dossier &other : std::as_const(m_dossiers)) {
        if (d.dsNumber != 0 && other.dsNumber == d.dsNumber) {
            d.problems << Tr::tr("dossier %1 is also on line %2").arg(d.dsNumber).arg(other.line);
            break;
        }
    }
    // A probable duplicate: the same SIRET or RNA and a close project name under another
    // dossier number, in the file or in the database.
    QStringList identifiers;
    for (const QString &key : { QStringLiteral("siret"), QStringLiteral("rna") }) {
        if (!d.values.value(key).isEmpty())
            identifiers << key + u':' + d.values.value(key);
    }
    if (!identifiers.isEmpty() && !name.isEmpty()) {
        bool reported = false;
        for (const QString &id : std::as_const(identifiers)) {
            for (const int o : byIdentifier.value(id)) {
                const Dossier &other = m_dossiers.at(o);
                if (!reported && other.dsNumber != d.dsNumber && closeNames(other.name, name)) {
                    d.problems << Tr::tr("probably the same project as line %1 (“%2”)")
                                      .arg(other.line)
                                      .arg(shownCell(other.name));
                    reported = true;
                }
            }
        }
        for (const QString &id : std::as_const(identifiers)) {
            for (const auto &[otherName, otherNumber] : m_known.value(id)) {
                // Another project, or the same dossier number (an update) is no duplicate.
                if (reported || (otherNumber != 0 && otherNumber == d.dsNumber)
                    || !closeNames(otherName, name))
                    continue;
                d.problems << (otherNumber == 0
                        ? Tr::tr("probably the same project as “%1”, already in Tremplin")
                              .arg(shownCell(otherName))
                        : Tr::tr("probably the same project as “%1” (dossier %2)")
                              .arg(shownCell(otherName), QString::number(otherNumber)));
                reported = true;
            }
        }
        for (const QString &id : std::as_const(identifiers))
            byIdentifier[id].append(int(m_dossiers.size()));
    }
    judge(d);
    m_dossiers.append(d);
}

void ApplicationImport::judge(Dossier &d)
{
    if (!d.problems.isEmpty()) {
        d.outcome = Outcome::Invalid;
        return;
    }
    if (d.dsNumber != 0) {
        d.initiativeId
            = Query(*m_db, QStringLiteral("SELECT id FROM initiative WHERE ds_number = ?"))
                  .bindAll(d.dsNumber)
                  .scalar()
                  .toLongLong();
    }
    if (d.initiativeId == 0) {
        d.outcome = Outcome::New;
        return;
    }
    const Current current = readCurrent(*m_db, d.initiativeId);
    const QString fileStamp = d.values.value(QStringLiteral("updated_at"));
    if (!fileStamp.isEmpty() && !current.updatedAt.isEmpty() && fileStamp < current.updatedAt) {
        d.outcome = Outcome::Unchanged;
        d.note = Tr::tr("this export is older than the last import: nothing changes");
        return;
    }
    for (const QString &key : fieldKeys()) {
        if (!d.values.contains(key))
            continue;
        const QString file = d.values.value(key);
        const QString now = current.values.value(key);
        // Without a snapshot (an initiative numbered by hand), Tremplin's value is the base.
        const QString base
            = current.snapshot.contains(key) ? current.snapshot.value(key).toString() : now;
        if (file == base || file == now)
            continue;
        const bool editedInTremplin = now != base;
        d.changes.append(
            { key, displayValue(key, now), displayValue(key, file), editedInTremplin });
    }
    const bool conflict = std::any_of(
        d.changes.begin(), d.changes.end(), [](const FieldChange &c) { return c.conflict; });
    d.outcome = conflict      ? Outcome::Conflict
        : d.changes.isEmpty() ? Outcome::Unchanged
                              : Outcome::Update;
}

int ApplicationImport::commit(bool skipInvalid)
{
    if (!m_db)
        throw Error(Tr::tr("No database is open."));
    if (!m_fileProblems.isEmpty())
        throw Error(m_fileProblems.first().message);
    const int invalid = count(Outcome::Invalid);
    if (invalid > 0 && !skipInvalid)
        throw Error(Tr::tr("%n dossier(s) have problems; nothing was imported.", nullptr, invalid));
    auto signature = [this] {
        QList<QPair<int, int>> s;
        for (const Dossier &d : std::as_const(m_dossiers))
            s.append({ d.line, int(d.outcome) });
        return s;
    };
    const auto seen = signature();
    WriteTransaction tx(*m_db);
    // Checked again inside the transaction: another window, an undo or another program may
    // have changed the database since the preview; nobody can now.
    check();
    if (signature() != seen)
        throw Error(Tr::tr("The database changed since the file was checked: check it again. "
                           "Nothing was imported."));
    m_written = {};
    Journal journal(*m_db, m_written);
    qint64 promotionId = 0;
    if (!m_promotion.isEmpty()) {
        ProgrammeService programmes(*m_db);
        promotionId = programmes.promotionId(m_promotion);
        if (promotionId < 0)
            throw Error(Tr::tr("Several promotions are named “%1”.").arg(m_promotion));
        if (promotionId == 0) {
            const QList<Programme> all = programmes.programmes();
            if (all.isEmpty())
                throw Error(Tr::tr("The file has no programme to add a promotion to."));
            Promotion p;
            p.programmeId = all.first().id;
            p.name = m_promotion;
            p.number = Query(*m_db,
                QStringLiteral("SELECT COALESCE(MAX(number), 0) + 1 FROM promotion WHERE "
                               "programme_id = ?"))
                           .bindAll(p.programmeId)
                           .scalar()
                           .toInt();
            promotionId = programmes.createPromotion(p);
            journal.inserted(QStringLiteral("promotion"), promotionId);
        }
    }
    int n = 0;
    for (const Dossier &d : std::as_const(m_dossiers)) {
        if (d.outcome == Outcome::Invalid || d.outcome == Outcome::Unchanged)
            continue;
        writeDossier(*m_db, promotionId, d, journal);
        ++n;
    }
    m_written.summary = Tr::tr("Imported %n application(s) from %1", nullptr, n).arg(m_source);
    journal.finish();
    tx.record(QStringLiteral("initiative"), 0, Change::Updated, m_written.summary);
    tx.touch(QStringLiteral("organisation"), 0);
    tx.touch(QStringLiteral("person"), 0);
    tx.touch(QStringLiteral("indicator"), 0);
    tx.commit();
    return n;
}

QString ApplicationImport::latestPromotion(Database &db)
{
    return Query(
        db, QStringLiteral("SELECT name FROM promotion ORDER BY number DESC, id DESC LIMIT 1"))
        .scalar()
        .toString();
}

bool ApplicationImport::createsPromotion() const
{
    return m_db && !m_promotion.isEmpty() && ProgrammeService(*m_db).promotionId(m_promotion) == 0;
}

void ApplicationImport::undo(Database &db, const Written &written)
{
    WriteTransaction tx(db);
    for (auto it = written.rows.crbegin(); it != written.rows.crend(); ++it) {
        if (it->before.isEmpty())
            Query(db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(it->table))
                .bindAll(it->id)
                .exec();
        else
            writeRow(db, it->table, it->id, it->before, false);
        tx.touch(it->table, it->id, it->before.isEmpty() ? Change::Deleted : Change::Updated);
    }
    tx.record(QStringLiteral("initiative"), 0, Change::Updated, QStringLiteral("undo import"));
    tx.commit();
}

void ApplicationImport::redo(Database &db, const Written &written)
{
    WriteTransaction tx(db);
    for (const Written::Row &row : written.rows) {
        if (row.after.isEmpty())
            continue;
        writeRow(db, row.table, row.id, row.after, row.before.isEmpty());
        tx.touch(row.table, row.id, row.before.isEmpty() ? Change::Inserted : Change::Updated);
    }
    tx.record(QStringLiteral("initiative"), 0, Change::Updated, written.summary);
    tx.commit();
}

} // namespace tremplin
