// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"

#include <QObject>
#include <QUndoStack>

namespace tremplin {

/// The file the user is working on: its database and the one undo stack of every edit made to
/// it. Replaced as a whole when another file is opened, so no undo command outlives its file.
class Document : public QObject
{
    Q_OBJECT
public:
    explicit Document(QObject *parent = nullptr);
    ~Document() override;

    Database &database() { return m_db; }
    QUndoStack &undoStack() { return m_undo; }
    QString path() const { return m_db.path(); }

    /// Reports a change that could not be replayed (undo/redo); the main window shows it.
    void reportFailure(const QString &message) { Q_EMIT failed(message); }
    /// Asks every open form to write the typing it holds back for a pause (the main window
    /// closes, another file is opened); also done when the application is about to quit.
    void flushPendingEdits() { Q_EMIT flushRequested(); }

Q_SIGNALS:
    void failed(const QString &message);
    void flushRequested();

private:
    Database m_db;
    QUndoStack m_undo;
};

} // namespace tremplin
