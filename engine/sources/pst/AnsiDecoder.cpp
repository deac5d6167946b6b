#include "sources/pst/AnsiDecoder.h"

#include <QStringList>

namespace mig::pst {

namespace {

constexpr int kFallbackCodePage = 850;

/// Names under which ICU (through QStringDecoder) knows a Windows code page.
QStringList codecNames(int codePage)
{
    switch (codePage) {
    case 20127:
        return {QStringLiteral("US-ASCII")};
    case 65001:
        return {QStringLiteral("UTF-8")};
    case 1200:
        return {QStringLiteral("UTF-16LE")};
    case 50220:
    case 50221:
    case 50222:
        return {QStringLiteral("ISO-2022-JP")};
    case 51932:
    case 20932:
        return {QStringLiteral("EUC-JP")};
    case 51949:
        return {QStringLiteral("EUC-KR")};
    case 52936:
        return {QStringLiteral("HZ-GB-2312")};
    case 54936:
        return {QStringLiteral("GB18030")};
    case 20866:
        return {QStringLiteral("KOI8-R")};
    case 21866:
        return {QStringLiteral("KOI8-U")};
    default:
        break;
    }
    if (codePage >= 28591 && codePage <= 28606)
        return {QStringLiteral("ISO-8859-%1").arg(codePage - 28590)};
    const QString n = QString::number(codePage);
    return {QStringLiteral("windows-") + n, QStringLiteral("cp") + n, QStringLiteral("IBM") + n};
}

} // namespace

AnsiDecoder::AnsiDecoder(int defaultCodePage)
    : m_defaultCodePage(defaultCodePage > 0 ? defaultCodePage : 1252)
{
}

bool AnsiDecoder::canDecode(int codePage)
{
    if (!m_decoders.contains(codePage))
        decoderFor(codePage);
    return m_decoders.value(codePage) != nullptr;
}

QStringDecoder *AnsiDecoder::decoderFor(int codePage)
{
    const auto it = m_decoders.constFind(codePage);
    if (it != m_decoders.constEnd())
        return it->get();
    std::shared_ptr<QStringDecoder> found;
    for (const QString &name : codecNames(codePage)) {
        auto candidate = std::make_shared<QStringDecoder>(name.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (candidate->isValid()) {
            found = std::move(candidate);
            break;
        }
    }
    m_decoders.insert(codePage, found);
    return found.get();
}

QString AnsiDecoder::decode(const QByteArray &bytes, int codePage)
{
    const qsizetype nul = bytes.indexOf('\0');
    const QByteArrayView text = nul < 0 ? QByteArrayView(bytes) : QByteArrayView(bytes).first(nul);
    QStringDecoder *decoder = decoderFor(codePage > 0 ? codePage : m_defaultCodePage);
    if (decoder == nullptr)
        decoder = decoderFor(kFallbackCodePage);
    if (decoder == nullptr)
        return QString::fromLatin1(text);
    decoder->resetState();
    return decoder->decode(text);
}

} // namespace mig::pst
