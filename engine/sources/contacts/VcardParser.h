#pragma once

#include "core/Expected.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace mig::contacts {

/// One content line of a vCard, decoded: quoted-printable and base64 undone, CHARSET applied.
struct VcardProperty {
    QString group;          ///< "item1" of "item1.EMAIL"; empty without a group
    QString name;           ///< upper case: "EMAIL", "X-MS-TEL"
    QStringList types;      ///< lower case TYPE values, from TYPE=a,b, repeated TYPE= and 2.1 bare words
    QList<std::pair<QString, QString>> parameters; ///< other parameters, names upper case
    QString text;           ///< the value as text (still escaped: see components()/unescaped())
    QByteArray binary;      ///< the decoded bytes of ENCODING=b/BASE64 values and data: URIs
    bool isBinary = false;
    /// The base64 value was malformed; binary holds what a lenient decoder made of it.
    bool damaged = false;

    bool hasType(const char *type) const;
    QString parameter(const char *name) const;
    /// The value with vCard backslash escapes undone (\n, \, \; \\).
    QString unescaped() const;
    /// A structured value (N, ADR, ORG) split at unescaped semicolons, each part unescaped.
    QStringList components() const;
};

/// One BEGIN:VCARD ... END:VCARD block.
struct Vcard {
    int index = 0;          ///< 1-based position in the file
    int line = 0;           ///< line of its BEGIN:VCARD
    QString version;        ///< "2.1", "3.0", "4.0" (empty when the card has none)
    QList<VcardProperty> properties;

    const VcardProperty *first(const char *name) const;
    QList<const VcardProperty *> all(const char *name) const;
};

struct VcardFile {
    QString name;
    QList<Vcard> cards;
    QStringList warnings;   ///< "<file>: line <n>: ..." for lines that could not be read
};

/// Reads every card of a .vcf file (vCard 2.1, 3.0 and 4.0). Written by hand because Debian 12
/// has no C or Qt 6 library for vCard 3/4 (libical does not read vCard); see README.md.
/// Errors: only when the data holds no BEGIN:VCARD at all; bad lines become warnings.
Expected<VcardFile> parseVcards(const QByteArray &data, const QString &name);
Expected<VcardFile> readVcardFile(const QString &path);

} // namespace mig::contacts
