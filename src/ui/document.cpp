// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include "core/database/transaction.h"
#include "core/error.h"

#include <QCoreApplication>
#include <QScopedValueRollback>

namespace tremplin {

Document::Document(QObject *parent)
    : QObject(parent)
{
    // Typing held back for a pause is written before the application goes.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this,
            &Document::flushPendingEdits);
}

Document::~Document()
{
    // Undo commands refer to the database: drop them first.
    m_undo.clear();
}

void Document::replayStep(const std::function<void()> &step)
{
    if (m_replay == Replay::MovingIndex)
        return; // undo()/redo() already wrote it
    if (m_replay == Replay::Applying && !m_replayError.isEmpty())
        return; // an earlier step failed: the whole replay is rolled back
    try {
        step();
    } catch (const Error &e) {
        if (m_replay == Replay::Applying)
            m_replayError = e.message();
        else
            reportFailure(e.message()); // the stack's own undo() called directly
    }
}

bool Document::undo()
{
    return replay(true);
}

bool Document::redo()
{
    return replay(false);
}

bool Document::replay(bool backwards)
{
    if (m_replay != Replay::Direct)
        return false;
    // Typing a form still holds back for its pause is a step of its own: written first, it is
    // what an undo pressed right after typing takes back (and a redo then has nothing to redo).
    flushPendingEdits();
    if (!(backwards ? m_undo.canUndo() : m_undo.canRedo()))
        return false;
    const int from = m_undo.index();
    const int to = backwards ? from - 1 : from + 1;
    // The stack hands out its commands as const; replaying them is what it would do itself.
    auto *command = const_cast<QUndoCommand *>(m_undo.command(backwards ? to : from));
    const QString text = command->actionText();
    m_replayError.clear();
    try {
        const QScopedValueRollback applying(m_replay, Replay::Applying);
        WriteTransaction transaction(m_db);
        if (backwards)
            command->undo();
        else
            command->redo();
        if (m_replayError.isEmpty())
            transaction.commit();
    } catch (const Error &e) {
        m_replayError = e.message();
    }
    if (!m_replayError.isEmpty()) {
        const QString reason = std::exchange(m_replayError, QString());
        Q_EMIT failed(backwards
                ? tr("“%1” could not be undone; nothing was changed.\n%2").arg(text, reason)
                : tr("“%1” could not be redone; nothing was changed.\n%2").arg(text, reason));
        return false;
    }
    const QScopedValueRollback moving(m_replay, Replay::MovingIndex);
    m_undo.setIndex(to);
    return true;
}

} // namespace tremplin
