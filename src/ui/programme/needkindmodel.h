// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/programmeservice.h"

#include <QAbstractTableModel>

namespace tremplin {

class Document;

/// The programme's descriptions of the three kinds of need (Consolidation, Integration,
/// Deployment): one row per kind, its translated name and the programme's description, kept in
/// list_item (list "need_kind", code = the kind's code). The first description of a kind creates
/// its entry; every edit is one undoable command.
class NeedKindModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Kind, Description, ColumnCount };

    NeedKindModel(Document &document, QObject *parent = nullptr);

    void setProgrammeId(qint64 id);
    void reload();
    /// After a language change: the kinds' names are produced anew.
    void retranslate();

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    /// An edit was refused; @p message says why in the user's language.
    void editRefused(const QString &message);

private:
    Document &m_document;
    qint64 m_programmeId = 0;
    /// The entry of each kind, in the order of the kinds; id 0 when it has none yet.
    QList<ProgrammeService::ListEntry> m_entries;
};

} // namespace tremplin
