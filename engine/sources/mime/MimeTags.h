#pragma once

#include "mapi/Tags.h"

namespace mig::mime {

// Property tags only the MIME converter uses (MS-OXPROPS, MS-OXOMSG, MS-OXCMAIL). Kept here rather
// than in mapi/Tags.h so that this folder owns what only it needs.
using mapi::PropTag;
inline constexpr PropTag PR_EXPIRY_TIME = 0x00150040;
inline constexpr PropTag PR_ORIGINATOR_DELIVERY_REPORT_REQUESTED = 0x0023000B;
inline constexpr PropTag PR_PRIORITY = 0x00260003;
inline constexpr PropTag PR_READ_RECEIPT_REQUESTED = 0x0029000B;
inline constexpr PropTag PR_SENT_REPRESENTING_SEARCH_KEY = 0x003B0102;
inline constexpr PropTag PR_SENT_REPRESENTING_ENTRYID = 0x00410102;
inline constexpr PropTag PR_REPLY_RECIPIENT_ENTRIES = 0x004F0102;
inline constexpr PropTag PR_REPLY_RECIPIENT_NAMES = 0x0050001F;
inline constexpr PropTag PR_SENT_REPRESENTING_ADDRTYPE = 0x0064001F;
inline constexpr PropTag PR_CONVERSATION_INDEX = 0x00710102;
inline constexpr PropTag PR_NON_RECEIPT_NOTIFICATION_REQUESTED = 0x0C06000B;
inline constexpr PropTag PR_SENDER_ENTRYID = 0x0C190102;
inline constexpr PropTag PR_SENDER_SEARCH_KEY = 0x0C1D0102;
inline constexpr PropTag PR_SENDER_ADDRTYPE = 0x0C1E001F;
inline constexpr PropTag PR_RESPONSIBILITY = 0x0E0F000B;
inline constexpr PropTag PR_HASATTACH = 0x0E1B000B;
inline constexpr PropTag PR_RECORD_KEY = 0x0FF90102;
inline constexpr PropTag PR_OBJECT_TYPE = 0x0FFE0003;
inline constexpr PropTag PR_LAST_VERB_EXECUTED = 0x10810003;
inline constexpr PropTag PR_ICON_INDEX = 0x10800003;
inline constexpr PropTag PR_FLAG_STATUS = 0x10900003;
inline constexpr PropTag PR_INTERNET_REFERENCES = 0x1039001F;
inline constexpr PropTag PR_IN_REPLY_TO_ID = 0x1042001F;
inline constexpr PropTag PR_LIST_HELP = 0x1043001F;
inline constexpr PropTag PR_LIST_SUBSCRIBE = 0x1044001F;
inline constexpr PropTag PR_LIST_UNSUBSCRIBE = 0x1045001F;
inline constexpr PropTag PR_SEARCH_KEY = 0x300B0102;
inline constexpr PropTag PR_ATTACH_RENDERING_POSITION = 0x370B0003;
inline constexpr PropTag PR_ATTACH_CONTENT_LOCATION = 0x3713001F;
inline constexpr PropTag PR_ATTACH_FLAGS = 0x37140003;
inline constexpr PropTag PR_TRANSMITABLE_DISPLAY_NAME = 0x3A20001F;
inline constexpr PropTag PR_SENDER_SMTP_ADDRESS = 0x5D01001F;
inline constexpr PropTag PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02001F;
inline constexpr PropTag PR_RECIPIENT_ENTRYID = 0x5FF70102;
inline constexpr PropTag PR_RECIPIENT_FLAGS = 0x5FFD0003;

inline constexpr quint32 MSGFLAG_HASATTACH = 0x10;
inline constexpr qint32 MAPI_TO = 1;
inline constexpr qint32 MAPI_CC = 2;
inline constexpr qint32 MAPI_BCC = 3;
inline constexpr qint32 MAPI_MAILUSER = 6;
inline constexpr qint32 DT_MAILUSER = 0;
inline constexpr qint32 RECIP_SENDABLE = 1;
inline constexpr qint32 IMPORTANCE_LOW = 0, IMPORTANCE_NORMAL = 1, IMPORTANCE_HIGH = 2;
inline constexpr qint32 SENSITIVITY_NONE = 0, SENSITIVITY_PERSONAL = 1, SENSITIVITY_PRIVATE = 2,
                        SENSITIVITY_CONFIDENTIAL = 3;
inline constexpr qint32 ATT_MHTML_REF = 4;
inline constexpr qint32 FOLLOWUP_FLAGGED = 2;
inline constexpr qint32 EXCHIVERB_REPLYTOSENDER = 102;
inline constexpr qint32 EXCHIVERB_FORWARD = 104;
inline constexpr qint32 CPID_UTF8 = 65001;

} // namespace mig::mime
