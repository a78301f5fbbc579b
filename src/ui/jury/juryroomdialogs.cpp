// SPDX-License-Identifier: GPL-3.0-or-later
#include "juryroomdialogs.h"

#include "../document.h"
#include "core/error.h"
#include "core/reports/juryminutes.h"
#include "core/services/jurydecisionservice.h"
#include "jurydecisioncommands.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace tremplin {

namespace {
QLabel *wrapped(const QString &text, QWidget *parent)
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    return label;
}
} // namespace

RoomDecisionDialog::RoomDecisionDialog(const QString &application, const QString &outcome,
    const QString &departure, const QString &reason, QWidget *parent, bool amendment)
    : QDialog(parent)
    , m_reason(new QLineEdit(reason, this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Decision"));
    m_reason->setObjectName(QStringLiteral("decisionReason"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(
        wrapped(tr("%1: %2", "application: outcome").arg(application, outcome), this));
    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    if (!departure.isEmpty()) {
        m_override = new QLineEdit(this);
        m_override->setObjectName(QStringLiteral("overrideReason"));
        layout->addWidget(wrapped(
            tr("This decision departs from the ranking: %1 The minutes record why.").arg(departure),
            this));
        form->addRow(tr("&Why override the ranking:"), m_override);
        connect(m_override, &QLineEdit::textChanged, this, &RoomDecisionDialog::updateOk);
    }
    if (amendment) {
        setWindowTitle(tr("Amend the Decision"));
        m_amendment = new QLineEdit(this);
        m_amendment->setObjectName(QStringLiteral("amendmentReason"));
        layout->addWidget(wrapped(tr("The session is signed off: this decision is changed by a "
                                     "recorded amendment, which the minutes list."),
            this));
        form->addRow(tr("Why &amend:"), m_amendment);
        connect(m_amendment, &QLineEdit::textChanged, this, &RoomDecisionDialog::updateOk);
    }
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    connect(m_reason, &QLineEdit::textChanged, this, &RoomDecisionDialog::updateOk);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    updateOk();
}

QString RoomDecisionDialog::reason() const
{
    return m_reason->text().trimmed();
}

QString RoomDecisionDialog::overrideReason() const
{
    return m_override ? m_override->text().trimmed() : QString();
}

QString RoomDecisionDialog::amendmentReason() const
{
    return m_amendment ? m_amendment->text().trimmed() : QString();
}

void RoomDecisionDialog::updateOk()
{
    m_buttons->button(QDialogButtonBox::Ok)
        ->setEnabled(!reason().isEmpty() && (!m_override || !overrideReason().isEmpty())
            && (!m_amendment || !amendmentReason().isEmpty()));
}

RoomRecusalDialog::RoomRecusalDialog(const QString &application, const QList<Juror> &members,
    QWidget *parent, const QString &question)
    : QDialog(parent)
    , m_member(new QComboBox(this))
    , m_reason(new QLineEdit(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Recusal"));
    m_member->setObjectName(QStringLiteral("recusalMember"));
    m_reason->setObjectName(QStringLiteral("recusalReason"));
    for (const Juror &j : members)
        m_member->addItem(j.name, j.memberId);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(wrapped(question.isEmpty()
            ? tr("Who leaves the room while the jury discusses %1? Their scores for it no longer "
                 "count.")
                  .arg(application)
            : question,
        this));
    auto *form = new QFormLayout;
    form->addRow(tr("&Member:"), m_member);
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    layout->addWidget(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(m_member->currentIndex() >= 0 && !reason().isEmpty());
    };
    connect(m_reason, &QLineEdit::textChanged, this, update);
    connect(m_member, &QComboBox::currentIndexChanged, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(420);
    update();
}

qint64 RoomRecusalDialog::memberId() const
{
    return m_member->currentData().toLongLong();
}

QString RoomRecusalDialog::reason() const
{
    return m_reason->text().trimmed();
}

RoomSignOffDialog::RoomSignOffDialog(const QString &session, QWidget *parent)
    : QDialog(parent)
    , m_name(new QLineEdit(this))
    , m_confirm(new QCheckBox(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setWindowTitle(tr("Sign Off"));
    m_name->setObjectName(QStringLiteral("signatory"));
    m_confirm->setObjectName(QStringLiteral("confirmSignOff"));
    m_confirm->setText(tr("I confirm: signing off locks %1; the selected applications become "
                          "laureates of the promotion. Later changes need an amendment.")
                           .arg(session));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    form->addRow(tr("&Signed off by:"), m_name);
    layout->addLayout(form);
    layout->addWidget(m_confirm);
    layout->addWidget(m_buttons);
    const auto update = [this] {
        m_buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!signatory().isEmpty() && m_confirm->isChecked());
    };
    connect(m_name, &QLineEdit::textChanged, this, update);
    connect(m_confirm, &QCheckBox::toggled, this, update);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    setMinimumWidth(480);
    update();
}

QString RoomSignOffDialog::signatory() const
{
    return m_name->text().simplified();
}

bool signOffJurySession(QWidget *parent, Document &document, qint64 sessionId)
{
    const QString title = QCoreApplication::translate("tremplin::RoomSignOffDialog", "Sign Off");
    JurySession session;
    QString problem;
    try {
        session = JuryService(document.database()).session(sessionId);
        problem = JuryDecisionService(document.database()).lockProblem(session.committeeId);
    } catch (const Error &e) {
        problem = e.message();
    }
    if (!problem.isEmpty()) {
        QMessageBox::warning(parent, title, problem);
        return false;
    }
    RoomSignOffDialog dialog(session.name, parent);
    if (dialog.exec() != QDialog::Accepted)
        return false;
    QString error;
    if (!DatabaseCommand::push(document,
            std::make_unique<SignOffCommand>(document, session.committeeId, dialog.signatory()),
            &error)) {
        QMessageBox::warning(parent, title, error);
        return false;
    }
    return true;
}

void saveJuryMinutes(QWidget *parent, Document &document, qint64 sessionId)
{
    const QString title
        = QCoreApplication::translate("tremplin::RoomSignOffDialog", "Save Minutes");
    const QString path = QFileDialog::getSaveFileName(parent, title,
        QCoreApplication::translate("tremplin::RoomSignOffDialog", "minutes")
            + QStringLiteral(".pdf"),
        QCoreApplication::translate("tremplin::RoomSignOffDialog", "PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    try {
        JuryMinutes::jury(document.database(), sessionId).writePdf(path);
    } catch (const Error &e) {
        QMessageBox::warning(parent, title, e.message());
    }
}

} // namespace tremplin
