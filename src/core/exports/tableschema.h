// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <optional>

namespace tremplin {

/// A Frictionless Table Schema (the format of the SCDL schemas), enough of it to check rows
/// before they are written: field types (string, number, integer, date, boolean with its
/// true/false values), constraints (required, pattern, enum, minLength, maxLength, minimum,
/// maximum) and the SCDL custom checks (french-siret-value, one-of-required).
class TableSchema
{
public:
    /// Reads a schema; nullopt with @p error set when the JSON is not a table schema.
    static std::optional<TableSchema> fromJson(const QByteArray &json, QString *error = nullptr);
    /// The SCDL "subventions" 2.1.1 schema embedded in Tremplin.
    static const TableSchema &scdlSubventions();

    QStringList fieldNames() const;
    /// Whether column @p column holds free text (type "string"): a CSV writer neutralises such
    /// cells when they would run as formulas (csv::Cell::Text), not numbers and dates.
    bool isTextField(int column) const;
    QString title() const { return m_title; }

    /// Every problem of one row, given as text cells in the schema's column order, in the
    /// user's language; empty when the row is valid.
    QStringList check(const QStringList &cells) const;

private:
    struct Field
    {
        QString name;
        QString type;
        bool required = false;
        std::optional<QRegularExpression> pattern;
        QStringList enumValues;
        int minLength = -1;
        int maxLength = -1;
        std::optional<double> minimum;
        std::optional<double> maximum;
        QStringList trueValues { QStringLiteral("true") };
        QStringList falseValues { QStringLiteral("false") };
    };
    QList<Field> m_fields;
    QStringList m_siretColumns;
    QList<QPair<QString, QString>> m_oneOfRequired;
    QString m_title;
};

} // namespace tremplin
