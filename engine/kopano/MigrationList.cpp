#include "kopano/MigrationList.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace mig::kopano {
namespace {

/// The comment the discovery writes above a user's lines: "# <login>, K: <n>, size: <x> MB, active: yes",
/// and ", archive: <GUID>" when the user has an archive store (scripts ignore comments).
struct UserComment {
    double sizeMiB = -1;
    bool active = true;
    QString archiveGuid;
};

std::optional<std::pair<QString, UserComment>> userComment(const QString &line)
{
    static const QRegularExpression pattern(
        QStringLiteral("^#\\s*(\\S+),\\s*[KA]:\\s*\\d+,\\s*size:\\s*([0-9.]+)\\s*(MB|GB),\\s*active:\\s*(\\w+)(?:,\\s*archive:\\s*([0-9A-Fa-f]{32}))?"));
    const QRegularExpressionMatch m = pattern.match(line);
    if (!m.hasMatch())
        return std::nullopt;
    UserComment c;
    c.sizeMiB = m.captured(2).toDouble() * (m.captured(3) == QLatin1String("GB") ? 1024 : 1);
    c.active = m.captured(4).compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
    c.archiveGuid = m.captured(5);
    return std::pair { m.captured(1), c };
}

Error listError(int line, const QString &reason)
{
    return Error { Error::Code::Corrupt,
        QCoreApplication::translate("mig::kopano", "Migration list, line %1: %2").arg(line).arg(reason), {} };
}

QString sizeText(double mib)
{
    return QString::number(mib, 'f', mib < 10 ? 2 : 0);
}

} // namespace

bool isStoreGuid(const QString &text)
{
    static const QRegularExpression guid(QStringLiteral("^[0-9A-Fa-f]{32}$"));
    return guid.match(text).hasMatch();
}

Expected<QList<MigrationEntry>> parseMigrationList(const QByteArray &text)
{
    QList<MigrationEntry> entries;
    QHash<QString, UserComment> comments;
    const QStringList lines = QString::fromUtf8(text).split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int number = int(i + 1);
        QString line = lines.at(i).trimmed();
        if (line.startsWith(QLatin1Char('#'))) {
            if (auto c = userComment(line))
                comments.insert(c->first, c->second);
            continue;
        }
        line.remove(QRegularExpression(QStringLiteral("\\s")));
        if (!line.contains(QLatin1Char('@')))
            continue;
        const QStringList fields = line.split(QLatin1Char(','));
        if (fields.size() < 2 || fields.size() > 3 || fields.at(0).isEmpty() || fields.at(1).isEmpty())
            return listError(number,
                QCoreApplication::translate("mig::kopano",
                    "expected <mail address>,<Kopano login or store GUID>[,0|1], found \"%1\".")
                    .arg(line));
        MigrationEntry entry;
        entry.target = fields.at(0);
        entry.store = fields.at(1);
        const QString type = fields.value(2);
        if (!type.isEmpty() && type != QLatin1String("0") && type != QLatin1String("1"))
            return listError(number,
                QCoreApplication::translate("mig::kopano", "the type must be 0 (login) or 1 (store GUID), found \"%1\".")
                    .arg(type));
        entry.byGuid = type == QLatin1String("1") || entry.isPublic();
        if (entry.byGuid && !isStoreGuid(entry.store))
            return listError(number,
                QCoreApplication::translate("mig::kopano", "\"%1\" is not a store GUID (32 hexadecimal digits).")
                    .arg(entry.store));
        if (!entry.isPublic() && (entry.target.indexOf(QLatin1Char('@')) <= 0 || entry.target.endsWith(QLatin1Char('@'))))
            return listError(number,
                QCoreApplication::translate("mig::kopano", "\"%1\" is no mail address.").arg(entry.target));
        if (!entry.byGuid && comments.contains(entry.store)) {
            entry.sizeMiB = comments.value(entry.store).sizeMiB;
            entry.active = comments.value(entry.store).active;
            entry.archiveGuid = comments.value(entry.store).archiveGuid;
        }
        entries.append(entry);
    }
    return entries;
}

QByteArray writeMigrationList(const QList<KopanoUser> &users, const QList<MigrationEntry> &publicStores, bool archive)
{
    QString out;
    out += archive ? QStringLiteral("# Kopano Archiver to grommunio migration list\n")
                   : QStringLiteral("# Kopano to grommunio migration list\n");
    out += QStringLiteral("# mail address,Kopano login name|store GUID,0|1\n"
                          "# 0 = Kopano login name, 1 = store GUID; @domain,<GUID> = public store of domain\n"
                          "#\n");
    for (const MigrationEntry &p : publicStores)
        out += p.target + QLatin1Char(',') + p.store + QLatin1Char('\n');
    int number = 0;
    double total = 0;
    for (const KopanoUser &u : users) {
        const QString guid = archive ? u.archiveGuid : u.storeGuid;
        if (archive && guid.isEmpty())
            continue;
        const double mib = archive ? u.archiveMiB : u.storeMiB;
        total += mib;
        out += QStringLiteral("# %1, %2: %3, size: %4 MB, active: %5%6\n")
                   .arg(u.login, archive ? QStringLiteral("A") : QStringLiteral("K"))
                   .arg(++number)
                   .arg(sizeText(mib), u.active ? QStringLiteral("yes") : QStringLiteral("no"),
                        archive || u.archiveGuid.isEmpty() ? QString() : QStringLiteral(", archive: ") + u.archiveGuid);
        if (!guid.isEmpty() && !archive)
            out += QStringLiteral("# %1,%2,1\n").arg(u.email, guid);
        // An archive is addressed by its GUID only: the login names the user's own store.
        if (archive)
            out += QStringLiteral("%1,%2,1\n").arg(u.email, guid);
        else
            out += QStringLiteral("%1,%2,0\n").arg(u.email, u.login);
    }
    out += QStringLiteral("# %1 mailboxes, %2 MB\n").arg(number).arg(sizeText(total));
    return out.toUtf8();
}

} // namespace mig::kopano
