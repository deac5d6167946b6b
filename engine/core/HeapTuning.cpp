#include "core/HeapTuning.h"

#include <cstdlib> // defines __GLIBC__ when the C library is glibc

#if defined(__GLIBC__)
#include <malloc.h>
#endif

namespace mig {

void keepLargeBuffersOnHeap()
{
#if defined(__GLIBC__)
    constexpr int kLargeBuffer = 32 * 1024 * 1024; // glibc's upper limit for the mmap threshold
    mallopt(M_MMAP_THRESHOLD, kLargeBuffer);
    mallopt(M_TRIM_THRESHOLD, kLargeBuffer);
#endif
}

} // namespace mig
