#pragma once

#include "directory/UserRecord.h"
#include "mapping/MappingEntry.h"
#include "mapping/SourceDescriptor.h"

#include <QHash>
#include <QMap>
#include <QString>

#include <vector>

namespace mig::mapping {

/// Proposes a target user for a source by exact comparisons against the directory, strongest
/// rule first (confidence in parentheses):
///   source name is a user's primary address (100) or an alias/proxy address (95);
///   the store's display name is an address (90) or alias (85);
///   source name is a login or userPrincipalName (85), the local part of the primary address (80)
///   or of an alias (75);
///   source name equals a display name (65); the store's display name or owner equals one (60);
///   the dominant sender address from Sent Items is a user's address (50).
/// Comparisons ignore case; display names also ignore accents, '_' versus blank and repeated
/// blanks ("bruno_konig" equals "Bruno König"). The best confidence wins; several users at the
/// best confidence make the source Ambiguous (never guessed); no hit leaves it Unmatched, unless
/// the source names its own target (listedTarget: a Kopano list's address): that is proposed
/// then (100 without a directory, 70 when the directory does not know it).
/// Immutable after construction: propose() may be called from any thread.
class Matcher final {
public:
    explicit Matcher(std::vector<directory::UserRecord> users);

    /// The proposal for one source (status Matched, Ambiguous or Unmatched).
    MappingEntry propose(const SourceDescriptor &source) const;

    /// The user whose primary address, alias, login or userPrincipalName is text (case-insensitive),
    /// or nullptr when none or several are.
    const directory::UserRecord *findUser(const QString &text) const;

    const std::vector<directory::UserRecord> &users() const { return m_users; }

    /// Lower-case, trimmed: the key for addresses and logins.
    static QString addressKey(const QString &text);
    /// addressKey plus no accents, '_' as blank, blanks collapsed: the key for display names.
    static QString nameKey(const QString &text);

private:
    /// Why a user matches a source, from the strongest rule that found it.
    struct Hit {
        int confidence = 0;
        QString reason;
    };
    /// Every user some rule finds, by index into m_users, with the strongest hit.
    QMap<int, Hit> collectHits(const SourceDescriptor &source) const;
    /// Fills in the outcome when several users share the best confidence (never guessed).
    void setAmbiguous(MappingEntry &entry, const QList<int> &winners) const;
    void setMatched(MappingEntry &entry, int winner, const QString &reason) const;

    std::vector<directory::UserRecord> m_users;
    QMultiHash<QString, int> m_byAddress;
    QMultiHash<QString, int> m_byAlias;
    QMultiHash<QString, int> m_byLogin;
    QMultiHash<QString, int> m_byLocalPart;
    QMultiHash<QString, int> m_byAliasLocalPart;
    QMultiHash<QString, int> m_byDisplayName;
};

} // namespace mig::mapping
