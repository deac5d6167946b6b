#include "SshdFixture.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>

#include <csignal>
#include <pwd.h>
#include <sys/types.h>
#include <unistd.h>

namespace mig::test {

namespace {

const char kSshd[] = "/usr/sbin/sshd";

quint16 freePort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    return server.serverPort();
}

bool run(const QString &program, const QStringList &arguments, QString *error, QByteArray *output = nullptr)
{
    QProcess process;
    process.start(program, arguments);
    if (!process.waitForFinished(30000) || process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0) {
        if (error) {
            *error = QStringLiteral("%1 %2 failed: %3").arg(program, arguments.join(QLatin1Char(' ')),
                                                            QString::fromLocal8Bit(process.readAllStandardError()));
        }
        return false;
    }
    if (output)
        *output = process.readAllStandardOutput();
    return true;
}

/// Direct children of pid, from /proc.
QList<qint64> childrenOf(qint64 pid)
{
    QList<qint64> children;
    const QStringList entries = QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &entry : entries) {
        bool numeric = false;
        const qint64 candidate = entry.toLongLong(&numeric);
        if (!numeric)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(entry));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        // Format: pid (comm) state ppid ...; comm may contain spaces, so parse after the last ')'.
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (fields.size() > 1 && fields.at(1).toLongLong() == pid)
            children.append(candidate);
    }
    return children;
}

} // namespace

SshdFixture::SshdFixture()
    : SshdFixture(Options{})
{
}

SshdFixture::SshdFixture(Options options)
    : m_options(std::move(options))
{
}

SshdFixture::~SshdFixture()
{
    stop();
}

QString SshdFixture::user() const
{
    const passwd *entry = getpwuid(geteuid());
    return entry ? QString::fromLocal8Bit(entry->pw_name) : qEnvironmentVariable("USER");
}

QString SshdFixture::destination() const
{
    return QStringLiteral("%1@%2:%3").arg(user(), host()).arg(m_port);
}

QString SshdFixture::workDir() const
{
    return m_dir ? m_dir->path() : QString();
}

QString SshdFixture::clientKeyFile() const
{
    return workDir() + QLatin1String("/client_ed25519");
}

QString SshdFixture::recordDir() const
{
    return workDir() + QLatin1String("/record");
}

QString SshdFixture::binDir() const
{
    return workDir() + QLatin1String("/bin");
}

QString SshdFixture::knownHostsPath(const QString &name) const
{
    return workDir() + QLatin1String("/known_hosts_") + name;
}

bool SshdFixture::writeFile(const QString &name, const QByteArray &content, bool executable) const
{
    QFile file(name.startsWith(QLatin1Char('/')) ? name : workDir() + QLatin1Char('/') + name);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(content) != content.size())
        return false;
    if (executable)
        file.setPermissions(file.permissions() | QFile::ExeOwner | QFile::ExeGroup | QFile::ExeOther);
    return true;
}

bool SshdFixture::generateHostKey(QString *error)
{
    const QString key = workDir() + QLatin1String("/ssh_host_ed25519_key");
    QFile::remove(key);
    QFile::remove(key + QLatin1String(".pub"));
    return run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                               QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                               QStringLiteral("fixture-host"), QStringLiteral("-f"), key},
               error);
}

