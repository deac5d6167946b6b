#include "sources/contacts/VcfSource.h"

#include "mapi/Tags.h"
#include "sources/contacts/ContactConverter.h"
#include "sources/contacts/ContactGroup.h"
#include "sources/contacts/ContactNames.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace mig::contacts {

namespace {

constexpr int kContactsFolder = 0;

const QStringList &vcfPatterns()
{
    static const QStringList patterns { QStringLiteral("*.vcf"), QStringLiteral("*.vcard") };
    return patterns;
}

QString tr(const char *text)
{
    return QCoreApplication::translate("mig::contacts", text);
}

} // namespace

VcfSource::VcfSource(sources::SourceInfo info)
    : ItemFileSource(std::move(info),
          { { tr("Contacts"), QStringLiteral("IPF.Contact"), sources::SpecialFolder::Contacts, true } })
{
}

Expected<std::unique_ptr<sources::Source>> VcfSource::open(const sources::SourceSpec &spec)
{
    sources::SourceInfo info;
    info.path = spec.location;
    info.format = QStringLiteral("vcf");
    std::unique_ptr<VcfSource> source(new VcfSource(info));
    if (QFileInfo(spec.location).isDir()) {
        const QStringList files = memberFiles(spec.location, vcfPatterns());
        if (files.isEmpty())
            return Error { Error::Code::NotFound, tr("%1: the folder holds no vCard (.vcf) files").arg(spec.location),
                {} };
        for (const QString &path : files) {
            auto file = readVcardFile(path);
            if (file) {
                source->addFile(std::move(*file));
            } else {
                // One unreadable file of a folder is one unreadable item; the other files go on.
                source->m_itemOf.append({ -1, 0 });
                source->addItem(kContactsFolder, file.error().fullText());
            }
        }
    } else {
        auto file = readVcardFile(spec.location);
        if (!file)
            return file.error();
        source->addFile(std::move(*file));
    }
    source->validate();
    return std::unique_ptr<sources::Source>(std::move(source));
}

void VcfSource::addFile(VcardFile file)
{
    const int fileIndex = int(m_files.size());
    addWarnings(file.warnings);
    for (int i = 0; i < int(file.cards.size()); ++i) {
        m_itemOf.append({ fileIndex, i });
        addItem(kContactsFolder);
    }
    m_files.append(std::move(file));
}

Expected<mapi::Message> VcfSource::convertItem(qsizetype index, QStringList &warnings)
{
    const auto [fileIndex, cardIndex] = m_itemOf.at(index);
    if (fileIndex < 0)
        return Error { Error::Code::Corrupt, tr("the file could not be read"), {} }; // not reached: listed unreadable
    const VcardFile &file = m_files.at(fileIndex);
    const Vcard &card = file.cards.at(cardIndex);
    auto converted = isContactGroup(card) ? convertContactGroup(card, file) : convertContact(card, file.name);
    if (!converted)
        return converted.error();
    warnings += converted->warnings;
    return std::move(converted->message);
}

void VcfSource::countContent(const mapi::Message &message, QHash<QString, qint64> &counts) const
{
    if (message.properties.string(mapi::PR_MESSAGE_CLASS) == QStringLiteral("IPM.DistList")) {
        ++counts[QStringLiteral("contact_groups")];
        return;
    }
    ++counts[QStringLiteral("contacts")];
    for (const mapi::Attachment &attachment : message.attachments) {
        if (attachment.properties.boolean(names::PR_ATTACHMENT_CONTACTPHOTO).value_or(false)) {
            ++counts[QStringLiteral("photos")];
            break;
        }
    }
}

QStringList VcfSource::contentKeys() const
{
    return { QStringLiteral("contacts"), QStringLiteral("photos"), QStringLiteral("contact_groups") };
}

QString VcfSource::contentText(const QString &key, qint64 count) const
{
    if (key == QLatin1String("photos"))
        return QCoreApplication::translate("mig::contacts", "%n with a photo", nullptr, int(count));
    if (key == QLatin1String("contact_groups"))
        return QCoreApplication::translate("mig::contacts", "%n contact group(s)", nullptr, int(count));
    return QCoreApplication::translate("mig::contacts", "%n contact(s)", nullptr, int(count));
}

sources::SourceKind vcfSourceKind()
{
    return { QStringLiteral("vcf"), tr("vCard file (VCF)"),
        [](const QString &location) { return sources::ItemFileSource::probe(location, "BEGIN:VCARD", vcfPatterns()); },
        VcfSource::open, vcfPatterns() };
}

} // namespace mig::contacts
