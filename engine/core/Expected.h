#pragma once

#include "core/Error.h"

#include <type_traits>
#include <utility>
#include <variant>

namespace mig {

/// A value or an Error. C++20 has no std::expected and Debian 12 packages no tl::expected, so this
/// is the minimal subset the engine needs: has_value(), value(), error(), operator*, operator->.
template <typename T>
class [[nodiscard]] Expected {
public:
    Expected(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Expected(Error error)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }

    bool has_value() const { return m_data.index() == 0; }
    explicit operator bool() const { return has_value(); }

    T &value() & { return std::get<0>(m_data); }
    const T &value() const & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    /// The error; an empty Error when there is none (so that test macros which format their
    /// message eagerly, such as QVERIFY2, may call it unconditionally).
    const Error &error() const
    {
        static const Error none;
        return has_value() ? none : std::get<1>(m_data);
    }

    T &operator*() & { return value(); }
    const T &operator*() const & { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

private:
    std::variant<T, Error> m_data;
};

/// Expected<void>: success or an Error.
template <>
class [[nodiscard]] Expected<void> {
public:
    Expected() = default;
    Expected(Error error)
        : m_error(std::move(error))
        , m_failed(true)
    {
    }
    bool has_value() const { return !m_failed; }
    explicit operator bool() const { return has_value(); }
    const Error &error() const { return m_error; }

private:
    Error m_error;
    bool m_failed = false;
};

} // namespace mig
