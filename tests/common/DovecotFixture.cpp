#include "DovecotFixture.h"

#include "ThrowawayCa.h"

#include "TestEnvironment.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QMap>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <pwd.h>
#include <signal.h>
#include <sys/stat.h>
#include <unistd.h>

namespace mig::test {

namespace {

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool writeFile(const QString &path, const QByteArray &content, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size()) {
        *error = QStringLiteral("cannot write ") + path;
        return false;
    }
    return true;
}

/// The account that owns the mail: Dovecot refuses mail access as root, so root tests use nobody.
struct MailOwner {
    uid_t uid;
    gid_t gid;
    QString name;
};

MailOwner mailOwner()
{
    if (geteuid() == 0) {
        if (const passwd *nobody = getpwnam("nobody"))
            return {nobody->pw_uid, nobody->pw_gid, QStringLiteral("nobody")};
    }
    const passwd *self = getpwuid(geteuid());
    return {geteuid(), getegid(), self ? QString::fromLocal8Bit(self->pw_name) : QString()};
}

QString opensslFingerprint(const QString &certFile, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("openssl"),
                                       {QStringLiteral("x509"), QStringLiteral("-in"), certFile, QStringLiteral("-noout"),
                                        QStringLiteral("-fingerprint"), QStringLiteral("-sha256")});
    // "sha256 Fingerprint=AB:CD:..." -> SHA256:<base64>, the form OpenSSH prints.
    const QByteArray out = r.out.trimmed();
    const qsizetype eq = out.indexOf('=');
    if (r.exitCode != 0 || eq < 0) {
        *error = QStringLiteral("openssl x509 -fingerprint failed: ") + QString::fromUtf8(r.err);
        return {};
    }
    const QByteArray digest = QByteArray::fromHex(out.mid(eq + 1).replace(':', ""));
    return QStringLiteral("SHA256:") + QString::fromLatin1(digest.toBase64(QByteArray::OmitTrailingEquals));
}

} // namespace

DovecotFixture::DovecotFixture() = default;

DovecotFixture::~DovecotFixture()
{
    stop();
}

QString DovecotFixture::workDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString DovecotFixture::caCertFile() const
{
    return QDir(workDir()).filePath(QStringLiteral("ca.crt"));
}

