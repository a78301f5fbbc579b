// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

class QComboBox;
class QGroupBox;
class QLabel;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace tremplin {

class DeferredRefresh;
class JuryMissingModel;
class JuryProgressModel;

/// The Jury workspace's tab for each juror's progress and the missing scores: per juror the
/// applications scored out of those assigned, with a bar, sortable; and the list of what each
/// juror still has to score, filtered by juror, to copy or save as CSV for the jurors who are
/// late. Two buttons print for the session: paper score sheets (PDF, of every juror or of the
/// juror chosen in the list's filter) and the decision letters (a folder of PDF files and a
/// mail-merge CSV); the line beside them says what was written.
class JuryProgressTab : public JuryTab
{
    Q_OBJECT
public:
    explicit JuryProgressTab(QWidget *parent = nullptr);
    ~JuryProgressTab() override;

    JuryProgressModel *progressModel() const { return m_progress; }
    JuryMissingModel *missingModel() const { return m_missing; }
    /// What the line beside the print buttons says (what was written, or why not).
    QString outcome() const;

protected:
    void documentChanged() override;
    void sessionChanged() override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void refresh();
    void reloadJurorFilter();
    void updateSummary();
    void copyMissing();
    void saveMissing();
    void writeScoreSheets();
    void writeDecisionLetters();
    void setOutcome(const QString &text, bool isProblem);

    QLabel *m_summary;
    QPushButton *m_sheets;
    QPushButton *m_letters;
    QLabel *m_lettersLanguageLabel;
    QComboBox *m_lettersLanguage; ///< the letters' language: French (default) or English
    QLabel *m_outcome;
    QGroupBox *m_jurorsBox;
    JuryProgressModel *m_progress;
    QSortFilterProxyModel *m_progressSorted;
    QTableView *m_progressView;
    QGroupBox *m_missingBox;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QPushButton *m_copy;
    QPushButton *m_save;
    QLabel *m_missingCount;
    JuryMissingModel *m_missing;
    QTableView *m_missingView;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
