// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/history.h"

#include <QAbstractTableModel>

namespace tremplin {

/// The steps of a record's history (HistoryService), one row per undo step: when, who, what
/// and the fields changed with their values before and after.
class HistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { When, Who, What, Changes, ColumnCount };
    enum Role { StepRole = Qt::UserRole };

    using QAbstractTableModel::QAbstractTableModel;

    void setSteps(const QList<HistoryStep> &steps);
    const QList<HistoryStep> &steps() const { return m_steps; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    /// The headings follow the language.
    void retranslate();

private:
    QList<HistoryStep> m_steps;
};

} // namespace tremplin
