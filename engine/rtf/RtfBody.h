#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QString>

namespace mig::rtf {

/// What an RTF body shows: the HTML or plain text it encapsulates (MS-OXRTFEX), or a plain-text
/// rendering of ordinary RTF.
struct RtfBody {
    enum class Kind : quint8 { Html, Text };
    Kind kind = Kind::Text;
    QString body;
};

/// Turns an RTF document into a displayable body. \fromhtml1 documents give back the original
/// HTML (\*\htmltag groups and text outside \htmlrtf), \fromtext documents their original text,
/// any other RTF its text: paragraphs, tabs, \'hh in the code page of the current font (\fcharset)
/// or the document (\ansicpg), \uN with \ucN skipping; font, colour and style tables, \info,
/// pictures, objects, fields' instructions and unknown \* destinations are skipped.
/// Linear in the input, no recursion: groups nested deeper than a fixed limit are skipped.
/// The HTML is not sanitised; show it in a viewer that loads no resources. Pure; any thread.
/// Errors (Corrupt): the data does not start with "{\rtf".
Expected<RtfBody> rtfToBody(const QByteArray &rtf);

/// decompressRtf() then rtfToBody(): the body of a PR_RTF_COMPRESSED value. Pure; any thread.
Expected<RtfBody> bodyFromCompressedRtf(const QByteArray &value);

} // namespace mig::rtf
