#pragma once

#include <QByteArray>
#include <QList>
#include <QStringList>

namespace mig::imap {

/// The Outlook categories a message's IMAP flags stand for: its keywords (user flags such as
/// "Work" or "$Label1"), in order, without system flags (\Seen ...) and without the keywords that
/// record a state rather than a label ($Forwarded, which becomes the forwarded icon, $MDNSent,
/// $Junk / $NotJunk and their older spellings, $Phishing, $SubmitPending, $Submitted).
/// Thunderbird's five standard tags $Label1..$Label5 get the names Thunderbird shows for them
/// (Important, Work, Personal, To Do, Later); other keywords keep their own name.
QStringList categoriesFromFlags(const QList<QByteArray> &flags);

} // namespace mig::imap
