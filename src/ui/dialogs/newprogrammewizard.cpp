// SPDX-License-Identifier: GPL-3.0-or-later
#include "newprogrammewizard.h"

#include "core/error.h"
#include "core/services/programmeservice.h"
#include "core/validation/identifiers.h"
#include "ui/document.h"
#include "ui/style.h"

#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QRadioButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

namespace tremplin {

namespace {
QLabel *problemLabel(const QString &objectName, QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(objectName);
    label->setStyleSheet(style::errorText());
    label->setWordWrap(true);
    label->hide();
    return label;
}
} // namespace

NewProgrammeWizard::NewProgrammeWizard(QWidget *parent)
    : QWizard(parent)
{
    setObjectName(QStringLiteral("newProgrammeWizard"));
    setWindowTitle(tr("New Programme"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::FinishButton, tr("&Create…"));
    setPage(ProgrammePage, createProgrammePage());
    setPage(CalendarPage, createCalendarPage());
    setPage(PromotionPage, createPromotionPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(ProgrammePage);
    // Room for the whole AIC calendar (seven rows) without scrolling, within a 1366×768 screen.
    setMinimumSize(720, 600);
}

NewProgrammeWizard::~NewProgrammeWizard() = default;

QWizardPage *NewProgrammeWizard::createProgrammePage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The programme"));
    page->setSubTitle(tr("Who runs it. Only the name is required; everything can be changed "
                         "afterwards."));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("programmeName"));
    m_name->setPlaceholderText(tr("e.g. Citizen Initiatives Accelerator"));
    m_shortName = new QLineEdit(page);
    m_shortName->setObjectName(QStringLiteral("shortName"));
    m_shortName->setPlaceholderText(tr("e.g. AIC"));
    m_operator = new QLineEdit(page);
    m_operator->setObjectName(QStringLiteral("operator"));
    m_operator->setPlaceholderText(tr("e.g. Interministerial Digital Directorate"));
    m_siret = new QLineEdit(page);
    m_siret->setObjectName(QStringLiteral("siret"));
    m_siret->setPlaceholderText(QStringLiteral("732 829 320 00074"));
    m_siret->setToolTip(tr("14 digits; it becomes the grantor's identifier (idAttribuant) of "
                           "the SCDL open-data export."));
    m_programmeProblems = problemLabel(QStringLiteral("programmeProblems"), page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("S&hort name:"), m_shortName);
    form->addRow(tr("&Operating administration:"), m_operator);
    form->addRow(tr("&SIRET of the operator:"), m_siret);
    form->addRow(m_programmeProblems);
    // A corrected field clears the message it caused.
    for (QLineEdit *edit : { m_name, m_siret })
        connect(edit, &QLineEdit::textEdited, m_programmeProblems, &QLabel::hide);
    return page;
}

QWizardPage *NewProgrammeWizard::createCalendarPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The calendar"));
    page->setSubTitle(tr("Start from a blank calendar, or from the calendar of the Citizen "
                         "Initiatives Accelerator shifted to your start date."));
    m_aic = new QRadioButton(tr("From the &AIC calendar template"), page);
    m_aic->setObjectName(QStringLiteral("aicTemplate"));
    m_aic->setChecked(true);
    auto *aicHelp = new QLabel(
        tr("Six weeks of call for applications, seven weeks of "
           "selection, a three-month Phase 1, an acceleration committee, "
           "a three-month Phase 2, an engagement committee and a closing "
           "event; grants in two tranches, a seed of %1 then %2.")
            .arg(Money::fromEuros(80000).toString(), Money::fromEuros(60000).toString()),
        page);
    aicHelp->setWordWrap(true);
    aicHelp->setIndent(20);
    m_blank = new QRadioButton(tr("&Blank: I will add the phases myself"), page);
    m_blank->setObjectName(QStringLiteral("blankTemplate"));
    m_start = new QDateEdit(QDate::currentDate(), page);
    m_start->setObjectName(QStringLiteral("startDate"));
    m_start->setCalendarPopup(true);
    m_start->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_startLabel = new QLabel(page);
    m_startLabel->setBuddy(m_start);
    auto updateStartLabel = [this] {
        m_startLabel->setText(m_aic->isChecked() ? tr("&Call for applications opens on:")
                                                 : tr("&Promotion starts on:"));
    };
    connect(m_aic, &QRadioButton::toggled, this, updateStartLabel);
    updateStartLabel();
    auto *startRow = new QFormLayout;
    startRow->addRow(m_startLabel, m_start);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_aic);
    layout->addWidget(aicHelp);
    layout->addWidget(m_blank);
    layout->addSpacing(12);
    layout->addLayout(startRow);
    layout->addStretch();
    return page;
}

