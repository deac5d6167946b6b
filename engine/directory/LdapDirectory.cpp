#include "directory/LdapDirectory.h"

#include "directory/UserRecordBuilder.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>

#include <ldap.h>

Q_LOGGING_CATEGORY(lcLdap, "mig.engine.directory", QtInfoMsg)

namespace mig::directory {

namespace {

/// The library's text for rc plus the server's diagnostic message: for the Error detail and logs.
QString libraryText(LDAP *ld, int rc)
{
    QString text = QString::fromUtf8(ldap_err2string(rc));
    char *diagnostic = nullptr;
    if (ld && ldap_get_option(ld, LDAP_OPT_DIAGNOSTIC_MESSAGE, &diagnostic) == LDAP_OPT_SUCCESS && diagnostic) {
        const QString extra = QString::fromUtf8(diagnostic).trimmed();
        if (!extra.isEmpty())
            text += QStringLiteral(": ") + extra;
        ldap_memfree(diagnostic);
    }
    return text;
}

Error canceledError()
{
    return Error { Error::Code::Canceled,
        QCoreApplication::translate("mig::directory", "The directory lookup was canceled."), {} };
}

/// Errors while connecting, starting TLS and binding.
Error connectError(const LdapSettings &settings, LDAP *ld, int rc)
{
    const QString detail = libraryText(ld, rc);
    switch (rc) {
    case LDAP_INVALID_CREDENTIALS:
        return Error { Error::Code::Auth,
            QCoreApplication::translate("mig::directory", "The directory server %1 rejected the password for %2.")
                .arg(settings.uri, settings.bindDn),
            detail };
    case LDAP_STRONG_AUTH_REQUIRED:
    case LDAP_CONFIDENTIALITY_REQUIRED:
    case LDAP_INAPPROPRIATE_AUTH:
    case LDAP_UNWILLING_TO_PERFORM:
        return Error { Error::Code::Auth,
            QCoreApplication::translate("mig::directory",
                "The directory server %1 refused this kind of login; it may require TLS or a bind DN "
                "with a password.")
                .arg(settings.uri),
            detail };
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
    case LDAP_TIMEOUT:
        return Error { Error::Code::Network,
            QCoreApplication::translate("mig::directory",
                "Cannot reach the directory server %1 (is it running, and are the host, port and TLS "
                "settings right?).")
                .arg(settings.uri),
            detail };
    default:
        return Error { Error::Code::Remote,
            QCoreApplication::translate("mig::directory", "The directory server %1 refused the login.")
                .arg(settings.uri),
            detail };
    }
}

/// Errors of the search itself (result codes of a search result message).
Error searchError(const LdapSettings &settings, LDAP *ld, int rc, const QString &serverText)
{
    QString detail = QString::fromUtf8(ldap_err2string(rc));
    if (!serverText.isEmpty())
        detail += QStringLiteral(": ") + serverText;
    switch (rc) {
    case LDAP_NO_SUCH_OBJECT:
    case LDAP_REFERRAL:
        return Error { Error::Code::NotFound,
            QCoreApplication::translate(
                "mig::directory", "The base DN \"%1\" does not exist on the directory server %2.")
                .arg(settings.baseDn, settings.uri),
            detail };
    case LDAP_INVALID_DN_SYNTAX:
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::directory", "\"%1\" is not a valid base DN.").arg(settings.baseDn),
            detail };
    case LDAP_FILTER_ERROR:
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::directory", "\"%1\" is not a valid LDAP search filter.")
                .arg(settings.mapping.filter),
            detail };
    case LDAP_INSUFFICIENT_ACCESS:
        return Error { Error::Code::AccessDenied,
            QCoreApplication::translate(
                "mig::directory", "The directory server %1 does not allow this account to read users below \"%2\".")
                .arg(settings.uri, settings.baseDn),
            detail };
    case LDAP_SIZELIMIT_EXCEEDED:
        return Error { Error::Code::Remote,
            QCoreApplication::translate("mig::directory",
                "The directory server %1 stopped at its size limit and does not support paged results; "
                "narrow the base DN or the filter.")
                .arg(settings.uri),
            detail };
    case LDAP_SERVER_DOWN:
    case LDAP_CONNECT_ERROR:
    case LDAP_TIMEOUT:
        return Error { Error::Code::Network,
            QCoreApplication::translate(
                "mig::directory", "The connection to the directory server %1 was lost during the search.")
                .arg(settings.uri),
            libraryText(ld, rc) };
    default:
        return Error { Error::Code::Remote,
            QCoreApplication::translate("mig::directory", "The directory search on %1 failed.").arg(settings.uri),
            detail };
    }
}

