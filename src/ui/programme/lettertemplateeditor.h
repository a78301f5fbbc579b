// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/domain/enums.h"

#include <QTimer>
#include <QWidget>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTextBrowser;

namespace tremplin {

class Document;
class PlaceholderModel;
struct LetterTemplate;

/// The Programme workspace's Letters tab: the programme's decision letters per outcome and
/// language. The coordinator edits the subject and the text, inserts placeholders from a list,
/// and sees the letter an application of a jury session would get. Until edited, a template
/// shows its default text; the first edit stores the programme's own text (an undoable
/// insert), later typing is an undoable change of the field (a burst of typing is one step),
/// and Reset to default removes the programme's text (undoable too). A text naming an unknown
/// placeholder is refused with the reason under the fields and not written.
///
/// The programme's text may not exist yet, so the fields are not bound with FieldBinder (which
/// edits an existing record): the same pause-then-write rule is applied here.
class LetterTemplateEditor : public QWidget
{
    Q_OBJECT
public:
    LetterTemplateEditor(Document &document, qint64 programmeId, QWidget *parent = nullptr);
    ~LetterTemplateEditor() override;

    PlaceholderModel *placeholderModel() const { return m_placeholderModel; }

    /// Writes the typing that waits for its pause.
    void flush();

Q_SIGNALS:
    /// A refusal, for the status bar.
    void problem(const QString &message);

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    JuryOutcome outcome() const;
    QString language() const;
    /// Reads the template chosen into the fields (unless typing waits to be written).
    void load();
    void typed();
    void showProblem(const QString &message);
    void insertPlaceholder();
    void resetToDefault();
    void fillSessions();
    void fillApplications();
    void updatePreview();
    void retranslateUi();

    Document &m_document;
    qint64 m_programmeId = 0;
    qint64 m_storedId = 0; ///< the programme's text shown, 0 while the default is shown
    bool m_loading = false;
    bool m_pending = false;
    QTimer m_pause;
    QWidget *m_lastField = nullptr;

    QLabel *m_outcomeLabel = nullptr;
    QComboBox *m_outcome = nullptr;
    QLabel *m_languageLabel = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_state = nullptr;
    QPushButton *m_reset = nullptr;
    QGroupBox *m_textBox = nullptr;
    QLabel *m_subjectLabel = nullptr;
    QLineEdit *m_subject = nullptr;
    QLabel *m_bodyLabel = nullptr;
    QPlainTextEdit *m_body = nullptr;
    QLabel *m_problem = nullptr;
    QGroupBox *m_placeholderBox = nullptr;
    QTableView *m_placeholders = nullptr;
    PlaceholderModel *m_placeholderModel = nullptr;
    QPushButton *m_insert = nullptr;
    QGroupBox *m_previewBox = nullptr;
    QLabel *m_sessionLabel = nullptr;
    QComboBox *m_session = nullptr;
    QLabel *m_applicationLabel = nullptr;
    QComboBox *m_application = nullptr;
    QTextBrowser *m_preview = nullptr;
};

} // namespace tremplin