QByteArray DovecotFixture::log() const
{
    QFile file(QDir(workDir()).filePath(QStringLiteral("dovecot.log")));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool DovecotFixture::createCertificates(QString *error)
{
    if (!makeThrowawayCa(workDir(), QStringLiteral("grommunio-migrate IMAP test CA"), error))
        return false;
    m_fingerprint = opensslFingerprint(QDir(workDir()).filePath(QStringLiteral("server.crt")), error);
    return !m_fingerprint.isEmpty();
}

bool DovecotFixture::writeConfiguration(QString *error)
{
    const QDir dir(workDir());
    const MailOwner owner = mailOwner();
    const QString home = dir.filePath(QStringLiteral("home"));
    dir.mkpath(QStringLiteral("home"));
    if (chown(QFile::encodeName(home).constData(), owner.uid, owner.gid) != 0) {
        *error = QStringLiteral("cannot hand %1 to %2").arg(home, owner.name);
        return false;
    }
    const QString userLine = QStringLiteral("%1:{PLAIN}%2:%3:%4::%5/%1\n")
                                 .arg(user(), password()).arg(owner.uid).arg(owner.gid).arg(home);
    if (!writeFile(dir.filePath(QStringLiteral("users")), userLine.toUtf8(), error)
        || !writeFile(dir.filePath(QStringLiteral("masters")),
                      QStringLiteral("%1:{PLAIN}%2\n").arg(masterUser(), masterPassword()).toUtf8(), error))
        return false;

    QString config = QStringLiteral(
        "base_dir = @DIR@/run\nstate_dir = @DIR@/state\nlog_path = @DIR@/dovecot.log\n"
        "protocols = imap\nlisten = 127.0.0.1\nssl = yes\n"
        "ssl_cert = <@DIR@/server.crt\nssl_key = <@DIR@/server.key\n"
        "auth_mechanisms = plain login\nfirst_valid_uid = 1\nmail_location = maildir:~/Maildir\n"
        "namespace inbox {\n  inbox = yes\n  separator = /\n"
        "  mailbox Sent {\n    special_use = \\Sent\n    auto = create\n  }\n"
        "  mailbox Drafts {\n    special_use = \\Drafts\n    auto = create\n  }\n"
        "  mailbox Trash {\n    special_use = \\Trash\n    auto = create\n  }\n}\n"
        "passdb {\n  driver = passwd-file\n  args = @DIR@/masters\n  master = yes\n  result_success = continue\n}\n"
        "passdb {\n  driver = passwd-file\n  args = @DIR@/users\n}\n"
        "userdb {\n  driver = passwd-file\n  args = @DIR@/users\n}\n"
        "service imap-login {\n  inet_listener imap {\n    address = 127.0.0.1\n    port = @IMAP@\n  }\n"
        "  inet_listener imaps {\n    address = 127.0.0.1\n    port = @IMAPS@\n    ssl = yes\n  }\n}\n");
    if (geteuid() != 0) {
        // Without root Dovecot cannot switch users or chroot: everything runs as the caller.
        config += QStringLiteral("default_login_user = %1\ndefault_internal_user = %1\n").arg(owner.name);
        for (const char *service : {"imap-login", "anvil", "auth", "auth-worker", "stats", "log"})
            config += QStringLiteral("service %1 {\n  chroot =\n}\n").arg(QLatin1String(service));
    }
    config.replace(QStringLiteral("@DIR@"), workDir());
    config.replace(QStringLiteral("@IMAP@"), QString::number(m_imapPort));
    config.replace(QStringLiteral("@IMAPS@"), QString::number(m_imapsPort));
    return writeFile(dir.filePath(QStringLiteral("dovecot.conf")), config.toUtf8(), error);
}

bool DovecotFixture::waitUntilListening(int timeoutMs) const
{
    const QDeadlineTimer deadline(timeoutMs);
    while (!deadline.hasExpired()) {
        if (m_dovecot->state() != QProcess::Running)
            return false;
        QTcpSocket probe;
        probe.connectToHost(QHostAddress::LocalHost, m_imapsPort);
        if (probe.waitForConnected(200))
            return true;
        QThread::msleep(50);
    }
    return false;
}

bool DovecotFixture::start(QString *error)
{
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory: ") + m_dir->errorString();
        return false;
    }
    // Dovecot's unprivileged processes (auth as "dovecot", mail as the user) read files here.
    chmod(QFile::encodeName(workDir()).constData(), 0755);
    m_imapPort = freePort();
    do
        m_imapsPort = freePort();
    while (m_imapsPort == m_imapPort);
    if (!createCertificates(error) || !writeConfiguration(error))
        return false;
    m_dovecot = std::make_unique<QProcess>();
    m_dovecot->setProcessChannelMode(QProcess::MergedChannels);
    // -F keeps the master in the foreground, so QProcess owns it and stop() really stops it.
    m_dovecot->start(QStringLiteral("/usr/sbin/dovecot"),
                     {QStringLiteral("-F"), QStringLiteral("-c"), QDir(workDir()).filePath(QStringLiteral("dovecot.conf"))});
    if (!m_dovecot->waitForStarted(5000)) {
        *error = QStringLiteral("cannot start /usr/sbin/dovecot: ") + m_dovecot->errorString();
        return false;
    }
    if (!waitUntilListening(15000)) {
        *error = QStringLiteral("dovecot did not start: ") + QString::fromUtf8(m_dovecot->readAll() + log());
        stop();
        return false;
    }
    return true;
}

