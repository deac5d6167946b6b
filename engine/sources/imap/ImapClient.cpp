#include "ImapClient.h"

#include "ModifiedUtf7.h"

#include <QCoreApplication>
#include <QTimeZone>

#include <algorithm>

namespace mig::imap {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mig::imap", text);
}

const QList<QByteArray> specialUseAttributes{"\\All", "\\Archive", "\\Drafts", "\\Flagged",
                                             "\\Junk", "\\Sent", "\\Trash"};

/// Reads the (NAME value ...) list of a STATUS response or LIST-STATUS.
ImapFolderStatus statusFromList(const ImapValue &list)
{
    ImapFolderStatus status;
    for (qsizetype i = 0; i + 1 < list.items.size(); i += 2) {
        const quint32 value = static_cast<quint32>(list.items.at(i + 1).number().value_or(0));
        const ImapValue &name = list.items.at(i);
        if (name.isAtom("MESSAGES"))
            status.messages = value;
        else if (name.isAtom("UNSEEN"))
            status.unseen = value;
        else if (name.isAtom("UIDNEXT"))
            status.uidNext = value;
        else if (name.isAtom("UIDVALIDITY"))
            status.uidValidity = value;
        else if (name.isAtom("SIZE"))
            status.size = quint64(list.items.at(i + 1).number().value_or(0));
    }
    return status;
}

/// The message of one untagged FETCH response; nullopt when it carries no body (a flag update).
std::optional<ImapMessage> messageFromFetch(const ImapResponse &response)
{
    if (response.fields.size() < 3 || !response.fields.at(2).isList())
        return std::nullopt;
    const QList<ImapValue> &items = response.fields.at(2).items;
    ImapMessage message;
    bool hasBody = false;
    for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
        const ImapValue &name = items.at(i);
        const ImapValue &value = items.at(i + 1);
        if (name.isAtom("UID")) {
            message.uid = static_cast<quint32>(value.number().value_or(0));
        } else if (name.isAtom("RFC822.SIZE")) {
            message.size = static_cast<qint64>(value.number().value_or(0));
        } else if (name.isAtom("FLAGS")) {
            for (const ImapValue &flag : value.items)
                message.flags.append(flag.text);
        } else if (name.isAtom("INTERNALDATE")) {
            message.internalDate = parseInternalDate(value.bytes());
        } else if (name.isAtom("BODY[]")) {
            message.content = value.bytes();
            hasBody = true;
        }
    }
    if (!hasBody || message.uid == 0)
        return std::nullopt;
    return message;
}

} // namespace

/// A command as written: text pieces with the strings that need a literal between them.
struct ImapClient::Command {
    QList<QByteArray> pieces{QByteArray()};
    QList<QByteArray> literals;
    bool literalPlus = false;
    bool utf8 = false;

    Command &text(const QByteArray &text)
    {
        pieces.last() += text;
        return *this;
    }
    /// A string argument: quoted when it can be, else a literal (CR, LF, NUL, 8-bit bytes).
    Command &string(const QByteArray &value)
    {
        const bool needsLiteral = std::any_of(value.begin(), value.end(), [this](char c) {
            const auto u = static_cast<unsigned char>(c);
            return u == '\r' || u == '\n' || u == 0 || (u >= 0x80 && !utf8);
        });
        if (!needsLiteral) {
            QByteArray escaped = value;
            escaped.replace('\\', "\\\\").replace('"', "\\\"");
            return text('"' + escaped + '"');
        }
        text('{' + QByteArray::number(value.size()) + (literalPlus ? "+}" : "}"));
        literals.append(value);
        pieces.append(QByteArray());
        return *this;
    }
};

ImapClient::ImapClient(Options options)
    : m_options(std::move(options))
    , m_connection(m_options.account, m_options.trust, m_options.timeoutMs)
{
}

ImapClient::~ImapClient() = default;

ImapClient::Command ImapClient::command(const QByteArray &text) const
{
    Command command;
    command.literalPlus = hasCapability("LITERAL+");
    command.utf8 = m_utf8Accepted;
    command.text(text);
    return command;
}

QByteArray ImapClient::nextTag()
{
    return "g" + QByteArray::number(++m_tagCounter);
}

