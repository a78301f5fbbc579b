// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordtablemodel.h"

#include "../commands/databasecommand.h"
#include "../document.h"
#include "../style.h"
#include "core/domain/enums.h"
#include "core/domain/money.h"
#include "core/error.h"
#include "core/services/lookups.h"
#include "core/services/records.h"

#include <QBrush>
#include <QColor>
#include <QDate>
#include <QLocale>

namespace tremplin {

namespace {

/// Label of a code of the enum behind a column.
QString codeLabel(const QString &table, const QString &column, const QString &code)
{
    return RecordService::codeLabel(table, column, code);
}

std::optional<ChoiceKind> choiceKind(const QString &table, const QString &column)
{
    return Lookups::kindOfTable(RecordService::referencedTable(table, column));
}

} // namespace

QString RecordTableModel::labelOfCode(
    const QString &table, const QString &column, const QString &code)
{
    return codeLabel(table, column, code);
}

QVariant RecordTableModel::columnData(const QString &table, const QString &column, int role)
{
    const FieldSpec *s = RecordService::field(table, column);
    switch (role) {
    case KindRole:
        return s ? int(s->kind) : -1;
    case ChoiceKindRole: {
        const auto kind = choiceKind(table, column);
        return kind ? int(*kind) : -1;
    }
    case ChoicesRole: {
        QVariantList choices;
        if (s && s->kind == FieldKind::Code) {
            for (const QString &code : s->codes())
                choices.append(QVariant(QVariantList { codeLabel(table, column, code), code }));
        }
        return choices;
    }
    default:
        return {};
    }
}

RecordTableModel::RecordTableModel(Document &document, const QString &table,
    const QString &parentColumn, const QStringList &columns, const QString &orderBy,
    QObject *parent)
    : QAbstractTableModel(parent)
    , m_document(document)
    , m_table(table)
    , m_parentColumn(parentColumn)
    , m_columns(columns)
    , m_orderBy(orderBy)
{
    for (const QString &column : columns)
        m_referenced << RecordService::referencedTable(table, column);
    connect(&document.database(), &Database::changed, this, [this](const ChangeSet &changes) {
        if (watches(changes))
            reload();
    });
}

bool RecordTableModel::watches(const ChangeSet &changes) const
{
    // Its own table and the records its rows name (a person shown renamed, not any person); a
    // parent record put back or removed (undoing an initiative's deletion restores its needs
    // with it).
    const QString parent = RecordService::referencedTable(m_table, m_parentColumn);
    for (const Change &c : changes) {
        if (c.entity == m_table)
            return true;
        for (int column = 0; column < m_referenced.size(); ++column) {
            if (m_referenced.at(column) != c.entity)
                continue;
            if (c.id <= 0)
                return true;
            for (const QVariantList &row : m_rows) {
                if (row.value(column).toLongLong() == c.id)
                    return true;
            }
        }
        if (c.kind != Change::Updated
            && (c.entity == parent || c.entity == QLatin1String("initiative")))
            return true;
    }
    return false;
}

const FieldSpec *RecordTableModel::spec(int column) const
{
    return RecordService::field(m_table, m_columns.value(column));
}

void RecordTableModel::setParentId(qint64 id)
{
    m_parentId = id;
    reload();
}

void RecordTableModel::setReferenceChoices(
    const QString &column, const QList<QPair<QString, qint64>> &choices)
{
    m_references.insert(column, choices);
    if (!m_ids.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void RecordTableModel::setFilter(const QVariantMap &where)
{
    m_where = where;
}

void RecordTableModel::setReadOnly(const QString &column)
{
    m_readOnly.append(column);
}

void RecordTableModel::reload()
{
    QList<qint64> ids;
    QList<QVariantList> rows;
    QHash<QString, QHash<qint64, QString>> labels;
    if ((m_parentId > 0 || m_parentColumn.isEmpty()) && m_document.database().isOpen()) {
        try {
            RecordRows read
                = RecordService(m_document.database())
                      .children(m_table, m_parentColumn, m_parentId, m_columns, m_orderBy, m_where);
            ids = std::move(read.ids);
            rows = std::move(read.rows);
            // Labels of the referenced records shown, not of every record of their table.
            for (int c = 0; c < m_columns.size(); ++c) {
                const auto kind = choiceKind(m_table, m_columns.at(c));
                if (!kind)
                    continue;
                QList<qint64> shown;
                for (const QVariantList &row : std::as_const(rows))
                    shown.append(row.at(c).toLongLong());
                labels.insert(m_columns.at(c), Lookups(m_document.database()).labels(*kind, shown));
            }
        } catch (const Error &e) {
            m_document.database().reportReadFailure(e.message());
        }
    }
    m_labels = std::move(labels);
    if (ids == m_ids && !ids.isEmpty()) {
        // Same records: only values changed. Keeps the selection and any open editor.
        m_rows = std::move(rows);
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        return;
    }
    beginResetModel();
    m_ids = std::move(ids);
    m_rows = std::move(rows);
    endResetModel();
}

void RecordTableModel::retranslate()
{
    if (columnCount() > 0)
        Q_EMIT headerDataChanged(Qt::Horizontal, 0, columnCount() - 1);
    if (rowCount() > 0)
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

qint64 RecordTableModel::idAt(int row) const
{
    return m_ids.value(row);
}

int RecordTableModel::rowOf(qint64 id) const
{
    return int(m_ids.indexOf(id));
}

int RecordTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_ids.size());
}

int RecordTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

QString RecordTableModel::display(int column, const QVariant &value) const
{
    const FieldSpec *s = spec(column);
    if (!s || value.isNull())
        return QString();
    switch (s->kind) {
    case FieldKind::Date:
    case FieldKind::RequiredDate: {
        const QDate d = QDate::fromString(value.toString(), Qt::ISODate);
        return d.isValid() ? QLocale().toString(d, QLocale::ShortFormat) : value.toString();
    }
    case FieldKind::Code:
        return codeLabel(m_table, m_columns.at(column), value.toString());
    case FieldKind::Reference:
        if (m_labels.contains(m_columns.at(column)))
            return m_labels.value(m_columns.at(column)).value(value.toLongLong());
        for (const auto &[text, id] : m_references.value(m_columns.at(column))) {
            if (id == value.toLongLong())
                return text;
        }
        return QString();
    case FieldKind::Real:
    case FieldKind::RequiredReal:
        return QLocale().toString(value.toDouble(), 'g', 12);
    case FieldKind::Money:
        return Money::fromCents(value.toLongLong()).toString(QLocale());
    case FieldKind::Boolean:
        return QString(); // a check box (Qt::CheckStateRole)
    default:
        return value.toString();
    }
}

QVariant RecordTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const QVariant &value = m_rows.at(index.row()).at(index.column());
    const FieldSpec *s = spec(index.column());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        return display(index.column(), value);
    case Qt::EditRole:
        // Amounts are edited as the user writes them ("80 000,00"), stored in cents.
        if (s && s->kind == FieldKind::Money && !value.isNull()) {
            QLocale locale;
            locale.setNumberOptions(QLocale::OmitGroupSeparator);
            return locale.toString(double(value.toLongLong()) / 100.0, 'f', 2);
        }
        return value;
    case EditValueRole:
        return value;
    case Qt::CheckStateRole:
        if (s && s->kind == FieldKind::Boolean)
            return value.toInt() ? Qt::Checked : Qt::Unchecked;
        return {};
    case IdRole:
        return m_ids.at(index.row());
    case KindRole:
    case ChoiceKindRole:
        return columnData(m_table, m_columns.at(index.column()), role);
    case ChoicesRole: {
        QVariantList choices = columnData(m_table, m_columns.at(index.column()), role).toList();
        if (s && s->kind == FieldKind::Reference) {
            choices.append(QVariant(QVariantList { QString(), QVariant(qint64(0)) }));
            for (const auto &[text, id] : m_references.value(m_columns.at(index.column())))
                choices.append(QVariant(QVariantList { text, id }));
        }
        return choices;
    }
    case Qt::ForegroundRole:
        // Open actions past their due date stand out.
        if (m_table == QLatin1String("action_item")
            && m_columns.at(index.column()) == QLatin1String("due_date")) {
            const int statusColumn = int(m_columns.indexOf(QStringLiteral("status")));
            const QString status = statusColumn >= 0
                ? m_rows.at(index.row()).at(statusColumn).toString()
                : QString();
            const QDate due = QDate::fromString(value.toString(), Qt::ISODate);
            if (due.isValid() && due < QDate::currentDate()
                && (status == QLatin1String("todo") || status == QLatin1String("in_progress")))
                return QBrush(style::errorColor());
        }
        return {};
    default:
        return {};
    }
}

