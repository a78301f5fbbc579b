// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/juryservice.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;

namespace tremplin {

class Document;

/// Asks the reason of a decision and, when the decision departs from the ranking (the
/// departure is shown), the reason of the override, which JuryDecisionService requires.
/// Once the session is signed off (@p amendment), the decision is changed by a recorded
/// amendment: the dialog says so and also asks why it is amended.
class RoomDecisionDialog : public QDialog
{
    Q_OBJECT
public:
    RoomDecisionDialog(const QString &application, const QString &outcome, const QString &departure,
        const QString &reason, QWidget *parent = nullptr, bool amendment = false);

    QString reason() const;
    QString overrideReason() const;
    QString amendmentReason() const;
    QLineEdit *reasonEdit() const { return m_reason; }
    QLineEdit *overrideEdit() const { return m_override; }
    QLineEdit *amendmentEdit() const { return m_amendment; }

private:
    void updateOk();
    QLineEdit *m_reason;
    QLineEdit *m_override = nullptr;
    QLineEdit *m_amendment = nullptr;
    QDialogButtonBox *m_buttons;
};

/// Chooses the member who leaves the room for the current item, and why.
class RoomRecusalDialog : public QDialog
{
    Q_OBJECT
public:
    /// @p question replaces the jury's question (a committee has no scores).
    RoomRecusalDialog(const QString &application, const QList<Juror> &members,
        QWidget *parent = nullptr, const QString &question = {});

    qint64 memberId() const;
    QString reason() const;
    QComboBox *memberCombo() const { return m_member; }
    QLineEdit *reasonEdit() const { return m_reason; }

private:
    QComboBox *m_member;
    QLineEdit *m_reason;
    QDialogButtonBox *m_buttons;
};

/// The signatory's name and their confirmation that signing off locks the session.
class RoomSignOffDialog : public QDialog
{
    Q_OBJECT
public:
    explicit RoomSignOffDialog(const QString &session, QWidget *parent = nullptr);

    QString signatory() const;
    QLineEdit *nameEdit() const { return m_name; }
    QCheckBox *confirmBox() const { return m_confirm; }

private:
    QLineEdit *m_name;
    QCheckBox *m_confirm;
    QDialogButtonBox *m_buttons;
};

/// Signs the session off through SignOffCommand after RoomSignOffDialog (a refusal is shown in
/// a message box). Returns true when it was signed off.
bool signOffJurySession(QWidget *parent, Document &document, qint64 sessionId);
/// Asks where to save the session's minutes (JuryMinutes) as PDF and writes them.
void saveJuryMinutes(QWidget *parent, Document &document, qint64 sessionId);

} // namespace tremplin
