// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/backup/snapshots.h"

#include <QDialog>

class QLabel;
class QListWidget;
class QPushButton;

namespace tremplin {

class Document;

/// After an erasure or a purge: the snapshots of the file taken before it, which still hold
/// the erased data, each checked, with a button that deletes the checked ones (the user may
/// have to keep some, e.g. an archive required by law).
class OlderSnapshotsDialog : public QDialog
{
    Q_OBJECT
public:
    OlderSnapshotsDialog(Document &document, const QList<Snapshot> &snapshots, QWidget *parent);

    QListWidget *list() const { return m_list; }
    QPushButton *deleteButton() const { return m_delete; }

private:
    void fill();
    void deleteChecked();

    Document &m_document;
    QList<Snapshot> m_snapshots;
    QLabel *m_text;
    QListWidget *m_list;
    QPushButton *m_delete;
    QLabel *m_result;
};

} // namespace tremplin
