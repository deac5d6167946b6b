#include "TestPstSupport.h"

#include "TestEnvironment.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTest>
#include <QtEndian>

namespace mig::test {

void addTestDataRows(const QString &subdir)
{
    addTestDataRows(subdir, {});
}

void addTestDataRows(const QString &subdir, const QStringList &exceptSuffixes)
{
    QTest::addColumn<QString>("file");
    for (const QString &file : testDataFiles(subdir)) {
        const bool excepted = std::any_of(exceptSuffixes.cbegin(), exceptSuffixes.cend(),
            [&file](const QString &suffix) { return file.endsWith(suffix, Qt::CaseInsensitive); });
        if (!excepted)
            QTest::newRow(qPrintable(QFileInfo(file).fileName())) << file;
    }
}

PffExportView runPffExport(const QString &pst, const QString &workDir)
{
    PffExportView view;
    const QString target = workDir + QStringLiteral("/x");
    const QString logFile = workDir + QStringLiteral("/pffexport.log");
    const ProcessResult result = runProcess(QStringLiteral("pffexport"),
                                            {QStringLiteral("-m"), QStringLiteral("items"), QStringLiteral("-f"), QStringLiteral("text"),
                                             QStringLiteral("-l"), logFile, QStringLiteral("-t"), target, pst});
    if (result.exitCode != 0 || result.crashed) {
        view.error = QStringLiteral("pffexport failed: ") + QString::fromUtf8(result.err);
        return view;
    }
    QFile log(logFile);
    if (!log.open(QIODevice::ReadOnly)) {
        view.error = QStringLiteral("no pffexport log");
        return view;
    }
    // The log names directories starting with the target as given on the command line.
    const QString rootPrefix = target + QStringLiteral(".export/");
    QHash<QString, qsizetype> folderByDir;
    view.folders.append({0, QString(), rootPrefix, 0});
    folderByDir.insert(rootPrefix, 0);

    static const QRegularExpression processing(QStringLiteral("^Processing ([a-z ]+): \\d+ \\(identifier: (\\d+)\\) in path: (.*)$"));
    static const QRegularExpression savedFolder(QStringLiteral("^Saving folder with name: (.*) as: (.*)$"));
    static const QRegularExpression created(QStringLiteral("^Created directory: (.*)\\.$"));
    static const QRegularExpression skipped(QStringLiteral("^Skipped export of item: \\d+ out of: \\d+"));

    enum class Pending { None, Folder, Item };
    Pending pending = Pending::None;
    quint32 pendingId = 0;
    QString pendingParent;
    QString pendingName;
    qsizetype currentFolder = 0; // whose messages pffexport is processing (for "Skipped export" lines)
    bool pendingTopLevel = false;

    const QStringList lines = QString::fromUtf8(log.readAll()).split(QLatin1Char('\n'));
    for (const QString &line : lines) {
        if (const auto m = processing.match(line); m.hasMatch()) {
            pendingId = m.captured(2).toUInt();
            pendingParent = m.captured(3);
            pendingName.clear();
            if (m.captured(1) == QLatin1String("folder")) {
                pending = Pending::Folder;
            } else {
                pending = Pending::Item;
                pendingTopLevel = folderByDir.contains(pendingParent);
                if (const auto it = folderByDir.constFind(pendingParent); it != folderByDir.constEnd()) {
                    ++view.folders[*it].items;
                    currentFolder = *it;
                }
            }
        } else if (const auto m = savedFolder.match(line); m.hasMatch()) {
            pendingName = m.captured(1);
        } else if (const auto m = created.match(line); m.hasMatch()) {
            const QString dir = m.captured(1) + QLatin1Char('/');
            if (pending == Pending::Folder) {
                const auto parent = folderByDir.constFind(pendingParent);
                const QString parentPath = parent == folderByDir.constEnd() ? QString() : view.folders.at(*parent).path;
                PffFolder folder;
                folder.id = pendingId;
                folder.path = parentPath.isEmpty() ? pendingName : parentPath + QLatin1Char('/') + pendingName;
                folder.dir = dir;
                folderByDir.insert(dir, view.folders.size());
                currentFolder = view.folders.size();
                view.folders.append(folder);
            } else if (pending == Pending::Item) {
                view.itemDirs.insert(pendingId, dir);
                if (pendingTopLevel)
                    view.topLevelItems.append(pendingId);
            }
            pending = Pending::None;
        } else if (skipped.match(line).hasMatch()) {
            ++view.folders[currentFolder].items;
        }
    }
    view.ok = true;
    return view;
}

QList<PffAttachmentFile> pffAttachments(const QString &itemDir)
{
    QList<PffAttachmentFile> files;
    static const QRegularExpression numbered(QStringLiteral("^(?:(\\d+)_.*|Attachment(\\d+))$"));
    const QDir dir(itemDir + QStringLiteral("Attachments"));
    for (const QString &name : dir.entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot)) {
        const auto m = numbered.match(name);
        if (!m.hasMatch())
            continue;
        const QString number = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        files.append({number.toInt() - 1, dir.filePath(name)});
    }
    return files;
}

