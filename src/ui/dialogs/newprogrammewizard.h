// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/programmetemplate.h"

#include <QWizard>
#include <memory>

class QDateEdit;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;
class QTableWidget;

namespace tremplin {

class Document;

/// File › New: asks for the programme (name, operating administration and its SIRET), its
/// calendar (blank or the AIC template from a start date), its first promotion (name, year,
/// envelope, places), shows the resulting calendar, then asks where to save and creates the
/// file through the core services (createProgrammeFile()). Cancelling leaves no file behind;
/// a creation that fails removes what it wrote and keeps the assistant open.
class NewProgrammeWizard : public QWizard
{
    Q_OBJECT
public:
    enum PageId { ProgrammePage, CalendarPage, PromotionPage, SummaryPage };

    explicit NewProgrammeWizard(QWidget *parent = nullptr);
    ~NewProgrammeWizard() override;

    /// What the fields say now.
    ProgrammeSetup setup() const;
    /// The created file, open, once the assistant was accepted; null before.
    std::unique_ptr<Document> takeDocument();

protected:
    bool validateCurrentPage() override;
    void initializePage(int id) override;

private:
    QWizardPage *createProgrammePage();
    QWizardPage *createCalendarPage();
    QWizardPage *createPromotionPage();
    QWizardPage *createSummaryPage();
    /// Shows @p problems under the page's fields; true when there are none.
    static bool showProblems(QLabel *label, const QStringList &problems);
    /// The envelope typed, zero when empty; nullopt when it is not an amount.
    std::optional<Money> envelope() const;
    void fillSummary();
    bool createFile();

    QLineEdit *m_name = nullptr;
    QLineEdit *m_shortName = nullptr;
    QLineEdit *m_operator = nullptr;
    QLineEdit *m_siret = nullptr;
    QLabel *m_programmeProblems = nullptr;
    QRadioButton *m_blank = nullptr;
    QRadioButton *m_aic = nullptr;
    QDateEdit *m_start = nullptr;
    QLabel *m_startLabel = nullptr;
    QLineEdit *m_promotionName = nullptr;
    QSpinBox *m_year = nullptr;
    bool m_yearEdited = false;
    QLineEdit *m_envelope = nullptr;
    QSpinBox *m_places = nullptr;
    QLabel *m_promotionProblems = nullptr;
    QLabel *m_summary = nullptr;
    QTableWidget *m_calendar = nullptr;
    std::unique_ptr<Document> m_document;
};

} // namespace tremplin
