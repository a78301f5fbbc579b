// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../backup/snapshots.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace tremplin {

class Database;
class WriteTransaction;

/// Who is writing, as the audit trail names them (the system's user name).
QString currentActor();

/// What an erasure changed, for the message shown to the user and the erasure log.
struct ErasureOutcome
{
    qint64 personId = 0;
    QDateTime erasedAt;
    QString placeholder; ///< the name the person now has ("Erased person #12")
    int rowsChanged = 0; ///< rows anonymised, the person's own row and audit lines included
};

/// A person's rights under the RGPD over what Tremplin holds about them: access (an export of
/// everything the file says about them) and erasure (anonymised everywhere, for good).
///
/// Erasure keeps the person's row, so that initiatives, committees and jury scores stay
/// consistent, but replaces the name by "Erased person #ID" (in the language Tremplin runs in
/// at the time), empties the e-mail address, the phone number and the job title, and sets
/// person.erased_at. Text that holds the name as a value is anonymised too: a journal entry's
/// author, a sign-off's signatory, the raw copy of an application (Démarches simplifiées) of
/// an initiative they belong to, and in the audit trail every line about the person, every
/// value before or after equal to their name, e-mail or phone, and their name or e-mail within
/// a line's summary. Free text written by users (descriptions, notes, comments) is not
/// rewritten: it is in the export, for the coordinator to read and edit by hand.
/// The erasure is one transaction, logged in erasure_log without the personal data; it cannot
/// be undone (the window clears its undo history, which could write the old values back).
class PersonalData
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::PersonalData)

public:
    explicit PersonalData(Database &db)
        : m_db(db)
    { }

    /// Everything the file holds about person @p personId: the person, their organisation
    /// and administration, initiatives with their roles, actions they own, committee
    /// memberships, jury scores, comments, conflicts and recusals, journal entries they wrote,
    /// and the audit trail's lines about them. Throws tremplin::Error when there is no such
    /// person.
    QJsonObject collect(qint64 personId) const;
    /// collect() as a JSON file, indented, readable by its owner only (saveFile()).
    void exportTo(qint64 personId, const QString &path) const;

    /// Why person @p personId cannot be erased (no such person, already erased); empty when
    /// they can.
    QString erasureProblem(qint64 personId) const;
    /// Anonymises person @p personId everywhere and logs it (kind "erasure"); one transaction.
    /// Throws tremplin::Error with erasureProblem()'s reason, nothing written.
    ErasureOutcome erase(qint64 personId);
    /// The name an erased person gets, in the language Tremplin runs in.
    static QString erasedName(qint64 personId);

    /// Anonymises inside the caller's transaction @p tx and logs it with @p kind ("erasure"
    /// or "retention"); returns the rows changed. For the retention purge.
    int eraseIn(WriteTransaction &tx, qint64 personId, const QString &kind, const QDateTime &now);

    /// The snapshots of the open file taken before @p when (they still hold erased data),
    /// newest first.
    QList<Snapshot> snapshotsBefore(const QDateTime &when) const;
    /// Deletes the snapshot files @p snapshots of the open file (only files in its snapshot
    /// folder); returns the ones that could not be deleted.
    QList<Snapshot> deleteSnapshots(const QList<Snapshot> &snapshots) const;

private:
    Database &m_db;
};

} // namespace tremplin