namespace {

/// The slow stand-in for `gromox-import -v` (setSlowImporter): reads a GXMT stream frame by frame
/// like the real importer (header, folder map, name map, then size-prefixed frames), spends a
/// fixed time per message (msPerMessage + size / bytesPerSecond, like a store writing at a steady
/// rate) and prints the lines gromox-import -v prints. It touches first-byte when the first bytes
/// arrive and writes its counts to slow-done at the end, for the benchmark. Perl because it is on
/// every Debian system and reads binary framing more simply than sh.
const char kSlowImporter[] = R"perl(
use strict;
my ($rec, $rate, $perMessageMs) = @ARGV;
binmode STDIN;
$| = 1;
sub take {
    my ($n) = @_;
    my $buf = '';
    while (length($buf) < $n) {
        my $got = read(STDIN, $buf, $n - length($buf), length($buf));
        die "stand-in importer: PG-1006: the stream ended inside a record\n" unless $got;
    }
    return $buf;
}
sub u64 { my ($lo, $hi) = unpack('VV', $_[0]); return $hi * 4294967296 + $lo; }
my $header = take(10);
my $mark;
open($mark, '>', "$rec/first-byte") and close($mark);
take(u64(take(8))) for 1 .. 2; # folder map, then name map
my ($folders, $messages) = (0, 0);
while (1) {
    my $size = '';
    last unless read(STDIN, $size, 8);
    $size .= take(8 - length($size)) if length($size) < 8;
    my $body = take(u64($size));
    my $type = unpack('V', $body);
    if ($type == 3) {
        ++$folders;
        printf STDERR "exm: Created folder \"stand-in %d\" (fid=0x%x)\n", $folders, 0x100000 + $folders;
    } elsif ($type == 5) {
        select(undef, undef, undef, $perMessageMs / 1000 + length($body) / $rate);
        ++$messages;
        printf STDERR "Created new message f%d:m%d\n", 65536, 2097152 + $messages;
    }
}
my $done;
open($done, '>', "$rec/slow-done") and print $done "$folders $messages\n";
exit 0;
)perl";

} // namespace

