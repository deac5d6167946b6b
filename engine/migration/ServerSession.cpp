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

transport::SessionOptions sessionOptions(const ServerConnection &server, const RunOptions &run)
{
    transport::SessionOptions options = sessionOptions(server);
    options.acceptedFingerprint = run.acceptedFingerprint;
    options.confirmHostKey = run.confirmHostKey;
    options.askSecret = run.askSecret;
    options.connectTimeoutSeconds = run.connectTimeoutSeconds;
    options.ioTimeoutSeconds = run.ioTimeoutSeconds;
    return options;
}

} // namespace mig::migration
