#pragma once

#include <QDateTime>
#include <QHash>
#include <QString>

namespace mig::exchange {

/// Decides when a PST that an Exchange export is still writing may be imported (`run --watch`).
/// A file is ready when
/// - the status script listed it in exports.done beside it, or no status file exists and its size
///   and modification time have not changed for settleSeconds; and
/// - it is exactly as long as its PST header declares (a PST being written is shorter); and
/// - it opens as a source.
/// A file listed in exports.failed fails with the status the Exchange server gave.
/// Not thread-safe: one watcher per run, used from the run's thread.
class ExportReadiness {
public:
    enum class State { Waiting, Ready, Failed };
    struct Verdict {
        State state = State::Waiting;
        QString reason; ///< why it waits or failed, for the log
    };

    explicit ExportReadiness(int settleSeconds = 60);

    /// Looks at the file once; call again later while it is Waiting. now: for tests.
    Verdict check(const QString &pstPath, const QDateTime &now = QDateTime::currentDateTimeUtc());

private:
    struct Observation {
        qint64 size = -1;
        QDateTime modified;
        QDateTime unchangedSince;
    };
    int m_settleSeconds;
    QHash<QString, Observation> m_seen;
};

/// The entries of a status file (exports.done / exports.failed beside the PSTs): file name → the
/// rest of its line (the status, for failed ones). Tolerates a UTF-8 byte order mark and CRLF, as
/// Windows PowerShell writes them. Empty when the file does not exist.
QHash<QString, QString> readStatusFile(const QString &path);

} // namespace mig::exchange
