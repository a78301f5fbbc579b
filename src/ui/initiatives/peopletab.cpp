// SPDX-License-Identifier: GPL-3.0-or-later
#include "peopletab.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../forms/fieldbinder.h"
#include "../models/recordtablemodel.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "ui_initiativeform.h"

#include <QDate>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>

namespace tremplin {

PeopleTab::PeopleTab(const Context &context, QObject *parent)
    : FormTab(context, parent)
    , m_people(childTable(QStringLiteral("initiative_person"),
          { QStringLiteral("person_id"), QStringLiteral("role"),
              QStringLiteral("administration_id"), QStringLiteral("since") },
          QStringLiteral("role, id")))
    , m_partners(childTable(QStringLiteral("initiative_partner"),
          { QStringLiteral("administration_id"), QStringLiteral("since"), QStringLiteral("note") },
          QStringLiteral("id")))
    , m_binder(new FieldBinder(context.document, this))
    , m_noPeople(emptyHint(context.ui.peopleView, QStringLiteral("noPeopleLabel")))
{
    m_people->setReadOnly(QStringLiteral("person_id"));
    setUpTable(m_ui.peopleView, m_people, 0);
    setUpTable(m_ui.partnersView, m_partners, 0);
    m_people->setParentId(m_id);
    m_partners->setParentId(m_id);
    // The person selected in the People table.
    const auto person = [this] { return selectedPersonId(); };
    const QString P = QStringLiteral("person");
    QFormLayout *pl = m_ui.personLayout;
    m_binder->bind(m_ui.personNameEdit, pl, P, QStringLiteral("full_name"), person);
    m_binder->bind(m_ui.personEmailEdit, pl, P, QStringLiteral("email"), person);
    m_binder->bind(m_ui.personPhoneEdit, pl, P, QStringLiteral("phone"), person);
    m_binder->bind(m_ui.personJobEdit, pl, P, QStringLiteral("job_title"), person);
    connect(m_ui.peopleView->selectionModel(), &QItemSelectionModel::currentRowChanged, m_binder,
        &FieldBinder::reload);
    connect(m_ui.addPersonButton, &QPushButton::clicked, this, &PeopleTab::addPerson);
    connect(m_ui.removePersonButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_people, m_ui.peopleView, tr("Remove person")); });
    connect(m_ui.addPartnerButton, &QPushButton::clicked, this, [this] { addPartner(); });
    connect(m_ui.removePartnerButton, &QPushButton::clicked, this,
        [this] { removeSelected(m_partners, m_ui.partnersView, tr("Remove public partner")); });
    connect(m_people, &QAbstractItemModel::modelReset, this, &PeopleTab::updateEmptyHint);
    connect(m_people, &QAbstractItemModel::rowsInserted, this, &PeopleTab::updateEmptyHint);
    connect(m_people, &QAbstractItemModel::rowsRemoved, this, &PeopleTab::updateEmptyHint);
    updateEmptyHint();
}

void PeopleTab::retranslate()
{
    m_people->retranslate();
    m_partners->retranslate();
    m_binder->reload();
    m_ui.peopleView->setAccessibleName(tr("People"));
    m_ui.partnersView->setAccessibleName(tr("Public partners"));
    m_noPeople->setText(tr("No one is linked to this initiative yet. Use Add person for the "
                           "acceleration officer, the referents and the contacts."));
}

void PeopleTab::updateEmptyHint()
{
    const bool people = m_people->rowCount() > 0;
    m_ui.peopleView->setVisible(people);
    m_noPeople->setVisible(!people);
    // Nothing to remove, and no person to describe, in an empty section.
    m_ui.removePersonButton->setEnabled(people);
    for (QWidget *w : std::initializer_list<QWidget *> { m_ui.personNameLabel, m_ui.personNameEdit,
             m_ui.personEmailLabel, m_ui.personEmailEdit, m_ui.personPhoneLabel,
             m_ui.personPhoneEdit, m_ui.personJobLabel, m_ui.personJobEdit })
        w->setVisible(people);
}

qint64 PeopleTab::selectedPersonId() const
{
    const QModelIndex index = m_ui.peopleView->currentIndex();
    if (!index.isValid())
        return 0;
    return m_people->data(m_people->index(index.row(), 0), RecordTableModel::EditValueRole)
        .toLongLong();
}

void PeopleTab::addPerson()
{
    // One step, one transaction: the person and their link to the initiative.
    auto command = std::make_unique<CompositeCommand>(m_document, tr("Add person"));
    auto *person
        = command->add(std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("person"),
            QVariantMap { { QStringLiteral("full_name"), tr("New person") } }, command->text()));
    auto *link = command->add(
        std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("initiative_person"),
            QVariantMap { { QStringLiteral("initiative_id"), m_id },
                { QStringLiteral("role"), QStringLiteral("other") } },
            command->text()));
    link->setIdFrom(QStringLiteral("person_id"), person);
    if (!push(std::move(command)))
        return;
    m_ui.tabs->setCurrentWidget(m_ui.peopleTab);
    m_ui.peopleView->setCurrentIndex(m_people->index(m_people->rowCount() - 1, 0));
    m_ui.personNameEdit->setFocus();
    m_ui.personNameEdit->selectAll();
}

void PeopleTab::addPartner(qint64 administrationId)
{
    if (administrationId <= 0) {
        QList<Choice> open;
        try {
            open = Lookups(m_document.database()).administrationsNotPartnerOf(m_id);
        } catch (const Error &e) {
            showProblem(e.message());
            return;
        }
        if (open.isEmpty()) {
            showProblem(tr("Every administration of the directory is already a partner."));
            return;
        }
        QStringList names;
        for (const Choice &c : std::as_const(open))
            names << c.label;
        // The chosen row, not its text, says which: two administrations may share a name.
        const int chosen = chooseItem(tr("Add Public Partner"), tr("Administration:"), names);
        if (chosen < 0)
            return;
        administrationId = open.at(chosen).id;
    }
    insert(QStringLiteral("initiative_partner"),
        { { QStringLiteral("initiative_id"), m_id },
            { QStringLiteral("administration_id"), administrationId },
            { QStringLiteral("since"), QDate::currentDate().toString(Qt::ISODate) } },
        tr("Add public partner"));
}

} // namespace tremplin
