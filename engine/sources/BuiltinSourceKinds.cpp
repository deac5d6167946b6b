#include "sources/BuiltinSourceKinds.h"

#include "sources/calendar/IcsSource.h"
#include "sources/contacts/VcfSource.h"
#include "sources/imap/ImapKind.h"
#include "sources/mime/MimeKinds.h"
#include "sources/pst/PstKind.h"

namespace mig::sources {

QList<SourceKind> builtinSourceKinds()
{
    return { pst::pstSourceKind(), mime::emlSourceKind(), mime::mboxSourceKind(), mime::maildirSourceKind(),
        calendar::icsSourceKind(), contacts::vcfSourceKind(), imap::imapSourceKind() };
}

} // namespace mig::sources