bool ImapClient::hasCapability(const QByteArray &name) const
{
    return std::any_of(m_capabilities.begin(), m_capabilities.end(),
                       [&name](const QByteArray &c) { return c.compare(name, Qt::CaseInsensitive) == 0; });
}

Error ImapClient::commandFailed(const QString &what, const ImapResponse &response) const
{
    return Error{Error::Code::Remote,
                 tr("IMAP server %1 refused %2: %3").arg(m_options.account.host, what, response.text), {}};
}

Expected<ImapResponse> ImapClient::readParsed(const QString &waitingFor)
{
    auto raw = m_connection.readResponse(waitingFor);
    if (!raw)
        return raw.error();
    QString reason;
    auto parsed = parseImapResponse(*raw, &reason);
    if (!parsed) {
        const QByteArray start = raw->lines.first().left(120);
        return Error{Error::Code::Remote,
                     tr("IMAP server %1 sent a response that cannot be parsed (%2) while waiting for %3")
                         .arg(m_options.account.host, reason, waitingFor),
                     QString::fromUtf8(start)};
    }
    return std::move(*parsed);
}

void ImapClient::handleUnsolicited(const ImapResponse &response)
{
    if (response.status == "BYE")
        m_byeText = response.text;
    if (!response.code.isEmpty() && response.code.first().isAtom("CAPABILITY")) {
        m_capabilities.clear();
        for (qsizetype i = 1; i < response.code.size(); ++i)
            m_capabilities.append(response.code.at(i).text);
    }
}

Expected<void> ImapClient::waitForContinuation(const QString &what)
{
    for (;;) {
        auto response = readParsed(what);
        if (!response)
            return response.error();
        if (response->type == ImapResponse::Type::Continuation)
            return {};
        if (response->type == ImapResponse::Type::Tagged)
            return commandFailed(what, *response);
        handleUnsolicited(*response);
    }
}

Expected<QByteArray> ImapClient::send(const Command &command)
{
    const QByteArray tag = nextTag();
    QByteArray line = tag + ' ' + command.pieces.first();
    for (qsizetype i = 0; i < command.literals.size(); ++i) {
        if (auto written = m_connection.writeLine(line); !written)
            return written.error();
        // Without LITERAL+ the server must invite each literal with a "+" continuation.
        if (!command.literalPlus) {
            if (auto invited = waitForContinuation(QString::fromLatin1(command.pieces.first().split(' ').first()));
                !invited)
                return invited.error();
        }
        if (auto written = m_connection.writeRaw(command.literals.at(i)); !written)
            return written.error();
        line = command.pieces.at(i + 1);
    }
    if (auto written = m_connection.writeLine(line); !written)
        return written.error();
    return tag;
}

Expected<ImapResponse> ImapClient::run(const Command &command, const QString &what,
                                       const std::function<void(const ImapResponse &)> &onUntagged)
{
    auto tag = send(command);
    if (!tag)
        return tag.error();
    for (;;) {
        auto response = readParsed(what);
        if (!response)
            return m_byeText.isEmpty() ? response.error()
                                       : Error{Error::Code::Network,
                                               tr("IMAP server %1 closed the connection: %2")
                                                   .arg(m_options.account.host, m_byeText), {}};
        if (response->type == ImapResponse::Type::Tagged && response->tag == *tag) {
            handleUnsolicited(*response);
            if (response->status != "OK")
                return commandFailed(what, *response);
            return std::move(*response);
        }
        handleUnsolicited(*response);
        if (response->type == ImapResponse::Type::Untagged && onUntagged)
            onUntagged(*response);
    }
}

Expected<void> ImapClient::refreshCapabilities()
{
    QList<QByteArray> capabilities;
    auto done = run(command("CAPABILITY"), QStringLiteral("CAPABILITY"), [&capabilities](const ImapResponse &r) {
        if (r.dataName() == "CAPABILITY")
            for (qsizetype i = 1; i < r.fields.size(); ++i)
                capabilities.append(r.fields.at(i).text);
    });
    if (!done)
        return done.error();
    m_capabilities = capabilities;
    return {};
}

