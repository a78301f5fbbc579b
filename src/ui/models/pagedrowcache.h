// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/error.h"

#include <QHash>
#include <QList>
#include <algorithm>
#include <functional>

namespace tremplin {

/// The rows a view is showing, read by pages: asking for one row reads its neighbours too (the
/// view asks for them next), and the cache is emptied when it grows past a limit. Shared by the
/// models that keep only ids for their rows (the initiatives list, the timeline).
template<typename Row> class PagedRowCache
{
public:
    /// Reads the rows of some ids; may throw tremplin::Error.
    using Loader = std::function<QHash<qint64, Row>(const QList<qint64> &ids)>;

    PagedRowCache(int pageSize, int limit)
        : m_pageSize(pageSize)
        , m_limit(limit)
    { }

    /// The row of ids[index], read with its page through @p load when missing; nullptr when it
    /// cannot be read, after telling @p failed why.
    const Row *get(const QList<qint64> &ids, int index, const Loader &load,
        const std::function<void(const QString &message)> &failed = {})
    {
        const qint64 id = ids.at(index);
        auto it = m_rows.constFind(id);
        if (it != m_rows.constEnd())
            return &*it;
        if (m_rows.size() > m_limit)
            m_rows.clear();
        const int first = std::max(0, index - m_pageSize / 4);
        const int last = std::min(int(ids.size()), first + m_pageSize);
        QList<qint64> page;
        for (int i = first; i < last; ++i) {
            if (!m_rows.contains(ids.at(i)))
                page.append(ids.at(i));
        }
        try {
            m_rows.insert(load(page));
        } catch (const Error &e) {
            if (failed)
                failed(e.message());
            return nullptr;
        }
        it = m_rows.constFind(id);
        return it != m_rows.constEnd() ? &*it : nullptr;
    }

    void clear() { m_rows.clear(); }
    void remove(qint64 id) { m_rows.remove(id); }

private:
    QHash<qint64, Row> m_rows;
    int m_pageSize;
    int m_limit;
};

} // namespace tremplin
