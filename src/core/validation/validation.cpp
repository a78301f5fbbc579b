// SPDX-License-Identifier: GPL-3.0-or-later
#include "validation.h"

#include "../error.h"
#include "identifiers.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QUrl>

namespace tremplin::validation {

namespace {
/// Translation context of this file's messages.
struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::Validation)
};

void checkRange(QStringList &problems, const DateRange &r, const QString &what)
{
    if (r.start.isValid() && r.end.isValid() && r.end < r.start)
        problems.append(Tr::tr("%1: the end date is before the start date.").arg(what));
}
} // namespace

bool isValidEmail(const QString &email)
{
    static const QRegularExpression re(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$"));
    return re.match(email).hasMatch();
}

bool isValidWebsite(const QString &url)
{
    const QUrl u(url, QUrl::StrictMode);
    return u.isValid()
        && (u.scheme() == QLatin1String("http") || u.scheme() == QLatin1String("https"))
        && !u.host().isEmpty();
}

QString siretProblem(const QString &siret)
{
    if (siret.isEmpty())
        return {};
    if (siret.size() != 14 || identifiers::digitsOnly(siret) != siret)
        return Tr::tr("A SIRET number has exactly 14 digits.");
    if (!identifiers::isValidSiret(siret))
        return Tr::tr("This SIRET number is not valid (its check digit does not match).");
    return {};
}

QString rnaProblem(const QString &rna)
{
    if (rna.isEmpty() || identifiers::isValidRna(rna))
        return {};
    return Tr::tr("An RNA number is the letter W followed by 9 digits.");
}

QStringList checkOrganisation(const Organisation &o)
{
    QStringList problems;
    if (o.name.trimmed().isEmpty())
        problems.append(Tr::tr("The organisation needs a name."));
    if (const QString p = siretProblem(o.siret); !p.isEmpty())
        problems.append(p);
    if (const QString p = rnaProblem(o.rna); !p.isEmpty())
        problems.append(p);
    if (!o.website.isEmpty() && !isValidWebsite(o.website))
        problems.append(
            Tr::tr("The website must be a full address starting with http:// or https://."));
    return problems;
}

QStringList checkInitiative(const Initiative &i)
{
    QStringList problems;
    if (i.name.trimmed().isEmpty())
        problems.append(Tr::tr("The initiative needs a name."));
    if (!i.website.isEmpty() && !isValidWebsite(i.website))
        problems.append(
            Tr::tr("The website must be a full address starting with http:// or https://."));
    return problems;
}

QStringList checkPhase(const Phase &p)
{
    QStringList problems;
    if (p.name.trimmed().isEmpty())
        problems.append(Tr::tr("The phase needs a name."));
    checkRange(problems, p.planned, Tr::tr("Planned dates"));
    checkRange(problems, p.actual, Tr::tr("Actual dates"));
    return problems;
}

QStringList checkGrant(const Grant &g)
{
    QStringList problems;
    if (g.initiativeId <= 0)
        problems.append(Tr::tr("A grant belongs to an initiative."));
    if (g.committed.cents() < 0)
        problems.append(Tr::tr("The committed amount cannot be negative."));
    if (g.budgetShare) {
        const QString share = budgetShareProblem(*g.budgetShare);
        if (!share.isEmpty())
            problems.append(share);
    }
    return problems;
}

QString budgetShareProblem(double fraction)
{
    if (fraction >= 0.01 && fraction <= 1.0)
        return {};
    return Tr::tr("The share of the project's budget is between 1 % and 100 %.");
}

QStringList checkDisbursement(const Disbursement &d)
{
    QStringList problems;
    if (!d.paidOn.isValid())
        problems.append(Tr::tr("A payment needs a date."));
    if (d.amount.cents() <= 0)
        problems.append(Tr::tr("A payment amount must be greater than zero."));
    return problems;
}

void throwIfAny(const QStringList &problems)
{
    if (!problems.isEmpty())
        throw Error(problems.join(QLatin1Char('\n')));
}

} // namespace tremplin::validation
