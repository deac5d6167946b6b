#pragma once

#include <QByteArray>
#include <QList>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <memory>

namespace mig::test {

/// A real OpenSSH server for tests and benchmarks: /usr/sbin/sshd -D -e on 127.0.0.1 at a free
/// high port, with a throwaway ed25519 host key, its own authorized_keys holding a throwaway
/// client key, and a bin directory put first on the sessions' PATH (sshd_config SetEnv) that holds
/// a fake `gromox-import` and `gromox-mt2exm`. Works as root (PermitRootLogin yes; creates
/// /run/sshd when missing) and as a normal user (who can then only log in as himself).
///
/// The fake importer records its argv (NUL-separated) and the received stream in recordDir(),
/// runs `<verifyProgram> verify-mt -` on the stream when verifyProgram is set (else just stores
/// it), prints `fake-gromox-import: ...` lines on stderr and exits with the verifier's status. A
/// forced status (forceImporterExit) makes it print the given text and exit without reading its
/// input; sinkMode makes it discard its input (benchmarks, large streams).
/// Not thread-safe; everything lives in a temporary directory removed by the destructor.
class SshdFixture final {
public:
    struct Options {
        QString verifyProgram;          ///< grommunio-migrate binary for `verify-mt -`; empty: store only
        bool installGromoxImport = true; ///< false: only gromox-mt2exm exists (an "old" server)
        QString mt2exmRevision = QStringLiteral("0004"); ///< what the fake mt2exm claims to read
        /// true: sshd also offers password authentication. With UsePAM no and no password known
        /// to the test, it then rejects every password: a real server's wrong-password answer.
        bool passwordAuthentication = false;
        /// true: a fake `grommunio-admin` (user query / user create) keeps a list of mailboxes,
        /// and the fake gromox-import refuses a target not on it, as Gromox does for an unknown
        /// user ("exm: No such username", exit 1, nothing read).
        bool installGrommunioAdmin = false;
    };

    SshdFixture();
    explicit SshdFixture(Options options);
    ~SshdFixture();
    SshdFixture(const SshdFixture &) = delete;
    SshdFixture &operator=(const SshdFixture &) = delete;

    /// Creates keys and configuration and starts sshd; false with *error set on failure
    /// (sshd or ssh-keygen missing, sshd refusing its configuration).
    bool start(QString *error);
    /// Stops sshd (also done by the destructor).
    void stop();
    /// Replaces the host key by a new one and restarts sshd on the same port.
    bool rotateHostKey(QString *error);

    QString host() const { return QStringLiteral("127.0.0.1"); }
    quint16 port() const { return m_port; }
    /// The local user name sshd accepts (the user running the test).
    QString user() const;
    /// "user@127.0.0.1:port"
    QString destination() const;
    QString clientKeyFile() const;
    /// SHA256 fingerprint of the current host key, as OpenSSH prints it ("SHA256:...").
    QString hostKeyFingerprint() const;
    /// A known_hosts line for the current host key.
    QByteArray knownHostsLine() const;
    /// Writes a known_hosts file (replacing what it held) that trusts the current host key only.
    bool writeKnownHosts(const QString &path) const;
    /// A fresh empty known_hosts path inside the fixture's directory (name distinguishes several).
    QString knownHostsPath(const QString &name) const;
    QString recordDir() const;
    QString binDir() const;
    QString workDir() const;

    /// Arguments the fake importer received in its last run.
    QStringList recordedArguments() const;
    /// The program name it was started as (gromox-import / gromox-mt2exm).
    QString recordedProgram() const;
    /// The stream it received in its last run (not in sinkMode).
    QByteArray recordedStream() const;

    /// What the importer received / its exit status in its last run for target user (-u user);
    /// kept apart per user so concurrent imports can be checked one by one. -1: no run.
    QByteArray recordedStreamFor(const QString &user) const;
    int recordedStatusFor(const QString &user) const;
    /// The next imports for user read afterBytes bytes, then kill their own SSH connection (the
    /// client sees it drop mid-stream); a negative value clears it.
    void dropConnectionFor(const QString &user, qint64 afterBytes);

    /// One run of the importer for a user: its arguments, the stream it stored (empty when it
    /// stored none, e.g. a dropped connection) and its exit status (-1: unknown).
    struct ImporterRun {
        QStringList arguments;
        QByteArray stream;
        int status = -1;
    };
    /// Every run for target user so far, oldest first (recordedStreamFor() shows only the last).
    QList<ImporterRun> recordedRunsFor(const QString &user) const;
    /// The next import for user reads afterBytes bytes, then waits until continueImportFor(user):
    /// a server slow for a while, so that the sender's writes block. Negative: no pause.
    void pauseImportFor(const QString &user, qint64 afterBytes);
    /// Waits (polling, blocking the calling thread) until a paused import for user has read its
    /// bytes and waits; false after timeoutMs.
    bool waitUntilImportPaused(const QString &user, int timeoutMs) const;
    void continueImportFor(const QString &user);

    /// The next importer runs print stderrText and exit with status, without reading their input
    /// (or after reading all of it when readInputFirst).
    void forceImporterExit(int status, const QByteArray &stderrText, bool readInputFirst = false);
    void setSinkMode(bool on);
    /// The Gromox package version the server reports (a fake `rpm -q gromox` prints it), e.g.
    /// "3.10" for a server whose importer places unanchored roots; empty: unknown (the default).
    /// Kept by clearImporterBehaviour().
    void setGromoxVersion(const QString &version);
    /// bytesPerSecond > 0: gromox-import becomes a stand-in that reads the stream frame by frame at that
    /// pace plus msPerMessage per message, printing gromox-import -v lines (benchmarks); it touches
    /// recordDir()/first-byte when the stream starts and writes "folders messages" to
    /// recordDir()/slow-done at its end. 0 switches it off.
    void setSlowImporter(double bytesPerSecond, int msPerMessage);
    void clearImporterBehaviour();

    /// The mailboxes the fake grommunio-admin knows (installGrommunioAdmin), in creation order.
    QStringList mailboxes() const;
    /// Adds user to them, as if it had been created before the test.
    void addMailbox(const QString &user);
    /// `grommunio-admin user create user` will print an error and create nothing; as the real one
    /// (whose exit status the wizard does not trust), it still exits 0.
    void refuseMailboxCreation(const QString &user);

    /// SIGKILLs every per-connection sshd process (and what they run), leaving the listener: the
    /// client sees its connection die mid-stream. Returns how many processes were killed.
    int killSessions();

    /// The sshd log (stderr of sshd -e), for diagnostics.
    QByteArray log() const;

private:
    bool writeFile(const QString &name, const QByteArray &content, bool executable = false) const;
    bool generateHostKey(QString *error);
    bool launch(QString *error);
    void writeFakeImporters() const;

    Options m_options;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_sshd;
    quint16 m_port = 0;
};

} // namespace mig::test
