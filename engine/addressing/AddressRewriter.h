#pragma once

#include "addressing/AddressBook.h"
#include "mapi/Message.h"

#include <QJsonObject>
#include <QMap>
#include <QString>

#include <memory>

namespace mig::addressing {

/// What the rewriter did, per Exchange DN (upper case, as AddressBook::keyOf() gives it).
struct AddressStats {
    struct Resolved {
        QString smtp;
        int count = 0;
        bool fromItem = false; ///< the item carried the SMTP address itself (no map or directory needed)
    };
    QMap<QString, Resolved> resolved;
    QMap<QString, int> unresolved; ///< kept as EX addresses: neither the item nor the book knew them

    int rewrittenCount() const;
    /// {"rewritten": n, "unresolved": [{"dn": ..., "count": n}, ...]} for --json and report.json.
    QJsonObject toJson() const;
    int unresolvedCount() const;
    void merge(const AddressStats &other);
};

/// Rewrites EX (Exchange DN) addresses of a message to SMTP: sender, sent-representing, received-by,
/// received-representing, original sender and original sent-representing, every recipient row
/// (meeting organizers and attendees are these same properties), and the same inside embedded
/// messages. An address is resolved from the item's own SMTP property first (PR_SENDER_SMTP_ADDRESS,
/// PR_SMTP_ADDRESS, ...), else from the book. A resolved address gets address type SMTP, the SMTP
/// address, a one-off entry id and a matching search key; the display name stays. Unresolved ones
/// stay exactly as they were and are counted. Nothing else is touched.
/// Cheap to copy; one instance per conversion thread.
class AddressRewriter {
public:
    explicit AddressRewriter(AddressBook book = {});

    /// Rewrites message in place and adds what it did to stats.
    void rewrite(mapi::Message &message, AddressStats &stats) const;

private:
    AddressBook m_book;
};

/// The rewriter for a run or a conversion: the directory's users' Exchange DNs, then the
/// administrator's address map (mapPath; it wins where both know a DN). nullptr when neither gives
/// a single DN, so nothing is rewritten. Errors name the map file and row.
Expected<std::shared_ptr<const AddressRewriter>> makeAddressRewriter(
    const QList<directory::UserRecord> &users, const QString &mapPath);

} // namespace mig::addressing
