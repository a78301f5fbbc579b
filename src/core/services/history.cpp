// SPDX-License-Identifier: GPL-3.0-or-later
#include "history.h"

#include "../database/query.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../exports/csv.h"
#include "../exports/savefile.h"
#include "records.h"

#include <QCoreApplication>
#include <QHash>
#include <QLocale>

namespace tremplin {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::History)
};

/// The name of a row another row refers to ("initiative_id" = 3: the initiative's name), read
/// once per history.
class Names
{
public:
    explicit Names(Database &db)
        : m_db(db)
    { }
    QString of(const QString &table, const QString &column, const QString &id)
    {
        static const struct
        {
            const char *column;
            const char *table;
            const char *name;
        } references[] = {
            { "initiative_id", "initiative", "name" },
            { "person_id", "person", "full_name" },
            { "owner_id", "person", "full_name" },
            { "organisation_id", "organisation", "name" },
            { "carrier_id", "organisation", "name" },
            { "administration_id", "administration", "name" },
            { "funding_source_id", "funding_source", "name" },
            { "phase_id", "phase", "name" },
            { "committee_id", "committee", "name" },
            { "criterion_id", "jury_criterion", "name" },
        };
        Q_UNUSED(table)
        for (const auto &r : references) {
            if (column != QLatin1String(r.column))
                continue;
            const QString key = QLatin1String(r.table) + QLatin1Char(':') + id;
            auto it = m_cache.constFind(key);
            if (it == m_cache.cend()) {
                const QVariant name = Query(m_db,
                    QStringLiteral("SELECT %1 FROM %2 WHERE id = ?")
                        .arg(QLatin1String(r.name), QLatin1String(r.table)))
                                          .bindAll(id.toLongLong())
                                          .scalar();
                // A row deleted since: its number.
                it = m_cache.insert(key,
                    name.isValid() && !name.isNull() ? name.toString()
                                                     : QStringLiteral("#%1").arg(id));
            }
            return *it;
        }
        return {};
    }

private:
    Database &m_db;
    QHash<QString, QString> m_cache;
};

