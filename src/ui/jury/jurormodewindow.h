// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <memory>

class QLabel;
class QTextBrowser;
class QUndoStack;

namespace tremplin {

class JurorPack;
class JuryScoreView;
class PackScoreModel;

/// Juror mode: one juror's pack opened on their own computer, with no programme file and no
/// network. The window shows only what the pack holds: the session, the scale and criteria,
/// the juror's applications (name, dossier, description, budget, carrier) and the scoring
/// grid with a comment per application, typed with the keyboard as in the Jury workspace
/// (JuryScoreView on a PackScoreModel). Edits can be undone; File › Save (Ctrl+S) writes the
/// pack back as one file, encrypted again with the same passphrase when it was; closing with
/// unsaved scores asks first. The title says it is a juror pack, not the programme file.
class JurorModeWindow : public QMainWindow
{
    Q_OBJECT
public:
    ~JurorModeWindow() override;

    /// True when @p path is a juror pack (plain or encrypted), by its first bytes.
    static bool isJurorPack(const QString &path);
    /// Opens the pack at @p path in a new juror-mode window (not shown; deleted on close),
    /// asking for its passphrase when it is encrypted (again after a wrong one). Returns null
    /// with @p error empty when the juror cancelled, or with the reason when the pack cannot be
    /// opened.
    static JurorModeWindow *open(const QString &path, QWidget *parent, QString *error);

    JurorPack &pack() const { return *m_pack; }
    PackScoreModel *model() const { return m_model; }
    JuryScoreView *view() const { return m_view; }
    QUndoStack *undoStack() const { return m_undo; }
    /// What the line under the grid says (a refusal), empty when nothing.
    QString message() const;
    /// Writes the pack; says why in a message box and returns false when it cannot.
    bool save();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    JurorModeWindow(std::unique_ptr<JurorPack> pack, QWidget *parent);
    void retranslateUi();
    void showCurrentApplication();
    void setMessage(const QString &text);

    std::unique_ptr<JurorPack> m_pack;
    QUndoStack *m_undo;
    PackScoreModel *m_model;
    JuryScoreView *m_view;
    QLabel *m_header;
    QLabel *m_message;
    QTextBrowser *m_details;
    QTextBrowser *m_criteria;
    QAction *m_save;
    QAction *m_close;
    QAction *m_undoAction;
    QAction *m_redoAction;
    QMenu *m_fileMenu;
    QMenu *m_editMenu;
};

} // namespace tremplin
