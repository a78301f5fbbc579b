// SPDX-License-Identifier: GPL-3.0-or-later
#include "lettertemplateeditor.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../style.h"
#include "core/error.h"
#include "core/reports/decisionletters.h"
#include "core/services/juryservice.h"
#include "core/services/lettertemplates.h"
#include "core/services/records.h"
#include "placeholdermodel.h"

#include <QBoxLayout>
#include <QComboBox>
#include <QCompleter>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>

namespace tremplin {

namespace {

const QString table = QStringLiteral("letter_template");

} // namespace

LetterTemplateEditor::LetterTemplateEditor(Document &document, qint64 programmeId, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_programmeId(programmeId)
{
    setObjectName(QStringLiteral("letterTemplateEditor"));
    m_pause.setSingleShot(true);
    m_pause.setInterval(FieldBinder::WriteDelayMs);
    connect(&m_pause, &QTimer::timeout, this, &LetterTemplateEditor::flush);
    connect(&document, &Document::flushRequested, this, &LetterTemplateEditor::flush);

    auto *outer = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    m_outcomeLabel = new QLabel(this);
    m_outcome = new QComboBox(this);
    m_outcome->setObjectName(QStringLiteral("letterOutcome"));
    for (const JuryOutcome o :
        { JuryOutcome::Selected, JuryOutcome::WaitingList, JuryOutcome::NotSelected })
        m_outcome->addItem(QString(), toCode(o));
    m_outcomeLabel->setBuddy(m_outcome);
    m_languageLabel = new QLabel(this);
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("letterLanguage"));
    for (const QString &l : LetterTemplates::languages())
        m_language->addItem(QString(), l);
    m_languageLabel->setBuddy(m_language);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("letterState"));
    m_state->setWordWrap(true); // the window's minimum width stays the other workspaces'
    m_reset = new QPushButton(this);
    m_reset->setObjectName(QStringLiteral("letterReset"));
    top->addWidget(m_outcomeLabel);
    top->addWidget(m_outcome);
    top->addSpacing(12);
    top->addWidget(m_languageLabel);
    top->addWidget(m_language);
    top->addSpacing(12);
    top->addWidget(m_state, 1);
    top->addWidget(m_reset);
    outer->addLayout(top);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setChildrenCollapsible(false);
    outer->addWidget(splitter, 1);

    // The template: subject and text; beside it the placeholders, then the preview.
    m_textBox = new QGroupBox(splitter);
    auto *text = new QVBoxLayout(m_textBox);
    m_subjectLabel = new QLabel(m_textBox);
    m_subject = new QLineEdit(m_textBox);
    m_subject->setObjectName(QStringLiteral("letterSubject"));
    m_subjectLabel->setBuddy(m_subject);
    text->addWidget(m_subjectLabel);
    text->addWidget(m_subject);
    m_bodyLabel = new QLabel(m_textBox);
    text->addWidget(m_bodyLabel);
    m_body = new QPlainTextEdit(m_textBox);
    m_body->setObjectName(QStringLiteral("letterBody"));
    m_body->setTabChangesFocus(true);
    m_bodyLabel->setBuddy(m_body);
    text->addWidget(m_body, 1);
    m_problem = new QLabel(m_textBox);
    m_problem->setObjectName(QStringLiteral("letterProblem"));
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(style::errorText());
    m_problem->hide();
    text->addWidget(m_problem);

    m_placeholderBox = new QGroupBox(splitter);
    auto *placeholders = new QVBoxLayout(m_placeholderBox);
    m_placeholderModel = new PlaceholderModel(this);
    m_placeholders = new QTableView(m_placeholderBox);
    m_placeholders->setObjectName(QStringLiteral("letterPlaceholders"));
    m_placeholders->setModel(m_placeholderModel);
    m_placeholders->verticalHeader()->hide();
    m_placeholders->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_placeholders->setSelectionMode(QAbstractItemView::SingleSelection);
    m_placeholders->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // The meanings wrap: the list stays readable in a narrow column.
    m_placeholders->setWordWrap(true);
    m_placeholders->setTextElideMode(Qt::ElideNone);
    m_placeholders->horizontalHeader()->setSectionResizeMode(
        PlaceholderModel::Placeholder, QHeaderView::ResizeToContents);
    m_placeholders->horizontalHeader()->setStretchLastSection(true);
    m_placeholders->verticalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    placeholders->addWidget(m_placeholders, 1);
    m_insert = new QPushButton(m_placeholderBox);
    m_insert->setObjectName(QStringLiteral("letterInsert"));
    placeholders->addWidget(m_insert, 0, Qt::AlignLeft);

