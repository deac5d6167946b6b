#include "sources/contacts/VcardParser.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace mig::contacts {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("mig::contacts", text); }

struct LogicalLine {
    QByteArray bytes;
    int line = 0; ///< 1-based physical line it starts on
};

bool isQuotedPrintable(const QByteArray &logical)
{
    const qsizetype colon = logical.indexOf(':');
    return colon > 0 && logical.left(colon).toUpper().contains("QUOTED-PRINTABLE");
}

QList<QByteArray> physicalLines(const QByteArray &data)
{
    QByteArray normalized = data;
    normalized.replace("\r\n", "\n").replace('\r', '\n');
    return normalized.split('\n');
}

/// Undoes line folding (a leading space or tab continues the previous line; RFC 6350 3.2) and
/// quoted-printable soft line breaks (a value line ending in '=', vCard 2.1). Works on bytes, so
/// a fold inside a UTF-8 sequence is joined before decoding.
QList<LogicalLine> unfold(const QByteArray &data)
{
    QList<LogicalLine> out;
    const QList<QByteArray> lines = physicalLines(data);
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        if (!out.isEmpty() && isQuotedPrintable(out.last().bytes) && out.last().bytes.endsWith('=')) {
            out.last().bytes.chop(1);
            out.last().bytes += line;
            continue;
        }
        if (!out.isEmpty() && !line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
            out.last().bytes += line.mid(1);
            continue;
        }
        if (line.trimmed().isEmpty())
            continue;
        out.append({line, int(i + 1)});
    }
    return out;
}

/// Splits at sep outside double quotes.
QList<QByteArray> splitOutsideQuotes(const QByteArray &text, char sep)
{
    QList<QByteArray> parts;
    QByteArray current;
    bool quoted = false;
    for (const char c : text) {
        if (c == '"')
            quoted = !quoted;
        if (c == sep && !quoted) {
            parts.append(current);
            current.clear();
        } else {
            current.append(c);
        }
    }
    parts.append(current);
    return parts;
}

qsizetype colonOutsideQuotes(const QByteArray &line)
{
    bool quoted = false;
    for (qsizetype i = 0; i < line.size(); ++i) {
        if (line[i] == '"')
            quoted = !quoted;
        else if (line[i] == ':' && !quoted)
            return i;
    }
    return -1;
}

QByteArray decodeQuotedPrintable(const QByteArray &in)
{
    QByteArray out;
    out.reserve(in.size());
    for (qsizetype i = 0; i < in.size(); ++i) {
        if (in[i] == '=' && i + 2 < in.size()) {
            bool ok = false;
            const int byte = in.mid(i + 1, 2).toInt(&ok, 16);
            if (ok) {
                out.append(char(byte));
                i += 2;
                continue;
            }
        }
        out.append(in[i]);
    }
    return out;
}

QString decodeText(const QByteArray &bytes, const QString &charset)
{
    if (!charset.isEmpty()) {
        QStringDecoder decoder(charset.toLatin1().constData(), QStringDecoder::Flag::Stateless);
        if (decoder.isValid())
            return decoder.decode(bytes);
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    const QString text = utf8.decode(bytes);
    if (!utf8.hasError())
        return text;
    // Not UTF-8 and no CHARSET: what Outlook and older phones write is Windows-1252.
    QStringDecoder cp1252("windows-1252", QStringDecoder::Flag::Stateless);
    return cp1252.isValid() ? cp1252.decode(bytes) : QString::fromLatin1(bytes);
}

void addParameter(VcardProperty &p, const QByteArray &raw)
{
    const qsizetype eq = raw.indexOf('=');
    QString name = QString::fromUtf8(eq < 0 ? raw : raw.left(eq)).trimmed().toUpper();
    QString value = eq < 0 ? QString() : QString::fromUtf8(raw.mid(eq + 1)).trimmed();
    if (value.startsWith(QLatin1Char('"')) && value.endsWith(QLatin1Char('"')) && value.size() >= 2)
        value = value.mid(1, value.size() - 2);
    if (eq < 0) { // vCard 2.1 bare parameter: an encoding or a type
        static const QStringList encodings = {QStringLiteral("QUOTED-PRINTABLE"), QStringLiteral("BASE64"),
                                              QStringLiteral("B"), QStringLiteral("8BIT"), QStringLiteral("7BIT")};
        if (encodings.contains(name)) {
            p.parameters.append({QStringLiteral("ENCODING"), name});
            return;
        }
        value = name;
        name = QStringLiteral("TYPE");
    }
    if (name == QLatin1String("TYPE")) {
        for (const QString &t : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            p.types.append(t.trimmed().toLower());
        return;
    }
    p.parameters.append({name, value});
}

/// data:image/jpeg;base64,.... (vCard 4.0 inline PHOTO/KEY/LOGO).
bool decodeDataUri(VcardProperty &p)
{
    if (!p.text.startsWith(QLatin1String("data:"), Qt::CaseInsensitive))
        return false;
    const qsizetype comma = p.text.indexOf(QLatin1Char(','));
    if (comma < 0)
        return false;
    const QString header = p.text.mid(5, comma - 5);
    const QStringList headerParts = header.split(QLatin1Char(';'));
    if (!headerParts.first().isEmpty())
        p.types.append(headerParts.first().toLower());
    const QByteArray payload = p.text.mid(comma + 1).toLatin1();
    if (headerParts.contains(QLatin1String("base64"), Qt::CaseInsensitive)) {
        auto decoded = QByteArray::fromBase64Encoding(payload, QByteArray::AbortOnBase64DecodingErrors);
        p.binary = decoded ? *decoded : QByteArray();
    } else {
        p.binary = QByteArray::fromPercentEncoding(payload);
    }
    p.isBinary = true;
    return true;
}

/// One content line → property; std::nullopt (and a warning) when it has no name:value shape.
std::optional<VcardProperty> parseLine(const LogicalLine &line, QString &problem)
{
    const qsizetype colon = colonOutsideQuotes(line.bytes);
    if (colon <= 0) {
        problem = tr("not a vCard line (no \"name:value\")");
        return std::nullopt;
    }
    VcardProperty p;
    const QList<QByteArray> head = splitOutsideQuotes(line.bytes.left(colon), ';');
    QString fullName = QString::fromUtf8(head.first()).trimmed();
    const qsizetype dot = fullName.lastIndexOf(QLatin1Char('.'));
    if (dot > 0) {
        p.group = fullName.left(dot);
        fullName = fullName.mid(dot + 1);
    }
    p.name = fullName.toUpper();
    for (qsizetype i = 1; i < head.size(); ++i)
        addParameter(p, head[i]);
    const QByteArray raw = line.bytes.mid(colon + 1);
    const QString encoding = p.parameter("ENCODING").toUpper();
    if (encoding == QLatin1String("B") || encoding == QLatin1String("BASE64")) {
        QByteArray compact = raw;
        compact.replace(' ', QByteArray()).replace('\t', QByteArray());
        auto decoded = QByteArray::fromBase64Encoding(compact, QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded) {
            problem = tr("%1: the base64 value is malformed").arg(p.name);
            p.damaged = true;
            p.binary = QByteArray::fromBase64(compact); // lenient: the caller decides whether it is usable
        } else {
            p.binary = *decoded;
        }
        p.isBinary = true;
        return p;
    }
    const QByteArray bytes = encoding == QLatin1String("QUOTED-PRINTABLE") ? decodeQuotedPrintable(raw) : raw;
    p.text = decodeText(bytes, p.parameter("CHARSET"));
    decodeDataUri(p);
    return p;
}

QString unescape(const QString &text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            const QChar next = text[++i];
            out.append(next == QLatin1Char('n') || next == QLatin1Char('N') ? QChar(QLatin1Char('\n')) : next);
            continue;
        }
        out.append(text[i]);
    }
    return out;
}

} // namespace

