#include "sources/imap/ImapSource.h"

#include "gxmt/Validator.h"
#include "mapi/Tags.h"
#include "sources/imap/ImapKeywords.h"
#include "sources/imap/ImapPrompts.h"
#include "sources/imap/ImapSpecialFolders.h"
#include "sources/mime/MimeConverter.h"

#include <QCoreApplication>
#include <QSslSocket>

#include <algorithm>
#include <mutex>

namespace mig::imap {

using sources::ItemKind;
using sources::ItemRef;
using sources::SourceFolder;

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("mig::imap", text);
}

/// Logins refused this many times end the attempt (a prompt may ask again after a typo).
constexpr int kLoginAttempts = 3;

qint64 fileTime(const QDateTime &utc)
{
    return (utc.toSecsSinceEpoch() + 11644473600LL) * 10000000LL;
}

bool hasFlag(const QList<QByteArray> &flags, const char *flag)
{
    return std::any_of(flags.begin(), flags.end(),
        [flag](const QByteArray &f) { return f.compare(QByteArray(flag), Qt::CaseInsensitive) == 0; });
}

/// IMAP system flags and the common $Forwarded keyword as mailbox flags for the MIME converter.
quint8 mailFlags(const QList<QByteArray> &flags)
{
    quint8 bits = 0;
    if (hasFlag(flags, "\\Seen"))
        bits |= mime::Read;
    if (hasFlag(flags, "\\Answered"))
        bits |= mime::Answered;
    if (hasFlag(flags, "\\Flagged"))
        bits |= mime::Flagged;
    if (hasFlag(flags, "\\Draft"))
        bits |= mime::Draft;
    if (hasFlag(flags, "$Forwarded"))
        bits |= mime::Forwarded;
    return bits;
}

} // namespace

ImapSource::ImapSource(ImapSourceSettings settings)
    : m_settings(std::move(settings))
{
}

ImapSource::~ImapSource()
{
    dropPrefetch();
    // The socket is said goodbye to and deleted on the thread that made it.
    m_io.call([this] {
        if (m_client && m_loggedIn)
            m_client->logout();
        m_client.reset();
    });
}

Expected<std::unique_ptr<ImapSource>> ImapSource::open(ImapSourceSettings settings)
{
    // Qt loads its TLS backend (and with it OpenSSL) on first use. A run opens several accounts
    // on parallel jobs at once: that first use is made on one thread, the others wait for it.
    static std::once_flag tlsLoaded;
    std::call_once(tlsLoaded, [] { (void)QSslSocket::supportsSsl(); });
    std::unique_ptr<ImapSource> source(new ImapSource(std::move(settings)));
    if (auto loggedIn = source->login(); !loggedIn)
        return loggedIn.error();
    return source;
}

Expected<void> ImapSource::login()
{
    // The questions are asked here, on the caller's thread (a GUI hook may answer at once on the
    // GUI thread); only the network steps run on m_io.
    Expected<void> connected = m_io.call([this] { return connectClient(); });
    if (!connected && connected.error().code == Error::Code::HostKey && !m_fingerprint.isEmpty()
        && confirmImapCertificate({ m_settings.account, m_fingerprint, connected.error().message })) {
        // Confirmed by the user for this source only (in memory; a plan keeps it as acceptCert).
        m_settings.trust.acceptedFingerprint = m_fingerprint;
        connected = m_io.call([this] { return connectClient(); });
    }
    if (!connected)
        return connected.error();

    QString previousError;
    for (int attempt = 0; attempt < kLoginAttempts; ++attempt) {
        if (!m_password) {
            m_password = askImapPassword({ m_settings.account, m_settings.masterUser, previousError });
            if (!m_password) {
                if (!previousError.isEmpty())
                    break;
                return noPasswordError();
            }
        }
        Expected<void> loggedIn = m_io.call([this] { return authenticate(); });
        if (loggedIn)
            return {};
        m_password.reset();
        if (loggedIn.error().code != Error::Code::Auth)
            return loggedIn.error();
        previousError = loggedIn.error().message;
        if (attempt + 1 == kLoginAttempts)
            return loggedIn.error();
        // A refused login may leave the server waiting a moment; a new connection is cleaner.
        if (auto again = m_io.call([this] { return connectClient(); }); !again)
            return again.error();
    }
    return Error { Error::Code::Auth, previousError, {} };
}

