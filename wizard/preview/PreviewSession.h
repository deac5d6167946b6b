#pragma once

#include "sources/Source.h"
#include "sources/SourceSpec.h"

#include <QFuture>
#include <QObject>
#include <QString>
#include <QThreadPool>
#include <QtConcurrent>

#include <memory>

namespace mig::wizard {

/// One source opened for the preview page. Sources are not thread-safe, so every access runs as a
/// task on this session's own pool of exactly one thread: tasks are serialised, the GUI thread
/// never touches the source. The source is opened by the first task. The destructor drops queued
/// tasks and lets the running one finish in the background (it never waits on the GUI thread);
/// results of dropped sessions are ignored by their watchers, which die with their owners.
class PreviewSession final : public QObject {
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreviewSession)

public:
    explicit PreviewSession(const sources::SourceSpec &spec, QObject *parent = nullptr);
    ~PreviewSession() override;

    QString path() const { return m_handle->spec.location; }

    /// Runs fn(source, openError) on the session's worker; source is nullptr when the file could
    /// not be opened (openError says why). Returns the future of fn's result.
    template <typename Fn>
    auto run(Fn fn)
    {
        return QtConcurrent::run(m_pool.get(), [handle = m_handle, fn = std::move(fn)] {
            return fn(handle->source(), handle->openError);
        });
    }

private:
    struct Handle {
        sources::SourceSpec spec;
        std::unique_ptr<sources::Source> opened;
        QString openError;
        bool tried = false;
        /// Opens on first use; called on the worker thread only.
        sources::Source *source();
    };

    std::shared_ptr<Handle> m_handle;
    std::shared_ptr<QThreadPool> m_pool;
};

} // namespace mig::wizard
