// SPDX-License-Identifier: GPL-3.0-or-later
#include "tableschema.h"

#include "../validation/identifiers.h"

#include <QCoreApplication>
#include <QDate>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace tremplin {

namespace {
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::TableSchema)
};
} // namespace

std::optional<TableSchema> TableSchema::fromJson(const QByteArray &json, QString *error)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(json, &parseError);
    if (!doc.isObject() || !doc.object().value(QStringLiteral("fields")).isArray()) {
        if (error)
            *error = Tr::tr("Not a table schema: %1").arg(parseError.errorString());
        return std::nullopt;
    }
    TableSchema schema;
    const QJsonObject root = doc.object();
    schema.m_title = root.value(QStringLiteral("title")).toString();
    for (const QJsonValue &v : root.value(QStringLiteral("fields")).toArray()) {
        const QJsonObject o = v.toObject();
        Field f;
        f.name = o.value(QStringLiteral("name")).toString();
        f.type = o.value(QStringLiteral("type")).toString(QStringLiteral("string"));
        const QJsonObject c = o.value(QStringLiteral("constraints")).toObject();
        f.required = c.value(QStringLiteral("required")).toBool();
        if (c.contains(QStringLiteral("pattern"))) {
            // Table Schema patterns match the whole value.
            QString p = c.value(QStringLiteral("pattern")).toString();
            if (!p.startsWith(QLatin1Char('^')))
                p.prepend(QLatin1Char('^'));
            if (!p.endsWith(QLatin1Char('$')))
                p.append(QLatin1Char('$'));
            f.pattern = QRegularExpression(p);
        }
        for (const QJsonValue &e : c.value(QStringLiteral("enum")).toArray())
            f.enumValues.append(e.toString());
        f.minLength = c.value(QStringLiteral("minLength")).toInt(-1);
        f.maxLength = c.value(QStringLiteral("maxLength")).toInt(-1);
        if (c.contains(QStringLiteral("minimum")))
            f.minimum = c.value(QStringLiteral("minimum")).toDouble();
        if (c.contains(QStringLiteral("maximum")))
            f.maximum = c.value(QStringLiteral("maximum")).toDouble();
        if (o.contains(QStringLiteral("trueValues"))) {
            f.trueValues.clear();
            for (const QJsonValue &t : o.value(QStringLiteral("trueValues")).toArray())
                f.trueValues.append(t.toString());
        }
        if (o.contains(QStringLiteral("falseValues"))) {
            f.falseValues.clear();
            for (const QJsonValue &t : o.value(QStringLiteral("falseValues")).toArray())
                f.falseValues.append(t.toString());
        }
        schema.m_fields.append(f);
    }
    for (const QJsonValue &v : root.value(QStringLiteral("custom_checks")).toArray()) {
        const QJsonObject o = v.toObject();
        const QJsonObject params = o.value(QStringLiteral("params")).toObject();
        const QString name = o.value(QStringLiteral("name")).toString();
        if (name == QLatin1String("french-siret-value"))
            schema.m_siretColumns.append(params.value(QStringLiteral("column")).toString());
        else if (name == QLatin1String("one-of-required"))
            schema.m_oneOfRequired.append({ params.value(QStringLiteral("column1")).toString(),
                params.value(QStringLiteral("column2")).toString() });
    }
    return schema;
}

const TableSchema &TableSchema::scdlSubventions()
{
    static const TableSchema schema = [] {
        QFile file(QStringLiteral(":/scdl/scdl-subventions-2.1.1.schema.json"));
        file.open(QIODevice::ReadOnly);
        return fromJson(file.readAll()).value_or(TableSchema());
    }();
    return schema;
}

QStringList TableSchema::fieldNames() const
{
    QStringList names;
    for (const Field &f : m_fields)
        names.append(f.name);
    return names;
}

bool TableSchema::isTextField(int column) const
{
    return column >= 0 && column < m_fields.size()
        && m_fields.at(column).type == QLatin1String("string");
}