/// Owns one LDAPMessage chain.
struct MessageDeleter {
    void operator()(LDAPMessage *message) const { ldap_msgfree(message); }
};
using MessagePtr = std::unique_ptr<LDAPMessage, MessageDeleter>;

/// Waits for the next message of operation msgid in short slices, so cancel() is seen within a
/// quarter second; gives up (and abandons the operation) after timeoutSeconds without a message.
Expected<MessagePtr> waitForMessage(LDAP *ld, int msgid, const LdapSettings &settings, const CancelCheck &cancel,
    const std::function<Error(int)> &onError)
{
    QElapsedTimer idle;
    idle.start();
    for (;;) {
        if (cancel && cancel()) {
            ldap_abandon_ext(ld, msgid, nullptr, nullptr);
            return canceledError();
        }
        timeval slice { 0, 250000 };
        LDAPMessage *message = nullptr;
        const int rc = ldap_result(ld, msgid, LDAP_MSG_ONE, &slice, &message);
        if (rc > 0 && message)
            return MessagePtr(message);
        if (rc < 0) {
            int code = LDAP_OTHER;
            ldap_get_option(ld, LDAP_OPT_RESULT_CODE, &code);
            return onError(code);
        }
        if (idle.elapsed() >= qint64(settings.timeoutSeconds) * 1000) {
            ldap_abandon_ext(ld, msgid, nullptr, nullptr);
            return Error { Error::Code::Network,
                QCoreApplication::translate(
                    "mig::directory", "The directory server %1 did not answer within %2 seconds.")
                    .arg(settings.uri)
                    .arg(settings.timeoutSeconds),
                {} };
        }
    }
}

EntryAttributes readAttributes(LDAP *ld, LDAPMessage *entry)
{
    EntryAttributes attributes;
    BerElement *ber = nullptr;
    for (char *name = ldap_first_attribute(ld, entry, &ber); name; name = ldap_next_attribute(ld, entry, ber)) {
        QStringList values;
        if (berval **raw = ldap_get_values_len(ld, entry, name)) {
            for (int i = 0; raw[i]; ++i)
                values.append(QString::fromUtf8(raw[i]->bv_val, qsizetype(raw[i]->bv_len)));
            ldap_value_free_len(raw);
        }
        attributes.insert(QString::fromUtf8(name).toLower(), values);
        ldap_memfree(name);
    }
    if (ber)
        ber_free(ber, 0);
    return attributes;
}

/// The paged-results cookie (RFC 2696) carried from one page to the next; freed however the
/// search ends. Empty after the last page.
class PageCookie {
public:
    PageCookie() = default;
    ~PageCookie() { clear(); }
    PageCookie(const PageCookie &) = delete;
    PageCookie &operator=(const PageCookie &) = delete;

    berval *get() { return &m_value; }
    bool isEmpty() const { return m_value.bv_len == 0; }
    void clear()
    {
        ldap_memfree(m_value.bv_val);
        m_value = berval { 0, nullptr };
    }

private:
    berval m_value { 0, nullptr };
};

QString entryDn(LDAP *ld, LDAPMessage *entry)
{
    char *dn = ldap_get_dn(ld, entry);
    const QString text = QString::fromUtf8(dn);
    ldap_memfree(dn);
    return text;
}

} // namespace