void SshdFixture::writeFakeImporters() const
{
    const QByteArray rec = recordDir().toLocal8Bit();
    const QByteArray verify = m_options.verifyProgram.toLocal8Bit();
    const QByteArray recordArgs = "rec='" + rec + "'\n"
                                  "basename \"$0\" > \"$rec/program\"\n"
                                  ": > \"$rec/argv\"\n"
                                  "for a in \"$@\"; do printf '%s\\0' \"$a\" >> \"$rec/argv\"; done\n";
    // Slow mode (setSlowImporter) replaces the whole fake with the stand-in, before any recording,
    // so that the benchmark measures transport and importer pace only.
    const QByteArray slow = "rec='" + rec + "'\n"
        "if [ -f \"$rec/slow\" ]; then exec perl \"$(dirname \"$0\")/slow-importer.pl\" \"$rec\" $(cat \"$rec/slow\"); fi\n";
    const QByteArray forced = "if [ -f \"$rec/force-exit\" ]; then\n"
                              "  [ -f \"$rec/force-read\" ] && cat > /dev/null\n"
                              "  cat \"$rec/force-stderr\" >&2\n"
                              "  exit \"$(cat \"$rec/force-exit\")\"\n"
                              "fi\n"
                              "if [ -f \"$rec/sink\" ]; then\n"
                              "  cat > /dev/null\n"
                              "  echo 'fake-gromox-import: discarded the stream' >&2\n"
                              "  exit 0\n"
                              "fi\n";
    // Per-user records (users/<user>/) keep several concurrent imports apart (migration runs);
    // the top-level files describe the latest run. A drop-<user> file makes the importer read that
    // many bytes and then SIGKILL its own sshd session processes: that one connection dies
    // mid-stream while others go on.
    // Every run for a user also keeps argv.<n>, stream.<n> and status.<n> (n counts from 1).
    // A pause-<user> file (one-shot) makes the importer read that many bytes, create
    // paused-<user> and wait for continue-<user> before it reads on: a server that is slow for a
    // while, so the sender's writes block (back-pressure).
    const QByteArray perUser = "user=''; prev=''\n"
        "for a in \"$@\"; do [ \"$prev\" = '-u' ] && user=\"$a\"; prev=\"$a\"; done\n"
        "key=$(printf '%s' \"$user\" | tr -c 'A-Za-z0-9@._-' '_')\n"
        "udir=\"$rec/users/$key\"\n"
        "mkdir -p \"$udir\"\n"
        "run=$(( $(cat \"$udir/runs\" 2>/dev/null || echo 0) + 1 ))\n"
        "echo \"$run\" > \"$udir/runs\"\n"
        "for a in \"$@\"; do printf '%s\\0' \"$a\" >> \"$udir/argv.$run\"; done\n"
        "feed() {\n"
        "  if [ -f \"$rec/pause-$key\" ]; then\n"
        "    n=$(cat \"$rec/pause-$key\"); rm -f \"$rec/pause-$key\"\n"
        "    head -c \"$n\"\n"
        "    : > \"$rec/paused-$key\"\n"
        "    while [ ! -f \"$rec/continue-$key\" ]; do sleep 0.05; done\n"
        "    rm -f \"$rec/paused-$key\" \"$rec/continue-$key\"\n"
        "  fi\n"
        "  cat\n"
        "}\n"
        "if [ -f \"$rec/drop-$key\" ]; then\n"
        "  head -c \"$(cat \"$rec/drop-$key\")\" > /dev/null\n"
        "  listener=$(cat '" + workDir().toLocal8Bit() + "/sshd.pid')\n"
        "  p=$$\n"
        "  while p=$(ps -o ppid= -p \"$p\" | tr -d ' '); [ -n \"$p\" ] && [ \"$p\" -gt 1 ] && [ \"$p\" != \"$listener\" ]; do\n"
        "    [ \"$(ps -o comm= -p \"$p\")\" = sshd ] && kill -9 \"$p\"\n"
        "  done\n"
        "  exit 255\n"
        "fi\n";
    // With the fake grommunio-admin, only its mailboxes can be imported into (Gromox checks the
    // username before reading anything, gxmt-format.md §9.5).
    const QByteArray knownUser = m_options.installGrommunioAdmin
        ? QByteArray("if ! grep -qxF -- \"$user\" \"$rec/admin-users\" 2>/dev/null; then\n"
                     "  echo \"exm: No such username \\\"$user\\\"\" >&2\n"
                     "  exit 1\n"
                     "fi\n")
        : QByteArray();
    // Like Gromox, refuse a root folder whose name (case and trailing spaces/dots ignored) an
    // earlier import already created in this mailbox, unless -x asks to reuse it (gxmt-format.md
    // §8.1). Names within one stream are verify-mt's business; this covers repeated imports.
    const QByteArray refuseExistingRoots = QByteArray(
        "if [ \"$st\" = 0 ]; then\n"
        "  \"$verify\" verify-mt --dump \"$udir/stream\" 2>/dev/null | awk '/^folder nid/ {exit} / create 1 /' \\\n"
        "    | sed 's/^.* target \\(0x[0-9a-f]*\\)  \"\\(.*\\)\"$/\\1 \\2/; s/[ .]*$//' | tr 'A-Z' 'a-z' > \"$udir/new-roots\"\n"
        "  reuse=0; for a in \"$@\"; do [ \"$a\" = -x ] && reuse=1; done\n"
        "  touch \"$udir/roots\"\n"
        "  if [ \"$reuse\" = 0 ] && grep -qxFf \"$udir/new-roots\" \"$udir/roots\"; then\n"
        "    echo 'A folder or item cannot be created because one with the same name or other criteria already exists' >> \"$udir/verify.out\"\n"
        "    echo 'PG-1122: Input/output error' >> \"$udir/verify.out\"\n"
        "    st=1\n"
        "  else\n"
        "    sort -u \"$udir/roots\" \"$udir/new-roots\" > \"$udir/roots.new\"; mv \"$udir/roots.new\" \"$udir/roots\"\n"
        "  fi\n"
        "fi\n");
    const QByteArray importer = "#!/bin/sh\n" + slow + recordArgs + forced + perUser + knownUser + "verify='" + verify + "'\n"
        "if [ -z \"$verify\" ]; then\n"
        "  feed > \"$udir/stream\"\n"
        "  cp \"$udir/stream\" \"$rec/stream\"; cp \"$udir/stream\" \"$udir/stream.$run\"\n"
        "  echo 0 > \"$udir/status\"; echo 0 > \"$udir/status.$run\"\n"
        "  echo 'fake-gromox-import: stored the stream' >&2\n"
        "  exit 0\n"
        "fi\n"
        "feed | tee \"$udir/stream\" | \"$verify\" verify-mt - > \"$udir/verify.out\" 2>&1\n"
        "st=$?\n"
        + refuseExistingRoots +
        "echo \"$st\" > \"$udir/status\"; echo \"$st\" > \"$udir/status.$run\"\n"
        "cp \"$udir/stream\" \"$rec/stream\"; cp \"$udir/verify.out\" \"$rec/verify.out\"\n"
        "cp \"$udir/stream\" \"$udir/stream.$run\"\n"
        "sed 's/^/fake-gromox-import: verify-mt: /' \"$udir/verify.out\" >&2\n"
        "echo \"fake-gromox-import: verify-mt exit status $st\" >&2\n"
        "exit $st\n";
    const QByteArray revision = m_options.mt2exmRevision.toLatin1();
    const QByteArray mt2exm = "#!/bin/sh\n" + recordArgs + forced
        + "magic=$(head -c 8)\n"
          "if [ \"$magic\" != 'GXMT" + revision + "' ]; then\n"
          "  echo \"mt2exm: Exception: PG-1127: Input is from an unsupported version. Observed signature "
          "\\\"$magic\\\", but only \\\"GXMT" + revision + "\\\" is understood.\" >&2\n"
          "  exit 1\n"
          "fi\n"
          "{ printf '%s' \"$magic\"; cat; } > \"$rec/stream\"\n"
          "exit 0\n";
    if (m_options.installGromoxImport)
        writeFile(binDir() + QLatin1String("/gromox-import"), importer, true);
    if (m_options.installGrommunioAdmin) {
        // Only what the migration uses: `user query [username]` prints a header line and one
        // username per line (the "pretty" table of one column), `user create NAME` adds NAME.
        const QByteArray admin = "#!/bin/sh\n"
            "rec='" + rec + "'\n"
            "printf '%s ' \"$@\" >> \"$rec/admin-calls\"; echo >> \"$rec/admin-calls\"\n"
            "touch \"$rec/admin-users\"\n"
            "[ \"$1\" = user ] || { echo \"grommunio-admin: unsupported command $1\" >&2; exit 2; }\n"
            "case \"$2\" in\n"
            "query) echo username; cat \"$rec/admin-users\"; exit 0 ;;\n"
            "create)\n"
            "  [ -n \"$3\" ] || { echo 'usage: grommunio-admin user create username' >&2; exit 2; }\n"
            "  if grep -qxF -- \"$3\" \"$rec/admin-refuse\" 2>/dev/null; then\n"
            "    echo 'Could not create user: refused by the test' >&2; exit 0\n"
            "  fi\n"
            "  printf '%s\\n' \"$3\" >> \"$rec/admin-users\"\n"
            "  echo \"username: $3\"; exit 0 ;;\n"
            "*) echo \"grommunio-admin: unsupported user command $2\" >&2; exit 2 ;;\n"
            "esac\n";
        writeFile(binDir() + QLatin1String("/grommunio-admin"), admin, true);
        writeFile(recordDir() + QLatin1String("/admin-users"), {});
    }
    writeFile(binDir() + QLatin1String("/gromox-mt2exm"), mt2exm, true);
    // The package query of the server facts (`rpm -q --qf '%{VERSION}\n' gromox`): the version set
    // by setGromoxVersion(), else "not installed" as on a machine without rpm.
    writeFile(binDir() + QLatin1String("/rpm"),
        "#!/bin/sh\nrec='" + rec + "'\n[ -s \"$rec/gromox-version\" ] || exit 1\ncat \"$rec/gromox-version\"\n", true);
    writeFile(binDir() + QLatin1String("/slow-importer.pl"), QByteArray(kSlowImporter), true);
}

