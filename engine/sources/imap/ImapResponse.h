#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace mig::imap {

/// One response as read from the wire, before parsing: the text lines and the literals between
/// them. lines[i] ends with "{n}" (or "{n+}", "~{n}") exactly when literals[i] follows it, so
/// lines.size() == literals.size() + 1. Lines carry no CRLF.
struct RawResponse {
    QList<QByteArray> lines;
    QList<QByteArray> literals;
};

/// A parsed token of IMAP's response grammar.
struct ImapValue {
    enum class Kind { Atom, String, Nil, List };
    Kind kind = Kind::Nil;
    QByteArray text;          ///< Atom (numbers, flags, BODY[...] included) or String (quoted or literal)
    QList<ImapValue> items;   ///< List

    bool isAtom(const char *name) const;
    bool isList() const { return kind == Kind::List; }
    /// Atom or String as bytes; empty for NIL and lists.
    QByteArray bytes() const { return kind == Kind::Atom || kind == Kind::String ? text : QByteArray(); }
    /// The atom as an unsigned number; nullopt when it is not one.
    std::optional<quint64> number() const;
};

/// A parsed response.
struct ImapResponse {
    enum class Type { Untagged, Tagged, Continuation };
    Type type = Type::Untagged;
    QByteArray tag;                 ///< Tagged only
    /// OK/NO/BAD/BYE/PREAUTH (upper case) for status responses; empty for untagged data.
    QByteArray status;
    /// Untagged data: every token after "*" (e.g. "LIST" (...) "/" name; "12" "FETCH" (...)).
    QList<ImapValue> fields;
    /// Status responses: the tokens of a "[...]" response code (e.g. UIDVALIDITY 17), if any.
    QList<ImapValue> code;
    /// Status responses and continuations: the human-readable text.
    QString text;

    bool isStatus() const { return !status.isEmpty(); }
    /// The untagged data's name: "LIST", "STATUS", "CAPABILITY", "FETCH" (for "* 3 FETCH"), ...
    QByteArray dataName() const;
};

/// Parses one response. Never crashes on any input: malformed input gives nullopt and *error a
/// short reason (nesting is limited, every index is checked; covered by TestImapParser's fuzzing).
std::optional<ImapResponse> parseImapResponse(const RawResponse &raw, QString *error);

/// The literal size announced at the end of a response line ("{123}", "{123+}", "~{123}"), or -1.
qint64 trailingLiteralSize(const QByteArray &line);

} // namespace mig::imap
