#pragma once

namespace mig {

/// Lets the C library's allocator keep buffers of up to 32 MiB on its heap and keep up to 32 MiB
/// of freed heap memory for reuse. Call once at the start of a program, before other threads run.
///
/// Why: a conversion allocates several buffers the size of each message (the message text, its
/// decoded body, the body as UTF-16 and UTF-8, the stream frame) and frees them again. With
/// glibc's defaults every buffer above ~128 KiB (the limit grows only slowly) is mapped fresh
/// from the kernel and unmapped when freed, so each message paid a page fault per 4 KiB of every
/// buffer: two thirds of the time of an mbox conversion went to the kernel. Kept on the heap the
/// same memory is reused from message to message; the resident size stays bounded by the
/// largest message, not the mailbox. No effect with other C libraries.
void keepLargeBuffersOnHeap();

} // namespace mig