Expected<void> ImapClient::connectToServer()
{
    if (auto opened = m_connection.open(); !opened)
        return opened;
    auto greeting = readParsed(tr("the server greeting"));
    if (!greeting)
        return greeting.error();
    if (greeting->status != "OK" && greeting->status != "PREAUTH")
        return Error{Error::Code::Remote,
                     tr("IMAP server %1 turned the connection away: %2").arg(m_options.account.host, greeting->text), {}};
    handleUnsolicited(*greeting);
    if (m_options.account.security == ImapSecurity::StartTls) {
        if (m_capabilities.isEmpty())
            if (auto refreshed = refreshCapabilities(); !refreshed)
                return refreshed;
        if (!hasCapability("STARTTLS"))
            return Error{Error::Code::Unsupported,
                         tr("IMAP server %1 does not offer STARTTLS; the password would travel in plain text "
                            "(allow that explicitly only on a trusted network)").arg(m_options.account.host), {}};
        if (auto started = run(command("STARTTLS"), QStringLiteral("STARTTLS")); !started)
            return started.error();
        if (auto encrypted = m_connection.startTls(); !encrypted)
            return encrypted;
        m_capabilities.clear(); // RFC 3501: what was said before TLS must be forgotten
    }
    if (m_capabilities.isEmpty() || m_options.account.security == ImapSecurity::StartTls)
        return refreshCapabilities();
    return {};
}

Expected<void> ImapClient::authenticatePlain(const QString &password, const QString &masterUser)
{
    // RFC 4616: authorization identity, authentication identity, password. With a master user the
    // master authenticates and acts as the account's login.
    const QByteArray authzid = masterUser.isEmpty() ? QByteArray() : m_options.account.login.toUtf8();
    const QByteArray authcid = masterUser.isEmpty() ? m_options.account.login.toUtf8() : masterUser.toUtf8();
    const QByteArray plain = authzid + '\0' + authcid + '\0' + password.toUtf8();
    const QByteArray response = plain.toBase64();
    const QString what = QStringLiteral("AUTHENTICATE PLAIN");
    if (hasCapability("SASL-IR")) {
        auto done = run(command("AUTHENTICATE PLAIN " + response), what);
        return done ? Expected<void>() : Expected<void>(done.error());
    }
    auto tag = send(command("AUTHENTICATE PLAIN"));
    if (!tag)
        return tag.error();
    if (auto invited = waitForContinuation(what); !invited)
        return invited;
    if (auto written = m_connection.writeLine(response); !written)
        return written;
    for (;;) {
        auto reply = readParsed(what);
        if (!reply)
            return reply.error();
        handleUnsolicited(*reply);
        if (reply->type == ImapResponse::Type::Continuation) // a challenge PLAIN does not have: cancel
            (void)m_connection.writeLine("*");
        if (reply->type == ImapResponse::Type::Tagged && reply->tag == *tag)
            return reply->status == "OK" ? Expected<void>() : Expected<void>(commandFailed(what, *reply));
    }
}

Expected<void> ImapClient::login(const QString &password, const QString &masterUser)
{
    Expected<void> result;
    if (hasCapability("AUTH=PLAIN") || !masterUser.isEmpty()) {
        result = authenticatePlain(password, masterUser);
    } else if (hasCapability("LOGINDISABLED")) {
        return Error{Error::Code::Unsupported,
                     tr("IMAP server %1 allows no login on this connection (LOGINDISABLED)").arg(m_options.account.host), {}};
    } else {
        Command login = command("LOGIN ");
        login.string(m_options.account.login.toUtf8()).text(" ").string(password.toUtf8());
        auto done = run(login, QStringLiteral("LOGIN"));
        result = done ? Expected<void>() : Expected<void>(done.error());
    }
    if (!result && result.error().code != Error::Code::Remote)
        return result; // the connection failed, not the credentials
    if (!result) {
        const QString through = masterUser.isEmpty() ? QString() : tr(" through master user %1").arg(masterUser);
        return Error{Error::Code::Auth,
                     tr("IMAP server %1 refused the login of %2%3 (wrong user name or password?)")
                         .arg(m_options.account.host, m_options.account.login, through),
                     result.error().message};
    }
    if (auto refreshed = refreshCapabilities(); !refreshed)
        return refreshed;
    if (hasCapability("UTF8=ACCEPT")) {
        auto enabled = run(command("ENABLE UTF8=ACCEPT"), QStringLiteral("ENABLE"), [this](const ImapResponse &r) {
            if (r.dataName() == "ENABLED")
                for (const ImapValue &v : r.fields)
                    m_utf8Accepted = m_utf8Accepted || v.isAtom("UTF8=ACCEPT");
        });
        if (!enabled)
            return enabled.error();
    }
    return {};
}

