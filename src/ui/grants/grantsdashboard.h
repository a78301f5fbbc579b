// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grantledger.h"

#include <QDate>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QGridLayout;
class QLabel;

namespace tremplin {

class Database;

/// The programme's figures for the grants a filter selects: envelope, committed, disbursed,
/// remaining, not yet committed, initiatives funded, blocked tranches, and the next tranches to
/// pay. Aggregates only (SQL SUM and COUNT): what the Grants workspace paints first.
class GrantsDashboard : public QWidget
{
    Q_OBJECT
public:
    explicit GrantsDashboard(QWidget *parent = nullptr);

    void setDatabase(Database *db) { m_db = db; }
    /// Reads the figures for @p filter; throws tremplin::Error when they cannot be read (the
    /// figures then show nothing rather than stale amounts).
    void refresh(const GrantFilter &filter);
    /// A figure as shown, by name ("envelope", "committed"...).
    QString value(const QString &name) const;
    /// Puts @p widget (the workspace's file buttons) beside the figures.
    void addBeside(QWidget *widget);

protected:
    void changeEvent(QEvent *event) override;

private:
    void display();

    QPointer<Database> m_db;
    QLabel *m_illustrative;
    QGridLayout *m_cards;
    QList<QPair<QString, QPair<QLabel *, QLabel *>>> m_cardLabels;
    QLabel *m_nextTranches;
    LedgerTotals m_totals;
    QList<GrantRow> m_next;
};

} // namespace tremplin
