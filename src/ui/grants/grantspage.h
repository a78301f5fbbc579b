// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QPair>
#include <QPointer>
#include <QWidget>

class QAction;
class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QLineEdit;
class QMenu;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTableView;

namespace tremplin {

class Document;
class FieldBinder;
class DeferredRefresh;
class GrantChart;
class GrantLedgerModel;
class RecordTableModel;
struct GrantFilter;

/// The Grants workspace: the programme dashboard (envelope, committed, disbursed, remaining,
/// initiatives funded, blocked and next tranches), the ledger of grants with each grant's
/// details and payments, the charts, and the exports (SCDL open data, ledger CSV).
class GrantsPage : public QWidget
{
    Q_OBJECT
public:
    explicit GrantsPage(QWidget *parent = nullptr);
    ~GrantsPage() override;

    void setDocument(Document *document);
    /// Shows the grants of one initiative (0: all).
    void showInitiative(qint64 initiativeId);

    GrantLedgerModel *ledgerModel() const { return m_ledger; }
    RecordTableModel *paymentsModel() const { return m_payments; }
    GrantChart *chart() const { return m_chart; }
    QTableView *ledgerView() const { return m_ledgerView; }
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
    bool eventFilter(QObject *watched, QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void fitLedgerColumns();
    void retranslateCaptions();
    void reloadChoices();
    void applyFilter();
    void refreshDashboard();
    void selectionChanged();
    qint64 currentGrantId() const;
    GrantFilter currentFilter() const;
    void showMessage(const QString &message);

    QPointer<Document> m_document;
    GrantLedgerModel *m_ledger;
    RecordTableModel *m_payments = nullptr;
    FieldBinder *m_binder = nullptr;
    GrantChart *m_chart;

    QComboBox *m_promotion;
    QComboBox *m_source;
    QComboBox *m_initiative;
    QDateEdit *m_from;
    QDateEdit *m_to;
    QComboBox *m_period;
    QComboBox *m_chartKind;
    QLabel *m_illustrative;
    QGridLayout *m_cards;
    QList<QPair<QString, QPair<QLabel *, QLabel *>>> m_cardLabels;
    QLabel *m_nextTranches;
    QLabel *m_message;
    QLabel *m_notice;
    QList<QPointer<QLabel>> m_captions; ///< the details' field captions (property "column") ///< what an export did (not an error)
    QMenu *m_columnsMenu = nullptr; ///< the ledger header's context menu: columns shown
    QTabWidget *m_tabs;
    QTableView *m_ledgerView;
    QTableView *m_paymentsView = nullptr;
    QWidget *m_details = nullptr;
    QWidget *m_detailsHost;
    QPushButton *m_addGrant;
    QPushButton *m_removeGrant;
    QPushButton *m_addPayment;
    QPushButton *m_removePayment;
    QPushButton *m_importPayments;
    QPushButton *m_exportScdl;
    QPushButton *m_exportLedger;
    QPushButton *m_exportChart;
    QPushButton *m_copyChart;
    QAction *m_exportExcel = nullptr;
    QAction *m_exportCsv = nullptr;
    QLabel *m_detailsTitle;
    QLabel *m_paymentsTitle;
    qint64 m_keepGrant = 0;
    bool m_fitPending = true; ///< the ledger's columns are to be fitted once it is shown
    QPair<QDate, QDate> m_span; ///< first and last dates of the grants shown
    DeferredRefresh *m_refresh;
    QPointer<QComboBox> m_grantSource;
    void reloadGrantSources(); ///< the grant selected before the ledger was reloaded
};

} // namespace tremplin
