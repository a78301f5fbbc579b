// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace tremplin {

/// Asks which of the selected duplicates to keep before they are merged, and says what
/// follows the kept record.
class MergeDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p records are the ids and names of the duplicates, the first one proposed to keep;
    /// @p references says, per record, what refers to it.
    MergeDialog(const QList<QPair<qint64, QString>> &records, const QStringList &references,
        QWidget *parent = nullptr);

    /// The record chosen to be kept.
    qint64 keepId() const;
    /// The others: merged into the kept one, then removed.
    QList<qint64> goneIds() const;

private:
    QListWidget *m_list;
};

} // namespace tremplin
