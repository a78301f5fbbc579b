// SPDX-License-Identifier: GPL-3.0-or-later
#include "identifiers.h"

#include <QRegularExpression>

namespace tremplin::identifiers {

namespace {

bool allDigits(const QString &s)
{
    for (const QChar c : s) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return false;
    }
    return !s.isEmpty();
}

int luhnSum(const QString &digits)
{
    int sum = 0;
    const int n = int(digits.size());
    for (int i = 0; i < n; ++i) {
        int d = digits.at(n - 1 - i).digitValue();
        if (i % 2 == 1) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return sum;
}

} // namespace

QString digitsOnly(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        if (c.isDigit())
            out.append(c);
    }
    return out;
}

bool isValidSiren(const QString &siren)
{
    return siren.size() == 9 && allDigits(siren) && luhnSum(siren) % 10 == 0;
}

bool isValidSiret(const QString &siret)
{
    if (siret.size() != 14 || !allDigits(siret))
        return false;
    static const QString laPoste = QStringLiteral("356000000");
    static const QString laPosteHeadOffice = QStringLiteral("35600000000048");
    if (siret.startsWith(laPoste) && siret != laPosteHeadOffice) {
        int sum = 0;
        for (const QChar c : siret)
            sum += c.digitValue();
        return sum % 5 == 0;
    }
    return luhnSum(siret) % 10 == 0;
}

bool isValidRna(const QString &rna)
{
    static const QRegularExpression re(QStringLiteral("^W\\d{9}$"));
    return re.match(rna).hasMatch();
}

QString formatSiret(const QString &siret)
{
    if (siret.size() != 14)
        return siret;
    return QStringLiteral("%1 %2 %3 %4")
        .arg(siret.left(3), siret.mid(3, 3), siret.mid(6, 3), siret.mid(9));
}

} // namespace tremplin::identifiers