void DovecotFixture::stop()
{
    if (m_dovecot && m_dovecot->state() != QProcess::NotRunning) {
        m_dovecot->terminate(); // the master stops its children on SIGTERM
        if (!m_dovecot->waitForFinished(10000)) {
            m_dovecot->kill();
            m_dovecot->waitForFinished(5000);
        }
    }
    m_dovecot.reset();
    m_dir.reset();
}

QStringList DovecotFixture::doveadmArguments(const QStringList &arguments) const
{
    return QStringList{QStringLiteral("-c"), QDir(workDir()).filePath(QStringLiteral("dovecot.conf"))} + arguments;
}

bool DovecotFixture::createFolder(const QString &folder, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
                                       doveadmArguments({QStringLiteral("mailbox"), QStringLiteral("create"),
                                                         QStringLiteral("-u"), user(), folder}));
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm mailbox create %1 failed: %2").arg(folder, QString::fromUtf8(r.err));
        return false;
    }
    return true;
}

bool DovecotFixture::addAccount(const QString &name, QString *error)
{
    // passwd-file databases are read again when the file changes: no restart needed.
    const MailOwner owner = mailOwner();
    const QString home = QDir(workDir()).filePath(QStringLiteral("home"));
    QFile users(QDir(workDir()).filePath(QStringLiteral("users")));
    const QByteArray line
        = QStringLiteral("%1:{PLAIN}%2:%3:%4::%5/%1\n").arg(name, password()).arg(owner.uid).arg(owner.gid).arg(home).toUtf8();
    if (!users.open(QIODevice::WriteOnly | QIODevice::Append) || users.write(line) != line.size()) {
        *error = QStringLiteral("cannot add %1 to %2").arg(name, users.fileName());
        return false;
    }
    // Dovecot looks at a passwd-file at most once a second: a lookup in the second of the last
    // one would not see the new line yet.
    QThread::msleep(1100);
    return true;
}

bool DovecotFixture::deleteFolder(const QString &folder, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
                                       doveadmArguments({QStringLiteral("mailbox"), QStringLiteral("delete"),
                                                         QStringLiteral("-u"), user(), folder}));
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm mailbox delete %1 failed: %2").arg(folder, QString::fromUtf8(r.err));
        return false;
    }
    return true;
}

bool DovecotFixture::addMessage(const QString &folder, const QByteArray &content, const QString &origin, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
                                       doveadmArguments({QStringLiteral("save"), QStringLiteral("-u"), user(),
                                                         QStringLiteral("-m"), folder}),
                                       content);
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm save of %1 into %2 failed: %3").arg(origin, folder, QString::fromUtf8(r.err));
        return false;
    }
    m_seeded.append({folder, content, origin, user()});
    return true;
}

bool DovecotFixture::addFlags(const QString &folder, const QString &uidSet, const QString &flags, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
                                       doveadmArguments({QStringLiteral("flags"), QStringLiteral("add"), QStringLiteral("-u"),
                                                         user(), flags, QStringLiteral("mailbox"), folder,
                                                         QStringLiteral("uid"), uidSet}));
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm flags add failed: ") + QString::fromUtf8(r.err);
        return false;
    }
    return true;
}

bool DovecotFixture::expunge(const QString &folder, const QString &uidSet, QString *error)
{
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
                                       doveadmArguments({QStringLiteral("expunge"), QStringLiteral("-u"), user(),
                                                         QStringLiteral("mailbox"), folder, QStringLiteral("uid"), uidSet}));
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm expunge failed: ") + QString::fromUtf8(r.err);
        return false;
    }
    return true;
}