QWizardPage *NewProgrammeWizard::createPromotionPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("The first promotion"));
    page->setSubTitle(tr("The group of initiatives accompanied together. Its budget envelope "
                         "and number of places can be left for later."));
    m_promotionName = new QLineEdit(tr("Promotion 1"), page);
    m_promotionName->setObjectName(QStringLiteral("promotionName"));
    m_year = new QSpinBox(page);
    m_year->setObjectName(QStringLiteral("year"));
    m_year->setRange(1900, 2200);
    m_year->setGroupSeparatorShown(false);
    connect(m_year, &QSpinBox::valueChanged, this, [this] { m_yearEdited = m_year->hasFocus(); });
    m_envelope = new QLineEdit(page);
    m_envelope->setObjectName(QStringLiteral("envelope"));
    m_envelope->setPlaceholderText(tr("e.g. %1").arg(Money::fromEuros(1400000).toString()));
    m_places = new QSpinBox(page);
    m_places->setObjectName(QStringLiteral("places"));
    m_places->setRange(0, 100000);
    m_places->setSpecialValueText(tr("Not decided"));
    m_places->setValue(10);
    // Numbers and dates keep a width that fits them instead of stretching across the page.
    for (QWidget *w : std::initializer_list<QWidget *> { m_year, m_places, m_envelope })
        w->setSizePolicy(QSizePolicy::Fixed, QSizePolicy::Fixed);
    m_envelope->setMinimumWidth(
        m_envelope->fontMetrics().horizontalAdvance(m_envelope->placeholderText()) + 24);
    m_promotionProblems = problemLabel(QStringLiteral("promotionProblems"), page);
    auto *form = new QFormLayout(page);
    form->addRow(tr("&Name:"), m_promotionName);
    form->addRow(tr("&Year:"), m_year);
    form->addRow(tr("Budget &envelope:"), m_envelope);
    form->addRow(tr("Number of &places:"), m_places);
    form->addRow(m_promotionProblems);
    for (QLineEdit *edit : { m_promotionName, m_envelope })
        connect(edit, &QLineEdit::textEdited, m_promotionProblems, &QLabel::hide);
    return page;
}