    // The preview on a real application.
    m_previewBox = new QGroupBox(splitter);
    auto *preview = new QVBoxLayout(m_previewBox);
    auto *choose = new QFormLayout;
    m_sessionLabel = new QLabel(m_previewBox);
    m_session = new QComboBox(m_previewBox);
    m_session->setObjectName(QStringLiteral("letterPreviewSession"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_session->setMinimumContentsLength(10);
    m_sessionLabel->setBuddy(m_session);
    m_applicationLabel = new QLabel(m_previewBox);
    m_application = new QComboBox(m_previewBox);
    m_application->setObjectName(QStringLiteral("letterPreviewApplication"));
    m_application->setEditable(true);
    m_application->setInsertPolicy(QComboBox::NoInsert);
    m_application->completer()->setFilterMode(Qt::MatchContains);
    m_application->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_application->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_application->setMinimumContentsLength(10);
    m_applicationLabel->setBuddy(m_application);
    choose->addRow(m_sessionLabel, m_session);
    choose->addRow(m_applicationLabel, m_application);
    choose->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    preview->addLayout(choose);
    m_preview = new QTextBrowser(m_previewBox);
    m_preview->setObjectName(QStringLiteral("letterPreview"));
    preview->addWidget(m_preview, 1);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    splitter->setStretchFactor(2, 3);

    connect(m_outcome, &QComboBox::currentIndexChanged, this, [this] {
        flush();
        load();
    });
    connect(m_language, &QComboBox::currentIndexChanged, this, [this] {
        flush();
        load();
    });
    connect(m_subject, &QLineEdit::textEdited, this, &LetterTemplateEditor::typed);
    connect(m_subject, &QLineEdit::editingFinished, this, &LetterTemplateEditor::flush);
    connect(m_body, &QPlainTextEdit::textChanged, this, &LetterTemplateEditor::typed);
    m_subject->installEventFilter(this);
    m_body->installEventFilter(this);
    connect(m_insert, &QPushButton::clicked, this, &LetterTemplateEditor::insertPlaceholder);
    connect(m_placeholders, &QAbstractItemView::doubleClicked, this,
        &LetterTemplateEditor::insertPlaceholder);
    connect(m_reset, &QPushButton::clicked, this, &LetterTemplateEditor::resetToDefault);
    connect(m_session, &QComboBox::activated, this, [this] { fillApplications(); });
    connect(m_application, &QComboBox::currentIndexChanged, this, [this] { updatePreview(); });
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &c) {
        if (touches(c, { QLatin1String("letter_template") }))
            load();
        if (touches(c, { QLatin1String("jury_session"), QLatin1String("committee") }))
            fillSessions();
        else if (touches(c,
                     { QLatin1String("jury_decision"), QLatin1String("initiative"),
                         QLatin1String("organisation"), QLatin1String("person"),
                         QLatin1String("programme"), QLatin1String("promotion") }))
            updatePreview();
    });

    retranslateUi();
    fillSessions();
    load();
}

LetterTemplateEditor::~LetterTemplateEditor()
{
    // The fields are deleted after this object's members: their last signals (a field losing
    // the focus) must not reach it.
    for (QObject *field : { static_cast<QObject *>(m_subject), static_cast<QObject *>(m_body) }) {
        field->removeEventFilter(this);
        field->disconnect(this);
    }
}

JuryOutcome LetterTemplateEditor::outcome() const
{
    return fromCode<JuryOutcome>(m_outcome->currentData().toString())
        .value_or(JuryOutcome::Selected);
}

QString LetterTemplateEditor::language() const
{
    return m_language->currentData().toString();
}

void LetterTemplateEditor::load()
{
    // Typing not written yet, or refused and not fixed yet, stays as typed.
    if (m_pending || !m_problem->text().isEmpty())
        return;
    LetterTemplate t;
    try {
        t = LetterTemplates(m_document.database()).get(m_programmeId, outcome(), language());
    } catch (const Error &e) {
        m_document.database().reportReadFailure(e.message());
        return;
    }
    m_loading = true;
    if (m_subject->text() != t.subject)
        m_subject->setText(t.subject);
    if (m_body->toPlainText() != t.body)
        m_body->setPlainText(t.body);
    m_loading = false;
    m_storedId = t.id;
    m_state->setText(m_storedId ? tr("This programme's own text.")
                                : tr("The default text, used until you edit it."));
    m_reset->setEnabled(m_storedId != 0);
    updatePreview();
}