bool RecordTableModel::setData(const QModelIndex &index, const QVariant &newValue, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid)
        || (role != Qt::EditRole && role != Qt::CheckStateRole))
        return false;
    const FieldSpec *s = spec(index.column());
    if (!s || (role == Qt::CheckStateRole) != (s->kind == FieldKind::Boolean))
        return false;
    const QString column = m_columns.at(index.column());
    const qint64 id = m_ids.at(index.row());
    const QVariant old = m_rows.at(index.row()).at(index.column());
    QVariant value = newValue;
    if (role == Qt::CheckStateRole)
        value = Qt::CheckState(newValue.toInt()) == Qt::Checked ? 1 : 0;
    if (s->kind == FieldKind::Money && value.typeId() == QMetaType::QString) {
        const auto money = Money::parse(value.toString(), QLocale());
        if (!money) {
            Q_EMIT editRefused(
                tr("%1: enter an amount such as %2.")
                    .arg(RecordService::label(*s), Money::fromCents(123456).toString(QLocale())));
            return false;
        }
        value = money->cents();
    }
    if ((s->kind == FieldKind::Real || s->kind == FieldKind::RequiredReal)
        && value.typeId() == QMetaType::QString) {
        // Typed in the user's language: "1,5" in French.
        bool ok = false;
        const double d = QLocale().toDouble(value.toString().trimmed(), &ok);
        if (ok)
            value = d;
    }
    if (old == value || (old.isNull() && value.toString().isEmpty()))
        return false;
    auto command = std::make_unique<SetFieldCommand>(m_document, m_table, column, id, value,
        // The column as its header shows it ("Measured on"), like the form's fields.
        tr("Change %1").arg(headerData(index.column(), Qt::Horizontal).toString()));
    QString error;
    if (!DatabaseCommand::push(m_document, std::move(command), &error)) {
        Q_EMIT editRefused(error);
        return false;
    }
    return true;
}

Qt::ItemFlags RecordTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && !m_readOnly.contains(m_columns.value(index.column()))) {
        // Yes/no fields are check boxes, toggled with a click or the space bar.
        const FieldSpec *s = spec(index.column());
        f |= s && s->kind == FieldKind::Boolean ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable;
    }
    return f;
}

QVariant RecordTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    const FieldSpec *s = spec(section);
    return s ? RecordService::label(*s) : QVariant();
}

} // namespace tremplin
