#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

#include <memory>

class QIODevice;
class QFile;
class QSaveFile;

namespace mig {

/// Writes one output the user named (a stream, a CSV, a plan, a report) without ever damaging what
/// the path already is. Administrators run this tool as root, so "-o /dev/null" must leave the
/// device a device:
/// - "-" is standard output;
/// - a symlink is followed; the link itself is kept and its target is what gets written;
/// - an existing non-regular file (character or block device, FIFO, socket) is opened and written
///   in place: never unlinked, renamed over or replaced;
/// - a regular file or a new path is written atomically: a temporary file in the same directory,
///   flushed to disk, then renamed over the target on commit(); on failure or without commit() the
///   temporary file is removed and the original is kept as it was.
/// A directory, or a path whose directory cannot be written, is an error naming the path.
class OutputFile {
public:
    enum class Kind { StandardOutput, InPlace, Atomic };

    explicit OutputFile(QString path);
    ~OutputFile(); ///< discards an uncommitted atomic write
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    /// Opens for writing; the device stays owned by this object.
    Expected<QIODevice *> open();
    /// Finishes the write: flushes, and for an atomic write syncs and renames into place.
    Expected<void> commit();
    /// Drops an atomic write (the original stays); in-place outputs cannot be taken back.
    void discard();

    Kind kind() const { return m_kind; }
    /// Where the bytes go: the path after following symlinks ("-" for standard output).
    QString resolvedPath() const { return m_resolved; }

    /// open(), write all bytes, commit(): the whole-file case (CSV, plan, report).
    static Expected<void> write(const QString &path, const QByteArray &bytes);

private:
    Error failure(const QString &detail) const;

    QString m_path;
    QString m_resolved;
    Kind m_kind = Kind::Atomic;
    std::unique_ptr<QFile> m_file;     ///< StandardOutput and InPlace
    std::unique_ptr<QSaveFile> m_save; ///< Atomic
};

} // namespace mig
