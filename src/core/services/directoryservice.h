// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "../domain/types.h"
#include "records.h"

namespace tremplin {

class Database;

/// What a directory list lets through: part of a name and, for administrations, a kind (for
/// organisations, a legal form).
struct DirectoryFilter
{
    QString search; ///< ignoring case and accents ("ecole" finds "École"); empty for all
    QString kind; ///< a code; empty for all
};

/// Where a person appears: an initiative (with a role) or a committee (with a role).
struct PersonAppearance
{
    QString where; ///< the initiative's or the committee's name
    QString role; ///< translated
    bool committee = false;
};

/// How many rows of another table refer to a record (through one foreign key).
struct Dependents
{
    QString table;
    QString column;
    int count = 0;
    bool cascade = false; ///< removed with the record; otherwise their reference is emptied
};

/// What DirectoryService::merge() changed, so that unmerge() puts it back exactly.
struct MergeRecord
{
    /// Rows of @p table whose @p column went from @p from to the kept record.
    struct Moved
    {
        QString table;
        QString column;
        qint64 from = 0;
        QList<qint64> ids;
    };
    QString table;
    qint64 keepId = 0;
    QList<qint64> goneIds;
    QList<Moved> moved;
    /// Rows that would have broken a UNIQUE constraint once moved (the kept record already had
    /// the same link): removed, in the order they were removed.
    QList<RemovedRecord> dropped;
    /// The merged records themselves, in the order they were removed.
    QList<RemovedRecord> removed;
    /// The kept record's own reference to its table (an administration's parent) when it
    /// pointed at a merged record, before it was changed.
    QVariant keepSelfReference;
    QString selfColumn; ///< empty when the kept record's own reference did not change
};

/// The people and bodies around initiatives: carrier organisations, administrations (as a
/// hierarchy) and people.
class DirectoryService
{
public:
    explicit DirectoryService(Database &db)
        : m_db(db)
    { }

    qint64 createOrganisation(const Organisation &o);
    qint64 createAdministration(const Administration &a);
    qint64 createPerson(const Person &p);

    /// The administration with this exact name, or 0.
    qint64 findAdministration(const QString &name) const;

    /// The tables of the directory: administration, organisation, person.
    static bool isDirectoryTable(const QString &table);

    /// A page of the records of @p table (administration, organisation or person) that
    /// @p filter lets through, sorted by name: their ids and the allow-listed @p columns.
    RecordRows page(const QString &table, const QStringList &columns, const DirectoryFilter &filter,
        int offset, int limit) const;
    /// How many records @p filter lets through.
    int count(const QString &table, const DirectoryFilter &filter) const;

    /// What refers to the record, per foreign key of the schema (foreignkeys.cpp); keys with
    /// no row are left out.
    QList<Dependents> dependents(const QString &table, qint64 id) const;
    /// The same as a sentence in the user's language ("3 persons, 1 public partnership"), empty
    /// when nothing refers to the record.
    QString dependentsSummary(const QString &table, qint64 id) const;

    /// The initiatives and committees a person appears in, with the role.
    QList<PersonAppearance> appearances(qint64 personId) const;

    /// Why @p parentId cannot be the parent of administration @p id (itself or one of its
    /// descendants: a cycle); empty when it can.
    QString parentProblem(qint64 id, qint64 parentId) const;

    /// Merges duplicates: every reference to the records @p goneIds (through every foreign key
    /// of the schema) goes to @p keepId, a reference that would then break a UNIQUE constraint
    /// is removed (the kept record already has that link), and the gone records are removed.
    /// One transaction; throws tremplin::Error (nothing written) when refused.
    MergeRecord merge(const QString &table, qint64 keepId, const QList<qint64> &goneIds);
    /// Puts back what merge() changed, exactly.
    void unmerge(const MergeRecord &merged);

private:
    Database &m_db;
};

} // namespace tremplin
