// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

/// The Phases tab of the initiative form: the programme phases the initiative takes part in,
/// with their dates, status and assessment. Its table follows the participations; the names of
/// the phases are read again only when a phase changes.
class PhasesTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    PhasesTab(const Context &context, QObject *parent);

    RecordTableModel *phasesModel() const { return m_phases; }
    /// Makes the initiative take part in a programme phase (with the phase's dates); with no
    /// id, asks which.
    void addParticipation(qint64 phaseId = 0);
    void retranslate();

private:
    void reloadPhaseChoices();

    RecordTableModel *m_phases;
};

} // namespace tremplin
