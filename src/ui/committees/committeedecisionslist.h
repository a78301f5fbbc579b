// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;
class QTreeWidget;

namespace tremplin {

class Document;

/// The committees' decisions about one initiative, read-only, for its form: committee and
/// date, decision, phase continued into, reference, amount funded, reason, and whether it was
/// amended (the history is in the Committees workspace). Follows the committee tables only.
class CommitteeDecisionsList : public QWidget
{
    Q_OBJECT
public:
    CommitteeDecisionsList(Document &document, qint64 initiativeId, QWidget *parent = nullptr);

    QTreeWidget *tree() const { return m_tree; }
    void reload();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    Document &m_document;
    qint64 m_initiative;
    QLabel *m_title;
    QTreeWidget *m_tree;
    QLabel *m_empty;
};

} // namespace tremplin
