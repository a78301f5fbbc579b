// SPDX-License-Identifier: GPL-3.0-or-later
#include "privacyactions.h"

#include "../document.h"
#include "core/database/filesync.h"
#include "core/error.h"
#include "core/privacy/personaldata.h"
#include "core/privacy/retention.h"
#include "core/services/records.h"
#include "oldersnapshotsdialog.h"

#include <QFileDialog>
#include <QMessageBox>
#include <QPushButton>

namespace tremplin {

namespace {

QString personName(Document &document, qint64 personId)
{
    return RecordService(document.database())
        .value(QStringLiteral("person"), QStringLiteral("full_name"), personId)
        .toString();
}

/// A question with a destructive button named @p action and Cancel; true when pressed.
bool confirm(QWidget *parent, const QString &title, const QString &text, const QString &action)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Cancel, parent);
    QPushButton *go = box.addButton(action, QMessageBox::DestructiveRole);
    go->setObjectName(QStringLiteral("confirmButton"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace

PrivacyActions::Outcome PrivacyActions::exportPersonalData(
    QWidget *parent, Document &document, qint64 personId)
{
    try {
        const QString name = personName(document, personId);
        const QString path = QFileDialog::getSaveFileName(parent, tr("Export Personal Data"),
            tr("%1 personal data").arg(name) + QStringLiteral(".json"), tr("JSON files (*.json)"));
        if (path.isEmpty())
            return {};
        PersonalData(document.database()).exportTo(personId, path);
        return { tr("Everything this file holds about %1 was written to %2 (readable by you "
                    "only).")
                     .arg(name, nativePath(path)) };
    } catch (const Error &e) {
        return { e.message(), true };
    }
}

PrivacyActions::Outcome PrivacyActions::erasePersonalData(
    QWidget *parent, Document &document, qint64 personId)
{
    try {
        PersonalData data(document.database());
        const QString problem = data.erasureProblem(personId);
        if (!problem.isEmpty())
            return { problem, true };
        const QString name = personName(document, personId);
        if (!confirm(parent, tr("Erase Personal Data"),
                tr("Erase the personal data of %1 everywhere in this file?\n\nThe name becomes "
                   "“%2”; the e-mail address, phone and job title are emptied, also in the "
                   "history of changes. Initiatives, committees and scores keep the anonymous "
                   "person.\n\nThis cannot be undone, and it clears Edit › Undo.")
                    .arg(name, PersonalData::erasedName(personId)),
                tr("Erase")))
            return {};
        document.flushPendingEdits();
        const ErasureOutcome done = data.erase(personId);
        // An undo could write the erased values back.
        document.undoStack().clear();
        offerOlderSnapshots(parent, document, done.erasedAt);
        return { tr("The personal data of person #%1 was erased (%n row(s) anonymised).", nullptr,
            done.rowsChanged)
                     .arg(personId) };
    } catch (const Error &e) {
        return { e.message(), true };
    }
}

PrivacyActions::Outcome PrivacyActions::purgeExpired(
    QWidget *parent, Document &document, bool quietWhenNothing)
{
    const QString title = tr("Purge Expired Personal Data");
    try {
        Retention retention(document.database());
        const int months = retention.months();
        const RetentionPlan plan = months < 0 ? RetentionPlan() : retention.plan();
        if (plan.isEmpty()) {
            if (quietWhenNothing)
                return {};
            const QString text = months < 0
                ? tr("No retention period is set: fill in “Keep non-selected applicants' data "
                     "(months)” in the Programme settings.")
                : tr("Nothing to purge: no non-selected application is more than %n month(s) "
                     "past its selection.",
                    nullptr, months);
            QMessageBox::information(parent, title, text);
            return { text };
        }
        if (!confirm(parent, title,
                tr("%n non-selected application(s) passed the retention period of %1 since "
                   "their selection.",
                    nullptr, int(plan.applications.size()))
                        .arg(tr("%n month(s)", nullptr, months))
                    + QLatin1Char(' ')
                    + tr("Erase the personal data of their %n applicant(s) and the raw copies "
                         "of the applications?\n\nThe applications, scores and decisions stay, "
                         "anonymous. This cannot be undone, and it clears Edit › Undo.",
                        nullptr, int(plan.persons.size())),
                tr("Purge")))
            return {};
        document.flushPendingEdits();
        const QDateTime now = QDateTime::currentDateTimeUtc();
        const RetentionPlan done = retention.purge(now);
        document.undoStack().clear();
        offerOlderSnapshots(parent, document, now);
        return { tr("Personal data of %n applicant(s) erased after the retention period.", nullptr,
            int(done.persons.size())) };
    } catch (const Error &e) {
        return { e.message(), true };
    }
}

void PrivacyActions::offerOlderSnapshots(QWidget *parent, Document &document, const QDateTime &when)
{
    const QList<Snapshot> older = PersonalData(document.database()).snapshotsBefore(when);
    if (older.isEmpty())
        return;
    OlderSnapshotsDialog dialog(document, older, parent);
    dialog.exec();
}

} // namespace tremplin