Expected<void> ImapSource::connectClient()
{
    Q_ASSERT(m_io.isWorkerThread());
    if (m_client && m_loggedIn)
        m_client->logout();
    m_client.reset();
    m_loggedIn = false;
    m_examined = 0;
    auto client = std::make_unique<ImapClient>(m_settings.clientOptions());
    Expected<void> connected = client->connectToServer();
    m_fingerprint = client->peerFingerprint();
    if (!connected)
        return connected.error();
    m_client = std::move(client);
    return {};
}

Expected<void> ImapSource::authenticate()
{
    Q_ASSERT(m_io.isWorkerThread());
    if (!m_password)
        return noPasswordError();
    if (!m_client)
        return Error { Error::Code::Network, tr("%1: not connected").arg(m_settings.account.displayUrl()), {} };
    const QString password = QString::fromUtf8(m_password->data(), m_password->size());
    Expected<void> loggedIn = m_client->login(password, m_settings.masterUser);
    m_loggedIn = bool(loggedIn);
    return loggedIn;
}

Error ImapSource::noPasswordError() const
{
    return Error { Error::Code::Auth,
        tr("no password given for the IMAP account %1").arg(m_settings.account.displayUrl()), {} };
}

Expected<void> ImapSource::reconnect()
{
    if (auto connected = connectClient(); !connected)
        return connected;
    return authenticate();
}

Expected<ImapClient *> ImapSource::client()
{
    Q_ASSERT(m_io.isWorkerThread());
    // Not logged in only after a connection was lost and logging in again failed: try once more
    // with what the user already answered (no questions from this thread).
    if (!m_client || !m_loggedIn)
        if (auto loggedIn = reconnect(); !loggedIn)
            return loggedIn.error();
    return m_client.get();
}

sources::SourceInfo ImapSource::info() const
{
    sources::SourceInfo info;
    info.path = m_settings.account.displayUrl();
    info.format = QStringLiteral("imap");
    const bool plain = m_settings.account.security == ImapSecurity::Plain;
    info.details.append({ QStringLiteral("encryption"), plain ? QStringLiteral("none") : QStringLiteral("tls"),
        plain ? tr("plain text, not encrypted") : tr("TLS") });
    return info;
}

ImapSource::Folder *ImapSource::folderById(quint64 id)
{
    // Ids are positions in m_folders plus one (the root is 1).
    if (id == 0 || id > quint64(m_folders.size()))
        return nullptr;
    return &m_folders[qsizetype(id - 1)];
}

QString ImapSource::where(const Folder &folder, quint32 uid) const
{
    return tr("%1, folder \"%2\", UID %3").arg(m_settings.account.displayUrl(), folder.entry.path).arg(uid);
}

