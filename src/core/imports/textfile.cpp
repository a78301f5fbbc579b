// SPDX-License-Identifier: GPL-3.0-or-later
#include "textfile.h"

#include "../exports/csv.h"
#include "../text/searchkey.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>
#include <algorithm>

namespace tremplin {

namespace {
// Windows-1252 characters of 0x80-0x9F (0 where the code page leaves a hole).
const char16_t cp1252High[32] = {
    0x20AC,
    0,
    0x201A,
    0x0192,
    0x201E,
    0x2026,
    0x2020,
    0x2021,
    0x02C6,
    0x2030,
    0x0160,
    0x2039,
    0x0152,
    0,
    0x017D,
    0,
    0,
    0x2018,
    0x2019,
    0x201C,
    0x201D,
    0x2022,
    0x2013,
    0x2014,
    0x02DC,
    0x2122,
    0x0161,
    0x203A,
    0x0153,
    0,
    0x017E,
    0x0178,
};
} // namespace

QString decodeText(const QByteArray &bytes, QString *encodingName)
{
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return QString::fromUtf8(bytes.mid(3));
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError()) {
        if (encodingName)
            *encodingName = QStringLiteral("UTF-8");
        return text;
    }
    QString out;
    out.reserve(bytes.size());
    for (const char c : bytes) {
        const auto b = static_cast<unsigned char>(c);
        if (b >= 0x80 && b <= 0x9F && cp1252High[b - 0x80] != 0)
            out.append(QChar(cp1252High[b - 0x80]));
        else
            out.append(QChar(char16_t(b)));
    }
    if (encodingName)
        *encodingName = QStringLiteral("Windows-1252");
    return out;
}

std::optional<QByteArray> readImportFile(
    const QString &path, qint64 maxSize, const QString &tooLarge, QString *error)
{
    QFile f(path);
    if (QFileInfo(path).size() > maxSize) {
        if (error)
            *error = tooLarge.arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("tremplin::TextFile", "Could not read %1: %2")
                         .arg(QDir::toNativeSeparators(path), f.errorString());
        return std::nullopt;
    }
    return f.readAll();
}

CsvTable readCsv(const QByteArray &bytes)
{
    CsvTable table;
    const QString text = decodeText(bytes, &table.encoding);
    table.separator = csv::detectSeparator(text.section(QLatin1Char('\n'), 0, 0));
    QList<int> lines;
    const QList<QStringList> rows = csv::parse(text, table.separator, &lines);
    bool header = true;
    for (int r = 0; r < rows.size(); ++r) {
        if (rows.at(r).join(QString()).trimmed().isEmpty())
            continue;
        if (header) {
            table.headers = rows.at(r);
            header = false;
        } else {
            table.rows.append(rows.at(r));
            table.lines.append(lines.at(r));
        }
    }
    return table;
}

QString headerKey(const QString &header)
{
    QString key;
    for (const QChar ch : searchKey(header))
        key += ch.isLetterOrNumber() || ch == u'_' ? ch : QChar(u' ');
    return key.simplified();
}

QString headerLayoutKey(const QStringList &headers)
{
    QStringList keys;
    for (const QString &h : headers)
        keys << headerKey(h);
    return QString::fromLatin1(
        QCryptographicHash::hash(keys.join(u'\x1f').toUtf8(), QCryptographicHash::Sha1)
            .toHex()
            .left(20));
}

} // namespace tremplin
