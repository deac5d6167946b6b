#pragma once

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace mig::sources {

/// How far one folder of a source that numbers its messages (an IMAP folder: UIDs that only grow,
/// valid while UIDVALIDITY stays the same) is known to be on the server. A later run of the same
/// mailbox lists only the messages after `last`, plus the `retry` ones, so a stopped, failed or
/// repeated ("delta") run never sends a message twice: gromox-import does not detect duplicates
/// (gxmt-format.md §8.2).
struct FolderMark {
    quint32 validity = 0;     ///< UIDVALIDITY the numbers belong to; another one voids the mark
    quint32 last = 0;         ///< highest number the importer has taken
    QList<quint32> retry;     ///< numbers at or below last that did not arrive (ascending)

    /// Whether a message numbered position is still to be sent.
    bool wants(quint32 position) const { return position > last || retry.contains(position); }
    friend bool operator==(const FolderMark &, const FolderMark &) = default;
};

/// The marks of one source of one mailbox, by folder path ("INBOX", "Archiv/2023"), and the root
/// folder its messages went to (new-root placement), so that a later run adds to that folder.
struct SourceMarks {
    QString rootFolder;
    QHash<QString, FolderMark> folders;

    bool isEmpty() const { return folders.isEmpty(); }
    QJsonObject toJson() const;
    /// std::nullopt when json carries no usable marks (a foreign or damaged record).
    static std::optional<SourceMarks> fromJson(const QJsonObject &json);
    friend bool operator==(const SourceMarks &, const SourceMarks &) = default;
};

} // namespace mig::sources
