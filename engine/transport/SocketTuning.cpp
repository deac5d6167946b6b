#include "transport/SocketTuning.h"

#include <QtGlobal>

#ifdef Q_OS_WIN
#include <winsock2.h>
#include <ws2tcpip.h>
#else
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#endif

namespace mig::transport {

namespace {
constexpr int idleSeconds = 10;
constexpr int probeIntervalSeconds = 5;
constexpr int probeCount = 3;
constexpr unsigned int userTimeoutMs = 30000;
} // namespace

void tuneForDeadPeerDetection(long long socketHandle)
{
#ifdef Q_OS_WIN
    const auto socket = static_cast<SOCKET>(socketHandle);
    const BOOL on = TRUE;
    setsockopt(socket, SOL_SOCKET, SO_KEEPALIVE, reinterpret_cast<const char *>(&on), sizeof on);
#ifdef TCP_KEEPIDLE
    const DWORD idle = idleSeconds;
    const DWORD interval = probeIntervalSeconds;
    const DWORD count = probeCount;
    setsockopt(socket, IPPROTO_TCP, TCP_KEEPIDLE, reinterpret_cast<const char *>(&idle), sizeof idle);
    setsockopt(socket, IPPROTO_TCP, TCP_KEEPINTVL, reinterpret_cast<const char *>(&interval), sizeof interval);
    setsockopt(socket, IPPROTO_TCP, TCP_KEEPCNT, reinterpret_cast<const char *>(&count), sizeof count);
#endif
#else
    const int fd = static_cast<int>(socketHandle);
    const int on = 1;
    setsockopt(fd, SOL_SOCKET, SO_KEEPALIVE, &on, sizeof on);
#ifdef TCP_KEEPIDLE
    const int idle = idleSeconds;
    const int interval = probeIntervalSeconds;
    const int count = probeCount;
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPIDLE, &idle, sizeof idle);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPINTVL, &interval, sizeof interval);
    setsockopt(fd, IPPROTO_TCP, TCP_KEEPCNT, &count, sizeof count);
#endif
#ifdef TCP_USER_TIMEOUT
    const unsigned int timeout = userTimeoutMs;
    setsockopt(fd, IPPROTO_TCP, TCP_USER_TIMEOUT, &timeout, sizeof timeout);
#endif
#endif
}

} // namespace mig::transport
