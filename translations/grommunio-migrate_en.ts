<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>mig::calendar</name>
    <message numerus="yes">
        <location filename="../engine/sources/calendar/IcsSource.cpp" line="+159"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n appointment</numerusform>
            <numerusform>%n appointments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n meeting request(s) or response(s)</source>
        <translation>
            <numerusform>%n meeting request or response</numerusform>
            <numerusform>%n meeting requests or responses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recurring series</source>
        <translation>
            <numerusform>%n recurring series</numerusform>
            <numerusform>%n recurring series</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed instance(s)</source>
        <translation>
            <numerusform>%n changed instance</numerusform>
            <numerusform>%n changed instances</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n task</numerusform>
            <numerusform>%n tasks</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n journal entry</numerusform>
            <numerusform>%n journal entries</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::cli</name>
    <message numerus="yes">
        <location filename="../cli/DirectoryCommand.cpp" line="+75"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/PlanCommand.cpp" line="+377"/>
        <source>Wrote %1 with %n mailbox(es).</source>
        <translation>
            <numerusform>Wrote %1 with %n mailbox.</numerusform>
            <numerusform>Wrote %1 with %n mailboxes.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/InspectCommand.cpp" line="+47"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n unreadable</numerusform>
            <numerusform>%n unreadable</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n attachment</numerusform>
            <numerusform>%n attachments</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n associated</source>
        <translation>
            <numerusform>%n associated</numerusform>
            <numerusform>%n associated</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>%n skipped: %1</numerusform>
            <numerusform>%n skipped: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/ExchangeExportCommand.cpp" line="+185"/>
        <source>Wrote %1 (%n mailbox(es), batch &quot;%2&quot;) and %3.</source>
        <translation>
            <numerusform>Wrote %1 (%n mailbox, batch &quot;%2&quot;) and %3.</numerusform>
            <numerusform>Wrote %1 (%n mailboxes, batch &quot;%2&quot;) and %3.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../cli/InspectAddresses.cpp" line="+90"/>
        <source>→ %1, %n occurrence(s) unresolved</source>
        <translation>
            <numerusform>→ %1, %n occurrence unresolved</numerusform>
            <numerusform>→ %1, %n occurrences unresolved</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) could not be read and were not looked at.</source>
        <translation>
            <numerusform>%n item could not be read and was not looked at.</numerusform>
            <numerusform>%n items could not be read and were not looked at.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::contacts</name>
    <message numerus="yes">
        <location filename="../engine/sources/contacts/VcfSource.cpp" line="+115"/>
        <source>%n with a photo</source>
        <translation>
            <numerusform>%n with a photo</numerusform>
            <numerusform>%n with a photo</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact group(s)</source>
        <translation>
            <numerusform>%n contact group</numerusform>
            <numerusform>%n contact groups</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n contact</numerusform>
            <numerusform>%n contacts</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::imap</name>
    <message numerus="yes">
        <location filename="../engine/sources/imap/ImapAccountList.cpp" line="+79"/>
        <source>expected login,target[,password] but found %n field(s)</source>
        <translation>
            <numerusform>expected login,target[,password] but found %n field</numerusform>
            <numerusform>expected login,target[,password] but found %n fields</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>expected login,password or login,target,password but found %n field(s)</source>
        <translation>
            <numerusform>expected login,password or login,target,password but found %n field</numerusform>
            <numerusform>expected login,password or login,target,password but found %n fields</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::sources</name>
    <message numerus="yes">
        <location filename="../engine/sources/Converter.cpp" line="+133"/>
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n item: %1</numerusform>
            <numerusform>%n items: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+325"/>
        <source>%n item(s) listed in the contents table could not be enumerated</source>
        <translation>
            <numerusform>%n item listed in the contents table could not be enumerated</numerusform>
            <numerusform>%n items listed in the contents table could not be enumerated</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard</name>
    <message numerus="yes">
        <location filename="../wizard/preview/MessageRenderer.cpp" line="+117"/>
        <source>%n member(s) from an address book</source>
        <translation>
            <numerusform>%n member from an address book</numerusform>
            <numerusform>%n members from an address book</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n minute before</numerusform>
            <numerusform>%n minutes before</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>%n (listed under Recipients)</source>
        <translation>
            <numerusform>%n (listed under Recipients)</numerusform>
            <numerusform>%n (listed under Recipients)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::DirectoryPage</name>
    <message numerus="yes">
        <location filename="../wizard/pages/DirectoryPage.cpp" line="+89"/>
        <source>Connected: %n user(s) found.</source>
        <translation>
            <numerusform>Connected: %n user found.</numerusform>
            <numerusform>Connected: %n users found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::FolderTreeModel</name>
    <message numerus="yes">
        <location filename="../wizard/preview/FolderTreeModel.cpp" line="+98"/>
        <source>%n item(s) cannot be read</source>
        <translation>
            <numerusform>%n item cannot be read</numerusform>
            <numerusform>%n items cannot be read</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::ImapAccountDialog</name>
    <message numerus="yes">
        <location filename="../wizard/dialogs/ImapAccountDialog.cpp" line="+291"/>
        <source>Connected: %n folder(s) with %1 messages.</source>
        <translation>
            <numerusform>Connected: %n folder with %1 messages.</numerusform>
            <numerusform>Connected: %n folders with %1 messages.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::KopanoSourceDialog</name>
    <message numerus="yes">
        <location filename="../wizard/dialogs/KopanoSourceDialog.cpp" line="+205"/>
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n user found.</numerusform>
            <numerusform>%n users found.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::MappingPage</name>
    <message numerus="yes">
        <location filename="../wizard/pages/MappingPage.cpp" line="+169"/>
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n source.</numerusform>
            <numerusform>%n sources.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) still need a target.</source>
        <translation>
            <numerusform>%n source still need a target.</numerusform>
            <numerusform>%n sources still need a target.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) share a target mailbox with another source: they will be merged into it.</source>
        <translation>
            <numerusform>%n source share a target mailbox with another source: they will be merged into it.</numerusform>
            <numerusform>%n sources share a target mailbox with another source: they will be merged into it.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::PreviewPage</name>
    <message numerus="yes">
        <location filename="../wizard/pages/PreviewPage.cpp" line="+109"/>
        <source>%1 of %n item(s) loaded.</source>
        <translation>
            <numerusform>%1 of %n item loaded.</numerusform>
            <numerusform>%1 of %n items loaded.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+75"/>
        <source>%n folder(s).</source>
        <translation>
            <numerusform>%n folder.</numerusform>
            <numerusform>%n folders.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::SourceListModel</name>
    <message numerus="yes">
        <location filename="../wizard/models/SourceListModel.cpp" line="+128"/>
        <source>Ready (%n unreadable item(s))</source>
        <translation>
            <numerusform>Ready (%n unreadable item)</numerusform>
            <numerusform>Ready (%n unreadable items)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::SourcesPage</name>
    <message numerus="yes">
        <location filename="../wizard/pages/SourcesPage.cpp" line="+187"/>
        <source>%n source(s) ready with %1 items.</source>
        <translation>
            <numerusform>%n source ready with %1 items.</numerusform>
            <numerusform>%n sources ready with %1 items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n Kopano store(s) ready; their items are counted during the run.</source>
        <translation>
            <numerusform>%n Kopano store ready; its items are counted during the run.</numerusform>
            <numerusform>%n Kopano stores ready; their items are counted during the run.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n source(s) cannot be read and will not be migrated.</source>
        <translation>
            <numerusform>%n source cannot be read and will not be migrated.</numerusform>
            <numerusform>%n sources cannot be read and will not be migrated.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::WelcomePage</name>
    <message numerus="yes">
        <location filename="../wizard/pages/WelcomePage.cpp" line="+112"/>
        <source>Opened %1: %n mailbox(es).</source>
        <translation>
            <numerusform>Opened %1: %n mailbox.</numerusform>
            <numerusform>Opened %1: %n mailboxes.</numerusform>
        </translation>
    </message>
</context>
</TS>