struct LdapDirectory::Private {
    LDAP *ld = nullptr;
    LdapSettings settings;

    ~Private()
    {
        if (ld)
            ldap_unbind_ext_s(ld, nullptr, nullptr);
    }

    Expected<void> configure();
    Expected<void> bind(const CancelCheck &cancel);
    // The steps of users(): one paged search request per page, until the server returns no cookie.
    /// Sends the search for the page after cookie; returns its message id.
    Expected<int> startPage(const QByteArray &base, const QByteArray &filter, char **attributes, PageCookie &cookie);
    /// Collects the page's entries into users; cookie becomes the server's cookie for the next page.
    Expected<void> readPage(int msgid, const CancelCheck &cancel, std::vector<UserRecord> &users, PageCookie &cookie);
    /// The page's final result: its error, if any, and the cookie.
    Expected<void> finishPage(LDAPMessage *msg, PageCookie &cookie);
};

Expected<void> LdapDirectory::Private::configure()
{
    int version = LDAP_VERSION3;
    ldap_set_option(ld, LDAP_OPT_PROTOCOL_VERSION, &version);
    // Active Directory answers with referrals to other partitions; chasing them would rebind
    // anonymously to servers the user never named.
    ldap_set_option(ld, LDAP_OPT_REFERRALS, LDAP_OPT_OFF);
    timeval timeout { settings.timeoutSeconds, 0 };
    ldap_set_option(ld, LDAP_OPT_NETWORK_TIMEOUT, &timeout);
    ldap_set_option(ld, LDAP_OPT_TIMEOUT, &timeout);

    int requireCert = settings.insecureTls ? LDAP_OPT_X_TLS_NEVER : LDAP_OPT_X_TLS_DEMAND;
    ldap_set_option(ld, LDAP_OPT_X_TLS_REQUIRE_CERT, &requireCert);
    if (!settings.caCertFile.isEmpty()) {
        const QByteArray file = settings.caCertFile.toLocal8Bit();
        ldap_set_option(ld, LDAP_OPT_X_TLS_CACERTFILE, file.constData());
    }
    // The TLS options above only take effect in a new context; without it the process-wide
    // defaults (/etc/ldap/ldap.conf) would silently win.
    int isServer = 0;
    const int rc = ldap_set_option(ld, LDAP_OPT_X_TLS_NEWCTX, &isServer);
    if (rc != LDAP_OPT_SUCCESS
        && (settings.startTls || settings.uri.startsWith(QLatin1String("ldaps:"), Qt::CaseInsensitive))) {
        return Error { Error::Code::Network,
            QCoreApplication::translate(
                "mig::directory", "The TLS settings for %1 could not be applied (CA file \"%2\").")
                .arg(settings.uri, settings.caCertFile),
            libraryText(ld, rc) };
    }
    return {};
}

Expected<void> LdapDirectory::Private::bind(const CancelCheck &cancel)
{
    QByteArray dn = settings.bindDn.toUtf8();
    QByteArray secret = settings.password.toUtf8();
    berval credentials { ber_len_t(secret.size()), secret.isEmpty() ? nullptr : secret.data() };
    int msgid = -1;
    int rc = ldap_sasl_bind(
        ld, dn.isEmpty() ? "" : dn.constData(), LDAP_SASL_SIMPLE, &credentials, nullptr, nullptr, &msgid);
    secret.fill('\0');
    if (rc != LDAP_SUCCESS)
        return connectError(settings, ld, rc);
    auto message
        = waitForMessage(ld, msgid, settings, cancel, [this](int code) { return connectError(settings, ld, code); });
    if (!message)
        return message.error();
    int result = LDAP_OTHER;
    char *serverText = nullptr;
    rc = ldap_parse_result(ld, message->get(), &result, nullptr, &serverText, nullptr, nullptr, 0);
    const QString text = QString::fromUtf8(serverText);
    ldap_memfree(serverText);
    if (rc != LDAP_SUCCESS)
        return connectError(settings, ld, rc);
    if (result != LDAP_SUCCESS) {
        Error error = connectError(settings, ld, result);
        if (!text.isEmpty())
            error.detail = QString::fromUtf8(ldap_err2string(result)) + QStringLiteral(": ") + text;
        return error;
    }
    return {};
}

