#pragma once

// RAII wrappers around libpff handles and its error objects. This folder (engine/sources/pst) is the
// only place in the project that includes libpff.h.

#include "core/Error.h"

#include <libpff.h>

#include <QString>

#include <utility>

namespace mig::pst::pff {

/// Owns a libpff_error_t filled by a failing libpff call. Pass out() as the last argument of a
/// libpff function; text() then gives libpff's own description (for Error::detail).
class ErrorSlot final {
public:
    ErrorSlot() = default;
    ~ErrorSlot() { reset(); }
    ErrorSlot(const ErrorSlot &) = delete;
    ErrorSlot &operator=(const ErrorSlot &) = delete;

    libpff_error_t **out()
    {
        reset();
        return &m_error;
    }
    /// libpff's error text (its last, most specific line); empty when there is none.
    QString text() const;
    /// An Error with a translated message and libpff's text as detail.
    Error toError(Error::Code code, const QString &message) const { return Error{code, message, text()}; }

private:
    void reset()
    {
        if (m_error != nullptr)
            libpff_error_free(&m_error);
    }
    libpff_error_t *m_error = nullptr;
};

/// Owns one libpff object released by FreeFn (libpff_item_free, libpff_record_set_free, ...).
/// Move-only; not thread-safe (neither is the libpff file it belongs to).
template <typename T, int (*FreeFn)(T **, libpff_error_t **)>
class Handle final {
public:
    Handle() = default;
    ~Handle() { reset(); }
    Handle(const Handle &) = delete;
    Handle &operator=(const Handle &) = delete;
    Handle(Handle &&other) noexcept
        : m_ptr(std::exchange(other.m_ptr, nullptr))
    {
    }
    Handle &operator=(Handle &&other) noexcept
    {
        if (this != &other) {
            reset();
            m_ptr = std::exchange(other.m_ptr, nullptr);
        }
        return *this;
    }

    T *get() const { return m_ptr; }
    explicit operator bool() const { return m_ptr != nullptr; }
    /// For the output parameter of a libpff getter: releases the current object first.
    T **out()
    {
        reset();
        return &m_ptr;
    }
    void reset()
    {
        if (m_ptr != nullptr)
            FreeFn(&m_ptr, nullptr);
    }

private:
    T *m_ptr = nullptr;
};

using File = Handle<libpff_file_t, libpff_file_free>;
using Item = Handle<libpff_item_t, libpff_item_free>;
using RecordSet = Handle<libpff_record_set_t, libpff_record_set_free>;
using RecordEntry = Handle<libpff_record_entry_t, libpff_record_entry_free>;
using MultiValue = Handle<libpff_multi_value_t, libpff_multi_value_free>;

/// Node-id types (low 5 bits of a PST node id, MS-PST 2.2.2.1).
enum NidType : quint32 {
    NidTypeNormalFolder = 0x02,
    NidTypeSearchFolder = 0x03,
    NidTypeNormalMessage = 0x04,
    NidTypeAttachment = 0x05,
    NidTypeAssociatedMessage = 0x08,
    NidTypeReceiveFolderTable = 0x0B,
    NidTypeMask = 0x1F,
};

/// NID_ROOT_FOLDER: the root of every PST's folder tree (MS-PST 2.4.1).
inline constexpr quint32 kNidRootFolder = 0x122;

} // namespace mig::pst::pff