bool SshdFixture::start(QString *error)
{
    if (!QFile::exists(QString::fromLatin1(kSshd))) {
        *error = QStringLiteral("%1 is not installed (Debian package openssh-server)").arg(QString::fromLatin1(kSshd));
        return false;
    }
    m_dir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid()) {
        *error = QStringLiteral("cannot create a temporary directory");
        return false;
    }
    // sshd refuses host keys and authorized_keys in group/world-writable places; the temporary
    // directory is 0700 already.
    QDir().mkpath(binDir());
    QDir().mkpath(recordDir());
    if (geteuid() == 0)
        QDir().mkpath(QStringLiteral("/run/sshd")); // privilege separation directory
    if (!generateHostKey(error))
        return false;
    if (!run(QStringLiteral("ssh-keygen"), {QStringLiteral("-q"), QStringLiteral("-t"), QStringLiteral("ed25519"),
                                            QStringLiteral("-N"), QString(), QStringLiteral("-C"),
                                            QStringLiteral("fixture-client"), QStringLiteral("-f"), clientKeyFile()},
             error))
        return false;
    QFile::copy(clientKeyFile() + QLatin1String(".pub"), workDir() + QLatin1String("/authorized_keys"));
    writeFakeImporters();

    m_port = freePort();
    const QString dir = workDir();
    const QByteArray config = QStringLiteral(
        "Port %1\n"
        "ListenAddress 127.0.0.1\n"
        "HostKey %2/ssh_host_ed25519_key\n"
        "PidFile %2/sshd.pid\n"
        "AuthorizedKeysFile %2/authorized_keys\n"
        "StrictModes no\n"
        "UsePAM no\n"
        "PermitRootLogin yes\n"
        "PubkeyAuthentication yes\n"
        "PasswordAuthentication %4\n"
        "KbdInteractiveAuthentication no\n"
        "AllowAgentForwarding no\n"
        "X11Forwarding no\n"
        "PrintMotd no\n"
        "MaxStartups 50\n"
        "SetEnv PATH=%3:/usr/local/bin:/usr/bin:/bin\n")
                                  .arg(m_port)
                                  .arg(dir, binDir(),
                                       m_options.passwordAuthentication ? QStringLiteral("yes") : QStringLiteral("no"))
                                  .toLocal8Bit();
    if (!writeFile(QStringLiteral("sshd_config"), config)) {
        *error = QStringLiteral("cannot write sshd_config");
        return false;
    }
    return launch(error);
}

