#include "exchange/ExportReadiness.h"

#include "exchange/ExportScript.h"
#include "exchange/PstCompleteness.h"
#include "sources/Source.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

namespace mig::exchange {
QHash<QString, QString> readStatusFile(const QString &path)
{
    QHash<QString, QString> entries;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return entries;
    QByteArray data = file.readAll();
    if (data.startsWith("\xEF\xBB\xBF"))
        data.remove(0, 3);
    for (const QByteArray &rawLine : data.split('\n')) {
        const QString line = QString::fromUtf8(rawLine).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype tab = line.indexOf(QLatin1Char('\t'));
        entries.insert(tab < 0 ? line : line.left(tab).trimmed(), tab < 0 ? QString() : line.mid(tab + 1).trimmed());
    }
    return entries;
}

ExportReadiness::ExportReadiness(int settleSeconds)
    : m_settleSeconds(settleSeconds)
{
}

ExportReadiness::Verdict ExportReadiness::check(const QString &pstPath, const QDateTime &now)
{
    const QFileInfo info(pstPath);
    const QDir dir = info.absoluteDir();
    const QHash<QString, QString> failed = readStatusFile(dir.filePath(exportsFailedFileName()));
    if (failed.contains(info.fileName()))
        return { State::Failed,
            QCoreApplication::translate("mig::exchange", "the Exchange export of %1 ended as \"%2\" (see Get-MailboxExportRequestStatistics)")
                .arg(info.fileName(), failed.value(info.fileName())) };
    if (!QFileInfo::exists(pstPath))
        return { State::Waiting, QCoreApplication::translate("mig::exchange", "%1 is not there yet").arg(pstPath) };

    const QString donePath = dir.filePath(exportsDoneFileName());
    if (QFileInfo::exists(donePath)) {
        if (!readStatusFile(donePath).contains(info.fileName()))
            return { State::Waiting, QCoreApplication::translate("mig::exchange", "%1 is not listed in %2 yet").arg(info.fileName(), exportsDoneFileName()) };
    } else {
        QFileInfo fresh(pstPath);
        fresh.setCaching(false);
        Observation &seen = m_seen[pstPath];
        if (seen.size != fresh.size() || seen.modified != fresh.lastModified()) {
            seen = { fresh.size(), fresh.lastModified(), now };
            return { State::Waiting, QCoreApplication::translate("mig::exchange", "%1 is still being written").arg(pstPath) };
        }
        if (seen.unchangedSince.secsTo(now) < m_settleSeconds)
            return { State::Waiting, QCoreApplication::translate("mig::exchange", "%1 has not changed for %2 s; waiting for %3 s").arg(pstPath)
                                         .arg(seen.unchangedSince.secsTo(now))
                                         .arg(m_settleSeconds) };
    }

    const qint64 size = QFileInfo(pstPath).size();
    const std::optional<qint64> declared = declaredPstSize(pstPath);
    if (!declared)
        return { State::Waiting, QCoreApplication::translate("mig::exchange", "%1 has no complete PST header yet").arg(pstPath) };
    if (*declared > size)
        return { State::Waiting,
            QCoreApplication::translate("mig::exchange", "%1 is %2 bytes long, its PST header says %3: still being written").arg(pstPath).arg(size).arg(*declared) };
    if (auto opened = sources::openSourceFile(pstPath); !opened)
        return { State::Waiting, QCoreApplication::translate("mig::exchange", "%1 cannot be opened yet: %2").arg(pstPath, opened.error().fullText()) };
    return { State::Ready, {} };
}

} // namespace mig::exchange
