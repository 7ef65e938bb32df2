#pragma once

#include <algorithm>
#include <chrono>

namespace sessions {

// Growing delays for polls and retries: first, first×factor, … capped at max. No sleeping here:
// callers feed next() to a timer.
class Backoff
{
public:
    using ms = std::chrono::milliseconds;

    Backoff(ms first, ms max, double factor = 1.5)
        : m_first(std::max(first, ms(1)))
        , m_max(std::max(max, m_first))
        , m_factor(std::max(factor, 1.0))
        , m_current(m_first)
    {}

    // The delay to wait now; the following call returns a longer one, up to max.
    ms next()
    {
        const ms delay = m_current;
        const auto grown = static_cast<ms::rep>(static_cast<double>(m_current.count()) * m_factor);
        m_current = std::min(m_max, ms(std::max(grown, m_current.count() + 1)));
        ++m_attempts;
        return delay;
    }

    ms peek() const { return m_current; }
    int attempts() const { return m_attempts; }

    void reset()
    {
        m_current = m_first;
        m_attempts = 0;
    }

private:
    ms m_first;
    ms m_max;
    double m_factor;
    ms m_current;
    int m_attempts = 0;
};

} // namespace sessions
