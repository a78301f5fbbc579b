// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"
#include "core/services/committeeservice.h"

#include <QAbstractTableModel>

namespace tremplin {

class Document;

/// A committee's agenda: the initiatives in order, what is asked of the committee (editable,
/// undoable) and the decision taken on each with its reference and the amount it funded.
/// Follows Database::changed for the tables it shows.
class AgendaModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Position, Initiative, Request, Decision, Reference, Funded, ColumnCount };
    enum Role {
        AgendaItemIdRole = Qt::UserRole + 1,
        InitiativeIdRole,
        DecisionIdRole,
    };

    explicit AgendaModel(Document &document, QObject *parent = nullptr);

    void setCommittee(qint64 committeeId);
    qint64 committee() const { return m_committee; }
    const AgendaEntry *entry(int row) const;
    int rowOfInitiative(qint64 initiativeId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void reload();
    void retranslate();

Q_SIGNALS:
    void editRefused(const QString &message);

private:
    Document &m_document;
    qint64 m_committee = 0;
    QList<AgendaEntry> m_entries;
};

} // namespace tremplin
