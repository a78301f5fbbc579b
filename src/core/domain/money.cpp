// SPDX-License-Identifier: GPL-3.0-or-later
#include "money.h"

#include <QRegularExpression>

namespace tremplin {

QString Money::toString(const QLocale &locale) const
{
    // Format the integer part and the cents separately: going through double would be exact
    // for realistic amounts but the habit of never converting money to floating point is worth
    // keeping.
    const qint64 absCents = m_cents < 0 ? -m_cents : m_cents;
    QString number = locale.toString(absCents / 100);
    number += locale.decimalPoint();
    number += QStringLiteral("%1").arg(absCents % 100, 2, 10, QLatin1Char('0'));
    if (m_cents < 0)
        number.prepend(locale.negativeSign());
    // toCurrencyString knows where the symbol goes and which space separates it.
    const QString pattern = locale.toCurrencyString(1.0, QStringLiteral("\u20ac"), 0);
    QString result = pattern;
    result.replace(QLatin1String("1"), number);
    return result;
}

QString Money::toDecimalString() const
{
    const qint64 absCents = m_cents < 0 ? -m_cents : m_cents;
    return QStringLiteral("%1%2.%3")
        .arg(m_cents < 0 ? QStringLiteral("-") : QString())
        .arg(absCents / 100)
        .arg(absCents % 100, 2, 10, QLatin1Char('0'));
}

namespace {
/// The common machine form ("1234", "1234.5", "1234,56"): read without regular expressions,
/// since imports read a million of them.
std::optional<Money> parsePlain(const QString &text)
{
    const int n = int(text.size());
    if (n == 0 || n > 18)
        return std::nullopt;
    qint64 units = 0;
    int i = 0;
    for (; i < n; ++i) {
        const char16_t c = text.at(i).unicode();
        if (c < u'0' || c > u'9')
            break;
        units = units * 10 + (c - u'0');
    }
    // Fifteen digits of euros at most, as parse() reads them: 10^17 cents times 100 would not
    // fit in 64 bits.
    if (i == 0 || i > 15)
        return std::nullopt;
    if (i == n)
        return Money::fromCents(units * 100);
    const char16_t mark = text.at(i).unicode();
    if ((mark != u'.' && mark != u',') || n - i - 1 < 1 || n - i - 1 > 2)
        return std::nullopt;
    qint64 cents = 0;
    for (int k = i + 1; k < n; ++k) {
        const char16_t c = text.at(k).unicode();
        if (c < u'0' || c > u'9')
            return std::nullopt;
        cents = cents * 10 + (c - u'0');
    }
    if (n - i - 1 == 1)
        cents *= 10;
    return Money::fromCents(units * 100 + cents);
}
} // namespace

std::optional<Money> Money::parse(const QString &text, const QLocale &locale)
{
    // Digits with one decimal mark and at most two decimals mean the same in every locale
    // (a group separator is followed by three digits).
    if (auto plain = parsePlain(text))
        return plain;
    QString t = text;
    t.remove(QChar(0x20ac));
    t.remove(QLatin1String("EUR"), Qt::CaseInsensitive);
    // Spaces of every kind are group separators in French.
    t.remove(QRegularExpression(QStringLiteral("[\\s\u00a0\u202f]")));
    if (t.isEmpty())
        return std::nullopt;
    bool negative = false;
    if (t.startsWith(QLatin1Char('-')) || t.startsWith(locale.negativeSign())) {
        negative = true;
        t.remove(0, 1);
    }
    const QString group = locale.groupSeparator();
    const QString point = locale.decimalPoint();
    // Accept the locale's decimal separator and, as a convenience, the other common one when
    // it cannot be a group separator (one occurrence followed by one or two digits).
    QString normalised;
    if (point != QLatin1String(".") && t.contains(point)) {
        normalised = t;
        normalised.remove(group);
        normalised.replace(point, QLatin1String("."));
    } else {
        normalised = t;
        if (group != QLatin1String("."))
            normalised.remove(group);
        normalised.replace(QLatin1Char(','), QLatin1Char('.'));
        if (normalised.count(QLatin1Char('.')) > 1)
            return std::nullopt;
    }
    static const QRegularExpression re(QStringLiteral("^(\\d{1,15})(?:\\.(\\d{1,2}))?$"));
    const auto m = re.match(normalised);
    if (!m.hasMatch())
        return std::nullopt;
    qint64 cents = m.captured(1).toLongLong() * 100;
    const QString frac = m.captured(2);
    if (frac.size() == 1)
        cents += frac.toInt() * 10;
    else if (frac.size() == 2)
        cents += frac.toInt();
    return Money::fromCents(negative ? -cents : cents);
}

} // namespace tremplin