QWizardPage *NewProgrammeWizard::createSummaryPage()
{
    auto *page = new QWizardPage(this);
    page->setTitle(tr("Check and create"));
    page->setSubTitle(tr("Press Create to choose where to save the file. Phases, dates and "
                         "amounts can all be changed afterwards."));
    m_summary = new QLabel(page);
    m_summary->setObjectName(QStringLiteral("summary"));
    m_summary->setWordWrap(true);
    m_summary->setTextFormat(Qt::PlainText);
    m_calendar = new QTableWidget(0, 4, page);
    m_calendar->setObjectName(QStringLiteral("calendar"));
    m_calendar->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_calendar->setSelectionMode(QAbstractItemView::NoSelection);
    m_calendar->setFocusPolicy(Qt::NoFocus);
    m_calendar->verticalHeader()->hide();
    m_calendar->setWordWrap(false);
    m_calendar->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_calendar->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_calendar->setAccessibleName(tr("Calendar of the promotion"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summary);
    layout->addWidget(m_calendar, 1);
    return page;
}

ProgrammeSetup NewProgrammeWizard::setup() const
{
    ProgrammeSetup s;
    s.programme.name = m_name->text().trimmed();
    s.programme.shortName = m_shortName->text().trimmed();
    s.programme.operatorName = m_operator->text().trimmed();
    // Spaces as in "732 829 320 00074" are dropped; other characters are kept, and refused.
    const QString siret = m_siret->text().trimmed();
    const QString digits = identifiers::digitsOnly(siret);
    s.programme.operatorSiret = QString(siret).remove(QLatin1Char(' ')) == digits ? digits : siret;
    s.calendar = m_aic->isChecked() ? CalendarTemplate::Aic : CalendarTemplate::Blank;
    s.start = m_start->date();
    s.promotion.name = m_promotionName->text().trimmed();
    s.promotion.year = m_year->value();
    s.promotion.envelope = envelope().value_or(Money());
    if (m_places->value() > 0)
        s.promotion.places = m_places->value();
    return s;
}

std::optional<Money> NewProgrammeWizard::envelope() const
{
    const QString text = m_envelope->text().trimmed();
    return text.isEmpty() ? Money() : Money::parse(text);
}

std::unique_ptr<Document> NewProgrammeWizard::takeDocument()
{
    return std::move(m_document);
}

bool NewProgrammeWizard::showProblems(QLabel *label, const QStringList &problems)
{
    label->setText(problems.join(QLatin1Char('\n')));
    label->setVisible(!problems.isEmpty());
    return problems.isEmpty();
}

void NewProgrammeWizard::initializePage(int id)
{
    if (id == PromotionPage && !m_yearEdited)
        m_year->setValue(m_start->date().year());
    if (id == SummaryPage)
        fillSummary();
    QWizard::initializePage(id);
}

bool NewProgrammeWizard::validateCurrentPage()
{
    const ProgrammeSetup s = setup();
    switch (currentId()) {
    case ProgrammePage:
        return showProblems(m_programmeProblems, ProgrammeService::programmeProblems(s.programme));
    case PromotionPage: {
        QStringList problems = ProgrammeService::promotionProblems(plannedPromotion(s));
        if (!envelope()) {
            problems.prepend(tr("The budget envelope is not an amount in euros (e.g. %1).")
                                 .arg(Money::fromEuros(1400000).toString()));
        }
        return showProblems(m_promotionProblems, problems);
    }
    case SummaryPage:
        return createFile();
    default:
        return true;
    }
}

void NewProgrammeWizard::fillSummary()
{
    const ProgrammeSetup s = setup();
    const Promotion promotion = plannedPromotion(s);
    QStringList lines;
    lines.append(s.programme.operatorName.isEmpty()
            ? s.programme.name
            : tr("%1, run by %2").arg(s.programme.name, s.programme.operatorName));
    lines.append(tr("First promotion: %1 (%2)").arg(promotion.name).arg(promotion.year));
    if (promotion.places)
        lines.append(tr("%n place(s)", nullptr, *promotion.places));
    if (promotion.envelope.cents() > 0)
        lines.append(tr("Budget envelope: %1").arg(promotion.envelope.toString()));
    const QList<ProgrammeTranche> tranches = templateTranches(s.calendar);
    if (tranches.size() == 2) {
        lines.append(tr("Grants in two tranches: a seed of %1, then %2.")
                         .arg(tranches.at(0).amount.toString(), tranches.at(1).amount.toString()));
    }
    const QList<TemplatePhase> phases = templateCalendar(s.calendar, s.start);
    if (phases.isEmpty())
        lines.append(tr("No phases yet: add them in the Programme workspace."));
    m_summary->setText(lines.join(QLatin1Char('\n')));

    m_calendar->setHorizontalHeaderLabels({ tr("Phase"), tr("Kind"), tr("Start"), tr("End") });
    m_calendar->setRowCount(int(phases.size()));
    m_calendar->setVisible(!phases.isEmpty());
    const QLocale locale;
    for (int row = 0; row < phases.size(); ++row) {
        const TemplatePhase &phase = phases.at(row);
        const QStringList cells = { phase.name, label(phase.kind),
            locale.toString(phase.dates.start, QLocale::ShortFormat),
            locale.toString(phase.dates.end, QLocale::ShortFormat) };
        for (int column = 0; column < cells.size(); ++column)
            m_calendar->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
}

bool NewProgrammeWizard::createFile()
{
    const ProgrammeSetup s = setup();
    QString suggestion = s.programme.shortName.isEmpty() ? s.programme.name : s.programme.shortName;
    suggestion.replace(QRegularExpression(QStringLiteral(R"([\\/:*?"<>|])")), QStringLiteral("-"));
    const QString path = QFileDialog::getSaveFileName(this, tr("Save the New Programme"),
        QDir::home().filePath(suggestion + QStringLiteral(".sqlite")),
        tr("Tremplin databases (*.sqlite *.tremplin);;All files (*)"), nullptr,
        QFileDialog::DontConfirmOverwrite); // an existing file is refused below, never replaced
    if (path.isEmpty())
        return false; // back to the assistant, nothing written
    if (QFileInfo::exists(path)) {
        QMessageBox::warning(this, tr("New Programme"),
            tr("%1 already exists. Tremplin never overwrites a file when creating a "
               "programme; choose a new name.")
                .arg(QDir::toNativeSeparators(path)));
        return false;
    }
    auto document = std::make_unique<Document>();
    try {
        createProgrammeFile(document->database(), path, s);
    } catch (const Error &e) {
        QMessageBox::critical(this, tr("New Programme"), e.message());
        return false;
    }
    m_document = std::move(document);
    return true;
}

} // namespace tremplin
