// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>

namespace tremplin {

class Database;

/// A non-selected application whose retention period has passed.
struct ExpiredApplication
{
    qint64 initiativeId = 0;
    QString name;
    QDateTime selectionSignedOff; ///< the latest sign-off of its promotion's jury sessions
};

/// What a purge would do (or did).
struct RetentionPlan
{
    QList<ExpiredApplication> applications;
    QList<qint64> persons; ///< the persons whose data goes (erased as by PersonalData::erase)
    int rawCopies = 0; ///< expired applications that still hold their raw copy
    int rowsChanged = 0; ///< after purge(): rows anonymised
    bool isEmpty() const { return persons.isEmpty() && rawCopies == 0; }
};

/// The programme's retention period for non-selected applicants' personal data
/// (programme.retention_months; none: kept until erased by hand).
///
/// An application is expired when its promotion's selection is signed off (the latest
/// signed-off jury session of the promotion) at least that many months ago, it is not a
/// laureate (nor alumni) and no jury selected it. Its applicants' personal data then goes: the
/// persons linked to it as carrier contacts are erased (as PersonalData::erase() does), unless
/// they sit on a committee or belong to an application that is not expired; the raw copy of
/// the application (Démarches simplifiées) is emptied. The initiative itself, its scores and
/// decisions stay (the public record of the selection). One transaction; each person erased is
/// logged in erasure_log with kind "retention".
class Retention
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Retention)

public:
    explicit Retention(Database &db)
        : m_db(db)
    { }

    /// The retention period of the file's programme in months; -1 when none is set.
    int months() const;
    /// What purge(@p now) would do.
    RetentionPlan plan(const QDateTime &now = QDateTime::currentDateTimeUtc()) const;
    /// Erases what plan(@p now) lists; returns it with rowsChanged. Throws tremplin::Error,
    /// nothing written.
    RetentionPlan purge(const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    Database &m_db;
};

} // namespace tremplin
