#include "core/OutputFile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>

namespace mig {
namespace {

/// Follows a chain of symlinks to the path that is really written. A dangling link resolves to the
/// path it names (the file is then created there, the link stays as it is). A loop stops after a
/// fixed number of steps, and opening the path then fails with the system's own message.
QString followLinks(const QString &path)
{
    QString current = QFileInfo(path).absoluteFilePath();
    for (int step = 0; step < 40; ++step) {
        const QFileInfo info(current);
        if (!info.isSymLink())
            return current;
        current = info.symLinkTarget();
    }
    return current;
}

} // namespace

OutputFile::OutputFile(QString path)
    : m_path(std::move(path))
{
}

OutputFile::~OutputFile()
{
    discard();
}

Error OutputFile::failure(const QString &detail) const
{
    return Error { Error::Code::AccessDenied,
        QCoreApplication::translate("mig::core", "Cannot write %1").arg(m_path), detail };
}

Expected<QIODevice *> OutputFile::open()
{
    if (m_path == QLatin1String("-")) {
        m_kind = Kind::StandardOutput;
        m_resolved = m_path;
        m_file = std::make_unique<QFile>();
        std::fflush(stdout); // anything printed through stdio so far comes first
        if (!m_file->open(stdout, QIODevice::WriteOnly, QFileDevice::DontCloseHandle))
            return failure(m_file->errorString());
        return m_file.get();
    }
    m_resolved = followLinks(m_path);
    const QFileInfo target(m_resolved);
    if (target.isDir())
        return failure(QCoreApplication::translate("mig::core", "it is a directory"));
    if (target.exists() && !target.isFile()) {
        // A device, FIFO or socket: write into it, never replace it (O_TRUNC, which Qt adds, is
        // ignored for these by the kernel).
        m_kind = Kind::InPlace;
        m_file = std::make_unique<QFile>(m_resolved);
        if (!m_file->open(QIODevice::WriteOnly | QIODevice::ExistingOnly))
            return failure(m_file->errorString());
        return m_file.get();
    }
    m_kind = Kind::Atomic;
    m_save = std::make_unique<QSaveFile>(m_resolved);
    // Never fall back to writing the target directly: a half-written file must not replace a good one.
    m_save->setDirectWriteFallback(false);
    if (!m_save->open(QIODevice::WriteOnly))
        return failure(m_save->errorString());
    return m_save.get();
}

Expected<void> OutputFile::commit()
{
    if (m_save) {
        // QSaveFile::commit() flushes, syncs to disk and renames; on failure it removes its
        // temporary file and leaves the target untouched.
        const bool ok = m_save->commit();
        const QString reason = m_save->errorString();
        m_save.reset();
        if (!ok)
            return failure(reason);
        return {};
    }
    if (m_file) {
        const bool ok = m_file->flush() && m_file->error() == QFileDevice::NoError;
        const QString reason = m_file->errorString();
        m_file.reset();
        if (!ok)
            return failure(reason);
    }
    return {};
}

void OutputFile::discard()
{
    if (m_save) {
        m_save->cancelWriting();
        m_save.reset(); // destroying an uncommitted QSaveFile removes its temporary file
    }
    m_file.reset();
}

Expected<void> OutputFile::write(const QString &path, const QByteArray &bytes)
{
    OutputFile output(path);
    auto device = output.open();
    if (!device)
        return device.error();
    if ((*device)->write(bytes) != bytes.size()) {
        const Error error = output.failure((*device)->errorString());
        output.discard();
        return error;
    }
    return output.commit();
}

} // namespace mig
