// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "jurytab.h"

#include <QMetaObject>

class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace tremplin {

class DeferredRefresh;
class JuryRowsModel;

/// The Jury workspace's tab for the applications of the session's promotion with their
/// admissibility: who carries each, its Démarches simplifiées dossier number, whether it goes
/// to the jury (only admissible ones do) and to which jurors, its conflicts of interest. The
/// admissibility of the selected application is changed here, each change one undo step.
class JuryApplicationsTab : public JuryTab
{
    Q_OBJECT
public:
    enum Column { Name, Dossier, Carrier, AdmissibilityColumn, Reason, Jurors, Conflicts };

    explicit JuryApplicationsTab(QWidget *parent = nullptr);

    QComboBox *filterCombo() const { return m_filter; }
    QTableView *view() const { return m_view; }
    JuryRowsModel *model() const { return m_model; }
    QSortFilterProxyModel *proxy() const { return m_proxy; }
    QComboBox *admissibilityCombo() const { return m_admissibility; }
    QComboBox *reasonCombo() const { return m_reason; }
    QLineEdit *noteEdit() const { return m_note; }
    /// The initiative whose admissibility the editor shows (0: none).
    qint64 currentApplication() const;

protected:
    void documentChanged() override;
    void sessionChanged() override;
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void reloadEditor();
    void applyFilter();
    void write(const QString &column, const QVariant &value, const QString &text);

    QLabel *m_hint;
    QLabel *m_filterLabel;
    QComboBox *m_filter;
    QTableView *m_view;
    JuryRowsModel *m_model;
    QSortFilterProxyModel *m_proxy;
    QGroupBox *m_editor;
    QLabel *m_admissibilityLabel;
    QComboBox *m_admissibility;
    QLabel *m_reasonLabel;
    QComboBox *m_reason;
    QLabel *m_noteLabel;
    QLineEdit *m_note;
    DeferredRefresh *m_refresh;
    QMetaObject::Connection m_changed;
    int m_counts[3] = { 0, 0, 0 };
};

} // namespace tremplin
