#pragma once

#include "mapi/PropTypes.h"

namespace mig::mapi {

// Well-known property tags the engine refers to by name (MS-OXPROPS; gxmt-format.md §7, §8).
// Only tags that code uses belong here: sources copy all other properties by number.
inline constexpr PropTag PR_MESSAGE_CLASS = 0x001A001F;
inline constexpr PropTag PR_IMPORTANCE = 0x00170003;
inline constexpr PropTag PR_SENSITIVITY = 0x00360003;
inline constexpr PropTag PR_SUBJECT = 0x0037001F;
inline constexpr PropTag PR_SUBJECT_PREFIX = 0x003D001F;
inline constexpr PropTag PR_CLIENT_SUBMIT_TIME = 0x00390040;
inline constexpr PropTag PR_SENT_REPRESENTING_NAME = 0x0042001F;
inline constexpr PropTag PR_SENT_REPRESENTING_EMAIL_ADDRESS = 0x0065001F;
inline constexpr PropTag PR_CONVERSATION_TOPIC = 0x0070001F;
inline constexpr PropTag PR_TRANSPORT_MESSAGE_HEADERS = 0x007D001F;
inline constexpr PropTag PR_SENDER_NAME = 0x0C1A001F;
inline constexpr PropTag PR_SENDER_EMAIL_ADDRESS = 0x0C1F001F;
inline constexpr PropTag PR_RECIPIENT_TYPE = 0x0C150003;
inline constexpr PropTag PR_MESSAGE_DELIVERY_TIME = 0x0E060040;
inline constexpr PropTag PR_MESSAGE_FLAGS = 0x0E070003;
inline constexpr PropTag PR_MESSAGE_SIZE = 0x0E080003;
inline constexpr PropTag PR_NORMALIZED_SUBJECT = 0x0E1D001F;
inline constexpr PropTag PR_ATTACH_SIZE = 0x0E200003;
inline constexpr PropTag PR_RTF_IN_SYNC = 0x0E1F000B;
inline constexpr PropTag PR_ENTRYID = 0x0FFF0102;
inline constexpr PropTag PR_BODY = 0x1000001F;
inline constexpr PropTag PR_RTF_COMPRESSED = 0x10090102;
inline constexpr PropTag PR_HTML = 0x10130102;
inline constexpr PropTag PR_INTERNET_MESSAGE_ID = 0x1035001F;
inline constexpr PropTag PR_ATTR_HIDDEN = 0x10F4000B;
inline constexpr PropTag PR_DISPLAY_NAME = 0x3001001F;
inline constexpr PropTag PR_ADDRTYPE = 0x3002001F;
inline constexpr PropTag PR_EMAIL_ADDRESS = 0x3003001F;
inline constexpr PropTag PR_COMMENT = 0x3004001F;
inline constexpr PropTag PR_CREATION_TIME = 0x30070040;
inline constexpr PropTag PR_LAST_MODIFICATION_TIME = 0x30080040;
inline constexpr PropTag PR_FOLDER_TYPE = 0x36010003;
inline constexpr PropTag PR_CONTENT_COUNT = 0x36020003;
inline constexpr PropTag PR_SUBFOLDERS = 0x360A000B;
inline constexpr PropTag PR_CONTAINER_CLASS = 0x3613001F;
inline constexpr PropTag PR_ATTACH_DATA_BIN = 0x37010102;
inline constexpr PropTag PR_ATTACH_DATA_OBJ = 0x3701000D;
inline constexpr PropTag PR_ATTACH_EXTENSION = 0x3703001F;
inline constexpr PropTag PR_ATTACH_FILENAME = 0x3704001F;
inline constexpr PropTag PR_ATTACH_METHOD = 0x37050003;
inline constexpr PropTag PR_ATTACH_LONG_FILENAME = 0x3707001F;
inline constexpr PropTag PR_ATTACH_MIME_TAG = 0x370E001F;
inline constexpr PropTag PR_ATTACH_CONTENT_ID = 0x3712001F;
inline constexpr PropTag PR_DISPLAY_TYPE = 0x39000003;
inline constexpr PropTag PR_SMTP_ADDRESS = 0x39FE001F;
inline constexpr PropTag PR_INTERNET_CPID = 0x3FDE0003;
inline constexpr PropTag PR_MEMBER_RIGHTS = 0x66730003;
inline constexpr PropTag PR_ATTACHMENT_HIDDEN = 0x7FFE000B;

// PR_MESSAGE_FLAGS bits (gxmt-format.md §8.2).
inline constexpr quint32 MSGFLAG_READ = 0x1;
inline constexpr quint32 MSGFLAG_UNSENT = 0x8;
inline constexpr quint32 MSGFLAG_ASSOCIATED = 0x40;

// PR_ATTACH_METHOD values (gxmt-format.md §7.5).
inline constexpr qint32 ATTACH_BY_VALUE = 1;
inline constexpr qint32 ATTACH_BY_REFERENCE = 2;
inline constexpr qint32 ATTACH_BY_REF_RESOLVE = 3;
inline constexpr qint32 ATTACH_BY_REF_ONLY = 4;
inline constexpr qint32 ATTACH_EMBEDDED_MSG = 5;
inline constexpr qint32 ATTACH_OLE = 6;
inline constexpr qint32 ATTACH_BY_WEBREFERENCE = 7;

} // namespace mig::mapi
