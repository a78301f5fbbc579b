// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

class FieldBinder;

/// The People tab of the initiative form: the people linked to the initiative (acceleration
/// officer, referents, contacts) with the details of the selected one, and the public partners.
/// Its tables follow the links and the people; its fields follow the selected person.
class PeopleTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    PeopleTab(const Context &context, QObject *parent);

    RecordTableModel *peopleModel() const { return m_people; }
    RecordTableModel *partnersModel() const { return m_partners; }
    FieldBinder *binder() const { return m_binder; }
    /// Links a public partner; with no id, asks which administration.
    void addPartner(qint64 administrationId = 0);
    void retranslate();

private:
    /// A new person and their link to the initiative, in one undo step.
    void addPerson();
    qint64 selectedPersonId() const;
    void updateEmptyHint();

    RecordTableModel *m_people;
    RecordTableModel *m_partners;
    FieldBinder *m_binder;
    QLabel *m_noPeople;
};

} // namespace tremplin
