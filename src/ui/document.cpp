// SPDX-License-Identifier: GPL-3.0-or-later
#include "document.h"

#include <QCoreApplication>

namespace tremplin {

Document::Document(QObject *parent)
    : QObject(parent)
{
    // Typing held back for a pause is written before the application goes.
    if (QCoreApplication::instance())
        connect(QCoreApplication::instance(), &QCoreApplication::aboutToQuit, this, &Document::flushPendingEdits);
}

Document::~Document()
{
    // Undo commands refer to the database: drop them first.
    m_undo.clear();
}

} // namespace tremplin
