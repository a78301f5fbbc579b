// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the parts of RecordService (field catalogue, workflow rules, generic writes) share.

#include "../services/records.h"

#include <QCoreApplication>
#include <QDate>

namespace tremplin::records {

/// The context of the records' messages ("tremplin::Fields").
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Fields)
};

/// Now, in UTC, as stored in updated_at.
QString now();
QDate toDate(const QVariant &v);
/// The value as it is stored (trimmed text, ISO dates, digits of a SIRET...), or an invalid
/// QVariant when it cannot be converted; a null QVariant stands for NULL.
QVariant normalise(const FieldSpec &spec, const QVariant &value);

} // namespace tremplin::records
