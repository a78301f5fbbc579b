// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchkeyindex.h"

#include <algorithm>
#include <string_view>

namespace tremplin {

namespace {
/// Searches remembered, from the first key typed: more than a long word's letters.
constexpr int RememberedSteps = 64;
} // namespace

void SearchKeyIndex::reset(const QStringList &keys)
{
    qsizetype bytes = 0;
    for (const QString &k : keys)
        bytes += k.size() + 1;
    m_text.clear();
    m_text.reserve(bytes + bytes / 8);
    m_offsets.clear();
    m_offsets.reserve(size_t(keys.size()) + 1);
    m_offsets.push_back(0);
    // UTF-8 is self-synchronising: a word is a substring of a key's UTF-8 exactly when it is a
    // substring of the key, and the keys (accent-free) are mostly one byte a character.
    for (const QString &k : keys) {
        m_text.append(k.toUtf8());
        m_text.append('\n');
        m_offsets.push_back(int(m_text.size()));
    }
    QList<int> all(keys.size());
    for (int i = 0; i < int(all.size()); ++i)
        all[i] = i;
    setScope(std::move(all));
}

void SearchKeyIndex::setScope(QList<int> entries)
{
    m_scope = std::move(entries);
    m_steps.clear();
}

QString SearchKeyIndex::key(int entry) const
{
    if (entry < 0 || entry >= size())
        return {};
    return QString::fromUtf8(m_text.constData() + m_offsets[size_t(entry)],
        m_offsets[size_t(entry) + 1] - m_offsets[size_t(entry)] - 1);
}

bool SearchKeyIndex::matches(int entry, const std::vector<QByteArray> &words) const
{
    const int begin = m_offsets[size_t(entry)];
    const std::string_view text(
        m_text.constData() + begin, size_t(m_offsets[size_t(entry) + 1] - begin - 1));
    for (const QByteArray &w : words) {
        if (text.find(std::string_view(w.constData(), size_t(w.size()))) == std::string_view::npos)
            return false;
    }
    return true;
}

QList<int> SearchKeyIndex::search(const QString &key)
{
    m_keysRead = 0;
    const QStringList split = key.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (split.isEmpty())
        return m_scope;
    // A key that does not extend a remembered one (a letter erased, another word typed) goes
    // back to the longest remembered key it extends.
    while (!m_steps.isEmpty() && !key.startsWith(m_steps.constLast().key))
        m_steps.removeLast();
    if (!m_steps.isEmpty() && m_steps.constLast().key == key)
        return m_steps.constLast().entries;
    // Extending a key keeps a subset of its entries: its words are the same or longer, or new.
    const QList<int> &source = m_steps.isEmpty() ? m_scope : m_steps.constLast().entries;
    std::vector<QByteArray> words;
    words.reserve(size_t(split.size()));
    for (const QString &w : split)
        words.push_back(w.toUtf8());
    // The longest word first: the likeliest to rule an entry out.
    std::stable_sort(words.begin(), words.end(),
        [](const QByteArray &a, const QByteArray &b) { return a.size() > b.size(); });
    m_keysRead = int(source.size());
    QList<int> found;
    found.reserve(source.size());
    for (int entry : source) {
        if (matches(entry, words))
            found.append(entry);
    }
    found.squeeze();
    if (m_steps.size() >= RememberedSteps)
        m_steps.removeFirst();
    m_steps.append({ key, found });
    return found;
}

} // namespace tremplin
