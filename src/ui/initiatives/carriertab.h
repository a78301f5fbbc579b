// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

class FieldBinder;

/// The Carrier tab of the initiative form: the organisation carrying the initiative (searched
/// as the user types, never listed whole) and its identifiers, address and website. It follows
/// this initiative (its carrier can change) and the organisations.
class CarrierTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    CarrierTab(const Context &context, QObject *parent);

    FieldBinder *binder() const { return m_binder; }
    void retranslate();

private:
    qint64 carrierId() const;
    void fillLegalForms();
    /// Says when the carrier's SIRET and RNA are made up (demo data).
    void reloadBanner();
    /// Creates an organisation and makes it the carrier, in one undo step.
    void newCarrier();

    FieldBinder *m_binder;
    QLabel *m_illustrativeIds;
    qint64 m_shownCarrier = 0; ///< the carrier the banner was read for
};

} // namespace tremplin
