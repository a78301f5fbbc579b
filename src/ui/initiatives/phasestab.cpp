// SPDX-License-Identifier: GPL-3.0-or-later
#include "phasestab.h"

#include "../document.h"
#include "../models/recordtablemodel.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "core/services/programmeservice.h"
#include "ui_initiativeform.h"

#include <QDate>
#include <QPushButton>
#include <QSet>

namespace tremplin {

PhasesTab::PhasesTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_phases(childTable(QStringLiteral("participation"),
          { QStringLiteral("phase_id"), QStringLiteral("actual_start"),
              QStringLiteral("actual_end"), QStringLiteral("status"),
              QStringLiteral("assessment") },
          QStringLiteral("actual_start, id")))
{
    m_phases->setReadOnly(QStringLiteral("phase_id"));
    setUpTable(m_ui.phasesView, m_phases, 4);
    m_phases->setParentId(m_id);
    connect(m_ui.addPhaseButton, &QPushButton::clicked, this, [this] { addParticipation(); });
    connect(m_ui.removePhaseButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_phases, m_ui.phasesView, tr("Leave the phase")); });
    connect(&m_document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, { QLatin1String("phase") }))
            reloadPhaseChoices();
    });
}

void PhasesTab::retranslate()
{
    m_phases->retranslate();
    reloadPhaseChoices();
    m_ui.phasesView->setAccessibleName(tr("Participation in the programme phases"));
}

void PhasesTab::reloadPhaseChoices()
{
    QList<QPair<QString, qint64>> phases;
    try {
        for (const Phase &p : ProgrammeService(m_document.database()).phases())
            phases.append({ p.name, p.id });
    } catch (const Error &e) {
        showProblem(e.message());
    }
    m_phases->setReferenceChoices(QStringLiteral("phase_id"), phases);
}

void PhasesTab::addParticipation(qint64 phaseId)
{
    QList<Phase> open;
    try {
        const QSet<qint64> taken = Lookups(m_document.database()).phasesTakenBy(m_id);
        for (const Phase &p : ProgrammeService(m_document.database()).phases()) {
            if (!taken.contains(p.id)
                && (p.kind == PhaseKind::Accompaniment || p.kind == PhaseKind::Selection))
                open.append(p);
        }
    } catch (const Error &e) {
        showProblem(e.message());
        return;
    }
    if (phaseId <= 0) {
        if (open.isEmpty()) {
            showProblem(tr("The initiative already takes part in every phase."));
            return;
        }
        QStringList names;
        for (const Phase &p : open)
            names << p.name;
        const int chosen = chooseItem(tr("Take Part in a Phase"), tr("Phase:"), names);
        if (chosen < 0)
            return;
        phaseId = open.at(chosen).id;
    }
    const auto it = std::find_if(
        open.cbegin(), open.cend(), [phaseId](const Phase &p) { return p.id == phaseId; });
    if (it == open.cend())
        return;
    // The phase's own dates, planned and actual alike: the timeline shows the slip later.
    const QDate start = it->actual.start.isValid() ? it->actual.start : it->planned.start;
    const QDate end = it->actual.end.isValid() ? it->actual.end : it->planned.end;
    QVariantMap values { { QStringLiteral("initiative_id"), m_id },
        { QStringLiteral("phase_id"), phaseId },
        { QStringLiteral("status"), QStringLiteral("not_started") } };
    if (start.isValid()) {
        values.insert(QStringLiteral("planned_start"), start.toString(Qt::ISODate));
        values.insert(QStringLiteral("actual_start"), start.toString(Qt::ISODate));
    }
    if (end.isValid()) {
        values.insert(QStringLiteral("planned_end"), end.toString(Qt::ISODate));
        values.insert(QStringLiteral("actual_end"), end.toString(Qt::ISODate));
    }
    insert(QStringLiteral("participation"), values, tr("Take part in %1").arg(it->name));
}

} // namespace tremplin
