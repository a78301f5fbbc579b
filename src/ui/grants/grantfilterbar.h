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
    /// Reads the choices again (promotions, funding sources, initiatives with grants); throws
    /// tremplin::Error when they cannot be read.
    void reload();

Q_SIGNALS:
    void changed();
    /// A read failed: what to tell the user.
    void failed(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void refill(QComboBox *combo, const QString &all, const QList<NamedId> &items);
    /// Fills the initiative filter, read when first needed (its list opened, a key pressed on
    /// it, an initiative shown): the workspace opens without reading every initiative's name.
    void fillInitiatives();

    QPointer<Database> m_db;
    QComboBox *m_promotion;
    QComboBox *m_source;
    QComboBox *m_initiative;
    QDateEdit *m_from;
    QDateEdit *m_to;
    bool m_initiativesStale = true;
};

} // namespace tremplin
