#pragma once

#include "core/Expected.h"
#include "gxmt/ByteSink.h"

#include <functional>

namespace mig::transport {

/// Runs produce(sink) on a thread of its own while the calling thread hands its bytes to target,
/// so that reading and converting a source overlaps sending it (issue 22). The bytes travel in
/// blocks of blockBytes through a queue of at most maxBlocks blocks and maxBlocks * blockBytes
/// bytes (a larger write, such as a big attachment, travels alone): the producer waits when the
/// queue is full, so memory stays bounded whatever the sizes of source, messages and stream.
///
/// Returns target's error when a write fails (the producer's next write then fails with Canceled
/// and it is waited for), else the producer's result once all its bytes were written. target is
/// only ever used on the calling thread (it may own an SSH session); produce must not touch it.
Expected<void> produceConcurrently(const std::function<Expected<void>(gxmt::ByteSink &)> &produce,
                                   gxmt::ByteSink &target, int maxBlocks = 8, qsizetype blockBytes = 256 * 1024);

} // namespace mig::transport
