// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <vector>

namespace tremplin {

/// Search as one types over many search keys (see searchKey()), in memory, fast enough for
/// one frame per keystroke on 100 000 initiatives.
///
/// The keys are held in one contiguous UTF-8 buffer (entry i's key between two offsets)
/// rather than one string per entry in a hash: a search walks memory in order. Each search
/// is remembered with the searches it was typed from ("d", "de", "dem"…): a longer search
/// only looks among the entries of the previous one, and Backspace gives back a remembered
/// result without searching. The results are those of checking every entry of the scope:
/// an entry matches when its key contains every word of the search key.
class SearchKeyIndex
{
public:
    /// Indexes @p keys (entry i is keys.at(i), a searchKey()); every entry is in scope.
    void reset(const QStringList &keys);
    /// Limits the searches to @p entries (ascending entry numbers: those passing the other
    /// filters) and forgets the remembered searches.
    void setScope(QList<int> entries);
    /// The entries in scope whose key holds every word of @p key (a searchKey(), words
    /// separated by one space), ascending; the whole scope for an empty key.
    QList<int> search(const QString &key);

    int size() const { return int(m_offsets.size()) - 1; }
    bool isEmpty() const { return size() <= 0; }
    /// The key of entry @p entry, as indexed.
    QString key(int entry) const;
    /// How many keys the last search read: none for a remembered search.
    int lastKeysRead() const { return m_keysRead; }

private:
    bool matches(int entry, const std::vector<QByteArray> &words) const;

    QByteArray m_text; ///< every key in entry order, each followed by a newline
    std::vector<int> m_offsets { 0 }; ///< entry i is m_text[m_offsets[i], m_offsets[i + 1] - 1)
    QList<int> m_scope;
    struct Step
    {
        QString key;
        QList<int> entries;
    };
    /// Searches typed one from the other: each key extends the previous one.
    QList<Step> m_steps;
    int m_keysRead = 0;
};

} // namespace tremplin
