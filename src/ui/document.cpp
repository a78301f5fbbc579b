// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

namespace tremplin {

Document::Document(QObject *parent)
    : QObject(parent)
{
}

Document::~Document()
{
    // Undo commands refer to the database: drop them first.
    m_undo.clear();
}

} // namespace tremplin