Expected<void> ImapSource::listAccount()
{
    auto imap = client();
    if (!imap)
        return imap.error();
    auto listed = (*imap)->listFolders();
    if (!listed)
        return listed.error();
    if (auto filtered = applyFolderFilters(*listed); !filtered)
        return filtered.error();
    for (ImapFolder &f : *listed) {
        if (f.isSelectable() && !f.status) {
            auto status = (*imap)->status(f);
            if (!status)
                return status.error();
            f.status = *status;
        }
    }
    const QList<FolderNode> tree = folderTree(*listed);
    m_folders.clear();
    Folder root;
    root.entry.id = 1;
    root.entry.isRoot = true;
    root.entry.containerClass = QStringLiteral("IPF.Note");
    m_folders.append(root);
    for (const FolderNode &node : tree) {
        Folder folder;
        folder.entry.id = quint64(m_folders.size()) + 1;
        folder.entry.parentId = node.parent < 0 ? 1 : quint64(node.parent) + 2;
        folder.entry.name = node.name;
        folder.entry.path = node.path.join(QLatin1Char('/'));
        folder.entry.depth = int(node.path.size());
        folder.entry.subfolderCount = node.children;
        folder.entry.containerClass = QStringLiteral("IPF.Note");
        if (node.listed >= 0) {
            folder.imap = listed->at(node.listed);
            folder.selectable = folder.imap.isSelectable();
            if (folder.selectable && folder.imap.status) {
                folder.entry.itemCount = int(folder.imap.status->messages);
                folder.uidNext = folder.imap.status->uidNext;
                folder.uidValidity = folder.imap.status->uidValidity;
            }
        }
        m_folders.append(folder);
    }
    for (Folder &folder : m_folders) {
        if (auto marked = applyMark(folder); !marked)
            return Error { marked.error().code,
                tr("%1, folder \"%2\": %3").arg(m_settings.account.displayUrl(), folder.entry.path,
                    marked.error().message),
                marked.error().detail };
    }
    int topLevel = 0;
    for (const FolderNode &node : tree)
        topLevel += node.parent < 0 ? 1 : 0;
    m_folders[0].entry.subfolderCount = topLevel;
    m_nextItemId = quint64(m_folders.size()) + 1;
    QList<ImapFolder> byId;
    QList<quint64> ids;
    for (const Folder &f : std::as_const(m_folders)) {
        if (!f.imap.wireName.isEmpty()) {
            byId.append(f.imap);
            ids.append(f.entry.id);
        }
    }
    m_roles.clear();
    const QList<std::optional<sources::SpecialFolder>> roles = specialFolderRoles(byId);
    for (qsizetype i = 0; i < roles.size(); ++i)
        if (roles.at(i))
            m_roles.insert(ids.at(i), *roles.at(i));
    // The account itself is the top of the mailbox's folder tree: its folders land beside Inbox.
    m_roles.insert(1, sources::SpecialFolder::IpmSubtree);
    m_listed = true;
    return {};
}

Expected<QList<SourceFolder>> ImapSource::folders()
{
    if (!m_listed)
        if (auto listed = m_io.call([this] { return listAccount(); }); !listed)
            return listed.error();
    QList<SourceFolder> result;
    result.reserve(m_folders.size());
    for (const Folder &f : std::as_const(m_folders))
        result.append(f.entry);
    return result;
}

Expected<void> ImapSource::applyFolderFilters(QList<ImapFolder> &listed) const
{
    // Every folder asked for must exist: a typo would otherwise migrate nothing without a word.
    for (const QString &wanted : m_settings.folders) {
        const bool found = std::any_of(listed.cbegin(), listed.cend(), [&](const ImapFolder &f) {
            ImapSourceSettings only;
            only.folders = { wanted };
            return only.wantsFolder(f.path());
        });
        if (!found) {
            QStringList names;
            for (const ImapFolder &f : std::as_const(listed))
                names.append(f.path().join(QLatin1Char('/')));
            return Error { Error::Code::NotFound,
                tr("%1: there is no folder \"%2\"; the account has: %3")
                    .arg(m_settings.account.displayUrl(), wanted, names.join(QStringLiteral(", "))),
                {} };
        }
    }
    listed.removeIf([this](const ImapFolder &f) { return !m_settings.wantsFolder(f.path()); });
    return {};
}

void ImapSource::continueAfter(const sources::SourceMarks &marks)
{
    m_marks = marks;
}

quint64 ImapSource::contentBytes()
{
    if (auto listed = folders(); !listed)
        return 0;
    quint64 bytes = 0;
    for (const Folder &f : std::as_const(m_folders)) {
        // A folder a later run continues is read only in part: its size would overstate the work.
        if (f.selectable && !f.mark && f.imap.status && f.imap.status->size)
            bytes += *f.imap.status->size;
    }
    return bytes;
}

