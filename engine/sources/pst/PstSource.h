#pragma once

#include "sources/Source.h"

#include <memory>

namespace mig::pst {

/// A PST, OST or PAB file read through libpff (read-only). The format (PST/OST), the encoding
/// (ANSI/Unicode), the encryption and the password flag come from the file's content, never from
/// its name. Folder ids and item ids are PST node ids. Not thread-safe; libpff keeps the file open
/// until the source is destroyed. After expectFullRead(), folders with many items are read ahead
/// on worker threads with handles of their own (ReadAhead); messages still come out in order. The
/// contents tables of a large folder tree are then read by this handle and a second one in turns
/// (FolderLister); counts, references and warnings stay word for word the same.
class PstSource final : public sources::Source {
public:
    /// Opens path. Errors: NotFound/AccessDenied (cannot open), Unsupported (not a PST/OST/PAB),
    /// Corrupt (recognised but the header or folder tree cannot be read), each naming the file.
    static Expected<std::unique_ptr<PstSource>> open(const QString &path);
    ~PstSource() override;

    sources::SourceInfo info() const override;
    Expected<QList<sources::SourceFolder>> folders() override;
    Expected<mapi::Folder> readFolder(quint64 folderId) override;
    Expected<QList<sources::ItemRef>> items(quint64 folderId, sources::ItemKind kind) override;
    Expected<mapi::Message> readMessage(const sources::ItemRef &ref) override;
    Expected<sources::MessageSummary> readSummary(const sources::ItemRef &ref) override;
    QHash<quint64, sources::SpecialFolder> specialFolders() override;
    QStringList takeWarnings() override;
    /// PST node ids are unique, non-zero 32-bit values: kept as nids, as gromox-pff2mt does.
    bool idsAreStreamNids() const override { return true; }
    void expectFullRead() override;

private:
    PstSource();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mig::pst
