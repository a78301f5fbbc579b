// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grantledger.h"

#include <QDate>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;

namespace tremplin {

class Database;

/// The Grants workspace's filters: promotion, funding source, initiative, and the dates of
/// payments and decisions. The dashboard, the ledger and the charts all follow them.
class GrantFilterBar : public QWidget
{
    Q_OBJECT
public:
    explicit GrantFilterBar(QWidget *parent = nullptr);

    void setDatabase(Database *db);
    GrantFilter filter() const;
    qint64 promotionId() const;
    qint64 fundingSourceId() const;
    qint64 initiativeId() const;
    /// Shows the grants of one initiative (0: all).
    void showInitiative(qint64 initiativeId);
    /// The first and last dates of the grants shown: where the calendars open while no date is
    /// chosen.
    void setSpan(const QPair<QDate, QDate> &span) { m_span = span; }
    /// Reads the choices again (promotions, funding sources, initiatives with grants); throws
    /// tremplin::Error when they cannot be read.
    void reload();

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refill(QComboBox *combo, const QString &all, const QList<NamedId> &items);

    QPointer<Database> m_db;
    QComboBox *m_promotion;
    QComboBox *m_source;
    QComboBox *m_initiative;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QPair<QDate, QDate> m_span;
};

} // namespace tremplin
