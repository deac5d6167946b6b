#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QDateTime>
#include <QFile>
#include <QStringList>

#include <optional>

namespace mig::mime {

/// Where one message of an mbox file is, and what its envelope and status headers say.
struct MboxMessage {
    int index = 0; ///< 0-based position in the file
    qint64 offset = 0; ///< of the "From " line (== messageOffset when there is none)
    qint64 messageOffset = 0; ///< first byte of the message itself
    qint64 length = 0; ///< message bytes, without the separator and its blank line
    QByteArray envelopeSender; ///< from the "From " line ("-" for Thunderbird), may be empty
    QDateTime envelopeDate; ///< from the "From " line, UTC; invalid when it has none
    quint8 flags = 0; ///< MailFlag bits from Status / X-Status / X-Mozilla-Status
    bool deleted = false; ///< marked deleted but not yet compacted away
    bool pseudo = false; ///< Alpine/UW-IMAP "FOLDER INTERNAL DATA" message (X-IMAP header)
    bool byContentLength = false; ///< delimited by a Content-Length that checked out (mboxcl2)
};

/// Splits an mbox file into messages while reading it line by line, so memory stays bounded
/// whatever the file size (the file is read through a 1 MiB window; a line longer than 64 KiB is
/// taken in pieces of 64 KiB).
///
/// Separators: a line "From <sender> <date>" (mboxo, mboxrd, mboxcl, mboxcl2, Thunderbird's
/// "From - <date>" and bare "From -"). A "From " line that carries neither a date nor an
/// address-like sender ("From Russia with love") is body text that a writer failed to quote.
/// A Content-Length header is used only when it lands exactly on the next separator or the end
/// of the file; otherwise it is ignored (many writers get it wrong). A leading UTF-8 BOM is
/// skipped; a file that starts with header lines instead of a "From " line yields that message
/// too (with a warning). Hand-written because GMime's mbox mode trusts neither rule and reports
/// no offsets.
class MboxReader final {
public:
    explicit MboxReader(QString path);

    Expected<void> open();
    /// The next message, std::nullopt at the end of the file or after a read error (error()).
    std::optional<MboxMessage> next();
    /// Set when next() stopped because reading failed.
    std::optional<Error> error() const { return m_error; }
    /// Problems worked around so far (no leading "From " line ...), each naming the file.
    QStringList takeWarnings();

    /// The bytes of one message found by next() (of this or another reader of the same file),
    /// ">From " lines unquoted one level (mboxrd) unless it was delimited by Content-Length.
    Expected<QByteArray> read(const MboxMessage &message);
    /// read() from file, an open (preferably unbuffered) QFile of the mbox that the caller keeps
    /// open across messages: opening the file for every message was a tenth of converting small
    /// messages.
    static Expected<QByteArray> read(QFile &file, const MboxMessage &message);

    /// The number of messages in the file (one full scan, nothing kept).
    static Expected<int> countMessages(const QString &path);

    /// Whether line (with or without its line ending) is a message separator.
    static bool isSeparator(const QByteArray &line);

private:
    struct Line {
        QByteArray bytes;
        qint64 offset = 0;
        bool atLineStart = true;
    };
    bool readLine(Line &line);
    QByteArray readFileLine();
    bool fillWindow();
    qint64 position() const { return m_windowOffset + m_windowPos; }
    void seekTo(qint64 offset);
    void startMessage(const QByteArray &separator, qint64 offset, qint64 messageOffset);
    void scanHeader(const QByteArray &line);
    bool contentLengthFits(qint64 bodyStart, qint64 length);
    MboxMessage finishMessage(qint64 end);

    QString m_path;
    QFile m_file;
    qint64 m_fileSize = 0;
    bool m_started = false;
    bool m_inHeaders = false;
    bool m_previousEndedLine = true;
    std::optional<MboxMessage> m_current;
    std::optional<qint64> m_contentLength;
    std::optional<Line> m_pending;
    int m_count = 0;
    QStringList m_warnings;
    std::optional<Error> m_error;
    // The window of the file lines are cut from (large reads, then memchr for the line ends).
    // Invariant: the file's own position is m_windowOffset + m_windowFill.
    QByteArray m_window;
    qint64 m_windowOffset = 0; ///< file offset of m_window[0]
    qsizetype m_windowPos = 0; ///< next byte to hand out
    qsizetype m_windowFill = 0; ///< bytes of m_window read from the file
    bool m_readFailed = false;
};

} // namespace mig::mime
