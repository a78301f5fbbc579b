// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/services/grantledger.h"

#include <QPointer>
#include <QWidget>
#include <functional>

class QAction;
class QPushButton;

namespace tremplin {

class Document;

/// The Grants workspace's files, in and out: Import Payments (an accounting export, all lines
/// or none), Export SCDL (the legal open-data format) and Export Ledger (CSV, Excel or
/// standard), for the grants the workspace's filters choose.
class GrantFileActions : public QWidget
{
    Q_OBJECT
public:
    explicit GrantFileActions(QWidget *parent = nullptr);

    void setDocument(Document *document) { m_document = document; }
    /// The filters the exports follow.
    void setFilter(std::function<GrantFilter()> filter) { m_filter = std::move(filter); }

    /// Exports the SCDL file to @p path (asks for it when empty); returns the error, if any.
    QString exportScdl(const QString &path = {});
    /// Exports the ledger shown as CSV; @p excelFrench picks the Excel (FR) profile.
    QString exportLedger(bool excelFrench, const QString &path = {});

Q_SIGNALS:
    /// What an export did (not an error), for the workspace to show.
    void notice(const QString &text);

protected:
    void changeEvent(QEvent *event) override;

private:
    void importPayments();
    void retranslateUi();

    QPointer<Document> m_document;
    std::function<GrantFilter()> m_filter;
    QPushButton *m_import;
    QPushButton *m_exportScdl;
    QPushButton *m_exportLedger;
    QAction *m_exportExcel;
    QAction *m_exportCsv;
};

} // namespace tremplin
