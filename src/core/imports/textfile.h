// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>

namespace tremplin {

/// Decodes a text file as spreadsheets and accounting tools write them: UTF-8 with or without
/// BOM, or Windows-1252 (not Latin-1: "œ" and "€" live in 0x80-0x9F) when it is not valid UTF-8.
QString decodeText(const QByteArray &bytes, QString *encodingName = nullptr);

/// A CSV file as imports read it: decoded (decodeText()), its separator found from the header
/// line, RFC 4180 quoting undone, blank lines (a spreadsheet's trailing ones) left out.
struct CsvTable
{
    QStringList headers;
    QList<QStringList> rows;
    QString encoding;
    QChar separator = QLatin1Char(',');
};
CsvTable readCsv(const QByteArray &bytes);

/// Header text compared word for word, without case, accents or punctuation: "N° de mandat"
/// and "n de mandat" are the same header.
QString headerKey(const QString &header);

} // namespace tremplin
