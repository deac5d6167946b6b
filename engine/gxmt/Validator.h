#pragma once

#include "gxmt/Reader.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>

#include <optional>

class QIODevice;

namespace mig::gxmt {

/// What a stream contains, counted while validating it.
struct ValidationSummary {
    Revision revision = Revision::V5;
    bool splice = false;
    bool publicStore = false;
    quint64 folderMapEntries = 0;
    quint64 frames = 0;
    quint64 folders = 0;
    quint64 messages = 0;        ///< message frames (top-level messages)
    quint64 recipients = 0;      ///< recipient rows, embedded messages included
    quint64 attachments = 0;     ///< attachments, embedded messages' included
    quint64 embeddedMessages = 0;
    quint64 namedProperties = 0; ///< distinct stream propids declared (header map + NAMEDPROP frames)
    quint64 bytes = 0;
};

/// One rule a stream breaks. text reads "offset 0x48, frame 1: folder nid 0 is reserved (§6.7)";
/// frame is 0 for the header and the two maps.
struct ValidationIssue {
    quint64 offset = 0;
    quint64 frame = 0;
    QString text;
};

/// Receives the decoded stream while the validator reads it (verify-mt --dump uses it).
class ValidationObserver {
public:
    virtual ~ValidationObserver() = default;
    virtual void header(const StreamHeader &header, const QList<NameMapEntry> &names) { Q_UNUSED(header) Q_UNUSED(names) }
    virtual void frame(const Frame &frame) { Q_UNUSED(frame) }
};

struct ValidatorOptions {
    std::optional<Revision> revision; ///< enforce this revision; std::nullopt auto-detects
    int maxIssues = 100;              ///< stop recording (not checking) after this many
};

/// Checks a GXMT stream against gxmt-format.md: everything gromox-import treats as fatal (§9.2),
/// read strictly by Reader, plus what the importer lets through but a correct writer never
/// produces (§15 validator checklist): exact size consumption, parent_type consistency,
/// placement (case D, PF-1123), named properties declared before use and consistently, boolean
/// bytes, UTF-8, ROW_ADD flags, reserved and unique folder nids, RFC 5322 text, unknown frames.
/// Reads one frame at a time (constant memory apart from the folder and name tables).
/// Not thread-safe; one validator per stream.
class Validator {
public:
    explicit Validator(ValidatorOptions options = {});

    /// Validates the whole stream from device; observer (may be null) sees every decoded part.
    /// Returns isValid().
    bool run(QIODevice *device, ValidationObserver *observer = nullptr);

    /// The individual steps run() performs, for callers that read the stream themselves.
    void checkHeader(const StreamHeader &header, const QList<quint64> &folderMapOffsets, const QList<NameMapEntry> &names);
    void checkFrame(const Frame &frame);

    bool isValid() const { return m_issueCount == 0; }
    /// All problems found, in stream order (at most ValidatorOptions::maxIssues).
    const QList<ValidationIssue> &issues() const { return m_issues; }
    /// Number of problems, including those not recorded.
    quint64 issueCount() const { return m_issueCount; }
    const ValidationSummary &summary() const { return m_summary; }

private:
    void report(quint64 offset, quint64 frame, const QString &reason);
    void addReaderError(const Error &error, quint64 offset, quint64 frame);
    void declare(quint64 offset, quint64 frame, mapi::PropTag tag, const mapi::PropertyName &name);
    void checkProperties(const Frame &frame, const mapi::PropertyBag &bag, const QString &where);
    void checkMessage(const Frame &frame, const mapi::Message &message, const QString &where);
    void checkFolder(const Frame &frame);
    void checkMessageFrame(const Frame &frame);
    void checkParentType(const Frame &frame);

    ValidatorOptions m_options;
    ValidationSummary m_summary;
    QList<ValidationIssue> m_issues;
    quint64 m_issueCount = 0;
    bool m_splice = false;
    QHash<quint64, FolderMapEntry> m_map;    ///< folder map, updated as folders are placed
    QSet<quint64> m_createPending;           ///< create = 1 entries whose folder frame has not come yet
    QSet<quint64> m_folderNids;
    QSet<quint64> m_messageNids;
    /// Names of the folders created beneath each parent, by folderNameKey(): the first one's own spelling.
    QHash<quint64, QHash<QString, QString>> m_childNames;
    void checkSiblingName(quint64 offset, quint64 frame, quint64 nid, quint64 parent, const QString &name);
    QHash<quint16, mapi::PropertyName> m_names; ///< stream propid → declared name
    QSet<quint16> m_usedNames;                  ///< propids already used by an object
};

/// Why text is not an RFC 5322 message (header fields, then an empty line and the body);
/// empty when it is. Deliberately simple: checks the header section's syntax only.
QString rfc5322Problem(const QByteArray &text);

} // namespace mig::gxmt
