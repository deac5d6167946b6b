#include "sources/mime/GMimeSupport.h"

#include <limits>
#include <mutex>
#include <optional>

namespace mig::mime {

void ensureGMimeInitialized()
{
    // GMime keeps process-wide tables (charset map, iconv cache); it is never shut down because
    // other threads may still convert while the process exits.
    static std::once_flag once;
    std::call_once(once, [] { g_mime_init(); });
}

namespace {

QByteArray takeBytes(GMimeStream *stream)
{
    GByteArray *array = g_mime_stream_mem_get_byte_array(GMIME_STREAM_MEM(stream));
    return QByteArray(reinterpret_cast<const char *>(array->data), qsizetype(array->len));
}

GMimeParserOptions *parserOptions()
{
    // Raw 8-bit header text is read as UTF-8 when it is valid, else as windows-1252 (the usual
    // legacy charset of such mail); lenient RFC 2047 decoding accepts encoded words inside words.
    static GMimeParserOptions *options = [] {
        GMimeParserOptions *o = g_mime_parser_options_new();
        const char *fallback[] = { "utf-8", "windows-1252", nullptr };
        g_mime_parser_options_set_fallback_charsets(o, fallback);
        g_mime_parser_options_set_rfc2047_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_address_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        g_mime_parser_options_set_parameter_compliance_mode(o, GMIME_RFC_COMPLIANCE_LOOSE);
        return o;
    }();
    return options;
}

GRef<GMimeMessage> parseStream(GMimeStream *stream)
{
    GRef<GMimeParser> parser(g_mime_parser_new_with_stream(stream));
    g_mime_parser_set_format(parser.get(), GMIME_FORMAT_MESSAGE);
    return GRef<GMimeMessage>(g_mime_parser_construct_message(parser.get(), parserOptions()));
}

void releaseBorrowedArray(gpointer array)
{
    // Only the array header: the bytes belong to the QByteArray they were borrowed from.
    g_byte_array_free(static_cast<GByteArray *>(array), FALSE);
}

} // namespace

GRef<GMimeMessage> parseMessage(const QByteArray &bytes)
{
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_buffer(bytes.constData(), size_t(bytes.size())));
    return parseStream(stream.get());
}

GRef<GMimeMessage> parseMessageInPlace(const QByteArray &bytes)
{
    if (bytes.isEmpty() || quint64(bytes.size()) > G_MAXUINT)
        return parseMessage(bytes);
    // A GByteArray over bytes' own memory, which the stream does not own and never writes to;
    // the array header goes with the stream (GMime's parts hold the stream while they live).
    GByteArray *borrowed
        = g_byte_array_new_take(reinterpret_cast<guint8 *>(const_cast<char *>(bytes.constData())), gsize(bytes.size()));
    GRef<GMimeStream> stream(g_mime_stream_mem_new_with_byte_array(borrowed));
    g_mime_stream_mem_set_owner(GMIME_STREAM_MEM(stream.get()), FALSE);
    g_object_set_data_full(G_OBJECT(stream.get()), "mig-borrowed-bytes", borrowed, releaseBorrowedArray);
    return parseStream(stream.get());
}

namespace {

/// The content of a part without a transfer encoding, read straight from its stream into one
/// buffer (what g_mime_data_wrapper_write_to_stream() copies through 4 KiB steps and a memory
/// stream); std::nullopt when the stream does not say its length.
std::optional<QByteArray> unencodedContent(GMimeDataWrapper *content)
{
    GMimeStream *raw = g_mime_data_wrapper_get_stream(content);
    if (raw == nullptr)
        return std::nullopt;
    const gint64 length = g_mime_stream_length(raw);
    if (length < 0 || length > gint64(std::numeric_limits<qsizetype>::max() / 2) || g_mime_stream_reset(raw) < 0)
        return std::nullopt;
    QByteArray bytes(qsizetype(length), Qt::Uninitialized);
    qsizetype filled = 0;
    while (filled < bytes.size()) {
        const gssize n = g_mime_stream_read(raw, bytes.data() + filled, size_t(bytes.size() - filled));
        if (n <= 0)
            break;
        filled += qsizetype(n);
    }
    char probe = 0;
    const bool whole = filled == bytes.size() && g_mime_stream_read(raw, &probe, 1) <= 0;
    g_mime_stream_reset(raw);
    if (!whole)
        return std::nullopt; // the length was not the whole story: read it the general way
    return bytes;
}

} // namespace

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (content == nullptr)
        return {};
    switch (g_mime_data_wrapper_get_encoding(content)) {
    case GMIME_CONTENT_ENCODING_BASE64:
    case GMIME_CONTENT_ENCODING_QUOTEDPRINTABLE:
    case GMIME_CONTENT_ENCODING_UUENCODE:
        break; // decoded by GMime's filter below
    default:
        if (std::optional<QByteArray> bytes = unencodedContent(content))
            return *std::move(bytes);
        break;
    }
    GRef<GMimeStream> stream(g_mime_stream_mem_new());
    if (g_mime_data_wrapper_write_to_stream(content, stream.get()) < 0)
        return {};
    return takeBytes(stream.get());
}

QByteArray serialize(GMimeObject *object)
{
    GRef<GMimeStream> stream(g_mime_stream_mem_new());
    if (g_mime_object_write_to_stream(object, nullptr, stream.get()) < 0)
        return {};
    return takeBytes(stream.get());
}

} // namespace mig::mime