PffInfo runPffInfo(const QString &pst)
{
    PffInfo info;
    const ProcessResult result = runProcess(QStringLiteral("pffinfo"), {pst});
    for (const QString &line : QString::fromUtf8(result.out).split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        const qsizetype colon = trimmed.indexOf(QLatin1Char(':'));
        if (colon < 0)
            continue;
        const QString key = trimmed.left(colon).trimmed();
        const QString value = trimmed.mid(colon + 1).trimmed().toLower();
        if (key == QLatin1String("File content type"))
            info.contentType = value;
        else if (key == QLatin1String("File type"))
            info.fileType = value;
        else if (key == QLatin1String("Encryption type"))
            info.encryption = value;
    }
    return info;
}

namespace {

class Cursor {
public:
    explicit Cursor(const QByteArray &data)
        : m_data(data)
    {
    }
    bool has(qsizetype n) const { return m_pos + n <= m_data.size(); }
    template <typename T>
    T read()
    {
        const T value = qFromLittleEndian<T>(m_data.constData() + m_pos);
        m_pos += sizeof(T);
        return value;
    }
    QString cstr()
    {
        const qsizetype end = m_data.indexOf('\0', m_pos);
        const QString s = QString::fromUtf8(m_data.mid(m_pos, end - m_pos));
        m_pos = end + 1;
        return s;
    }
    qsizetype pos() const { return m_pos; }
    void skip(qsizetype n) { m_pos += n; }

private:
    const QByteArray &m_data;
    qsizetype m_pos = 0;
};

} // namespace

StreamScan scanStream(const QByteArray &stream)
{
    StreamScan scan;
    if (stream.size() < 10 || !stream.startsWith("GXMT000")) {
        scan.error = QStringLiteral("no GXMT magic");
        return scan;
    }
    scan.magic = stream.left(8);
    const bool wideNids = scan.magic == "GXMT0005";
    Cursor c(stream);
    c.skip(8);
    scan.splice = c.read<quint8>() != 0;
    c.read<quint8>();
    const quint64 fmSize = c.read<quint64>();
    const qsizetype fmEnd = c.pos() + qsizetype(fmSize);
    const quint64 entries = c.read<quint64>();
    for (quint64 i = 0; i < entries; ++i) {
        StreamScan::MapEntry e{};
        e.nid = wideNids ? c.read<quint64>() : c.read<quint32>();
        e.create = c.read<quint8>() != 0;
        e.target = c.read<quint64>();
        e.name = c.cstr();
        scan.folderMap.append(e);
    }
    if (c.pos() != fmEnd) {
        scan.error = QStringLiteral("folder map size mismatch");
        return scan;
    }
    const quint64 npSize = c.read<quint64>();
    c.skip(qsizetype(npSize));
    while (c.has(8)) {
        const quint64 size = c.read<quint64>();
        const qsizetype start = c.pos();
        if (!c.has(qsizetype(size)) || size < 4) {
            scan.error = QStringLiteral("truncated frame at %1").arg(start);
            return scan;
        }
        const quint32 type = c.read<quint32>();
        const quint64 nid = wideNids ? c.read<quint64>() : c.read<quint32>();
        if (type == 3) {
            ++scan.folderFrames;
            scan.folderNids.append(nid);
        } else if (type == 5) {
            ++scan.messageFrames;
            scan.messageNids.append(nid);
        } else if (type == 250) {
            ++scan.namedPropFrames;
        }
        c.skip(qsizetype(size) - (c.pos() - start));
    }
    if (c.pos() != stream.size()) {
        scan.error = QStringLiteral("trailing bytes");
        return scan;
    }
    scan.ok = true;
    return scan;
}

} // namespace mig::test
