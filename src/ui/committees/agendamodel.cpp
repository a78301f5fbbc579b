// SPDX-License-Identifier: GPL-3.0-or-later
#include "agendamodel.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "core/error.h"

#include <QLocale>

namespace tremplin {

AgendaModel::AgendaModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes,
                { QLatin1String("agenda_item"), QLatin1String("decision"),
                    QLatin1String("decision_amendment"), QLatin1String("decision_sponsor"),
                    QLatin1String("grant_award"), QLatin1String("disbursement"),
                    QLatin1String("initiative"), QLatin1String("committee"), QLatin1String("phase"),
                    QLatin1String("organisation") }))
            reload();
    });
}

void AgendaModel::setCommittee(qint64 committeeId)
{
    m_committee = committeeId;
    reload();
}

void AgendaModel::reload()
{
    QList<AgendaEntry> entries;
    if (m_committee > 0 && m_document.database().isOpen()) {
        try {
            entries = CommitteeService(m_document.database()).agenda(m_committee);
        } catch (const Error &e) {
            m_document.database().reportReadFailure(e.message());
        }
    }
    QList<qint64> before, after;
    for (const AgendaEntry &e : std::as_const(m_entries))
        before << e.agendaItemId;
    for (const AgendaEntry &e : std::as_const(entries))
        after << e.agendaItemId;
    if (before == after && !after.isEmpty()) {
        // Same items: only values changed; the selection stays.
        m_entries = std::move(entries);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
        return;
    }
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

void AgendaModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

const AgendaEntry *AgendaModel::entry(int row) const
{
    return row >= 0 && row < m_entries.size() ? &m_entries.at(row) : nullptr;
}

int AgendaModel::rowOfInitiative(qint64 initiativeId) const
{
    for (int r = 0; r < m_entries.size(); ++r) {
        if (m_entries.at(r).initiativeId == initiativeId)
            return r;
    }
    return -1;
}

int AgendaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int AgendaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AgendaModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const AgendaEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
    case Qt::ToolTipRole:
        switch (Column(index.column())) {
        case Position:
            return index.row() + 1;
        case Initiative:
            return e.initiative;
        case Request:
            return e.request;
        case Decision: {
            if (!e.decisionId)
                return role == Qt::EditRole ? QVariant() : QVariant(tr("Not decided"));
            QString text = label(e.kind);
            if (!e.phase.isEmpty())
                text = tr("%1: %2").arg(text, e.phase);
            if (!e.amendments.isEmpty())
                text += QLatin1Char(' ') + tr("(amended)");
            return text;
        }
        case Reference:
            return e.reference;
        case Funded: {
            if (e.grants.isEmpty())
                return QString();
            Money total;
            for (const DecidedGrant &g : e.grants)
                total += g.committed;
            return total.toString(QLocale());
        }
        case ColumnCount:
            break;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Funded || index.column() == Position)
            return QVariant(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case AgendaItemIdRole:
        return e.agendaItemId;
    case InitiativeIdRole:
        return e.initiativeId;
    case DecisionIdRole:
        return e.decisionId;
    default:
        return {};
    }
}

bool AgendaModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole
        || index.column() != Request)
        return false;
    const AgendaEntry &e = m_entries.at(index.row());
    if (value.toString() == e.request)
        return false;
    QString error;
    if (!DatabaseCommand::push(m_document,
            std::make_unique<SetFieldCommand>(m_document, QStringLiteral("agenda_item"),
                QStringLiteral("request"), e.agendaItemId, value.toString(),
                tr("Change %1").arg(headerData(Request, Qt::Horizontal).toString())),
            &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags AgendaModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Request)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant AgendaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Position:
        return tr("No.");
    case Initiative:
        return tr("Initiative");
    case Request:
        return tr("Asked of the committee");
    case Decision:
        return tr("Decision");
    case Reference:
        return tr("Reference");
    case Funded:
        return tr("Funded");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace tremplin
