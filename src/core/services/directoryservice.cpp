// SPDX-License-Identifier: GPL-3.0-or-later
#include "directoryservice.h"

#include "../database/query.h"
#include "../database/transaction.h"
#include "../error.h"
#include "../validation/validation.h"

#include <QCoreApplication>

namespace tremplin {

qint64 DirectoryService::createOrganisation(const Organisation &o)
{
    validation::throwIfAny(validation::checkOrganisation(o));
    WriteTransaction tx(m_db);
    const qint64 id
        = Query(m_db,
            QStringLiteral("INSERT INTO organisation (name, legal_form, siret, rna, "
                           "address, postcode, town, website, identifiers_illustrative) "
                           "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"))
              .bindAll(o.name.trimmed(), toCode(o.legalForm), nullableText(o.siret),
                  nullableText(o.rna), nullableText(o.address), nullableText(o.postcode),
                  nullableText(o.town), nullableText(o.website), int(o.identifiersIllustrative))
              .execReturningId();
    tx.record(QStringLiteral("organisation"), id, Change::Inserted, o.name);
    tx.commit();
    return id;
}

qint64 DirectoryService::createAdministration(const Administration &a)
{
    if (a.name.trimmed().isEmpty()) {
        throw Error(QCoreApplication::translate(
            "tremplin::DirectoryService", "The administration needs a name."));
    }
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO administration (parent_id, name, "
                       "short_name, kind, website) VALUES (?, ?, ?, ?, "
                       "?) RETURNING id"))
                          .bindAll(nullableId(a.parentId), a.name.trimmed(),
                              nullableText(a.shortName), toCode(a.kind), nullableText(a.website))
                          .execReturningId();
    tx.record(QStringLiteral("administration"), id, Change::Inserted, a.name);
    tx.commit();
    return id;
}

qint64 DirectoryService::createPerson(const Person &p)
{
    if (p.fullName.trimmed().isEmpty()) {
        throw Error(
            QCoreApplication::translate("tremplin::DirectoryService", "The person needs a name."));
    }
    if (!p.email.isEmpty() && !validation::isValidEmail(p.email)) {
        throw Error(QCoreApplication::translate(
            "tremplin::DirectoryService", "The e-mail address is not valid."));
    }
    WriteTransaction tx(m_db);
    const qint64 id = Query(m_db,
        QStringLiteral("INSERT INTO person (full_name, email, phone, "
                       "job_title, organisation_id, administration_id) "
                       "VALUES (?, ?, ?, ?, ?, ?) RETURNING id"))
                          .bindAll(p.fullName.trimmed(), nullableText(p.email),
                              nullableText(p.phone), nullableText(p.jobTitle),
                              nullableId(p.organisationId), nullableId(p.administrationId))
                          .execReturningId();
    tx.record(QStringLiteral("person"), id, Change::Inserted, p.fullName);
    tx.commit();
    return id;
}

qint64 DirectoryService::findAdministration(const QString &name) const
{
    return Query(m_db, QStringLiteral("SELECT id FROM administration WHERE name = ?"))
        .bindAll(name)
        .scalar()
        .toLongLong();
}

} // namespace tremplin
