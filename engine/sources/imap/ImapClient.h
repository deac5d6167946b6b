#pragma once

#include "ImapConnection.h"

#include <QDateTime>
#include <QSet>

#include <functional>
#include <optional>

namespace mig::imap {

/// Counters from STATUS (or LIST-STATUS); a counter the server did not send stays 0.
struct ImapFolderStatus {
    quint32 messages = 0;
    quint32 unseen = 0;
    quint32 uidNext = 0;
    quint32 uidValidity = 0;
    std::optional<quint64> size; ///< total octets of the messages (STATUS=SIZE, RFC 8438), when offered
};

/// One folder from LIST.
struct ImapFolder {
    QString name;              ///< decoded (modified UTF-7 or UTF-8), with the server's delimiter
    QByteArray wireName;       ///< as the server sent it; what commands about this folder use
    QChar delimiter;           ///< hierarchy delimiter; null when the server has a flat namespace
    QList<QByteArray> attributes; ///< \Noselect, \HasChildren, \Sent, ... as sent
    QByteArray specialUse;     ///< \Sent, \Drafts, \Trash, \Junk, \Archive, \All, \Flagged or empty
    std::optional<ImapFolderStatus> status; ///< from LIST-STATUS, when the server offers it

    bool isSelectable() const;
    /// The name split at the delimiter (["Archive", "2023"]).
    QStringList path() const;
};

/// What EXAMINE reports about the opened folder.
struct ImapMailbox {
    quint32 exists = 0;
    quint32 uidValidity = 0;
    quint32 uidNext = 0;
    bool readOnly = false; ///< the server confirmed [READ-ONLY]
};

/// One fetched message.
struct ImapMessage {
    quint32 uid = 0;
    qint64 size = -1;          ///< RFC822.SIZE
    QList<QByteArray> flags;   ///< \Seen, \Answered, keywords ...
    QDateTime internalDate;    ///< INTERNALDATE (the delivery time), UTC; invalid when unparsable
    QByteArray content;        ///< BODY[] exactly as sent by the server
};

/// What a fetch did not deliver, with the server's reason per UID.
struct ImapFetchReport {
    quint32 delivered = 0;
    QList<QPair<quint32, QString>> missing;
};

/// The IMAP client: CAPABILITY, STARTTLS, LOGIN / AUTHENTICATE PLAIN (with a master user),
/// LIST (SPECIAL-USE, LIST-STATUS when offered), STATUS, EXAMINE, UID SEARCH, UID FETCH in
/// pipelined batches, LOGOUT. It only reads: it never SELECTs (EXAMINE opens read-only), never
/// STOREs, EXPUNGEs or APPENDs, and fetches BODY.PEEK[] so \Seen stays untouched.
/// Blocking, one instance per worker thread.
class ImapClient final {
public:
    struct Options {
        ImapAccount account;
        ImapTlsTrust trust;
        int timeoutMs = 60000;
        int fetchBatchSize = 50;  ///< messages per UID FETCH command
        int pipelineDepth = 3;    ///< UID FETCH commands in flight at once
    };

    explicit ImapClient(Options options);
    ~ImapClient();

    /// Connects, reads the greeting, negotiates TLS (implicit or STARTTLS, required unless plain
    /// text was chosen explicitly) and learns the capabilities.
    Expected<void> connectToServer();
    /// Logs in as the account's login. With masterUser, authenticates as that user on behalf of
    /// the login (AUTHENTICATE PLAIN with an authorization identity); password is then the
    /// master user's. The password never appears in an error message or log.
    Expected<void> login(const QString &password, const QString &masterUser = {});
    void logout();

    bool hasCapability(const QByteArray &name) const;
    QList<QByteArray> capabilities() const { return m_capabilities; }
    QString peerFingerprint() const { return m_connection.peerFingerprint(); }
    bool isEncrypted() const { return m_connection.isEncrypted(); }

    Expected<QList<ImapFolder>> listFolders();
    Expected<ImapFolderStatus> status(const ImapFolder &folder);
    Expected<ImapMailbox> examine(const ImapFolder &folder);
    /// UIDs of the examined folder, ascending; only those above afterUid when given.
    Expected<QList<quint32>> searchUids(quint32 afterUid = 0);
    /// Fetches the given UIDs of the examined folder in batches, several commands in flight,
    /// calling onMessage for each as it arrives (return false to stop after the current batches).
    Expected<ImapFetchReport> fetchMessages(const QList<quint32> &uids,
                                            const std::function<bool(ImapMessage &&)> &onMessage);
    /// UID, FLAGS and RFC822.SIZE (no body, no date) of the examined folder's messages with UIDs
    /// from firstUid to lastUid, ascending by UID; one call lists a whole folder cheaply.
    Expected<QList<ImapMessage>> fetchAttributes(quint32 firstUid, quint32 lastUid);

private:
    /// The STATUS items asked for (with SIZE when the server offers STATUS=SIZE).
    QByteArray statusItems() const;
    struct Command;
    QByteArray nextTag();
    Expected<QByteArray> send(const Command &command);
    Expected<ImapResponse> readParsed(const QString &waitingFor);
    Expected<ImapResponse> run(const Command &command, const QString &what,
                               const std::function<void(const ImapResponse &)> &onUntagged = {});
    Expected<void> waitForContinuation(const QString &what);
    void handleUnsolicited(const ImapResponse &response);
    Expected<void> refreshCapabilities();
    Expected<void> authenticatePlain(const QString &password, const QString &masterUser);
    Command command(const QByteArray &text) const;
    ImapFolder folderFromList(const ImapResponse &response) const;
    Error commandFailed(const QString &what, const ImapResponse &response) const;

    Options m_options;
    ImapConnection m_connection;
    QList<QByteArray> m_capabilities;
    quint32 m_tagCounter = 0;
    QString m_byeText;
    bool m_utf8Accepted = false;
};

/// Parses an IMAP date-time ("17-Jul-1996 02:44:25 -0700") to UTC; invalid on bad input.
QDateTime parseInternalDate(const QByteArray &text);

/// A compact UID set for a command: 1:5,7,9:12.
QByteArray uidSet(const QList<quint32> &sortedUids);

} // namespace mig::imap
