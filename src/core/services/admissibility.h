// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/enums.h"

#include <QList>
#include <QPair>
#include <QString>

namespace tremplin {

class Database;

/// Whether applications may go to the jury: the reasons a programme lists for refusing one, and
/// how many applications stand at each admissibility.
class AdmissibilityService
{
public:
    explicit AdmissibilityService(Database &db)
        : m_db(db)
    { }

    /// The reasons for non-admissibility of the programme of @p initiativeId (the first
    /// programme when the initiative has no promotion): (list_item id, name), in list order.
    QList<QPair<qint64, QString>> reasons(qint64 initiativeId) const;

    /// Applications (initiatives of lifecycle "applicant") per admissibility, not archived;
    /// @p promotionId 0 for every promotion.
    struct Counts
    {
        int unchecked = 0;
        int admissible = 0;
        int notAdmissible = 0;
        int total() const { return unchecked + admissible + notAdmissible; }
    };
    Counts counts(qint64 promotionId = 0) const;

private:
    Database &m_db;
};

} // namespace tremplin
