#pragma once

#include <QByteArray>
#include <QList>
#include <QMap>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <memory>

namespace mig::test {

/// A real Dovecot IMAP server for tests and benchmarks: /usr/sbin/dovecot -F with its own
/// configuration in a temporary directory, listening on 127.0.0.1 at two free high ports (IMAP
/// with STARTTLS, and IMAPS), with a throwaway CA and a server certificate made by openssl,
/// passwd-file authentication (one user and one master user), maildir storage with "/" as
/// hierarchy delimiter and special-use Sent, Drafts and Trash folders.
/// Works as root (mail then belongs to "nobody", since Dovecot refuses mail access as UID 0) and
/// as a normal user (every Dovecot process then runs as that user, without chroot).
/// Messages are seeded with `doveadm save`, so Dovecot itself stores them; seeded() remembers what
/// was given, for byte comparisons. Not thread-safe; stop() (also the destructor) ends Dovecot and
/// removes the directory.
class DovecotFixture final {
public:
    DovecotFixture();
    ~DovecotFixture();
    DovecotFixture(const DovecotFixture &) = delete;
    DovecotFixture &operator=(const DovecotFixture &) = delete;

    /// Writes certificates and configuration and starts Dovecot; false with *error on failure.
    bool start(QString *error);
    void stop();

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 imapPort() const { return m_imapPort; }   ///< STARTTLS
    quint16 imapsPort() const { return m_imapsPort; } ///< implicit TLS
    /// The account the seeding and inspection functions work on ("alice" unless useAccount()).
    QString user() const { return m_user; }
    /// Adds another account (same password as alice's) to the running server; it has no mail yet.
    bool addAccount(const QString &name, QString *error);
    /// Makes the functions that take no account name work on this one from now on (seeded()
    /// records which account each message went to).
    void useAccount(const QString &name) { m_user = name; }
    QString password() const { return QStringLiteral("alice-Pa55 \"quoted\""); }
    QString masterUser() const { return QStringLiteral("admin"); }
    QString masterPassword() const { return QStringLiteral("master-secret"); }
    /// PEM of the throwaway CA that signed the server certificate.
    QString caCertFile() const;
    /// SHA-256 fingerprint of the server certificate as computed by openssl, in the
    /// "SHA256:<base64>" form.
    QString serverFingerprint() const { return m_fingerprint; }

    /// One message given to Dovecot.
    struct Seeded {
        QString folder;
        QByteArray content;
        QString origin; ///< the sample file (and message number inside an mbox)
        QString account; ///< user() when it was given
    };

    /// Creates a folder (UTF-8 name, "/" between levels) through doveadm.
    bool createFolder(const QString &folder, QString *error);
    /// Deletes a folder and its messages through doveadm (another client removing it); a folder
    /// created again under the same name gets a new UIDVALIDITY.
    bool deleteFolder(const QString &folder, QString *error);
    /// Saves one message into folder through `doveadm save`.
    bool addMessage(const QString &folder, const QByteArray &content, const QString &origin, QString *error);
    /// Adds flags (e.g. "\\Seen") to the messages of folder matching uidSet ("1:3").
    bool addFlags(const QString &folder, const QString &uidSet, const QString &flags, QString *error);
    /// Removes the messages of folder matching uidSet at once (doveadm expunge), as another mail
    /// client emptying its trash would.
    bool expunge(const QString &folder, const QString &uidSet, QString *error);
    /// Flags of every message of folder as Dovecot itself reports them (doveadm fetch), by UID.
    QMap<quint32, QString> flagsByUid(const QString &folder, QString *error) const;
    /// One message as Dovecot itself reports it (doveadm fetch), for comparing with a conversion.
    struct Held {
        QString folder;
        quint32 uid = 0;
        QString flags;        ///< IMAP flags and keywords, space-separated ("\\Seen \\Flagged")
        qint64 received = 0;  ///< INTERNALDATE, seconds since 1970
        qint64 size = 0;      ///< RFC822.SIZE (CRLF line ends)
        qint64 envelope = 0;  ///< bytes of that of a leading mbox "From " line (doveadm save keeps it)
        QString messageId;    ///< the Message-ID header field's value, empty when there is none
    };
    /// Every message of every folder of user(), from doveadm fetch (not through IMAP).
    QList<Held> heldMessages(QString *error) const;
    /// Fills the mailbox with the shared samples: the EML files in INBOX, tika_complex.mbox in
    /// "Archiv/2023", mimekit_simple.mbox in "Entwürfe", one EML in "Archiv/Größe & Co"; the first
    /// three INBOX messages are marked \Seen.
    bool seedSamples(QString *error);
    const QList<Seeded> &seeded() const { return m_seeded; }

    /// Writes count generated messages (message(i) gives each) straight into the maildir of
    /// folder (created first; plain ASCII names without "/"), owned by the mail user: fast enough
    /// for benchmark corpora of thousands of messages, where one doveadm process per message is
    /// not. Dovecot assigns UIDs when it next opens the folder. Not recorded in seeded().
    bool writeMaildirMessages(const QString &folder, int count, const std::function<QByteArray(int)> &message,
                              QString *error);

    /// Splits an mboxo/mboxrd file into its messages (the "From " separator lines removed); a
    /// "From " line only separates after an empty line, as in the files the samples come from.
    static QList<QByteArray> splitMbox(const QByteArray &mbox);

    /// SIGKILLs the running "imap" session processes (children of this fixture's master only),
    /// leaving the listeners: clients see their connection die mid-command. Returns how many.
    int killSessions();

    QString workDir() const;
    QByteArray log() const;

private:
    bool createCertificates(QString *error);
    bool writeConfiguration(QString *error);
    bool waitUntilListening(int timeoutMs) const;
    QStringList doveadmArguments(const QStringList &arguments) const;

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_dovecot;
    quint16 m_imapPort = 0;
    quint16 m_imapsPort = 0;
    QString m_fingerprint;
    QList<Seeded> m_seeded;
    QString m_user = QStringLiteral("alice");
};

} // namespace mig::test
