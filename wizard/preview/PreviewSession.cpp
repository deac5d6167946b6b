#include "preview/PreviewSession.h"

#include "sources/SourceRegistry.h"

namespace mig::wizard {

PreviewSession::PreviewSession(const sources::SourceSpec &spec, QObject *parent)
    : QObject(parent)
    , m_handle(std::make_shared<Handle>())
    , m_pool(std::make_shared<QThreadPool>())
{
    m_handle->spec = spec;
    m_pool->setMaxThreadCount(1);
}

PreviewSession::~PreviewSession()
{
    m_pool->clear();
    // The pool must not be destroyed while its task runs, nor from its own thread: a global-pool
    // task waits for it and drops the last reference (and with it the source) there.
    QThreadPool::globalInstance()->start([pool = m_pool]() mutable {
        pool->waitForDone();
        pool.reset();
    });
}

sources::Source *PreviewSession::Handle::source()
{
    if (!tried) {
        tried = true;
        Expected<std::unique_ptr<sources::Source>> result = sources::openSource(spec);
        if (result)
            opened = std::move(*result);
        else
            openError = result.error().message;
    }
    return opened.get();
}

} // namespace mig::wizard