LdapDirectory::LdapDirectory(std::unique_ptr<Private> d)
    : d(std::move(d))
{
}

LdapDirectory::~LdapDirectory() = default;

Expected<std::unique_ptr<LdapDirectory>> LdapDirectory::connect(const LdapSettings &settings, const CancelCheck &cancel)
{
    const QString uri = settings.uri.trimmed();
    if (!uri.startsWith(QLatin1String("ldap://"), Qt::CaseInsensitive)
        && !uri.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive)) {
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate(
                "mig::directory", "\"%1\" is not an LDAP address; use ldap://host[:port] or ldaps://host[:port].")
                .arg(uri),
            {} };
    }
    if (!settings.bindDn.isEmpty() && settings.password.isEmpty()) {
        // An empty password turns a simple bind into an "unauthenticated" bind, which many servers
        // accept as anonymous: the user would silently see less than expected.
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate(
                "mig::directory", "The bind DN %1 needs a password; leave both empty for an anonymous bind.")
                .arg(settings.bindDn),
            {} };
    }

    auto d = std::make_unique<Private>();
    d->settings = settings;
    d->settings.uri = uri;
    if (d->settings.timeoutSeconds < 1)
        d->settings.timeoutSeconds = 1;
    if (d->settings.pageSize < 1)
        d->settings.pageSize = 250;
    const int rc = ldap_initialize(&d->ld, uri.toUtf8().constData());
    if (rc != LDAP_SUCCESS || !d->ld) {
        return Error { Error::Code::InvalidArgument,
            QCoreApplication::translate("mig::directory", "\"%1\" is not a valid LDAP address.").arg(uri),
            QString::fromUtf8(ldap_err2string(rc)) };
    }
    if (auto configured = d->configure(); !configured)
        return configured.error();
    qCInfo(lcLdap) << "connecting to" << uri << "as"
                   << (settings.bindDn.isEmpty() ? QStringLiteral("(anonymous)") : settings.bindDn)
                   << (settings.startTls ? "with StartTLS" : "")
                   << (settings.insecureTls ? "without certificate check" : "");

    const bool ldaps = uri.startsWith(QLatin1String("ldaps://"), Qt::CaseInsensitive);
    if (settings.startTls && !ldaps) {
        if (cancel && cancel())
            return canceledError();
        const int tlsRc = ldap_start_tls_s(d->ld, nullptr, nullptr);
        if (tlsRc != LDAP_SUCCESS) {
            Error error = connectError(d->settings, d->ld, tlsRc);
            if (error.code != Error::Code::Network) {
                error = Error { Error::Code::Network,
                    QCoreApplication::translate("mig::directory",
                        "StartTLS with the directory server %1 failed (does it offer TLS, and is its "
                        "certificate trusted?).")
                        .arg(uri),
                    error.detail };
            } else {
                error.message = QCoreApplication::translate("mig::directory",
                    "StartTLS with the directory server %1 failed (is it reachable, and is its "
                    "certificate trusted?).")
                                    .arg(uri);
            }
            return error;
        }
    }
    if (auto bound = d->bind(cancel); !bound)
        return bound.error();
    return std::unique_ptr<LdapDirectory>(new LdapDirectory(std::move(d)));
}

