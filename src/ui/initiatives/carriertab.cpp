// SPDX-License-Identifier: GPL-3.0-or-later
#include "carriertab.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../forms/referencepicker.h"
#include "../style.h"
#include "core/domain/enums.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "core/services/records.h"
#include "ui_initiativeform.h"

#include <QComboBox>
#include <QLabel>
#include <QPushButton>

namespace tremplin {

CarrierTab::CarrierTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_binder(new FieldBinder(context.document, this))
    , m_illustrativeIds(new QLabel(context.ui.carrierTab))
{
    m_illustrativeIds->setObjectName(QStringLiteral("illustrativeIdentifiers"));
    m_illustrativeIds->setWordWrap(true);
    m_illustrativeIds->setStyleSheet(style::banner());
    m_ui.carrierOuter->insertWidget(1, m_illustrativeIds);
    // The carrier is searched among the organisations as the user types, never listed whole.
    m_ui.carrierCombo->setSource(m_document.database(), ChoiceKind::Organisation);
    // As wide as its longest entry in the language shown ("Collectivité territoriale"), again
    // when the language changes.
    m_ui.legalFormCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    const auto initiative = [this] { return m_id; };
    const auto carrier = [this] { return carrierId(); };
    const QString I = QStringLiteral("initiative");
    const QString O = QStringLiteral("organisation");
    QFormLayout *cl = m_ui.carrierLayout;
    m_binder->bind(m_ui.carrierCombo, cl, I, QStringLiteral("carrier_id"), initiative);
    m_binder->bind(m_ui.carrierNameEdit, cl, O, QStringLiteral("name"), carrier);
    m_binder->bind(m_ui.legalFormCombo, cl, O, QStringLiteral("legal_form"), carrier);
    m_binder->bind(m_ui.siretEdit, cl, O, QStringLiteral("siret"), carrier);
    m_binder->bind(m_ui.rnaEdit, cl, O, QStringLiteral("rna"), carrier);
    m_binder->bind(m_ui.addressEdit, cl, O, QStringLiteral("address"), carrier);
    m_binder->bind(m_ui.postcodeEdit, cl, O, QStringLiteral("postcode"), carrier);
    m_binder->bind(m_ui.carrierTownEdit, cl, O, QStringLiteral("town"), carrier);
    m_binder->bind(m_ui.carrierWebsiteEdit, cl, O, QStringLiteral("website"), carrier);
    connect(m_ui.newCarrierButton, &QPushButton::clicked, this, &CarrierTab::newCarrier);
    connect(&m_document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        // This initiative (its carrier may have changed), or its carrier; not any organisation.
        const bool shownCarrier
            = std::any_of(changes.cbegin(), changes.cend(), [this](const Change &c) {
                  return c.entity == QLatin1String("organisation")
                      && (c.id == m_shownCarrier || c.id <= 0);
              });
        if (shownCarrier || touchesInitiative(changes))
            reloadBanner();
    });
}

void CarrierTab::retranslate()
{
    m_ui.carrierCombo->setPlaceholderText(tr("(none)"));
    fillLegalForms();
    m_binder->reload();
    reloadBanner();
}

void CarrierTab::fillLegalForms()
{
    const QSignalBlocker blocker(m_ui.legalFormCombo);
    m_ui.legalFormCombo->clear();
    for (const auto &e : EnumTraits<LegalForm>::entries)
        m_ui.legalFormCombo->addItem(label(e.value), QString::fromLatin1(e.code));
}

qint64 CarrierTab::carrierId() const
{
    return RecordService(m_document.database())
        .value(QStringLiteral("initiative"), QStringLiteral("carrier_id"), m_id)
        .toLongLong();
}

void CarrierTab::reloadBanner()
{
    bool illustrative = false;
    try {
        const qint64 carrier = carrierId();
        m_shownCarrier = carrier;
        illustrative
            = carrier > 0 && Lookups(m_document.database()).identifiersIllustrative(carrier);
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_illustrativeIds->setVisible(illustrative);
    m_illustrativeIds->setText(tr("The SIRET and RNA numbers of this organisation are illustrative "
                                  "(demo data): they pass the checks but are not its real ones."));
}

void CarrierTab::newCarrier()
{
    const QString name = initiativeName();
    // One step, one transaction: the organisation and the link to it.
    auto command = std::make_unique<CompositeCommand>(m_document, tr("New carrier organisation"));
    auto *create = command->add(
        std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("organisation"),
            QVariantMap { { QStringLiteral("name"), tr("Carrier of %1").arg(name) },
                { QStringLiteral("legal_form"), QStringLiteral("association") } },
            command->text()));
    auto *link
        = command->add(std::make_unique<SetFieldCommand>(m_document, QStringLiteral("initiative"),
            QStringLiteral("carrier_id"), m_id, QVariant(), tr("Change carrier")));
    link->setNewIdFrom(create);
    push(std::move(command));
    m_ui.carrierNameEdit->setFocus();
    m_ui.carrierNameEdit->selectAll();
}

} // namespace tremplin
