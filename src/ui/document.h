// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/database/database.h"

#include <QObject>
#include <QUndoStack>
#include <functional>

namespace tremplin {

/// The file the user is working on: its database and the one undo stack of every edit made to
/// it. Replaced as a whole when another file is opened, so no undo command outlives its file.
///
/// Undo and redo go through undo() and redo(), not through the stack's own slots: QUndoStack
/// moves its index whatever the command did, so a step the database refused (a file gone
/// read-only, a disk full, a lock held by another program) would leave the stack saying one
/// thing and the file another. Here the step is replayed first, in one write transaction (all
/// the commands of a macro or none), and the index moves only once it is written.
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

    /// Runs one replay step of a DatabaseCommand (its apply() or revert()) as the current undo
    /// or redo requires: skipped while the stack's index is only being moved, or after an
    /// earlier step of the same replay failed; a failure is kept for undo()/redo() to report.
    void replayStep(const std::function<void()> &step);

public Q_SLOTS:
    /// Undoes the last step; when the database refuses, nothing changes (neither the file nor
    /// the stack's index), failed() says why and false is returned.
    bool undo();
    /// Redoes the next step, with the same guarantee as undo().
    bool redo();

Q_SIGNALS:
    void failed(const QString &message);
    void flushRequested();

private:
    enum class Replay { Direct, Applying, MovingIndex };
    bool replay(bool backwards);

    Database m_db;
    QUndoStack m_undo;
    Replay m_replay = Replay::Direct;
    QString m_replayError;
};

} // namespace tremplin
