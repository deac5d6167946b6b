// RTF → HTML or text for showing message bodies (MS-OXRTFEX de-encapsulation plus a plain-text
// rendering of ordinary RTF).
//
// Why our own code: no Debian package offers RTF de-encapsulation or RTF-to-text as a C/C++
// library, and a message body needs only a small part of RTF: text, paragraph marks, character
// escapes, code pages and which groups to skip. Formatting is deliberately ignored.
#include "rtf/RtfBody.h"

#include "rtf/CompressedRtf.h"

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QStringDecoder>

#include <algorithm>
#include <map>

namespace mig::rtf {

namespace {

/// Deeper groups are skipped whole; real documents nest a few dozen levels at most.
constexpr int kMaxDepth = 256;
/// MSFT-RTF: a control word has at most 32 letters, a parameter at most 10 digits.
constexpr int kMaxWordLength = 32;
constexpr int kMaxParameterDigits = 10;

enum class Destination : quint8 {
    Text,      ///< document text
    Skip,      ///< ignored (tables, pictures, unknown \* groups, ...)
    HtmlTag,   ///< \*\htmltag: original HTML, copied
    FontTable, ///< \fonttbl: only the code page of each font is taken
};

/// Group-scoped state (MSFT-RTF: restored when the group ends).
struct GroupState {
    Destination destination = Destination::Text;
    bool htmlRtf = false; ///< \htmlrtf: RTF-only content not in the original (MS-OXRTFEX 2.1.3.1.3)
    int unicodeSkip = 1;  ///< \ucN: fallback characters after each \uN
    int font = -1;        ///< \fN; -1: the default font (\deffN)
};

/// Code page of a \fcharsetN (MSFT-RTF font table); 0 for "the document's".
int charsetCodePage(int charset)
{
    switch (charset) {
    case 0: return 1252;
    case 77: return 10000;
    case 128: return 932;
    case 129: return 949;
    case 130: return 1361;
    case 134: return 936;
    case 136: return 950;
    case 161: return 1253;
    case 162: return 1254;
    case 163: return 1258;
    case 177: return 1255;
    case 178: return 1256;
    case 186: return 1257;
    case 204: return 1251;
    case 222: return 874;
    case 238: return 1250;
    case 254: return 437;
    default: return 0; // 1 (default), 2 (symbol) and unknown ones
    }
}

QStringDecoder decoderFor(int codePage)
{
    switch (codePage) {
    case 65001: return QStringDecoder(QStringConverter::Utf8);
    case 1200: return QStringDecoder(QStringConverter::Utf16LE);
    case 28591: return QStringDecoder(QStringConverter::Latin1);
    default: break;
    }
    // Names ICU (Qt's codec backend on Debian) knows; the generic ones cover the windows-125x,
    // ISO-8859 and most DOS code pages.
    QList<QByteArray> names;
    switch (codePage) {
    case 932: names << "Shift_JIS"; break;
    case 936: names << "GBK"; break;
    case 949: names << "windows-949" << "EUC-KR"; break;
    case 950: names << "Big5"; break;
    case 10000: names << "macintosh"; break;
    case 20127: names << "US-ASCII"; break;
    default: break;
    }
    if (codePage > 28590 && codePage < 28606)
        names << "ISO-8859-" + QByteArray::number(codePage - 28590);
    names << "windows-" + QByteArray::number(codePage) << "cp" + QByteArray::number(codePage)
          << "windows-1252";
    for (const QByteArray &name : std::as_const(names)) {
        QStringDecoder decoder(name.constData());
        if (decoder.isValid())
            return decoder;
    }
    return QStringDecoder(QStringConverter::Latin1);
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

int hexValue(char c)
{
    if (isDigit(c))
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

/// Groups that hold no body text although their first word is not marked with \*.
bool isSkippedDestination(QByteArrayView word)
{
    static const QList<QByteArrayView> skipped {
        "colortbl", "stylesheet", "info", "pict", "object", "objdata", "shp", "shppict", "nonshppict",
        "fldinst", "header", "headerl", "headerr", "headerf", "footer", "footerl", "footerr", "footerf",
        "footnote", "annotation", "atnid", "atnauthor", "listtable", "listoverridetable", "revtbl",
        "rsidtbl", "xmlnstbl", "filetbl", "themedata", "colorschememapping", "datastore", "latentstyles",
        "generator", "pgdsctbl", "private", "template", "comment", "title", "subject", "author",
        "operator", "keywords", "doccomm", "company", "creatim", "revtim", "printim", "buptim",
    };
    return skipped.contains(word);
}

/// A control word's textual equivalent in a body; null when it has none.
QChar specialCharacter(QByteArrayView word)
{
    static const QHash<QByteArrayView, char16_t> characters {
        {"emdash", 0x2014}, {"endash", 0x2013}, {"lquote", 0x2018}, {"rquote", 0x2019},
        {"ldblquote", 0x201C}, {"rdblquote", 0x201D}, {"bullet", 0x2022}, {"emspace", 0x2003},
        {"enspace", 0x2002}, {"qmspace", 0x2005}, {"tab", u'\t'}, {"cell", u'\t'},
        {"par", u'\n'}, {"line", u'\n'}, {"row", u'\n'}, {"page", u'\n'}, {"sect", u'\n'},
    };
    return QChar(characters.value(word, 0));
}

/// One pass over the document; see rtfToBody().
class Converter final {
public:
    explicit Converter(const QByteArray &rtf)
        : m_data(rtf.constData())
        , m_size(rtf.size())
    {
    }

    RtfBody run()
    {
        while (m_pos < m_size && !m_done) {
            const char c = m_data[m_pos++];
            switch (c) {
            case '{':
                openGroup();
                break;
            case '}':
                closeGroup();
                break;
            case '\\':
                controlToken();
                break;
            case '\r':
            case '\n':
            case '\0':
                break; // MSFT-RTF: line breaks in the file are not text
            default:
                m_groupStart = false;
                character(c);
                break;
            }
        }
        flush();
        return RtfBody { m_html ? RtfBody::Kind::Html : RtfBody::Kind::Text, m_out };
    }

private:
    const char *m_data;
    qsizetype m_size;
    qsizetype m_pos = 0;
    bool m_done = false;

    QList<GroupState> m_stack;
    GroupState m_state;
    int m_skippedDepth = 0;   ///< groups opened beyond kMaxDepth
    bool m_groupStart = false;
    bool m_starred = false;   ///< \* right after '{'
    int m_fallbackLeft = 0;   ///< characters still to skip after a \uN

    bool m_html = false;
    int m_documentCodePage = 1252;
    int m_defaultFont = -1;
    int m_tableFont = -1;     ///< the font being declared in \fonttbl
    QHash<int, int> m_fontCodePages;

    QString m_out;
    QByteArray m_pending;     ///< bytes not yet decoded, all in m_pendingCodePage
    int m_pendingCodePage = 0;
    std::map<int, QStringDecoder> m_decoders;

    bool emitting() const
    {
        return m_skippedDepth == 0
               && (m_state.destination == Destination::HtmlTag
                   || (m_state.destination == Destination::Text && !m_state.htmlRtf));
    }

    /// Inside \htmltag, bytes are in the document code page, elsewhere in the current font's.
    int currentCodePage() const
    {
        if (m_state.destination == Destination::HtmlTag)
            return m_documentCodePage;
        const int font = m_state.font >= 0 ? m_state.font : m_defaultFont;
        const int codePage = m_fontCodePages.value(font, 0);
        return codePage ? codePage : m_documentCodePage;
    }

    void openGroup()
    {
        m_fallbackLeft = 0;
        if (m_skippedDepth > 0 || m_stack.size() >= kMaxDepth) {
            ++m_skippedDepth;
            return;
        }
        m_stack.append(m_state);
        m_groupStart = true;
        m_starred = false;
    }

    void closeGroup()
    {
        m_fallbackLeft = 0;
        m_groupStart = false;
        if (m_skippedDepth > 0) {
            --m_skippedDepth;
            return;
        }
        if (m_stack.isEmpty())
            return; // a stray '}'
        m_state = m_stack.takeLast();
        if (m_stack.isEmpty())
            m_done = true; // the document group ended; anything after it is not RTF
    }

    void appendByte(char c)
    {
        const int codePage = currentCodePage();
        if (!m_pending.isEmpty() && codePage != m_pendingCodePage)
            flush();
        m_pendingCodePage = codePage;
        m_pending.append(c);
    }

    void appendChar(QChar c)
    {
        flush();
        m_out.append(c);
    }

    void flush()
    {
        if (m_pending.isEmpty())
            return;
        auto it = m_decoders.find(m_pendingCodePage);
        if (it == m_decoders.end())
            it = m_decoders.emplace(m_pendingCodePage, decoderFor(m_pendingCodePage)).first;
        m_out.append(it->second.decode(m_pending));
        m_pending.clear();
    }

    /// Whether the next character of text is shown: not while \uN fallback characters are being
    /// skipped (it uses one of them up), nor outside shown destinations.
    bool takeCharacter()
    {
        if (m_fallbackLeft > 0) {
            --m_fallbackLeft;
            return false;
        }
        return emitting();
    }

    /// A text byte (literal or \'hh).
    void character(char c)
    {
        if (takeCharacter())
            appendByte(c);
    }

    void controlToken()
    {
        if (m_pos >= m_size)
            return;
        const char c = m_data[m_pos];
        if (!isLetter(c)) {
            ++m_pos;
            controlSymbol(c);
            return;
        }
        const qsizetype wordStart = m_pos;
        while (m_pos < m_size && isLetter(m_data[m_pos]))
            ++m_pos;
        const QByteArrayView word(m_data + wordStart, qMin<qsizetype>(m_pos - wordStart, kMaxWordLength));
        bool hasParameter = false;
        bool negative = false;
        qint64 value = 0;
        if (m_pos + 1 < m_size && m_data[m_pos] == '-' && isDigit(m_data[m_pos + 1])) {
            negative = true;
            ++m_pos;
        }
        for (int digits = 0; m_pos < m_size && isDigit(m_data[m_pos]); ++m_pos, ++digits) {
            hasParameter = true;
            if (digits < kMaxParameterDigits)
                value = value * 10 + (m_data[m_pos] - '0');
        }
        if (m_pos < m_size && m_data[m_pos] == ' ')
            ++m_pos; // the delimiter belongs to the control word
        const int parameter = int(std::clamp<qint64>(negative ? -value : value, -0x7FFFFFFF, 0x7FFFFFFF));
        controlWord(word, hasParameter, parameter);
    }

    void controlSymbol(char c)
    {
        if (c == '*') {
            if (m_groupStart)
                m_starred = true;
            return;
        }
        m_groupStart = false;
        switch (c) {
        case '\'': {
            int byte = 0;
            for (int i = 0; i < 2 && m_pos < m_size && hexValue(m_data[m_pos]) >= 0; ++i)
                byte = byte * 16 + hexValue(m_data[m_pos++]);
            character(char(byte));
            return;
        }
        case '\\':
        case '{':
        case '}':
            character(c);
            return;
        case '\r':
        case '\n':
            emitChar(QLatin1Char('\n'));
            return;
        case '~':
            emitChar(QChar(0x00A0));
            return;
        case '_':
            emitChar(QChar(0x2011));
            return;
        default:
            return; // \- (optional hyphen), \: and unknown symbols have no text
        }
    }

    void emitChar(QChar c)
    {
        if (takeCharacter())
            appendChar(c);
    }

    void startDestination(QByteArrayView word)
    {
        if (m_state.destination == Destination::Skip)
            return; // everything inside a skipped group stays skipped
        if (m_starred)
            m_state.destination = m_html && word == "htmltag" ? Destination::HtmlTag
                                      : Destination::Skip;
        else if (word == "fonttbl")
            m_state.destination = Destination::FontTable;
        else if (isSkippedDestination(word))
            m_state.destination = Destination::Skip;
        if (m_state.destination == Destination::HtmlTag)
            m_state.htmlRtf = false; // the tag's content is original HTML
    }

    void controlWord(QByteArrayView word, bool hasParameter, int parameter)
    {
        if (m_groupStart) {
            startDestination(word);
            m_groupStart = false;
            m_starred = false;
        }
        if (word == "bin") {
            // Binary data follows; never parse it as RTF.
            m_pos += std::clamp<qsizetype>(hasParameter ? parameter : 0, 0, m_size - m_pos);
            return;
        }
        if (m_skippedDepth > 0)
            return;
        // State that matters whether or not the group is shown.
        if (word == "ansicpg" && hasParameter && parameter > 0) {
            m_documentCodePage = parameter;
        } else if (word == "mac") {
            m_documentCodePage = 10000;
        } else if (word == "pc") {
            m_documentCodePage = 437;
        } else if (word == "pca") {
            m_documentCodePage = 850;
        } else if (word == "fromhtml") {
            m_html = !hasParameter || parameter != 0;
        } else if (word == "deff" && hasParameter) {
            m_defaultFont = parameter;
        } else if (word == "uc" && hasParameter) {
            m_state.unicodeSkip = qBound(0, parameter, 16);
        } else if (word == "htmlrtf") {
            if (m_state.destination != Destination::HtmlTag)
                m_state.htmlRtf = !hasParameter || parameter != 0;
        } else if (word == "f" && hasParameter) {
            if (m_state.destination == Destination::FontTable)
                m_tableFont = parameter;
            else
                m_state.font = parameter;
        } else if (word == "plain") {
            m_state.font = -1;
        } else if (word == "fcharset" && hasParameter && m_state.destination == Destination::FontTable) {
            if (const int codePage = charsetCodePage(parameter); codePage && m_tableFont >= 0)
                m_fontCodePages.insert(m_tableFont, codePage);
        } else if (word == "cpg" && hasParameter && parameter > 0 && m_state.destination == Destination::FontTable) {
            if (m_tableFont >= 0)
                m_fontCodePages.insert(m_tableFont, parameter);
        } else if (word == "u" && hasParameter) {
            m_fallbackLeft = 0; // a \uN is never itself the fallback of the one before
            emitChar(QChar(char16_t(parameter < 0 ? parameter + 0x10000 : parameter)));
            m_fallbackLeft = m_state.unicodeSkip;
            return;
        } else if (const QChar special = specialCharacter(word); !special.isNull()) {
            emitChar(special);
            return;
        }
        // A formatting word still counts as one skipped fallback character (MSFT-RTF \ucN).
        if (m_fallbackLeft > 0)
            --m_fallbackLeft;
    }
};

} // namespace

Expected<RtfBody> rtfToBody(const QByteArray &rtf)
{
    if (!rtf.startsWith("{\\rtf"))
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::rtf", "The RTF body does not start with \"{\\rtf\""), {} };
    return Converter(rtf).run();
}

Expected<RtfBody> bodyFromCompressedRtf(const QByteArray &value)
{
    Expected<QByteArray> rtf = decompressRtf(value);
    if (!rtf)
        return rtf.error();
    return rtfToBody(*rtf);
}

} // namespace mig::rtf
