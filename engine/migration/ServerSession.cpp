#include "migration/ServerSession.h"

namespace mig::migration {

transport::SessionOptions sessionOptions(const ServerConnection &server)
{
    transport::SessionOptions options;
    options.target.host = server.host;
    options.target.port = server.port;
    options.target.user = server.user;
    options.identityFile = server.identityFile;
    options.knownHostsFile = server.knownHostsFile;
    return options;
}

} // namespace mig::migration
