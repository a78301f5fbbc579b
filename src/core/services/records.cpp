// SPDX-License-Identifier: GPL-3.0-or-later
#include "records.h"

#include "../database/query.h"
#include "../database/sqldialect.h"
#include "../database/transaction.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../error.h"
#include "../validation/identifiers.h"
#include "../validation/validation.h"
#include "initiativeservice.h"
#include "searchindex.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QSqlRecord>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Fields)
};

// clang-format off
const FieldSpec fields[] = {
    { "initiative", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Name") },
    { "initiative", "one_liner", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "One-liner") },
    { "initiative", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "initiative", "website", FieldKind::Url, QT_TRANSLATE_NOOP("tremplin::Fields", "Website") },
    { "initiative", "domain", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Domain") },
    { "initiative", "territories", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Territories") },
    { "initiative", "town", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Town") },
    { "initiative", "main_impact", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Main impact") },
    { "initiative", "lifecycle", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Status"), &allCodes<Lifecycle> },
    { "initiative", "promotion_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Promotion") },
    { "initiative", "carrier_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Carrier") },
    { "initiative", "archived", FieldKind::Boolean, QT_TRANSLATE_NOOP("tremplin::Fields", "Archived") },
    { "initiative", "themes", FieldKind::Themes, QT_TRANSLATE_NOOP("tremplin::Fields", "Themes") },
    { "organisation", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Organisation name") },
    { "organisation", "legal_form", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Legal form"), &allCodes<LegalForm> },
    { "organisation", "siret", FieldKind::Siret, QT_TRANSLATE_NOOP("tremplin::Fields", "SIRET") },
    { "organisation", "rna", FieldKind::Rna, QT_TRANSLATE_NOOP("tremplin::Fields", "RNA number") },
    { "organisation", "address", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Address") },
    { "organisation", "postcode", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Postcode") },
    { "organisation", "town", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Town") },
    { "organisation", "website", FieldKind::Url, QT_TRANSLATE_NOOP("tremplin::Fields", "Website") },
    { "need", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Need kind"), &allCodes<NeedKind> },
    { "need", "title", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Need") },
    { "need", "description", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Description") },
    { "need", "priority", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Priority") },
    { "action_item", "title", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Action") },
    { "action_item", "need_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Need") },
    { "action_item", "owner_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Owner") },
    { "action_item", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "action_item", "priority", FieldKind::Integer, QT_TRANSLATE_NOOP("tremplin::Fields", "Priority") },
    { "action_item", "due_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Due date") },
    { "action_item", "status", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Action status"), &allCodes<ActionStatus> },
    { "action_item", "done_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Done on") },
    { "action_item", "notes", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "participation", "phase_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Phase") },
    { "participation", "status", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Status assessment"), &allCodes<PhaseStatus> },
    { "participation", "assessment", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Assessment") },
    { "participation", "actual_start", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Start"), nullptr, nullptr, "actual_end" },
    { "participation", "planned_start", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Planned start"), nullptr, nullptr, "planned_end" },
    { "participation", "planned_end", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Planned end"), nullptr, "planned_start" },
    { "participation", "actual_end", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "End"), nullptr, "actual_start" },
    { "person", "full_name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Full name") },
    { "person", "email", FieldKind::Email, QT_TRANSLATE_NOOP("tremplin::Fields", "E-mail") },
    { "person", "phone", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Phone") },
    { "person", "job_title", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Job title") },
    { "person", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "initiative_person", "person_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Person") },
    { "initiative_person", "role", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Role"), &allCodes<PersonRole> },
    { "initiative_person", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Administration") },
    { "initiative_person", "since", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Since") },
    { "initiative_partner", "administration_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Public partner") },
    { "initiative_partner", "since", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Since") },
    { "initiative_partner", "note", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Note") },
    { "journal_entry", "entry_date", FieldKind::RequiredDate, QT_TRANSLATE_NOOP("tremplin::Fields", "Date") },
    { "journal_entry", "kind", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Kind"), &allCodes<JournalKind> },
    { "journal_entry", "title", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Title") },
    { "journal_entry", "body", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "journal_entry", "author", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Author") },
    { "indicator", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Indicator") },
    { "indicator", "unit", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Unit") },
    { "indicator", "baseline", FieldKind::Real, QT_TRANSLATE_NOOP("tremplin::Fields", "Baseline") },
    { "indicator", "target", FieldKind::Real, QT_TRANSLATE_NOOP("tremplin::Fields", "Target") },
    { "indicator", "baseline_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Baseline date") },
    { "indicator", "target_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Target date") },
    { "indicator", "direction", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Direction"), &allCodes<IndicatorDirection> },
    { "measurement", "measured_on", FieldKind::RequiredDate, QT_TRANSLATE_NOOP("tremplin::Fields", "Measured on") },
    { "measurement", "value", FieldKind::RequiredReal, QT_TRANSLATE_NOOP("tremplin::Fields", "Value") },
    { "measurement", "note", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Note") },
    { "funding_source", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Funding source") },
    { "funding_source", "siret", FieldKind::Siret, QT_TRANSLATE_NOOP("tremplin::Fields", "SIRET") },
    { "grant_award", "funding_source_id", FieldKind::Reference, QT_TRANSLATE_NOOP("tremplin::Fields", "Funding source") },
    { "grant_award", "tranche", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Tranche"), &allCodes<TrancheKind> },
    { "grant_award", "committed_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Committed amount") },
    { "grant_award", "decision_reference", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision reference") },
    { "grant_award", "decision_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Decision date") },
    { "grant_award", "convention_date", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Convention date") },
    { "grant_award", "conditions", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Conditions for release") },
    { "grant_award", "conditions_met_on", FieldKind::Date, QT_TRANSLATE_NOOP("tremplin::Fields", "Conditions met on") },
    { "grant_award", "status", FieldKind::Code, QT_TRANSLATE_NOOP("tremplin::Fields", "Grant status"), &allCodes<GrantStatus> },
    { "grant_award", "budget_share", FieldKind::Real, QT_TRANSLATE_NOOP("tremplin::Fields", "Share of the project's budget") },
    { "grant_award", "notes", FieldKind::LongText, QT_TRANSLATE_NOOP("tremplin::Fields", "Notes") },
    { "disbursement", "paid_on", FieldKind::RequiredDate, QT_TRANSLATE_NOOP("tremplin::Fields", "Paid on") },
    { "disbursement", "amount_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Amount paid") },
    { "disbursement", "reference", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Payment reference") },
    { "disbursement", "override_reason", FieldKind::Text, QT_TRANSLATE_NOOP("tremplin::Fields", "Reason for exceeding the commitment") },
    { "promotion", "name", FieldKind::RequiredText, QT_TRANSLATE_NOOP("tremplin::Fields", "Promotion name") },
    { "promotion", "envelope_cents", FieldKind::Money, QT_TRANSLATE_NOOP("tremplin::Fields", "Budget envelope") },
};
// clang-format on

/// Tables rows can be inserted into and removed from through RecordService.
const char *const insertableTables[] = { "initiative", "organisation", "person", "need", "action_item",
                                         "participation", "journal_entry", "indicator",
                                         "measurement", "initiative_partner", "initiative_person",
                                         "grant_award", "disbursement", "funding_source", "theme" };

/// Every foreign key of the schema: what removing a row takes or changes with it.
struct ForeignKey
{
    const char *child;
    const char *column;
    const char *parent;
    bool cascade; ///< ON DELETE CASCADE; otherwise SET NULL
};
const ForeignKey foreignKeys[] = {
    { "promotion", "programme_id", "programme", true },
    { "phase", "programme_id", "programme", true },
    { "phase", "promotion_id", "promotion", true },
    { "administration", "parent_id", "administration", false },
    { "person", "organisation_id", "organisation", false },
    { "person", "administration_id", "administration", false },
    { "initiative", "promotion_id", "promotion", false },
    { "initiative", "carrier_id", "organisation", false },
    { "initiative_theme", "initiative_id", "initiative", true },
    { "initiative_theme", "theme_id", "theme", true },
    { "participation", "initiative_id", "initiative", true },
    { "participation", "phase_id", "phase", true },
    { "need", "initiative_id", "initiative", true },
    { "action_item", "initiative_id", "initiative", true },
    { "action_item", "need_id", "need", false },
    { "action_item", "owner_id", "person", false },
    { "action_item", "administration_id", "administration", false },
    { "initiative_person", "initiative_id", "initiative", true },
    { "initiative_person", "person_id", "person", true },
    { "initiative_person", "administration_id", "administration", false },
    { "initiative_partner", "initiative_id", "initiative", true },
    { "initiative_partner", "administration_id", "administration", true },
    { "funding_source", "administration_id", "administration", false },
    { "committee", "programme_id", "programme", true },
    { "committee", "promotion_id", "promotion", true },
    { "committee", "phase_id", "phase", false },
    { "decision", "committee_id", "committee", true },
    { "decision", "initiative_id", "initiative", true },
    { "grant_award", "initiative_id", "initiative", true },
    { "grant_award", "funding_source_id", "funding_source", false },
    { "grant_award", "decision_id", "decision", false },
    { "disbursement", "grant_id", "grant_award", true },
    { "indicator", "initiative_id", "initiative", true },
    { "measurement", "indicator_id", "indicator", true },
    { "journal_entry", "initiative_id", "initiative", true },
};

bool isInsertable(const QString &table)
{
    for (const char *t : insertableTables) {
        if (table == QLatin1String(t))
            return true;
    }
    return false;
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QDate toDate(const QVariant &v)
{
    if (v.metaType().id() == QMetaType::QDate)
        return v.toDate();
    return QDate::fromString(v.toString(), Qt::ISODate);
}

/// The value as it is stored (trimmed text, ISO dates, digits of a SIRET...), or an invalid
/// QVariant when it cannot be converted; a null QVariant stands for NULL.
QVariant normalise(const FieldSpec &spec, const QVariant &value)
{
    const QVariant nullText(QMetaType(QMetaType::QString));
    switch (spec.kind) {
    case FieldKind::Text:
    case FieldKind::RequiredText:
    case FieldKind::Url:
    case FieldKind::Email:
    case FieldKind::Rna: {
        const QString t = value.toString().trimmed();
        return t.isEmpty() ? nullText : QVariant(t);
    }
    case FieldKind::Code: {
        const QString t = value.toString().trimmed();
        return t.isEmpty() ? nullText : QVariant(t);
    }
    case FieldKind::LongText: {
        // Keep inner line breaks; drop trailing blank space only.
        QString t = value.toString();
        while (!t.isEmpty() && t.back().isSpace())
            t.chop(1);
        return t.trimmed().isEmpty() ? nullText : QVariant(t);
    }
    case FieldKind::Siret: {
        const QString raw = value.toString().trimmed();
        if (raw.isEmpty())
            return nullText;
        const QString digits = identifiers::digitsOnly(raw);
        // Only spaces may be dropped: "12A..." stays as typed so that it is refused.
        QString withoutSpaces = raw;
        withoutSpaces.remove(QLatin1Char(' '));
        withoutSpaces.remove(QChar(0x00a0));
        withoutSpaces.remove(QChar(0x202f));
        return withoutSpaces == digits ? QVariant(digits) : QVariant(withoutSpaces);
    }
    case FieldKind::Date:
    case FieldKind::RequiredDate: {
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return nullText;
        const QDate d = toDate(value);
        return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant();
    }
    case FieldKind::Integer: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case FieldKind::Money: {
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        return ok ? QVariant(n) : QVariant();
    }
    case FieldKind::Real:
    case FieldKind::RequiredReal: {
        if (value.isNull() || value.toString().trimmed().isEmpty())
            return QVariant(QMetaType(QMetaType::Double));
        bool ok = false;
        const double d = value.toDouble(&ok);
        return ok ? QVariant(d) : QVariant();
    }
    case FieldKind::Reference: {
        const qint64 id = value.toLongLong();
        return id > 0 ? QVariant(id) : QVariant(QMetaType(QMetaType::LongLong));
    }
    case FieldKind::Boolean:
        return QVariant(value.toBool() ? 1 : 0);
    case FieldKind::Themes: {
        QStringList themes;
        for (const QString &t : value.toStringList()) {
            const QString trimmed = t.trimmed();
            if (!trimmed.isEmpty() && !themes.contains(trimmed))
                themes.append(trimmed);
        }
        return themes;
    }
    }
    return {};
}

} // namespace

const FieldSpec *RecordService::field(const QString &table, const QString &column)
{
    for (const FieldSpec &f : fields) {
        if (table == QLatin1String(f.table) && column == QLatin1String(f.column))
            return &f;
    }
    return nullptr;
}

QString RecordService::label(const FieldSpec &spec)
{
    return QCoreApplication::translate("tremplin::Fields", spec.label);
}

QString RecordService::referencedTable(const QString &table, const QString &column)
{
    for (const ForeignKey &fk : foreignKeys) {
        if (table == QLatin1String(fk.child) && column == QLatin1String(fk.column))
            return QLatin1String(fk.parent);
    }
    return {};
}

RecordRows RecordService::children(const QString &table, const QString &parentColumn, qint64 parentId,
                                   const QStringList &columns, const QString &orderBy) const
{
    // Every name is checked against the allow-list or the foreign keys before it reaches SQL.
    const auto refused = [] { return Error(Tr::tr("This field cannot be edited.")); };
    if (referencedTable(table, parentColumn).isEmpty())
        throw refused();
    for (const QString &c : columns) {
        if (!field(table, c))
            throw refused();
    }
    const QSqlRecord known = m_db.connection().record(table);
    for (const QString &part : orderBy.split(QLatin1Char(','))) {
        const QStringList words = part.simplified().split(QLatin1Char(' '));
        const bool direction = words.size() == 1
            || (words.size() == 2 && (words.at(1) == QLatin1String("ASC") || words.at(1) == QLatin1String("DESC")));
        if (!direction || !known.contains(words.at(0)))
            throw refused();
    }
    Query q(m_db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %3 = ? ORDER BY %4")
                      .arg(columns.join(QStringLiteral(", ")), table, parentColumn, orderBy));
    q.bindAll(parentId).exec();
    RecordRows out;
    while (q.next()) {
        out.ids.append(q.value(0).toLongLong());
        QVariantList row;
        for (int c = 0; c < columns.size(); ++c)
            row.append(q.value(c + 1));
        out.rows.append(row);
    }
    return out;
}

QVariant RecordService::value(const QString &table, const QString &column, qint64 id) const
{
    const FieldSpec *spec = field(table, column);
    if (!spec)
        return {};
    if (spec->kind == FieldKind::Themes)
        return InitiativeService(m_db).themes(id);
    // Names come from the allow-list above, never from the caller's text.
    return Query(m_db, QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                           .arg(QLatin1String(spec->column), QLatin1String(spec->table)))
        .bindAll(id)
        .scalar();
}

QString RecordService::valueProblem(const FieldSpec &fieldSpec, const QVariant &value)
{
    const FieldSpec *spec = &fieldSpec;
    const QString name = label(*spec);
    const QVariant v = normalise(*spec, value);
    if (!v.isValid()) {
        switch (spec->kind) {
        case FieldKind::Date:
        case FieldKind::RequiredDate:
            return Tr::tr("%1: enter a valid date.").arg(name);
        default:
            return Tr::tr("%1: enter a number.").arg(name);
        }
    }
    switch (spec->kind) {
    case FieldKind::RequiredText:
        if (v.isNull())
            return Tr::tr("%1 cannot be empty.").arg(name);
        break;
    case FieldKind::RequiredDate:
    case FieldKind::RequiredReal:
        if (v.isNull())
            return Tr::tr("%1 cannot be empty.").arg(name);
        break;
    case FieldKind::Url:
        if (!v.isNull() && !validation::isValidWebsite(v.toString()))
            return Tr::tr("%1: enter a full address starting with http:// or https://.").arg(name);
        break;
    case FieldKind::Email:
        if (!v.isNull() && !validation::isValidEmail(v.toString()))
            return Tr::tr("%1: enter an e-mail address such as name@example.org.").arg(name);
        break;
    case FieldKind::Siret:
        if (!v.isNull())
            return validation::siretProblem(v.toString());
        break;
    case FieldKind::Rna:
        if (!v.isNull())
            return validation::rnaProblem(v.toString());
        break;
    case FieldKind::Money:
    case FieldKind::Integer:
        if (spec->kind == FieldKind::Money && v.toLongLong() < 0)
            return Tr::tr("%1 cannot be negative.").arg(name);
        break;
    case FieldKind::Code:
        if (v.isNull() || !spec->codes().contains(v.toString()))
            return Tr::tr("%1: this value is not one of the choices.").arg(name);
        break;
    default:
        break;
    }

    return {};
}

QString RecordService::problem(const QString &table, const QString &column, qint64 id,
                               const QVariant &value, Check check, const QVariantMap *pending) const
{
    const FieldSpec *spec = field(table, column);
    if (!spec)
        return Tr::tr("This field cannot be edited.");
    const QString kindProblem = valueProblem(*spec, value);
    if (!kindProblem.isEmpty())
        return kindProblem;
    const QString name = label(*spec);
    const QVariant v = normalise(*spec, value);

    if (spec->kind == FieldKind::Themes) {
        const QStringList unknown = InitiativeService(m_db).unknownThemes(v.toStringList());
        if (!unknown.isEmpty())
            return Tr::tr("“%1” is not a theme of the programme: choose one from the list or "
                          "create it with New Theme…")
                .arg(unknown.first());
    }
    // Rules that involve other values of the same record.
    if (spec->startColumn || spec->endColumn) {
        const bool isEnd = spec->startColumn != nullptr;
        const QString other = QLatin1String(isEnd ? spec->startColumn : spec->endColumn);
        const QDate otherDate = pending && pending->contains(other)
            ? toDate(normalise(*field(table, other), pending->value(other)))
            : toDate(RecordService(m_db).value(table, other, id));
        const QDate thisDate = toDate(v);
        if (otherDate.isValid() && thisDate.isValid()
            && (isEnd ? thisDate < otherDate : thisDate > otherDate))
            return Tr::tr("The end date cannot be before the start date.");
    }
    if (table == QLatin1String("disbursement") && column == QLatin1String("amount_cents")
        && v.toLongLong() <= 0)
        return Tr::tr("%1 must be greater than zero.").arg(name);
    if (table == QLatin1String("grant_award") && column == QLatin1String("budget_share") && !v.isNull()
        && (v.toDouble() < 0.01 || v.toDouble() > 1.0))
        return Tr::tr("%1 is a fraction between 0.01 and 1 (0.5 for half).").arg(name);
    if (table == QLatin1String("disbursement")
        && (column == QLatin1String("amount_cents") || column == QLatin1String("override_reason"))) {
        Query q(m_db, QStringLiteral("SELECT grant_id, amount_cents, override_reason FROM disbursement WHERE id = ?"));
        q.bindAll(id).exec();
        if (q.next()) {
            const qint64 grant = q.value(0).toLongLong();
            const qint64 amount = column == QLatin1String("amount_cents") ? v.toLongLong() : q.value(1).toLongLong();
            const QString reason = column == QLatin1String("override_reason") ? v.toString() : q.value(2).toString();
            q.raw().finish();
            const QString over = overCommitment(grant, id, amount, reason);
            if (!over.isEmpty())
                return over;
        }
    }
    if (table == QLatin1String("grant_award") && column == QLatin1String("committed_cents")) {
        const qint64 paid = Query(m_db, QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM disbursement WHERE grant_id = ?")).bindAll(id).scalar().toLongLong();
        const int overrides = Query(m_db, QStringLiteral("SELECT COUNT(*) FROM disbursement WHERE grant_id = ? AND override_reason IS NOT NULL")).bindAll(id).scalar().toInt();
        if (paid > v.toLongLong() && overrides == 0) {
            return Tr::tr("%1 already paid on this grant: the committed amount cannot be lower.")
                .arg(Money::fromCents(paid).toString());
        }
    }
    if (check == Check::Full && table == QLatin1String("participation") && !v.isNull()
        && (column == QLatin1String("actual_start") || column == QLatin1String("actual_end"))) {
        // An initiative takes part in a phase within the programme phase's dates.
        Query q(m_db, QStringLiteral("SELECT ph.name, COALESCE(ph.actual_start, ph.planned_start), "
                                     "COALESCE(ph.actual_end, ph.planned_end) FROM participation pa JOIN phase ph "
                                     "ON ph.id = pa.phase_id WHERE pa.id = ?"));
        q.bindAll(id).exec();
        if (q.next()) {
            const QDate first = toDate(q.value(1));
            const QDate last = toDate(q.value(2));
            const QDate d = toDate(v);
            if (first.isValid() && last.isValid() && (d < first || d > last)) {
                const QLocale locale;
                return Tr::tr("The dates must fall within the phase “%1”, from %2 to %3.")
                    .arg(q.value(0).toString(), locale.toString(first, QLocale::ShortFormat),
                         locale.toString(last, QLocale::ShortFormat));
            }
        }
    }
    if (check == Check::Full && table == QLatin1String("initiative")
        && column == QLatin1String("lifecycle")) {
        const auto from = fromCode<Lifecycle>(RecordService(m_db).value(table, column, id).toString());
        const auto to = fromCode<Lifecycle>(v.toString());
        if (from && to && *from != *to && !allowedTransitions(*from).contains(*to)) {
            return Tr::tr("An initiative cannot go from “%1” to “%2”.")
                .arg(tremplin::label(*from), tremplin::label(*to));
        }
    }
    if (check == Check::Full && table == QLatin1String("action_item")
        && column == QLatin1String("due_date") && !v.isNull()) {
        // Due dates fall within the programme of the action's initiative.
        Query q(m_db, QStringLiteral(
                          "SELECT MIN(COALESCE(ph.actual_start, ph.planned_start)), "
                          "MAX(COALESCE(ph.actual_end, ph.planned_end)) FROM phase ph JOIN "
                          "promotion pr ON pr.programme_id = ph.programme_id JOIN initiative i ON "
                          "i.promotion_id = pr.id JOIN action_item a ON a.initiative_id = i.id "
                          "WHERE a.id = ?"));
        q.bindAll(id).exec();
        if (q.next()) {
            const QDate first = toDate(q.value(0));
            const QDate last = toDate(q.value(1));
            const QDate due = toDate(v);
            if (first.isValid() && last.isValid() && (due < first || due > last)) {
                const QLocale locale;
                return Tr::tr("The due date must fall within the programme, from %1 to %2.")
                    .arg(locale.toString(first, QLocale::ShortFormat),
                         locale.toString(last, QLocale::ShortFormat));
            }
        }
    }
    return {};
}

QString RecordService::overCommitment(qint64 grantId, qint64 disbursementId, qint64 amountCents,
                                      const QString &overrideReason) const
{
    if (!overrideReason.trimmed().isEmpty())
        return {};
    const qint64 committed = Query(m_db, QStringLiteral("SELECT committed_cents FROM grant_award WHERE id = ?"))
                                 .bindAll(grantId)
                                 .scalar()
                                 .toLongLong();
    const qint64 others = Query(m_db, QStringLiteral("SELECT COALESCE(SUM(amount_cents), 0) FROM "
                                                     "disbursement WHERE grant_id = ? AND id <> ?"))
                              .bindAll(grantId, disbursementId)
                              .scalar()
                              .toLongLong();
    if (others + amountCents > committed) {
        return Tr::tr("This payment would bring the total paid to %1, above the %2 committed. "
                      "Record a reason to override the limit.")
            .arg(Money::fromCents(others + amountCents).toString(), Money::fromCents(committed).toString());
    }
    return {};
}

void RecordService::setValue(const QString &table, const QString &column, qint64 id,
                             const QVariant &value, Check check)
{
    const QString refusal = problem(table, column, id, value, check);
    if (!refusal.isEmpty())
        throw Error(refusal);
    const FieldSpec &spec = *field(table, column);
    const QVariant v = normalise(spec, value);
    WriteTransaction tx(m_db);
    if (spec.kind == FieldKind::Themes) {
        InitiativeService(m_db).setThemes(id, v.toStringList());
    } else {
        Query q(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?")
                          .arg(QLatin1String(spec.table), QLatin1String(spec.column)));
        q.bindAll(v, id).exec();
        if (q.rowsAffected() != 1)
            throw Error(Tr::tr("This record no longer exists."));
    }
    if (table == QLatin1String("initiative")) {
        Query(m_db, QStringLiteral("UPDATE initiative SET updated_at = ? WHERE id = ?"))
            .bindAll(now(), id)
            .exec();
        if (column == QLatin1String("name") || column == QLatin1String("description")
            || column == QLatin1String("town") || column == QLatin1String("carrier_id"))
            refreshInitiativeSearchKey(m_db, id);
    } else if (table == QLatin1String("organisation") && column == QLatin1String("name")) {
        refreshSearchKeysOfCarrier(m_db, id);
    }
    tx.record(table, id, Change::Updated, column);
    tx.commit();
}

void RecordService::setValues(const QString &table, qint64 id, const QVariantMap &values, Check check)
{
    if (values.isEmpty())
        return;
    QStringList assignments;
    QVariantList bound;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        const QString refusal = problem(table, it.key(), id, it.value(), check, &values);
        if (!refusal.isEmpty())
            throw Error(refusal);
        const FieldSpec *spec = field(table, it.key());
        if (spec->kind == FieldKind::Themes)
            throw Error(Tr::tr("This field cannot be edited."));
        assignments << QStringLiteral("%1 = ?").arg(QLatin1String(spec->column));
        bound << normalise(*spec, it.value());
    }
    WriteTransaction tx(m_db);
    Query q(m_db, QStringLiteral("UPDATE %1 SET %2 WHERE id = ?").arg(table, assignments.join(QStringLiteral(", "))));
    for (const QVariant &v : std::as_const(bound))
        q.bind(v);
    q.bind(id);
    q.exec();
    if (q.rowsAffected() != 1)
        throw Error(Tr::tr("This record no longer exists."));
    tx.record(table, id, Change::Updated, values.keys().join(QStringLiteral(", ")));
    tx.commit();
}

qint64 RecordService::insert(const QString &table, const QVariantMap &values)
{
    if (!isInsertable(table) || values.isEmpty())
        throw Error(Tr::tr("This record cannot be created here."));
    // Columns must exist in the table: check them against the database's own description.
    const QSqlRecord columns = m_db.connection().record(table);
    QStringList names;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!columns.contains(it.key()) || it.key() == QLatin1String("id"))
            throw Error(Tr::tr("This record cannot be created here."));
        names.append(it.key());
    }
    // The values' own rules, then the rules that involve other rows.
    for (const QString &n : std::as_const(names)) {
        if (const FieldSpec *spec = field(table, n)) {
            const QString p = valueProblem(*spec, values.value(n));
            if (!p.isEmpty())
                throw Error(p);
        }
    }
    QVariantMap checked = values;
    if (table == QLatin1String("theme")) {
        // The programme's list of themes: a new one is never a near-duplicate of another.
        const QString themeProblem = InitiativeService(m_db).newThemeProblem(values.value(QStringLiteral("name")).toString());
        if (!themeProblem.isEmpty())
            throw Error(themeProblem);
        checked.insert(QStringLiteral("name"), values.value(QStringLiteral("name")).toString().simplified());
    }
    if (table == QLatin1String("disbursement")) {
        if (values.value(QStringLiteral("amount_cents")).toLongLong() <= 0)
            throw Error(Tr::tr("%1 must be greater than zero.").arg(label(*field(table, QStringLiteral("amount_cents")))));
        const QString over = overCommitment(values.value(QStringLiteral("grant_id")).toLongLong(), 0,
                                            values.value(QStringLiteral("amount_cents")).toLongLong(),
                                            values.value(QStringLiteral("override_reason")).toString());
        if (!over.isEmpty())
            throw Error(over);
    }
    WriteTransaction tx(m_db);
    const bool hasId = columns.contains(QStringLiteral("id"));
    Query q(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                      .arg(table, names.join(QStringLiteral(", ")), placeholders(int(names.size())),
                           hasId ? QStringLiteral(" RETURNING id") : QString()));
    for (const QString &n : names)
        q.bind(checked.value(n));
    qint64 id = 0;
    if (hasId)
        id = q.execReturningId();
    else
        q.exec();
    if (table == QLatin1String("initiative"))
        refreshInitiativeSearchKey(m_db, id);
    tx.record(table, id, Change::Inserted, QString());
    tx.commit();
    return id;
}

namespace {

void collect(Database &db, const QString &table, const QString &column, const QVariant &key,
             RemovedRecord &out)
{
    Query q(db, QStringLiteral("SELECT * FROM %1 WHERE %2 = ?").arg(table, column));
    q.bindAll(key).exec();
    RemovedRecord::Rows rows { table, {} };
    const QSqlRecord rec = q.raw().record();
    while (q.next()) {
        QVariantMap row;
        for (int i = 0; i < rec.count(); ++i)
            row.insert(rec.fieldName(i), q.value(i));
        rows.rows.append(row);
    }
    if (rows.rows.isEmpty())
        return;
    out.rows.append(rows);
    for (const QVariantMap &row : std::as_const(rows.rows)) {
        if (!row.contains(QStringLiteral("id")))
            continue;
        const QVariant id = row.value(QStringLiteral("id"));
        for (const ForeignKey &fk : foreignKeys) {
            if (table != QLatin1String(fk.parent))
                continue;
            if (fk.cascade) {
                collect(db, QLatin1String(fk.child), QLatin1String(fk.column), id, out);
            } else {
                Query n(db, QStringLiteral("SELECT id, %1 FROM %2 WHERE %1 = ?")
                                .arg(QLatin1String(fk.column), QLatin1String(fk.child)));
                n.bindAll(id).exec();
                RemovedRecord::Nulled nulled { QLatin1String(fk.child), QLatin1String(fk.column), {} };
                while (n.next())
                    nulled.values.append({ n.value(0).toLongLong(), n.value(1) });
                if (!nulled.values.isEmpty())
                    out.nulled.append(nulled);
            }
        }
    }
}

/// The search keys hold the themes' names: refresh those of the initiatives that had (or get
/// back) a removed theme.
void refreshSearchKeysOfThemed(Database &db, const RemovedRecord &removed)
{
    for (const RemovedRecord::Rows &rows : removed.rows) {
        if (rows.table != QLatin1String("initiative_theme"))
            continue;
        for (const QVariantMap &row : rows.rows)
            refreshInitiativeSearchKey(db, row.value(QStringLiteral("initiative_id")).toLongLong());
    }
}

} // namespace

RemovedRecord RecordService::remove(const QString &table, qint64 id)
{
    if (!isInsertable(table))
        throw Error(Tr::tr("This record cannot be deleted here."));
    WriteTransaction tx(m_db);
    RemovedRecord removed;
    removed.table = table;
    removed.id = id;
    collect(m_db, table, QStringLiteral("id"), id, removed);
    if (removed.rows.isEmpty())
        throw Error(Tr::tr("This record no longer exists."));
    Query(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table)).bindAll(id).exec();
    if (table == QLatin1String("organisation"))
        refreshSearchKeysOfCarrier(m_db, id); // none left: carrier_id was set to NULL
    if (table == QLatin1String("theme"))
        refreshSearchKeysOfThemed(m_db, removed);
    tx.record(table, id, Change::Deleted, QString());
    tx.commit();
    return removed;
}

void RecordService::restore(const RemovedRecord &removed)
{
    WriteTransaction tx(m_db);
    // Rows come back in any order; the foreign keys are checked at commit.
    {
        QSqlDatabase c = m_db.connection();
        m_db.dialect().deferForeignKeys(c);
    }
    for (const RemovedRecord::Rows &rows : removed.rows) {
        for (const QVariantMap &row : rows.rows) {
            QStringList names = row.keys();
            Query q(m_db, QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                              .arg(rows.table, names.join(QStringLiteral(", ")),
                                   placeholders(int(names.size()))));
            for (const QString &n : names)
                q.bind(row.value(n));
            q.exec();
        }
    }
    for (const RemovedRecord::Nulled &nulled : removed.nulled) {
        for (const auto &[rowId, value] : nulled.values) {
            Query(m_db, QStringLiteral("UPDATE %1 SET %2 = ? WHERE id = ?").arg(nulled.table, nulled.column))
                .bindAll(value, rowId)
                .exec();
        }
    }
    if (removed.table == QLatin1String("organisation"))
        refreshSearchKeysOfCarrier(m_db, removed.id);
    if (removed.table == QLatin1String("theme"))
        refreshSearchKeysOfThemed(m_db, removed);
    tx.record(removed.table, removed.id, Change::Inserted, QString());
    tx.commit();
}

} // namespace tremplin
