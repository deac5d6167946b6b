#include "ImapResponse.h"

namespace mig::imap {

namespace {

constexpr int maxNesting = 64;

/// Walks the lines and literals of a RawResponse as one token stream.
class Cursor {
public:
    explicit Cursor(const RawResponse &raw)
        : m_raw(raw)
    {
    }

    bool atLineEnd() const { return m_pos >= current().size(); }
    bool atEnd() const { return atLineEnd() && m_line + 1 >= m_raw.lines.size(); }
    char peek() const { return atLineEnd() ? '\0' : current().at(m_pos); }
    void advance() { ++m_pos; }
    void skipSpaces()
    {
        while (!atLineEnd() && current().at(m_pos) == ' ')
            ++m_pos;
    }
    /// The rest of the current line (for free text after a status).
    QByteArray restOfLine()
    {
        const QByteArray rest = current().mid(m_pos);
        m_pos = current().size();
        return rest;
    }
    /// At "{n}" ending the line: the literal that follows, moving to the next line.
    std::optional<QByteArray> takeLiteral()
    {
        if (m_line >= m_raw.literals.size())
            return std::nullopt;
        const qsizetype close = current().indexOf('}', m_pos);
        if (close != current().size() - 1)
            return std::nullopt;
        const QByteArray literal = m_raw.literals.at(m_line);
        ++m_line;
        m_pos = 0;
        return literal;
    }

private:
    const QByteArray &current() const
    {
        static const QByteArray empty;
        return m_line < m_raw.lines.size() ? m_raw.lines.at(m_line) : empty;
    }

    const RawResponse &m_raw;
    qsizetype m_line = 0;
    qsizetype m_pos = 0;
};

class Parser {
public:
    explicit Parser(const RawResponse &raw)
        : m_cursor(raw)
    {
    }

    std::optional<ImapResponse> parse(QString *error);

private:
    bool parseValue(ImapValue *out, int depth);
    bool parseList(ImapValue *out, int depth);
    bool parseQuoted(ImapValue *out);
    bool parseAtom(ImapValue *out);
    void parseStatusTail(ImapResponse *response);
    bool fail(const char *reason)
    {
        if (m_error.isEmpty())
            m_error = QString::fromLatin1(reason);
        return false;
    }