quint32 ImapSource::positionValidity(quint64 folderId)
{
    const Folder *folder = folderById(folderId);
    return folder ? folder->uidValidity : 0;
}

Expected<void> ImapSource::applyMark(Folder &folder)
{
    const auto it = m_marks.folders.constFind(folder.entry.path);
    if (it == m_marks.folders.constEnd() || !folder.selectable || folder.uidValidity == 0)
        return {};
    if (it->validity != folder.uidValidity) {
        // RFC 3501 §2.3.1.1: the old UIDs mean nothing now, so nothing tells which messages arrived.
        m_warnings.append(tr("%1, folder \"%2\": UIDVALIDITY changed from %3 to %4 since the earlier run (the "
                             "folder was recreated or renumbered); the folder starts over, so messages that run "
                             "imported may now be in the mailbox twice")
                              .arg(m_settings.account.displayUrl(), folder.entry.path)
                              .arg(it->validity)
                              .arg(folder.uidValidity));
        return {};
    }
    folder.mark = *it;
    if (folder.entry.itemCount == 0)
        return {};
    if (auto opened = examine(folder); !opened)
        return opened.error();
    auto imap = client();
    if (!imap)
        return imap.error();
    // The count is what the run will list: UIDs after the mark (and those to retry) below UIDNEXT.
    auto uids = (*imap)->searchUids(it->retry.isEmpty() ? it->last : 0);
    if (!uids)
        return uids.error();
    const quint32 below = folder.uidNext > 0 ? folder.uidNext : 0xFFFFFFFFu;
    folder.entry.itemCount = int(std::count_if(uids->cbegin(), uids->cend(),
        [&](quint32 uid) { return uid < below && it->wants(uid); }));
    return {};
}

Expected<mapi::Folder> ImapSource::readFolder(quint64 folderId)
{
    if (auto listed = folders(); !listed)
        return listed.error();
    const Folder *folder = folderById(folderId);
    if (folder == nullptr)
        return Error { Error::Code::NotFound,
            tr("%1: there is no folder with id %2").arg(m_settings.account.displayUrl()).arg(folderId), {} };
    mapi::Folder out;
    out.properties.set(mapi::PR_DISPLAY_NAME,
        folder->entry.isRoot ? m_settings.account.login + QLatin1Char('@') + m_settings.account.host
                             : folder->entry.name);
    out.properties.set(mapi::PR_CONTAINER_CLASS, folder->entry.containerClass);
    return out;
}

QHash<quint64, sources::SpecialFolder> ImapSource::specialFolders()
{
    if (auto listed = folders(); !listed)
        return {};
    return m_roles;
}

QStringList ImapSource::takeWarnings()
{
    return std::exchange(m_warnings, {});
}

Expected<void> ImapSource::examine(const Folder &folder)
{
    auto imap = client();
    if (!imap)
        return imap.error();
    if (m_examined == folder.entry.id)
        return {};
    auto opened = (*imap)->examine(folder.imap);
    if (!opened)
        return opened.error();
    m_examined = folder.entry.id;
    if (folder.uidValidity != 0 && opened->uidValidity != folder.uidValidity)
        m_warnings.append(tr("%1, folder \"%2\": UIDVALIDITY changed from %3 to %4 since the folder was listed; "
                             "its messages were renumbered by the server")
                              .arg(m_settings.account.displayUrl(), folder.entry.path)
                              .arg(folder.uidValidity)
                              .arg(opened->uidValidity));
    return {};
}

