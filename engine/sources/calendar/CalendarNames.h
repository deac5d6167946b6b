#pragma once

#include "mapi/PropTypes.h"

// Property ids the calendar converter writes (MS-OXPROPS; gxmt-format.md §11.3). Named properties
// are LIDs of the set in the comment; tags below 0x8000 are plain.
namespace mig::calendar::names {

// PSETID_Appointment
inline constexpr quint32 AppointmentSequence = 0x8201;
inline constexpr quint32 BusyStatus = 0x8205;
inline constexpr quint32 Location = 0x8208;
inline constexpr quint32 AppointmentStartWhole = 0x820D;
inline constexpr quint32 AppointmentEndWhole = 0x820E;
inline constexpr quint32 AppointmentDuration = 0x8213;
inline constexpr quint32 AppointmentSubType = 0x8215;
inline constexpr quint32 AppointmentRecur = 0x8216;
inline constexpr quint32 AppointmentStateFlags = 0x8217;
inline constexpr quint32 ResponseStatus = 0x8218;
inline constexpr quint32 Recurring = 0x8223;
inline constexpr quint32 IntendedBusyStatus = 0x8224;
inline constexpr quint32 ExceptionReplaceTime = 0x8228;
inline constexpr quint32 RecurrenceType = 0x8231;
inline constexpr quint32 TimeZoneStruct = 0x8233;
inline constexpr quint32 TimeZoneDescription = 0x8234;
inline constexpr quint32 ClipStart = 0x8235;
inline constexpr quint32 ClipEnd = 0x8236;
inline constexpr quint32 AppointmentNotAllowPropose = 0x825A;
inline constexpr quint32 TimeZoneDefinitionStartDisplay = 0x825E;
inline constexpr quint32 TimeZoneDefinitionEndDisplay = 0x825F;
inline constexpr quint32 TimeZoneDefinitionRecur = 0x8260;
// PSETID_Common
inline constexpr quint32 ReminderDelta = 0x8501;
inline constexpr quint32 ReminderTime = 0x8502;
inline constexpr quint32 ReminderSet = 0x8503;
inline constexpr quint32 CommonStart = 0x8516;
inline constexpr quint32 CommonEnd = 0x8517;
inline constexpr quint32 ReminderSignalTime = 0x8560;
// PSETID_Meeting
inline constexpr quint32 GlobalObjectId = 0x0003;
inline constexpr quint32 OwnerCriticalChange = 0x001A;
inline constexpr quint32 CleanGlobalObjectId = 0x0023;
inline constexpr quint32 MeetingType = 0x0026;
// PSETID_Task
inline constexpr quint32 TaskStatus = 0x8101;
inline constexpr quint32 PercentComplete = 0x8102;
inline constexpr quint32 TaskStartDate = 0x8104;
inline constexpr quint32 TaskDueDate = 0x8105;
inline constexpr quint32 TaskDateCompleted = 0x810F;
inline constexpr quint32 TaskComplete = 0x811C;
// PSETID_Log (journal)
inline constexpr quint32 LogType = 0x8700;
inline constexpr quint32 LogStart = 0x8706;
inline constexpr quint32 LogDuration = 0x8707;
inline constexpr quint32 LogEnd = 0x8708;

// Plain tags
inline constexpr mapi::PropTag PR_START_DATE = 0x00600040;
inline constexpr mapi::PropTag PR_END_DATE = 0x00610040;
inline constexpr mapi::PropTag PR_OWNER_APPT_ID = 0x00620003;
inline constexpr mapi::PropTag PR_SENT_REPRESENTING_ADDRTYPE = 0x0064001F;
inline constexpr mapi::PropTag PR_SENDER_ADDRTYPE = 0x0C1E001F;
inline constexpr mapi::PropTag PR_SENDER_SMTP_ADDRESS = 0x5D01001F;
inline constexpr mapi::PropTag PR_SENT_REPRESENTING_SMTP_ADDRESS = 0x5D02001F;
inline constexpr mapi::PropTag PR_RESPONSE_REQUESTED = 0x0063000B;
inline constexpr mapi::PropTag PR_REPLY_REQUESTED = 0x0C17000B;
inline constexpr mapi::PropTag PR_OBJECT_TYPE = 0x0FFE0003;
inline constexpr mapi::PropTag PR_RECORD_KEY = 0x0FF90102;
inline constexpr mapi::PropTag PR_RESPONSIBILITY = 0x0E0F000B;
inline constexpr mapi::PropTag PR_SEARCH_KEY = 0x300B0102;
inline constexpr mapi::PropTag PR_TRANSMITABLE_DISPLAY_NAME = 0x3A20001F;
inline constexpr mapi::PropTag PR_RECIPIENT_ENTRYID = 0x5FF70102;
inline constexpr mapi::PropTag PR_RECIPIENT_FLAGS = 0x5FFD0003;
inline constexpr mapi::PropTag PR_RECIPIENT_TRACKSTATUS = 0x5FFF0003;
inline constexpr mapi::PropTag PR_ATTACHMENT_FLAGS = 0x7FFD0003;
inline constexpr mapi::PropTag PR_EXCEPTION_STARTTIME = 0x7FFB0040;
inline constexpr mapi::PropTag PR_EXCEPTION_ENDTIME = 0x7FFC0040;

} // namespace mig::calendar::names
