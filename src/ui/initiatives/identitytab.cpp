// SPDX-License-Identifier: GPL-3.0-or-later
#include "identitytab.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../forms/themepicker.h"
#include "core/error.h"
#include "core/services/admissibility.h"
#include "core/services/initiativelist.h"
#include "core/services/initiativeservice.h"
#include "core/services/programmeservice.h"
#include "core/services/records.h"
#include "ui_initiativeform.h"

#include <QCollator>
#include <QComboBox>
#include <QEvent>

namespace tremplin {

IdentityTab::IdentityTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_binder(new FieldBinder(context.document, this))
    , m_domainCombo(m_ui.domainCombo)
{
    connect(m_ui.themesEdit, &ThemePicker::newThemeRequested, this, &IdentityTab::newTheme);
    m_ui.domainCombo->installEventFilter(this);
    // Its list is read later: room for a domain's name without it.
    m_ui.domainCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_ui.domainCombo->setMinimumContentsLength(24);
    const auto initiative = [this] { return m_id; };
    const QString I = QStringLiteral("initiative");
    QFormLayout *il = m_ui.identityLayout;
    m_binder->bind(m_ui.nameEdit, il, I, QStringLiteral("name"), initiative);
    m_binder->bind(m_ui.oneLinerEdit, il, I, QStringLiteral("one_liner"), initiative);
    m_binder->bind(m_ui.descriptionEdit, il, I, QStringLiteral("description"), initiative);
    m_binder->bind(m_ui.websiteEdit, il, I, QStringLiteral("website"), initiative);
    m_binder->bind(m_ui.themesEdit, il, I, QStringLiteral("themes"), initiative);
    m_binder->bind(m_ui.domainCombo, il, I, QStringLiteral("domain"), initiative);
    m_binder->bind(m_ui.territoriesEdit, il, I, QStringLiteral("territories"), initiative);
    m_binder->bind(m_ui.townEdit, il, I, QStringLiteral("town"), initiative);
    m_binder->bind(m_ui.mainImpactEdit, il, I, QStringLiteral("main_impact"), initiative);
    m_binder->bind(m_ui.statusCombo, il, I, QStringLiteral("lifecycle"), initiative);
    m_binder->bind(m_ui.promotionCombo, il, I, QStringLiteral("promotion_id"), initiative);
    m_binder->bind(m_ui.admissibilityCombo, il, I, QStringLiteral("admissibility"), initiative);
    m_binder->bind(m_ui.admissibilityReasonCombo, il, I, QStringLiteral("admissibility_reason_id"),
        initiative);
    m_binder->bind(
        m_ui.admissibilityNoteEdit, il, I, QStringLiteral("admissibility_note"), initiative);
    connect(&m_document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touchesInitiative(changes))
            reloadStatus();
        if (touches(changes, { QLatin1String("promotion") }))
            reloadPromotions();
        if (touches(changes, { QLatin1String("list_item"), QLatin1String("promotion") }))
            reloadAdmissibility();
        if (touches(changes, { QLatin1String("theme") }))
            reloadThemes();
    });
}

void IdentityTab::retranslate()
{
    reloadStatus();
    reloadPromotions();
    reloadAdmissibility();
    // The domains in use are read when the user goes to the field (reading them means going
    // through every initiative: too slow for opening a form on a large programme).
    m_domainsLoaded = false;
    reloadThemes();
    m_binder->reload();
}

bool IdentityTab::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_domainCombo && !m_domainsLoaded
        && (event->type() == QEvent::FocusIn || event->type() == QEvent::MouseButtonPress))
        loadDomains();
    return FormTab::eventFilter(watched, event);
}

void IdentityTab::loadDomains()
{
    m_domainsLoaded = true;
    try {
        // A domain typed here stays in the field.
        const QSignalBlocker blocker(m_ui.domainCombo);
        const QString domain = m_ui.domainCombo->currentText();
        m_ui.domainCombo->clear();
        m_ui.domainCombo->addItems(InitiativeListService(m_document.database()).domains());
        m_ui.domainCombo->setEditText(domain);
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void IdentityTab::reloadStatus()
{
    const QSignalBlocker blocker(m_ui.statusCombo);
    try {
        // Status: the current one and the moves allowed from it.
        const auto current = fromCode<Lifecycle>(
            RecordService(m_document.database())
                .value(QStringLiteral("initiative"), QStringLiteral("lifecycle"), m_id)
                .toString());
        m_ui.statusCombo->clear();
        if (current) {
            m_ui.statusCombo->addItem(label(*current), toCode(*current));
            for (Lifecycle l : allowedTransitions(*current))
                m_ui.statusCombo->addItem(label(l), toCode(l));
            m_ui.statusCombo->setCurrentIndex(0);
        }
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void IdentityTab::reloadPromotions()
{
    const QSignalBlocker blocker(m_ui.promotionCombo);
    try {
        const QList<Promotion> promotions = ProgrammeService(m_document.database()).promotions();
        m_ui.promotionCombo->clear();
        m_ui.promotionCombo->addItem(tr("(none)"), qint64(0));
        for (const Promotion &p : promotions)
            m_ui.promotionCombo->addItem(p.name, p.id);
        m_binder->reload();
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void IdentityTab::reloadAdmissibility()
{
    const QSignalBlocker blocker(m_ui.admissibilityCombo);
    const QSignalBlocker reasonBlocker(m_ui.admissibilityReasonCombo);
    try {
        m_ui.admissibilityCombo->clear();
        for (const auto &e : EnumTraits<Admissibility>::entries)
            m_ui.admissibilityCombo->addItem(label(e.value), toCode(e.value));
        // The reasons are the list of the initiative's programme.
        m_ui.admissibilityReasonCombo->clear();
        m_ui.admissibilityReasonCombo->addItem(tr("(none)"), qint64(0));
        for (const auto &[id, name] : AdmissibilityService(m_document.database()).reasons(m_id))
            m_ui.admissibilityReasonCombo->addItem(name, id);
        m_binder->reload();
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void IdentityTab::reloadThemes()
{
    try {
        // In the language's order ("Éducation" with the E's, not after "Social").
        QStringList themes = InitiativeService(m_document.database()).allThemes();
        QCollator collator;
        std::sort(themes.begin(), themes.end(), collator);
        m_ui.themesEdit->setAvailable(themes);
        m_binder->reload(); // the boxes just added show whether the initiative has them
    } catch (const Error &e) {
        showProblem(e.message());
    }
}

void IdentityTab::newTheme()
{
    Database &db = m_document.database();
    auto *dialog = new NewThemeDialog(
        [&db](const QString &name) { return InitiativeService(db).newThemeProblem(name); },
        m_ui.tabs->window());
    dialog->setObjectName(QStringLiteral("newThemeDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->name();
        QStringList themes = m_ui.themesEdit->checked();
        themes.append(name);
        // One undo step: the theme joins the programme's list and this initiative. Undoing it
        // removes both, so no theme created here outlives the edit.
        auto command
            = std::make_unique<CompositeCommand>(m_document, tr("New theme “%1”").arg(name));
        command->add(std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("theme"),
            QVariantMap { { QStringLiteral("name"), name } }, command->text()));
        command->add(std::make_unique<SetFieldCommand>(m_document, QStringLiteral("initiative"),
            QStringLiteral("themes"), m_id, themes, command->text()));
        push(std::move(command));
    });
    dialog->open();
}

} // namespace tremplin
