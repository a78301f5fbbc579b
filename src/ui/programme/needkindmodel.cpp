// SPDX-License-Identifier: GPL-3.0-or-later
#include "needkindmodel.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "core/domain/enums.h"
#include "core/error.h"

namespace tremplin {

namespace {
constexpr int KindCount = int(std::size(EnumTraits<NeedKind>::entries));
}

NeedKindModel::NeedKindModel(Document &document, QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
{
    for (const auto &e : EnumTraits<NeedKind>::entries)
        m_entries.append({ 0, QString::fromLatin1(e.code), {}, {} });
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (touches(changes, { QLatin1String("list_item") }))
            reload();
    });
}

void NeedKindModel::setProgrammeId(qint64 id)
{
    m_programmeId = id;
    reload();
}

void NeedKindModel::reload()
{
    QList<ProgrammeService::ListEntry> stored;
    if (m_programmeId > 0 && m_document.database().isOpen()) {
        try {
            stored = ProgrammeService(m_document.database())
                         .listEntries(m_programmeId, ListKind::NeedKind);
        } catch (const Error &e) {
            m_document.database().reportReadFailure(e.message());
        }
    }
    // The rows are the kinds, always the same three: only their values change.
    for (ProgrammeService::ListEntry &entry : m_entries) {
        const QString code = entry.code;
        entry = { 0, code, {}, {} };
        for (const ProgrammeService::ListEntry &s : std::as_const(stored)) {
            if (s.code == code)
                entry = s;
        }
    }
    Q_EMIT dataChanged(index(0, 0), index(KindCount - 1, ColumnCount - 1));
}

void NeedKindModel::retranslate()
{
    Q_EMIT headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    Q_EMIT dataChanged(index(0, Kind), index(KindCount - 1, Kind));
}

int NeedKindModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : KindCount;
}

int NeedKindModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant NeedKindModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ProgrammeService::ListEntry &entry = m_entries.at(index.row());
    if (role != Qt::DisplayRole && role != Qt::EditRole && role != Qt::ToolTipRole)
        return {};
    if (index.column() == Kind)
        return label(EnumTraits<NeedKind>::entries[index.row()].value);
    return entry.description;
}

bool NeedKindModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || role != Qt::EditRole
        || index.column() != Description || m_programmeId <= 0)
        return false;
    const ProgrammeService::ListEntry &entry = m_entries.at(index.row());
    const QString text = value.toString();
    if (text.trimmed() == entry.description.trimmed())
        return false;
    const QString undoText
        = tr("Change the description of %1").arg(data(this->index(index.row(), Kind)).toString());
    std::unique_ptr<DatabaseCommand> command;
    if (entry.id > 0) {
        command = std::make_unique<SetFieldCommand>(m_document, QStringLiteral("list_item"),
            QStringLiteral("description"), entry.id, text, undoText);
    } else {
        // The kind's first description creates its entry; the code names it.
        command = std::make_unique<InsertRecordCommand>(m_document, QStringLiteral("list_item"),
            QVariantMap { { QStringLiteral("programme_id"), m_programmeId },
                { QStringLiteral("list"), toCode(ListKind::NeedKind) },
                { QStringLiteral("code"), entry.code }, { QStringLiteral("name"), entry.code },
                { QStringLiteral("description"), text },
                { QStringLiteral("position"), index.row() + 1 } },
            undoText);
    }
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags NeedKindModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Description)
        f |= Qt::ItemIsEditable;
    return f;
}

QVariant NeedKindModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Kind:
        return tr("Need kind");
    case Description:
        return tr("Description");
    default:
        return {};
    }
}

} // namespace tremplin
