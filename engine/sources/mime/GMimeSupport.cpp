#include "sources/mime/GMimeSupport.h"

#include <mutex>

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

} // namespace

QByteArray decodedContent(GMimePart *part)
{
    GMimeDataWrapper *content = g_mime_part_get_content(part);
    if (content == nullptr)
        return {};
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
