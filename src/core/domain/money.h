// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>
#include <QString>
#include <QtGlobal>
#include <optional>

namespace tremplin {

/// An amount of euros held exactly, in integer cents. Formatting happens at the edge, per locale.
class Money
{
public:
    constexpr Money() = default;
    static constexpr Money fromCents(qint64 cents) { return Money(cents); }
    static constexpr Money fromEuros(qint64 euros) { return Money(euros * 100); }

    constexpr qint64 cents() const { return m_cents; }

    constexpr Money operator+(Money o) const { return Money(m_cents + o.m_cents); }
    constexpr Money operator-(Money o) const { return Money(m_cents - o.m_cents); }
    Money &operator+=(Money o)
    {
        m_cents += o.m_cents;
        return *this;
    }
    constexpr bool operator==(Money o) const { return m_cents == o.m_cents; }
    constexpr bool operator!=(Money o) const { return m_cents != o.m_cents; }
    constexpr bool operator<(Money o) const { return m_cents < o.m_cents; }
    constexpr bool operator>(Money o) const { return m_cents > o.m_cents; }
    constexpr bool operator<=(Money o) const { return m_cents <= o.m_cents; }
    constexpr bool operator>=(Money o) const { return m_cents >= o.m_cents; }

    /// "80 000,00 €" in French, "€80,000.00" in English: always euros, grouped per locale.
    QString toString(const QLocale &locale = QLocale()) const;

    /// The plain machine form with a decimal point and two decimals: "80000.00" (exports).
    QString toDecimalString() const;

    /// Parses "80000", "80000.5", "80 000,50", "80,000.50 €" as typed by a user of @p locale.
    static std::optional<Money> parse(const QString &text, const QLocale &locale = QLocale());

private:
    constexpr explicit Money(qint64 cents)
        : m_cents(cents)
    { }
    qint64 m_cents = 0;
};

} // namespace tremplin