bool SshdFixture::launch(QString *error)
{
    m_sshd = std::make_unique<QProcess>();
    m_sshd->setStandardOutputFile(workDir() + QLatin1String("/sshd.log"), QIODevice::Append);
    m_sshd->setStandardErrorFile(workDir() + QLatin1String("/sshd.log"), QIODevice::Append);
    m_sshd->start(QString::fromLatin1(kSshd),
                  {QStringLiteral("-D"), QStringLiteral("-e"), QStringLiteral("-f"), workDir() + QLatin1String("/sshd_config")});
    if (!m_sshd->waitForStarted(10000)) {
        *error = QStringLiteral("sshd did not start: %1").arg(m_sshd->errorString());
        return false;
    }
    const QDeadlineTimer deadline(15000);
    while (!deadline.hasExpired()) {
        if (m_sshd->state() != QProcess::Running) {
            *error = QStringLiteral("sshd exited: %1").arg(QString::fromLocal8Bit(log()));
            return false;
        }
        QTcpSocket probe;
        probe.connectToHost(host(), m_port);
        if (probe.waitForConnected(500)) {
            probe.disconnectFromHost();
            return true;
        }
        QThread::msleep(50);
    }
    *error = QStringLiteral("sshd did not accept connections on port %1: %2").arg(m_port).arg(QString::fromLocal8Bit(log()));
    return false;
}

void SshdFixture::stop()
{
    if (!m_sshd)
        return;
    killSessions();
    m_sshd->terminate();
    if (!m_sshd->waitForFinished(5000)) {
        m_sshd->kill();
        m_sshd->waitForFinished(5000);
    }
    m_sshd.reset();
}

bool SshdFixture::rotateHostKey(QString *error)
{
    stop();
    if (!generateHostKey(error))
        return false;
    return launch(error);
}

QString SshdFixture::hostKeyFingerprint() const
{
    QByteArray output;
    if (!run(QStringLiteral("ssh-keygen"), {QStringLiteral("-l"), QStringLiteral("-E"), QStringLiteral("sha256"),
                                            QStringLiteral("-f"), workDir() + QLatin1String("/ssh_host_ed25519_key.pub")},
             nullptr, &output))
        return {};
    return QString::fromLatin1(output).section(QLatin1Char(' '), 1, 1);
}