void ImapClient::logout()
{
    (void)run(command("LOGOUT"), QStringLiteral("LOGOUT"));
    m_connection.close();
}

ImapFolder ImapClient::folderFromList(const ImapResponse &response) const
{
    ImapFolder folder;
    const QList<ImapValue> &f = response.fields;
    if (f.size() < 4)
        return folder;
    for (const ImapValue &attribute : f.at(1).items) {
        folder.attributes.append(attribute.text);
        for (const QByteArray &special : specialUseAttributes)
            if (attribute.text.compare(special, Qt::CaseInsensitive) == 0)
                folder.specialUse = special;
    }
    const QByteArray delimiter = f.at(2).bytes();
    if (delimiter.size() == 1)
        folder.delimiter = QLatin1Char(delimiter.at(0));
    folder.wireName = f.at(3).bytes();
    // INBOX is case-insensitive on the wire; naming it one way keeps folder matching simple.
    if (folder.wireName.compare("INBOX", Qt::CaseInsensitive) == 0)
        folder.wireName = "INBOX";
    if (m_utf8Accepted) {
        folder.name = QString::fromUtf8(folder.wireName);
    } else {
        // Some servers send raw UTF-8 despite RFC 3501; showing those bytes beats refusing the folder.
        folder.name = decodeModifiedUtf7(folder.wireName).value_or(QString::fromUtf8(folder.wireName));
    }
    return folder;
}

QByteArray ImapClient::statusItems() const
{
    // SIZE (RFC 8438) gives the bytes to fetch, for progress; only asked of servers that offer it.
    return hasCapability("STATUS=SIZE") ? QByteArray("MESSAGES UNSEEN UIDNEXT UIDVALIDITY SIZE")
                                        : QByteArray("MESSAGES UNSEEN UIDNEXT UIDVALIDITY");
}

Expected<QList<ImapFolder>> ImapClient::listFolders()
{
    QByteArray text = "LIST \"\" \"*\"";
    if (hasCapability("LIST-STATUS"))
        text += QByteArray(" RETURN (SPECIAL-USE STATUS (" + statusItems() + "))");
    else if (hasCapability("SPECIAL-USE"))
        text += " RETURN (SPECIAL-USE)";
    QList<ImapFolder> folders;
    QHash<QByteArray, ImapFolderStatus> statuses;
    auto done = run(command(text), QStringLiteral("LIST"), [&](const ImapResponse &r) {
        if (r.dataName() == "LIST") {
            ImapFolder folder = folderFromList(r);
            if (!folder.wireName.isEmpty())
                folders.append(std::move(folder));
        } else if (r.dataName() == "STATUS" && r.fields.size() >= 3) {
            statuses.insert(r.fields.at(1).bytes(), statusFromList(r.fields.at(2)));
        }
    });
    if (!done)
        return done.error();
    for (ImapFolder &folder : folders) {
        const auto it = statuses.constFind(folder.wireName);
        if (it != statuses.constEnd())
            folder.status = *it;
    }
    return folders;
}

Expected<ImapFolderStatus> ImapClient::status(const ImapFolder &folder)
{
    Command status = command("STATUS ");
    status.string(folder.wireName).text(QByteArray(" (" + statusItems() + ")"));
    ImapFolderStatus result;
    auto done = run(status, tr("STATUS of folder %1").arg(folder.name), [&result](const ImapResponse &r) {
        if (r.dataName() == "STATUS" && r.fields.size() >= 3)
            result = statusFromList(r.fields.at(2));
    });
    if (!done)
        return done.error();
    return result;
}

