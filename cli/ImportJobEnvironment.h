#pragma once

#include "cli/CommandContext.h"
#include "cli/InterruptWatch.h"
#include "migration/MailboxJob.h"

#include <QMutex>

#include <atomic>

namespace mig::cli {

/// What `import` gives its one mailbox job: the job's log and the importer's output on standard
/// error as they come, and Ctrl+C as a stop after the current message (the stream ends cleanly, so
/// the importer keeps what it got); a second Ctrl+C ends the program at once. No progress display.
/// Thread-safe: the job calls it from its own and its conversion thread.
class ImportJobEnvironment final : public migration::JobEnvironment {
public:
    explicit ImportJobEnvironment(CommandContext &ctx);

    bool stopRequested() const override;
    bool cancelRequested() const override { return false; }
    void reportProgress(const migration::MailboxProgress &) override { }
    void log(int job, const QString &line) override;
    void setCancelHook(int, std::function<void()>) override { }
    void importerEvent(int job, const transport::ImportEvent &event) override;

private:
    CommandContext &m_ctx;
    mutable InterruptWatch m_interrupts;
    mutable std::atomic_bool m_noticed { false };
    mutable QMutex m_printMutex; ///< one line at a time on standard error
};

} // namespace mig::cli
