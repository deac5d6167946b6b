#pragma once

#include "mapi/PropTypes.h"

// Tags and PSETID_Address LIDs the contact converter writes (MS-OXOCNTC, MS-OXPROPS;
// gxmt-format.md §11.4).
namespace mig::contacts::names {

using mapi::PropTag;

inline constexpr PropTag PR_GENERATION = 0x3A05001F;
inline constexpr PropTag PR_GIVEN_NAME = 0x3A06001F;
inline constexpr PropTag PR_BUSINESS_TELEPHONE_NUMBER = 0x3A08001F;
inline constexpr PropTag PR_HOME_TELEPHONE_NUMBER = 0x3A09001F;
inline constexpr PropTag PR_SURNAME = 0x3A11001F;
inline constexpr PropTag PR_COMPANY_NAME = 0x3A16001F;
inline constexpr PropTag PR_TITLE = 0x3A17001F;
inline constexpr PropTag PR_DEPARTMENT_NAME = 0x3A18001F;
inline constexpr PropTag PR_PRIMARY_TELEPHONE_NUMBER = 0x3A1A001F;
inline constexpr PropTag PR_BUSINESS2_TELEPHONE_NUMBER = 0x3A1B001F;
inline constexpr PropTag PR_MOBILE_TELEPHONE_NUMBER = 0x3A1C001F;
inline constexpr PropTag PR_CAR_TELEPHONE_NUMBER = 0x3A1E001F;
inline constexpr PropTag PR_OTHER_TELEPHONE_NUMBER = 0x3A1F001F;
inline constexpr PropTag PR_PAGER_TELEPHONE_NUMBER = 0x3A21001F;
inline constexpr PropTag PR_PRIMARY_FAX_NUMBER = 0x3A23001F;
inline constexpr PropTag PR_BUSINESS_FAX_NUMBER = 0x3A24001F;
inline constexpr PropTag PR_HOME_FAX_NUMBER = 0x3A25001F;
inline constexpr PropTag PR_ISDN_NUMBER = 0x3A2D001F;
inline constexpr PropTag PR_HOME2_TELEPHONE_NUMBER = 0x3A2F001F;
inline constexpr PropTag PR_ASSISTANT = 0x3A30001F;
inline constexpr PropTag PR_WEDDING_ANNIVERSARY = 0x3A410040;
inline constexpr PropTag PR_BIRTHDAY = 0x3A420040;
inline constexpr PropTag PR_HOBBIES = 0x3A43001F;
inline constexpr PropTag PR_MIDDLE_NAME = 0x3A44001F;
inline constexpr PropTag PR_DISPLAY_NAME_PREFIX = 0x3A45001F;
inline constexpr PropTag PR_PROFESSION = 0x3A46001F;
inline constexpr PropTag PR_SPOUSE_NAME = 0x3A48001F;
inline constexpr PropTag PR_GENDER = 0x3A4D0002;
inline constexpr PropTag PR_MANAGER_NAME = 0x3A4E001F;
inline constexpr PropTag PR_NICKNAME = 0x3A4F001F;
inline constexpr PropTag PR_PERSONAL_HOME_PAGE = 0x3A50001F;
inline constexpr PropTag PR_BUSINESS_HOME_PAGE = 0x3A51001F;
inline constexpr PropTag PR_COMPANY_MAIN_PHONE_NUMBER = 0x3A57001F;
inline constexpr PropTag PR_CHILDRENS_NAMES = 0x3A58101F;
inline constexpr PropTag PR_HOME_ADDRESS_CITY = 0x3A59001F;
inline constexpr PropTag PR_HOME_ADDRESS_COUNTRY = 0x3A5A001F;
inline constexpr PropTag PR_HOME_ADDRESS_POSTAL_CODE = 0x3A5B001F;
inline constexpr PropTag PR_HOME_ADDRESS_STATE_OR_PROVINCE = 0x3A5C001F;
inline constexpr PropTag PR_HOME_ADDRESS_STREET = 0x3A5D001F;
inline constexpr PropTag PR_HOME_ADDRESS_POST_OFFICE_BOX = 0x3A5E001F;
inline constexpr PropTag PR_OTHER_ADDRESS_CITY = 0x3A5F001F;
inline constexpr PropTag PR_OTHER_ADDRESS_COUNTRY = 0x3A60001F;
inline constexpr PropTag PR_OTHER_ADDRESS_POSTAL_CODE = 0x3A61001F;
inline constexpr PropTag PR_OTHER_ADDRESS_STATE_OR_PROVINCE = 0x3A62001F;
inline constexpr PropTag PR_OTHER_ADDRESS_STREET = 0x3A63001F;
inline constexpr PropTag PR_OTHER_ADDRESS_POST_OFFICE_BOX = 0x3A64001F;
inline constexpr PropTag PR_USER_X509_CERTIFICATE = 0x3A701102;
inline constexpr PropTag PR_ATTACHMENT_CONTACTPHOTO = 0x7FFF000B;

// PSETID_Address
inline constexpr quint32 FileAs = 0x8005;
inline constexpr quint32 HasPicture = 0x8015;
inline constexpr quint32 AddressBookProviderEmailList = 0x8028;
inline constexpr quint32 AddressBookProviderArrayType = 0x8029;
inline constexpr quint32 WorkAddressStreet = 0x8045;
inline constexpr quint32 WorkAddressCity = 0x8046;
inline constexpr quint32 WorkAddressState = 0x8047;
inline constexpr quint32 WorkAddressPostalCode = 0x8048;
inline constexpr quint32 WorkAddressCountry = 0x8049;
inline constexpr quint32 WorkAddressPostOfficeBox = 0x804A;
inline constexpr quint32 InstantMessagingAddress = 0x8062;
inline constexpr quint32 Email1DisplayName = 0x8080; ///< + 0x10 per e-mail slot
inline constexpr quint32 Email1AddressType = 0x8082;
inline constexpr quint32 Email1EmailAddress = 0x8083;
inline constexpr quint32 Email1OriginalDisplayName = 0x8084;
inline constexpr quint32 FreeBusyLocation = 0x80D8;
// Personal distribution lists (MS-OXOCNTC 2.2.2.2)
inline constexpr quint32 DistributionListChecksum = 0x804C;
inline constexpr quint32 DistributionListName = 0x8053;
inline constexpr quint32 DistributionListOneOffMembers = 0x8054;
inline constexpr quint32 DistributionListMembers = 0x8055;

} // namespace mig::contacts::names
