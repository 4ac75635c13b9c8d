// SPDX-License-Identifier: MIT
#pragma once

#include <optional>
#include <type_traits>
#include <utility>
#include <variant>

struct BackendError; // core/backendresult.h: the default error of a back-end request

/**
 * Marks a value as the error side of a Result, for the cases the implicit
 * conversion cannot tell apart (a Result<QString, QString>) or where saying
 * it reads better: `return Failure(problem);`.
 */
template<class E> struct Failure {
    E error;
};
template<class E> Failure(E) -> Failure<E>;

/**
 * The outcome of an operation that can fail: a value or an error, never both.
 * The one way errors travel in Breakwater: back-end requests (E = BackendError,
 * the default), the sim's handlers (E = Problem), AMQP calls (E = AmqpError),
 * file writers and codecs (E = QString, a message for a person).
 *
 * Converts implicitly from a T or an E (when they differ), so a function
 * returns either side plainly. value() and error() must only be called on the
 * matching side: check ok() first. Moving a Result moves what it holds.
 */
template<class T, class E = BackendError> class [[nodiscard]] Result {
public:
    using value_type = T;
    using error_type = E;

    Result(T value)
        : m_data(std::in_place_index<0>, std::move(value))
    {
    }
    Result(E error) requires(!std::is_same_v<T, E>)
        : m_data(std::in_place_index<1>, std::move(error))
    {
    }
    Result(Failure<E> failure)
        : m_data(std::in_place_index<1>, std::move(failure.error))
    {
    }

    bool ok() const { return m_data.index() == 0; }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return std::get<0>(m_data); }
    T &value() & { return std::get<0>(m_data); }
    T &&value() && { return std::get<0>(std::move(m_data)); }
    const T *operator->() const { return &value(); }
    T *operator->() { return &value(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }
    T &&operator*() && { return std::move(*this).value(); }
    const E &error() const & { return std::get<1>(m_data); }
    E &&error() && { return std::get<1>(std::move(m_data)); }

    /** The value, or `fallback` when this holds an error. */
    template<class U> T valueOr(U &&fallback) const &
    {
        return ok() ? value() : static_cast<T>(std::forward<U>(fallback));
    }

    /** The error kind, or nullopt when this holds a value: handy in tests and switches. */
    auto errorKind() const requires requires { typename E::Kind; }
    {
        return ok() ? std::nullopt : std::optional<typename E::Kind>(error().kind);
    }

    /** f(value) as a Result with the same error; an error passes through untouched. */
    template<class F> auto map(F &&f) const & -> Result<std::invoke_result_t<F, const T &>, E>
    {
        if (ok())
            return std::forward<F>(f)(value());
        return Failure<E> { error() };
    }

    /** f(value), itself returning a Result<U, E>; an error passes through untouched. */
    template<class F> auto andThen(F &&f) const & -> std::invoke_result_t<F, const T &>
    {
        if (ok())
            return std::forward<F>(f)(value());
        return Failure<E> { error() };
    }

private:
    std::variant<T, E> m_data;
};

/**
 * A Result with no value: success, or an error. Default-constructed it is a
 * success, so `return {};` says "done".
 */
template<class E> class [[nodiscard]] Result<void, E> {
public:
    using value_type = void;
    using error_type = E;

    Result() = default;
    Result(E error)
        : m_error(std::move(error))
    {
    }
    Result(Failure<E> failure)
        : m_error(std::move(failure.error))
    {
    }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }

    const E &error() const & { return *m_error; }
    E &&error() && { return *std::move(m_error); }

    auto errorKind() const requires requires { typename E::Kind; }
    {
        return ok() ? std::nullopt : std::optional<typename E::Kind>(error().kind);
    }

    /** f() when this is a success (itself returning a Result<U, E>); an error passes through. */
    template<class F> auto andThen(F &&f) const & -> std::invoke_result_t<F>
    {
        if (ok())
            return std::forward<F>(f)();
        return Failure<E> { error() };
    }

private:
    std::optional<E> m_error;
};
