#include "kopano/KopanoUser.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace mig::kopano {
namespace {

/// "Label:<spaces or tabs>value" split at the first colon; empty label for other lines.
std::pair<QString, QString> labelled(const QString &line)
{
    const qsizetype colon = line.indexOf(QLatin1Char(':'));
    if (colon <= 0)
        return {};
    return { line.left(colon).trimmed(), line.mid(colon + 1).trimmed() };
}

} // namespace

QStringList parseUserList(const QByteArray &output)
{
    QStringList logins;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const QString word = line.trimmed().section(QRegularExpression(QStringLiteral("\\s+")), 0, 0);
        // The same rows the grommunio script skips: the "User list for <company>(<n>):" title,
        // the column header, the dashes under it and the SYSTEM account (it has no mailbox to move).
        if (word.isEmpty() || word == QLatin1String("User") || word == QLatin1String("Username")
            || word == QLatin1String("SYSTEM") || word.startsWith(QLatin1Char('-')))
            continue;
        logins.append(word);
    }
    return logins;
}

double parseStorageSize(const QString &text)
{
    static const QRegularExpression size(QStringLiteral("^([0-9]+(?:[.,][0-9]+)?)\\s*([KMGT]i?B|B)?$"),
                                         QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = size.match(text.trimmed());
    if (!m.hasMatch())
        return -1;
    bool ok = false;
    const double value = QString(m.captured(1)).replace(QLatin1Char(','), QLatin1Char('.')).toDouble(&ok);
    if (!ok)
        return -1;
    const QString unit = m.captured(2).toUpper();
    if (unit.startsWith(QLatin1Char('K')))
        return value / 1024;
    if (unit.startsWith(QLatin1Char('G')))
        return value * 1024;
    if (unit.startsWith(QLatin1Char('T')))
        return value * 1024 * 1024;
    if (unit == QLatin1String("B"))
        return value / (1024 * 1024);
    return value; // MiB, MB, or no unit (kopano-admin prints MiB)
}

Expected<KopanoUser> parseUserDetails(const QString &login, const QByteArray &output)
{
    KopanoUser user;
    user.login = login;
    int sizes = 0;
    for (const QString &line : QString::fromUtf8(output).split(QLatin1Char('\n'))) {
        const auto [label, value] = labelled(line);
        if (label.compare(QLatin1String("Emailaddress"), Qt::CaseInsensitive) == 0)
            user.email = value;
        else if (label.compare(QLatin1String("Active"), Qt::CaseInsensitive) == 0)
            user.active = value.compare(QLatin1String("yes"), Qt::CaseInsensitive) == 0;
        else if (label.compare(QLatin1String("Store GUID"), Qt::CaseInsensitive) == 0)
            user.storeGuid = value;
        else if (label.compare(QLatin1String("Archive GUID"), Qt::CaseInsensitive) == 0)
            user.archiveGuid = value;
        else if (label.compare(QLatin1String("Current store size"), Qt::CaseInsensitive) == 0) {
            // The user's own store first; kopano-admin prints a second one in the archive details.
            const double mib = parseStorageSize(value);
            if (mib >= 0 && sizes == 0)
                user.storeMiB = mib;
            else if (mib >= 0 && sizes == 1)
                user.archiveMiB = mib;
            ++sizes;
        }
    }
    if (!user.email.contains(QLatin1Char('@')))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::kopano",
                "kopano-admin --details %1 shows no e-mail address, which the mailbox needs as its target.")
                .arg(login),
            {} };
    return user;
}

} // namespace mig::kopano
