// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QChar>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace tremplin {

/// Decodes a text file as spreadsheets and accounting tools write them: UTF-8 with or without
/// BOM, or Windows-1252 (not Latin-1: "œ" and "€" live in 0x80-0x9F) when it is not valid UTF-8.
QString decodeText(const QByteArray &bytes, QString *encodingName = nullptr);

/// The bytes of an import's file, or nothing with @p error set: @p tooLarge (its %1: the file's
/// path) when the file is over @p maxSize bytes, the system's reason when it cannot be read.
std::optional<QByteArray> readImportFile(
    const QString &path, qint64 maxSize, const QString &tooLarge, QString *error);

/// A CSV file as imports read it: decoded (decodeText()), its separator found from the header
/// line, RFC 4180 quoting undone, blank lines (a spreadsheet's trailing ones) left out.
struct CsvTable
{
    QStringList headers;
    QList<QStringList> rows;
    /// The file's line (from 1) on which each row starts, so that a problem names the line a
    /// reader finds in the file: blank lines left out and line breaks inside quoted cells count.
    QList<int> lines;
    QString encoding;
    QChar separator = QLatin1Char(',');
};
CsvTable readCsv(const QByteArray &bytes);

/// Header text compared word for word, without case, accents or punctuation: "N° de mandat"
/// and "n de mandat" are the same header.
QString headerKey(const QString &header);

/// A key naming a file's header layout (its column titles compared with headerKey()), under
/// which a mapping chosen by hand is remembered for the next file of the same export.
QString headerLayoutKey(const QStringList &headers);

/// Gives column @p column the meaning @p target in @p mapping, one column per meaning: the
/// column that had it loses it (to @p ignore). False when @p column is out of range.
template<typename Target>
bool assignColumn(QList<Target> &mapping, int column, Target target, Target ignore)
{
    if (column < 0 || column >= mapping.size())
        return false;
    if (target != ignore) {
        for (Target &t : mapping) {
            if (t == target)
                t = ignore;
        }
    }
    mapping[column] = target;
    return true;
}

} // namespace tremplin