void LetterTemplateEditor::typed()
{
    if (m_loading)
        return;
    m_pending = true;
    m_pause.start();
    updatePreview();
}

void LetterTemplateEditor::flush()
{
    m_pause.stop();
    // The file closes first when the window does (its pending typing written already).
    if (!m_pending || !m_document.database().isOpen())
        return;
    m_pending = false;
    const QVariantMap typedValues { { QStringLiteral("subject"), m_subject->text() },
        { QStringLiteral("body"), m_body->toPlainText() } };
    // The rules of any edit of these fields (a subject, known placeholders), before anything.
    for (auto it = typedValues.cbegin(); it != typedValues.cend(); ++it) {
        const QString p
            = RecordService::valueProblem(*RecordService::field(table, it.key()), it.value());
        if (!p.isEmpty()) {
            showProblem(p);
            (it.key() == QLatin1String("subject") ? static_cast<QWidget *>(m_subject) : m_body)
                ->setStyleSheet(style::errorBorder());
            return;
        }
    }
    LetterTemplate stored;
    try {
        stored = LetterTemplates(m_document.database()).get(m_programmeId, outcome(), language());
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    QVariantMap changed;
    if (typedValues.value(QStringLiteral("subject")).toString() != stored.subject)
        changed.insert(QStringLiteral("subject"), typedValues.value(QStringLiteral("subject")));
    if (typedValues.value(QStringLiteral("body")).toString() != stored.body)
        changed.insert(QStringLiteral("body"), typedValues.value(QStringLiteral("body")));
    showProblem(QString());
    if (changed.isEmpty())
        return;
    std::unique_ptr<DatabaseCommand> command;
    const QString text = tr("Edit the letter");
    if (!stored.id) {
        QVariantMap row = typedValues;
        row.insert(QStringLiteral("programme_id"), m_programmeId);
        row.insert(QStringLiteral("outcome"), toCode(outcome()));
        row.insert(QStringLiteral("language"), language());
        command = std::make_unique<InsertRecordCommand>(m_document, table, row, text);
    } else if (changed.size() == 1) {
        // Typing in one field: consecutive edits merge into one undo step.
        command = std::make_unique<SetFieldCommand>(
            m_document, table, changed.firstKey(), stored.id, changed.first(), text);
    } else {
        command = std::make_unique<SetFieldsCommand>(m_document, table, stored.id, changed, text);
    }
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error))
        showProblem(error);
}

void LetterTemplateEditor::showProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_subject->setAccessibleDescription(message);
    m_body->setAccessibleDescription(message);
    if (message.isEmpty()) {
        m_subject->setStyleSheet(QString());
        m_body->setStyleSheet(QString());
    }
    if (!message.isEmpty())
        Q_EMIT problem(message);
}

void LetterTemplateEditor::insertPlaceholder()
{
    const QModelIndex current = m_placeholders->currentIndex();
    if (!current.isValid())
        return;
    const QString placeholder = QStringLiteral("{%1}").arg(
        m_placeholderModel->data(current, PlaceholderModel::NameRole).toString());
    if (m_lastField == m_subject) {
        m_subject->insert(placeholder);
        m_subject->setFocus();
        typed();
    } else {
        m_body->insertPlainText(placeholder);
        m_body->setFocus();
    }
}

void LetterTemplateEditor::resetToDefault()
{
    flush();
    if (!m_storedId)
        return;
    QString error;
    if (!DatabaseCommand::push(m_document,
            std::make_unique<RemoveRecordCommand>(
                m_document, table, m_storedId, tr("Reset the letter to its default text")),
            &error))
        showProblem(error);
}

bool LetterTemplateEditor::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusIn && (watched == m_subject || watched == m_body))
        m_lastField = qobject_cast<QWidget *>(watched);
    // A multi-line field has no editingFinished: leaving it writes it.
    if (event->type() == QEvent::FocusOut && watched == m_body)
        flush();
    return QWidget::eventFilter(watched, event);
}

