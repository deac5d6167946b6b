#pragma once

#include "core/Expected.h"
#include "sources/mime/MailIndex.h"

#include <QString>

namespace mig::mime {

// Builders of the index behind MailTreeSource, one per layout. Each starts the index with an
// unnamed root and one IPM-subtree folder named after the source, then adds the mail folders.
// They list files and scan mbox files for message offsets; they never keep message bytes.

/// A single .eml file: one folder named after the file, holding the message.
Expected<MailIndex> buildEmlFileIndex(const QString &path);
/// A folder tree of .eml files: sub-folders become folders; the top folder's own files go into a
/// folder named after it.
Expected<MailIndex> buildEmlTreeIndex(const QString &directory);
/// A single mbox file: one folder named after the file (".mbox" dropped).
Expected<MailIndex> buildMboxFileIndex(const QString &path);
/// A mail client's local folder tree of mbox files: Thunderbird (`<name>.sbd/` sub-folders,
/// `.msf` ignored), Evolution, Apple Mail exports (`<name>.mbox/mbox` bundles, nested). .eml files
/// in it are messages of the folder their directory stands for (the top level's own ones go into
/// a folder named after it, as in an EML tree); sub-folders holding only .eml files are kept too.
Expected<MailIndex> buildMboxTreeIndex(const QString &directory);
/// A Maildir or Maildir++ tree (also Dovecot's LAYOUT=fs): the top maildir is INBOX, ".A.B"
/// becomes A/B; flags from the ":2," suffix; trashed (T) messages are skipped and counted.
Expected<MailIndex> buildMaildirIndex(const QString &directory);

// Recognisers for the probes (content and layout, never the extension alone).

/// The first bytes of a file look like an Internet message header (not an mbox).
bool looksLikeMessage(const QByteArray &head);
/// head without a leading mbox "From " envelope line (a saved .eml may carry one).
QByteArray withoutEnvelope(const QByteArray &head);
/// The file starts with an mbox "From " separator line.
bool isMboxFile(const QString &path);
/// directory has cur/ and new/ sub-folders.
bool isMaildir(const QString &directory);
/// directory is a Maildir++ root without its own cur/new but with ".Name" maildirs.
bool isMaildirPlusPlusRoot(const QString &directory);
/// directory holds mbox files, `.sbd` folders or `.mbox` bundles (a client's local folders).
bool isMboxTree(const QString &directory);
/// directory (or a folder below it) holds a .eml file that looks like a message.
bool isEmlTree(const QString &directory);

} // namespace mig::mime
