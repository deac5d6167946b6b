#pragma once

#include <QString>

namespace mig::mapping {

/// What the matcher knows about one source. Plain value type, any thread.
/// path and name are always set; the optional fields are filled by whoever can read the source
/// (a PST reader knows the store's display name and its Sent Items), empty when unknown.
struct SourceDescriptor {
    enum class Kind {
        PstFile,      ///< PST or OST file
        ExportFolder, ///< a folder of one mailbox's exported items, named by the mailbox address
        MboxFile,
        ImapAccount,
        KopanoStore, ///< a store on a Kopano server, named by its login
        Other,
    };

    QString path; ///< file or folder path, or account URL; identifies the source in the mapping
    QString name; ///< what names it: file name without extension, folder name, IMAP login
    /// How lists show it when its path's file name says little (a Kopano store: its login, "Public
    /// store @domain"); empty: the file name.
    QString title;
    Kind kind = Kind::Other;
    QString storeDisplayName; ///< PST/OST message store display name (often the owner or address)
    QString ownerName;        ///< mailbox owner's name when the source records one
    QString dominantSender;   ///< the address most messages in Sent Items were sent from
    /// The target the source itself names (a Kopano list's address, @domain for a public store):
    /// proposed when no directory user matches, as the CLI's plan takes it.
    QString listedTarget;
};

} // namespace mig::mapping
