#include "mapping/Matcher.h"

#include <QCoreApplication>
#include <QMap>

#include <algorithm>

namespace mig::mapping {

using directory::UserRecord;

namespace {

QString localPart(const QString &address)
{
    const qsizetype at = address.lastIndexOf(QLatin1Char('@'));
    return at > 0 ? address.left(at) : QString();
}

/// How people recognise a user in a reason text.
QString describe(const UserRecord &user)
{
    const QString id = user.mail.isEmpty() ? user.login : user.mail;
    return user.displayName.isEmpty() ? id : QStringLiteral("%1 <%2>").arg(user.displayName, id);
}

void insertUnique(QMultiHash<QString, int> &index, const QString &key, int user)
{
    if (!key.isEmpty() && !index.contains(key, user))
        index.insert(key, user);
}

} // namespace

QString Matcher::addressKey(const QString &text)
{
    return text.trimmed().toCaseFolded();
}

QString Matcher::nameKey(const QString &text)
{
    const QString decomposed = text.normalized(QString::NormalizationForm_D);
    QString out;
    out.reserve(decomposed.size());
    for (const QChar c : decomposed) {
        if (c.category() == QChar::Mark_NonSpacing)
            continue; // the accent of a decomposed letter
        out += (c == QLatin1Char('_') || c.isSpace()) ? QLatin1Char(' ') : c;
    }
    return out.simplified().toCaseFolded();
}

Matcher::Matcher(std::vector<UserRecord> users)
    : m_users(std::move(users))
{
    for (int i = 0; i < int(m_users.size()); ++i) {
        const UserRecord &user = m_users[size_t(i)];
        insertUnique(m_byAddress, addressKey(user.mail), i);
        insertUnique(m_byLocalPart, addressKey(localPart(user.mail)), i);
        for (const QString &alias : user.aliases) {
            insertUnique(m_byAlias, addressKey(alias), i);
            insertUnique(m_byAliasLocalPart, addressKey(localPart(alias)), i);
        }
        insertUnique(m_byLogin, addressKey(user.login), i);
        for (const QString &login : user.otherLogins)
            insertUnique(m_byLogin, addressKey(login), i);
        insertUnique(m_byDisplayName, nameKey(user.displayName), i);
    }
}

const UserRecord *Matcher::findUser(const QString &text) const
{
    const QString key = addressKey(text);
    for (const auto *index : { &m_byAddress, &m_byAlias, &m_byLogin }) {
        const QList<int> hits = index->values(key);
        if (hits.size() == 1)
            return &m_users[size_t(hits.first())];
        if (hits.size() > 1)
            return nullptr;
    }
    return nullptr;
}

MappingEntry Matcher::propose(const SourceDescriptor &source) const
{
    const QMap<int, Hit> hits = collectHits(source);
    MappingEntry entry;
    entry.source = source.path;
    if (hits.isEmpty() && !source.listedTarget.isEmpty()) {
        entry.status = MappingStatus::Matched;
        entry.target = source.listedTarget;
        entry.confidence = m_users.empty() ? 100 : 70;
        entry.reason = m_users.empty()
            ? QCoreApplication::translate("mig::mapping", "the address the Kopano list gives")
            : QCoreApplication::translate("mig::mapping", "the address the Kopano list gives (no directory user has it)");
        return entry;
    }
    if (hits.isEmpty()) {
        entry.status = MappingStatus::Unmatched;
        entry.reason
            = QCoreApplication::translate("mig::mapping", "no directory user matches the name \"%1\"").arg(source.name);
        return entry;
    }
    int best = 0;
    for (const Hit &hit : hits)
        best = std::max(best, hit.confidence);
    QList<int> winners;
    for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
        if (it.value().confidence == best)
            winners.append(it.key());
    }
    entry.confidence = best;
    if (winners.size() > 1)
        setAmbiguous(entry, winners);
    else
        setMatched(entry, winners.first(), hits.value(winners.first()).reason);
    return entry;
}

