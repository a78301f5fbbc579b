// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QTabWidget;

namespace tremplin {

class DirectoryTab;
class Document;

/// The Directory workspace: the administrations (ministries, directorates, agencies, local
/// authorities, operators), the outside partners (companies, foundations, associations) and
/// the persons of the file, one tab each.
class DirectoryPage : public QWidget
{
    Q_OBJECT
public:
    explicit DirectoryPage(QWidget *parent = nullptr);

    void setDocument(Document *document);
    DirectoryTab *administrations() const { return m_administrations; }
    DirectoryTab *partners() const { return m_partners; }
    DirectoryTab *persons() const { return m_persons; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs;
    DirectoryTab *m_administrations;
    DirectoryTab *m_partners;
    DirectoryTab *m_persons;
};

} // namespace tremplin