Expected<void> ImapSource::listFolder(Folder &folder)
{
    m_listingFolder = 0;
    m_items.clear();
    m_window = {};
    if (auto opened = examine(folder); !opened)
        return opened.error();
    auto imap = client();
    if (!imap)
        return imap.error();
    // Only what existed when the folder was listed: later mail is for the next (delta) run.
    const quint32 last = folder.uidNext > 1 ? folder.uidNext - 1 : 0xFFFFFFFFu;
    auto attributes = (*imap)->fetchAttributes(1, last);
    if (!attributes)
        return attributes.error();
    const int count = folder.entry.itemCount;
    m_items.reserve(count);
    for (const ImapMessage &m : std::as_const(*attributes)) {
        if (m_items.size() == count)
            break;
        if (folder.mark && !folder.mark->wants(m.uid))
            continue; // on the server since an earlier run
        m_items.append(Item { m.uid, m.size, hasFlag(m.flags, "\\Deleted") });
    }
    // UID order, which the marks of the next run rely on (servers answer in it anyway).
    std::sort(m_items.begin(), m_items.end(), [](const Item &a, const Item &b) { return a.uid < b.uid; });
    // Expunged since the listing: the count stays, the entries become unreadable.
    while (m_items.size() < count)
        m_items.append(Item {});
    if (folder.firstItemId == 0) {
        if (m_nextItemId + quint64(count) >= (quint64(1) << 32))
            return Error { Error::Code::Unsupported,
                tr("%1: more than 4 294 967 295 folders and messages in one account").arg(m_settings.account.displayUrl()),
                {} };
        folder.firstItemId = m_nextItemId;
        m_nextItemId += quint64(count);
    }
    m_listingFolder = folder.entry.id;
    return {};
}

Expected<QList<ItemRef>> ImapSource::items(quint64 folderId, ItemKind kind)
{
    if (auto listed = folders(); !listed)
        return listed.error();
    Folder *folder = folderById(folderId);
    if (folder == nullptr)
        return Error { Error::Code::NotFound,
            tr("%1: there is no folder with id %2").arg(m_settings.account.displayUrl()).arg(folderId), {} };
    QList<ItemRef> refs;
    if (kind == ItemKind::Associated || !folder->selectable || folder->entry.itemCount == 0)
        return refs;
    dropPrefetch();
    if (auto listedItems = m_io.call([this, folder] { return listFolder(*folder); }); !listedItems)
        return Error { listedItems.error().code,
            tr("%1, folder \"%2\": %3").arg(m_settings.account.displayUrl(), folder->entry.path,
                listedItems.error().message),
            listedItems.error().detail };
    refs.reserve(m_items.size());
    for (int i = 0; i < m_items.size(); ++i) {
        const Item &item = m_items.at(i);
        ItemRef ref;
        ref.folderId = folderId;
        ref.index = i;
        ref.id = folder->firstItemId + quint64(i);
        ref.position = item.uid;
        if (item.uid == 0) {
            ref.readable = false;
            ref.problem = tr("%1, folder \"%2\": a message was expunged from the server after the folder was listed")
                              .arg(m_settings.account.displayUrl(), folder->entry.path);
        } else if (item.deleted) {
            ref.skipReason = tr("marked \\Deleted on the server (not expunged yet)");
            ++m_deletedSkipped;
        }
        refs.append(ref);
    }
    return refs;
}

ImapSource::WindowPlan ImapSource::planWindow(int index) const
{
    WindowPlan plan;
    plan.first = index;
    plan.end = index;
    qint64 bytes = 0;
    for (; plan.end < m_items.size() && plan.uids.size() < kWindowMessages; ++plan.end) {
        const Item &item = m_items.at(plan.end);
        if (item.uid == 0 || item.deleted)
            continue;
        if (!plan.uids.isEmpty() && bytes + item.size > kWindowBytes)
            break;
        plan.uids.append(item.uid);
        plan.indexOf.insert(item.uid, plan.end);
        bytes += item.size;
    }
    return plan;
}

Expected<ImapSource::Window> ImapSource::fetchOnce(ImapClient &client, const WindowPlan &plan)
{
    Window window;
    Expected<ImapFetchReport> report = client.fetchMessages(plan.uids, [&](ImapMessage &&message) {
        const auto it = plan.indexOf.constFind(message.uid);
        if (it != plan.indexOf.constEnd())
            window.messages.insert(*it, std::move(message));
        return true;
    });
    if (!report)
        return report.error();
    for (const auto &[uid, reason] : std::as_const(report->missing))
        window.missing.insert(plan.indexOf.value(uid), reason);
    return window;
}

