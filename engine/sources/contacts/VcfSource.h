#pragma once

#include "sources/ItemFileSource.h"
#include "sources/SourceRegistry.h"
#include "sources/contacts/VcardParser.h"

#include <memory>

namespace mig::contacts {

/// A vCard file (any number of cards, vCard 2.1/3.0/4.0), or a folder of them, as a source: the
/// root holds "Contacts" (IPF.Contact), marked as the mailbox's Contacts folder so --splice puts
/// the cards there. A card that cannot be converted is an unreadable item whose reason names file,
/// card and problem.
class VcfSource final : public sources::ItemFileSource {
public:
    /// spec.location is a file or a folder of .vcf files. Errors: NotFound/AccessDenied, Corrupt
    /// for a file without any BEGIN:VCARD, NotFound for a folder without .vcf files.
    static Expected<std::unique_ptr<sources::Source>> open(const sources::SourceSpec &spec);

protected:
    Expected<mapi::Message> convertItem(qsizetype index, QStringList &warnings) override;
    void countContent(const mapi::Message &message, QHash<QString, qint64> &counts) const override;
    QString contentText(const QString &key, qint64 count) const override;
    QStringList contentKeys() const override;

private:
    explicit VcfSource(sources::SourceInfo info);
    void addFile(VcardFile file);

    QList<VcardFile> m_files;
    /// Per item: its file and card; file -1 for a file that could not be read (one unreadable item).
    QList<std::pair<int, int>> m_itemOf;
};

/// Registry entry "vcf": probes by content (BEGIN:VCARD), patterns *.vcf, *.vcard.
sources::SourceKind vcfSourceKind();

} // namespace mig::contacts
