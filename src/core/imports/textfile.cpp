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
#include <optional>

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
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::TextFile)
};

/// UTF-16 without a BOM, told by its zero bytes: text of Latin letters in UTF-16 has a zero in
/// (nearly) every high byte, and random bytes or a few NULs in UTF-8 text have far fewer.
std::optional<QStringConverter::Encoding> utf16WithoutBom(const QByteArray &bytes)
{
    const qsizetype n = std::min<qsizetype>(bytes.size(), 8192) & ~qsizetype(1);
    if (n < 4)
        return std::nullopt;
    qsizetype evenZeros = 0;
    qsizetype oddZeros = 0;
    for (qsizetype i = 0; i < n; i += 2) {
        evenZeros += bytes.at(i) == '\0';
        oddZeros += bytes.at(i + 1) == '\0';
    }
    const qsizetype pairs = n / 2;
    if (oddZeros * 2 > pairs && evenZeros * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (evenZeros * 2 > pairs && oddZeros * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

constexpr int FirstPlausibleYear = 1950;
/// The most columns an import reads: a Démarches simplifiées export has a few hundred, and
/// the import dialogs give each column a drop-down (20 000 of them take seconds to build).
constexpr int MaxColumns = 1000;
constexpr int LastPlausibleYear = 2100;
} // namespace

QString decodeText(const QByteArray &bytes, QString *encodingName)
{
    std::optional<QStringConverter::Encoding> utf16;
    qsizetype bom = 0;
    if (bytes.startsWith("\xFF\xFE")) {
        utf16 = QStringConverter::Utf16LE;
        bom = 2;
    } else if (bytes.startsWith("\xFE\xFF")) {
        utf16 = QStringConverter::Utf16BE;
        bom = 2;
    } else {
        utf16 = utf16WithoutBom(bytes);
    }
    if (utf16) {
        if (encodingName)
            *encodingName = *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                : QStringLiteral("UTF-16BE");
        QStringDecoder decoder(*utf16, QStringConverter::Flag::Stateless);
        return decoder.decode(QByteArrayView(bytes.constData() + bom, bytes.size() - bom));
    }
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
    const QFileInfo info(path);
    if (info.exists() && !info.isFile()) {
        // A folder, a device (/dev/zero never ends) or a pipe: never read to its end.
        if (error)
            *error = Tr::tr("%1 is not a file.").arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    if (info.size() > maxSize) {
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
    QByteArray bytes = f.read(maxSize + 1);
    if (bytes.size() > maxSize) { // it grew since
        if (error)
            *error = tooLarge.arg(QDir::toNativeSeparators(path));
        return std::nullopt;
    }
    return bytes;
}

QString binaryTextProblem(const QString &text)
{
    qsizetype controls = 0;
    for (const QChar c : text) {
        if (c.isNull())
            return Tr::tr("The file is not text: it holds NUL bytes (is it a spreadsheet's own "
                          "format?). Save it as CSV and import that file.");
        if (c < u' ' && c != u'\t' && c != u'\n' && c != u'\r' && c != u'\f')
            ++controls;
    }
    if (controls * 100 > text.size()) {
        return Tr::tr("The file is not text: it holds control characters (is it a "
                      "spreadsheet's own format?). Save it as CSV and import that file.");
    }
    return QString();
}

QString shownCell(const QString &cell, int max)
{
    QString shown = cell.left(max + 1);
    for (QChar &c : shown) {
        if (c < u' ' || c == QChar(0x7f))
            c = u' ';
    }
    shown = shown.simplified();
    if (cell.size() > max) {
        shown.truncate(max - 1);
        if (!shown.isEmpty() && shown.back().isHighSurrogate())
            shown.chop(1);
        shown += QChar(0x2026);
    }
    return shown;
}

QString overlongCellProblem(const QStringList &row, int maxLength)
{
    for (const QString &cell : row) {
        if (cell.size() > maxLength)
            return Tr::tr("a cell is longer than %1 characters").arg(maxLength);
    }
    return QString();
}

QString extraCellsProblem(const QStringList &row, int columns)
{
    for (qsizetype i = columns; i < row.size(); ++i) {
        if (!row.at(i).trimmed().isEmpty()) {
            return Tr::tr("the line has %1 cells but the header names %2 columns (a separator "
                          "inside a cell that is not quoted?)")
                .arg(row.size())
                .arg(columns);
        }
    }
    return QString();
}

bool isPlausibleDate(const QDate &date)
{
    return date.isValid() && date.year() >= FirstPlausibleYear && date.year() <= LastPlausibleYear;
}

QString implausibleDateProblem(const QString &text)
{
    return Tr::tr("“%1” is not a date between the years %2 and %3")
        .arg(shownCell(text))
        .arg(FirstPlausibleYear)
        .arg(LastPlausibleYear);
}

QString amountTooLargeProblem(const QString &text)
{
    return Tr::tr("“%1” is more than one billion euros (a typing error?)").arg(shownCell(text));
}

CsvTable readCsv(const QByteArray &bytes)
{
    QString encoding;
    const QString text = decodeText(bytes, &encoding);
    return readCsvText(text, encoding);
}

CsvTable readCsvText(const QString &text, const QString &encoding)
{
    CsvTable table;
    table.encoding = encoding;
    table.problem = binaryTextProblem(text);
    if (!table.problem.isEmpty())
        return table;
    table.separator = csv::detectSeparator(text.section(QLatin1Char('\n'), 0, 0));
    QList<int> lines;
    int unclosed = 0;
    const QList<QStringList> rows = csv::parse(text, table.separator, &lines, &unclosed);
    if (unclosed > 0) {
        table.problem = Tr::tr("A quote (\") opened on line %1 is never closed, so the rest of "
                               "the file would be read as one cell: close it in the file.")
                            .arg(unclosed);
        return table;
    }
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
    if (table.headers.size() > MaxColumns) {
        table.problem = Tr::tr("The file has %1 columns; an import reads at most %2 (is it the "
                               "right file?).")
                            .arg(table.headers.size())
                            .arg(MaxColumns);
        table.headers.clear();
        table.rows.clear();
        table.lines.clear();
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
