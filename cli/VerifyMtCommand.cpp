#include "cli/VerifyMtCommand.h"

#include "gxmt/Validator.h"
#include "gxmt/Wire.h"
#include "mapi/PropValue.h"

#include <QCoreApplication>
#include <QFile>

namespace mig::cli {

using namespace mig::gxmt;
using namespace mig::mapi;
using mig::gxmt::wire::hex;

namespace {

/// Prints the decoded stream as the validator reads it, so --dump needs no more memory than
/// validation itself.
class DumpPrinter final : public ValidationObserver {
public:
    explicit DumpPrinter(QTextStream &out)
        : m_out(out)
    {
    }

    void header(const StreamHeader &header, const QList<NameMapEntry> &names) override
    {
        m_out << "GXMT000" << int(header.revision) << "  splice " << int(header.splice) << "  public "
              << int(header.publicStore) << '\n';
        m_out << QCoreApplication::translate("mig::cli", "folder map: %1 entries").arg(header.folderMap.size()) << '\n';
        for (const FolderMapEntry &e : header.folderMap)
            m_out << "  nid " << hex(e.nid) << "  create " << int(e.create) << "  target " << hex(e.targetFid) << "  \""
                  << e.name << "\"\n";
        m_out << QCoreApplication::translate("mig::cli", "name map: %1 entries").arg(names.size()) << '\n';
        for (const NameMapEntry &n : names)
            m_out << "  " << tagHex(n.tag) << " = " << n.name.toString() << '\n';
    }

    void frame(const Frame &f) override
    {
        m_out << QCoreApplication::translate("mig::cli", "frame %1 at offset %2, %3 bytes: ")
                     .arg(f.number)
                     .arg(hex(f.offset))
                     .arg(f.size);
        switch (f.type) {
        case kFrameNamedProp:
            m_out << "namedprop " << tagHex(f.declaredTag) << " = " << f.name.toString() << '\n';
            return;
        case kObjectFolder:
            m_out << "folder nid " << hex(f.nid) << "  parent " << hex(f.parentFid) << " (type " << f.parentType
                  << ")\n";
            properties(f.folder.properties, f.folder.namedProperties.get(), 1);
            for (qsizetype i = 0; i < f.folder.permissions.size(); ++i) {
                m_out << "  acl " << (i + 1) << "  flags " << hex(f.folder.permissions[i].flags) << '\n';
                properties(f.folder.permissions[i].properties, f.folder.namedProperties.get(), 2);
            }
            return;
        case kObjectMessage:
            m_out << "message nid " << hex(f.nid) << "  parent " << hex(f.parentFid) << " (type " << f.parentType
                  << ")\n";
            message(f.message, f.message.namedProperties.get(), 1);
            if (!f.message.rfc5322.isEmpty())
                m_out << "  rfc5322: " << f.message.rfc5322.size() << " bytes\n";
            return;
        default:
            m_out << "type " << f.type << '\n';
        }
    }

private:
    static QString tagHex(PropTag tag)
    {
        return QStringLiteral("0x") + QString::number(tag, 16).toUpper().rightJustified(8, QLatin1Char('0'));
    }

    void properties(const PropertyBag &bag, const NamedPropertyMap *names, int depth)
    {
        const QString indent(depth * 2, QLatin1Char(' '));
        for (const Property &p : bag) {
            m_out << indent << tagHex(p.tag) << ' ' << typeName(p.type());
            if (isNamedPropId(p.id())) {
                const auto name = names ? names->nameOf(p.id()) : std::nullopt;
                m_out << ' '
                      << (name ? name->toString() : QCoreApplication::translate("mig::cli", "<undeclared name>"));
            }
            m_out << " = " << formatValue(p.type(), p.value) << '\n';
        }
    }

    void message(const Message &m, const NamedPropertyMap *names, int depth)
    {
        const QString indent(depth * 2, QLatin1Char(' '));
        properties(m.properties, names, depth);
        if (m.hasRecipientTable) {
            for (qsizetype i = 0; i < m.recipients.size(); ++i) {
                m_out << indent << "recipient " << (i + 1) << '\n';
                properties(m.recipients[i], names, depth + 1);
            }
        }
        for (qsizetype i = 0; i < m.attachments.size(); ++i) {
            const Attachment &a = m.attachments[i];
            m_out << indent << "attachment " << (i + 1) << '\n';
            properties(a.properties, names, depth + 1);
            if (a.embedded) {
                m_out << indent << "  embedded message\n";
                message(*a.embedded, names, depth + 2);
            }
        }
    }