Expected<ImapMailbox> ImapClient::examine(const ImapFolder &folder)
{
    Command examine = command("EXAMINE ");
    examine.string(folder.wireName);
    ImapMailbox mailbox;
    auto done = run(examine, tr("EXAMINE of folder %1").arg(folder.name), [&mailbox](const ImapResponse &r) {
        if (r.fields.size() >= 2 && r.fields.at(1).isAtom("EXISTS"))
            mailbox.exists = static_cast<quint32>(r.fields.at(0).number().value_or(0));
        if (r.code.size() >= 2 && r.code.first().isAtom("UIDVALIDITY"))
            mailbox.uidValidity = static_cast<quint32>(r.code.at(1).number().value_or(0));
        if (r.code.size() >= 2 && r.code.first().isAtom("UIDNEXT"))
            mailbox.uidNext = static_cast<quint32>(r.code.at(1).number().value_or(0));
    });
    if (!done)
        return done.error();
    mailbox.readOnly = !done->code.isEmpty() && done->code.first().isAtom("READ-ONLY");
    return mailbox;
}

Expected<QList<quint32>> ImapClient::searchUids(quint32 afterUid)
{
    const QByteArray criteria = afterUid == 0 ? QByteArray("ALL") : "UID " + QByteArray::number(afterUid + 1) + ":*";
    QList<quint32> uids;
    auto done = run(command("UID SEARCH " + criteria), QStringLiteral("UID SEARCH"), [&uids](const ImapResponse &r) {
        if (r.dataName() == "SEARCH")
            for (qsizetype i = 1; i < r.fields.size(); ++i)
                if (const auto uid = r.fields.at(i).number())
                    uids.append(static_cast<quint32>(*uid));
    });
    if (!done)
        return done.error();
    // "n:*" always matches the highest UID, even when it is below n.
    uids.removeIf([afterUid](quint32 uid) { return uid <= afterUid; });
    std::sort(uids.begin(), uids.end());
    return uids;
}

Expected<ImapFetchReport> ImapClient::fetchMessages(const QList<quint32> &uids,
                                                    const std::function<bool(ImapMessage &&)> &onMessage)
{
    QList<QList<quint32>> batches;
    const int batchSize = std::max(1, m_options.fetchBatchSize);
    for (qsizetype i = 0; i < uids.size(); i += batchSize)
        batches.append(uids.mid(i, batchSize));
    ImapFetchReport report;
    QSet<quint32> delivered;
    QHash<QByteArray, qsizetype> inFlight; // tag -> batch
    qsizetype nextBatch = 0;
    bool stopping = false;
    const auto sendNext = [&]() -> Expected<void> {
        QList<quint32> sorted = batches.at(nextBatch);
        std::sort(sorted.begin(), sorted.end());
        auto tag = send(command("UID FETCH " + uidSet(sorted) + " (UID RFC822.SIZE FLAGS INTERNALDATE BODY.PEEK[])"));
        if (!tag)
            return tag.error();
        inFlight.insert(*tag, nextBatch++);
        return {};
    };
    // Keep several commands queued at the server so that it never waits for us between batches.
    while (nextBatch < batches.size() && inFlight.size() < std::max(1, m_options.pipelineDepth))
        if (auto sent = sendNext(); !sent)
            return sent.error();
    while (!inFlight.isEmpty()) {
        auto response = readParsed(QStringLiteral("UID FETCH"));
        if (!response)
            return response.error();
        handleUnsolicited(*response);
        if (response->type == ImapResponse::Type::Untagged && response->dataName() == "FETCH") {
            if (auto message = messageFromFetch(*response); message && !delivered.contains(message->uid)) {
                delivered.insert(message->uid);
                ++report.delivered;
                if (!stopping && !onMessage(std::move(*message)))
                    stopping = true;
            }
            continue;
        }
        if (response->type != ImapResponse::Type::Tagged || !inFlight.contains(response->tag))
            continue;
        const qsizetype batch = inFlight.take(response->tag);
        const QString reason = response->status == "OK"
            ? tr("the server did not return it (deleted meanwhile?)")
            : tr("the server refused it: %1").arg(response->text);
        for (const quint32 uid : batches.at(batch))
            if (!delivered.contains(uid) && !stopping)
                report.missing.append({uid, reason});
        if (!stopping && nextBatch < batches.size())
            if (auto sent = sendNext(); !sent)
                return sent.error();
    }
    return report;
}

