#pragma once

#include <gmime/gmime.h>

#include <QByteArray>
#include <QString>

#include <memory>

namespace mig::mime {

/// Calls g_mime_init() once per process (thread-safe); every entry point into GMime calls this.
void ensureGMimeInitialized();

/// Owns one GObject reference (g_object_unref on destruction).
struct GObjectUnref {
    void operator()(gpointer object) const
    {
        if (object != nullptr)
            g_object_unref(object);
    }
};
template<typename T> using GRef = std::unique_ptr<T, GObjectUnref>;

/// A C string from GMime as QString (UTF-8), empty for nullptr.
inline QString fromUtf8(const char *text)
{
    return text == nullptr ? QString() : QString::fromUtf8(text);
}

/// Parses bytes as one Internet message, leniently (see parserOptions() in the .cpp); nullptr
/// only when GMime cannot make a message of them at all.
GRef<GMimeMessage> parseMessage(const QByteArray &bytes);

/// parseMessage() without copying bytes first: GMime's parts keep pointing into bytes, so bytes
/// must stay alive and unchanged until the message is gone.
GRef<GMimeMessage> parseMessageInPlace(const QByteArray &bytes);

/// The decoded content of a leaf part (transfer encoding removed, charset untouched).
QByteArray decodedContent(GMimePart *part);

/// The object as GMime writes it (headers and body), for S/MIME attachments and too-deep nesting.
QByteArray serialize(GMimeObject *object);

} // namespace mig::mime
