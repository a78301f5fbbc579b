// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"
#include "../domain/money.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>
#include <optional>

namespace tremplin {

class Database;

/// What the initiatives list shows: the search text and the filters. Empty fields filter
/// nothing.
struct InitiativeFilter
{
    QString search; ///< matched accent- and case-insensitively in name, carrier, town, description
    qint64 promotionId = 0;
    std::optional<Lifecycle> lifecycle;
    qint64 phaseId = 0; ///< took part in this phase
    QString theme;
    QString domain;
    std::optional<NeedKind> needKind;
    bool overdueOnly = false; ///< has an open action whose due date is past
    std::optional<Admissibility> admissibility; ///< applications' admissibility
    bool includeArchived = false;
    QDate today = QDate::currentDate(); ///< reference for "overdue"

    /// Same filters apart from the search text.
    bool sameBesidesSearch(const InitiativeFilter &o) const
    {
        return promotionId == o.promotionId && lifecycle == o.lifecycle && phaseId == o.phaseId
            && theme == o.theme && domain == o.domain && needKind == o.needKind
            && overdueOnly == o.overdueOnly && admissibility == o.admissibility
            && includeArchived == o.includeArchived && today == o.today;
    }

    bool isEmpty() const
    {
        return search.trimmed().isEmpty() && promotionId == 0 && !lifecycle && phaseId == 0
            && theme.isEmpty() && domain.isEmpty() && !needKind && !overdueOnly && !admissibility;
    }
};

/// One line of the initiatives list.
struct InitiativeRow
{
    qint64 id = 0;
    QString name;
    QString carrier;
    QString promotion;
    Lifecycle lifecycle = Lifecycle::Applicant;
    QString currentPhase;
    std::optional<PhaseStatus> phaseStatus;
    QStringList themes;
    QString town;
    QList<NeedKind> needKinds;
    Money committed;
    Money disbursed;
    QDate nextActionDue;
    bool archived = false;
    bool illustrativeAmounts = false;
};

/// The queries behind the initiatives list, built for large programmes: filtering is one SQL
/// query returning ids; sorting is done once per column into an order that filtering then
/// only has to follow; rows are read by pages, for the rows on screen.
class InitiativeListService
{
public:
    enum Column {
        Name,
        Carrier,
        Promotion,
        Lifecycle,
        CurrentPhase,
        PhaseStatus,
        Themes,
        Town,
        NeedKinds,
        Committed,
        Disbursed,
        NextActionDue,
        ColumnCount
    };

    explicit InitiativeListService(Database &db)
        : m_db(db)
    { }

    /// The column's title in the user's language: one source for the window's list and
    /// `tremplin-cli list initiatives`, so both name a column the same way.
    static QString columnTitle(Column column);

    /// Ids of the initiatives that pass @p filter, in no particular order.
    QSet<qint64> matching(const InitiativeFilter &filter) const;
    /// Number of initiatives, archived ones included or not.
    int total(bool includeArchived) const;
    /// Every initiative's id sorted on @p column (names with the collation of @p locale),
    /// ascending; ties are broken by name then id.
    QList<qint64> sortedIds(Column column, const QLocale &locale) const;
    /// The rows for @p ids (any order; missing ids are skipped).
    QHash<qint64, InitiativeRow> rows(const QList<qint64> &ids) const;

    /// Every initiative's search key (see searchKey()), for searching as one types in memory.
    QHash<qint64, QString> searchKeys() const;

    /// Distinct values offered by the filters.
    QStringList domains() const;

private:
    Database &m_db;
};

} // namespace tremplin