Expected<ImapSource::Window> ImapSource::fetchWindow(const Folder &folder, const WindowPlan &plan)
{
    // One retry on a fresh connection: a server that dropped us mid-fetch usually takes us back.
    for (int attempt = 0;; ++attempt) {
        auto opened = examine(folder);
        auto imap = opened ? client() : Expected<ImapClient *>(opened.error());
        Expected<Window> window = imap ? fetchOnce(**imap, plan) : Expected<Window>(imap.error());
        if (window || window.error().code != Error::Code::Network || attempt > 0)
            return window;
        m_warnings.append(tr("%1: the connection was lost (%2); logging in again")
                              .arg(m_settings.account.displayUrl(), window.error().message));
        if (auto again = reconnect(); !again)
            return again.error();
    }
}

void ImapSource::startPrefetch(const Folder &folder, int index)
{
    Prefetch next;
    next.folderId = folder.entry.id;
    next.plan = planWindow(index);
    if (next.plan.uids.isEmpty())
        return;
    next.cancelled = std::make_shared<std::atomic_bool>(false);
    // Only what this job captures, m_client and m_examined are touched on m_io meanwhile: the
    // caller goes on converting. A window that cannot be fetched here (the folder is no longer
    // the examined one, the connection is gone, any error) is fetched again, with the retry and
    // its warning, when the caller comes to it.
    next.window = m_io.post([this, plan = next.plan, folderId = folder.entry.id, cancelled = next.cancelled]() {
        if (*cancelled || !m_client || !m_loggedIn || m_examined != folderId)
            return Expected<Window>(Error { Error::Code::Canceled, QString(), {} });
        return fetchOnce(*m_client, plan);
    });
    m_prefetch = std::move(next);
}

void ImapSource::dropPrefetch()
{
    if (!m_prefetch)
        return;
    // Not yet started: it is skipped. Started: it ends by itself and its window is thrown away.
    m_prefetch->cancelled->store(true);
    m_prefetch.reset();
}

std::optional<ImapSource::Window> ImapSource::takePrefetch(quint64 folderId, int index, WindowPlan &plan)
{
    if (!m_prefetch)
        return std::nullopt;
    Prefetch prefetch = std::move(*m_prefetch);
    m_prefetch.reset();
    if (prefetch.folderId != folderId || index < prefetch.plan.first || index >= prefetch.plan.end) {
        prefetch.cancelled->store(true);
        return std::nullopt;
    }
    Expected<Window> window = prefetch.window.get();
    if (!window)
        return std::nullopt;
    plan = std::move(prefetch.plan);
    return std::move(*window);
}

Expected<void> ImapSource::loadWindow(const Folder &folder, int index)
{
    m_window = {};
    WindowPlan plan;
    std::optional<Window> window = takePrefetch(folder.entry.id, index, plan);
    if (!window) {
        plan = planWindow(index);
        Expected<Window> fetched = m_io.call([this, &folder, &plan] { return fetchWindow(folder, plan); });
        if (!fetched)
            return fetched.error();
        window = std::move(*fetched);
    }
    m_window = std::move(*window);
    startPrefetch(folder, plan.end);
    return {};
}