QMap<quint32, QString> DovecotFixture::flagsByUid(const QString &folder, QString *error) const
{
    // "doveadm fetch" prints "uid: N" and "flags: ..." lines per message, separated by form feeds.
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
                                       doveadmArguments({QStringLiteral("fetch"), QStringLiteral("-u"), user(),
                                                         QStringLiteral("uid flags"), QStringLiteral("mailbox"), folder}));
    QMap<quint32, QString> flags;
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm fetch failed: ") + QString::fromUtf8(r.err);
        return flags;
    }
    quint32 uid = 0;
    for (const QByteArray &line : r.out.split('\n')) {
        if (line.startsWith("uid: "))
            uid = line.mid(5).trimmed().toUInt();
        else if (line.startsWith("flags:"))
            flags.insert(uid, QString::fromUtf8(line.mid(6).trimmed()));
    }
    return flags;
}

namespace {

/// The value of one header field of a header block (folded lines joined), empty without it.
QString headerField(const QByteArray &header, const QByteArray &name)
{
    QByteArray value;
    bool inField = false;
    for (QByteArray line : header.split('\n')) {
        if (line.endsWith('\r'))
            line.chop(1);
        if (inField && (line.startsWith(' ') || line.startsWith('\t'))) {
            value += ' ' + line.trimmed();
            continue;
        }
        if (inField || line.isEmpty())
            break;
        inField = line.size() > name.size() && line.at(name.size()) == ':'
            && line.first(name.size()).compare(name, Qt::CaseInsensitive) == 0;
        if (inField)
            value = line.mid(name.size() + 1).trimmed();
    }
    return QString::fromUtf8(value);
}

} // namespace

QList<DovecotFixture::Held> DovecotFixture::heldMessages(QString *error) const
{
    // The pager format prints "name: value" lines per message and a form feed after each; the
    // header ("hdr", last) comes as "hdr:" and then its lines.
    const ProcessResult r = runProcess(QStringLiteral("doveadm"),
        doveadmArguments({ QStringLiteral("-f"), QStringLiteral("pager"), QStringLiteral("fetch"), QStringLiteral("-u"),
            user(), QStringLiteral("mailbox uid flags date.received.unixtime size.virtual hdr"),
            QStringLiteral("all") }));
    QList<Held> held;
    if (r.exitCode != 0) {
        *error = QStringLiteral("doveadm fetch failed: ") + QString::fromUtf8(r.err);
        return held;
    }
    for (const QByteArray &record : r.out.split('\f')) {
        const qsizetype hdr = record.indexOf("\nhdr:\n");
        if (hdr < 0)
            continue;
        Held message;
        for (const QByteArray &line : record.first(hdr).split('\n')) {
            const qsizetype colon = line.indexOf(": ");
            const QByteArray name = line.first(std::max<qsizetype>(colon, 0)).trimmed();
            const QByteArray value = colon < 0 ? QByteArray() : line.mid(colon + 2).trimmed();
            if (name == "mailbox")
                message.folder = QString::fromUtf8(value);
            else if (name == "uid")
                message.uid = value.toUInt();
            else if (name == "flags")
                message.flags = QString::fromUtf8(value);
            else if (name == "date.received.unixtime")
                message.received = value.toLongLong();
            else if (name == "size.virtual")
                message.size = value.toLongLong();
        }
        const QByteArray header = record.mid(hdr + 6);
        message.messageId = headerField(header, "Message-ID");
        if (header.startsWith("From ")) {
            QByteArray line = header.first(std::max<qsizetype>(header.indexOf('\n'), 0));
            if (line.endsWith('\r'))
                line.chop(1);
            message.envelope = line.size() + 2; // CRLF, as RFC822.SIZE counts it
        }
        held.append(message);
    }
    return held;
}