Expected<std::vector<UserRecord>> LdapDirectory::users(const CancelCheck &cancel)
{
    const LdapSettings &settings = d->settings;
    const QByteArray base = settings.baseDn.toUtf8();
    const QByteArray filter
        = settings.mapping.filter.isEmpty() ? QByteArrayLiteral("(objectClass=*)") : settings.mapping.filter.toUtf8();
    std::vector<QByteArray> names;
    for (const QString &name : settings.mapping.requestedAttributes())
        names.push_back(name.toUtf8());
    std::vector<char *> attributes;
    for (QByteArray &name : names)
        attributes.push_back(name.data());
    attributes.push_back(nullptr);

    std::vector<UserRecord> users;
    PageCookie cookie;
    int pages = 0;
    do {
        auto msgid = d->startPage(base, filter, attributes.data(), cookie);
        if (!msgid)
            return msgid.error();
        ++pages;
        if (auto read = d->readPage(*msgid, cancel, users, cookie); !read)
            return read.error();
    } while (!cookie.isEmpty());
    qCInfo(lcLdap) << "read" << users.size() << "users from" << settings.uri << "in" << pages << "pages";
    return users;
}

Expected<int> LdapDirectory::Private::startPage(
    const QByteArray &base, const QByteArray &filter, char **attributes, PageCookie &cookie)
{
    LDAPControl *pageControl = nullptr;
    // Not critical: a server without paging still answers, up to its size limit, and that
    // case gets its own error (searchError).
    int rc = ldap_create_page_control(ld, settings.pageSize, cookie.get(), 0, &pageControl);
    if (rc != LDAP_SUCCESS)
        return searchError(settings, ld, rc, {});
    LDAPControl *serverControls[] = { pageControl, nullptr };
    int msgid = -1;
    rc = ldap_search_ext(ld, base.constData(), LDAP_SCOPE_SUBTREE, filter.constData(), attributes, 0, serverControls,
        nullptr, nullptr, LDAP_NO_LIMIT, &msgid);
    ldap_control_free(pageControl);
    if (rc != LDAP_SUCCESS)
        return searchError(settings, ld, rc, libraryText(ld, rc));
    return msgid;
}

Expected<void> LdapDirectory::Private::readPage(
    int msgid, const CancelCheck &cancel, std::vector<UserRecord> &users, PageCookie &cookie)
{
    for (;;) {
        auto message
            = waitForMessage(ld, msgid, settings, cancel, [&](int code) { return searchError(settings, ld, code, {}); });
        if (!message)
            return message.error();
        LDAPMessage *msg = message->get();
        switch (ldap_msgtype(msg)) {
        case LDAP_RES_SEARCH_ENTRY:
            for (LDAPMessage *entry = ldap_first_entry(ld, msg); entry; entry = ldap_next_entry(ld, entry))
                users.push_back(buildUserRecord(entryDn(ld, entry), readAttributes(ld, entry), settings.mapping));
            break;
        case LDAP_RES_SEARCH_RESULT:
            return finishPage(msg, cookie);
        default: // search references (AD partitions) and intermediate responses: not users
            break;
        }
    }
}

Expected<void> LdapDirectory::Private::finishPage(LDAPMessage *msg, PageCookie &cookie)
{
    int result = LDAP_OTHER;
    char *serverText = nullptr;
    LDAPControl **controls = nullptr;
    const int rc = ldap_parse_result(ld, msg, &result, nullptr, &serverText, nullptr, &controls, 0);
    const QString text = QString::fromUtf8(serverText);
    ldap_memfree(serverText);
    if (rc != LDAP_SUCCESS)
        result = rc;
    cookie.clear();
    if (LDAPControl *response = ldap_control_find(LDAP_CONTROL_PAGEDRESULTS, controls, nullptr)) {
        ber_int_t estimate = 0;
        ldap_parse_pageresponse_control(ld, response, &estimate, cookie.get());
    }
    ldap_controls_free(controls);
    if (result != LDAP_SUCCESS)
        return searchError(settings, ld, result, text);
    return {};
}

Expected<std::vector<UserRecord>> fetchUsers(const LdapSettings &settings, const CancelCheck &cancel)
{
    auto directory = LdapDirectory::connect(settings, cancel);
    if (!directory)
        return directory.error();
    return (*directory)->users(cancel);
}

} // namespace mig::directory
