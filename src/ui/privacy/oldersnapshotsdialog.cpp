// SPDX-License-Identifier: GPL-3.0-or-later
#include "oldersnapshotsdialog.h"

#include "../document.h"
#include "../style.h"
#include "core/database/filesync.h"
#include "core/privacy/personaldata.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

OlderSnapshotsDialog::OlderSnapshotsDialog(
    Document &document, const QList<Snapshot> &snapshots, QWidget *parent)
    : QDialog(parent)
    , m_document(document)
    , m_snapshots(snapshots)
    , m_text(new QLabel(this))
    , m_list(new QListWidget(this))
    , m_delete(new QPushButton(this))
    , m_result(new QLabel(this))
{
    setWindowTitle(tr("Snapshots Taken Before the Erasure"));
    m_text->setWordWrap(true);
    m_text->setText(tr("These snapshots of the file were taken before the erasure and still hold "
                       "the erased personal data. Delete them unless you must keep them (an "
                       "archive required by law, for instance)."));
    m_list->setObjectName(QStringLiteral("snapshots"));
    m_delete->setObjectName(QStringLiteral("deleteButton"));
    m_delete->setText(tr("Delete Checked Snapshots"));
    m_result->setObjectName(QStringLiteral("result"));
    m_result->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_delete, QDialogButtonBox::DestructiveRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_delete, &QPushButton::clicked, this, &OlderSnapshotsDialog::deleteChecked);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_text);
    layout->addWidget(m_list, 1);
    layout->addWidget(m_result);
    layout->addWidget(buttons);
    resize(560, 360);
    fill();
}

void OlderSnapshotsDialog::fill()
{
    m_list->clear();
    for (const Snapshot &s : std::as_const(m_snapshots)) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2 (%3)")
                .arg(QLocale().toString(s.takenAt, QLocale::ShortFormat),
                    Snapshots::reasonLabel(s.reason), QLocale().formattedDataSize(s.size)),
            m_list);
        item->setToolTip(nativePath(s.path));
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Checked);
    }
    m_delete->setEnabled(!m_snapshots.isEmpty());
}

void OlderSnapshotsDialog::deleteChecked()
{
    QList<Snapshot> chosen;
    QList<Snapshot> kept;
    for (int i = 0; i < m_list->count(); ++i)
        (m_list->item(i)->checkState() == Qt::Checked ? chosen : kept).append(m_snapshots.at(i));
    const QList<Snapshot> failed = PersonalData(m_document.database()).deleteSnapshots(chosen);
    const int deleted = int(chosen.size() - failed.size());
    m_snapshots = failed + kept;
    fill();
    if (failed.isEmpty()) {
        m_result->setStyleSheet(QString());
        m_result->setText(tr("%n snapshot(s) deleted.", nullptr, deleted));
    } else {
        m_result->setStyleSheet(style::errorText());
        m_result->setText(tr("%n snapshot(s) deleted; these could not be deleted (check the "
                             "folder's permissions):",
                              nullptr, deleted)
            + QLatin1Char(' ') + nativePath(failed.first().path));
    }
}

} // namespace tremplin