    Cursor m_cursor;
    QString m_error;
};

bool isStatusWord(const QByteArray &word)
{
    return word == "OK" || word == "NO" || word == "BAD" || word == "BYE" || word == "PREAUTH";
}

bool Parser::parseValue(ImapValue *out, int depth)
{
    if (depth > maxNesting)
        return fail("lists nested too deeply");
    m_cursor.skipSpaces();
    const char c = m_cursor.peek();
    if (c == '(')
        return parseList(out, depth);
    if (c == '"')
        return parseQuoted(out);
    if (c == '{' || c == '~') {
        if (c == '~')
            m_cursor.advance();
        const auto literal = m_cursor.takeLiteral();
        if (!literal)
            return fail("a literal announcement is not followed by its data");
        out->kind = ImapValue::Kind::String;
        out->text = *literal;
        return true;
    }
    if (c == '\0' || c == ')')
        return fail("a value is missing");
    if (!parseAtom(out))
        return false;
    if (out->text.compare("NIL", Qt::CaseInsensitive) == 0) {
        out->kind = ImapValue::Kind::Nil;
        out->text.clear();
    }
    return true;
}

bool Parser::parseList(ImapValue *out, int depth)
{
    m_cursor.advance(); // '('
    out->kind = ImapValue::Kind::List;
    for (;;) {
        m_cursor.skipSpaces();
        if (m_cursor.atLineEnd())
            return fail("a list is not closed");
        if (m_cursor.peek() == ')') {
            m_cursor.advance();
            return true;
        }
        ImapValue item;
        if (!parseValue(&item, depth + 1))
            return false;
        out->items.append(std::move(item));
    }
}

bool Parser::parseQuoted(ImapValue *out)
{
    m_cursor.advance(); // '"'
    out->kind = ImapValue::Kind::String;
    while (!m_cursor.atLineEnd()) {
        char c = m_cursor.peek();
        m_cursor.advance();
        if (c == '"')
            return true;
        if (c == '\\') {
            if (m_cursor.atLineEnd())
                break;
            c = m_cursor.peek();
            m_cursor.advance();
        }
        out->text.append(c);
    }
    return fail("a quoted string is not closed");
}

bool Parser::parseAtom(ImapValue *out)
{
    // An atom ends at a space or parenthesis, except inside a section "[...]" (BODY[HEADER.FIELDS
    // (FROM)]), which belongs to the atom.
    out->kind = ImapValue::Kind::Atom;
    int brackets = 0;
    while (!m_cursor.atLineEnd()) {
        const char c = m_cursor.peek();
        if (brackets == 0 && (c == ' ' || c == '(' || c == ')'))
            break;
        if (c == '[')
            ++brackets;
        else if (c == ']' && brackets > 0)
            --brackets;
        out->text.append(c);
        m_cursor.advance();
    }
    if (brackets != 0)
        return fail("a section \"[\" is not closed");
    return !out->text.isEmpty() || fail("an empty atom");
}

void Parser::parseStatusTail(ImapResponse *response)
{
    // "[CODE args] text": the code is tokenised when it parses; a code we cannot parse is left in
    // the text rather than failing the whole response (servers put odd things there).
    m_cursor.skipSpaces();
    QByteArray rest = m_cursor.restOfLine();
    if (rest.startsWith('[')) {
        const qsizetype close = rest.indexOf(']');
        if (close > 0) {
            RawResponse codeRaw{{rest.mid(1, close - 1)}, {}};
            Parser codeParser(codeRaw);
            QList<ImapValue> code;
            bool ok = true;
            codeParser.m_cursor.skipSpaces();
            while (ok && !codeParser.m_cursor.atLineEnd()) {
                ImapValue value;
                ok = codeParser.parseValue(&value, 1);
                code.append(std::move(value));
                codeParser.m_cursor.skipSpaces();
            }
            if (ok) {
                response->code = code;
                rest = rest.mid(close + 1).trimmed();
            }
        }
    }
    response->text = QString::fromUtf8(rest);
}

std::optional<ImapResponse> Parser::parse(QString *error)
{
    ImapResponse response;
    ImapValue first;
    if (m_cursor.peek() == '+') {
        m_cursor.advance();
        response.type = ImapResponse::Type::Continuation;
        m_cursor.skipSpaces();
        response.text = QString::fromUtf8(m_cursor.restOfLine());
        return response;
    }
    if (!parseAtom(&first)) {
        *error = m_error;
        return std::nullopt;
    }
    response.type = first.text == "*" ? ImapResponse::Type::Untagged : ImapResponse::Type::Tagged;
    if (response.type == ImapResponse::Type::Tagged)
        response.tag = first.text;
    m_cursor.skipSpaces();
    ImapValue word;
    if (!parseAtom(&word)) {
        *error = m_error;
        return std::nullopt;
    }
    const QByteArray upper = word.text.toUpper();
    if (isStatusWord(upper)) {
        response.status = upper;
        parseStatusTail(&response);
        return response;
    }
    if (response.type == ImapResponse::Type::Tagged) {
        *error = QStringLiteral("a tagged response without OK, NO or BAD");
        return std::nullopt;
    }
    response.fields.append(word);
    for (;;) {
        m_cursor.skipSpaces();
        if (m_cursor.atEnd())
            break;
        ImapValue value;
        if (!parseValue(&value, 0)) {
            *error = m_error;
            return std::nullopt;
        }
        response.fields.append(std::move(value));
    }
    return response;
}

} // namespace

bool ImapValue::isAtom(const char *name) const
{
    return kind == Kind::Atom && text.compare(name, Qt::CaseInsensitive) == 0;
}

std::optional<quint64> ImapValue::number() const
{
    if (kind != Kind::Atom || text.isEmpty() || text.size() > 20)
        return std::nullopt;
    bool ok = false;
    const quint64 value = text.toULongLong(&ok);
    return ok ? std::optional<quint64>(value) : std::nullopt;
}

QByteArray ImapResponse::dataName() const
{
    if (fields.isEmpty())
        return {};
    if (fields.first().number() && fields.size() > 1)
        return fields.at(1).text.toUpper();
    return fields.first().text.toUpper();
}

std::optional<ImapResponse> parseImapResponse(const RawResponse &raw, QString *error)
{
    if (raw.lines.isEmpty() || raw.lines.size() != raw.literals.size() + 1) {
        *error = QStringLiteral("a response whose literals do not match its lines");
        return std::nullopt;
    }
    Parser parser(raw);
    return parser.parse(error);
}

qint64 trailingLiteralSize(const QByteArray &line)
{
    if (!line.endsWith('}'))
        return -1;
    const qsizetype open = line.lastIndexOf('{');
    if (open < 0)
        return -1;
    QByteArray digits = line.mid(open + 1, line.size() - open - 2);
    if (digits.endsWith('+'))
        digits.chop(1);
    if (digits.isEmpty() || digits.size() > 12)
        return -1;
    for (const char c : std::as_const(digits))
        if (c < '0' || c > '9')
            return -1;
    return digits.toLongLong();
}

} // namespace mig::imap