void LetterTemplateEditor::fillSessions()
{
    const qint64 current = m_session->currentData().toLongLong();
    QList<JurySession> sessions;
    try {
        sessions = JuryService(m_document.database()).sessions();
    } catch (const Error &e) {
        m_document.database().reportReadFailure(e.message());
    }
    m_session->clear();
    for (const JurySession &s : std::as_const(sessions))
        m_session->addItem(s.name, s.id);
    const int index = m_session->findData(current);
    m_session->setCurrentIndex(index >= 0 ? index : 0);
    m_session->setEnabled(!sessions.isEmpty());
    fillApplications();
}

void LetterTemplateEditor::fillApplications()
{
    const qint64 session = m_session->currentData().toLongLong();
    const QSignalBlocker block(m_application);
    m_application->clear();
    QList<JuryApplication> applications;
    QList<DecidedApplication> decisions;
    if (session) {
        try {
            applications = JuryService(m_document.database()).applications(session);
            decisions = DecisionLetters::decisions(m_document.database(), session);
        } catch (const Error &e) {
            m_document.database().reportReadFailure(e.message());
        }
    }
    // Applications the jury decided come first: the letters go to them.
    for (const DecidedApplication &d : std::as_const(decisions)) {
        for (const JuryApplication &a : std::as_const(applications)) {
            if (a.initiativeId == d.initiativeId)
                m_application->addItem(a.name, a.initiativeId);
        }
    }
    for (const JuryApplication &a : std::as_const(applications)) {
        if (m_application->findData(a.initiativeId) < 0)
            m_application->addItem(a.name, a.initiativeId);
    }
    m_application->setCurrentIndex(m_application->count() > 0 ? 0 : -1);
    m_application->setEnabled(m_application->count() > 0);
    updatePreview();
}

void LetterTemplateEditor::updatePreview()
{
    LetterTemplate t;
    t.outcome = outcome();
    t.language = language();
    t.subject = m_subject->text();
    t.body = m_body->toPlainText();
    const qint64 session = m_session->currentData().toLongLong();
    const qint64 application = m_application->currentData().toLongLong();
    DecisionLetter letter;
    letter.language = t.language;
    letter.date = QDate::currentDate();
    letter.subject = t.subject;
    letter.body = t.body;
    QString note;
    if (session && application) {
        try {
            letter = DecisionLetters::compose(
                m_document.database(), session, application, t, QDate::currentDate());
        } catch (const Error &e) {
            note = e.message();
        }
    } else {
        note = tr("No application of a jury session to show the letter on yet: the "
                  "placeholders are shown as typed.");
    }
    QString html = note.isEmpty()
        ? QString()
        : QStringLiteral("<p><i>%1</i></p><hr/>").arg(note.toHtmlEscaped());
    m_preview->setHtml(html + DecisionLetters::html(letter));
}

void LetterTemplateEditor::retranslateUi()
{
    m_outcomeLabel->setText(tr("&Decision:"));
    for (int i = 0; i < m_outcome->count(); ++i)
        m_outcome->setItemText(i,
            label(fromCode<JuryOutcome>(m_outcome->itemData(i).toString())
                      .value_or(JuryOutcome::Selected)));
    m_languageLabel->setText(tr("&Language of the letter:"));
    m_language->setItemText(0, tr("French"));
    m_language->setItemText(1, tr("English"));
    m_reset->setText(tr("&Reset to default"));
    m_reset->setToolTip(tr("Use the default text again for this decision and language"));
    m_state->setText(m_storedId ? tr("This programme's own text.")
                                : tr("The default text, used until you edit it."));
    m_textBox->setTitle(tr("Letter"));
    m_placeholderBox->setTitle(tr("Placeholders"));
    m_subjectLabel->setText(tr("&Subject:"));
    m_bodyLabel->setText(tr("&Text:"));
    m_insert->setText(tr("&Insert placeholder"));
    m_insert->setToolTip(tr("Insert the chosen placeholder where the cursor is (or double-click "
                            "it)"));
    m_previewBox->setTitle(tr("Preview"));
    m_sessionLabel->setText(tr("&Jury session:"));
    m_applicationLabel->setText(tr("&Application:"));
    m_placeholderModel->retranslate();
    updatePreview();
}

void LetterTemplateEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace tremplin
