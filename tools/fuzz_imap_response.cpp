// libFuzzer entry point for the IMAP response parser: the input is cut into responses the way
// ImapConnection reads them from the socket (a line; when it ends with "{n}", n bytes of literal
// and the next line), each is parsed, and the folder-name and date decoders get the raw bytes.
// Must never crash, hang or allocate more than the input justifies. See fuzz_imap.cmake.
#include "sources/imap/ImapClient.h"
#include "sources/imap/ImapResponse.h"
#include "sources/imap/ModifiedUtf7.h"

#include <cstdint>

namespace {

/// One response from the front of input (advancing pos), as the connection would assemble it.
mig::imap::RawResponse takeResponse(const QByteArray &input, qsizetype *pos)
{
    mig::imap::RawResponse raw;
    for (;;) {
        qsizetype end = input.indexOf('\n', *pos);
        if (end < 0)
            end = input.size();
        QByteArray line = input.mid(*pos, end - *pos);
        if (line.endsWith('\r'))
            line.chop(1);
        *pos = std::min(end + 1, input.size());
        const qint64 literal = mig::imap::trailingLiteralSize(line);
        raw.lines.append(line);
        if (literal < 0 || *pos >= input.size())
            return raw;
        const qsizetype take = qsizetype(std::min<qint64>(literal, input.size() - *pos));
        raw.literals.append(input.mid(*pos, take));
        *pos += take;
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    qsizetype pos = 0;
    while (pos < input.size()) {
        const qsizetype before = pos;
        const mig::imap::RawResponse raw = takeResponse(input, &pos);
        QString error;
        (void)mig::imap::parseImapResponse(raw, &error);
        if (pos == before)
            break;
    }
    (void)mig::imap::decodeModifiedUtf7(input);
    (void)mig::imap::parseInternalDate(input);
    return 0;
}