QStringList TableSchema::check(const QStringList &cells) const
{
    QStringList problems;
    if (cells.size() != m_fields.size()) {
        problems.append(
            Tr::tr("%n column(s) instead of %1.", nullptr, int(cells.size())).arg(m_fields.size()));
        return problems;
    }
    for (int i = 0; i < m_fields.size(); ++i) {
        const Field &f = m_fields.at(i);
        const QString &cell = cells.at(i);
        if (cell.isEmpty()) {
            if (f.required)
                problems.append(Tr::tr("%1: a value is required.").arg(f.name));
            continue;
        }
        if (f.type == QLatin1String("date")) {
            // A real calendar date, not only the YYYY-MM-DD shape.
            static const QRegularExpression shape(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
            if (!shape.match(cell).hasMatch() || !QDate::fromString(cell, Qt::ISODate).isValid())
                problems.append(Tr::tr("%1: “%2” is not a date (YYYY-MM-DD).").arg(f.name, cell));
        } else if (f.type == QLatin1String("number") || f.type == QLatin1String("integer")) {
            static const QRegularExpression number(QStringLiteral("^-?\\d+(\\.\\d+)?$"));
            static const QRegularExpression integer(QStringLiteral("^-?\\d+$"));
            const bool shapeOk
                = (f.type == QLatin1String("integer") ? integer : number).match(cell).hasMatch();
            if (!shapeOk) {
                problems.append(
                    Tr::tr("%1: “%2” is not a number with a decimal point.").arg(f.name, cell));
            } else {
                const double value = cell.toDouble();
                if (f.minimum && value < *f.minimum)
                    problems.append(Tr::tr("%1: %2 is below the minimum, %3.")
                                        .arg(f.name, cell)
                                        .arg(*f.minimum));
                if (f.maximum && value > *f.maximum)
                    problems.append(Tr::tr("%1: %2 is above the maximum, %3.")
                                        .arg(f.name, cell)
                                        .arg(*f.maximum));
            }
        } else if (f.type == QLatin1String("boolean")) {
            if (!f.trueValues.contains(cell) && !f.falseValues.contains(cell)) {
                problems.append(Tr::tr("%1: “%2” must be one of %3.")
                                    .arg(f.name, cell,
                                        (f.trueValues + f.falseValues).join(QStringLiteral(", "))));
            }
        }
        if (f.pattern && !f.pattern->match(cell).hasMatch())
            problems.append(Tr::tr("%1: “%2” does not have the expected form.").arg(f.name, cell));
        if (!f.enumValues.isEmpty() && !f.enumValues.contains(cell))
            problems.append(Tr::tr("%1: “%2” must be one of: %3.")
                                .arg(f.name, cell, f.enumValues.join(QStringLiteral(" | "))));
        if (f.maxLength >= 0 && cell.size() > f.maxLength)
            problems.append(Tr::tr("%1: %2 characters, more than the %3 allowed.")
                                .arg(f.name)
                                .arg(cell.size())
                                .arg(f.maxLength));
        if (f.minLength >= 0 && cell.size() < f.minLength)
            problems.append(Tr::tr("%1: fewer than %2 characters.").arg(f.name).arg(f.minLength));
    }
    const QStringList names = fieldNames();
    for (const QString &column : m_siretColumns) {
        const QString cell = cells.value(int(names.indexOf(column)));
        if (!cell.isEmpty() && !identifiers::isValidSiret(cell))
            problems.append(Tr::tr("%1: %2 is not a valid SIRET number.").arg(column, cell));
    }
    for (const auto &[a, b] : m_oneOfRequired) {
        if (cells.value(int(names.indexOf(a))).isEmpty()
            && cells.value(int(names.indexOf(b))).isEmpty())
            problems.append(Tr::tr("%1 or %2: one of them is required.").arg(a, b));
    }
    return problems;
}

} // namespace tremplin
