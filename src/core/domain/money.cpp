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

std::optional<Money> Money::parse(const QString &text, const QLocale &locale)
{
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