Expected<mapi::Message> ImapSource::readMessage(const ItemRef &ref)
{
    if (auto listed = folders(); !listed)
        return listed.error();
    Folder *folder = folderById(ref.folderId);
    if (folder == nullptr || ref.kind != ItemKind::Normal)
        return Error { Error::Code::NotFound,
            tr("%1: there is no item %2 in folder id %3").arg(m_settings.account.displayUrl()).arg(ref.index).arg(ref.folderId),
            {} };
    if (m_listingFolder != ref.folderId) {
        dropPrefetch();
        if (auto relisted = m_io.call([this, folder] { return listFolder(*folder); }); !relisted)
            return relisted.error();
    }
    if (ref.index < 0 || ref.index >= m_items.size())
        return Error { Error::Code::NotFound,
            tr("%1, folder \"%2\": there is no item %3").arg(m_settings.account.displayUrl(), folder->entry.path).arg(ref.index),
            {} };
    const Item item = m_items.at(ref.index);
    if (item.uid == 0)
        return Error { Error::Code::NotFound,
            tr("%1, folder \"%2\": the message was expunged from the server after the folder was listed")
                .arg(m_settings.account.displayUrl(), folder->entry.path),
            {} };
    if (!m_window.messages.contains(ref.index) && !m_window.missing.contains(ref.index))
        if (auto filled = loadWindow(*folder, ref.index); !filled)
            return Error { filled.error().code, tr("%1: %2").arg(where(*folder, item.uid), filled.error().message),
                filled.error().detail };
    if (!m_window.messages.contains(ref.index))
        return Error { Error::Code::NotFound,
            tr("%1: %2").arg(where(*folder, item.uid),
                m_window.missing.value(ref.index, tr("the server did not return the message"))),
            {} };
    const ImapMessage message = m_window.messages.take(ref.index);
    m_window.missing.remove(ref.index);
    mime::MimeOptions options;
    options.flags = mailFlags(message.flags);
    options.categories = categoriesFromFlags(message.flags);
    options.where = where(*folder, item.uid);
    options.warnings = &m_warnings;
    if (message.internalDate.isValid())
        options.deliveryTimeFallback = message.internalDate;
    Expected<mapi::Message> converted = mime::convertMime(message.content, options);
    if (!converted)
        return converted.error();
    // INTERNALDATE is when the server took the message in: the delivery time, whatever the
    // Received headers (missing on sent and appended mail) say.
    if (message.internalDate.isValid())
        converted->properties.set(mapi::PR_MESSAGE_DELIVERY_TIME, fileTime(message.internalDate));
    // A header section Gromox cannot read back (a line that is no field, as some broken mailers
    // write) must not travel as the message's RFC 5322 text: the importer would refuse the whole
    // stream (gxmt-format.md §8.3). The MAPI properties still carry the message.
    if (const QString problem = gxmt::rfc5322Problem(converted->rfc5322);
        !converted->rfc5322.isEmpty() && !problem.isEmpty()) {
        converted->rfc5322.clear();
        m_warnings.append(tr("%1: the original text is not kept (%2); the message is converted from its parts")
                              .arg(options.where, problem));
    }
    return converted;
}

Expected<sources::MessageSummary> ImapSource::readSummary(const ItemRef &ref)
{
    auto message = readMessage(ref);
    if (!message)
        return message.error();
    const mapi::PropertyBag &p = message->properties;
    sources::MessageSummary summary;
    summary.subject = p.string(mapi::PR_SUBJECT).value_or(QString());
    summary.sender = p.string(mapi::PR_SENDER_NAME).value_or(p.string(mapi::PR_SENT_REPRESENTING_NAME).value_or(QString()));
    for (const mapi::PropTag tag : { mapi::PR_MESSAGE_DELIVERY_TIME, mapi::PR_CLIENT_SUBMIT_TIME }) {
        if (const auto filetime = p.int64(tag)) {
            constexpr qint64 kUnixEpochInFiletime = 116444736000000000LL;
            summary.date = QDateTime::fromMSecsSinceEpoch((*filetime - kUnixEpochInFiletime) / 10000, Qt::UTC);
            break;
        }
    }
    summary.size = m_listingFolder == ref.folderId && ref.index < m_items.size() ? m_items.at(ref.index).size : 0;
    summary.messageClass = p.string(mapi::PR_MESSAGE_CLASS).value_or(QString());
    summary.attachmentCount = int(message->attachments.size());
    return summary;
}

} // namespace mig::imap