/// A stored value as the user reads it.
QString shown(const QString &table, const QString &column, const QVariant &value, Names &names)
{
    if (value.isNull())
        return {};
    const QString text = value.toString();
    if (column.endsWith(QLatin1String("_id"))) {
        const QString name = names.of(table, column, text);
        if (!name.isEmpty())
            return name;
    }
    // Columns the services write as 0/1 and as a share, shown as the form shows them.
    if (column == QLatin1String("illustrative"))
        return text == QLatin1String("1") ? Tr::tr("yes") : Tr::tr("no");
    if (column == QLatin1String("budget_share")) {
        bool ok = false;
        const double share = text.toDouble(&ok);
        if (ok)
            return Tr::tr("%1%", "a percentage").arg(QLocale().toString(share * 100.0, 'g', 12));
    }
    const FieldSpec *spec = RecordService::field(table, column);
    const bool money
        = spec ? spec->kind == FieldKind::Money : column.endsWith(QLatin1String("_cents"));
    if (money) {
        bool ok = false;
        const qint64 cents = text.toLongLong(&ok);
        return ok ? Money::fromCents(cents).toString(QLocale()) : text;
    }
    if (!spec)
        return RecordService::codeLabel(table, column, text);
    switch (spec->kind) {
    case FieldKind::Date:
    case FieldKind::RequiredDate: {
        const QDate d = QDate::fromString(text, Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : text;
    }
    case FieldKind::Boolean:
        return text == QLatin1String("1") ? Tr::tr("yes") : Tr::tr("no");
    case FieldKind::Real:
    case FieldKind::RequiredReal: {
        bool ok = false;
        const double d = text.toDouble(&ok);
        return ok ? QLocale().toString(d, 'g', 12) : text;
    }
    case FieldKind::Code:
        return RecordService::codeLabel(table, column, text);
    default:
        return text;
    }
}

QString fieldLabel(const QString &table, const QString &column)
{
    if (const FieldSpec *spec = RecordService::field(table, column))
        return RecordService::label(*spec);
    static const struct
    {
        const char *column;
        const char *label;
    } others[] = {
        { "score", QT_TRANSLATE_NOOP("tremplin::History", "Score") },
        { "outcome", QT_TRANSLATE_NOOP("tremplin::History", "Outcome") },
        { "reason", QT_TRANSLATE_NOOP("tremplin::History", "Reason") },
        { "kind", QT_TRANSLATE_NOOP("tremplin::History", "Kind") },
        { "phase_id", QT_TRANSLATE_NOOP("tremplin::History", "Phase") },
        { "initiative_id", QT_TRANSLATE_NOOP("tremplin::History", "Initiative") },
        { "committed_cents", QT_TRANSLATE_NOOP("tremplin::History", "Amount committed") },
        { "amount_cents", QT_TRANSLATE_NOOP("tremplin::History", "Amount") },
        { "tranche", QT_TRANSLATE_NOOP("tremplin::History", "Tranche") },
        { "status", QT_TRANSLATE_NOOP("tremplin::History", "Status") },
        { "paid_on", QT_TRANSLATE_NOOP("tremplin::History", "Paid on") },
        { "reference", QT_TRANSLATE_NOOP("tremplin::History", "Reference") },
        { "illustrative", QT_TRANSLATE_NOOP("tremplin::History", "Illustrative") },
        { "comment", QT_TRANSLATE_NOOP("tremplin::History", "Comment") },
        { "conflict", QT_TRANSLATE_NOOP("tremplin::History", "Conflict of interest") },
        { "assignments", QT_TRANSLATE_NOOP("tremplin::History", "Assignments") },
    };
    for (const auto &o : others) {
        if (column == QLatin1String(o.column))
            return QCoreApplication::translate("tremplin::History", o.label);
    }
    return column;
}

/// A line as read, before steps are formed.
struct Line
{
    qint64 id = 0;
    qint64 step = 0;
    QDateTime when;
    QString actor, entity, operation, summary, field;
    qint64 entityId = 0;
    QVariant before, after;
    bool erased = false;
};

bool sameValue(const QVariant &a, const QVariant &b)
{
    return a.isNull() == b.isNull() && a.toString() == b.toString();
}

/// Whether @p next continues the typing of @p previous (see HistoryService): one field of one
/// record, the same person, close in time, starting from where the previous ended and not
/// going back to where it started (an undo).
bool continuesTyping(const HistoryStep &previous, const QVariant &firstBefore,
    const Line &lastOfPrevious, const HistoryStep &next, const Line &lineOfNext)
{
    if (previous.operation != QLatin1String("update") || next.operation != QLatin1String("update"))
        return false;
    if (previous.changes.size() != 1 || next.changes.size() != 1)
        return false;
    // Only a form writes while the user types, through RecordService::setValue, whose lines
    // are summarised by their column (a jury score is one step a cell, never merged).
    if (next.summary != lineOfNext.field || previous.summary != lastOfPrevious.field)
        return false;
    if (previous.entity != next.entity || previous.entityId != next.entityId
        || previous.actor != next.actor || lastOfPrevious.field != lineOfNext.field)
        return false;
    if (lastOfPrevious.when.msecsTo(lineOfNext.when) > HistoryService::MergeWindowMs)
        return false;
    return sameValue(lastOfPrevious.after, lineOfNext.before)
        && !sameValue(lineOfNext.after, firstBefore);
}

} // namespace

QString HistoryStep::what() const
{
    const QString record = HistoryService::entityLabel(entity);
    if (operation == QLatin1String("insert"))
        return Tr::tr("%1 created").arg(record);
    if (operation == QLatin1String("delete"))
        return Tr::tr("%1 deleted").arg(record);
    return Tr::tr("%1 changed").arg(record);
}

QString HistoryStep::changesText() const
{
    QStringList lines;
    // A step that wrote several kinds of record (a decision and its grants) names each.
    const bool several = std::any_of(changes.cbegin(), changes.cend(),
        [this](const HistoryChange &c) { return c.entity != entity; });
    for (const HistoryChange &c : changes) {
        const QString field = several
            ? Tr::tr("%1 – %2").arg(HistoryService::entityLabel(c.entity), c.label)
            : c.label;
        if (c.erased) {
            lines << Tr::tr("%1: (erased)").arg(field);
            continue;
        }
        const QString none = Tr::tr("(none)");
        lines << Tr::tr("%1: %2 → %3")
                     .arg(field, c.before.isEmpty() ? none : c.before,
                         c.after.isEmpty() ? none : c.after);
    }
    if (lines.isEmpty() && !summary.isEmpty())
        lines << summary;
    return lines.join(QLatin1Char('\n'));
}

