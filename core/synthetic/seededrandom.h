// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QtGlobal>

namespace spotter {

/// The generator's source of randomness: splitmix64 (Steele, Lea and Flood 2014, as published
/// by Vigna) and helpers written out here. The standard distributions are implementation-defined
/// and libm's transcendental functions differ between platforms, so everything below uses only
/// integer arithmetic and the exactly rounded IEEE +, −, × and ÷: a seed gives the same numbers
/// on every compiler and machine (the generator's sources are built with -ffp-contract=off so
/// that no fused multiply-add changes a rounding either).
class SeededRandom
{
public:
    explicit SeededRandom(quint64 seed) : m_state(seed) {}

    /// The seed of an independent stream @p stream of @p seed (one per athlete), so that what
    /// one athlete draws never shifts another's numbers.
    [[nodiscard]] static quint64 streamSeed(quint64 seed, quint64 stream)
    {
        SeededRandom mixer(seed ^ (stream * 0xD1B54A32D192ED03ULL));
        mixer.next();
        return mixer.next();
    }

    quint64 next()
    {
        quint64 z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }

    /// Uniform in [0, 1), 53 random bits.
    double uniform() { return static_cast<double>(next() >> 11) * (1.0 / 9007199254740992.0); }
    /// Uniform in [lo, hi).
    double uniform(double lo, double hi) { return lo + (hi - lo) * uniform(); }
    /// Uniform whole number in [lo, hi], both included. The modulo bias is below 2^-40 for the
    /// small ranges used here.
    int between(int lo, int hi)
    {
        const auto span = static_cast<quint64>(static_cast<qint64>(hi) - lo + 1);
        return lo + static_cast<int>(next() % span);
    }
    bool chance(double probability) { return uniform() < probability; }
    /// Approximately standard normal: the sum of twelve uniforms minus six (Irwin–Hall), so the
    /// tails stop at ±6, which suits body weights and loads.
    double normal()
    {
        double sum = 0.0;
        for (int i = 0; i < 12; ++i)
            sum += uniform();
        return sum - 6.0;
    }
    double normal(double mean, double sd) { return mean + sd * normal(); }

    template <typename T>
    const T &pick(const QList<T> &values)
    {
        Q_ASSERT(!values.isEmpty());
        return values.at(between(0, static_cast<int>(values.size()) - 1));
    }

private:
    quint64 m_state;
};

} // namespace spotter
