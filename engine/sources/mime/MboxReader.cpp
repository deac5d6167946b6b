#include "sources/mime/MboxReader.h"

#include "sources/mime/MimeConverter.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <cstring>
#include <iterator>

namespace mig::mime {

namespace {

/// The longest piece of a line handed out at once.
constexpr qint64 maxChunk = 64 * 1024;
/// How much of the file is read at once while scanning.
constexpr qsizetype kWindowSize = 1024 * 1024;

bool isBlankLine(const QByteArray &line)
{
    return line == "\n" || line == "\r\n";
}

bool hasClockTime(const QByteArray &text)
{
    for (qsizetype i = 1; i + 2 < text.size(); ++i)
        if (text.at(i) == ':' && isdigit(uchar(text.at(i - 1))) && isdigit(uchar(text.at(i + 1)))
            && isdigit(uchar(text.at(i + 2))))
            return true;
    return false;
}

/// The number in digits (all of them '0'-'9'), or -1.
int digitsValue(QByteArrayView digits)
{
    int value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return -1;
        value = value * 10 + (c - '0');
    }
    return digits.isEmpty() ? -1 : value;
}

/// The asctime words (weekday, month, day, time, year) read directly, in the one form every mbox
/// writer uses ("Mon Jan 1 10:00:00 2024" once the spaces are simplified). QDateTime::fromString
/// with a format took ~35 µs a message, most of the time of scanning an mbox of small messages.
/// std::nullopt for anything else (other spellings, a weekday that does not fit the date ...),
/// which is left to QDateTime::fromString as before.
std::optional<QDateTime> quickAsctime(const QList<QByteArray> &words)
{
    static constexpr const char *kDays[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static constexpr const char *kMonths[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const auto indexIn = [](const QByteArray &word, const auto &names) {
        for (int i = 0; i < int(std::size(names)); ++i)
            if (word == names[i])
                return i + 1;
        return 0;
    };
    const int weekday = indexIn(words.at(0), kDays);
    const int month = indexIn(words.at(1), kMonths);
    const QByteArray &dayText = words.at(2);
    const QByteArray &clock = words.at(3);
    const int day = dayText.size() <= 2 && !dayText.startsWith('0') ? digitsValue(dayText) : -1;
    const int year = words.at(4).size() == 4 ? digitsValue(words.at(4)) : -1;
    if (weekday == 0 || month == 0 || day < 1 || year < 1601 || clock.size() != 8 || clock.at(2) != ':'
        || clock.at(5) != ':')
        return std::nullopt;
    const int hour = digitsValue(QByteArrayView(clock).sliced(0, 2));
    const int minute = digitsValue(QByteArrayView(clock).sliced(3, 2));
    const int second = digitsValue(QByteArrayView(clock).sliced(6, 2));
    const QDate date(year, month, day);
    if (!date.isValid() || date.dayOfWeek() != weekday || hour < 0 || hour > 23 || minute < 0 || minute > 59
        || second < 0 || second > 59)
        return std::nullopt;
    return QDateTime(date, QTime(hour, minute, second), QTimeZone::utc());
}

/// "Mon Jun  1 04:28:28 2009" (asctime, what every mbox writer uses) as UTC.
QDateTime envelopeDate(const QByteArray &text)
{
    const QList<QByteArray> words = text.simplified().split(' ');
    if (words.size() < 5)
        return {};
    if (const std::optional<QDateTime> quick = quickAsctime(words))
        return *quick;
    const QString asctime = QString::fromLatin1(words.mid(0, 5).join(' '));
    QDateTime time = QDateTime::fromString(asctime, QStringLiteral("ddd MMM d HH:mm:ss yyyy"));
    if (!time.isValid())
        return {};
    time.setTimeZone(QTimeZone::utc());
    return time;
}

/// Status: R(ead) O(ld); X-Status: A(nswered) F(lagged) T (draft) D(eleted).
void applyStatus(const QByteArray &value, bool extended, MboxMessage &message)
{
    for (char c : value.trimmed()) {
        if (!extended && c == 'R')
            message.flags |= MailFlag::Read;
        else if (extended && c == 'A')
            message.flags |= MailFlag::Answered;
        else if (extended && c == 'F')
            message.flags |= MailFlag::Flagged;
        else if (extended && c == 'T')
            message.flags |= MailFlag::Draft;
        else if (extended && c == 'D')
            message.deleted = true;
    }
}

/// Thunderbird's X-Mozilla-Status: hex bits (nsMsgMessageFlags) read 0x1, replied 0x2,
/// marked 0x4, expunged 0x8, forwarded 0x1000.
void applyMozillaStatus(const QByteArray &value, MboxMessage &message)
{
    bool ok = false;
    const uint bits = value.trimmed().toUInt(&ok, 16);
    if (!ok)
        return;
    if (bits & 0x1)
        message.flags |= MailFlag::Read;
    if (bits & 0x2)
        message.flags |= MailFlag::Answered;
    if (bits & 0x4)
        message.flags |= MailFlag::Flagged;
    if (bits & 0x8)
        message.deleted = true;
    if (bits & 0x1000)
        message.flags |= MailFlag::Forwarded;
}

bool looksLikeHeader(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return false;
    for (qsizetype i = 0; i < colon; ++i)
        if (uchar(line.at(i)) <= ' ' || uchar(line.at(i)) >= 127)
            return false;
    return true;
}

/// mboxrd: ">From ", ">>From " ... lose one '>' (only at line starts). Jumps from '>' to '>'
/// (memchr) and copies the text between in one piece: a message is megabytes of lines.
QByteArray unquoteFromLines(const QByteArray &bytes)
{
    const char *const begin = bytes.constData();
    const char *const end = begin + bytes.size();
    QByteArray out;
    const char *copied = begin; // everything before this is in out (or needs no change)
    for (const char *p = begin; p != end;) {
        p = static_cast<const char *>(std::memchr(p, '>', size_t(end - p)));
        if (p == nullptr)
            break;
        if (p != begin && p[-1] != '\n') {
            ++p;
            continue;
        }
        const char *text = p;
        while (text != end && *text == '>')
            ++text;
        if (end - text >= 5 && std::memcmp(text, "From ", 5) == 0) {
            if (copied == begin)
                out.reserve(bytes.size());
            out.append(copied, p - copied);
            copied = p + 1; // drop one '>'
        }
        p = text;
    }
    if (copied == begin)
        return bytes;
    out.append(copied, end - copied);
    return out;
}

} // namespace

MboxReader::MboxReader(QString path)
    : m_path(std::move(path))
    , m_file(m_path)
{
}

Expected<void> MboxReader::open()
{
    // Unbuffered: the reader keeps its own window of the file.
    if (!m_file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: cannot open the mbox file").arg(m_path),
            m_file.errorString() };
    m_fileSize = m_file.size();
    return {};
}

QStringList MboxReader::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

bool MboxReader::isSeparator(const QByteArray &line)
{
    if (!line.startsWith("From "))
        return false;
    const QByteArray rest = line.mid(5).trimmed();
    const qsizetype space = rest.indexOf(' ');
    const QByteArray sender = space < 0 ? rest : rest.left(space);
    const QByteArray tail = space < 0 ? QByteArray() : rest.mid(space + 1).trimmed();
    if (sender.isEmpty())
        return false;
    if (tail.isEmpty())
        return sender == "-" || sender.contains('@');
    return hasClockTime(tail);
}

bool MboxReader::fillWindow()
{
    // Keep what is left, then read on until a whole piece (maxChunk) is available or the file ends.
    if (m_window.size() < kWindowSize)
        m_window.resize(kWindowSize);
    if (m_windowPos > 0) {
        std::memmove(m_window.data(), m_window.constData() + m_windowPos, size_t(m_windowFill - m_windowPos));
        m_windowOffset += m_windowPos;
        m_windowFill -= m_windowPos;
        m_windowPos = 0;
    }
    while (m_windowFill < maxChunk) {
        const qint64 n = m_file.read(m_window.data() + m_windowFill, kWindowSize - m_windowFill);
        if (n < 0)
            m_readFailed = true;
        if (n <= 0)
            return m_windowFill > 0;
        m_windowFill += qsizetype(n);
    }
    return true;
}

void MboxReader::seekTo(qint64 offset)
{
    if (offset >= m_windowOffset && offset <= m_windowOffset + m_windowFill) {
        m_windowPos = qsizetype(offset - m_windowOffset);
        return;
    }
    m_file.seek(offset);
    m_windowOffset = offset;
    m_windowPos = 0;
    m_windowFill = 0;
}

QByteArray MboxReader::readFileLine()
{
    // Cut from a window of the file rather than read with QIODevice::readLine(), whose per-line
    // calls took a tenth of an mbox conversion.
    if (m_windowFill - m_windowPos < maxChunk && !fillWindow())
        return {};
    const char *start = m_window.constData() + m_windowPos;
    const qsizetype limit = qMin<qsizetype>(m_windowFill - m_windowPos, maxChunk);
    const auto *eol = static_cast<const char *>(std::memchr(start, '\n', size_t(limit)));
    const qsizetype n = eol != nullptr ? qsizetype(eol - start) + 1 : limit;
    m_windowPos += n;
    return QByteArray(start, n);
}

bool MboxReader::readLine(Line &line)
{
    if (m_pending) {
        line = *std::exchange(m_pending, std::nullopt);
        return true;
    }
    line.offset = position();
    line.bytes = readFileLine();
    if (line.bytes.isEmpty()) {
        if (m_readFailed)
            m_error = Error { Error::Code::Corrupt,
                QCoreApplication::translate("mig::mime", "%1: read error at byte %2").arg(m_path).arg(line.offset),
                m_file.errorString() };
        return false;
    }
    line.atLineStart = m_previousEndedLine;
    m_previousEndedLine = line.bytes.endsWith('\n');
    return true;
}

void MboxReader::startMessage(const QByteArray &separator, qint64 offset, qint64 messageOffset)
{
    MboxMessage message;
    message.index = m_count;
    message.offset = offset;
    message.messageOffset = messageOffset;
    if (!separator.isEmpty()) {
        const QByteArray rest = separator.mid(5).trimmed();
        const qsizetype space = rest.indexOf(' ');
        message.envelopeSender = space < 0 ? rest : rest.left(space);
        if (space >= 0)
            message.envelopeDate = envelopeDate(rest.mid(space + 1));
    }
    m_current = message;
    m_inHeaders = true;
    m_contentLength.reset();
}

void MboxReader::scanHeader(const QByteArray &line)
{
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return;
    const QByteArray name = line.left(colon).trimmed().toLower();
    const QByteArray value = line.mid(colon + 1).trimmed();
    if (name == "content-length") {
        bool ok = false;
        const qint64 length = value.toLongLong(&ok);
        if (ok && length >= 0)
            m_contentLength = length;
    } else if (name == "status") {
        applyStatus(value, false, *m_current);
    } else if (name == "x-status") {
        applyStatus(value, true, *m_current);
    } else if (name == "x-mozilla-status") {
        applyMozillaStatus(value, *m_current);
    } else if (name == "x-imap" || name == "x-imapbase") {
        m_current->pseudo = true;
    }
}

bool MboxReader::contentLengthFits(qint64 bodyStart, qint64 length)
{
    const qint64 end = bodyStart + length;
    if (end == m_fileSize)
        return true;
    if (end > m_fileSize)
        return false;
    const qint64 resume = position();
    seekTo(end);
    QByteArray next = readFileLine();
    if (isBlankLine(next))
        next = readFileLine();
    seekTo(resume);
    return isSeparator(next);
}

MboxMessage MboxReader::finishMessage(qint64 end)
{
    MboxMessage message = *std::exchange(m_current, std::nullopt);
    message.length = qMax<qint64>(0, end - message.messageOffset);
    ++m_count;
    return message;
}

std::optional<MboxMessage> MboxReader::next()
{
    if (!m_file.isOpen() || m_error)
        return std::nullopt;
    Line line;
    qint64 blankBefore = 0; // size of a blank line just read: it belongs to the separator
    while (readLine(line)) {
        if (!m_started) {
            m_started = true;
            if (line.offset == 0 && line.bytes.startsWith("\xEF\xBB\xBF")) {
                line.bytes.remove(0, 3);
                line.offset = 3;
            }
            if (!isSeparator(line.bytes)) {
                if (looksLikeHeader(line.bytes)) {
                    m_warnings.append(QCoreApplication::translate("mig::mime",
                        "%1: the file does not start with a \"From \" line; the text before the "
                        "first one is read as a message")
                                          .arg(m_path));
                    startMessage({}, line.offset, line.offset);
                    scanHeader(line.bytes);
                } else {
                    m_warnings.append(
                        QCoreApplication::translate("mig::mime", "%1: text before the first \"From \" line is skipped")
                            .arg(m_path));
                }
                continue;
            }
        }
        if (line.atLineStart && isSeparator(line.bytes)) {
            if (m_current) {
                m_pending = line;
                return finishMessage(line.offset - blankBefore);
            }
            startMessage(line.bytes, line.offset, line.offset + line.bytes.size());
            continue;
        }
        blankBefore = line.atLineStart && isBlankLine(line.bytes) ? line.bytes.size() : 0;
        if (!m_current || !m_inHeaders || !line.atLineStart)
            continue;
        if (!isBlankLine(line.bytes)) {
            scanHeader(line.bytes);
            continue;
        }
        m_inHeaders = false;
        const qint64 bodyStart = line.offset + line.bytes.size();
        if (m_contentLength && contentLengthFits(bodyStart, *m_contentLength)) {
            // Trusted: whatever "From " lines the body holds are text.
            m_current->byContentLength = true;
            seekTo(bodyStart + *m_contentLength);
            m_previousEndedLine = true;
            blankBefore = 0;
        }
    }
    if (m_current && !m_error)
        return finishMessage(m_fileSize);
    return std::nullopt;
}

Expected<QByteArray> MboxReader::read(const MboxMessage &message)
{
    QFile file(m_path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: cannot open the mbox file").arg(m_path), file.errorString() };
    return read(file, message);
}

Expected<QByteArray> MboxReader::read(QFile &file, const MboxMessage &message)
{
    const QString path = file.fileName();
    if (!file.seek(message.messageOffset))
        return Error { Error::Code::NotFound,
            QCoreApplication::translate("mig::mime", "%1: cannot open the mbox file").arg(path), file.errorString() };
    const QByteArray bytes = file.read(message.length);
    if (bytes.size() != message.length)
        return Error { Error::Code::Corrupt,
            QCoreApplication::translate("mig::mime", "%1: message %2 at byte %3 cannot be read")
                .arg(path)
                .arg(message.index + 1)
                .arg(message.offset),
            file.errorString() };
    return message.byContentLength ? bytes : unquoteFromLines(bytes);
}

Expected<int> MboxReader::countMessages(const QString &path)
{
    MboxReader reader(path);
    if (Expected<void> opened = reader.open(); !opened)
        return opened.error();
    int count = 0;
    while (reader.next())
        ++count;
    if (reader.error())
        return *reader.error();
    return count;
}

} // namespace mig::mime
