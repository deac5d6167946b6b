#include "cli/DirectoryCommand.h"

#include "cli/DirectoryOptions.h"
#include "cli/DirectoryColumnPrinter.h"
#include "directory/LdapDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mig::cli {

namespace {

QJsonObject toJson(const directory::UserRecord &user)
{
    return QJsonObject{
        {QStringLiteral("dn"), user.dn},
        {QStringLiteral("login"), user.login},
        {QStringLiteral("mail"), user.mail},
        {QStringLiteral("aliases"), QJsonArray::fromStringList(user.aliases)},
        {QStringLiteral("display_name"), user.displayName},
        {QStringLiteral("disabled"), user.disabled},
    };
}

} // namespace

int directoryCommand(CommandContext &ctx)
{
    QCommandLineParser parser;
    DirectoryOptions options;
    options.addTo(parser);
    const QCommandLineOption json(QStringLiteral("json"), QCoreApplication::translate("mig::cli", "Print JSON."));
    parser.addOption(json);
    if (const int rc = parseCommandLine(parser, ctx,
                                        QCoreApplication::translate("mig::cli", "List the users of an LDAP directory "
                                                                                "or Active Directory domain."));
        rc >= 0)
        return rc;
    if (!parser.positionalArguments().isEmpty()) {
        ctx.err << QCoreApplication::translate("mig::cli", "Unexpected argument: %1")
                       .arg(parser.positionalArguments().first())
                << Qt::endl;
        return ExitUsage;
    }
    const auto settings = options.settings(parser, ctx);
    if (!settings) {
        ctx.err << settings.error().fullText() << Qt::endl;
        return settings.error().code == Error::Code::InvalidArgument ? ExitUsage : ExitFailure;
    }
    const auto users = directory::fetchUsers(*settings);
    if (!users) {
        ctx.err << users.error().fullText() << Qt::endl;
        return ExitFailure;
    }

    if (parser.isSet(json)) {
        QJsonArray array;
        for (const directory::UserRecord &user : *users)
            array.append(toJson(user));
        ctx.out << QString::fromUtf8(QJsonDocument(array).toJson(QJsonDocument::Indented));
        return ExitOk;
    }
    ColumnPrinter table({QCoreApplication::translate("mig::cli", "LOGIN"), QCoreApplication::translate("mig::cli", "MAIL"),
                     QCoreApplication::translate("mig::cli", "DISPLAY NAME"),
                     QCoreApplication::translate("mig::cli", "ALIASES"),
                     QCoreApplication::translate("mig::cli", "DISABLED")});
    for (const directory::UserRecord &user : *users) {
        table.addRow({user.login, user.mail, user.displayName, user.aliases.join(QStringLiteral(", ")),
                      user.disabled ? QCoreApplication::translate("mig::cli", "yes") : QString()});
    }
    table.print(ctx.out);
    ctx.out << QCoreApplication::translate("mig::cli", "%n user(s)", nullptr, int(users->size())) << Qt::endl;
    return ExitOk;
}

} // namespace mig::cli
