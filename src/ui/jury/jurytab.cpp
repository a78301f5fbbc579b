// SPDX-License-Identifier: GPL-3.0-or-later
#include "jurytab.h"

namespace tremplin {

void JuryTab::setDocument(Document *document)
{
    m_document = document;
    m_session = 0;
    documentChanged();
}

void JuryTab::setSession(qint64 sessionId)
{
    m_session = sessionId;
    sessionChanged();
}

} // namespace tremplin