QByteArray SshdFixture::knownHostsLine() const
{
    QFile pub(workDir() + QLatin1String("/ssh_host_ed25519_key.pub"));
    if (!pub.open(QIODevice::ReadOnly))
        return {};
    const QList<QByteArray> fields = pub.readAll().trimmed().split(' ');
    return "[" + host().toLatin1() + "]:" + QByteArray::number(m_port) + ' ' + fields.value(0) + ' ' + fields.value(1) + '\n';
}

bool SshdFixture::writeKnownHosts(const QString &path) const
{
    QFile file(path);
    const QByteArray line = knownHostsLine();
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(line) == line.size();
}

QStringList SshdFixture::recordedArguments() const
{
    QFile file(recordDir() + QLatin1String("/argv"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QStringList arguments;
    QList<QByteArray> parts = file.readAll().split('\0');
    if (!parts.isEmpty() && parts.last().isEmpty())
        parts.removeLast();
    for (const QByteArray &part : parts)
        arguments.append(QString::fromUtf8(part));
    return arguments;
}

QString SshdFixture::recordedProgram() const
{
    QFile file(recordDir() + QLatin1String("/program"));
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll().trimmed()) : QString();
}

QByteArray SshdFixture::recordedStream() const
{
    QFile file(recordDir() + QLatin1String("/stream"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void SshdFixture::forceImporterExit(int status, const QByteArray &stderrText, bool readInputFirst)
{
    if (readInputFirst)
        writeFile(recordDir() + QLatin1String("/force-read"), {});
    else
        QFile::remove(recordDir() + QLatin1String("/force-read"));
    writeFile(recordDir() + QLatin1String("/force-stderr"), stderrText);
    writeFile(recordDir() + QLatin1String("/force-exit"), QByteArray::number(status));
}

namespace {
/// The importer's file-name key for a target user (same rule as the script's tr -c).
QString userKey(const QString &user)
{
    QString key = user;
    for (QChar &c : key) {
        if (!(c.isLetterOrNumber() && c.unicode() < 128) && c != QLatin1Char('@') && c != QLatin1Char('.')
            && c != QLatin1Char('_') && c != QLatin1Char('-'))
            c = QLatin1Char('_');
    }
    return key;
}
} // namespace

QByteArray SshdFixture::recordedStreamFor(const QString &user) const
{
    QFile file(recordDir() + QLatin1String("/users/") + userKey(user) + QLatin1String("/stream"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

int SshdFixture::recordedStatusFor(const QString &user) const
{
    QFile file(recordDir() + QLatin1String("/users/") + userKey(user) + QLatin1String("/status"));
    bool ok = false;
    const int status = file.open(QIODevice::ReadOnly) ? file.readAll().trimmed().toInt(&ok) : -1;
    return ok ? status : -1;
}

void SshdFixture::dropConnectionFor(const QString &user, qint64 afterBytes)
{
    const QString marker = recordDir() + QLatin1String("/drop-") + userKey(user);
    if (afterBytes < 0)
        QFile::remove(marker);
    else
        writeFile(marker, QByteArray::number(afterBytes));
}

QList<SshdFixture::ImporterRun> SshdFixture::recordedRunsFor(const QString &user) const
{
    const QString dir = recordDir() + QLatin1String("/users/") + userKey(user);
    auto read = [&](const QString &name) {
        QFile file(dir + QLatin1Char('/') + name);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    };
    QList<ImporterRun> runs;
    const int count = read(QStringLiteral("runs")).trimmed().toInt();
    for (int n = 1; n <= count; ++n) {
        ImporterRun run;
        QList<QByteArray> parts = read(QStringLiteral("argv.%1").arg(n)).split('\0');
        if (!parts.isEmpty() && parts.last().isEmpty())
            parts.removeLast();
        for (const QByteArray &part : parts)
            run.arguments.append(QString::fromUtf8(part));
        run.stream = read(QStringLiteral("stream.%1").arg(n));
        bool ok = false;
        const int status = read(QStringLiteral("status.%1").arg(n)).trimmed().toInt(&ok);
        run.status = ok ? status : -1;
        runs.append(run);
    }
    return runs;
}

void SshdFixture::pauseImportFor(const QString &user, qint64 afterBytes)
{
    const QString key = userKey(user);
    for (const char *name : {"/paused-", "/continue-"})
        QFile::remove(recordDir() + QLatin1String(name) + key);
    if (afterBytes < 0)
        QFile::remove(recordDir() + QLatin1String("/pause-") + key);
    else
        writeFile(recordDir() + QLatin1String("/pause-") + key, QByteArray::number(afterBytes));
}

bool SshdFixture::waitUntilImportPaused(const QString &user, int timeoutMs) const
{
    const QString marker = recordDir() + QLatin1String("/paused-") + userKey(user);
    QDeadlineTimer deadline(timeoutMs);
    while (!QFile::exists(marker)) {
        if (deadline.hasExpired())
            return false;
        QThread::msleep(20);
    }
    return true;
}

void SshdFixture::continueImportFor(const QString &user)
{
    writeFile(recordDir() + QLatin1String("/continue-") + userKey(user), {});
}

void SshdFixture::setSlowImporter(double bytesPerSecond, int msPerMessage)
{
    QFile::remove(recordDir() + QLatin1String("/first-byte"));
    QFile::remove(recordDir() + QLatin1String("/slow-done"));
    if (bytesPerSecond > 0)
        writeFile(recordDir() + QLatin1String("/slow"),
            QByteArray::number(bytesPerSecond, 'f', 0) + ' ' + QByteArray::number(msPerMessage));
    else
        QFile::remove(recordDir() + QLatin1String("/slow"));
}

void SshdFixture::setSinkMode(bool on)
{
    if (on)
        writeFile(recordDir() + QLatin1String("/sink"), {});
    else
        QFile::remove(recordDir() + QLatin1String("/sink"));
}

QStringList SshdFixture::mailboxes() const
{
    QFile file(recordDir() + QLatin1String("/admin-users"));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

void SshdFixture::addMailbox(const QString &user)
{
    QFile file(recordDir() + QLatin1String("/admin-users"));
    if (file.open(QIODevice::Append))
        file.write(user.toUtf8() + '\n');
}

void SshdFixture::refuseMailboxCreation(const QString &user)
{
    QFile file(recordDir() + QLatin1String("/admin-refuse"));
    if (file.open(QIODevice::Append))
        file.write(user.toUtf8() + '\n');
}

void SshdFixture::setGromoxVersion(const QString &version)
{
    if (version.isEmpty())
        QFile::remove(recordDir() + QLatin1String("/gromox-version"));
    else
        writeFile(recordDir() + QLatin1String("/gromox-version"), version.toLatin1() + '\n');
}

void SshdFixture::clearImporterBehaviour()
{
    for (const char *name : {"force-exit", "force-stderr", "force-read", "sink", "argv", "stream", "program"})
        QFile::remove(recordDir() + QLatin1Char('/') + QLatin1String(name));
    const QStringList drops = QDir(recordDir()).entryList(
        {QStringLiteral("drop-*"), QStringLiteral("pause-*"), QStringLiteral("paused-*"), QStringLiteral("continue-*")},
        QDir::Files);
    for (const QString &drop : drops)
        QFile::remove(recordDir() + QLatin1Char('/') + drop);
}

int SshdFixture::killSessions()
{
    if (!m_sshd || m_sshd->state() != QProcess::Running)
        return 0;
    // Collect the whole tree first, then kill: killing a parent re-parents its children.
    QList<qint64> pending = childrenOf(m_sshd->processId());
    QList<qint64> all;
    while (!pending.isEmpty()) {
        const qint64 pid = pending.takeFirst();
        all.append(pid);
        pending.append(childrenOf(pid));
    }
    for (const qint64 pid : all)
        ::kill(pid_t(pid), SIGKILL);
    return int(all.size());
}

QByteArray SshdFixture::log() const
{
    QFile file(workDir() + QLatin1String("/sshd.log"));
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace mig::test
