// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grantledger.h"

#include <QPointer>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QMenu;
class QPushButton;
class QTableView;

namespace tremplin {

class DatabaseCommand;
class DeferredRefresh;
class Document;
class FieldBinder;
class GrantLedgerModel;
class RecordTableModel;

/// The Grants workspace's ledger tab: the grants on the left (with Add and Remove Grant), the
/// selected grant's details (bound like every form) and its payments on the right. The ledger
/// is read only while the tab is on screen, after the workspace's first paint.
class GrantLedgerPanel : public QWidget
{
    Q_OBJECT
public:
    explicit GrantLedgerPanel(QWidget *parent = nullptr);
    ~GrantLedgerPanel() override;

    void setDocument(Document *document);
    /// The grants to list; read when the tab is shown.
    void setFilter(const GrantFilter &filter);
    /// The data changed (grants, payments, funding sources...).
    void requestRefresh();
    /// The funding sources changed: the grant's funding source list is read again.
    void reloadFundingSources();

    GrantLedgerModel *ledgerModel() const { return m_ledger; }
    RecordTableModel *paymentsModel() const { return m_payments; }
    QTableView *ledgerView() const { return m_ledgerView; }
    qint64 currentGrantId() const;
    /// The initiative of the grant selected (0: none).
    qint64 currentInitiativeId() const;

    /// Adds a grant to @p initiativeId (asks which when 0 and no grant is selected), from
    /// @p fundingSourceId when not 0.
    void addGrant(qint64 initiativeId, qint64 fundingSourceId);
    void removeGrant();
    void addPayment();
    void removePayment();
    /// Records a new funding source (a grantor: its name and SIRET, needed by the SCDL export).
    QString addFundingSource(const QString &name, const QString &siret);

Q_SIGNALS:
    /// Something was refused or could not be read: what to tell the user.
    void failed(const QString &message);
    /// Several grants are selected: the charts compare their initiatives (empty: none).
    void comparedInitiativesChanged(const QList<qint64> &initiativeIds);
    /// Add Grant was pressed: the workspace knows the initiative and source its filters chose.
    void addGrantRequested();

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void retranslateCaptions();
    void buildDetails();
    void fitLedgerColumns();
    void selectionChanged();
    void showDetailsTitle();
    bool push(std::unique_ptr<DatabaseCommand> command);

    QPointer<Document> m_document;
    GrantLedgerModel *m_ledger;
    QTableView *m_ledgerView;
    QMenu *m_columnsMenu;
    QPushButton *m_addGrant;
    QPushButton *m_removeGrant;
    QPushButton *m_grantHistory;
    QWidget *m_detailsHost;
    DeferredRefresh *m_refresh;
    GrantFilter m_filter;
    qint64 m_keepGrant = 0;
    bool m_fitPending = true; ///< the ledger's columns are to be fitted once it is shown

    // The selected grant's details and payments, built for each file.
    QPointer<QWidget> m_details;
    QPointer<FieldBinder> m_binder;
    QPointer<RecordTableModel> m_payments;
    QPointer<QTableView> m_paymentsView;
    QPointer<QComboBox> m_grantSource;
    QPointer<QLabel> m_detailsTitle;
    QPointer<QLabel> m_paymentsTitle;
    QPointer<QPushButton> m_addPayment;
    QPointer<QPushButton> m_removePayment;
    QPointer<QPushButton> m_newSource;
    QList<QPointer<QLabel>> m_captions; ///< the details' field captions (property "column")
};

} // namespace tremplin