    QTextStream &m_out;
};

void printSummary(QTextStream &out, const ValidationSummary &s)
{
    out << QCoreApplication::translate("mig::cli", "Valid GXMT000%1 stream: %2 bytes, %3 frames")
               .arg(int(s.revision))
               .arg(s.bytes)
               .arg(s.frames)
        << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "folder map entries: %1").arg(s.folderMapEntries) << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "folders: %1").arg(s.folders) << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "messages: %1").arg(s.messages) << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "recipients: %1").arg(s.recipients) << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "attachments: %1").arg(s.attachments) << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "embedded messages: %1").arg(s.embeddedMessages) << '\n'
        << "  " << QCoreApplication::translate("mig::cli", "named properties: %1").arg(s.namedProperties) << '\n';
}

/// The device to validate: the named file, the context's input, or standard input. Nothing after
/// reporting why the file cannot be opened.
QIODevice *openInput(const QString &path, QFile &file, CommandContext &ctx)
{
    if (path != QLatin1String("-")) {
        file.setFileName(path);
        if (!file.open(QIODevice::ReadOnly)) {
            ctx.err << QCoreApplication::translate("mig::cli", "Cannot open %1: %2").arg(path, file.errorString())
                    << Qt::endl;
            return nullptr;
        }
        return &file;
    }
    if (ctx.in)
        return ctx.in;
    if (!file.open(stdin, QIODevice::ReadOnly)) {
        ctx.err << QCoreApplication::translate("mig::cli", "Cannot read standard input: %1").arg(file.errorString())
                << Qt::endl;
        return nullptr;
    }
    return &file;
}

void printIssues(const Validator &validator, const QString &name, CommandContext &ctx)
{
    for (const ValidationIssue &issue : validator.issues())
        ctx.err << name << ": " << issue.text << '\n';
    if (validator.issueCount() > quint64(validator.issues().size()))
        ctx.err << QCoreApplication::translate("mig::cli", "... and %1 more problems")
                       .arg(validator.issueCount() - quint64(validator.issues().size()))
                << '\n';
    ctx.err << QCoreApplication::translate("mig::cli", "%1: not a valid GXMT stream (%2 problems)")
                   .arg(name)
                   .arg(validator.issueCount())
            << Qt::endl;
}

} // namespace

int verifyMtCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"),
        QCoreApplication::translate("mig::cli", "The GXMT stream to check; '-' or nothing reads standard input."),
        QStringLiteral("[FILE|-]"));
    const QCommandLineOption revisionOption(QStringLiteral("revision"),
        QCoreApplication::translate("mig::cli", "Require stream revision N (3, 4 or 5) instead of detecting it."),
        QStringLiteral("N"));
    const QCommandLineOption dumpOption(QStringLiteral("dump"),
        QCoreApplication::translate("mig::cli", "Print every folder, message, recipient, attachment and property."));
    parser.addOption(revisionOption);
    parser.addOption(dumpOption);
    if (const int status = parseCommandLine(parser, ctx,
            QCoreApplication::translate("mig::cli", "Check a GXMT stream (the input of gromox-import) byte by byte."));
        status >= 0)
        return status;

    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1) {
        ctx.err << QCoreApplication::translate("mig::cli", "verify-mt takes at most one file.") << Qt::endl;
        return ExitUsage;
    }
    ValidatorOptions options;
    if (parser.isSet(revisionOption)) {
        bool ok = false;
        const int n = parser.value(revisionOption).toInt(&ok);
        if (!ok || n < int(Revision::V3) || n > int(Revision::V5)) {
            ctx.err << QCoreApplication::translate("mig::cli", "--revision must be 3, 4 or 5, not '%1'.")
                           .arg(parser.value(revisionOption))
                    << Qt::endl;
            return ExitUsage;
        }
        options.revision = Revision(n);
    }

    const QString path = positional.value(0, QStringLiteral("-"));
    QFile file;
    QIODevice *input = openInput(path, file, ctx);
    if (!input)
        return ExitFailure;

    Validator validator(options);
    DumpPrinter printer(ctx.out);
    const bool valid = validator.run(input, parser.isSet(dumpOption) ? &printer : nullptr);
    const QString name = path == QLatin1String("-") ? QCoreApplication::translate("mig::cli", "standard input") : path;
    if (!valid) {
        printIssues(validator, name, ctx);
        return ExitFailure;
    }
    printSummary(ctx.out, validator.summary());
    ctx.out.flush();
    return ExitOk;
}

} // namespace mig::cli
