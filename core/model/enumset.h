// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>
#include <QtGlobal>

#include <array>
#include <initializer_list>
#include <optional>

namespace spotter {

/// Every domain enum is contiguous from 0 and has a table of stable keys. The keys are what
/// the database, CSV files and the command line use, so they never change once released;
/// display names are translated separately.
template <typename E, std::size_t N>
struct KeyTable
{
    std::array<QStringView, N> keys;

    [[nodiscard]] static constexpr std::size_t size() { return N; }
    [[nodiscard]] constexpr QStringView operator[](std::size_t i) const { return keys[i]; }
    [[nodiscard]] constexpr auto begin() const { return keys.begin(); }
    [[nodiscard]] constexpr auto end() const { return keys.end(); }
};

template <typename E, std::size_t N>
[[nodiscard]] QString keyOf(const KeyTable<E, N> &table, E value)
{
    const auto index = static_cast<std::size_t>(value);
    Q_ASSERT(index < N);
    return table[index].toString();
}

/// Case-insensitive lookup of a key.
template <typename E, std::size_t N>
[[nodiscard]] std::optional<E> fromKey(const KeyTable<E, N> &table, QStringView key)
{
    for (std::size_t i = 0; i < N; ++i) {
        if (table[i].compare(key, Qt::CaseInsensitive) == 0)
            return static_cast<E>(i);
    }
    return std::nullopt;
}

template <typename E, std::size_t N>
[[nodiscard]] QStringList allKeys(const KeyTable<E, N> &table)
{
    QStringList keys;
    keys.reserve(static_cast<qsizetype>(N));
    for (const auto &key : table)
        keys.append(key.toString());
    return keys;
}

/// Every value of an enum with a key table, in order.
template <typename E, std::size_t N>
[[nodiscard]] QList<E> allValues(const KeyTable<E, N> &)
{
    QList<E> values;
    for (std::size_t i = 0; i < N; ++i)
        values.append(static_cast<E>(i));
    return values;
}

/// A small set of enum values kept as a bit mask (the enums here have at most 32 values).
template <typename E>
class EnumSet
{
public:
    constexpr EnumSet() = default;
    constexpr EnumSet(std::initializer_list<E> values)
    {
        for (E v : values)
            insert(v);
    }

    [[nodiscard]] constexpr bool contains(E v) const { return (m_bits & bit(v)) != 0; }
    constexpr void insert(E v) { m_bits |= bit(v); }
    constexpr void remove(E v) { m_bits &= ~bit(v); }
    constexpr void set(E v, bool on) { on ? insert(v) : remove(v); }
    [[nodiscard]] constexpr bool isEmpty() const { return m_bits == 0; }
    [[nodiscard]] constexpr quint32 bits() const { return m_bits; }
    [[nodiscard]] constexpr int size() const { return qPopulationCount(m_bits); }
    [[nodiscard]] constexpr bool containsAll(EnumSet other) const
    {
        return (m_bits & other.m_bits) == other.m_bits;
    }
    [[nodiscard]] constexpr bool intersects(EnumSet other) const { return (m_bits & other.m_bits) != 0; }
    [[nodiscard]] static constexpr EnumSet fromBits(quint32 bits)
    {
        EnumSet s;
        s.m_bits = bits;
        return s;
    }
    [[nodiscard]] QList<E> values() const
    {
        QList<E> out;
        for (int i = 0; i < 32; ++i) {
            if (m_bits & (1u << i))
                out.append(static_cast<E>(i));
        }
        return out;
    }
    constexpr bool operator==(const EnumSet &) const = default;
    friend constexpr EnumSet operator|(EnumSet a, E v)
    {
        a.insert(v);
        return a;
    }
    friend constexpr EnumSet operator|(EnumSet a, EnumSet b)
    {
        a.m_bits |= b.m_bits;
        return a;
    }

private:
    static constexpr quint32 bit(E v) { return 1u << static_cast<unsigned>(v); }
    quint32 m_bits = 0;
};

/// Space-separated list of keys, the storage form of an EnumSet ("pinpoint spine").
template <typename E, std::size_t N>
[[nodiscard]] QString keysOf(const KeyTable<E, N> &table, EnumSet<E> set)
{
    QStringList keys;
    for (E v : set.values())
        keys.append(keyOf(table, v));
    return keys.join(QLatin1Char(' '));
}

/// Parses a list of keys separated by spaces or commas; returns nullopt on an unknown key and
/// reports it through @p unknown.
template <typename E, std::size_t N>
[[nodiscard]] std::optional<EnumSet<E>> setFromKeys(const KeyTable<E, N> &table, QStringView text,
                                                    QString *unknown = nullptr)
{
    EnumSet<E> out;
    const auto parts = text.split(u' ', Qt::SkipEmptyParts);
    for (QStringView part : parts) {
        for (QStringView key : part.split(u',', Qt::SkipEmptyParts)) {
            const auto v = fromKey(table, key.trimmed());
            if (!v) {
                if (unknown)
                    *unknown = key.trimmed().toString();
                return std::nullopt;
            }
            out.insert(*v);
        }
    }
    return out;
}

} // namespace spotter
