// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "databasecommand.h"

#include <QList>
#include <QVariantMap>

namespace tremplin {

/// Sets fields of several records of one table as ONE undo step applied in ONE transaction:
/// every record is changed or none is (the timeline's baseline reset). Refused as a whole, it
/// never reaches the undo stack, so the redo history stays.
class SetFieldsBatchCommand : public DatabaseCommand
{
public:
    struct Edit
    {
        qint64 id = 0;
        QVariantMap values;
    };

    SetFieldsBatchCommand(
        Document &document, const QString &table, QList<Edit> edits, const QString &text);

protected:
    void apply() override;
    void revert() override;

private:
    void write(const QList<Edit> &edits, RecordService::Check check);

    QString m_table;
    QList<Edit> m_new;
    QList<Edit> m_old;
    bool m_firstApply = true;
};

} // namespace tremplin