bool HistoryFilter::accepts(const HistoryStep &step) const
{
    const QDate day = step.when.toLocalTime().date();
    if (from.isValid() && day < from)
        return false;
    if (to.isValid() && day > to)
        return false;
    if (!actor.trimmed().isEmpty() && !step.actor.contains(actor.trimmed(), Qt::CaseInsensitive))
        return false;
    if (!field.trimmed().isEmpty()) {
        const QString f = field.trimmed();
        const bool any
            = std::any_of(step.changes.cbegin(), step.changes.cend(), [&f](const HistoryChange &c) {
                  return c.label.contains(f, Qt::CaseInsensitive)
                      || c.field.compare(f, Qt::CaseInsensitive) == 0;
              });
        if (!any)
            return false;
    }
    const QString t = text.trimmed();
    if (t.isEmpty())
        return true;
    for (const QString &s : { step.actor, step.what(), step.changesText() }) {
        if (s.contains(t, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

QString HistoryService::entityLabel(const QString &table)
{
    static const struct
    {
        const char *table;
        const char *label;
    } names[] = {
        { "initiative", QT_TRANSLATE_NOOP("tremplin::History", "Initiative") },
        { "grant_award", QT_TRANSLATE_NOOP("tremplin::History", "Grant") },
        { "disbursement", QT_TRANSLATE_NOOP("tremplin::History", "Payment") },
        { "committee", QT_TRANSLATE_NOOP("tremplin::History", "Session") },
        { "jury_session", QT_TRANSLATE_NOOP("tremplin::History", "Jury session") },
        { "decision", QT_TRANSLATE_NOOP("tremplin::History", "Committee decision") },
        { "jury_decision", QT_TRANSLATE_NOOP("tremplin::History", "Jury decision") },
        { "jury_score", QT_TRANSLATE_NOOP("tremplin::History", "Jury score") },
        { "agenda_item", QT_TRANSLATE_NOOP("tremplin::History", "Agenda item") },
        { "committee_member", QT_TRANSLATE_NOOP("tremplin::History", "Member") },
        { "recusal", QT_TRANSLATE_NOOP("tremplin::History", "Recusal") },
        { "participation", QT_TRANSLATE_NOOP("tremplin::History", "Phase") },
        { "need", QT_TRANSLATE_NOOP("tremplin::History", "Need") },
        { "action_item", QT_TRANSLATE_NOOP("tremplin::History", "Action") },
        { "initiative_person", QT_TRANSLATE_NOOP("tremplin::History", "Person's role") },
        { "indicator", QT_TRANSLATE_NOOP("tremplin::History", "Indicator") },
        { "measurement", QT_TRANSLATE_NOOP("tremplin::History", "Measurement") },
        { "journal_entry", QT_TRANSLATE_NOOP("tremplin::History", "Journal entry") },
        { "person", QT_TRANSLATE_NOOP("tremplin::History", "Person") },
    };
    for (const auto &n : names) {
        if (table == QLatin1String(n.table))
            return QCoreApplication::translate("tremplin::History", n.label);
    }
    return table;
}

QList<HistoryStep> HistoryService::steps(Scope scope, qint64 id, const HistoryFilter &filter) const
{
    // Lines written before schema 12 have no scope: the record's own lines are still shown.
    QString where;
    switch (scope) {
    case Scope::Initiative:
        where = QStringLiteral(
            "(scope = 'initiative' AND scope_id = :id) OR (scope = 'grant_award' AND scope_id IN "
            "(SELECT id FROM grant_award WHERE initiative_id = :id)) OR (scope IS NULL AND "
            "entity = 'initiative' AND entity_id = :id)");
        break;
    case Scope::Grant:
        where = QStringLiteral("(scope = 'grant_award' AND scope_id = :id) OR (scope IS NULL AND "
                               "entity = 'grant_award' AND entity_id = :id)");
        break;
    case Scope::Committee:
        where = QStringLiteral("(scope = 'committee' AND scope_id = :id) OR (scope IS NULL AND "
                               "entity = 'committee' AND entity_id = :id)");
        break;
    }
    where.replace(QLatin1String(":id"), QLatin1String("?"));
    Query q(m_db,
        QStringLiteral("SELECT id, COALESCE(step, id), changed_at, actor, entity, entity_id, "
                       "operation, summary, field, old_value, new_value, erased_at FROM audit_log "
                       "WHERE %1 ORDER BY id")
            .arg(where));
    for (int i = 0, n = int(where.count(QLatin1Char('?'))); i < n; ++i)
        q.bind(id);
    q.exec();
    QList<HistoryStep> out;
    Names names(m_db);
    Line last; // the last line of the last step
    QVariant firstBefore; // where a run of typing started
    while (q.next()) {
        Line l;
        l.id = q.value(0).toLongLong();
        l.step = q.value(1).toLongLong();
        l.when = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
        l.when.setTimeSpec(Qt::UTC);
        l.actor = q.value(3).toString();
        l.entity = q.value(4).toString();
        l.entityId = q.value(5).toLongLong();
        l.operation = q.value(6).toString();
        l.summary = q.value(7).toString();
        l.field = q.value(8).toString();
        l.before = q.value(9);
        l.after = q.value(10);
        l.erased = !q.value(11).isNull();
        HistoryChange change;
        if (!l.field.isEmpty()) {
            change = { l.entity, l.field, fieldLabel(l.entity, l.field),
                shown(l.entity, l.field, l.before, names), shown(l.entity, l.field, l.after, names),
                l.erased };
        }
        if (!out.isEmpty() && out.constLast().step == l.step) {
            if (!l.field.isEmpty())
                out.last().changes.append(change);
            last = l;
            continue;
        }
        HistoryStep s;
        s.step = l.step;
        s.when = l.when;
        s.actor = l.actor;
        s.entity = l.entity;
        s.entityId = l.entityId;
        s.operation = l.operation;
        s.summary = l.summary;
        if (!l.field.isEmpty())
            s.changes.append(change);
        if (!out.isEmpty() && continuesTyping(out.constLast(), firstBefore, last, s, l)) {
            HistoryChange &merged = out.last().changes.first();
            merged.after = change.after;
            out.last().when = l.when;
            last = l;
            continue;
        }
        firstBefore = l.before;
        out.append(s);
        last = l;
    }
    out.removeIf([&filter](const HistoryStep &s) { return !filter.accepts(s); });
    return out;
}

qint64 HistoryService::committeeNamed(const QString &name) const
{
    const QVariant id
        = Query(m_db, QStringLiteral("SELECT id FROM committee WHERE name = ? ORDER BY id LIMIT 1"))
              .bindAll(name.trimmed())
              .scalar();
    if (id.isValid() && !id.isNull())
        return id.toLongLong();
    bool ok = false;
    const qint64 number = name.trimmed().toLongLong(&ok);
    return ok && exists(Scope::Committee, number) ? number : 0;
}

bool HistoryService::exists(Scope scope, qint64 id) const
{
    const char *table = scope == Scope::Initiative ? "initiative"
        : scope == Scope::Grant                    ? "grant_award"
                                                   : "committee";
    return Query(m_db,
               QStringLiteral("SELECT COUNT(*) FROM %1 WHERE id = ?").arg(QLatin1String(table)))
               .bindAll(id)
               .scalar()
               .toLongLong()
        > 0;
}

CsvProfile HistoryService::localProfile()
{
    return QLocale().language() == QLocale::French ? CsvProfile::ExcelFrench : CsvProfile::Rfc4180;
}

QByteArray HistoryService::csv(const QList<HistoryStep> &steps, CsvProfile profile)
{
    const QChar sep = profile == CsvProfile::ExcelFrench ? QLatin1Char(';') : QLatin1Char(',');
    const QString eol = QStringLiteral("\r\n");
    QString text = csv::line({ Tr::tr("Step"), Tr::tr("When"), Tr::tr("Who"), Tr::tr("What"),
                                 Tr::tr("Field"), Tr::tr("Before"), Tr::tr("After") },
                       csv::Cell::Value, sep)
        + eol;
    for (const HistoryStep &s : steps) {
        const QString when = s.when.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
        const QStringList head = { QString::number(s.step), when, s.actor, s.what() };
        if (s.changes.isEmpty()) {
            text += csv::line(head + QStringList { QString(), s.summary, QString() },
                        csv::Cell::Text, sep)
                + eol;
        }
        for (const HistoryChange &c : s.changes) {
            const QString erased = Tr::tr("(erased)");
            text += csv::line(head
                            + QStringList { c.label, c.erased ? erased : c.before,
                                c.erased ? erased : c.after },
                        csv::Cell::Text, sep)
                + eol;
        }
    }
    QByteArray bytes = text.toUtf8();
    if (profile == CsvProfile::ExcelFrench)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

void HistoryService::writeCsv(
    const QString &path, const QList<HistoryStep> &steps, CsvProfile profile)
{
    saveFile(path, csv(steps, profile));
}

} // namespace tremplin
