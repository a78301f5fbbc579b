// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTabWidget;
class QTableView;

namespace tremplin {

class DeferredRefresh;
class Document;
class GrantChart;
class GrantChartsPanel;
class GrantFileActions;
class GrantFilterBar;
class GrantLedgerModel;
class GrantLedgerPanel;
class GrantsDashboard;
class RecordTableModel;
struct GrantFilter;

/// The Grants workspace: the filters, the programme dashboard (GrantsDashboard), the ledger of
/// grants with each grant's details and payments (GrantLedgerPanel), the charts
/// (GrantChartsPanel), and the files in and out (GrantFileActions).
///
/// On a large programme it paints its dashboard (aggregates only) first; the ledger and the
/// charts are read when their tab is shown, after that first paint. Filter changes and writes
/// reach each part through a DeferredRefresh, for the tables it shows only.
class GrantsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GrantsPage(QWidget *parent = nullptr);
    ~GrantsPage() override;

    void setDocument(Document *document);
    /// Shows the grants of one initiative (0: all).
    void showInitiative(qint64 initiativeId);

    GrantLedgerModel *ledgerModel() const;
    RecordTableModel *paymentsModel() const;
    GrantChart *chart() const;
    QTableView *ledgerView() const;
    /// The dashboard's figures as shown, by name ("envelope", "committed"...), for tests.
    QString dashboardValue(const QString &name) const;

    /// Commands of the workspace.
    void addGrant();
    void removeGrant();
    void addPayment();
    void removePayment();
    /// Records a new funding source (a grantor: its name and SIRET, needed by the SCDL export).
    QString addFundingSource(const QString &name, const QString &siret);
    /// Exports the SCDL file to @p path (asks for it when empty); returns the error, if any.
    QString exportScdl(const QString &path = {});
    /// Exports the ledger shown as CSV; @p excelFrench picks the Excel (FR) profile.
    QString exportLedger(bool excelFrench, const QString &path = {});

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyFilter();
    void refreshDashboard();
    void showMessage(const QString &message);

    QPointer<Document> m_document;
    GrantFilterBar *m_filters;
    GrantsDashboard *m_dashboard;
    GrantFileActions *m_files;
    GrantLedgerPanel *m_ledger;
    GrantChartsPanel *m_charts;
    QTabWidget *m_tabs;
    QLabel *m_message;
    QLabel *m_notice; ///< what an export did (not an error)
    QList<qint64> m_compared; ///< initiatives of the grants selected, compared in the charts
    DeferredRefresh *m_refresh; ///< the dashboard and the filters' choices
};

} // namespace tremplin
