#pragma once

// Helpers shared by the PST tests: an independent view of a PST through pffexport (pff-tools), and
// a minimal, independent GXMT frame scanner.

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QString>

namespace mig::test {

/// One folder as pffexport saw it.
struct PffFolder {
    quint32 id = 0;      ///< node id; 0 for the root (pffexport does not print it)
    QString path;        ///< real names from the root joined by "/", root = ""
    QString dir;         ///< export directory, with a trailing "/"
    int items = 0;       ///< items pffexport exported plus those it skipped ("Skipped export of item")
};

/// One attachment file pffexport saved.
struct PffAttachmentFile {
    int index = 0;       ///< 0-based attachment number
    QString file;
};

/// What `pffexport -m items -f text -l LOG` produced for one PST.
struct PffExportView {
    bool ok = false;
    QString error;
    QList<PffFolder> folders;          ///< storage order, root first
    QHash<quint32, QString> itemDirs;  ///< export directory of every exported message (also embedded ones)
    QList<quint32> topLevelItems;      ///< messages exported directly from a folder
};

/// The attachments pffexport wrote for the message exported to itemDir: by-value files ("<n>_name")
/// and embedded-message directories ("Attachment<n>"), by 0-based attachment number.
QList<PffAttachmentFile> pffAttachments(const QString &itemDir);

/// Adds a "file" column and one QTest row per file of the shared test data's subdir.
void addTestDataRows(const QString &subdir, const QStringList &skippedSuffixes = {});

/// Runs pffexport on pst into workDir and parses its log.
PffExportView runPffExport(const QString &pst, const QString &workDir);

/// pffinfo's "File content type", "File type" and "Encryption type" lines, lower-case.
struct PffInfo {
    QString contentType; ///< "personal storage tables (pst)", "offline storage tables (ost)"
    QString fileType;    ///< "32-bit", "64-bit"
    QString encryption;  ///< "none", "compressible", "high"
};
PffInfo runPffInfo(const QString &pst);

/// Frames of a GXMT stream, read without the engine's reader (gxmt-format.md §2-§6).
struct StreamScan {
    bool ok = false;
    QString error;
    QByteArray magic;
    bool splice = false;
    struct MapEntry {
        quint64 nid;
        bool create;
        quint64 target;
        QString name;
    };
    QList<MapEntry> folderMap;
    int folderFrames = 0;
    int messageFrames = 0;
    int namedPropFrames = 0;
    QList<quint64> messageNids;
    QList<quint64> folderNids;
};
StreamScan scanStream(const QByteArray &stream);

} // namespace mig::test
