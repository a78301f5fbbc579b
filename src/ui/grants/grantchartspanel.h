// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grantledger.h"

#include <QWidget>

class QComboBox;
class QPushButton;

namespace tremplin {

class Database;
class DeferredRefresh;
class GrantChart;

/// The Grants workspace's charts tab: the chart chosen, its period, and its export and copy.
/// The aggregates are read only while the tab is on screen: a filter change or a write while
/// another tab is shown is caught up when this one is shown.
class GrantChartsPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GrantChartsPanel(QWidget *parent = nullptr);

    GrantChart *chart() const { return m_chart; }
    void setDatabase(Database *db);
    /// The grants to chart; read when the tab is shown.
    void setFilter(const GrantFilter &filter);
    /// The data changed.
    void requestRefresh();

Q_SIGNALS:
    /// A chart could not be read: what to tell the user.
    void failed(const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    GrantChart *m_chart;
    QComboBox *m_kind;
    QComboBox *m_period;
    QPushButton *m_export;
    QPushButton *m_copy;
    GrantFilter m_filter;
    DeferredRefresh *m_refresh;
};

} // namespace tremplin
