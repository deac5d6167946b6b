#pragma once

#include <QByteArray>
#include <QString>

#include <functional>

namespace mig::transport {

/// One line of gromox-import's stderr/stdout, classified (gxmt-format.md §9).
struct ImportEvent {
    enum class Kind {
        FolderCreated,  ///< `exm: Created folder "<name>" (fid=0x..)` (-v)
        MessageCreated, ///< `Created new message f<fid>:m<mid>` (-v)
        Warning,        ///< import goes on (§9.4)
        MessageFailed,  ///< one message could not be written (§9.3)
        Fatal,          ///< the import stops (§9.2, §9.5)
        Info,           ///< anything else
    };
    Kind kind = Kind::Info;
    QString line;   ///< the whole line, without the line break
    QString name;   ///< FolderCreated: the folder's display name
    QString id;     ///< FolderCreated: "0x.."; MessageCreated: "f..:m.."
    bool fromStderr = true;
};

/// Classifies one complete line. Pure function.
ImportEvent classifyImporterLine(const QString &line, bool fromStderr = true);

/// Splits the importer's output into lines (stdout and stderr separately, as they interleave in
/// arbitrary chunks) and passes each classified line on. Not thread-safe.
class ImporterOutputParser final {
public:
    explicit ImporterOutputParser(std::function<void(const ImportEvent &)> handler);
    /// Feeds a chunk; complete lines are reported at once.
    void feed(bool isStderr, const QByteArray &bytes);
    /// Reports unterminated last lines (call once the command has ended).
    void flush();

private:
    void emitLine(QByteArray line, bool isStderr);
    std::function<void(const ImportEvent &)> m_handler;
    QByteArray m_pending[2];
};

/// Explains an importer exit status to a user (gxmt-format.md §9.7): 0, 1, 256-errno (251 =
/// -EIO, a message could not be written), 126/127 from the shell. Pure function.
QString explainImporterExit(int status, bool continueOnError);

} // namespace mig::transport