bool DovecotFixture::writeMaildirMessages(const QString &folder, int count,
                                          const std::function<QByteArray(int)> &message, QString *error)
{
    if (!createFolder(folder, error))
        return false;
    const MailOwner owner = mailOwner();
    // Maildir++ keeps a folder in "~/Maildir/.<name>"; "cur" with the ":2," info suffix means
    // "already seen by a mail reader, no flags".
    const QString cur = QDir(workDir()).filePath(QStringLiteral("home/%1/Maildir/.%2/cur").arg(user(), folder));
    if (!QFileInfo(cur).isDir()) {
        *error = QStringLiteral("doveadm did not create ") + cur;
        return false;
    }
    for (int i = 0; i < count; ++i) {
        const QString path = QStringLiteral("%1/%2.M%3P%4.bench:2,").arg(cur).arg(1700000000 + i).arg(i).arg(getpid());
        if (!writeFile(path, message(i), error)
            || chown(QFile::encodeName(path).constData(), owner.uid, owner.gid) != 0) {
            if (error->isEmpty())
                *error = QStringLiteral("cannot hand %1 to %2").arg(path, owner.name);
            return false;
        }
    }
    return true;
}

int DovecotFixture::killSessions()
{
    if (!m_dovecot || m_dovecot->state() != QProcess::Running)
        return 0;
    const QByteArray master = QByteArray::number(m_dovecot->processId());
    int killed = 0;
    const QStringList pids = QDir(QStringLiteral("/proc")).entryList({QStringLiteral("[0-9]*")}, QDir::Dirs);
    for (const QString &pid : pids) {
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        // "pid (comm) state ppid ...": only this fixture's master's "imap" children.
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> rest = line.mid(close + 2).split(' ');
        if (line.contains(" (imap) ") && rest.size() > 1 && rest.at(1) == master && ::kill(pid.toInt(), SIGKILL) == 0)
            ++killed;
    }
    return killed;
}

QList<QByteArray> DovecotFixture::splitMbox(const QByteArray &mbox)
{
    QList<QByteArray> messages;
    QByteArray current;
    bool previousEmpty = true;
    bool started = false;
    for (const QByteArray &line : mbox.split('\n')) {
        if (previousEmpty && line.startsWith("From ")) {
            if (started)
                messages.append(current.chopped(current.endsWith("\n\n") ? 1 : 0));
            current.clear();
            started = true;
        } else if (started) {
            current += line + '\n';
        }
        previousEmpty = line.isEmpty() || line == "\r";
    }
    if (started && !current.trimmed().isEmpty())
        messages.append(current.chopped(1)); // split() left one '\n' too many at the end
    return messages;
}

bool DovecotFixture::seedSamples(QString *error)
{
    const QStringList emls = testDataFiles(QStringLiteral("eml"), {QStringLiteral("*.eml")});
    if (emls.isEmpty()) {
        *error = QStringLiteral("no EML samples found in the shared test data");
        return false;
    }
    const auto readFile = [error](const QString &path, QByteArray *content) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            *error = QStringLiteral("cannot read ") + path;
            return false;
        }
        *content = file.readAll();
        return true;
    };
    QByteArray content;
    for (const QString &path : emls) {
        if (!readFile(path, &content) || !addMessage(QStringLiteral("INBOX"), content, QFileInfo(path).fileName(), error))
            return false;
    }
    const QList<QPair<QString, QString>> mboxes{{QStringLiteral("tika_complex.mbox"), QStringLiteral("Archiv/2023")},
                                                 {QStringLiteral("mimekit_simple.mbox"), QStringLiteral("Entwürfe")}};
    for (const auto &[file, folder] : mboxes) {
        if (!createFolder(folder, error) || !readFile(testDataPath(QStringLiteral("mbox/") + file), &content))
            return false;
        const QList<QByteArray> messages = splitMbox(content);
        for (qsizetype i = 0; i < messages.size(); ++i)
            if (!addMessage(folder, messages.at(i), QStringLiteral("%1 #%2").arg(file).arg(i + 1), error))
                return false;
    }
    const QString oddFolder = QStringLiteral("Archiv/Größe & Co");
    return createFolder(oddFolder, error) && readFile(emls.first(), &content)
        && addMessage(oddFolder, content, QFileInfo(emls.first()).fileName(), error)
        && addFlags(QStringLiteral("INBOX"), QStringLiteral("1:3"), QStringLiteral("\\Seen"), error);
}

} // namespace mig::test