Expected<QList<ImapMessage>> ImapClient::fetchAttributes(quint32 firstUid, quint32 lastUid)
{
    QList<ImapMessage> messages;
    if (firstUid == 0 || lastUid < firstUid)
        return messages;
    const QByteArray range = QByteArray::number(firstUid) + ':' + QByteArray::number(lastUid);
    auto done = run(command("UID FETCH " + range + " (UID FLAGS RFC822.SIZE)"), QStringLiteral("UID FETCH"),
                    [&messages, firstUid, lastUid](const ImapResponse &r) {
        if (r.dataName() != "FETCH" || r.fields.size() < 3 || !r.fields.at(2).isList())
            return;
        ImapMessage message;
        const QList<ImapValue> &items = r.fields.at(2).items;
        for (qsizetype i = 0; i + 1 < items.size(); i += 2) {
            if (items.at(i).isAtom("UID"))
                message.uid = static_cast<quint32>(items.at(i + 1).number().value_or(0));
            else if (items.at(i).isAtom("RFC822.SIZE"))
                message.size = static_cast<qint64>(items.at(i + 1).number().value_or(0));
            else if (items.at(i).isAtom("FLAGS"))
                for (const ImapValue &flag : items.at(i + 1).items)
                    message.flags.append(flag.text);
        }
        // "n:m" also matches the highest UID when it lies below n: keep only the range asked for.
        if (message.uid >= firstUid && message.uid <= lastUid)
            messages.append(std::move(message));
    });
    if (!done)
        return done.error();
    std::sort(messages.begin(), messages.end(),
              [](const ImapMessage &a, const ImapMessage &b) { return a.uid < b.uid; });
    return messages;
}

bool ImapFolder::isSelectable() const
{
    return std::none_of(attributes.begin(), attributes.end(), [](const QByteArray &a) {
        return a.compare("\\Noselect", Qt::CaseInsensitive) == 0 || a.compare("\\NonExistent", Qt::CaseInsensitive) == 0;
    });
}

QStringList ImapFolder::path() const
{
    return delimiter.isNull() ? QStringList{name} : name.split(delimiter);
}

QDateTime parseInternalDate(const QByteArray &text)
{
    // date-time = DQUOTE date-day-fixed "-" date-month "-" date-year SP time SP zone DQUOTE
    static const QList<QByteArray> months{"jan", "feb", "mar", "apr", "may", "jun",
                                          "jul", "aug", "sep", "oct", "nov", "dec"};
    const QList<QByteArray> parts = text.trimmed().split(' ');
    if (parts.size() != 3)
        return {};
    const QList<QByteArray> date = parts.at(0).split('-');
    const QList<QByteArray> clock = parts.at(1).split(':');
    const QByteArray zone = parts.at(2);
    if (date.size() != 3 || clock.size() != 3 || zone.size() != 5 || (zone.at(0) != '+' && zone.at(0) != '-'))
        return {};
    const int month = static_cast<int>(months.indexOf(date.at(1).toLower())) + 1;
    const QDate day(date.at(2).toInt(), month, date.at(0).toInt());
    const QTime time(clock.at(0).toInt(), clock.at(1).toInt(), clock.at(2).toInt());
    bool ok = false;
    const int hhmm = zone.mid(1).toInt(&ok);
    if (!ok || month == 0 || !day.isValid() || !time.isValid())
        return {};
    const int offset = ((hhmm / 100) * 3600 + (hhmm % 100) * 60) * (zone.at(0) == '-' ? -1 : 1);
    return QDateTime(day, time, QTimeZone(offset)).toUTC();
}

QByteArray uidSet(const QList<quint32> &sortedUids)
{
    QByteArray set;
    for (qsizetype i = 0; i < sortedUids.size();) {
        qsizetype j = i;
        while (j + 1 < sortedUids.size() && sortedUids.at(j + 1) == sortedUids.at(j) + 1)
            ++j;
        if (!set.isEmpty())
            set += ',';
        set += QByteArray::number(sortedUids.at(i));
        if (j > i)
            set += ':' + QByteArray::number(sortedUids.at(j));
        i = j + 1;
    }
    return set;
}

} // namespace mig::imap
