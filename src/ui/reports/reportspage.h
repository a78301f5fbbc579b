// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTextBrowser;

namespace tremplin {

class DeferredRefresh;
class Document;

/// The Reports workspace: the status of each initiative at the end of a phase, previewed,
/// then written as PDF or CSV or printed, in the interface language.
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);

    void setDocument(Document *document);
    /// Writes the report of the chosen phase; returns the error message, if any.
    QString exportTo(const QString &path);
    QComboBox *phaseChooser() const { return m_phase; }
    QString previewText() const;

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void reloadPhases();
    void refresh();
    QPointer<Document> m_document;
    QLabel *m_title;
    QComboBox *m_phase;
    QPushButton *m_pdf;
    QPushButton *m_csv;
    QPushButton *m_print;
    QTextBrowser *m_preview;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
