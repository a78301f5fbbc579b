// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "juryscoremodel.h"

#include <QPointer>
#include <QTableView>
#include <QWidget>

class QLabel;

namespace tremplin {

class DeferredRefresh;
class Document;

/// The table of the scoring grid, made for the keyboard: typing a number edits the cell, Tab
/// and Enter write it and move to the next cell that can be scored (disabled cells and the
/// total are skipped), Delete clears the score; a value the session refuses keeps the editor
/// open with the reason.
class JuryScoreView : public QTableView
{
    Q_OBJECT
public:
    explicit JuryScoreView(QWidget *parent = nullptr);
    /// The cell after the current one that a score or a comment can be typed in (invalid at
    /// the end of the grid).
    QModelIndex nextCell() { return moveCursor(MoveNext, Qt::NoModifier); }
    /// Writes what is typed in the open editor, as Tab would but staying in the cell (before
    /// a save). False when the value is refused: the editor stays open and message() says why.
    bool commitOpenEditor();

Q_SIGNALS:
    /// The reason a cell cannot take what was typed or clicked, or empty.
    void message(const QString &text);

protected:
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;
    void keyPressEvent(QKeyEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
};

/// Sizes a scoring grid's columns: each criterion as narrow as its name on at most two lines,
/// the total to its contents, the comment the rest.
void sizeScoreColumns(QTableView *view, const ScoreGridModel &model);

/// A jury session's scoring grid on its own (JuryScoreModel in a JuryScoreView, with the line
/// that says why a score was refused): the Scoring tab shows it, and a window that opens one
/// juror's pack can show it for that juror only.
class JuryScoreGrid : public QWidget
{
    Q_OBJECT
public:
    explicit JuryScoreGrid(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /// One juror's applications by criteria.
    void showJuror(qint64 sessionId, qint64 memberId);
    /// One application's jurors by criteria (the coordinator's view).
    void showApplication(qint64 sessionId, qint64 initiativeId);

    JuryScoreModel *model() const { return m_model; }
    JuryScoreView *view() const { return m_view; }
    /// What the line under the grid says (a refusal), empty when nothing.
    QString message() const;

Q_SIGNALS:
    /// The current row changed (or its data did): the juror and the application it is about.
    void currentPairChanged(qint64 memberId, qint64 initiativeId);

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void setMessage(const QString &text);
    void sizeColumns();
    void emitCurrentPair();

    JuryScoreModel *m_model;
    JuryScoreView *m_view;
    /// Names changed elsewhere (an application, a person): read again when on screen.
    DeferredRefresh *m_namesRefresh;
    QPointer<Document> m_document;
    QLabel *m_message;
    /// The cell kept across a reset of the model (by juror, application and column).
    qint64 m_keptMember = 0;
    qint64 m_keptInitiative = 0;
    int m_keptColumn = 0;
};

} // namespace tremplin
