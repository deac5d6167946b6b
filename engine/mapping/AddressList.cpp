#include "mapping/AddressList.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace mig::mapping {

AddressList::AddressList(const QStringList &entries)
{
    for (const QString &entry : entries) {
        const QString key = entry.trimmed().toCaseFolded();
        if (!key.isEmpty())
            m_entries.insert(key);
    }
}

AddressList AddressList::parse(const QByteArray &text)
{
    QByteArray bytes = text;
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QStringList entries;
    for (const QString &line : QString::fromUtf8(bytes).split(QLatin1Char('\n'))) {
        const qsizetype hash = line.indexOf(QLatin1Char('#'));
        entries.append((hash < 0 ? line : line.left(hash)).trimmed());
    }
    return AddressList(entries);
}

Expected<AddressList> AddressList::load(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        const bool exists = QFileInfo::exists(path);
        return Error{exists ? Error::Code::AccessDenied : Error::Code::NotFound,
                     QCoreApplication::translate("mig::mapping", "Cannot read the address list %1.").arg(path),
                     file.errorString()};
    }
    return parse(file.readAll());
}

void AddressList::add(const QString &address)
{
    const QString key = address.trimmed().toCaseFolded();
    if (!key.isEmpty())
        m_entries.insert(key);
}

bool AddressList::contains(const QString &address) const
{
    return m_entries.contains(address.trimmed().toCaseFolded());
}

} // namespace mig::mapping
