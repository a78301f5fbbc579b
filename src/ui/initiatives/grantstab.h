// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QObject>
#include <functional>

class QLabel;
class QTreeWidget;

namespace tremplin {

class Document;

/// The Grants tab of the initiative form: the initiative's grants with what was paid on each
/// and a summary, read through Lookups. It follows only the grants and payments tables, so
/// typing elsewhere in the form never re-reads it. Its texts belong to the form's context.
class GrantsTab : public QObject
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    /// @p emptyHint is shown instead of @p tree when there is no grant.
    GrantsTab(Document &document, qint64 initiativeId, QTreeWidget *tree, QLabel *summary,
        QLabel *emptyHint, QObject *parent);

    void reload();
    void retranslate();
    /// Shown when a read fails (the form's problem line).
    std::function<void(const QString &)> showProblem;

private:
    Document &m_document;
    qint64 m_id;
    QTreeWidget *m_tree;
    QLabel *m_summary;
    QLabel *m_empty;
};

} // namespace tremplin
