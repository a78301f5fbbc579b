// SPDX-License-Identifier: GPL-3.0-or-later
// The rules of RecordService that involve other values or rows: date ranges, the commitment
// of a grant, workflow transitions, dates within the programme.
#include "../database/query.h"
#include "../domain/enums.h"
#include "../domain/money.h"
#include "../services/directoryservice.h"
#include "../services/grantservice.h"
#include "../services/initiativeservice.h"
#include "../services/jurydecisionservice.h"
#include "../services/jurysetup.h"
#include "../text/searchkey.h"
#include "../validation/validation.h"
#include "recordsdetail.h"

#include <QLocale>

namespace tremplin {

using records::normalise;
using records::toDate;
using records::Tr;

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
    if (check == Check::Full) {
        // A signed-off committee is locked: its members, agenda and decisions stay as signed.
        const QString locked = JuryDecisionService(m_db).rowLockProblem(table, id);
        if (!locked.isEmpty())
            return locked;
    }

    if (spec->kind == FieldKind::Themes) {
        const QStringList unknown = InitiativeService(m_db).unknownThemes(v.toStringList());
        if (!unknown.isEmpty())
            return Tr::tr("“%1” is not a theme of the programme: choose one from the list or "
                          "create it with New Theme…")
                .arg(unknown.first());
    }
    if (table == QLatin1String("administration") && column == QLatin1String("parent_id")
        && v.toLongLong() > 0) {
        const QString cycle = DirectoryService(m_db).parentProblem(id, v.toLongLong());
        if (!cycle.isEmpty())
            return cycle;
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
    if (table == QLatin1String("grant_award") && column == QLatin1String("budget_share")
        && !v.isNull() && !validation::budgetShareProblem(v.toDouble()).isEmpty())
        return validation::budgetShareProblem(v.toDouble());
    if (table == QLatin1String("disbursement")
        && (column == QLatin1String("amount_cents")
            || column == QLatin1String("override_reason"))) {
        const GrantService grants(m_db);
        const QString over = column == QLatin1String("amount_cents")
            ? grants.storedPaymentProblem(id, Money::fromCents(v.toLongLong()))
            : grants.storedPaymentProblem(id, std::nullopt, v.toString());
        if (!over.isEmpty())
            return over;
    }
    if (table == QLatin1String("grant_award") && column == QLatin1String("committed_cents")) {
        const QString lower
            = GrantService(m_db).commitmentProblem(id, Money::fromCents(v.toLongLong()));
        if (!lower.isEmpty())
            return lower;
    }
    if (table.startsWith(QLatin1String("jury_"))) {
        const QString jury = JurySetupService(m_db).fieldProblem(table, column, id, v, pending);
        if (!jury.isEmpty())
            return jury;
    }
    if (check == Check::Full && table == QLatin1String("participation") && !v.isNull()
        && (column == QLatin1String("actual_start") || column == QLatin1String("actual_end"))) {
        // An initiative takes part in a phase within the programme phase's dates.
        Query q(m_db,
            QStringLiteral(
                "SELECT ph.name, COALESCE(ph.actual_start, ph.planned_start), "
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
    if (table == QLatin1String("promotion") && column == QLatin1String("number")) {
        if (v.toLongLong() <= 0)
            return Tr::tr("%1 must be greater than zero.").arg(name);
        const QString other = Query(m_db,
            QStringLiteral("SELECT o.name FROM promotion o JOIN promotion p ON p.programme_id = "
                           "o.programme_id WHERE p.id = ? AND o.id <> p.id AND o.number = ?"))
                                  .bindAll(id, v)
                                  .scalar()
                                  .toString();
        if (!other.isEmpty())
            return Tr::tr("The promotion “%1” already has the number %2.")
                .arg(other, QLocale().toString(v.toLongLong()));
    }
    if (table == QLatin1String("theme") && column == QLatin1String("name")) {
        // A new spelling of the same name (an accent added) is not a duplicate of itself.
        const QString current = RecordService(m_db).value(table, column, id).toString();
        if (searchKey(current) != searchKey(v.toString())) {
            const QString duplicate = InitiativeService(m_db).newThemeProblem(v.toString());
            if (!duplicate.isEmpty())
                return duplicate;
        }
    }
    if (check == Check::Full && table == QLatin1String("initiative")
        && column == QLatin1String("lifecycle")) {
        const auto from
            = fromCode<Lifecycle>(RecordService(m_db).value(table, column, id).toString());
        const auto to = fromCode<Lifecycle>(v.toString());
        if (from && to && *from != *to && !allowedTransitions(*from).contains(*to)) {
            return Tr::tr("An initiative cannot go from “%1” to “%2”.")
                .arg(tremplin::label(*from), tremplin::label(*to));
        }
    }
    if (check == Check::Full && table == QLatin1String("action_item")
        && column == QLatin1String("due_date") && !v.isNull()) {
        // Due dates fall within the programme of the action's initiative.
        Query q(m_db,
            QStringLiteral("SELECT MIN(COALESCE(ph.actual_start, ph.planned_start)), "
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

} // namespace tremplin
