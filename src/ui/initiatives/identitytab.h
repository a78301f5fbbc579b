// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formtab.h"

namespace tremplin {

class FieldBinder;

/// The Identity tab of the initiative form: name, one-liner, description, themes, domain,
/// territories, status, promotion and admissibility (with the programme's reason and a note). It
/// re-reads its choices only when their tables change: the status moves when this initiative
/// changes, the promotions and themes when theirs do.
class IdentityTab : public FormTab
{
    Q_DECLARE_TR_FUNCTIONS(tremplin::InitiativeForm)
public:
    IdentityTab(const Context &context, QObject *parent);

    FieldBinder *binder() const { return m_binder; }
    void retranslate();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void reloadStatus();
    void reloadPromotions();
    /// The admissibility choices and the programme's reasons for non-admissibility.
    void reloadAdmissibility();
    void reloadThemes();
    /// Reads the domains in use, when the user goes to the field.
    void loadDomains();
    /// Asks a new theme's name; the theme joins the list and this initiative in one undo step.
    void newTheme();

    FieldBinder *m_binder;
    /// The form's domain field, kept apart from the form's Ui, which the form frees before its
    /// widgets: the filter still sees their last events.
    QObject *m_domainCombo;
    bool m_domainsLoaded = false;
};

} // namespace tremplin