QMap<int, Matcher::Hit> Matcher::collectHits(const SourceDescriptor &source) const
{
    // user index -> strongest hit; QMap keeps the candidates in directory order.
    QMap<int, Hit> hits;
    const auto consider = [&](const QMultiHash<QString, int> &index, const QString &key, int confidence,
                              const QString &reasonTemplate, const QString &shown) {
        if (key.isEmpty())
            return;
        for (const int user : index.values(key)) {
            Hit &hit = hits[user];
            if (confidence > hit.confidence)
                hit = Hit { confidence, reasonTemplate.arg(shown, describe(m_users[size_t(user)])) };
        }
    };

    const QString name = addressKey(source.name);
    const QString store = addressKey(source.storeDisplayName);
    consider(m_byAddress, name, 100,
        QCoreApplication::translate("mig::mapping", "the name \"%1\" is the address of %2"), source.name);
    consider(m_byAlias, name, 95,
        QCoreApplication::translate("mig::mapping", "the name \"%1\" is an alias address of %2"), source.name);
    consider(m_byAddress, store, 90,
        QCoreApplication::translate("mig::mapping", "the store's display name \"%1\" is the address of %2"),
        source.storeDisplayName);
    consider(m_byAlias, store, 85,
        QCoreApplication::translate("mig::mapping", "the store's display name \"%1\" is an alias address of %2"),
        source.storeDisplayName);
    consider(m_byLogin, name, 85, QCoreApplication::translate("mig::mapping", "the name \"%1\" is the login of %2"),
        source.name);
    consider(m_byLocalPart, name, 80,
        QCoreApplication::translate("mig::mapping", "the name \"%1\" is the local part of the address of %2"),
        source.name);
    consider(m_byAliasLocalPart, name, 75,
        QCoreApplication::translate("mig::mapping", "the name \"%1\" is the local part of an alias of %2"),
        source.name);
    consider(m_byDisplayName, nameKey(source.name), 65,
        QCoreApplication::translate("mig::mapping", "the name \"%1\" is the display name of %2"), source.name);
    consider(m_byDisplayName, nameKey(source.storeDisplayName), 60,
        QCoreApplication::translate("mig::mapping", "the store's display name \"%1\" is the display name of %2"),
        source.storeDisplayName);
    consider(m_byDisplayName, nameKey(source.ownerName), 60,
        QCoreApplication::translate("mig::mapping", "the store owner \"%1\" is the display name of %2"),
        source.ownerName);
    const QString sender = addressKey(source.dominantSender);
    consider(m_byAddress, sender, 50,
        QCoreApplication::translate("mig::mapping", "most mail in Sent Items was sent from %1, the address of %2"),
        source.dominantSender);
    consider(m_byAlias, sender, 50,
        QCoreApplication::translate("mig::mapping", "most mail in Sent Items was sent from %1, an alias address of %2"),
        source.dominantSender);
    return hits;
}

void Matcher::setAmbiguous(MappingEntry &entry, const QList<int> &winners) const
{
    entry.status = MappingStatus::Ambiguous;
    QStringList described;
    for (const int user : winners) {
        const UserRecord &u = m_users[size_t(user)];
        entry.candidates.append(u.mail.isEmpty() ? u.login : u.mail);
        described.append(describe(u));
    }
    entry.reason = QCoreApplication::translate("mig::mapping", "%1 users match equally well: %2")
                       .arg(winners.size())
                       .arg(described.join(QStringLiteral("; ")));
}

void Matcher::setMatched(MappingEntry &entry, int winner, const QString &reason) const
{
    const UserRecord &user = m_users[size_t(winner)];
    entry.status = MappingStatus::Matched;
    entry.target = user.mail.isEmpty() ? user.login : user.mail;
    entry.reason = reason;
    if (user.mail.isEmpty())
        entry.reason
            += QCoreApplication::translate("mig::mapping", " (the user has no mail address; the login is used)");
    if (user.disabled)
        entry.reason += QCoreApplication::translate("mig::mapping", " (the account is disabled)");
}

} // namespace mig::mapping
