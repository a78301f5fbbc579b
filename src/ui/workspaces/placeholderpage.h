// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace tremplin {

/// A workspace that is not built yet: says plainly what will be there, so nobody mistakes an
/// empty pane for lost data.
class PlaceholderPage : public QWidget
{
    Q_OBJECT
public:
    /// @p title and @p description are source strings in the "tremplin::Workspaces" context.
    PlaceholderPage(const char *title, const char *description, QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    const char *m_title;
    const char *m_description;
    QLabel *m_titleLabel;
    QLabel *m_descriptionLabel;
    QLabel *m_comingLabel;
};

} // namespace tremplin
