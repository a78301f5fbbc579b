// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace tremplin {

class Document;

/// What the window does for a person's rights over their data and for the retention period:
/// asked, confirmed and told the same way from the Directory and from the Programme settings.
class PrivacyActions
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::PrivacyActions)

public:
    /// What happened, for the caller's message line; empty when the user cancelled.
    struct Outcome
    {
        QString message;
        bool error = false;
    };

    /// Asks where to write person @p personId's data (JSON), then writes it (readable by its
    /// owner only).
    static Outcome exportPersonalData(QWidget *parent, Document &document, qint64 personId);
    /// Asks for confirmation (saying it cannot be undone), erases, clears the undo history
    /// (an undo could write the erased values back), then lists the snapshots taken before.
    static Outcome erasePersonalData(QWidget *parent, Document &document, qint64 personId);
    /// Says what the retention period makes due, asks for confirmation, purges, clears the
    /// undo history and lists the snapshots taken before. With @p quietWhenNothing (on
    /// opening a file) nothing is shown when nothing is due.
    static Outcome purgeExpired(QWidget *parent, Document &document, bool quietWhenNothing);

private:
    static void offerOlderSnapshots(QWidget *parent, Document &document, const QDateTime &when);
};

} // namespace tremplin
