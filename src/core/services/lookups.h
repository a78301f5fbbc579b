// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/money.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <optional>

namespace tremplin {

class Database;

/// The lists a form chooses from that grow with the file (carrier organisations, persons,
/// administrations, funding sources). They are searched, never loaded whole.
enum class ChoiceKind { Organisation, Person, Administration, FundingSource };

/// One record offered in a choice list: its id (what is stored) and its label (what is shown;
/// two records may share it).
struct Choice
{
    qint64 id = 0;
    QString label;
    /// What tells records of the same name apart in a list (an organisation's town or SIRET,
    /// a person's e-mail); may be empty. Filled by Lookups::search only.
    QString detail;
    bool operator==(const Choice &o) const
    {
        return id == o.id && label == o.label && detail == o.detail;
    }
};

/// One grant of an initiative as its form summarises it.
struct GrantLine
{
    QString tranche; ///< code of TrancheKind
    QString status; ///< code of GrantStatus
    Money committed;
    Money disbursed;
    QString conditions;
    bool illustrative = false;
};

/// Read-only lookups for the initiative form and its tables: searchable choice lists (accent-
/// and case-free, by prefix first then anywhere in the name, with a LIMIT) and the small
/// per-initiative lists a section shows. Widgets ask here instead of running SQL.
class Lookups
{
public:
    explicit Lookups(Database &db)
        : m_db(db)
    { }

    /// How many rows a choice list offers at most.
    static constexpr int ChoiceLimit = 50;

    /// The kind of choice list whose records live in @p table, if that table is one.
    static std::optional<ChoiceKind> kindOfTable(const QString &table);

    /// Up to @p limit records of @p kind whose name holds @p text, ignoring case and accents
    /// ("ecole" finds "École"); names starting with it come first, then by name.
    QList<Choice> search(ChoiceKind kind, const QString &text, int limit = ChoiceLimit) const;
    /// A LIKE pattern (with ESCAPE '\\') matching the stored keys (sort_key, search_text) that
    /// start with (or, @p anywhere, hold) the key of @p text: how the choice lists and the
    /// directory search.
    static QString keyPattern(const QString &text, bool anywhere);
    /// The condition " LIKE ? ESCAPE '\\'" that goes with keyPattern().
    static QString likeKey();
    /// The label of one record; empty when there is none with that id.
    QString label(ChoiceKind kind, qint64 id) const;
    /// Labels of the given records (one query).
    QHash<qint64, QString> labels(ChoiceKind kind, const QList<qint64> &ids) const;

    /// The needs of an initiative, in priority order (choices of an action's need).
    QList<Choice> needsOf(qint64 initiativeId) const;
    /// Administrations that are not yet public partners of the initiative, by name.
    QList<Choice> administrationsNotPartnerOf(qint64 initiativeId) const;
    /// The phases the initiative already takes part in.
    QSet<qint64> phasesTakenBy(qint64 initiativeId) const;
    /// Whether the organisation's SIRET and RNA are illustrative (demo data).
    bool identifiersIllustrative(qint64 organisationId) const;
    /// The grants of an initiative in decision order, with what was paid on each.
    QList<GrantLine> grantsOf(qint64 initiativeId) const;

    /// Number of queries run through Lookups since the start: lets a test check that a
    /// listener did not re-read its choices on an unrelated change.
    static quint64 queryCount();

private:
    Database &m_db;
};

} // namespace tremplin
