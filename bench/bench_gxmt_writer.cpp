// Throughput and memory of the GXMT writer: synthetic mails (5 KB body, three recipients, one
// 10 KB attachment, a named property) written to a sink that only counts bytes. Prints MB/s,
// messages/s and the peak resident set for 1 000, 10 000 and 100 000 messages; the peak must
// stay flat because the writer holds one frame at a time. Figures only, no pass/fail.
#include "BenchSupport.h"
#include "gxmt/Writer.h"
#include "mapi/Tags.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTextStream>

using namespace mig;
using namespace mig::gxmt;
using namespace mig::mapi;
using mig::bench::procStatusKiB;
using mig::bench::resetPeak;

namespace {

/// Discards the stream, counting bytes (what an instant consumer would do).
class NullSink final : public ByteSink {
public:
    Expected<void> write(const QByteArray &bytes) override
    {
        bytes_ += quint64(bytes.size());
        return {};
    }
    quint64 bytes_ = 0;
};

Message syntheticMessage(const std::shared_ptr<const NamedPropertyMap> &names)
{
    Message m;
    m.namedProperties = names;
    m.properties.set(PR_MESSAGE_CLASS, QStringLiteral("IPM.Note"));
    m.properties.set(PR_SUBJECT, QStringLiteral("Quarterly report"));
    m.properties.set(PR_BODY, QString(5 * 1024, QLatin1Char('x')));
    m.properties.set(PR_MESSAGE_FLAGS, qint32(MSGFLAG_READ));
    m.properties.set(PR_CLIENT_SUBMIT_TIME, qint64(0x01D9000000000000));
    m.properties.set(PR_MESSAGE_DELIVERY_TIME, qint64(0x01D9000000000000));
    m.properties.set(PR_SENDER_NAME, QStringLiteral("Alice Example"));
    m.properties.set(PR_SENDER_EMAIL_ADDRESS, QStringLiteral("alice@example.com"));
    m.properties.set(makeTag(0x8001, PT_MV_UNICODE), QList<QString>{QStringLiteral("Red"), QStringLiteral("Blue")});
    for (int i = 0; i < 3; ++i)
        m.recipients.append(PropertyBag{{PR_RECIPIENT_TYPE, qint32(1 + i)},
                                        {PR_DISPLAY_NAME, QStringLiteral("Recipient %1").arg(i)},
                                        {PR_ADDRTYPE, QStringLiteral("SMTP")},
                                        {PR_EMAIL_ADDRESS, QStringLiteral("r%1@example.com").arg(i)}});
    m.attachments.append(Attachment(PropertyBag{{PR_ATTACH_METHOD, ATTACH_BY_VALUE},
                                                {PR_ATTACH_LONG_FILENAME, QStringLiteral("report.pdf")},
                                                {PR_ATTACH_DATA_BIN, QByteArray(10 * 1024, 'p')}}));
    return m;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    auto names = std::make_shared<NamedPropertyMap>();
    names->insert(0x8001, PropertyName::byString(PropertySet::publicStrings(), QStringLiteral("Keywords")));
    Message message = syntheticMessage(names);

    out << "GXMT writer: 5 KB body, 3 recipients, 10 KB attachment per message, null sink\n";
    out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
               .arg(QStringLiteral("messages"), 10)
               .arg(QStringLiteral("MB"), 10)
               .arg(QStringLiteral("seconds"), 9)
               .arg(QStringLiteral("MB/s"), 9)
               .arg(QStringLiteral("msgs/s"), 10)
               .arg(QStringLiteral("peak RSS MiB"), 13);
    for (int count : {1000, 10000, 100000}) {
        resetPeak();
        NullSink sink;
        StreamHeader header;
        header.folderMap = {{0x100, true, FidIpmSubtree, QStringLiteral("Import of bench")}};
        Writer writer(sink, header);
        Folder folder;
        folder.properties.set(PR_DISPLAY_NAME, QStringLiteral("Bench"));
        QElapsedTimer timer;
        timer.start();
        if (!writer.writeFolder(0x100, kObjectStore, 0, folder))
            return 1;
        for (int i = 0; i < count; ++i) {
            message.properties.set(PR_INTERNET_MESSAGE_ID, QStringLiteral("<%1@bench.example>").arg(i));
            if (auto r = writer.writeMessage(0x1000 + quint64(i), 0x100, message); !r) {
                out << r.error().message << '\n';
                return 1;
            }
        }
        const double seconds = double(timer.nsecsElapsed()) / 1e9;
        const double mb = double(sink.bytes_) / 1e6;
        out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                   .arg(count, 10)
                   .arg(mb, 10, 'f', 1)
                   .arg(seconds, 9, 'f', 3)
                   .arg(mb / seconds, 9, 'f', 1)
                   .arg(double(count) / seconds, 10, 'f', 0)
                   .arg(double(procStatusKiB("VmHWM")) / 1024.0, 13, 'f', 1);
        out.flush();
    }
    return 0;
}
