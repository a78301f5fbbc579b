// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

namespace tremplin {

class Document;

/// One tab of the Jury workspace (applications, set-up, scoring, progress, ranking). The page
/// gives every tab the open file and the jury session chosen at the top of the workspace; a tab
/// reads what it shows through the core services and writes through undo commands, and follows
/// the file's changes itself (Database::changed).
class JuryTab : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;

    /// The open file, or nullptr when none is open; the session is reset to none.
    void setDocument(Document *document);
    /// The session chosen in the workspace (0: none).
    void setSession(qint64 sessionId);

    Document *document() const { return m_document; }
    qint64 session() const { return m_session; }

Q_SIGNALS:
    /// The tab created a session or wants one shown (e.g. after loading a template).
    void sessionRequested(qint64 sessionId);
    /// Something the user should read (a refusal, a failed write); empty to clear.
    void problem(const QString &message);

protected:
    /// Called after the file changed (m_document may be nullptr).
    virtual void documentChanged() { }
    /// Called after the session changed, also when it is set to the same one again.
    virtual void sessionChanged() { }

private:
    Document *m_document = nullptr;
    qint64 m_session = 0;
};

} // namespace tremplin