bool VcardProperty::hasType(const char *type) const
{
    return types.contains(QLatin1String(type), Qt::CaseInsensitive);
}

QString VcardProperty::parameter(const char *wanted) const
{
    for (const auto &[name, value] : parameters) {
        if (name == QLatin1String(wanted))
            return value;
    }
    return {};
}

QString VcardProperty::unescaped() const { return unescape(text); }

QStringList VcardProperty::components() const
{
    QStringList parts;
    QString current;
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text[i] == QLatin1Char('\\') && i + 1 < text.size()) {
            current.append(text[i]).append(text[i + 1]);
            ++i;
        } else if (text[i] == QLatin1Char(';')) {
            parts.append(unescape(current).trimmed());
            current.clear();
        } else {
            current.append(text[i]);
        }
    }
    parts.append(unescape(current).trimmed());
    return parts;
}

const VcardProperty *Vcard::first(const char *name) const
{
    for (const VcardProperty &p : properties) {
        if (p.name == QLatin1String(name))
            return &p;
    }
    return nullptr;
}

QList<const VcardProperty *> Vcard::all(const char *name) const
{
    QList<const VcardProperty *> out;
    for (const VcardProperty &p : properties) {
        if (p.name == QLatin1String(name))
            out.append(&p);
    }
    return out;
}

namespace {

bool isBegin(const LogicalLine &l) { return l.bytes.trimmed().toUpper() == "BEGIN:VCARD"; }
bool isEnd(const LogicalLine &l) { return l.bytes.trimmed().toUpper() == "END:VCARD"; }

} // namespace

Expected<VcardFile> parseVcards(const QByteArray &data, const QString &name)
{
    VcardFile file;
    file.name = name;
    const QList<LogicalLine> lines = unfold(data);
    Vcard *card = nullptr;
    int nested = 0; // vCard 2.1 AGENT cards inside a card are skipped
    auto warn = [&](int line, const QString &what) {
        file.warnings.append(tr("%1: line %2: %3").arg(name).arg(line).arg(what));
    };
    for (const LogicalLine &line : lines) {
        if (isBegin(line)) {
            if (card) {
                ++nested;
                continue;
            }
            file.cards.append(Vcard{int(file.cards.size() + 1), line.line, {}, {}});
            card = &file.cards.last();
            continue;
        }
        if (isEnd(line)) {
            if (nested > 0)
                --nested;
            else if (card)
                card = nullptr;
            else
                warn(line.line, tr("END:VCARD without BEGIN:VCARD"));
            continue;
        }
        if (nested > 0)
            continue;
        if (!card) {
            warn(line.line, tr("text outside BEGIN:VCARD ... END:VCARD is ignored"));
            continue;
        }
        QString problem;
        auto property = parseLine(line, problem);
        if (!problem.isEmpty())
            warn(line.line, tr("card %1: %2").arg(card->index).arg(problem));
        if (!property)
            continue;
        if (property->name == QLatin1String("VERSION"))
            card->version = property->text.trimmed();
        else
            card->properties.append(std::move(*property));
    }
    if (card)
        warn(card->line, tr("card %1 has no END:VCARD; it is read up to the end of the file").arg(card->index));
    if (file.cards.isEmpty())
        return Error{Error::Code::Corrupt, tr("%1: no vCard in the file (no BEGIN:VCARD)").arg(name), {}};
    return file;
}

Expected<VcardFile> readVcardFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Error::Code::NotFound, tr("%1: cannot be read: %2").arg(path, file.errorString()), {}};
    return parseVcards(file.readAll(), QFileInfo(path).fileName());
}

} // namespace mig::contacts
