#include "mapping/SourceInspector.h"

#include "mapi/Tags.h"
#include "sources/Source.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcMapping, "mig.engine.mapping", QtInfoMsg)

namespace mig::mapping {

namespace {

// MS-OXPROPS tags not (yet) in mapi/Tags.h; only this file reads them.
constexpr mapi::PropTag PR_SENDER_SMTP_ADDRESS = 0x5D01001F;
constexpr mapi::PropTag PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02001F;

/// The SMTP address a sent message went out from, or empty (e.g. only an Exchange X.500 DN).
QString senderAddress(const mapi::PropertyBag &properties)
{
    for (const mapi::PropTag tag : {PR_SENDER_SMTP_ADDRESS, PR_SENT_REPRESENTING_SMTP_ADDRESS,
                                    mapi::PR_SENDER_EMAIL_ADDRESS, mapi::PR_SENT_REPRESENTING_EMAIL_ADDRESS}) {
        const QString address = properties.string(tag).value_or(QString()).trimmed();
        if (address.contains(QLatin1Char('@')) && !address.startsWith(QLatin1Char('/')))
            return address;
    }
    return {};
}

} // namespace

Expected<void> inspectSource(SourceDescriptor &source)
{
    if (source.kind != SourceDescriptor::Kind::PstFile)
        return {};
    auto opened = sources::openSourceFile(source.path);
    if (!opened)
        return opened.error();
    sources::Source &store = **opened;

    QHash<QString, int> counts; // case-folded address -> messages
    QHash<QString, QString> spelling;
    int withAddress = 0;
    const QHash<quint64, sources::SpecialFolder> special = store.specialFolders();
    for (auto it = special.cbegin(); it != special.cend(); ++it) {
        if (it.value() != sources::SpecialFolder::SentItems)
            continue;
        const auto items = store.items(it.key(), sources::ItemKind::Normal);
        if (!items)
            continue; // an unreadable Sent Items folder only means no evidence
        int read = 0;
        for (const sources::ItemRef &ref : *items) {
            if (read >= SentItemsSample)
                break;
            if (!ref.readable)
                continue;
            ++read;
            const auto message = store.readMessage(ref);
            if (!message)
                continue;
            const QString address = senderAddress(message->properties);
            if (address.isEmpty())
                continue;
            const QString key = address.toCaseFolded();
            ++counts[key];
            spelling.insert(key, address);
            ++withAddress;
        }
    }
    for (auto it = counts.cbegin(); it != counts.cend(); ++it) {
        if (it.value() * 2 > withAddress) {
            source.dominantSender = spelling.value(it.key());
            qCInfo(lcMapping) << source.path << "was sent from" << source.dominantSender << "in" << it.value() << "of"
                              << withAddress << "sampled Sent Items messages";
            break;
        }
    }
    return {};
}

} // namespace mig::mapping
