#include "kopano/DirectPipe.h"

#include "transport/ShellQuote.h"

#include <QRegularExpression>

namespace mig::kopano {

QString directCommand(const KdbSettings &settings, const KdbStore &store, const QStringList &importWords)
{
    const QString kdb = transport::shellCommand(kdbWords(settings, store));
    const QString import = transport::shellCommand(importWords);
    // One line of `;`-joined commands: it runs alike as a login shell's -c argument and under sudo.
    const QString script = QStringLiteral(
        "IFS= read -r SQLPASS || exit 2; "
        "d=$(mktemp -d /tmp/grommunio-migrate-direct.XXXXXX) || exit 2; "
        "{ (export SQLPASS; exec %1) 2>\"$d/err\"; echo $? >\"$d/status\"; } | %2; "
        "ist=$?; unset SQLPASS; kst=$(cat \"$d/status\" 2>/dev/null); "
        "sed 's/^/kdb2mt: /' \"$d/err\" >&2; rm -rf \"$d\"; "
        "echo \"@@mig-direct kdb2mt=${kst:--1} import=$ist\" >&2; "
        "[ \"$kst\" = 0 ] && exit \"$ist\"; exit 1")
        .arg(kdb, import);
    if (!settings.useSudo)
        return script;
    return transport::shellCommand({ QStringLiteral("sudo"), QStringLiteral("-n"), QStringLiteral("sh"),
                                     QStringLiteral("-c"), script });
}

std::optional<DirectStatus> parseDirectStatus(const QString &line)
{
    static const QRegularExpression pattern(QStringLiteral("^@@mig-direct kdb2mt=(-?\\d+) import=(-?\\d+)$"));
    const QRegularExpressionMatch m = pattern.match(line.trimmed());
    if (!m.hasMatch())
        return std::nullopt;
    return DirectStatus { m.captured(1).toInt(), m.captured(2).toInt() };
}

} // namespace mig::kopano
