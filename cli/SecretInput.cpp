#include "cli/SecretInput.h"

#include "transport/SecretBytes.h"

#include <QCoreApplication>
#include <QFile>

namespace mig::cli {

Expected<QByteArray> readPasswordFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        return Error { file.exists() ? Error::Code::AccessDenied : Error::Code::NotFound,
            QCoreApplication::translate("mig::cli", "Cannot read the password file %1: %2")
                .arg(path, file.errorString()),
            {} };
    }
    QByteArray content = file.readAll();
    QByteArray firstLine = content.left(content.indexOf('\n') < 0 ? content.size() : content.indexOf('\n'));
    transport::wipe(content);
    if (firstLine.endsWith('\r'))
        firstLine.chop(1);
    return firstLine;
}

} // namespace mig::cli
