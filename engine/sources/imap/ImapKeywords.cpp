#include "sources/imap/ImapKeywords.h"

namespace mig::imap {

namespace {

bool isStateKeyword(const QByteArray &flag)
{
    static const QList<QByteArray> states { "$forwarded", "$mdnsent", "$junk", "$notjunk", "junk", "nonjunk",
        "notjunk", "$phishing", "$submitpending", "$submitted" };
    return states.contains(flag.toLower());
}

QString labelName(const QByteArray &flag)
{
    // Thunderbird's default names; what a user renamed them to lives only in his profile.
    static const char *const names[] = { "Important", "Work", "Personal", "To Do", "Later" };
    const QByteArray lower = flag.toLower();
    if (lower.size() == 7 && lower.startsWith("$label") && lower.at(6) >= '1' && lower.at(6) <= '5')
        return QString::fromLatin1(names[lower.at(6) - '1']);
    return QString::fromUtf8(flag);
}

} // namespace

QStringList categoriesFromFlags(const QList<QByteArray> &flags)
{
    QStringList categories;
    for (const QByteArray &flag : flags) {
        if (flag.isEmpty() || flag.startsWith('\\') || isStateKeyword(flag))
            continue;
        const QString name = labelName(flag);
        if (!categories.contains(name, Qt::CaseInsensitive))
            categories.append(name);
    }
    return categories;
}

} // namespace mig::imap
