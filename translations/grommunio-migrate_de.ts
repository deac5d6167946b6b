<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>mig::addressing</name>
    <message>
        <location filename="../engine/addressing/AddressBook.cpp" line="+64"/>
        <source>Cannot read the address map %1</source>
        <translation>Die Adresszuordnung %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1, row %2: expected an Exchange DN and an SMTP address, found &quot;%3&quot;</source>
        <translation>%1, Zeile %2: erwartet wurden ein Exchange-DN und eine SMTP-Adresse, gefunden wurde &quot;%3&quot;</translation>
    </message>
</context>
<context>
    <name>mig::app::Cli</name>
    <message>
        <location filename="../app/CliMain.cpp" line="+17"/>
        <source>Usage: %1 [--lang LANG] [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: %1 [--lang SPRACHE] [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Migrate Outlook PST/OST files and other mail sources into grommunio.</source>
        <translation>Outlook-PST/OST-Dateien und andere Mailquellen nach grommunio migrieren.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Without a command the migration wizard opens.</source>
        <translation>Ohne Befehl öffnet sich der Migrationsassistent.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Print the version and exit.</source>
        <translation>Die Version ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use the given language (for example de) instead of the system&apos;s.</source>
        <translation>Die angegebene Sprache (zum Beispiel de) statt der Systemsprache verwenden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Render every wizard page into PNG files in DIR and exit.</source>
        <translation>Jede Seite des Assistenten als PNG-Datei in DIR ausgeben und beenden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Run &apos;%1 COMMAND --help&apos; for the options of a command.</source>
        <translation>Rufen Sie &apos;%1 BEFEHL --help&apos; auf, um die Optionen eines Befehls zu sehen.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Unknown command or option: %1</source>
        <translation>Unbekannter Befehl oder unbekannte Option: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &apos;%1 --help&apos; for the list of commands.</source>
        <translation>Rufen Sie &apos;%1 --help&apos; auf, um die Liste der Befehle zu sehen.</translation>
    </message>
    <message>
        <location filename="../app/main.cpp" line="+40"/>
        <source>The command line cannot be started: its library is missing or damaged.</source>
        <translation>Die Befehlszeile kann nicht gestartet werden: ihre Bibliothek fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The migration wizard cannot be started: its library is missing or damaged.</source>
        <translation>Der Migrationsassistent kann nicht gestartet werden: seine Bibliothek fehlt oder ist beschädigt.</translation>
    </message>
    <message>
        <location filename="../app/FastPathLinkage.cpp" line="+30"/>
        <source>This command needs the command library for directory lookups.</source>
        <translation>Dieser Befehl braucht für Verzeichnisabfragen die Befehlsbibliothek.</translation>
    </message>
</context>
<context>
    <name>mig::app::Commands</name>
    <message>
        <location filename="../app/CommandTable.cpp" line="+25"/>
        <source>Show the folder tree of a source (PST/OST, EML, MBOX, Maildir, iCalendar, vCard, IMAP) with item counts</source>
        <translation>Die Ordnerstruktur einer Quelle (PST/OST, EML, MBOX, Maildir, iCalendar, vCard, IMAP) mit Elementzahlen zeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert sources (PST/OST, mail files, calendars, contacts, IMAP) into a GXMT stream for gromox-import</source>
        <translation>Quellen (PST/OST, Mail-Dateien, Kalender, Kontakte, IMAP) in einen GXMT-Datenstrom für gromox-import umwandeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a GXMT stream (gromox-import input) and print its summary</source>
        <translation>Einen GXMT-Datenstrom (Eingabe von gromox-import) prüfen und eine Zusammenfassung ausgeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stream a GXMT file into gromox-import on a grommunio server over SSH</source>
        <translation>Eine GXMT-Datei per SSH an gromox-import auf einem grommunio-Server übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check a grommunio server over SSH: host key, importer, stream revision, free space</source>
        <translation>Einen grommunio-Server per SSH prüfen: Host-Key, Importer, Datenstrom-Revision, freier Speicher</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Convert sources and stream them into a grommunio mailbox over SSH</source>
        <translation>Quellen konvertieren und per SSH in ein grommunio-Postfach übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the users of an LDAP directory or Active Directory</source>
        <translation>Die Benutzer eines LDAP-Verzeichnisses oder Active Directory auflisten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Propose the target mailbox for each source (LDAP lookup)</source>
        <translation>Für jede Quelle das Zielpostfach vorschlagen (LDAP-Abfrage)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List the users of a Kopano server over SSH (kopano-admin) and write the migration list</source>
        <translation>Die Benutzer eines Kopano-Servers über SSH auflisten (kopano-admin) und die Migrationsliste schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write a migration plan: server, options and source-to-mailbox jobs</source>
        <translation>Einen Migrationsplan schreiben: Server, Optionen und Zuordnungen von Quellen zu Postfächern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run a migration plan: parallel mailboxes, progress, stop, resume, retry, report</source>
        <translation>Einen Migrationsplan ausführen: parallele Postfächer, Fortschritt, Anhalten, Fortsetzen, Wiederholen, Bericht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the Exchange Management Shell scripts that export mailboxes to PST for &apos;run --watch&apos;</source>
        <translation>Die Skripte für die Exchange-Verwaltungsshell schreiben, die Postfächer für &apos;run --watch&apos; als PST exportieren</translation>
    </message>
</context>
<context>
    <name>mig::calendar</name>
    <message>
        <location filename="../engine/sources/calendar/EventConverter.cpp" line="+34"/>
        <source>%1: no valid DTSTART</source>
        <translation>%1: kein gültiges DTSTART</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: DTEND lies before DTSTART</source>
        <translation>%1: DTEND liegt vor DTSTART</translation>
    </message>
    <message>
        <location line="+201"/>
        <source>%1: its RRULE cannot be expressed as an Outlook series (%2); only the first instance is converted</source>
        <translation>%1: seine RRULE lässt sich nicht als Outlook-Serie ausdrücken (%2); nur das erste Vorkommen wird umgewandelt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2 overrides (RECURRENCE-ID) of an event without RRULE are not converted</source>
        <translation>%1: %2 Änderungen (RECURRENCE-ID) eines Termins ohne RRULE werden nicht umgewandelt</translation>
    </message>
    <message>
        <location filename="../engine/sources/calendar/EventRecurrence.cpp" line="+74"/>
        <source>BYDAY without one week position (1st-4th or last)</source>
        <translation>BYDAY ohne eine Wochenposition (1.–4. oder letzte)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>several BYMONTHDAY values</source>
        <translation>mehrere BYMONTHDAY-Werte</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>BYMONTHDAY %1</source>
        <translation>BYMONTHDAY %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>BYSECOND/BYMINUTE/BYHOUR/BYYEARDAY/BYWEEKNO</source>
        <translation>BYSECOND/BYMINUTE/BYHOUR/BYYEARDAY/BYWEEKNO</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>BYMONTH in a rule that is not yearly</source>
        <translation>BYMONTH in einer nicht jährlichen Regel</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a daily rule with BYDAY or BYMONTHDAY</source>
        <translation>eine tägliche Regel mit BYDAY oder BYMONTHDAY</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>a weekly rule with BYMONTHDAY or week positions</source>
        <translation>eine wöchentliche Regel mit BYMONTHDAY oder Wochenpositionen</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a yearly rule in another month than DTSTART or in several months</source>
        <translation>eine jährliche Regel in einem anderen Monat als DTSTART oder in mehreren Monaten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>FREQ=%1</source>
        <translation>FREQ=%1</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>%1: EXDATE %2 is not an instance of the series and is ignored</source>
        <translation>%1: EXDATE %2 ist kein Vorkommen der Serie und wird übergangen</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>%1: an override (RECURRENCE-ID) matches no instance of the series and is not converted</source>
        <translation>%1: eine Änderung (RECURRENCE-ID) passt zu keinem Vorkommen der Serie und wird nicht umgewandelt</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>no RRULE</source>
        <translation>keine RRULE</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>more than one RRULE</source>
        <translation>mehr als eine RRULE</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>an RRULE libical cannot read</source>
        <translation>eine RRULE, die libical nicht lesen kann</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an RRULE without any instance</source>
        <translation>eine RRULE ohne jedes Vorkommen</translation>
    </message>
    <message>
        <location filename="../engine/sources/calendar/IcsSource.cpp" line="+31"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message numerus="yes">
        <location line="+126"/>
        <source>%n appointment(s)</source>
        <translation>
            <numerusform>%n Termin</numerusform>
            <numerusform>%n Termine</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n meeting request(s) or response(s)</source>
        <translation>
            <numerusform>%n Besprechungsanfrage oder -antwort</numerusform>
            <numerusform>%n Besprechungsanfragen oder -antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n recurring series</source>
        <translation>
            <numerusform>%n Serie</numerusform>
            <numerusform>%n Serien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n changed instance(s)</source>
        <translation>
            <numerusform>%n geändertes Vorkommen</numerusform>
            <numerusform>%n geänderte Vorkommen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n task(s)</source>
        <translation>
            <numerusform>%n Aufgabe</numerusform>
            <numerusform>%n Aufgaben</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n journal entry(s)</source>
        <translation>
            <numerusform>%n Journaleintrag</numerusform>
            <numerusform>%n Journaleinträge</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/sources/calendar/ItemFields.cpp" line="+159"/>
        <source>%1: %2 alarms, Outlook items have one reminder: the first is kept</source>
        <translation>%1: %2 Erinnerungen, Outlook-Elemente haben nur eine: die erste bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the alarm has no usable TRIGGER and is not converted</source>
        <translation>%1: die Erinnerung hat keinen brauchbaren TRIGGER und wird nicht umgewandelt</translation>
    </message>
    <message>
        <location filename="../engine/sources/calendar/RecurrenceText.cpp" line="+38"/>
        <source>first</source>
        <translation>ersten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>second</source>
        <translation>zweiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>third</source>
        <translation>dritten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>fourth</source>
        <translation>vierten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last</source>
        <translation>letzten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>every %n day(s)</source>
        <translation>jeden Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>every weekday</source>
        <translation>jeden Werktag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>every %n week(s)</source>
        <translation>jede Woche</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on %1</source>
        <translation>am %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+4"/>
        <location line="+6"/>
        <source>every %n year(s)</source>
        <translation>jedes Jahr</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>on %1 %2</source>
        <translation>am %1 %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <location line="+5"/>
        <source>every %n month(s)</source>
        <translation>jeden Monat</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>on day %1</source>
        <translation>am Tag %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>on the %1 %2 of %3</source>
        <translation>am %1 %2 im %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>on the %1 %2</source>
        <translation>am %1 %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on the last day of %1</source>
        <translation>am letzten Tag im %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>on the last day</source>
        <translation>am letzten Tag</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%n time(s)</source>
        <translation>%n Mal</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no end date</source>
        <translation>ohne Enddatum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%n instance(s) deleted</source>
        <translation>%n Vorkommen gelöscht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%n instance(s) changed</source>
        <translation>%n Vorkommen geändert</translation>
    </message>
    <message>
        <location filename="../engine/sources/calendar/TaskConverter.cpp" line="+65"/>
        <source>%1: DUE lies before DTSTART</source>
        <translation>%1: DUE liegt vor DTSTART</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: recurring tasks are not supported; the task is converted once</source>
        <translation>%1: wiederkehrende Aufgaben werden nicht unterstützt; die Aufgabe wird einmal umgewandelt</translation>
    </message>
    <message>
        <location filename="../engine/sources/calendar/LooseInstances.cpp" line="+145"/>
        <source>%1: RDATE %2 is not a valid date and is ignored</source>
        <translation>%1: RDATE %2 ist kein gültiges Datum und wird ignoriert</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the override &quot;%2&quot; of the extra instance (RDATE) %3 becomes a single appointment of its own</source>
        <translation>%1: Die Änderung „%2“ des zusätzlichen Termins (RDATE) %3 wird zu einem eigenen Einzeltermin</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1: the event has no RRULE and its override &quot;%2&quot; (RECURRENCE-ID) changes its only instance; the override is converted in its place</source>
        <translation>%1: Der Termin hat keine RRULE, und seine Änderung „%2“ (RECURRENCE-ID) betrifft sein einziges Vorkommen; die Änderung wird an seiner Stelle konvertiert</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the event has no RRULE; its override &quot;%2&quot; (RECURRENCE-ID) becomes a single appointment of its own</source>
        <translation>%1: Der Termin hat keine RRULE; seine Änderung „%2“ (RECURRENCE-ID) wird zu einem eigenen Einzeltermin</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1: the extra instance (RDATE) %2 cannot be part of an Outlook series and becomes a single appointment of its own</source>
        <translation>%1: Der zusätzliche Termin (RDATE) %2 kann nicht Teil einer Outlook-Serie sein und wird zu einem eigenen Einzeltermin</translation>
    </message>
</context>
<context>
    <name>mig::calendar::IcsFile</name>
    <message>
        <location filename="../engine/sources/calendar/IcsReader.cpp" line="+51"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: not an iCalendar file (binary data)</source>
        <translation>%1: keine iCalendar-Datei (Binärdaten)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: the file ends without END:VCALENDAR (cut off?); the components before the end are read</source>
        <translation>%1: die Datei endet ohne END:VCALENDAR (abgeschnitten?); die Komponenten vor dem Ende werden gelesen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no iCalendar data (no BEGIN:VCALENDAR)</source>
        <translation>%1: keine iCalendar-Daten (kein BEGIN:VCALENDAR)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: no VCALENDAR in the file</source>
        <translation>%1: kein VCALENDAR in der Datei</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>%1: component %2 (%3) is not converted: only VEVENT, VTODO and VJOURNAL are</source>
        <translation>%1: Komponente %2 (%3) wird nicht umgewandelt: nur VEVENT, VTODO und VJOURNAL</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: component %2 (VEVENT &quot;%3&quot;) changes one instance of a series that is not in the file; it is kept as a single appointment</source>
        <translation>%1: Komponente %2 (VEVENT &quot;%3&quot;) ändert ein Vorkommen einer Serie, die nicht in der Datei ist; sie bleibt ein einzelner Termin</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: component %2 (%3): %4</source>
        <translation>%1: Komponente %2 (%3): %4</translation>
    </message>
</context>
<context>
    <name>mig::calendar::IcsSource</name>
    <message>
        <location filename="../engine/sources/calendar/IcsSource.cpp" line="-90"/>
        <source>%1: unknown time zone &quot;%2&quot;</source>
        <translation>%1: unbekannte Zeitzone &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the folder holds no iCalendar (.ics) files</source>
        <translation>%1: der Ordner enthält keine iCalendar-Dateien (.ics)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mig::calendar::ZoneResolver</name>
    <message>
        <location filename="../engine/sources/calendar/IcalTime.cpp" line="+67"/>
        <source>%1 is not a valid date and time</source>
        <translation>%1 ist kein gültiges Datum mit Uhrzeit</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown time zone &quot;%1&quot;: its times are taken as %2</source>
        <translation>unbekannte Zeitzone &quot;%1&quot;: ihre Zeiten werden als %2 genommen</translation>
    </message>
</context>
<context>
    <name>mig::cli</name>
    <message>
        <location filename="../cli/CommandContext.cpp" line="+25"/>
        <source>Exit status (the same for every command):
  0  done: everything was converted, sent or checked
  1  failed: nothing usable was written (unreadable input, invalid stream, server error)
  2  wrong arguments
  3  canceled (Ctrl+C or a STOP file) before the end
  4  partial: finished and the output is valid, but some items or mailboxes were not moved;
     they are listed (text, --json, report)
</source>
        <translation>Exit-Status (für alle Befehle gleich):
  0  fertig: alles wurde konvertiert, gesendet oder geprüft
  1  fehlgeschlagen: nichts Verwendbares wurde geschrieben (unlesbare Eingabe, ungültiger Datenstrom, Serverfehler)
  2  falsche Argumente
  3  abgebrochen (Strg+C oder eine STOP-Datei) vor dem Ende
  4  teilweise: beendet, die Ausgabe ist gültig, aber einige Elemente oder Postfächer wurden nicht übertragen;
     sie werden aufgelistet (Text, --json, Bericht)
</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Try &apos;%1 --help&apos;.</source>
        <translation>Versuchen Sie &apos;%1 --help&apos;.</translation>
    </message>
    <message>
        <location filename="../cli/DirectoryCommand.cpp" line="+35"/>
        <location filename="../cli/MapCommand.cpp" line="+95"/>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>List the users of an LDAP directory or Active Directory domain.</source>
        <translation>Die Benutzer eines LDAP-Verzeichnisses oder einer Active-Directory-Domäne auflisten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>LOGIN</source>
        <translation>ANMELDENAME</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MAIL</source>
        <translation>E-MAIL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DISPLAY NAME</source>
        <translation>ANZEIGENAME</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ALIASES</source>
        <translation>ALIASE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DISABLED</source>
        <translation>DEAKTIVIERT</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/MapCommand.cpp" line="-32"/>
        <source>Cannot read the mapping %1.</source>
        <translation>Die Zuordnung %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot write the mapping to %1.</source>
        <translation>Die Zuordnung kann nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Also write the mapping to this CSV file.</source>
        <translation>Die Zuordnung außerdem in diese CSV-Datei schreiben.</translation>
    </message>
    <message>
        <location filename="../cli/DirectoryOptions.cpp" line="+21"/>
        <source>Directory server: ldap://host[:port] or ldaps://host[:port].</source>
        <translation>Verzeichnisserver: ldap://host[:port] oder ldaps://host[:port].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search base, e.g. dc=example,dc=org.</source>
        <translation>Suchbasis, z. B. dc=example,dc=org.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>DN</source>
        <translation>DN</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Bind as this DN (default: anonymous).</source>
        <translation>Als dieser DN binden (Standard: anonym).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Read the bind password from the first line of this file (&apos;-&apos;: standard input).</source>
        <translation>Das Bind-Passwort aus der ersten Zeile dieser Datei lesen (&apos;-&apos;: Standardeingabe).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+19"/>
        <location filename="../cli/MapCommand.cpp" line="+1"/>
        <location line="+5"/>
        <location line="+4"/>
        <location line="+3"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Attribute preset: openldap (default) or ad.</source>
        <translation>Attributvorlage: openldap (Standard) oder ad.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>LDAP filter selecting the users (default: the preset&apos;s).</source>
        <translation>LDAP-Filter zur Auswahl der Benutzer (Standard: der Filter der Vorlage).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>FILTER</source>
        <translation>FILTER</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Override one attribute of the preset: login, mail, aliases, proxy, display, fallback-display, uac, legacy-dn or other-logins (repeatable).</source>
        <translation>Ein Attribut der Vorgabe ersetzen: login, mail, aliases, proxy, display, fallback-display, uac, legacy-dn oder other-logins (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>KEY=ATTRIBUTE</source>
        <translation>SCHLÜSSEL=ATTRIBUT</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Secure an ldap:// connection with StartTLS.</source>
        <translation>Eine ldap://-Verbindung mit StartTLS absichern.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Do not verify the server&apos;s certificate (self-signed test servers only).</source>
        <translation>Das Zertifikat des Servers nicht prüfen (nur für Testserver mit selbstsigniertem Zertifikat).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Trust the CA certificates in this PEM file.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the server (default 10).</source>
        <translation>Sekunden, die auf den Server gewartet wird (Standard 10).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SECONDS</source>
        <translation>SEKUNDEN</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--ldap and --base are required.</source>
        <translation>--ldap und --base sind erforderlich.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Unknown preset &quot;%1&quot;; use openldap or ad.</source>
        <translation>Unbekannte Vorlage &quot;%1&quot;; verwenden Sie openldap oder ad.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not KEY=ATTRIBUTE with a known key.</source>
        <translation>&quot;%1&quot; hat nicht die Form SCHLÜSSEL=ATTRIBUT mit einem bekannten Schlüssel.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--timeout needs a whole number of seconds.</source>
        <translation>--timeout erwartet eine ganze Zahl von Sekunden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No standard input to read the password from.</source>
        <translation>Keine Standardeingabe vorhanden, aus der das Passwort gelesen werden kann.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot read the password file %1.</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../cli/MapCommand.cpp" line="-9"/>
        <source>Only migrate the mailboxes listed in this file (one per line, # comments).</source>
        <translation>Nur die in dieser Datei aufgeführten Postfächer migrieren (eines pro Zeile, #-Kommentare).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Never migrate the mailboxes listed in this file (one per line, # comments).</source>
        <translation>Die in dieser Datei aufgeführten Postfächer nie migrieren (eines pro Zeile, #-Kommentare).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Take the targets of this edited mapping CSV as decisions.</source>
        <translation>Die Ziele dieser bearbeiteten Zuordnungs-CSV als Entscheidungen übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Match by names only; do not open the sources to read their Sent Items.</source>
        <translation>Nur nach Namen zuordnen; die Quellen nicht öffnen, um ihren Ordner Gesendete Elemente zu lesen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>PST/OST files, folders holding them, or IMAP accounts (imaps://LOGIN@HOST).</source>
        <translation>PST/OST-Dateien, Ordner mit solchen Dateien oder IMAP-Konten (imaps://LOGIN@HOST).</translation>
    </message>
    <message>
        <location line="+49"/>
        <source>Propose which target mailbox each source goes to.</source>
        <translation>Vorschlagen, in welches Zielpostfach jede Quelle migriert wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Name at least one source.</source>
        <translation>Geben Sie mindestens eine Quelle an.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>No PST/OST files found in %1.</source>
        <translation>In %1 wurden keine PST/OST-Dateien gefunden.</translation>
    </message>
    <message>
        <location line="-41"/>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CONFIDENCE</source>
        <translation>ZUVERLÄSSIGKEIT</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 of %2 source(s) ready; the others need a decision.</source>
        <translation>%1 von %2 Quellen bereit; die übrigen erfordern eine Entscheidung.</translation>
    </message>
    <message>
        <location filename="../cli/SecretInput.cpp" line="+15"/>
        <source>Cannot read the password file %1: %2</source>
        <translation>Die Passwortdatei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location filename="../cli/ImportSshOptions.cpp" line="+14"/>
        <location filename="../cli/PlanCommand.cpp" line="+89"/>
        <source>The grommunio server: [user@]host[:port].</source>
        <translation>Der grommunio-Server: [user@]host[:port].</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>destination</source>
        <translation>ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file for SSH authentication (default: ssh-agent, then ~/.ssh/id_*).</source>
        <translation>Private Schlüsseldatei für die SSH-Authentifizierung (Standard: ssh-agent, dann ~/.ssh/id_*).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>known_hosts file to check and record host keys in (default: ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei zum Prüfen und Speichern von Host-Keys (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Trust an unknown host key with this SHA256 fingerprint and record it (never overrides a changed key).</source>
        <translation>Einem unbekannten Host-Key mit diesem SHA256-Fingerprint vertrauen und ihn speichern (überschreibt nie einen geänderten Schlüssel).</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/SourceOptions.cpp" line="+88"/>
        <source>SHA256:...</source>
        <translation>SHA256:...</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the importer through &apos;sudo -n&apos; (for a non-root SSH user).</source>
        <translation>Den Importer über &apos;sudo -n&apos; ausführen (für einen SSH-Benutzer ohne Root-Rechte).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read the SSH password from the first line of this file.</source>
        <translation>Das SSH-Passwort aus der ersten Zeile dieser Datei lesen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Seconds to wait for the server to connect or answer (default 15).</source>
        <translation>Sekunden, die auf Verbindung oder Antwort des Servers gewartet wird (Standard 15).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/RunCommand.cpp" line="+147"/>
        <source>seconds</source>
        <translation>sekunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Log when each SSH phase happens (connect, authentication, remote commands, first and last byte, importer exit); also MIG_SSH_TIMINGS=1.</source>
        <translation>Protokollieren, wann jede SSH-Phase geschieht (Verbindung, Anmeldung, entfernte Befehle, erstes und letztes Byte, Ende des Importers); auch MIG_SSH_TIMINGS=1.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>--ssh [user@]host[:port] is required.</source>
        <translation>--ssh [user@]host[:port] ist erforderlich.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>--timeout needs a positive number of seconds.</source>
        <translation>--timeout erwartet eine positive Anzahl von Sekunden.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The authenticity of host %1 (port %2) can&apos;t be established.</source>
        <translation>Die Echtheit des Hosts %1 (Port %2) kann nicht festgestellt werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its %1 key fingerprint is %2.</source>
        <translation>Sein %1-Schlüssel hat den Fingerprint %2.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Compare it with the server&apos;s (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Trust it and record it? (yes/no) </source>
        <translation>Vergleichen Sie ihn mit dem des Servers (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub). Vertrauen und speichern? (yes/no) </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Password: </source>
        <translation>Passwort: </translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Connecting to %1 ...</source>
        <translation>Verbindung zu %1 wird hergestellt ...</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected (host key %1 %2, authenticated by %3, cipher %4).</source>
        <translation>Verbunden (Host-Key %1 %2, authentifiziert per %3, Verschlüsselung %4).</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Created folder &quot;%1&quot;</source>
        <translation>Ordner &quot;%1&quot; angelegt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Warning from the importer: %1</source>
        <translation>Warnung des Importers: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A message failed: %1</source>
        <translation>Eine Nachricht ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer error: %1</source>
        <translation>Fehler des Importers: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Importer: %1</source>
        <translation>Importer: %1</translation>
    </message>
    <message>
        <location filename="../cli/PlanCommand.cpp" line="+1"/>
        <source>target</source>
        <translation>ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Private key file for SSH.</source>
        <translation>Private Schlüsseldatei für SSH.</translation>
    </message>
    <message>
        <location filename="../cli/ExchangeExportCommand.cpp" line="+54"/>
        <source>CSV of the mailboxes to export: exchange mailbox[,grommunio mailbox] per row.</source>
        <translation>CSV der zu exportierenden Postfächer: Exchange-Postfach[,grommunio-Postfach] je Zeile.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>UNC path the Exchange server writes the PST files to.</source>
        <translation>UNC-Pfad, in den der Exchange-Server die PST-Dateien schreibt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Batch name of the export requests (default: grommunio-DATE-TIME).</source>
        <translation>Batch-Name der Exportanforderungen (Vorgabe: grommunio-DATUM-ZEIT).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Corrupt items an export may skip (default 10; above 50 adds -AcceptLargeDataLoss).</source>
        <translation>Beschädigte Elemente, die ein Export überspringen darf (Vorgabe 10; über 50 kommt -AcceptLargeDataLoss hinzu).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export priority: Lowest, Lower, Low, Normal, High, Higher, Highest, Emergency.</source>
        <translation>Exportpriorität: Lowest, Lower, Low, Normal, High, Higher, Highest, Emergency.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export only these folders, e.g. &quot;#Inbox#/*&quot; (repeatable).</source>
        <translation>Nur diese Ordner exportieren, z. B. &quot;#Inbox#/*&quot; (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Leave these folders out (repeatable).</source>
        <translation>Diese Ordner auslassen (wiederholbar).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also export Recoverable Items (left out by default).</source>
        <translation>Auch „Wiederherstellbare Elemente“ exportieren (sonst ausgelassen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the export script.</source>
        <translation>Wohin das Exportskript geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where to write the status script (default: beside the export script, NAME-status.ps1).</source>
        <translation>Wohin das Statusskript geschrieben wird (Vorgabe: neben dem Exportskript, NAME-status.ps1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where this computer sees the share (a mount point), for --jobs.</source>
        <translation>Wo dieser Rechner die Freigabe sieht (ein Einhängepunkt), für --jobs.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/ImapAccountsPlanOptions.cpp" line="+29"/>
        <location filename="../cli/ImportSshOptions.cpp" line="-152"/>
        <location line="+4"/>
        <location line="+9"/>
        <location filename="../cli/KopanoDiscoverCommand.cpp" line="+118"/>
        <location line="+3"/>
        <location filename="../cli/KopanoPlanOptions.cpp" line="+15"/>
        <location line="+16"/>
        <location filename="../cli/PlanCommand.cpp" line="+1"/>
        <location line="+3"/>
        <location line="+32"/>
        <location line="+8"/>
        <location filename="../cli/RunCommand.cpp" line="+6"/>
        <location filename="../cli/SourceOptions.cpp" line="-12"/>
        <location line="+7"/>
        <location line="+8"/>
        <source>file</source>
        <translation>datei</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Also write SOURCE,TARGET rows for &apos;plan --jobs-from FILE --pending-sources&apos;.</source>
        <translation>Auch Zeilen QUELLE,ZIEL für &apos;plan --jobs-from DATEI --pending-sources&apos; schreiben.</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>Write the Exchange Management Shell scripts that export mailboxes to PST files for grommunio.</source>
        <translation>Die Skripte für die Exchange-Verwaltungsshell schreiben, die Postfächer für grommunio als PST-Dateien exportieren.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Give one CSV file with the mailboxes to export.</source>
        <translation>Geben Sie eine CSV-Datei mit den zu exportierenden Postfächern an.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say where to write the export script with -o FILE.ps1.</source>
        <translation>Geben Sie mit -o DATEI.ps1 an, wohin das Exportskript geschrieben wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--jobs and --local-dir go together: the jobs name the PST files as this computer sees them.</source>
        <translation>--jobs und --local-dir gehören zusammen: die Aufträge nennen die PST-Dateien so, wie dieser Rechner sie sieht.</translation>
    </message>
    <message>
        <location line="-61"/>
        <source>--bad-item-limit must be a number.</source>
        <translation>--bad-item-limit muss eine Zahl sein.</translation>
    </message>
    <message>
        <location line="+16"/>
        <location filename="../cli/KopanoPlanOptions.cpp" line="+35"/>
        <location filename="../cli/PlanCommand.cpp" line="-111"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+64"/>
        <source>Wrote %1 (%n mailbox(es), batch &quot;%2&quot;) and %3.</source>
        <translation>
            <numerusform>%1 (%n Postfach, Batch &quot;%2&quot;) und %3 geschrieben.</numerusform>
            <numerusform>%1 (%n Postfächer, Batch &quot;%2&quot;) und %3 geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/PlanCommand.cpp" line="+70"/>
        <source>known_hosts file (default: ~/.ssh/known_hosts).</source>
        <translation>known_hosts-Datei (Standard: ~/.ssh/known_hosts).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Run the importer through sudo -n.</source>
        <translation>Den Importer über sudo -n ausführen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailboxes migrated at the same time (default 2).</source>
        <translation>Gleichzeitig migrierte Postfächer (Standard 2).</translation>
    </message>
    <message>
        <location filename="../cli/ExchangeExportCommand.cpp" line="-125"/>
        <location filename="../cli/PlanCommand.cpp" line="+1"/>
        <location line="+17"/>
        <location filename="../cli/RunCommand.cpp" line="-35"/>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <location filename="../cli/PlanCommand.cpp" line="-15"/>
        <source>Merge special folders into the mailbox&apos;s own Inbox, Sent Items, ... instead of a new root folder.</source>
        <translation>Sonderordner mit den eigenen Ordnern des Postfachs (Posteingang, Gesendete Elemente, ...) zusammenführen, statt einen neuen Stammordner anzulegen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Name of the new root folder (default: &quot;Import of &lt;file&gt; @&lt;time&gt;&quot;).</source>
        <translation>Name des neuen Stammordners (Standard: &quot;Import of &lt;file&gt; @&lt;time&gt;&quot;).</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="+140"/>
        <source>%1: not converted: folder &quot;%2&quot;, node 0x%3: %4</source>
        <translation>%1: nicht konvertiert: Ordner &quot;%2&quot;, Knoten 0x%3: %4</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Converted %1 items, skipped %2, failed %3.</source>
        <translation>%1 Elemente konvertiert, %2 übersprungen, %3 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="-130"/>
        <source>Target mailbox: user@domain.</source>
        <translation>Zielpostfach: user@domain.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Merge the special folders (Inbox, Sent Items, ...) into the mailbox&apos;s own.</source>
        <translation>Die Sonderordner (Posteingang, Gesendete Elemente, ...) mit denen des Postfachs zusammenführen.</translation>
    </message>
    <message>
        <location filename="../cli/ExchangeExportCommand.cpp" line="-2"/>
        <location filename="../cli/ImportCommand.cpp" line="+4"/>
        <location filename="../cli/KopanoPlanOptions.cpp" line="-38"/>
        <location line="+17"/>
        <location filename="../cli/PlanCommand.cpp" line="+1"/>
        <location filename="../cli/SourceOptions.cpp" line="+4"/>
        <location line="+8"/>
        <location line="+4"/>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="+2"/>
        <source>GXMT revision: auto (ask the server, default), 3, 4 or 5.</source>
        <translation>GXMT-Revision: auto (beim Server erfragen, Standard), 3, 4 oder 5.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>auto|N</source>
        <translation>auto|N</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/ImportMtCommand.cpp" line="+88"/>
        <source>Skip messages the server cannot store (gromox-import -c).</source>
        <translation>Nachrichten überspringen, die der Server nicht speichern kann (gromox-import -c).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Print the summary as one line of JSON on standard output.</source>
        <translation>Die Zusammenfassung als eine Zeile JSON auf der Standardausgabe ausgeben.</translation>
    </message>
    <message>
        <location line="+154"/>
        <source>Sources to import: PST/OST, EML, MBOX, Maildir, iCalendar or vCard files and folders, imap(s)://user@host accounts.</source>
        <translation>Zu importierende Quellen: PST/OST-, EML-, MBOX-, Maildir-, iCalendar- oder vCard-Dateien und -Ordner, imap(s)://benutzer@host-Konten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Converts sources and streams them into a grommunio mailbox over SSH.</source>
        <translation>Konvertiert Quellen und überträgt sie per SSH in ein grommunio-Postfach.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: import SOURCE... --to user@domain --ssh [user@]host[:port]</source>
        <translation>Aufruf: import QUELLE... --to user@domain --ssh [user@]host[:port]</translation>
    </message>
    <message>
        <location line="-145"/>
        <source>--revision must be auto, 3, 4 or 5.</source>
        <translation>--revision muss auto, 3, 4 oder 5 sein.</translation>
    </message>
    <message>
        <location filename="../cli/ImportJobEnvironment.cpp" line="+22"/>
        <source>Stopping after the current message (Ctrl+C again to quit at once) ...</source>
        <translation>Anhalten nach der laufenden Nachricht (nochmals Strg+C beendet sofort) ...</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="+114"/>
        <source>Stopped by Ctrl+C after %1 items: the stream ended cleanly, and what was sent is in the mailbox.</source>
        <translation>Mit Strg+C nach %1 Elementen angehalten: Der Datenstrom endete sauber, das Gesendete liegt im Postfach.</translation>
    </message>
    <message>
        <location filename="../cli/PlanCommand.cpp" line="+2"/>
        <source>Create missing mailboxes with grommunio-admin: one-pass (default) or two-passes.</source>
        <translation>Fehlende Postfächer mit grommunio-admin anlegen: one-pass (Standard) oder two-passes.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mode</source>
        <translation>modus</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Stop a mailbox at its first failed message (default: continue).</source>
        <translation>Ein Postfach bei seiner ersten fehlgeschlagenen Nachricht anhalten (Standard: fortfahren).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Also migrate hidden folders.</source>
        <translation>Auch versteckte Ordner migrieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GXMT revision 3, 4 or 5 (default: ask the server).</source>
        <translation>GXMT-Revision 3, 4 oder 5 (Standard: beim Server erfragen).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>sources=target</source>
        <translation>quellen=ziel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mailboxes from a CSV file: SOURCE,user@domain per row (a header row is skipped; rows with the same target add sources). &apos;exchange-export --jobs&apos; writes one.</source>
        <translation>Postfächer aus einer CSV-Datei: QUELLE,benutzer@domain je Zeile (eine Kopfzeile wird übersprungen; Zeilen mit demselben Ziel fügen Quellen hinzu). &apos;exchange-export --jobs&apos; schreibt eine.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Sources may not exist yet (Exchange exports still running): &apos;run --watch&apos; waits for them.</source>
        <translation>Quellen dürfen noch fehlen (Exchange-Exporte laufen noch): &apos;run --watch&apos; wartet auf sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>CSV of Exchange DN (or X500: address) and SMTP address per row: EX addresses in the sources become these SMTP addresses while converting.</source>
        <translation>CSV mit Exchange-DN (oder X500:-Adresse) und SMTP-Adresse je Zeile: EX-Adressen der Quellen werden beim Umwandeln zu diesen SMTP-Adressen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Migrate only these targets (repeatable).</source>
        <translation>Nur diese Ziele migrieren (wiederholbar).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>user@domain</source>
        <translation>user@domain</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Never migrate these targets (repeatable).</source>
        <translation>Diese Ziele nie migrieren (wiederholbar).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where to write the plan.</source>
        <translation>Wohin der Plan geschrieben wird.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>plan.json</source>
        <translation>plan.json</translation>
    </message>
    <message>
        <location line="+203"/>
        <source>Write a migration plan for &apos;grommunio-migrate run&apos;.</source>
        <translation>Einen Migrationsplan für &apos;grommunio-migrate run&apos; schreiben.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Say where to write the plan with -o PLAN.json.</source>
        <translation>Geben Sie mit -o PLAN.json an, wohin der Plan geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say which server to migrate to with --ssh [user@]host[:port].</source>
        <translation>Geben Sie mit --ssh [user@]host[:port] an, auf welchen Server migriert werden soll.</translation>
    </message>
    <message>
        <location line="-153"/>
        <location filename="../cli/RunCommand.cpp" line="+76"/>
        <source>--jobs must be a number from 1 to 64.</source>
        <translation>--jobs muss eine Zahl von 1 bis 64 sein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>--revision must be 3, 4 or 5.</source>
        <translation>--revision muss 3, 4 oder 5 sein.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--create-mailboxes takes one-pass or two-passes, not &quot;%1&quot;.</source>
        <translation>--create-mailboxes erwartet one-pass oder two-passes, nicht &quot;%1&quot;.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The address map %1 does not exist.</source>
        <translation>Die Adresszuordnung %1 gibt es nicht.</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>Give at least one --job SOURCE=user@domain.</source>
        <translation>Geben Sie mindestens ein --job QUELLE=user@domain an.</translation>
    </message>
    <message>
        <location line="-77"/>
        <source>--job &quot;%1&quot; is not SOURCE[,SOURCE...]=user@domain.</source>
        <translation>--job &quot;%1&quot; hat nicht die Form QUELLE[,QUELLE...]=user@domain.</translation>
    </message>
    <message>
        <location line="-203"/>
        <source>%1, row %2: expected SOURCE,user@domain</source>
        <translation>%1, Zeile %2: erwartet wurde QUELLE,benutzer@domain</translation>
    </message>
    <message>
        <location line="+82"/>
        <source>A mailbox: SOURCE[,SOURCE...]=user@domain; a SOURCE is a file or imaps://LOGIN@HOST. Repeat for more mailboxes.</source>
        <translation>Ein Postfach: QUELLE[,QUELLE...]=benutzer@domain; eine QUELLE ist eine Datei oder imaps://LOGIN@HOST. Für weitere Postfächer wiederholen.</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>The source %1 does not exist.</source>
        <translation>Die Quelle %1 ist nicht vorhanden.</translation>
    </message>
    <message numerus="yes">
        <location line="+112"/>
        <source>Wrote %1 with %n mailbox(es).</source>
        <translation>
            <numerusform>%1 mit %n Postfach geschrieben.</numerusform>
            <numerusform>%1 mit %n Postfächern geschrieben.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../cli/CheckServerCommand.cpp" line="+18"/>
        <source>exists</source>
        <translation>vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>does NOT exist</source>
        <translation>NICHT vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Also check that this mailbox (user@domain) exists.</source>
        <translation>Außerdem prüfen, ob dieses Postfach (user@domain) vorhanden ist.</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../cli/ImportCommand.cpp" line="-147"/>
        <location filename="../cli/ImportMtCommand.cpp" line="-6"/>
        <source>mailbox</source>
        <translation>postfach</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Checks that a grommunio server is ready to receive a migration.</source>
        <translation>Prüft, ob ein grommunio-Server für eine Migration bereit ist.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Host key: %1 %2</source>
        <translation>Host-Key: %1 %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Importer: %1 (%2)</source>
        <translation>Importer: %1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Stream revision: GXMT%1 (%2)</source>
        <translation>Datenstrom-Revision: GXMT%1 (%2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Importer: not usable: %1</source>
        <translation>Importer: nicht verwendbar: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Free space: %1 (%2 bytes) in %3</source>
        <translation>Freier Speicher: %1 (%2 Bytes) in %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Free space: unknown</source>
        <translation>Freier Speicher: unbekannt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Mailbox %1: %2 (%3)</source>
        <translation>Postfach %1: %2 (%3)</translation>
    </message>
    <message>
        <location filename="../cli/ConversionSummary.cpp" line="+99"/>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <location line="-79"/>
        <location filename="../cli/InspectCommand.cpp" line="+135"/>
        <source>(root)</source>
        <translation>(Stamm)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>; %1 converted, %2 skipped, %3 failed</source>
        <translation>; %1 konvertiert, %2 übersprungen, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>skipped %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Exchange addresses: %1 rewritten to SMTP, %2 left as they were</source>
        <translation>Exchange-Adressen: %1 in SMTP umgeschrieben, %2 unverändert gelassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>unresolved (%1×): %2</source>
        <translation>nicht aufgelöst (%1×): %2</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>renamed (same-named sibling): %1</source>
        <translation>umbenannt (gleichnamiger Nachbarordner): %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>failed: folder &quot;%1&quot;, node 0x%2: %3</source>
        <translation>fehlgeschlagen: Ordner &quot;%1&quot;, Knoten 0x%2: %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <location filename="../cli/InspectCommand.cpp" line="+54"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Total: %1 converted, %2 skipped, %3 failed; %4 bytes, %5 frames</source>
        <translation>Gesamt: %1 konvertiert, %2 übersprungen, %3 fehlgeschlagen; %4 Bytes, %5 Frames</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The conversion was canceled.</source>
        <translation>Die Konvertierung wurde abgebrochen.</translation>
    </message>
    <message>
        <location filename="../cli/ConvertCommand.cpp" line="+38"/>
        <source>PST/OST files or IMAP accounts (imaps://LOGIN@HOST) to convert.</source>
        <translation>Umzuwandelnde PST/OST-Dateien oder IMAP-Konten (imaps://LOGIN@HOST).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Write the stream to FILE, or to standard output for &quot;-&quot;.</source>
        <translation>Den Datenstrom in DATEI schreiben oder bei &quot;-&quot; auf die Standardausgabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>GXMT revision to write: 5 (Gromox 3.3+, default), 4 (3.0-3.2), 3 (2.10-2.48).</source>
        <translation>Zu schreibende GXMT-Revision: 5 (Gromox 3.3+, Standard), 4 (3.0-3.2), 3 (2.10-2.48).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Merge the special folders (Inbox, Sent Items, Calendar, ...) into the mailbox&apos;s own.</source>
        <translation>Die Sonderordner (Posteingang, Gesendete Elemente, Kalender, ...) mit denen des Postfachs zusammenführen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../cli/ImportCommand.cpp" line="+13"/>
        <source>Also convert hidden folders.</source>
        <translation>Auch versteckte Ordner konvertieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/ImportCommand.cpp" line="+2"/>
        <source>Also convert folder-associated items (views, rules, forms).</source>
        <translation>Auch ordnerzugeordnete Elemente (Ansichten, Regeln, Formulare) konvertieren.</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../cli/ImportCommand.cpp" line="-10"/>
        <source>Name of the new folder instead of &quot;Import of &lt;file&gt; @&lt;time&gt;&quot;.</source>
        <translation>Name des neuen Ordners statt &quot;Import of &lt;file&gt; @&lt;time&gt;&quot;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Where the new folder is created: &quot;unanchored&quot; (Gromox 3.10+: beneath gromox-import&apos;s -B folder; run it with -B IPM_SUBTREE; default for revision 5) or &quot;ipm-subtree&quot; (older servers).</source>
        <translation>Wo der neue Ordner angelegt wird: &quot;unanchored&quot; (Gromox 3.10+: unterhalb des mit -B angegebenen Ordners von gromox-import; mit -B IPM_SUBTREE ausführen; Standard für Revision 5) oder &quot;ipm-subtree&quot; (ältere Server).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Print the summary as one line of JSON (on standard error when the stream goes to standard output).</source>
        <translation>Die Zusammenfassung als eine Zeile JSON ausgeben (auf der Standardfehlerausgabe, wenn der Datenstrom auf die Standardausgabe geht).</translation>
    </message>
    <message>
        <location line="+170"/>
        <source>Converts PST/OST files into a GXMT stream for gromox-import.</source>
        <translation>Konvertiert PST/OST-Dateien in einen GXMT-Datenstrom für gromox-import.</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>convert: at least one FILE and -o OUT (or -o -) are required.</source>
        <translation>convert: Mindestens eine DATEI und -o OUT (oder -o -) sind erforderlich.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>convert: --revision must be 3, 4 or 5.</source>
        <translation>convert: --revision muss 3, 4 oder 5 sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>convert: --root-parent must be &quot;unanchored&quot; or &quot;ipm-subtree&quot;.</source>
        <translation>convert: --root-parent muss &quot;unanchored&quot; oder &quot;ipm-subtree&quot; sein.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>convert: several files in one stream need --revision 5.</source>
        <translation>convert: Mehrere Dateien in einem Datenstrom erfordern --revision 5.</translation>
    </message>
    <message>
        <location line="+30"/>
        <location line="+36"/>
        <location line="+10"/>
        <location line="+60"/>
        <location line="+7"/>
        <source>convert: %1</source>
        <translation>convert: %1</translation>
    </message>
    <message>
        <location line="-93"/>
        <source>Note: import with `gromox-import -B IPM_SUBTREE` so the new folder is created at the top of the mailbox (without -B, Gromox 3.10 puts it into Drafts).</source>
        <translation>Hinweis: Importieren Sie mit `gromox-import -B IPM_SUBTREE`, damit der neue Ordner oben im Postfach angelegt wird (ohne -B legt Gromox 3.10 ihn im Ordner Entwürfe ab).</translation>
    </message>
    <message>
        <location filename="../cli/ImportMtCommand.cpp" line="-1"/>
        <source>Target mailbox: user@domain (or @domain for the public store).</source>
        <translation>Zielpostfach: user@domain (oder @domain für den öffentlichen Speicher).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Folder for objects without a place of their own (gromox-import -B), e.g. IPM_SUBTREE.</source>
        <translation>Ordner für Objekte ohne eigenen Platz (gromox-import -B), z. B. IPM_SUBTREE.</translation>
    </message>
    <message>
        <location filename="../cli/ExchangeExportCommand.cpp" line="+8"/>
        <location line="+2"/>
        <location filename="../cli/ImportMtCommand.cpp" line="+2"/>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <location filename="../cli/ImportMtCommand.cpp" line="+7"/>
        <source>The GXMT stream (.mt file) to import.</source>
        <translation>Der zu importierende GXMT-Datenstrom (.mt-Datei).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Streams a GXMT file into gromox-import on a grommunio server over SSH.</source>
        <translation>Überträgt eine GXMT-Datei per SSH an gromox-import auf einem grommunio-Server.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Usage: import-mt FILE.mt --to user@domain --ssh [user@]host[:port]</source>
        <translation>Aufruf: import-mt DATEI.mt --to user@domain --ssh [user@]host[:port]</translation>
    </message>
    <message>
        <location line="-77"/>
        <location filename="../cli/VerifyMtCommand.cpp" line="+138"/>
        <source>Cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 is not a GXMT stream (it does not start with GXMT000n).</source>
        <translation>%1 ist kein GXMT-Datenstrom (beginnt nicht mit GXMT000n).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is a GXMT%2 stream, but the server&apos;s importer reads only GXMT%3. Convert the source again for that revision.</source>
        <translation>%1 ist ein GXMT%2-Datenstrom, aber der Importer des Servers liest nur GXMT%3. Konvertieren Sie die Quelle erneut für diese Revision.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Canceled by Ctrl+C after %1 of %2 bytes of %3.</source>
        <translation>Mit Strg+C abgebrochen nach %1 von %2 Bytes von %3.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Reading %1 failed: %2</source>
        <translation>Lesen von %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <location filename="../cli/ImportStreaming.cpp" line="+59"/>
        <source>Importer: %1, stream revision GXMT%2 (%3).</source>
        <translation>Importer: %1, Datenstrom-Revision GXMT%2 (%3).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Running: %1</source>
        <translation>Wird ausgeführt: %1</translation>
    </message>
    <message>
        <location filename="../cli/ImportCommand.cpp" line="+97"/>
        <location filename="../cli/ImportStreaming.cpp" line="+26"/>
        <source>Sent %1 bytes in %2 s (%3 MiB/s). The importer created %4 folders and %5 messages; %6 warnings, %7 failed messages.</source>
        <translation>%1 Bytes in %2 s gesendet (%3 MiB/s). Der Importer hat %4 Ordner und %5 Nachrichten angelegt; %6 Warnungen, %7 fehlgeschlagene Nachrichten.</translation>
    </message>
    <message>
        <location filename="../cli/ImportStreaming.cpp" line="+13"/>
        <source>The importer said: %1</source>
        <translation>Meldung des Importers: %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="+13"/>
        <source>Print JSON instead of a text tree.</source>
        <translation>JSON statt einer Textbaumansicht ausgeben.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Shows the folder tree of a mail source with item counts.</source>
        <translation>Zeigt die Ordnerstruktur einer Mailquelle mit Elementanzahlen an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>inspect: exactly one FILE is required.</source>
        <translation>inspect: Genau eine DATEI ist erforderlich.</translation>
    </message>
    <message>
        <location filename="../cli/InspectAddresses.cpp" line="+73"/>
        <source>Exchange (EX) addresses: %1 distinct, %2 would be rewritten to SMTP, %3 stay unresolved</source>
        <translation>Exchange-Adressen (EX): %1 verschiedene, %2 würden in SMTP umgeschrieben, %3 bleiben unaufgelöst</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unresolved</source>
        <translation>nicht aufgelöst</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>from the items</source>
        <translation>aus den Elementen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>from the map or directory</source>
        <translation>aus der Zuordnung oder dem Verzeichnis</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>→ %1, %n occurrence(s) unresolved</source>
        <translation>
            <numerusform>→ %1, %n Vorkommen nicht aufgelöst</numerusform>
            <numerusform>→ %1, %n Vorkommen nicht aufgelöst</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>%n item(s) could not be read and were not looked at.</source>
        <translation>
            <numerusform>%n Element konnte nicht gelesen werden und wurde nicht betrachtet.</numerusform>
            <numerusform>%n Elemente konnten nicht gelesen werden und wurden nicht betrachtet.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+12"/>
        <location filename="../cli/InspectCommand.cpp" line="-62"/>
        <location line="+13"/>
        <location line="+58"/>
        <source>inspect: %1</source>
        <translation>inspect: %1</translation>
    </message>
    <message>
        <location filename="../cli/InspectCommand.cpp" line="-27"/>
        <source>The PST/OST file or IMAP account (imaps://LOGIN@HOST) to inspect.</source>
        <translation>Die zu untersuchende PST/OST-Datei oder das IMAP-Konto (imaps://LOGIN@HOST).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the Exchange (EX) addresses with their counts and what --address-map or the directory (--ldap ...) would rewrite them to.</source>
        <translation>Die Exchange-Adressen (EX) mit ihrer Häufigkeit auflisten und zeigen, wozu --address-map oder das Verzeichnis (--ldap ...) sie umschreiben würde.</translation>
    </message>
    <message>
        <location line="-135"/>
        <source>File: %1</source>
        <translation>Datei: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Format: %1</source>
        <translation>Format: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Contents: %1</source>
        <translation>Inhalt: %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>(unnamed)</source>
        <translation>(unbenannt)</translation>
    </message>
    <message numerus="yes">
        <location line="-89"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Element</numerusform>
            <numerusform>%n Elemente</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n unreadable</source>
        <translation>
            <numerusform>%n nicht lesbar</numerusform>
            <numerusform>%n nicht lesbar</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n Anhang</numerusform>
            <numerusform>%n Anhänge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n associated</source>
        <translation>
            <numerusform>%n zugeordnet</numerusform>
            <numerusform>%n zugeordnet</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n skipped: %1</source>
        <translation>
            <numerusform>%n übersprungen: %1</numerusform>
            <numerusform>%n übersprungen: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>hidden</source>
        <translation>versteckt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search folder</source>
        <translation>Suchordner</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Total: %1 item(s), %2 unreadable, %3 attachment(s) in %4 folder(s)</source>
        <translation>Gesamt: %1 Elemente, %2 nicht lesbar, %3 Anhänge in %4 Ordnern</translation>
    </message>
    <message>
        <location filename="../cli/RunCommand.cpp" line="-77"/>
        <source>Mailboxes at the same time (default: the plan&apos;s).</source>
        <translation>Gleichzeitig migrierte Postfächer (Standard: laut Plan).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Skip mailboxes an earlier run in the same run directory finished; continue mailboxes it stopped (STOP, Ctrl+C) after the last message they imported.</source>
        <translation>Postfächer überspringen, die ein früherer Lauf im selben Laufverzeichnis abgeschlossen hat; von ihm angehaltene Postfächer (STOP, Strg+C) nach der letzten importierten Nachricht fortsetzen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Run only the mailboxes that failed in an earlier run.</source>
        <translation>Nur die Postfächer ausführen, die in einem früheren Lauf fehlgeschlagen sind.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Convert and validate everything locally; write nothing to the server.</source>
        <translation>Alles lokal konvertieren und prüfen; nichts auf den Server schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory for the ledger, logs and report (default: PLAN.run beside the plan).</source>
        <translation>Verzeichnis für Journal, Protokolle und Bericht (Standard: PLAN.run neben dem Plan).</translation>
    </message>
    <message>
        <location filename="../cli/ExchangeExportCommand.cpp" line="+9"/>
        <location filename="../cli/KopanoPlanOptions.cpp" line="-9"/>
        <location filename="../cli/RunCommand.cpp" line="+2"/>
        <source>dir</source>
        <translation>verz</translation>
    </message>
    <message>
        <location filename="../cli/RunCommand.cpp" line="-45"/>
        <source>The plan has Kopano jobs: give the Kopano MySQL password with --sql-password-file or MIG_KOPANO_SQL_PASSWORD.</source>
        <translation>Der Plan enthält Kopano-Aufträge: Geben Sie das MySQL-Passwort von Kopano mit --sql-password-file oder MIG_KOPANO_SQL_PASSWORD an.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Kopano MySQL password: </source>
        <translation>MySQL-Passwort von Kopano: </translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Like --resume, and also run again the IMAP mailboxes an earlier run finished: they send only the messages that arrived since (higher UIDs), into the same folders. The last pass before cut-over.</source>
        <translation>Wie --resume, und zusätzlich die IMAP-Postfächer erneut ausführen, die ein früherer Lauf abgeschlossen hat: Sie senden nur die seitdem eingegangenen Nachrichten (höhere UIDs) in dieselben Ordner. Der letzte Durchlauf vor der Umstellung.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Print the run&apos;s report (report.json) with the exit state as one line of JSON on standard output instead of the progress display.</source>
        <translation>Den Bericht des Laufs (report.json) mit dem Exit-Status als eine Zeile JSON auf der Standardausgabe ausgeben statt der Fortschrittsanzeige.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wait for sources that do not exist or are still being written (Exchange exports) and start each mailbox as soon as its PST is complete: listed in exports.done beside it (exchange-export&apos;s status script), or unchanged for --settle seconds, as long as its header says and readable.</source>
        <translation>Auf Quellen warten, die fehlen oder noch geschrieben werden (Exchange-Exporte), und jedes Postfach starten, sobald seine PST vollständig ist: in exports.done daneben aufgeführt (Statusskript von exchange-export) oder --settle Sekunden unverändert, so lang wie ihr Kopf angibt und lesbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>--watch: seconds an unlisted file must stay unchanged (default 60).</source>
        <translation>--watch: Sekunden, die eine nicht aufgeführte Datei unverändert bleiben muss (Vorgabe 60).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopano jobs: the Kopano MySQL password is the first line of this file (else the environment variable MIG_KOPANO_SQL_PASSWORD, else a question on the terminal). gromox-kdb2mt gets it on its standard input, never on a command line.</source>
        <translation>Kopano-Aufträge: Das MySQL-Passwort von Kopano ist die erste Zeile dieser Datei (sonst die Umgebungsvariable MIG_KOPANO_SQL_PASSWORD, sonst eine Frage im Terminal). gromox-kdb2mt erhält es über seine Standardeingabe, nie über eine Befehlszeile.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The plan written by &apos;grommunio-migrate plan&apos; or the wizard.</source>
        <translation>Der von &apos;grommunio-migrate plan&apos; oder dem Assistenten geschriebene Plan.</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>Run a migration plan: several mailboxes at once, with a ledger for --resume and --retry-failed. Create a file named STOP in the run directory (or press Ctrl+C) to stop after the current messages.</source>
        <translation>Einen Migrationsplan ausführen: mehrere Postfächer gleichzeitig, mit einem Journal für --resume und --retry-failed. Legen Sie im Laufverzeichnis eine Datei namens STOP an (oder drücken Sie Strg+C), um nach den aktuellen Nachrichten anzuhalten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give exactly one plan file.</source>
        <translation>Geben Sie genau eine Plandatei an.</translation>
    </message>
    <message>
        <location line="-159"/>
        <source>--settle must be a number of seconds.</source>
        <translation>--settle muss eine Zahl von Sekunden sein.</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Stopping after the current messages (Ctrl+C again to cancel now) ...</source>
        <translation>Anhalten nach den aktuellen Nachrichten (erneut Strg+C, um sofort abzubrechen) ...</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Run directory: %1</source>
        <translation>Laufverzeichnis: %1</translation>
    </message>
    <message>
        <location line="-52"/>
        <source>Finished: %1 done, %2 failed, %3 stopped, %4 skipped. Report: %5</source>
        <translation>Fertig: %1 erledigt, %2 fehlgeschlagen, %3 angehalten, %4 übersprungen. Bericht: %5</translation>
    </message>
    <message>
        <location filename="../cli/RunProgressPrinter.cpp" line="+48"/>
        <location line="+2"/>
        <source>items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>Total: %1 of %2 mailboxes finished, %3/%4 items</source>
        <translation>Gesamt: %1 von %2 Postfächern fertig, %3/%4 Elemente</translation>
    </message>
    <message>
        <location filename="../cli/VerifyMtCommand.cpp" line="-107"/>
        <source>folder map: %1 entries</source>
        <translation>Ordnerzuordnung: %1 Einträge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name map: %1 entries</source>
        <translation>Namenszuordnung: %1 Einträge</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>frame %1 at offset %2, %3 bytes: </source>
        <translation>Frame %1 an Offset %2, %3 Bytes: </translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&lt;undeclared name&gt;</source>
        <translation>&lt;undeclared name&gt;</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Valid GXMT000%1 stream: %2 bytes, %3 frames</source>
        <translation>Gültiger GXMT000%1-Datenstrom: %2 Bytes, %3 Frames</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>folder map entries: %1</source>
        <translation>Einträge der Ordnerzuordnung: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>folders: %1</source>
        <translation>Ordner: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>messages: %1</source>
        <translation>Nachrichten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>recipients: %1</source>
        <translation>Empfänger: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>attachments: %1</source>
        <translation>Anhänge: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>embedded messages: %1</source>
        <translation>Eingebettete Nachrichten: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>named properties: %1</source>
        <translation>Benannte Eigenschaften: %1</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>The GXMT stream to check; &apos;-&apos; or nothing reads standard input.</source>
        <translation>Der zu prüfende GXMT-Datenstrom; &apos;-&apos; oder keine Angabe liest die Standardeingabe.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Require stream revision N (3, 4 or 5) instead of detecting it.</source>
        <translation>Datenstrom-Revision N (3, 4 oder 5) verlangen, statt sie zu erkennen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Print every folder, message, recipient, attachment and property.</source>
        <translation>Jeden Ordner, jede Nachricht, jeden Empfänger, jeden Anhang und jede Eigenschaft ausgeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Check a GXMT stream (the input of gromox-import) byte by byte.</source>
        <translation>Einen GXMT-Datenstrom (die Eingabe von gromox-import) Byte für Byte prüfen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>verify-mt takes at most one file.</source>
        <translation>verify-mt akzeptiert höchstens eine Datei.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--revision must be 3, 4 or 5, not &apos;%1&apos;.</source>
        <translation>--revision muss 3, 4 oder 5 sein, nicht &apos;%1&apos;.</translation>
    </message>
    <message>
        <location line="-51"/>
        <source>Cannot read standard input: %1</source>
        <translation>Die Standardeingabe kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>standard input</source>
        <translation>Standardeingabe</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>... and %1 more problems</source>
        <translation>... und %1 weitere Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a valid GXMT stream (%2 problems)</source>
        <translation>%1: kein gültiger GXMT-Datenstrom (%2 Probleme)</translation>
    </message>
    <message>
        <location filename="../cli/AddressOptions.cpp" line="+12"/>
        <source>Rewrite Exchange (EX) addresses to SMTP with this CSV of &quot;Exchange DN,SMTP address&quot; rows.</source>
        <translation>Exchange-Adressen (EX) mit dieser CSV aus Zeilen &quot;Exchange-DN,SMTP-Adresse&quot; in SMTP umschreiben.</translation>
    </message>
    <message>
        <location filename="../cli/SourceOptions.cpp" line="-34"/>
        <source>Read the password of IMAP source accounts (or of --master-user) from the first line of this file. Without it: $MIG_IMAP_PASSWORD, else a prompt.</source>
        <translation>Das Passwort der IMAP-Quellkonten (oder von --master-user) aus der ersten Zeile dieser Datei lesen. Ohne sie: $MIG_IMAP_PASSWORD, sonst eine Abfrage.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Passwords of IMAP source accounts by login: a CSV file of login,password lines, or the login,target,password file of plan --imap-accounts. An account not listed falls back to --source-password-file, $MIG_IMAP_PASSWORD or a prompt; a master user&apos;s password comes from --source-password-file.</source>
        <translation>Passwörter der IMAP-Quellkonten nach Login: eine CSV-Datei mit Zeilen login,password oder die login,target,password-Datei von plan --imap-accounts. Für ein nicht aufgeführtes Konto gelten --source-password-file, $MIG_IMAP_PASSWORD oder eine Abfrage; das Passwort eines Master-Benutzers kommt aus --source-password-file.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Trust the IMAP server&apos;s TLS certificate with this fingerprint although it does not verify (self-signed, unknown CA); the error message shows it.</source>
        <translation>Dem TLS-Zertifikat des IMAP-Servers mit diesem Fingerabdruck vertrauen, obwohl es sich nicht prüfen lässt (selbst signiert, unbekannte CA); die Fehlermeldung zeigt ihn.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Trust the CA certificates in this PEM file for IMAP servers.</source>
        <translation>Den CA-Zertifikaten in dieser PEM-Datei für IMAP-Server vertrauen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Log in to IMAP accounts as this master user (Dovecot user*master); the password is the master&apos;s.</source>
        <translation>Bei IMAP-Konten als dieser Master-Benutzer anmelden (Dovecot benutzer*master); das Passwort ist das des Masters.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Let imap:// connect without TLS when the server offers no STARTTLS (trusted networks only).</source>
        <translation>imap:// ohne TLS verbinden lassen, wenn der Server kein STARTTLS anbietet (nur in vertrauenswürdigen Netzen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>IMAP accounts: read only this folder and those below it, named as inspect shows it (&quot;Archive/2023&quot;); repeatable.</source>
        <translation>IMAP-Konten: Nur diesen Ordner und die Ordner darunter lesen, benannt wie inspect ihn zeigt („Archive/2023“); wiederholbar.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP accounts: leave out this folder and those below it; repeatable.</source>
        <translation>IMAP-Konten: Diesen Ordner und die Ordner darunter auslassen; wiederholbar.</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>Password for %1: </source>
        <translation>Passwort für %1: </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of master user %1 for %2: </source>
        <translation>Passwort des Master-Benutzers %1 für %2: </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The TLS certificate of %1:%2 is not trusted: %3</source>
        <translation>Dem TLS-Zertifikat von %1:%2 wird nicht vertraut: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Its fingerprint is %1.</source>
        <translation>Sein Fingerabdruck ist %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Compare it with the server&apos;s (ask its administrator). Trust it for this run? (yes/no) </source>
        <translation>Vergleichen Sie ihn mit dem des Servers (fragen Sie dessen Administrator). Für diesen Lauf vertrauen? (ja/nein) </translation>
    </message>
    <message>
        <location filename="../cli/KopanoDiscoverCommand.cpp" line="-85"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+81"/>
        <source>Write the migration list (&lt;mail&gt;,&lt;login&gt;,0 per user) to this file.</source>
        <translation>Die Migrationsliste (&lt;mail&gt;,&lt;login&gt;,0 je Benutzer) in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Also write the users&apos; Kopano Archiver stores (&lt;mail&gt;,&lt;GUID&gt;,1) to this file.</source>
        <translation>Zusätzlich die Kopano-Archiver-Stores der Benutzer (&lt;mail&gt;,&lt;GUID&gt;,1) in diese Datei schreiben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add a public store to the list as @domain=GUID (kopano-admin cannot show its GUID; kopano-storeadm -M can). Repeatable.</source>
        <translation>Einen öffentlichen Store als @domain=GUID in die Liste aufnehmen (kopano-admin kann seine GUID nicht anzeigen, kopano-storeadm -M schon). Wiederholbar.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>@domain=GUID</source>
        <translation>@domain=GUID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the users as JSON instead of a table.</source>
        <translation>Die Benutzer als JSON statt als Tabelle ausgeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Lists the users of a Kopano server over SSH (kopano-admin) and writes the migration list for `plan --kopano-list`. --ssh names the Kopano host.</source>
        <translation>Listet die Benutzer eines Kopano-Servers über SSH auf (kopano-admin) und schreibt die Migrationsliste für `plan --kopano-list`. --ssh nennt den Kopano-Host.</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>--public &quot;%1&quot; is not @domain=GUID (a GUID has 32 hexadecimal digits).</source>
        <translation>--public „%1“ hat nicht die Form @domain=GUID (eine GUID hat 32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>%1 users on the Kopano server:</source>
        <translation>%1 Benutzer auf dem Kopano-Server:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>active</source>
        <translation>aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>, archive %1</source>
        <translation>, Archiv %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Wrote %1.</source>
        <translation>%1 geschrieben.</translation>
    </message>
    <message>
        <location filename="../cli/KopanoPlanOptions.cpp" line="-24"/>
        <source>Kopano stores to migrate: a list as kopano-discover and grommunio&apos;s create_k2g_migration_lists.sh write it (&lt;mail&gt;,&lt;login or store GUID&gt;,&lt;0|1&gt;; @domain,&lt;GUID&gt; for a public store).</source>
        <translation>Zu migrierende Kopano-Stores: eine Liste, wie kopano-discover und grommunios create_k2g_migration_lists.sh sie schreiben (&lt;mail&gt;,&lt;Login oder Store-GUID&gt;,&lt;0|1&gt;; @domain,&lt;GUID&gt; für einen öffentlichen Store).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Kopano host as [user@]host (for --mount-attachments and the reports).</source>
        <translation>Der Kopano-Host als [benutzer@]host (für --mount-attachments und die Berichte).</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+3"/>
        <source>host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Kopano&apos;s MySQL host as the grommunio server reaches it (kdb2mt --sql-host).</source>
        <translation>Der MySQL-Host von Kopano, wie der grommunio-Server ihn erreicht (kdb2mt --sql-host).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopano&apos;s MySQL port.</source>
        <translation>Der MySQL-Port von Kopano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kopano&apos;s MySQL user.</source>
        <translation>Der MySQL-Benutzer von Kopano.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>user</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Kopano&apos;s database (kopano, or zarafa on old servers).</source>
        <translation>Die Datenbank von Kopano (kopano, auf alten Servern zarafa).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>kdb-uidextract&apos;s user map on the grommunio server (kdb2mt --user-map).</source>
        <translation>Die Benutzerzuordnung von kdb-uidextract auf dem grommunio-Server (kdb2mt --user-map).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Kopano&apos;s attachment directory: a path on the grommunio server, or with --mount-attachments the path on the Kopano host (default /var/lib/kopano/attachments).</source>
        <translation>Das Anhangsverzeichnis von Kopano: ein Pfad auf dem grommunio-Server, oder mit --mount-attachments der Pfad auf dem Kopano-Host (Standard /var/lib/kopano/attachments).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Mount the attachment directory from the Kopano host with sshfs on the grommunio server for each mailbox, and unmount it afterwards (the server needs SSH access to the Kopano host).</source>
        <translation>Das Anhangsverzeichnis des Kopano-Hosts für jedes Postfach mit sshfs auf dem grommunio-Server einhängen und danach wieder aushängen (der Server braucht SSH-Zugang zum Kopano-Host).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The folder of the user&apos;s mailbox that holds the user&apos;s Kopano archive store (default &quot;Archive&quot;). Archive stores come from kopano-discover&apos;s list (its &quot;archive:&quot; comments).</source>
        <translation>Der Ordner im Postfach des Benutzers, der dessen Kopano-Archivspeicher aufnimmt (Vorgabe „Archive“). Archivspeicher stammen aus der Liste von kopano-discover (ihren „archive:“-Kommentaren).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Leave the users&apos; Kopano archive stores out.</source>
        <translation>Die Kopano-Archivspeicher der Benutzer auslassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pipe gromox-kdb2mt into gromox-import on the grommunio server instead of relaying each Kopano store through this machine: less traffic, but no per-message progress, and no resume point after a stop.</source>
        <translation>gromox-kdb2mt auf dem grommunio-Server direkt an gromox-import weiterleiten, statt jeden Kopano-Speicher über diesen Rechner zu übertragen: weniger Datenverkehr, aber kein Fortschritt je Nachricht und kein Wiederaufsetzpunkt nach einem Anhalten.</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>--sql-port must be a number from 1 to 65535.</source>
        <translation>--sql-port muss eine Zahl von 1 bis 65535 sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--mount-attachments needs --kopano-host.</source>
        <translation>--mount-attachments braucht --kopano-host.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Say where the grommunio server sees Kopano&apos;s attachments with --attach-dir (an empty value skips file attachments), or use --mount-attachments.</source>
        <translation>Geben Sie mit --attach-dir an, wo der grommunio-Server die Anhänge von Kopano sieht (ein leerer Wert lässt Dateianhänge aus), oder verwenden Sie --mount-attachments.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>--kopano-archive-folder needs a folder name.</source>
        <translation>--kopano-archive-folder braucht einen Ordnernamen.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 lists no store to migrate.</source>
        <translation>%1 nennt keinen zu migrierenden Store.</translation>
    </message>
    <message>
        <location filename="../cli/ImapAccountsPlanOptions.cpp" line="-13"/>
        <source>--imap-server &quot;%1&quot; is not imaps://HOST[:PORT] or imap://HOST[:PORT].</source>
        <translation>--imap-server „%1“ ist nicht imaps://HOST[:PORT] oder imap://HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>IMAP accounts to migrate, one per line of this CSV file: login,target[,password] (a header line, # comments and blank lines are allowed). Needs --imap-server. The passwords stay in the file: give it to run as --imap-passwords.</source>
        <translation>Zu migrierende IMAP-Konten, eines pro Zeile dieser CSV-Datei: login,target[,password] (Kopfzeile, #-Kommentare und Leerzeilen sind erlaubt). Braucht --imap-server. Die Passwörter bleiben in der Datei: geben Sie sie run als --imap-passwords.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The IMAP server of --imap-accounts: imaps://HOST[:PORT] (TLS) or imap://HOST[:PORT] (STARTTLS).</source>
        <translation>Der IMAP-Server von --imap-accounts: imaps://HOST[:PORT] (TLS) oder imap://HOST[:PORT] (STARTTLS).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>--imap-accounts needs --imap-server imaps://HOST[:PORT].</source>
        <translation>--imap-accounts braucht --imap-server imaps://HOST[:PORT].</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 lists no IMAP account.</source>
        <translation>%1 nennt kein IMAP-Konto.</translation>
    </message>
    <message>
        <location filename="../cli/SourceOptions.cpp" line="-145"/>
        <source>Warning: %1 holds passwords and other users may read it (chmod 600 %1).</source>
        <translation>Warnung: %1 enthält Passwörter, und andere Benutzer dürfen sie lesen (chmod 600 %1).</translation>
    </message>
</context>
<context>
    <name>mig::contacts</name>
    <message>
        <location filename="../engine/sources/contacts/ContactConverter.cpp" line="+104"/>
        <source>%1: only three e-mail addresses fit an Outlook contact; %2 is left out</source>
        <translation>%1: nur drei E-Mail-Adressen passen in einen Outlook-Kontakt; %2 wird ausgelassen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1: the card has no name, organisation, e-mail or phone</source>
        <translation>%1: die Karte hat weder Namen, Organisation, E-Mail noch Telefon</translation>
    </message>
    <message>
        <location filename="../engine/sources/contacts/ContactFields.cpp" line="+146"/>
        <source>%1: no free phone field for %2 (%3)</source>
        <translation>%1: kein freies Telefonfeld für %2 (%3)</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1: a fourth address (%2) does not fit an Outlook contact</source>
        <translation>%1: eine vierte Anschrift (%2) passt nicht in einen Outlook-Kontakt</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>%1: %2 &quot;%3&quot; is not a date</source>
        <translation>%1: %2 &quot;%3&quot; ist kein Datum</translation>
    </message>
    <message>
        <location line="+160"/>
        <source>%1: the photo is a link (%2) and is not downloaded</source>
        <translation>%1: das Foto ist ein Link (%2) und wird nicht heruntergeladen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the photo&apos;s data is malformed and is left out</source>
        <translation>%1: die Daten des Fotos sind fehlerhaft, es wird ausgelassen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the photo&apos;s base64 data is malformed; what could be decoded is kept</source>
        <translation>%1: die Base64-Daten des Fotos sind fehlerhaft; was sich dekodieren ließ, bleibt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: the photo (%2 bytes) is larger than %3 bytes and is left out</source>
        <translation>%1: das Foto (%2 Bytes) ist größer als %3 Bytes und wird ausgelassen</translation>
    </message>
    <message>
        <location filename="../engine/sources/contacts/VcardParser.cpp" line="+177"/>
        <source>not a vCard line (no &quot;name:value&quot;)</source>
        <translation>keine vCard-Zeile (kein &quot;name:wert&quot;)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1: the base64 value is malformed</source>
        <translation>%1: der Base64-Wert ist fehlerhaft</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>%1: line %2: %3</source>
        <translation>%1: Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>END:VCARD without BEGIN:VCARD</source>
        <translation>END:VCARD ohne BEGIN:VCARD</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text outside BEGIN:VCARD ... END:VCARD is ignored</source>
        <translation>Text außerhalb von BEGIN:VCARD ... END:VCARD wird übergangen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>card %1: %2</source>
        <translation>Karte %1: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>card %1 has no END:VCARD; it is read up to the end of the file</source>
        <translation>Karte %1 hat kein END:VCARD; sie wird bis zum Dateiende gelesen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: no vCard in the file (no BEGIN:VCARD)</source>
        <translation>%1: keine vCard in der Datei (kein BEGIN:VCARD)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot be read: %2</source>
        <translation>%1: kann nicht gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../engine/sources/contacts/VcfSource.cpp" line="+115"/>
        <source>%n with a photo</source>
        <translation>
            <numerusform>%n mit Foto</numerusform>
            <numerusform>%n mit Foto</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n contact group(s)</source>
        <translation>
            <numerusform>%n Kontaktgruppe</numerusform>
            <numerusform>%n Kontaktgruppen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n contact(s)</source>
        <translation>
            <numerusform>%n Kontakt</numerusform>
            <numerusform>%n Kontakte</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/sources/contacts/ContactGroup.cpp" line="+98"/>
        <source>%1: the member %2 is no card of this file and is left out</source>
        <translation>%1: Das Mitglied %2 ist keine Karte dieser Datei und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the member &quot;%2&quot; has no e-mail address and is left out</source>
        <translation>%1: Das Mitglied „%2“ hat keine E-Mail-Adresse und wird ausgelassen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Contact group</source>
        <translation>Kontaktgruppe</translation>
    </message>
</context>
<context>
    <name>mig::contacts::VcfSource</name>
    <message>
        <location filename="../engine/sources/contacts/VcfSource.cpp" line="-86"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: the folder holds no vCard (.vcf) files</source>
        <translation>%1: der Ordner enthält keine vCard-Dateien (.vcf)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>the file could not be read</source>
        <translation>die Datei konnte nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mig::core</name>
    <message>
        <location filename="../engine/core/OutputFile.cpp" line="+44"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>it is a directory</source>
        <translation>es ist ein Verzeichnis</translation>
    </message>
</context>
<context>
    <name>mig::directory</name>
    <message>
        <location filename="../engine/directory/LdapDirectory.cpp" line="+34"/>
        <source>The directory lookup was canceled.</source>
        <translation>Die Verzeichnisabfrage wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The directory server %1 rejected the password for %2.</source>
        <translation>Der Verzeichnisserver %1 hat das Passwort für %2 abgelehnt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The directory server %1 refused this kind of login; it may require TLS or a bind DN with a password.</source>
        <translation>Der Verzeichnisserver %1 hat diese Art der Anmeldung abgelehnt; möglicherweise sind TLS oder ein Bind-DN mit Passwort erforderlich.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot reach the directory server %1 (is it running, and are the host, port and TLS settings right?).</source>
        <translation>Der Verzeichnisserver %1 ist nicht erreichbar (läuft er, und sind Host, Port und TLS-Einstellungen richtig?).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The directory server %1 refused the login.</source>
        <translation>Der Verzeichnisserver %1 hat die Anmeldung abgelehnt.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The base DN &quot;%1&quot; does not exist on the directory server %2.</source>
        <translation>Der Basis-DN &quot;%1&quot; ist auf dem Verzeichnisserver %2 nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a valid base DN.</source>
        <translation>&quot;%1&quot; ist kein gültiger Basis-DN.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a valid LDAP search filter.</source>
        <translation>&quot;%1&quot; ist kein gültiger LDAP-Suchfilter.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The directory server %1 does not allow this account to read users below &quot;%2&quot;.</source>
        <translation>Der Verzeichnisserver %1 erlaubt diesem Konto nicht, Benutzer unterhalb von &quot;%2&quot; zu lesen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory server %1 stopped at its size limit and does not support paged results; narrow the base DN or the filter.</source>
        <translation>Der Verzeichnisserver %1 hat an seiner Größenbeschränkung angehalten und unterstützt keine seitenweisen Ergebnisse; schränken Sie den Basis-DN oder den Filter ein.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The connection to the directory server %1 was lost during the search.</source>
        <translation>Die Verbindung zum Verzeichnisserver %1 ging während der Suche verloren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The directory search on %1 failed.</source>
        <translation>Die Verzeichnissuche auf %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The directory server %1 did not answer within %2 seconds.</source>
        <translation>Der Verzeichnisserver %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+104"/>
        <source>The TLS settings for %1 could not be applied (CA file &quot;%2&quot;).</source>
        <translation>Die TLS-Einstellungen für %1 konnten nicht angewendet werden (CA-Datei &quot;%2&quot;).</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>&quot;%1&quot; is not an LDAP address; use ldap://host[:port] or ldaps://host[:port].</source>
        <translation>&quot;%1&quot; ist keine LDAP-Adresse; verwenden Sie ldap://host[:port] oder ldaps://host[:port].</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The bind DN %1 needs a password; leave both empty for an anonymous bind.</source>
        <translation>Der Bind-DN %1 erfordert ein Passwort; lassen Sie beide Felder für eine anonyme Bindung leer.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&quot;%1&quot; is not a valid LDAP address.</source>
        <translation>&quot;%1&quot; ist keine gültige LDAP-Adresse.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>StartTLS with the directory server %1 failed (does it offer TLS, and is its certificate trusted?).</source>
        <translation>StartTLS mit dem Verzeichnisserver %1 ist fehlgeschlagen (bietet er TLS an, und ist sein Zertifikat vertrauenswürdig?).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>StartTLS with the directory server %1 failed (is it reachable, and is its certificate trusted?).</source>
        <translation>StartTLS mit dem Verzeichnisserver %1 ist fehlgeschlagen (ist er erreichbar, und ist sein Zertifikat vertrauenswürdig?).</translation>
    </message>
</context>
<context>
    <name>mig::exchange</name>
    <message>
        <location filename="../engine/exchange/ExportList.cpp" line="+28"/>
        <source>%1, row %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>&quot;%1&quot; is not an e-mail address; give the grommunio mailbox in a second column</source>
        <translation>&quot;%1&quot; ist keine E-Mail-Adresse; geben Sie das grommunio-Postfach in einer zweiten Spalte an</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice (both exports would write %2)</source>
        <translation>%1 ist doppelt aufgeführt (beide Exporte würden %2 schreiben)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: no mailbox listed</source>
        <translation>%1: kein Postfach aufgeführt</translation>
    </message>
    <message>
        <location filename="../engine/exchange/ExportReadiness.cpp" line="+44"/>
        <source>the Exchange export of %1 ended as &quot;%2&quot; (see Get-MailboxExportRequestStatistics)</source>
        <translation>der Exchange-Export von %1 endete als &quot;%2&quot; (siehe Get-MailboxExportRequestStatistics)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is not there yet</source>
        <translation>%1 ist noch nicht da</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is not listed in %2 yet</source>
        <translation>%1 ist noch nicht in %2 aufgeführt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 is still being written</source>
        <translation>%1 wird noch geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 has not changed for %2 s; waiting for %3 s</source>
        <translation>%1 ist seit %2 s unverändert; es wird %3 s gewartet</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 has no complete PST header yet</source>
        <translation>%1 hat noch keinen vollständigen PST-Kopf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 is %2 bytes long, its PST header says %3: still being written</source>
        <translation>%1 ist %2 Bytes lang, sein PST-Kopf nennt %3: wird noch geschrieben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 cannot be opened yet: %2</source>
        <translation>%1 lässt sich noch nicht öffnen: %2</translation>
    </message>
    <message>
        <location filename="../engine/exchange/ExportScript.cpp" line="+50"/>
        <source>--share must be a UNC path the Exchange server can write to (\\server\share), not &quot;%1&quot;</source>
        <translation>--share muss ein UNC-Pfad sein, in den der Exchange-Server schreiben kann (\\server\freigabe), nicht &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>--priority must be one of %1, not &quot;%2&quot;</source>
        <translation>--priority muss eines von %1 sein, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>--bad-item-limit must be 0 or more</source>
        <translation>--bad-item-limit muss 0 oder mehr sein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>--batch must not be empty</source>
        <translation>--batch darf nicht leer sein</translation>
    </message>
</context>
<context>
    <name>mig::gxmt</name>
    <message>
        <location filename="../engine/gxmt/ByteSink.cpp" line="+18"/>
        <source>Writing the GXMT stream failed.</source>
        <translation>Das Schreiben des GXMT-Datenstroms ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location filename="../engine/gxmt/Encoder.cpp" line="+84"/>
        <source>%1 contains a NUL character, which the stream cannot carry</source>
        <translation>%1 enthält ein NUL-Zeichen, das der Datenstrom nicht übertragen kann</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a binary value of %1 bytes exceeds 4 GiB</source>
        <translation>ein Binärwert von %1 Bytes überschreitet 4 GiB</translation>
    </message>
    <message>
        <location line="+9"/>
        <location line="+52"/>
        <source>property %1 has a type the stream cannot carry</source>
        <translation>Eigenschaft %1 hat einen Typ, den der Datenstrom nicht übertragen kann</translation>
    </message>
    <message>
        <location line="-50"/>
        <source>the value of property %1 does not match its type</source>
        <translation>der Wert der Eigenschaft %1 passt nicht zu ihrem Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>property %1 has too many values</source>
        <translation>Eigenschaft %1 hat zu viele Werte</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>property %1 holds no well-formed rule action list</source>
        <translation>Eigenschaft %1 enthält keine wohlgeformte Liste von Regelaktionen</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server entry id in %1 exceeds 65534 bytes</source>
        <translation>die Server-Entry-ID in %1 überschreitet 65534 Bytes</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>property id 0xFFFF is invalid (%1)</source>
        <translation>Eigenschafts-ID 0xFFFF ist ungültig (%1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>an object has more than 65535 properties</source>
        <translation>ein Objekt hat mehr als 65535 Eigenschaften</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>a message has too many recipients</source>
        <translation>eine Nachricht hat zu viele Empfänger</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>a message has more than 65535 attachments</source>
        <translation>eine Nachricht hat mehr als 65535 Anhänge</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>the property name &quot;%1&quot; is longer than 254 bytes</source>
        <translation>der Eigenschaftsname &quot;%1&quot; ist länger als 254 Bytes</translation>
    </message>
    <message>
        <location filename="../engine/gxmt/Writer.cpp" line="+98"/>
        <source>The stream can no longer be written after an earlier output error.</source>
        <translation>Nach einem früheren Ausgabefehler kann der Datenstrom nicht mehr geschrieben werden.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>GXMT revision %1 cannot be written.</source>
        <translation>GXMT-Revision %1 kann nicht geschrieben werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Folder-map nid %1 does not fit into GXMT000%2.</source>
        <translation>Ordnerzuordnungs-NID %1 passt nicht in GXMT000%2.</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>The object with nid %1 needs %2 bytes, more than a frame may hold.</source>
        <translation>Das Objekt mit NID %1 benötigt %2 Bytes, mehr als ein Frame aufnehmen kann.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Object %1 cannot be written: %2</source>
        <translation>Objekt %1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Folder nid %1 is reserved or too large for GXMT000%2 (§6.7).</source>
        <translation>Ordner-NID %1 ist reserviert oder zu groß für GXMT000%2 (§6.7).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Folder nid %1 is used twice (§6.7).</source>
        <translation>Ordner-NID %1 wird doppelt verwendet (§6.7).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folder %1 has more than 65535 permission entries.</source>
        <translation>Ordner %1 hat mehr als 65535 Berechtigungseinträge.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Message nid %1 does not fit into GXMT000%2.</source>
        <translation>Nachrichten-NID %1 passt nicht in GXMT000%2.</translation>
    </message>
    <message>
        <location filename="../engine/gxmt/Decoder.cpp" line="+48"/>
        <source>%1 needs %2 bytes but only %3 are left in the frame (§9.2)</source>
        <translation>%1 benötigt %2 Bytes, aber im Frame sind nur noch %3 übrig (§9.2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 count %2 cannot fit into the %3 bytes left (§7)</source>
        <translation>%1 Anzahl %2 passt nicht in die verbleibenden %3 Bytes (§7)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 has no terminating NUL byte (§0)</source>
        <translation>%1 hat kein abschließendes NUL-Byte (§0)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 is not valid UTF-8 (§7.2)</source>
        <translation>%1 ist kein gültiges UTF-8 (§7.2)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>property %1 has type PT_ERROR, which a stream must not carry (§7.2)</source>
        <translation>Eigenschaft %1 hat den Typ PT_ERROR, den ein Datenstrom nicht enthalten darf (§7.2)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>boolean property %1 has the byte 0x%2 instead of 0 or 1 (§7.2)</source>
        <translation>boolesche Eigenschaft %1 hat das Byte 0x%2 statt 0 oder 1 (§7.2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>property %1 holds an empty rule action list (§7.2)</source>
        <translation>Eigenschaft %1 enthält eine leere Liste von Regelaktionen (§7.2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>server entry id %1 has length 0 (§7.2)</source>
        <translation>Server-Entry-ID %1 hat die Länge 0 (§7.2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>server entry id %1 has the flag 0x%2 instead of 0 or 1 (§7.2)</source>
        <translation>Server-Entry-ID %1 hat das Flag 0x%2 statt 0 oder 1 (§7.2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server entry id %1 has length %2 instead of 21 (§7.2)</source>
        <translation>Server-Entry-ID %1 hat die Länge %2 statt 21 (§7.2)</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>property %1 has type PT_NULL, which Gromox rejects (§7.2)</source>
        <translation>Eigenschaft %1 hat den Typ PT_NULL, den Gromox ablehnt (§7.2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>property %1 has type PT_UNSPECIFIED, which a stream must not carry (§7.2)</source>
        <translation>Eigenschaft %1 hat den Typ PT_UNSPECIFIED, den ein Datenstrom nicht enthalten darf (§7.2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>property %1 is a restriction (PT_SRESTRICTION), which this reader does not support (§7.2)</source>
        <translation>Eigenschaft %1 ist eine Einschränkung (PT_SRESTRICTION), die dieser Leser nicht unterstützt (§7.2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>property %1 has a multi-value instance type, which a stream must not carry (§7.2)</source>
        <translation>Eigenschaft %1 hat einen mehrwertigen Instanztyp, den ein Datenstrom nicht enthalten darf (§7.2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>property %1 has the unknown type 0x%2 (§7.2)</source>
        <translation>Eigenschaft %1 hat den unbekannten Typ 0x%2 (§7.2)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>property id 0xFFFF is invalid (§5.1)</source>
        <translation>Eigenschafts-ID 0xFFFF ist ungültig (§5.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>property %1 appears twice in one property list (§7.1)</source>
        <translation>Eigenschaft %1 kommt in einer Eigenschaftsliste doppelt vor (§7.1)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>embedded messages are nested more than %1 levels deep</source>
        <translation>eingebettete Nachrichten sind mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>property name kind %1 is neither MNID_ID (0) nor MNID_STRING (1) (§7.7)</source>
        <translation>Eigenschaftsnamensart %1 ist weder MNID_ID (0) noch MNID_STRING (1) (§7.7)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>property name size 0 leaves no room for the terminator (§7.7)</source>
        <translation>Eigenschaftsnamensgröße 0 lässt keinen Platz für das Abschlusszeichen (§7.7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>property name does not end within its %1 bytes (§7.7)</source>
        <translation>Eigenschaftsname endet nicht innerhalb seiner %1 Bytes (§7.7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>property name size %1 does not match the name&apos;s %2 bytes plus NUL (§7.7)</source>
        <translation>Eigenschaftsnamensgröße %1 entspricht nicht den %2 Bytes des Namens plus NUL (§7.7)</translation>
    </message>
    <message>
        <location filename="../engine/gxmt/Reader.cpp" line="+97"/>
        <source>the size %1 exceeds the limit of 2 GiB (§6.1)</source>
        <translation>die Größe %1 überschreitet die Grenze von 2 GiB (§6.1)</translation>
    </message>
    <message>
        <location line="+11"/>
        <location line="+50"/>
        <location line="+214"/>
        <source>reading the input failed: %1</source>
        <translation>Lesen der Eingabe fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="-233"/>
        <source>The stream header has already been read.</source>
        <translation>Der Kopf des Datenstroms wurde bereits gelesen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+39"/>
        <source>header</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <location line="-30"/>
        <source>The input is empty: it holds no GXMT stream (§9.1).</source>
        <translation>Die Eingabe ist leer: Sie enthält keinen GXMT-Datenstrom (§9.1).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>only %1 of the 8 magic bytes are present (PG-1126, §9.2)</source>
        <translation>nur %1 der 8 Magic-Bytes sind vorhanden (PG-1126, §9.2)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the input does not start with a GXMT signature (PG-1127, §3)</source>
        <translation>die Eingabe beginnt nicht mit einer GXMT-Signatur (PG-1127, §3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>signature &quot;%1&quot; is a revision this program does not read (GXMT0003 to GXMT0005, §1.1)</source>
        <translation>Signatur &quot;%1&quot; ist eine Revision, die dieses Programm nicht liest (GXMT0003 bis GXMT0005, §1.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>observed signature &quot;%1&quot;, but only &quot;%2&quot; is expected (PG-1127, §1.1)</source>
        <translation>Signatur &quot;%1&quot; gefunden, erwartet wird aber nur &quot;%2&quot; (PG-1127, §1.1)</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the %1 flag byte is missing (PG-1120/PG-1124, §3)</source>
        <translation>das Flag-Byte %1 fehlt (PG-1120/PG-1124, §3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+8"/>
        <source>splice</source>
        <translation>splice</translation>
    </message>
    <message>
        <location line="-7"/>
        <location line="+8"/>
        <source>public-store</source>
        <translation>public-store</translation>
    </message>
    <message>
        <location line="-2"/>
        <source>the %1 flag is 0x%2 instead of 0 or 1 (§3)</source>
        <translation>das Flag %1 ist 0x%2 statt 0 oder 1 (§3)</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>folder map</source>
        <translation>Ordnerzuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>name map</source>
        <translation>Namenszuordnung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the size field is truncated (%1, §9.2)</source>
        <translation>das Größenfeld ist abgeschnitten (%1, §9.2)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the size %1 leaves no room for the entry count (%2, §4.1)</source>
        <translation>die Größe %1 lässt keinen Platz für die Anzahl der Einträge (%2, §4.1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the body is truncated: %1 bytes announced, %2 present (%3, §9.2)</source>
        <translation>der Inhalt ist abgeschnitten: %1 Bytes angekündigt, %2 vorhanden (%3, §9.2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 entries cannot fit into %2 bytes</source>
        <translation>%1 Einträge passen nicht in %2 Bytes</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the create flag is 0x%1 instead of 0 or 1 (§4.1)</source>
        <translation>das create-Flag ist 0x%1 statt 0 oder 1 (§4.1)</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>%1 bytes are left over after the last entry (§4.1)</source>
        <translation>nach dem letzten Eintrag sind %1 Bytes übrig (§4.1)</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>the frame header is incomplete: type and nid need %1 bytes (PG-1121, §6.2)</source>
        <translation>der Frame-Kopf ist unvollständig: type und nid benötigen %1 Bytes (PG-1121, §6.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame header is incomplete: parent_type and parent_fid are missing (PG-1116, §6.2)</source>
        <translation>der Frame-Kopf ist unvollständig: parent_type und parent_fid fehlen (PG-1116, §6.2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the ACL count is missing (PG-1132, §6.3)</source>
        <translation>die ACL-Anzahl fehlt (PG-1132, §6.3)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ACL count %1 cannot fit into the %2 bytes left (PG-1132, §6.3)</source>
        <translation>ACL-Anzahl %1 passt nicht in die verbleibenden %2 Bytes (PG-1132, §6.3)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the two trailing strings of the message frame are missing (PG-1113, §6.4)</source>
        <translation>die beiden abschließenden Zeichenketten des Nachrichten-Frames fehlen (PG-1113, §6.4)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../engine/gxmt/Validator.cpp" line="+399"/>
        <source>unknown frame type %1 (PG-1117, §6.6)</source>
        <translation>unbekannter Frame-Typ %1 (PG-1117, §6.6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 bytes are left over after the frame&apos;s payload (§6.1)</source>
        <translation>nach den Nutzdaten des Frames sind %1 Bytes übrig (§6.1)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The stream cannot be read any further after an error.</source>
        <translation>Nach einem Fehler kann der Datenstrom nicht weiter gelesen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location filename="../engine/gxmt/Validator.cpp" line="-322"/>
        <source>frame %1</source>
        <translation>Frame %1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>only %1 of the 8 bytes of the frame size are present (PG-1005, §6.1)</source>
        <translation>nur %1 der 8 Bytes der Frame-Größe sind vorhanden (PG-1005, §6.1)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the frame size is 0 (PG-1121, §6.1)</source>
        <translation>die Frame-Größe ist 0 (PG-1121, §6.1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the frame body is truncated: %1 bytes announced, %2 present (PG-1006, §6.1)</source>
        <translation>der Frame-Inhalt ist abgeschnitten: %1 Bytes angekündigt, %2 vorhanden (PG-1006, §6.1)</translation>
    </message>
    <message>
        <location filename="../engine/gxmt/Validator.cpp" line="-36"/>
        <source>the header section is empty</source>
        <translation>der Kopfbereich ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line 1 is a continuation line, but no header field precedes it</source>
        <translation>Zeile 1 ist eine Fortsetzungszeile, aber ihr geht kein Kopffeld voraus</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>line %1 is neither a header field (&quot;Name: value&quot;) nor the empty line ending the header</source>
        <translation>Zeile %1 ist weder ein Kopffeld (&quot;Name: value&quot;) noch die Leerzeile, die den Kopfbereich beendet</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>line %1 has an invalid character in its header field name</source>
        <translation>Zeile %1 enthält ein ungültiges Zeichen im Namen ihres Kopffelds</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the text is empty</source>
        <translation>der Text ist leer</translation>
    </message>
    <message>
        <location line="+64"/>
        <source>named-property declaration for propid 0x%1 outside 0x8000-0xFFFE (§5.1)</source>
        <translation>Deklaration einer benannten Eigenschaft für propid 0x%1 außerhalb von 0x8000-0xFFFE (§5.1)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>named-property declaration 0x%1 has the invalid proptype 0x%2 (§5.2)</source>
        <translation>Deklaration der benannten Eigenschaft 0x%1 hat den ungültigen proptype 0x%2 (§5.2)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>property name &quot;%1&quot; is longer than 254 bytes (§7.7)</source>
        <translation>Eigenschaftsname &quot;%1&quot; ist länger als 254 Bytes (§7.7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>propid 0x%1 is declared as %2 but was declared as %3 before; one stream propid must always mean one name (§5.4)</source>
        <translation>propid 0x%1 ist als %2 deklariert, wurde aber zuvor als %3 deklariert; eine propid muss im Datenstrom immer denselben Namen bedeuten (§5.4)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>folder map: nid %1 appears twice; the later entry silently replaces the earlier (§4.1)</source>
        <translation>Ordnerzuordnung: NID %1 kommt doppelt vor; der spätere Eintrag ersetzt stillschweigend den früheren (§4.1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>folder map: nid 0 is reserved (§6.7)</source>
        <translation>Ordnerzuordnung: NID 0 ist reserviert (§6.7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder map: the unanchored nid %1 cannot create a folder (§4.3)</source>
        <translation>Ordnerzuordnung: die nicht verankerte NID %1 kann keinen Ordner anlegen (§4.3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>folder map: nid %1 maps to the unanchored value with create = 0, which the importer mishandles (§4.4)</source>
        <translation>Ordnerzuordnung: NID %1 verweist mit create = 0 auf den nicht verankerten Wert, was der Importer falsch behandelt (§4.4)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>folder map: nid %1 has target folder 0, which is no folder (§4.1)</source>
        <translation>Ordnerzuordnung: NID %1 hat den Zielordner 0, der kein Ordner ist (§4.1)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>folder map: nid %1 creates a folder without a name (§4.2)</source>
        <translation>Ordnerzuordnung: NID %1 legt einen Ordner ohne Namen an (§4.2)</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>parent_type %1 does not fit parent_fid %2 (3 for a folder parent, 0 or 1 without one, §6.2)</source>
        <translation>parent_type %1 passt nicht zu parent_fid %2 (3 für einen übergeordneten Ordner, 0 oder 1 ohne, §6.2)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1: named property 0x%2 is used without a prior declaration (§5.4, §6.7)</source>
        <translation>%1: benannte Eigenschaft 0x%2 wird ohne vorherige Deklaration verwendet (§5.4, §6.7)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source> recipient</source>
        <translation> Empfänger</translation>
    </message>
    <message>
        <location line="+4"/>
        <source> attachment %1</source>
        <translation> Anhang %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 carries PR_ATTACH_DATA_OBJ next to its embedded message (§7.5)</source>
        <translation>%1 enthält PR_ATTACH_DATA_OBJ neben seiner eingebetteten Nachricht (§7.5)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> embedded message</source>
        <translation> eingebettete Nachricht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>folder nid %1 is reserved (§6.7)</source>
        <translation>Ordner-NID %1 ist reserviert (§6.7)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>folder nid %1 appears in a second folder frame (§6.7)</source>
        <translation>Ordner-NID %1 kommt in einem zweiten Ordner-Frame vor (§6.7)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>folder</source>
        <translation>ordner</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ACL entry %1 has flags 0x%2 instead of ROW_ADD (0x01); the importer ignores it (§7.6)</source>
        <translation>ACL-Eintrag %1 hat die Flags 0x%2 statt ROW_ADD (0x01); der Importer ignoriert ihn (§7.6)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>ACL entry %1 lacks the grantee (PR_SMTP_ADDRESS or PR_ENTRYID) or PR_MEMBER_RIGHTS (§7.6)</source>
        <translation>ACL-Eintrag %1 fehlt der Berechtigte (PR_SMTP_ADDRESS oder PR_ENTRYID) oder PR_MEMBER_RIGHTS (§7.6)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ACL entry %1</source>
        <translation>ACL-Eintrag %1</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>folder %1 cannot be placed: its parent %2 is neither in the folder map nor an earlier folder (case D, §4.5)</source>
        <translation>Ordner %1 kann nicht eingeordnet werden: Sein übergeordneter Ordner %2 ist weder in der Ordnerzuordnung noch ein früherer Ordner (Fall D, §4.5)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>folder %1 has no PR_DISPLAY_NAME, so the importer cannot create it (§8.1)</source>
        <translation>Ordner %1 hat kein PR_DISPLAY_NAME, daher kann der Importer ihn nicht anlegen (§8.1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>folder %1 &quot;%2&quot; and its sibling &quot;%3&quot; beneath %4 have the same name for Gromox (which ignores case and trailing spaces and dots); the exclusive create of the second fails (PG-1122, §4.5)</source>
        <translation>Ordner %1 „%2“ und sein Geschwisterordner „%3“ unter %4 haben für Gromox denselben Namen (Groß-/Kleinschreibung sowie Leerzeichen und Punkte am Ende zählen nicht); das exklusive Anlegen des zweiten schlägt fehl (PG-1122, §4.5)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>message nid %1 is used twice (§6.7)</source>
        <translation>Nachrichten-NID %1 wird doppelt verwendet (§6.7)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 has the unknown parent folder %2; the importer skips it (PF-1123, §4.5)</source>
        <translation>Nachricht %1 hat den unbekannten übergeordneten Ordner %2; der Importer überspringt sie (PF-1123, §4.5)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>message %1 points at folder-map entry %2 before its folder frame created the folder (§4.2)</source>
        <translation>Nachricht %1 verweist auf den Ordnerzuordnungseintrag %2, bevor dessen Ordner-Frame den Ordner angelegt hat (§4.2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the RFC 5322 text is not an Internet message: %1 (§8.3)</source>
        <translation>der RFC-5322-Text ist keine Internet-Nachricht: %1 (§8.3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the reserved string of the message frame is not empty (§6.4)</source>
        <translation>die reservierte Zeichenkette des Nachrichten-Frames ist nicht leer (§6.4)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>a NAMEDPROP frame must have parent_type 0 and parent_fid 0 (§6.5)</source>
        <translation>ein NAMEDPROP-Frame muss parent_type 0 und parent_fid 0 haben (§6.5)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a NAMEDPROP frame declares %1, which is no 32-bit proptag (§6.5)</source>
        <translation>ein NAMEDPROP-Frame deklariert %1, was kein 32-Bit-Proptag ist (§6.5)</translation>
    </message>
</context>
<context>
    <name>mig::imap</name>
    <message>
        <location filename="../engine/sources/imap/ImapAccount.cpp" line="+16"/>
        <source>invalid IMAP account &quot;%1&quot;: %2</source>
        <translation>ungültiges IMAP-Konto &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>expected imaps://LOGIN@HOST[:PORT] or imap://LOGIN@HOST[:PORT]</source>
        <translation>erwartet wurde imaps://LOGIN@HOST[:PORT] oder imap://LOGIN@HOST[:PORT]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the URL must not contain a password; give it in a password file or at the prompt</source>
        <translation>die URL darf kein Passwort enthalten; geben Sie es in einer Passwortdatei oder bei der Abfrage an</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the login is missing (LOGIN@HOST)</source>
        <translation>die Anmeldung fehlt (LOGIN@HOST)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected imaps://HOST[:PORT] or imap://HOST[:PORT]</source>
        <translation>erwartet wurde imaps://HOST[:PORT] oder imap://HOST[:PORT]</translation>
    </message>
    <message>
        <location line="-35"/>
        <source>the host is missing</source>
        <translation>der Host fehlt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a folder or option cannot be part of the URL; use --folder</source>
        <translation>ein Ordner oder eine Option kann nicht Teil der URL sein; verwenden Sie --folder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the port must be between 1 and 65535</source>
        <translation>der Port muss zwischen 1 und 65535 liegen</translation>
    </message>
    <message>
        <location filename="../engine/sources/imap/ImapKind.cpp" line="+33"/>
        <source>IMAP account (imaps://LOGIN@HOST)</source>
        <translation>IMAP-Konto (imaps://LOGIN@HOST)</translation>
    </message>
    <message>
        <location filename="../engine/sources/imap/ImapSourceSettings.cpp" line="+32"/>
        <source>%1: an empty folder name in %2</source>
        <translation>%1: ein leerer Ordnername in %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the accepted certificate must be given as SHA256:&lt;base64&gt;, not &quot;%2&quot;</source>
        <translation>%1: das akzeptierte Zertifikat muss als SHA256:&lt;base64&gt; angegeben werden, nicht &quot;%2&quot;</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1: the timeout must be a positive number of seconds</source>
        <translation>%1: die Zeitüberschreitung muss eine positive Zahl von Sekunden sein</translation>
    </message>
    <message>
        <location filename="../engine/sources/imap/ImapAccountList.cpp" line="+26"/>
        <source>%1, line %2: %3</source>
        <translation>%1, Zeile %2: %3</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown column &quot;%1&quot; (the header names login, target and password)</source>
        <translation>unbekannte Spalte „%1“ (die Kopfzeile nennt login, target und password)</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>expected login,target[,password] but found %n field(s)</source>
        <translation>
            <numerusform>login,target[,password] erwartet, aber %n Feld gefunden</numerusform>
            <numerusform>login,target[,password] erwartet, aber %n Felder gefunden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>expected login,password or login,target,password but found %n field(s)</source>
        <translation>
            <numerusform>login,password oder login,target,password erwartet, aber %n Feld gefunden</numerusform>
            <numerusform>login,password oder login,target,password erwartet, aber %n Felder gefunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>more fields than the header names</source>
        <translation>mehr Felder, als die Kopfzeile nennt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the login is empty</source>
        <translation>der Login ist leer</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the target &quot;%1&quot; is no mailbox address (user@domain)</source>
        <translation>das Ziel „%1“ ist keine Postfachadresse (benutzer@domain)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the login %1 is already on line %2</source>
        <translation>der Login %1 steht schon in Zeile %2</translation>
    </message>
</context>
<context>
    <name>mig::imap::ImapClient</name>
    <message>
        <location filename="../engine/sources/imap/ImapClient.cpp" line="+137"/>
        <source>IMAP server %1 refused %2: %3</source>
        <translation>IMAP-Server %1 hat %2 abgelehnt: %3</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>IMAP server %1 sent a response that cannot be parsed (%2) while waiting for %3</source>
        <translation>IMAP-Server %1 hat beim Warten auf %3 eine nicht lesbare Antwort gesendet (%2)</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>IMAP server %1 closed the connection: %2</source>
        <translation>IMAP-Server %1 hat die Verbindung geschlossen: %2</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>the server greeting</source>
        <translation>die Begrüßung des Servers</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>IMAP server %1 turned the connection away: %2</source>
        <translation>IMAP-Server %1 hat die Verbindung abgewiesen: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>IMAP server %1 does not offer STARTTLS; the password would travel in plain text (allow that explicitly only on a trusted network)</source>
        <translation>IMAP-Server %1 bietet kein STARTTLS an; das Passwort ginge im Klartext über das Netz (erlauben Sie das ausdrücklich nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>IMAP server %1 allows no login on this connection (LOGINDISABLED)</source>
        <translation>IMAP-Server %1 erlaubt auf dieser Verbindung keine Anmeldung (LOGINDISABLED)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source> through master user %1</source>
        <translation> über den Master-Benutzer %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>IMAP server %1 refused the login of %2%3 (wrong user name or password?)</source>
        <translation>IMAP-Server %1 hat die Anmeldung von %2%3 abgelehnt (falscher Benutzername oder falsches Passwort?)</translation>
    </message>
    <message>
        <location line="+92"/>
        <source>STATUS of folder %1</source>
        <translation>STATUS des Ordners %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>EXAMINE of folder %1</source>
        <translation>EXAMINE des Ordners %1</translation>
    </message>
    <message>
        <location line="+75"/>
        <source>the server did not return it (deleted meanwhile?)</source>
        <translation>der Server hat sie nicht geliefert (inzwischen gelöscht?)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server refused it: %1</source>
        <translation>der Server hat sie abgelehnt: %1</translation>
    </message>
</context>
<context>
    <name>mig::imap::ImapConnection</name>
    <message>
        <location filename="../engine/sources/imap/ImapConnection.cpp" line="+50"/>
        <source>IMAP server %1:%2: %3</source>
        <translation>IMAP-Server %1:%2: %3</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the CA file %1 cannot be read or holds no PEM certificate</source>
        <translation>die CA-Datei %1 kann nicht gelesen werden oder enthält kein PEM-Zertifikat</translation>
    </message>
    <message>
        <location line="+34"/>
        <location line="+5"/>
        <source>cannot connect</source>
        <translation>keine Verbindung möglich</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>the TLS certificate of %1:%2 is not trusted (%3); its fingerprint is %4. Accept it only after checking this fingerprint with the server&apos;s administrator, or give the CA file</source>
        <translation>dem TLS-Zertifikat von %1:%2 wird nicht vertraut (%3); sein Fingerabdruck ist %4. Akzeptieren Sie es erst, nachdem Sie diesen Fingerabdruck mit dem Administrator des Servers verglichen haben, oder geben Sie die CA-Datei an</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+76"/>
        <source>the connection is closed</source>
        <translation>die Verbindung ist geschlossen</translation>
    </message>
    <message>
        <location line="-74"/>
        <source>cannot send</source>
        <translation>Senden nicht möglich</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>sending timed out</source>
        <translation>Zeitüberschreitung beim Senden</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the server closed the connection while waiting for %1</source>
        <translation>der Server hat die Verbindung beim Warten auf %1 geschlossen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the connection was lost while waiting for %1</source>
        <translation>die Verbindung ging beim Warten auf %1 verloren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no answer within %1 s while waiting for %2</source>
        <translation>keine Antwort innerhalb von %1 s beim Warten auf %2</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>IMAP server %1: a response line is longer than %2 bytes</source>
        <translation>IMAP-Server %1: eine Antwortzeile ist länger als %2 Bytes</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>IMAP server %1: a literal of %2 bytes exceeds the limit of %3 bytes</source>
        <translation>IMAP-Server %1: ein Literal von %2 Bytes überschreitet die Grenze von %3 Bytes</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>cannot read from the connection</source>
        <translation>von der Verbindung kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>mig::imap::ImapSource</name>
    <message>
        <location filename="../engine/sources/imap/ImapSource.cpp" line="+163"/>
        <source>no password given for the IMAP account %1</source>
        <translation>kein Passwort für das IMAP-Konto %1 angegeben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>%1, folder &quot;%2&quot;, UID %3</source>
        <translation>%1, Ordner &quot;%2&quot;, UID %3</translation>
    </message>
    <message>
        <location line="+178"/>
        <location line="+89"/>
        <source>%1: there is no folder with id %2</source>
        <translation>%1: es gibt keinen Ordner mit der ID %2</translation>
    </message>
    <message>
        <location line="-56"/>
        <source>%1, folder &quot;%2&quot;: UIDVALIDITY changed from %3 to %4 since the folder was listed; its messages were renumbered by the server</source>
        <translation>%1, Ordner &quot;%2&quot;: UIDVALIDITY hat sich seit dem Auflisten von %3 in %4 geändert; der Server hat seine Nachrichten neu nummeriert</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1: more than 4 294 967 295 folders and messages in one account</source>
        <translation>%1: mehr als 4 294 967 295 Ordner und Nachrichten in einem Konto</translation>
    </message>
    <message>
        <location line="-200"/>
        <location line="+223"/>
        <source>%1, folder &quot;%2&quot;: %3</source>
        <translation>%1, Ordner &quot;%2&quot;: %3</translation>
    </message>
    <message>
        <location line="-326"/>
        <source>%1: not connected</source>
        <translation>%1: nicht verbunden</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>plain text, not encrypted</source>
        <translation>Klartext, nicht verschlüsselt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>TLS</source>
        <translation>TLS</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>%1: there is no folder &quot;%2&quot;; the account has: %3</source>
        <translation>%1: Es gibt keinen Ordner „%2“; das Konto hat: %3</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>%1, folder &quot;%2&quot;: UIDVALIDITY changed from %3 to %4 since the earlier run (the folder was recreated or renumbered); the folder starts over, so messages that run imported may now be in the mailbox twice</source>
        <translation>%1, Ordner „%2“: UIDVALIDITY hat sich seit dem früheren Lauf von %3 auf %4 geändert (der Ordner wurde neu angelegt oder neu nummeriert); der Ordner beginnt von vorn, daher können Nachrichten, die jener Lauf importiert hat, jetzt doppelt im Postfach sein</translation>
    </message>
    <message>
        <location line="+142"/>
        <source>%1, folder &quot;%2&quot;: a message was expunged from the server after the folder was listed</source>
        <translation>%1, Ordner &quot;%2&quot;: eine Nachricht wurde nach dem Auflisten des Ordners vom Server entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>marked \Deleted on the server (not expunged yet)</source>
        <translation>auf dem Server als \Deleted markiert (noch nicht endgültig gelöscht)</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>%1: the connection was lost (%2); logging in again</source>
        <translation>%1: die Verbindung ging verloren (%2); erneute Anmeldung</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>%1: there is no item %2 in folder id %3</source>
        <translation>%1: es gibt kein Element %2 im Ordner mit der ID %3</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1, folder &quot;%2&quot;: there is no item %3</source>
        <translation>%1, Ordner &quot;%2&quot;: es gibt kein Element %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1, folder &quot;%2&quot;: the message was expunged from the server after the folder was listed</source>
        <translation>%1, Ordner &quot;%2&quot;: die Nachricht wurde nach dem Auflisten des Ordners vom Server entfernt</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+4"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the server did not return the message</source>
        <translation>der Server hat die Nachricht nicht geliefert</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the original text is not kept (%2); the message is converted from its parts</source>
        <translation>%1: der Originaltext bleibt nicht erhalten (%2); die Nachricht wird aus ihren Teilen umgewandelt</translation>
    </message>
</context>
<context>
    <name>mig::kopano</name>
    <message>
        <location filename="../engine/kopano/Discovery.cpp" line="+36"/>
        <source>kopano-admin -l failed (exit status %1): %2</source>
        <translation>kopano-admin -l ist fehlgeschlagen (Exit-Status %1): %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>kopano-admin --details %1 failed (exit status %2): %3</source>
        <translation>kopano-admin --details %1 ist fehlgeschlagen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <location filename="../engine/kopano/KdbCommand.cpp" line="+59"/>
        <source>The SQL password must not contain a line break.</source>
        <translation>Das SQL-Passwort darf keinen Zeilenumbruch enthalten.</translation>
    </message>
    <message>
        <location filename="../engine/kopano/KopanoSpec.cpp" line="+74"/>
        <source>Public store %1</source>
        <translation>Öffentlicher Speicher %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive store %1</source>
        <translation>Archivspeicher %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Kopano source %1: %2</source>
        <translation>Kopano-Quelle %1: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the location must start with kopano://.</source>
        <translation>der Ort muss mit kopano:// beginnen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>neither a login nor a store GUID is given.</source>
        <translation>weder ein Login noch eine Store-GUID ist angegeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;%1&quot; is not a store GUID.</source>
        <translation>„%1“ ist keine Store-GUID.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a store placed under a folder cannot be spliced.</source>
        <translation>ein Speicher, der unter einem Ordner abgelegt wird, kann nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>mounting the attachments needs the Kopano host and its attachment directory.</source>
        <translation>das Einhängen der Anhänge braucht den Kopano-Host und sein Anhangsverzeichnis.</translation>
    </message>
    <message>
        <location filename="../engine/kopano/KopanoUser.cpp" line="+85"/>
        <source>kopano-admin --details %1 shows no e-mail address, which the mailbox needs as its target.</source>
        <translation>kopano-admin --details %1 zeigt keine E-Mail-Adresse, die das Postfach als Ziel braucht.</translation>
    </message>
    <message>
        <location filename="../engine/kopano/MigrationList.cpp" line="+35"/>
        <source>Migration list, line %1: %2</source>
        <translation>Migrationsliste, Zeile %1: %2</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>expected &lt;mail address&gt;,&lt;Kopano login or store GUID&gt;[,0|1], found &quot;%1&quot;.</source>
        <translation>erwartet &lt;Mailadresse&gt;,&lt;Kopano-Login oder Store-GUID&gt;[,0|1], gefunden „%1“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>the type must be 0 (login) or 1 (store GUID), found &quot;%1&quot;.</source>
        <translation>der Typ muss 0 (Login) oder 1 (Store-GUID) sein, gefunden „%1“.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a store GUID (32 hexadecimal digits).</source>
        <translation>„%1“ ist keine Store-GUID (32 Hexadezimalziffern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is no mail address.</source>
        <translation>„%1“ ist keine Mailadresse.</translation>
    </message>
    <message>
        <location filename="../engine/kopano/RootPlacement.cpp" line="+22"/>
        <source>Cannot place the store&apos;s top folder: %1</source>
        <translation>Der oberste Ordner des Speichers kann nicht platziert werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>the stream creates no top folder (was it spliced?).</source>
        <translation>der Datenstrom legt keinen obersten Ordner an (wurde er zusammengeführt?).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the folder map&apos;s size does not fit the header.</source>
        <translation>die Größe der Ordnerzuordnung passt nicht zum Kopf des Datenstroms.</translation>
    </message>
</context>
<context>
    <name>mig::mapping</name>
    <message>
        <location filename="../engine/mapping/AddressList.cpp" line="+37"/>
        <source>Cannot read the address list %1.</source>
        <translation>Die Adressliste %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <location filename="../engine/mapping/Csv.cpp" line="+170"/>
        <source>%1: the quote opened on line %2 is never closed.</source>
        <translation>%1: Das in Zeile %2 geöffnete Anführungszeichen wird nie geschlossen.</translation>
    </message>
    <message>
        <location filename="../engine/mapping/MappingTable.cpp" line="+24"/>
        <source>set by hand</source>
        <translation>manuell festgelegt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>set by hand; %1 is not in the directory</source>
        <translation>manuell festgelegt; %1 ist nicht im Verzeichnis</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>on the deny list</source>
        <translation>auf der Sperrliste</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not on the allow list</source>
        <translation>nicht auf der Zulassungsliste</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>%1; but %2 also map to %3</source>
        <translation>%1; aber %2 werden ebenfalls %3 zugeordnet</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1: the mapping has no &quot;target&quot; column.</source>
        <translation>%1: Die Zuordnung hat keine Spalte &quot;target&quot;.</translation>
    </message>
    <message>
        <location filename="../engine/mapping/SourceScanner.cpp" line="+90"/>
        <source>The source %1 does not exist.</source>
        <translation>Die Quelle %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <location filename="../engine/mapping/Matcher.cpp" line="+138"/>
        <source>the name &quot;%1&quot; is the address of %2</source>
        <translation>der Name &quot;%1&quot; ist die Adresse von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name &quot;%1&quot; is an alias address of %2</source>
        <translation>der Name &quot;%1&quot; ist eine Alias-Adresse von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store&apos;s display name &quot;%1&quot; is the address of %2</source>
        <translation>der Anzeigename &quot;%1&quot; des Speichers ist die Adresse von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store&apos;s display name &quot;%1&quot; is an alias address of %2</source>
        <translation>der Anzeigename &quot;%1&quot; des Speichers ist eine Alias-Adresse von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the name &quot;%1&quot; is the login of %2</source>
        <translation>der Name &quot;%1&quot; ist der Anmeldename von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name &quot;%1&quot; is the local part of the address of %2</source>
        <translation>der Name &quot;%1&quot; ist der lokale Teil der Adresse von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name &quot;%1&quot; is the local part of an alias of %2</source>
        <translation>der Name &quot;%1&quot; ist der lokale Teil eines Alias von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the name &quot;%1&quot; is the display name of %2</source>
        <translation>der Name &quot;%1&quot; ist der Anzeigename von %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the store&apos;s display name &quot;%1&quot; is the display name of %2</source>
        <translation>der Anzeigename &quot;%1&quot; des Speichers ist der Anzeigename von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the store owner &quot;%1&quot; is the display name of %2</source>
        <translation>der Speicherinhaber &quot;%1&quot; ist der Anzeigename von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>most mail in Sent Items was sent from %1, the address of %2</source>
        <translation>die meisten Nachrichten im Ordner Gesendete Elemente wurden von %1 gesendet, der Adresse von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>most mail in Sent Items was sent from %1, an alias address of %2</source>
        <translation>die meisten Nachrichten im Ordner Gesendete Elemente wurden von %1 gesendet, einer Alias-Adresse von %2</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>no directory user matches the name &quot;%1&quot;</source>
        <translation>kein Verzeichnisbenutzer passt zum Namen &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>the address the Kopano list gives</source>
        <translation>die Adresse aus der Kopano-Liste</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the address the Kopano list gives (no directory user has it)</source>
        <translation>die Adresse aus der Kopano-Liste (kein Verzeichnisbenutzer hat sie)</translation>
    </message>
    <message>
        <location line="+87"/>
        <source>%1 users match equally well: %2</source>
        <translation>%1 Benutzer passen gleich gut: %2</translation>
    </message>
    <message>
        <location line="+13"/>
        <source> (the user has no mail address; the login is used)</source>
        <translation> (der Benutzer hat keine E-Mail-Adresse; der Anmeldename wird verwendet)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (the account is disabled)</source>
        <translation> (das Konto ist deaktiviert)</translation>
    </message>
</context>
<context>
    <name>mig::migration</name>
    <message>
        <location filename="../engine/migration/DryRunTarget.cpp" line="+60"/>
        <source>Dry run: validating the stream locally</source>
        <translation>Probelauf: Der Datenstrom wird lokal geprüft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run: validating the GXMT000%1 stream locally</source>
        <translation>Probelauf: Der GXMT000%1-Datenstrom wird lokal geprüft</translation>
    </message>
    <message>
        <location filename="../engine/migration/Ledger.cpp" line="+26"/>
        <source>Cannot create the run directory %1</source>
        <translation>Das Laufverzeichnis %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cannot read the ledger %1</source>
        <translation>Das Journal %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+106"/>
        <location line="+6"/>
        <source>Cannot write the ledger %1</source>
        <translation>Das Journal %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location filename="../engine/migration/MailboxJob.cpp" line="+37"/>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <location line="+116"/>
        <source>Earlier runs imported messages of this mailbox&apos;s IMAP folders; only the messages they did not import (newer UIDs, and those that did not arrive) are sent.</source>
        <translation>Frühere Läufe haben Nachrichten der IMAP-Ordner dieses Postfachs importiert; nur die Nachrichten, die sie nicht importiert haben (neuere UIDs und die nicht angekommenen), werden gesendet.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The plan or the source files changed since this mailbox was stopped; it starts over.</source>
        <translation>Der Plan oder die Quelldateien haben sich geändert, seit dieses Postfach angehalten wurde; es beginnt von vorn.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An earlier run of this mailbox ended before it was done, and this run starts over: messages that run imported before the break may now be in the mailbox twice (splice placement merges into existing folders, and gromox-import does not detect duplicates).</source>
        <translation>Ein früherer Lauf dieses Postfachs endete vor dem Abschluss, und dieser Lauf beginnt von vorn: Nachrichten, die jener Lauf vor dem Abbruch importiert hat, können nun doppelt im Postfach liegen (das Einfügen in vorhandene Ordner führt zusammen, und gromox-import erkennt keine Duplikate).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An earlier run of this mailbox ended before it was done, and this run starts over in a new root folder; the earlier run&apos;s folder keeps what it received.</source>
        <translation>Ein früherer Lauf dieses Postfachs endete vor dem Abschluss, und dieser Lauf beginnt in einem neuen Stammordner von vorn; der Ordner des früheren Laufs behält, was er erhalten hat.</translation>
    </message>
    <message>
        <location filename="../engine/transport/MailboxCreation.cpp" line="+47"/>
        <source>Mailbox %1 exists already</source>
        <translation>Postfach %1 ist bereits vorhanden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>grommunio-admin user create exited with %1: %2</source>
        <translation>grommunio-admin user create wurde mit %1 beendet: %2</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The mailbox %1 does not exist after grommunio-admin user create: %2</source>
        <translation>Das Postfach %1 ist nach grommunio-admin user create nicht vorhanden: %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox %1 created</source>
        <translation>Postfach %1 angelegt</translation>
    </message>
    <message>
        <location filename="../engine/migration/MailboxJob.cpp" line="+84"/>
        <source>%1 items in %2</source>
        <translation>%1 Elemente in %2</translation>
    </message>
    <message>
        <location filename="../engine/migration/KopanoMailbox.cpp" line="+43"/>
        <source>Could not unmount %1 on the server: %2</source>
        <translation>%1 konnte auf dem Server nicht ausgehängt werden: %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Unmounted %1.</source>
        <translation>%1 ausgehängt.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>sshfs could not mount %1 on the server (exit status %2): %3</source>
        <translation>sshfs konnte %1 auf dem Server nicht einhängen (Exit-Status %2): %3</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Mounted %1 at %2 on the server.</source>
        <translation>%1 unter %2 auf dem Server eingehängt.</translation>
    </message>
    <message>
        <location filename="../engine/migration/DirectOutcome.cpp" line="+49"/>
        <location filename="../engine/migration/KopanoMailbox.cpp" line="+15"/>
        <source>gromox-kdb2mt failed (exit status %1)%2</source>
        <translation>gromox-kdb2mt ist fehlgeschlagen (Exit-Status %1)%2</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The direct pipeline on the server ended without its status (exit status %1)%2</source>
        <translation>Die direkte Pipeline auf dem Server endete ohne ihren Status (Exit-Status %1)%2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>gromox-import failed: %1%2</source>
        <translation>gromox-import ist fehlgeschlagen: %1%2</translation>
    </message>
    <message>
        <location filename="../engine/migration/KopanoMailbox.cpp" line="+38"/>
        <source>A Kopano store can share its mailbox only with other Kopano stores.</source>
        <translation>Ein Kopano-Speicher kann sein Postfach nur mit anderen Kopano-Speichern teilen.</translation>
    </message>
    <message>
        <location line="+18"/>
        <location filename="../engine/migration/MailboxJob.cpp" line="+236"/>
        <source>stopped before the mailbox started</source>
        <translation>angehalten, bevor das Postfach begonnen wurde</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>ran directly on the server; message count unknown</source>
        <translation>direkt auf dem Server ausgeführt; Anzahl der Nachrichten unbekannt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ran directly on the server</source>
        <translation>direkt auf dem Server ausgeführt</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>A dry run relays the store through this machine&apos;s validator even with --direct.</source>
        <translation>Ein Probelauf leitet den Speicher auch mit --direct über die Prüfung auf diesem Rechner.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The store&apos;s top folder goes into the folder &quot;%1&quot;.</source>
        <translation>Der oberste Ordner des Speichers kommt in den Ordner „%1“.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Running on the server: %1</source>
        <translation>Auf dem Server läuft: %1</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>--direct passes kdb2mt&apos;s folder map on unchanged: the store lands in its own top folder, not in &quot;%1&quot;.</source>
        <translation>--direct gibt die Ordnerzuordnung von kdb2mt unverändert weiter: Der Speicher landet in seinem eigenen obersten Ordner, nicht in „%1“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Running kdb2mt and gromox-import directly on the server: %1</source>
        <translation>kdb2mt und gromox-import laufen direkt auf dem Server: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>The store ran directly on the server (kdb2mt piped into gromox-import).</source>
        <translation>Der Speicher wurde direkt auf dem Server übertragen (kdb2mt über eine Pipe an gromox-import).</translation>
    </message>
    <message>
        <location line="+78"/>
        <source>stopped after %1 messages</source>
        <translation>nach %1 Nachrichten angehalten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 messages relayed from gromox-kdb2mt (%2 passed over for the resumed run).</source>
        <translation>%1 Nachrichten von gromox-kdb2mt weitergeleitet (%2 für den fortgesetzten Lauf übergangen).</translation>
    </message>
    <message>
        <location filename="../engine/migration/MailboxJob.cpp" line="-226"/>
        <source>Resuming after item %1 of %2: the stopped run imported those, they are not sent again.</source>
        <translation>Fortsetzung nach Element %1 von %2: Diese hat der angehaltene Lauf importiert, sie werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Resuming after item %1 of %2 in &quot;%3&quot;: the stopped run imported those, they are not sent again.</source>
        <translation>Fortsetzung nach Element %1 von %2 in „%3“: Diese hat der angehaltene Lauf importiert, sie werden nicht erneut gesendet.</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Several sources in one stream need GXMT0005 (Gromox 3.3 or later); import them one at a time.</source>
        <translation>Mehrere Quellen in einem Datenstrom brauchen GXMT0005 (Gromox 3.3 oder neuer); importieren Sie sie einzeln.</translation>
    </message>
    <message>
        <location filename="../engine/migration/KopanoMailbox.cpp" line="-92"/>
        <location line="+43"/>
        <location line="+11"/>
        <location filename="../engine/migration/MailboxJob.cpp" line="+175"/>
        <source>canceled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <location filename="../engine/migration/MailboxJob.cpp" line="-122"/>
        <source>failed: %1, node 0x%2: %3</source>
        <translation>fehlgeschlagen: %1, Knoten 0x%2: %3</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>renamed: %1</source>
        <translation>umbenannt: %1</translation>
    </message>
    <message>
        <location line="-337"/>
        <source>The importer said: %1</source>
        <translation>Der Importer meldete: %1</translation>
    </message>
    <message>
        <location line="+339"/>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>stopped after %1 of %2 items</source>
        <translation>angehalten nach %1 von %2 Elementen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 items failed</source>
        <translation>%1 Elemente fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/migration/MailboxState.cpp" line="+13"/>
        <source>Queued</source>
        <translation>In Warteschlange</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Counting</source>
        <translation>Wird gezählt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Creating mailbox</source>
        <translation>Postfach wird angelegt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Streaming</source>
        <translation>Wird übertragen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Verifying</source>
        <translation>Wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/migration/Report.cpp" line="+144"/>
        <location line="+23"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location filename="../engine/migration/Report.cpp" line="-24"/>
        <location line="+24"/>
        <source>Skipped</source>
        <translation>Übersprungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <location filename="../engine/migration/Plan.cpp" line="+50"/>
        <source>The migration plan is invalid: %1</source>
        <translation>Der Migrationsplan ist ungültig: %1</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>it is not a grommunio-migrate plan (&quot;format&quot; is missing or wrong)</source>
        <translation>es ist kein grommunio-migrate-Plan (&quot;format&quot; fehlt oder ist falsch)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>version %1 is not supported (this program reads version %2)</source>
        <translation>Version %1 wird nicht unterstützt (dieses Programm liest Version %2)</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>server port %1 is out of range</source>
        <translation>Server-Port %1 liegt außerhalb des gültigen Bereichs</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>unknown placement &quot;%1&quot;</source>
        <translation>unbekannte Platzierung &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>parallel_jobs must be between 1 and 64</source>
        <translation>parallel_jobs muss zwischen 1 und 64 liegen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>unknown create_mailboxes value &quot;%1&quot;</source>
        <translation>unbekannter Wert für create_mailboxes: &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>revision must be 0 (automatic), 3, 4 or 5</source>
        <translation>revision muss 0 (automatisch), 3, 4 oder 5 sein</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>job %1: %2</source>
        <translation>Auftrag %1: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>job %1 needs at least one source and a target</source>
        <translation>Job %1 benötigt mindestens eine Quelle und ein Ziel</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Cannot write the plan %1</source>
        <translation>Der Plan %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the plan %1</source>
        <translation>Der Plan %1 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The plan %1 is not valid JSON (at byte %2)</source>
        <translation>Der Plan %1 ist kein gültiges JSON (bei Byte %2)</translation>
    </message>
    <message>
        <location filename="../engine/migration/Report.cpp" line="-139"/>
        <source>Cannot write the report %1</source>
        <translation>Der Bericht %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="+98"/>
        <location line="+6"/>
        <source>grommunio migration report</source>
        <translation>grommunio-Migrationsbericht</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry run: nothing was written to the server.</source>
        <translation>Probelauf: Es wurde nichts auf den Server geschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Started %1, finished %2.</source>
        <translation>Begonnen %1, beendet %2.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+23"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="-22"/>
        <location line="+24"/>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>MB/s</source>
        <translation>MB/s</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location filename="../engine/migration/SshStreamTarget.cpp" line="+43"/>
        <source>Connected to %1 (host key %2, %3)</source>
        <translation>Verbunden mit %1 (Host-Key %2, %3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Importer %1 reads GXMT000%2 (%3)</source>
        <translation>Importer %1 liest GXMT000%2 (%3)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Warning: writing GXMT000%1 as requested, but the importer appears to read GXMT000%2.</source>
        <translation>Warnung: GXMT000%1 wird wie verlangt geschrieben, aber der Importer liest anscheinend GXMT000%2.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Running: %1</source>
        <translation>Ausführung: %1</translation>
    </message>
    <message>
        <location line="-78"/>
        <source>Canceled.</source>
        <translation>Abgebrochen.</translation>
    </message>
</context>
<context>
    <name>mig::migration::Runner</name>
    <message>
        <location filename="../engine/migration/Runner.cpp" line="+59"/>
        <source>No run directory was given.</source>
        <translation>Es wurde kein Laufverzeichnis angegeben.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>excluded by the allow or deny list</source>
        <translation>durch die Zulassungs- oder Sperrliste ausgeschlossen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not failed in an earlier run</source>
        <translation>in einem früheren Lauf nicht fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>done in an earlier run</source>
        <translation>in einem früheren Lauf erledigt</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Waiting for the export: %1</source>
        <translation>Warten auf den Export: %1</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>stopped while waiting for its export</source>
        <translation>beim Warten auf seinen Export angehalten</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The export is complete; starting</source>
        <translation>Der Export ist vollständig; Start</translation>
    </message>
</context>
<context>
    <name>mig::mime</name>
    <message>
        <location filename="../engine/sources/mime/MailTreeBuilders.cpp" line="+93"/>
        <source>%1: the file or folder does not exist</source>
        <translation>%1: die Datei oder der Ordner existiert nicht</translation>
    </message>
    <message>
        <location line="+65"/>
        <source>marked deleted in the mbox (not yet compacted)</source>
        <translation>in der MBOX als gelöscht markiert (noch nicht komprimiert)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (messages after it are missing)</source>
        <translation>%1 (Nachrichten danach fehlen)</translation>
    </message>
    <message>
        <location line="+130"/>
        <source>marked trashed in the Maildir (T flag)</source>
        <translation>im Maildir als Papierkorb markiert (Flag T)</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MailTreeSource.cpp" line="+87"/>
        <location line="+12"/>
        <source>%1: no folder %2</source>
        <translation>%1: kein Ordner %2</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>%1, message %2 at byte %3</source>
        <translation>%1, Nachricht %2 bei Byte %3</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1: cannot be opened for reading</source>
        <translation>%1: kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+11"/>
        <source>%1: cannot be read</source>
        <translation>%1: kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: no item %2 in folder %3</source>
        <translation>%1: kein Element %2 im Ordner %3</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>%1: the original text is not sent with the message: %2</source>
        <translation>%1: der Originaltext wird nicht mit der Nachricht gesendet: %2</translation>
    </message>
    <message>
        <location line="-74"/>
        <location filename="../engine/sources/mime/MboxReader.cpp" line="+191"/>
        <location line="+223"/>
        <location line="+9"/>
        <source>%1: cannot open the mbox file</source>
        <translation>%1: die MBOX-Datei kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MboxReader.cpp" line="-147"/>
        <source>%1: read error at byte %2</source>
        <translation>%1: Lesefehler bei Byte %2</translation>
    </message>
    <message>
        <location line="+89"/>
        <source>%1: the file does not start with a &quot;From &quot; line; the text before the first one is read as a message</source>
        <translation>%1: die Datei beginnt nicht mit einer &quot;From &quot;-Zeile; der Text vor der ersten wird als Nachricht gelesen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: text before the first &quot;From &quot; line is skipped</source>
        <translation>%1: Text vor der ersten &quot;From &quot;-Zeile wird übersprungen</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: message %2 at byte %3 cannot be read</source>
        <translation>%1: Nachricht %2 bei Byte %3 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MimeConverter.cpp" line="+166"/>
        <source>%1: not an Internet message (no header lines)</source>
        <translation>%1: keine Internet-Nachricht (keine Kopfzeilen)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the message cannot be parsed</source>
        <translation>%1: die Nachricht lässt sich nicht zerlegen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not an Internet message (no From, To, Subject, Date, Received, MIME or other mail header)</source>
        <translation>%1: keine Internet-Nachricht (kein From, To, Subject, Date, Received, MIME oder anderer Mail-Kopf)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>the message holds a NUL byte, so its original text cannot travel with it</source>
        <translation>die Nachricht enthält ein NUL-Byte, daher kann ihr Originaltext nicht mitgehen</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MimeHeaders.cpp" line="+178"/>
        <source>the Date header cannot be read, the message has no sent time</source>
        <translation>der Date-Kopf ist nicht lesbar, die Nachricht hat keine Sendezeit</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>raw 8-bit header text is not UTF-8, read as windows-1252</source>
        <translation>roher 8-Bit-Kopftext ist kein UTF-8, als windows-1252 gelesen</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MimeKinds.cpp" line="+74"/>
        <source>the folder holds no .eml message files</source>
        <translation>der Ordner enthält keine .eml-Nachrichtendateien</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: not an Internet message (no mail header at its start)</source>
        <translation>%1: keine Internet-Nachricht (kein Mail-Kopf am Anfang)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>the folder holds no mbox files, .sbd folders or .mbox bundles</source>
        <translation>der Ordner enthält keine MBOX-Dateien, .sbd-Ordner oder .mbox-Pakete</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a Maildir (no cur/ and new/ folders)</source>
        <translation>kein Maildir (keine Ordner cur/ und new/)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Internet message files (EML)</source>
        <translation>Internet-Nachrichtendateien (EML)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>MBOX mailbox files and mail client folders (Thunderbird, Apple Mail)</source>
        <translation>MBOX-Postfachdateien und Ordner von Mailprogrammen (Thunderbird, Apple Mail)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Maildir folders</source>
        <translation>Maildir-Ordner</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MimeParts.cpp" line="+91"/>
        <source>MIME parts nested deeper than %1 levels are left out</source>
        <translation>MIME-Teile, die tiefer als %1 Ebenen verschachtelt sind, werden ausgelassen</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>embedded messages nested deeper than %1 levels are kept as .eml files</source>
        <translation>eingebettete Nachrichten, die tiefer als %1 Ebenen verschachtelt sind, bleiben .eml-Dateien</translation>
    </message>
    <message>
        <location filename="../engine/sources/mime/MimeText.cpp" line="+214"/>
        <location line="+14"/>
        <source>undeclared 8-bit text is not UTF-8, read as windows-1252</source>
        <translation>nicht deklarierter 8-Bit-Text ist kein UTF-8, als windows-1252 gelesen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>text declared UTF-8 holds invalid bytes, replaced with U+FFFD</source>
        <translation>als UTF-8 deklarierter Text enthält ungültige Bytes, durch U+FFFD ersetzt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>unknown charset &quot;%1&quot;, text is valid UTF-8 and kept as such</source>
        <translation>unbekannter Zeichensatz &quot;%1&quot;, der Text ist gültiges UTF-8 und bleibt so</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>unknown charset &quot;%1&quot;, read as windows-1252</source>
        <translation>unbekannter Zeichensatz &quot;%1&quot;, als windows-1252 gelesen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>text is not valid %1, undecodable bytes replaced with U+FFFD</source>
        <translation>der Text ist kein gültiges %1, nicht dekodierbare Bytes durch U+FFFD ersetzt</translation>
    </message>
</context>
<context>
    <name>mig::pst</name>
    <message>
        <location filename="../engine/sources/pst/MessageReader.cpp" line="+75"/>
        <source>%1: embedded messages nest deeper than %2 levels</source>
        <translation>%1: Eingebettete Nachrichten sind tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: the recipient table cannot be read</source>
        <translation>%1: Die Empfängertabelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the attachment table cannot be read</source>
        <translation>%1: Die Anhangtabelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: attachment %2 cannot be read</source>
        <translation>%1: Anhang %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1, attachment %2</source>
        <translation>%1, Anhang %2</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>%1: the embedded message cannot be read</source>
        <translation>%1: Die eingebettete Nachricht kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 (embedded message)</source>
        <translation>%1 (eingebettete Nachricht)</translation>
    </message>
    <message>
        <location line="+10"/>
        <location line="+7"/>
        <source>%1: the attachment data cannot be read</source>
        <translation>%1: Die Anhangsdaten können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>%1: the attachment is larger than 2 GiB</source>
        <translation>%1: Der Anhang ist größer als 2 GiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: the attachment data ends after %2 of %3 bytes</source>
        <translation>%1: Die Anhangsdaten enden nach %2 von %3 Bytes</translation>
    </message>
    <message>
        <location filename="../engine/sources/pst/PropertyConverter.cpp" line="+195"/>
        <source>%1: property %2 dropped: %3</source>
        <translation>%1: Eigenschaft %2 verworfen: %3</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1: cannot read the property sets</source>
        <translation>%1: Die Eigenschaftssätze können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read property set %2</source>
        <translation>%1: Eigenschaftssatz %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: cannot read the property list</source>
        <translation>%1: Die Eigenschaftsliste kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot read property %2</source>
        <translation>%1: Eigenschaft %2 kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+106"/>
        <source>object properties cannot be carried</source>
        <translation>Objekteigenschaften können nicht übertragen werden</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>type %1 cannot be carried</source>
        <translation>Typ %1 kann nicht übertragen werden</translation>
    </message>
    <message>
        <location line="-72"/>
        <source>unreadable value</source>
        <translation>nicht lesbarer Wert</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>value has %1 bytes, expected %2</source>
        <translation>Wert hat %1 Bytes, erwartet %2</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>malformed multi-value data</source>
        <translation>fehlerhafte mehrwertige Daten</translation>
    </message>
    <message>
        <location filename="../engine/sources/pst/PstSource.cpp" line="+183"/>
        <source>%1: folder &quot;%2&quot;, node %3</source>
        <translation>%1: Ordner &quot;%2&quot;, Knoten %3</translation>
    </message>
    <message>
        <location line="-68"/>
        <source>%1: the file does not exist</source>
        <translation>%1: Die Datei ist nicht vorhanden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: is a directory, not a PST/OST file</source>
        <translation>%1: ist ein Verzeichnis, keine PST/OST-Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot be opened for reading</source>
        <translation>%1: kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: the file is too short (%2 bytes) to be a PST/OST file</source>
        <translation>%1: Die Datei ist zu kurz (%2 Bytes) für eine PST/OST-Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1: cannot read the file header</source>
        <translation>%1: Der Dateikopf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: not a PST/OST file (no Outlook data file signature)</source>
        <translation>%1: keine PST/OST-Datei (keine Signatur einer Outlook-Datendatei)</translation>
    </message>
    <message>
        <location line="+105"/>
        <source>%1: cannot initialise the PST reader</source>
        <translation>%1: Der PST-Leser kann nicht initialisiert werden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1: the PST/OST file is damaged and cannot be opened</source>
        <translation>%1: Die PST/OST-Datei ist beschädigt und kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1: the PST/OST header cannot be read</source>
        <translation>%1: Der PST/OST-Kopf kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>%1: the root folder cannot be read: the file is truncated or damaged</source>
        <translation>%1: Der Stammordner kann nicht gelesen werden: Die Datei ist abgeschnitten oder beschädigt</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>encryption %1</source>
        <translation>Verschlüsselung %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>password-protected (the data is readable)</source>
        <translation>passwortgeschützt (die Daten sind lesbar)</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>%1: the contents table cannot be read (%2)</source>
        <translation>%1: Die Inhaltstabelle kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1: a folder below &quot;%2&quot; has no node id</source>
        <translation>%1: Ein Ordner unterhalb von &quot;%2&quot; hat keine Knoten-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: folder node %2 appears twice in the folder tree</source>
        <translation>%1: Ordnerknoten %2 kommt in der Ordnerstruktur doppelt vor</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>%1: the subfolder list cannot be read (%2)</source>
        <translation>%1: Die Liste der Unterordner kann nicht gelesen werden (%2)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1: the folder tree is nested deeper than %2 levels</source>
        <translation>%1: Die Ordnerstruktur ist tiefer als %2 Ebenen verschachtelt</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: subfolder %2 cannot be read (%3)</source>
        <translation>%1: Unterordner %2 kann nicht gelesen werden (%3)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1: the root folder cannot be read</source>
        <translation>%1: Der Stammordner kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1: folders() must be called before reading folders</source>
        <translation>%1: folders() muss vor dem Lesen von Ordnern aufgerufen werden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: there is no folder with node id %2</source>
        <translation>%1: Es gibt keinen Ordner mit der Knoten-ID %2</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1: the contents table cannot be read</source>
        <translation>%1: Die Inhaltstabelle kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1, item %2: the item cannot be read</source>
        <translation>%1, Element %2: Das Element kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>, item %1</source>
        <translation>, Element %1</translation>
    </message>
    <message>
        <location line="-24"/>
        <location line="+12"/>
        <source>%1: the item cannot be read</source>
        <translation>%1: Das Element kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1: the item&apos;s node id does not match the folder&apos;s contents</source>
        <translation>%1: Die Knoten-ID des Elements passt nicht zum Inhalt des Ordners</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1: receive-folder table</source>
        <translation>%1: Tabelle der Empfangsordner</translation>
    </message>
    <message>
        <location filename="../engine/sources/pst/PstKind.cpp" line="+40"/>
        <source>Outlook data file (PST/OST/PAB)</source>
        <translation>Outlook-Datendatei (PST/OST/PAB)</translation>
    </message>
</context>
<context>
    <name>mig::rtf</name>
    <message>
        <location filename="../engine/rtf/CompressedRtf.cpp" line="+31"/>
        <source>The compressed RTF body is damaged: %1</source>
        <translation>Der komprimierte RTF-Text ist beschädigt: %1</translation>
    </message>
    <message>
        <location line="+119"/>
        <source>only %1 bytes, shorter than its 16-byte header</source>
        <translation>nur %1 Bytes, kürzer als sein 16-Byte-Kopf</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>unknown compression type 0x%1</source>
        <translation>unbekannte Kompressionsart 0x%1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>its header gives an impossible size of %1 bytes</source>
        <translation>sein Kopf nennt eine unmögliche Größe von %1 Bytes</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>truncated: the header announces %1 bytes, %2 are present</source>
        <translation>abgeschnitten: Der Kopf kündigt %1 Bytes an, vorhanden sind %2</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>truncated: %1 bytes of RTF announced, %2 present</source>
        <translation>abgeschnitten: %1 Bytes RTF angekündigt, %2 vorhanden</translation>
    </message>
    <message>
        <location line="+129"/>
        <source>checksum mismatch (stored 0x%1, computed 0x%2)</source>
        <translation>Prüfsumme stimmt nicht (gespeichert 0x%1, berechnet 0x%2)</translation>
    </message>
    <message>
        <location line="-75"/>
        <source>a back reference is cut off at byte %1</source>
        <translation>ein Rückverweis ist bei Byte %1 abgeschnitten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>it expands beyond its announced %1 bytes</source>
        <translation>er wird größer als die angekündigten %1 Bytes</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the data ends early (%1 of %2 bytes decoded)</source>
        <translation>die Daten enden zu früh (%1 von %2 Bytes dekodiert)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it expands to %1 bytes instead of the announced %2</source>
        <translation>er ergibt %1 Bytes statt der angekündigten %2</translation>
    </message>
    <message>
        <location filename="../engine/rtf/RtfBody.cpp" line="+452"/>
        <source>The RTF body does not start with &quot;{\rtf&quot;</source>
        <translation>Der RTF-Text beginnt nicht mit „{\rtf“</translation>
    </message>
</context>
<context>
    <name>mig::sources</name>
    <message>
        <location filename="../engine/sources/Converter.cpp" line="+56"/>
        <source>the mailbox root</source>
        <translation>der Postfachstamm</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Top of Information Store</source>
        <translation>Oberste Ebene des Informationsspeichers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inbox</source>
        <translation>Posteingang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outbox</source>
        <translation>Postausgang</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent Items</source>
        <translation>Gesendete Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Deleted Items</source>
        <translation>Gelöschte Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Finder</source>
        <translation>Finder</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Calendar</source>
        <translation>Kalender</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contacts</source>
        <translation>Kontakte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Journal</source>
        <translation>Journal</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks</source>
        <translation>Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Drafts</source>
        <translation>Entwürfe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Junk E-mail</source>
        <translation>Junk-E-Mail</translation>
    </message>
    <message numerus="yes">
        <location line="+51"/>
        <source>%n item(s): %1</source>
        <translation>
            <numerusform>%n Element: %1</numerusform>
            <numerusform>%n Elemente: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+199"/>
        <location line="+35"/>
        <source>spliced into %1</source>
        <translation>eingefügt in %1</translation>
    </message>
    <message>
        <location line="-29"/>
        <location line="+37"/>
        <source>new folder &quot;%1&quot;</source>
        <translation>neuer Ordner &quot;%1&quot;</translation>
    </message>
    <message>
        <location line="-28"/>
        <source>inside a folder that is not converted</source>
        <translation>in einem Ordner, der nicht konvertiert wird</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>search folder</source>
        <translation>Suchordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>hidden folder (PR_ATTR_HIDDEN)</source>
        <translation>versteckter Ordner (PR_ATTR_HIDDEN)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>new folder</source>
        <translation>neuer Ordner</translation>
    </message>
    <message>
        <location line="-65"/>
        <source>skipped: %1</source>
        <translation>übersprungen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+149"/>
        <source>%n item(s) listed in the contents table could not be enumerated</source>
        <translation>
            <numerusform>%n in der Inhaltstabelle aufgeführtes Element konnte nicht aufgezählt werden</numerusform>
            <numerusform>%n in der Inhaltstabelle aufgeführte Elemente konnten nicht aufgezählt werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+64"/>
        <source>folder-associated (FAI) item</source>
        <translation>ordnerzugeordnetes Element (FAI)</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Several sources in one stream need GXMT revision 5 (64-bit object ids); convert them one by one for older servers.</source>
        <translation>Mehrere Quellen in einem Datenstrom erfordern GXMT-Revision 5 (64-Bit-Objekt-IDs); konvertieren Sie sie für ältere Server einzeln.</translation>
    </message>
    <message>
        <location filename="../engine/sources/SourceRegistry.cpp" line="+50"/>
        <source>%1: the file does not exist</source>
        <translation>%1: Die Datei ist nicht vorhanden</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1: cannot be opened for reading</source>
        <translation>%1: kann nicht zum Lesen geöffnet werden</translation>
    </message>
    <message>
        <location line="+60"/>
        <source>%1: not a source this program can read (it reads: %2)</source>
        <translation>%1: Keine Quelle, die dieses Programm lesen kann (es liest: %2)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>%1: unknown kind of source &quot;%2&quot;</source>
        <translation>%1: Unbekannte Art von Quelle „%2“</translation>
    </message>
    <message>
        <location filename="../engine/sources/SourceSpec.cpp" line="+48"/>
        <source>Invalid source description: %1</source>
        <translation>Ungültige Quellenbeschreibung: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>neither a path nor an object</source>
        <translation>weder ein Pfad noch ein Objekt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;location&quot; is missing</source>
        <translation>„location“ fehlt</translation>
    </message>
    <message>
        <location filename="../engine/sources/ItemFileSource.cpp" line="+160"/>
        <source>%1: no folder with id %2</source>
        <translation>%1: kein Ordner mit der ID %2</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1: no item with id %2</source>
        <translation>%1: kein Element mit der ID %2</translation>
    </message>
</context>
<context>
    <name>mig::transport</name>
    <message>
        <location filename="../engine/transport/ImporterDiscovery.cpp" line="+171"/>
        <source>gromox-import exists, so the server runs Gromox 3.3 or later</source>
        <translation>gromox-import ist vorhanden, also läuft auf dem Server Gromox 3.3 oder neuer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Neither gromox-import nor gromox-mt2exm was found on %1 (searched PATH, /usr/sbin, /sbin). Is Gromox installed there?</source>
        <translation>Weder gromox-import noch gromox-mt2exm wurde auf %1 gefunden (durchsucht: PATH, /usr/sbin, /sbin). Ist Gromox dort installiert?</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the gromox package has version %1</source>
        <translation>das gromox-Paket hat die Version %1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Could not find out which stream revision %1 reads: it gave no recognisable answer to a probe (%2). Choose the revision explicitly.</source>
        <translation>Es konnte nicht ermittelt werden, welche Datenstrom-Revision %1 liest: Auf eine Probe kam keine erkennbare Antwort (%2). Wählen Sie die Revision ausdrücklich.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>the importer&apos;s answer to a probe stream</source>
        <translation>die Antwort des Importers auf einen Probe-Datenstrom</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The server&apos;s importer reads stream revision GXMT%1 (%2); this program writes GXMT0003 to GXMT0005 (Gromox 2.10 and later). Please update Gromox on the server.</source>
        <translation>Der Importer des Servers liest die Datenstrom-Revision GXMT%1 (%2); dieses Programm schreibt GXMT0003 bis GXMT0005 (Gromox 2.10 und neuer). Bitte aktualisieren Sie Gromox auf dem Server.</translation>
    </message>
    <message>
        <location filename="../engine/transport/ImporterOutput.cpp" line="+106"/>
        <source>The importer read the whole stream (exit status 0). With --continue-on-error it also exits 0 when messages failed; the failures are counted from its output.</source>
        <translation>Der Importer hat den gesamten Datenstrom gelesen (Exit-Status 0). Mit --continue-on-error endet er auch dann mit 0, wenn Nachrichten fehlgeschlagen sind; die Fehler werden aus seiner Ausgabe gezählt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The importer read and stored the whole stream (exit status 0).</source>
        <translation>Der Importer hat den gesamten Datenstrom gelesen und gespeichert (Exit-Status 0).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The importer stopped (exit status 1): a start-up error (unknown user or domain, no database access, wrong option), a malformed stream, a folder that could not be created, or a rejected delivery. Its error text is shown above.</source>
        <translation>Der Importer wurde beendet (Exit-Status 1): ein Startfehler (unbekannter Benutzer oder unbekannte Domäne, kein Datenbankzugriff, falsche Option), ein fehlerhafter Datenstrom, ein Ordner, der nicht angelegt werden konnte, oder eine abgelehnte Zustellung. Sein Fehlertext wird oben angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The importer program could not be executed on the server (exit status 126: permission denied).</source>
        <translation>Das Importer-Programm konnte auf dem Server nicht ausgeführt werden (Exit-Status 126: Zugriff verweigert).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The importer program was not found on the server (exit status 127).</source>
        <translation>Das Importer-Programm wurde auf dem Server nicht gefunden (Exit-Status 127).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A message could not be written and the import stopped (exit status %1 = -%2, %3). Objects written before stay in the mailbox; run again with --continue-on-error to skip failing messages.</source>
        <translation>Eine Nachricht konnte nicht geschrieben werden, und der Import wurde beendet (Exit-Status %1 = -%2, %3). Bereits geschriebene Objekte bleiben im Postfach; führen Sie den Vorgang mit --continue-on-error erneut aus, um fehlerhafte Nachrichten zu überspringen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The importer ended with exit status %1.</source>
        <translation>Der Importer wurde mit Exit-Status %1 beendet.</translation>
    </message>
    <message>
        <location filename="../engine/transport/ServerCheck.cpp" line="+19"/>
        <source>grommunio-admin is not installed on the server, so the mailbox could not be looked up</source>
        <translation>grommunio-admin ist auf dem Server nicht installiert, daher konnte das Postfach nicht abgefragt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>grommunio-admin user query failed: %1</source>
        <translation>Abfrage mit grommunio-admin user query fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>looked up with grommunio-admin user query</source>
        <translation>abgefragt mit grommunio-admin user query</translation>
    </message>
    <message>
        <location filename="../engine/transport/SshTarget.cpp" line="+11"/>
        <source>Invalid SSH destination &quot;%1&quot;: %2</source>
        <translation>Ungültiges SSH-Ziel &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>the user name before &apos;@&apos; is empty</source>
        <translation>der Benutzername vor &apos;@&apos; ist leer</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>missing &apos;]&apos; after the IPv6 address</source>
        <translation>fehlendes &apos;]&apos; nach der IPv6-Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>unexpected text after &apos;]&apos;</source>
        <translation>unerwarteter Text nach &apos;]&apos;</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>the host name is empty</source>
        <translation>der Hostname ist leer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a port number</source>
        <translation>&quot;%1&quot; ist keine Portnummer</translation>
    </message>
    <message>
        <location filename="../engine/transport/ExecChannel.cpp" line="+112"/>
        <source>The transfer was canceled.</source>
        <translation>Die Übertragung wurde abgebrochen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Not connected to the server.</source>
        <translation>Nicht mit dem Server verbunden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not create an SSH channel.</source>
        <translation>Es konnte kein SSH-Kanal angelegt werden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>The server refused to open a session channel.</source>
        <translation>Der Server hat das Öffnen eines Sitzungskanals abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The server refused to run the command %1.</source>
        <translation>Der Server hat die Ausführung des Befehls %1 abgelehnt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Could not watch the SSH connection.</source>
        <translation>Die SSH-Verbindung konnte nicht überwacht werden.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The connection to %1 was lost while running %2.</source>
        <translation>Die Verbindung zu %1 ging während der Ausführung von %2 verloren.</translation>
    </message>
    <message>
        <location line="+27"/>
        <location line="+56"/>
        <location line="+28"/>
        <location line="+22"/>
        <source>The remote command is not running.</source>
        <translation>Der entfernte Befehl läuft nicht.</translation>
    </message>
    <message>
        <location line="-94"/>
        <source>The remote command %1 stopped reading its input after %2 bytes.</source>
        <translation>Der entfernte Befehl %1 hat nach %2 Bytes aufgehört, seine Eingabe zu lesen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Writing to the remote command %1 failed.</source>
        <translation>Das Schreiben an den entfernten Befehl %1 ist fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The remote command %1 ended before it answered.</source>
        <translation>Der entfernte Befehl %1 endete, bevor er antwortete.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remote command %1 did not answer within %2 seconds.</source>
        <translation>Der entfernte Befehl %1 hat nicht innerhalb von %2 Sekunden geantwortet.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>The remote command %1 sent nothing for %2 seconds.</source>
        <translation>Der entfernte Befehl %1 hat %2 Sekunden lang nichts gesendet.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The remote command %1 did not finish within %2 seconds.</source>
        <translation>Der entfernte Befehl %1 wurde nicht innerhalb von %2 Sekunden beendet.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The remote command %1 was killed by signal %2.</source>
        <translation>Der entfernte Befehl %1 wurde durch Signal %2 beendet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The remote command %1 ended without an exit status.</source>
        <translation>Der entfernte Befehl %1 wurde ohne Exit-Status beendet.</translation>
    </message>
    <message>
        <location filename="../engine/transport/ImportSink.cpp" line="+95"/>
        <source>The importer&apos;s arguments must not contain line breaks.</source>
        <translation>Die Argumente des Importers dürfen keine Zeilenumbrüche enthalten.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>The importer on the server stopped before the end of the stream.</source>
        <translation>Der Importer auf dem Server wurde vor dem Ende des Datenstroms beendet.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>It said: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Its last output: %1</source>
        <translation>Seine letzte Ausgabe: %1</translation>
    </message>
    <message>
        <location filename="../engine/transport/SshSession.cpp" line="+151"/>
        <source>Could not create an SSH session (out of memory).</source>
        <translation>Es konnte keine SSH-Sitzung angelegt werden (kein Speicher verfügbar).</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Could not connect to %1 (port %2).</source>
        <translation>Verbindung zu %1 (Port %2) nicht möglich.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>The server %1 did not present a host key.</source>
        <translation>Der Server %1 hat keinen Host-Key vorgelegt.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>WARNING: the host key of %1 has CHANGED. Someone may be intercepting the connection (man-in-the-middle attack), or the server was reinstalled. Recorded key: %2; offered key: %3 %4. The connection was refused. This is never accepted automatically, not even with a pre-approved fingerprint: if the change is expected, verify the new fingerprint with the server&apos;s administrator and remove the old entry from %5.</source>
        <translation>WARNUNG: Der Host-Key von %1 hat sich GEÄNDERT. Möglicherweise fängt jemand die Verbindung ab (Man-in-the-Middle-Angriff), oder der Server wurde neu installiert. Gespeicherter Schlüssel: %2; angebotener Schlüssel: %3 %4. Die Verbindung wurde abgelehnt. Dies wird nie automatisch akzeptiert, auch nicht mit einem vorab freigegebenen Fingerprint: Wenn die Änderung erwartet ist, prüfen Sie den neuen Fingerprint mit dem Administrator des Servers und entfernen Sie den alten Eintrag aus %5.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>(a key of another type)</source>
        <translation>(ein Schlüssel eines anderen Typs)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not check the host key of %1 against %2.</source>
        <translation>Der Host-Key von %1 konnte nicht mit %2 abgeglichen werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The host key of %1 is unknown and its fingerprint %2 (%3) does not match the approved fingerprint %4. The connection was refused.</source>
        <translation>Der Host-Key von %1 ist unbekannt, und sein Fingerprint %2 (%3) stimmt nicht mit dem freigegebenen Fingerprint %4 überein. Die Verbindung wurde abgelehnt.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The host key of %1 is not known (%2 key, fingerprint %3) and was not confirmed. Compare the fingerprint with the one the server&apos;s administrator sees (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub) and confirm it to continue.</source>
        <translation>Der Host-Key von %1 ist nicht bekannt (%2-Schlüssel, Fingerprint %3) und wurde nicht bestätigt. Vergleichen Sie den Fingerprint mit dem, den der Administrator des Servers sieht (ssh-keygen -lf /etc/ssh/ssh_host_*_key.pub), und bestätigen Sie ihn, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Could not record the host key of %1 in %2.</source>
        <translation>Der Host-Key von %1 konnte nicht in %2 gespeichert werden.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Password for %1@%2: </source>
        <translation>Passwort für %1@%2: </translation>
    </message>
    <message>
        <location line="+37"/>
        <source>The connection to %1 failed during authentication.</source>
        <translation>Die Verbindung zu %1 ist bei der Authentifizierung fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The key file %1 does not exist.</source>
        <translation>Die Schlüsseldatei %1 ist nicht vorhanden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>The connection to %1 was lost during authentication.</source>
        <translation>Die Verbindung zu %1 ging während der Authentifizierung verloren.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Authentication as &quot;%1&quot; on %2 failed (the server offers: %3).</source>
        <translation>Die Authentifizierung als &quot;%1&quot; auf %2 ist fehlgeschlagen (der Server bietet an: %3).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nothing usable</source>
        <translation>nichts Verwendbares</translation>
    </message>
    <message>
        <location filename="../engine/transport/ProducerPipeline.cpp" line="+125"/>
        <source>The receiver of the stream stopped.</source>
        <translation>Der Empfänger des Datenstroms hat aufgehört.</translation>
    </message>
</context>
<context>
    <name>mig::wizard</name>
    <message>
        <location filename="../wizard/preview/MessageListModel.cpp" line="+98"/>
        <source>unreadable</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <location filename="../wizard/preview/MessageRenderer.cpp" line="+152"/>
        <source>Cc</source>
        <translation>Cc</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Bcc</source>
        <translation>Bcc</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+189"/>
        <source>To</source>
        <translation>An</translation>
    </message>
    <message>
        <location line="-166"/>
        <source>(unnamed attachment)</source>
        <translation>(unbenannter Anhang)</translation>
    </message>
    <message>
        <location line="+55"/>
        <location line="+25"/>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>All day</source>
        <translation>Ganztägig</translation>
    </message>
    <message>
        <location line="-47"/>
        <location line="+48"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message numerus="yes">
        <location line="-128"/>
        <source>%n member(s) from an address book</source>
        <translation>
            <numerusform>%n Mitglied aus einem Adressbuch</numerusform>
            <numerusform>%n Mitglieder aus einem Adressbuch</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+81"/>
        <source>%n minute(s) before</source>
        <translation>
            <numerusform>%n Minute vorher</numerusform>
            <numerusform>%n Minuten vorher</numerusform>
        </translation>
    </message>
    <message>
        <location line="+13"/>
        <source>in progress</source>
        <translation>in Bearbeitung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>completed</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>waiting on someone else</source>
        <translation>wartet auf jemand anderen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>deferred</source>
        <translation>zurückgestellt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>not started</source>
        <translation>nicht begonnen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, %1% complete</source>
        <translation>, %1 % erledigt</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Recurrence</source>
        <translation>Serienmuster</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(a pattern this preview cannot read)</source>
        <translation>(ein Muster, das diese Vorschau nicht lesen kann)</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+11"/>
        <source>Reminder</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Attendees</source>
        <translation>Teilnehmer</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n (listed under Recipients)</source>
        <translation>
            <numerusform>%n (unter Empfänger aufgeführt)</numerusform>
            <numerusform>%n (unter Empfänger aufgeführt)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+31"/>
        <source>File as</source>
        <translation>Speichern unter</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>Given name</source>
        <translation>Vorname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Surname</source>
        <translation>Nachname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Company</source>
        <translation>Firma</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Job title</source>
        <translation>Position</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>E-mail 2</source>
        <translation>E-Mail 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business phone</source>
        <translation>Telefon geschäftlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home phone</source>
        <translation>Telefon privat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mobile phone</source>
        <translation>Mobiltelefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>E-mail 3</source>
        <translation>E-Mail 3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Business phone 2</source>
        <translation>Telefon geschäftlich 2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home phone 2</source>
        <translation>Telefon privat 2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Other phone</source>
        <translation>Weiteres Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business fax</source>
        <translation>Fax geschäftlich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Home fax</source>
        <translation>Fax privat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pager</source>
        <translation>Pager</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business address</source>
        <translation>Adresse geschäftlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Home address</source>
        <translation>Adresse privat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Other address</source>
        <translation>Weitere Adresse</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Members</source>
        <translation>Mitglieder</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(The rich-text (RTF) body cannot be shown: %1)</source>
        <translation>(Der Rich-Text-Inhalt (RTF) kann nicht angezeigt werden: %1)</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <location filename="../wizard/ScreenshotRenderer.cpp" line="+121"/>
        <location line="+134"/>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <location line="-123"/>
        <source>The wizard did not reach page %1 (it is on page %2)</source>
        <translation>Der Assistent hat Seite %1 nicht erreicht (er ist auf Seite %2)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The sources were not inspected in time</source>
        <translation>Die Quellen wurden nicht rechtzeitig untersucht</translation>
    </message>
    <message>
        <location line="+67"/>
        <source>The dry run did not finish in time</source>
        <translation>Der Probelauf wurde nicht rechtzeitig beendet</translation>
    </message>
    <message>
        <location line="+52"/>
        <source>Cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The sample data was not found: set MIGRATE_TESTDATA to the shared testdata folder</source>
        <translation>Die Beispieldaten wurden nicht gefunden: Setzen Sie MIGRATE_TESTDATA auf den gemeinsamen Testdatenordner</translation>
    </message>
    <message>
        <location filename="../wizard/support/SourceInspection.cpp" line="+19"/>
        <source>export folder</source>
        <translation>Exportordner</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Kopano store</source>
        <translation>Kopano-Speicher</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>on %1</source>
        <translation>auf %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>not active</source>
        <translation>nicht aktiv</translation>
    </message>
</context>
<context>
    <name>mig::wizard::DirectoryPage</name>
    <message>
        <location filename="../wizard/pages/DirectoryPage.cpp" line="+31"/>
        <source>Directory</source>
        <translation>Verzeichnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional: read the users from LDAP or Active Directory so sources can be matched to mailboxes automatically. Skip this page to type the targets yourself.</source>
        <translation>Optional: Lesen Sie die Benutzer aus LDAP oder Active Directory, damit Quellen automatisch Postfächern zugeordnet werden können. Überspringen Sie diese Seite, um die Ziele selbst einzugeben.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>OpenLDAP / grommunio LDAP</source>
        <translation>OpenLDAP / grommunio LDAP</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Active Directory</source>
        <translation>Active Directory</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>ldap://ldap.example.org</source>
        <translation>ldap://ldap.example.org</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>dc=example,dc=org</source>
        <translation>dc=example,dc=org</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+112"/>
        <source>empty: anonymous</source>
        <translation>leer: anonym</translation>
    </message>
    <message>
        <location line="-108"/>
        <source>R&amp;emember the password in the key chain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Use Start&amp;TLS</source>
        <translation>Start&amp;TLS verwenden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Test and &amp;count users</source>
        <translation>Testen und Benutzer zä&amp;hlen</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Base &amp;DN:</source>
        <translation>&amp;Basis-DN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>B&amp;ind DN:</source>
        <translation>B&amp;ind-DN:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>Connected: %n user(s) found.</source>
        <translation>
            <numerusform>Verbunden: %n Benutzer gefunden.</numerusform>
            <numerusform>Verbunden: %n Benutzer gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Directory test failed: %1</source>
        <translation>Verzeichnistest fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Press Next again to go on without the directory.</source>
        <translation>Nochmals „Weiter“ drücken, um ohne Verzeichnis fortzufahren.</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>administrator@example.org or CN=...,DC=example,DC=org</source>
        <translation>administrator@example.org oder CN=...,DC=example,DC=org</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Enter the directory&apos;s URI first.</source>
        <translation>Geben Sie zuerst den URI des Verzeichnisses ein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
</context>
<context>
    <name>mig::wizard::FolderTreeModel</name>
    <message numerus="yes">
        <location filename="../wizard/preview/FolderTreeModel.cpp" line="+98"/>
        <source>%n item(s) cannot be read</source>
        <translation>
            <numerusform>%n Element kann nicht gelesen werden</numerusform>
            <numerusform>%n Elemente können nicht gelesen werden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>(root)</source>
        <translation>(Stamm)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
</context>
<context>
    <name>mig::wizard::ImapAccountDialog</name>
    <message>
        <location filename="../wizard/dialogs/ImapAccountDialog.cpp" line="+48"/>
        <source>Folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add IMAP account</source>
        <translation>IMAP-Konto hinzufügen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>imap.example.com</source>
        <translation>imap.example.com</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>TLS (port 993)</source>
        <translation>TLS (Port 993)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>STARTTLS (port 143)</source>
        <translation>STARTTLS (Port 143)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Plain text (unencrypted)</source>
        <translation>Klartext (unverschlüsselt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Warning: without encryption, passwords and mail cross the network readable by anyone on the way. Use plain text only inside a network you trust.</source>
        <translation>Warnung: Ohne Verschlüsselung gehen Passwörter und E-Mails für jeden auf dem Weg lesbar durch das Netz. Verwenden Sie Klartext nur in einem Netz, dem Sie vertrauen.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>One login per line, e.g. anna@example.com</source>
        <translation>Ein Anmeldename pro Zeile, z. B. anna@example.com</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Each account&apos;s own &amp;password</source>
        <translation>Eigenes &amp;Passwort jedes Kontos</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A &amp;master user who logs in for every account</source>
        <translation>Ein &amp;Master-Benutzer, der sich für jedes Konto anmeldet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Used for every login listed; leave it empty to be asked for each account</source>
        <translation>Gilt für jeden aufgeführten Anmeldenamen; leer lassen, um für jedes Konto gefragt zu werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>R&amp;emember passwords in the key chain</source>
        <translation>Passwörter im Schlüsselbund m&amp;erken</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>optional: PEM file of a private CA</source>
        <translation>optional: PEM-Datei einer eigenen CA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Browse…</source>
        <translation>D&amp;urchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Se&amp;curity:</source>
        <translation>Si&amp;cherheit:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ort:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Logins:</source>
        <translation>&amp;Anmeldenamen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Authentication:</source>
        <translation>Anmeldung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Master &amp;user:</source>
        <translation>Master-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Master passwor&amp;d:</source>
        <translation>Master-Passwo&amp;rt:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>CA &amp;file:</source>
        <translation>CA-&amp;Datei:</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>CA certificate</source>
        <translation>CA-Zertifikat</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>PEM certificates (*.pem *.crt);;All files (*)</source>
        <translation>PEM-Zertifikate (*.pem *.crt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Enter the server&apos;s host name.</source>
        <translation>Geben Sie den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter at least one login.</source>
        <translation>Geben Sie mindestens einen Anmeldenamen ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the master user&apos;s name.</source>
        <translation>Geben Sie den Namen des Master-Benutzers ein.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the password to test the connection.</source>
        <translation>Geben Sie das Passwort ein, um die Verbindung zu testen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The server&apos;s certificate cannot be verified: %1

Its fingerprint is
%2

Compare it with the fingerprint your provider or administrator gives you. Trust this certificate?</source>
        <translation>Das Zertifikat des Servers kann nicht überprüft werden: %1

Sein Fingerprint ist
%2

Vergleichen Sie ihn mit dem Fingerprint, den Ihr Anbieter oder Administrator Ihnen nennt. Diesem Zertifikat vertrauen?</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+11"/>
        <source>Connected: %n folder(s) with %1 messages.</source>
        <translation>
            <numerusform>Verbunden: %n Ordner mit %1 Nachrichten.</numerusform>
            <numerusform>Verbunden: %n Ordner mit %1 Nachrichten.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Certificate %1 (confirmed now).</source>
        <translation>Zertifikat %1 (jetzt bestätigt).</translation>
    </message>
</context>
<context>
    <name>mig::wizard::ImapCredentials</name>
    <message>
        <location filename="../wizard/support/ImapCredentials.cpp" line="+114"/>
        <source>Password for the IMAP account %1:</source>
        <translation>Passwort für das IMAP-Konto %1:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password of the master user %1 for %2:</source>
        <translation>Passwort des Master-Benutzers %1 für %2:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The server refused the password: %1</source>
        <translation>Der Server hat das Passwort abgelehnt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IMAP password</source>
        <translation>IMAP-Passwort</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Untrusted certificate</source>
        <translation>Nicht vertrauenswürdiges Zertifikat</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The certificate of the IMAP server %1 cannot be verified: %2

Its fingerprint is
%3

Compare it with the fingerprint your provider or administrator gives you. Trust this certificate for the accounts on this server?</source>
        <translation>Das Zertifikat des IMAP-Servers %1 kann nicht überprüft werden: %2

Sein Fingerprint ist
%3

Vergleichen Sie ihn mit dem Fingerprint, den Ihr Anbieter oder Administrator Ihnen nennt. Diesem Zertifikat für die Konten auf diesem Server vertrauen?</translation>
    </message>
</context>
<context>
    <name>mig::wizard::KopanoSourceDialog</name>
    <message>
        <location filename="../wizard/dialogs/KopanoSourceDialog.cpp" line="+28"/>
        <source>Add a Kopano server</source>
        <translation>Kopano-Server hinzufügen</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>root@kopano.example.org</source>
        <translation>root@kopano.example.org</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>empty: the SSH agent</source>
        <translation>leer: der SSH-Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run kopano-admin with sudo</source>
        <translation>kopano-admin mit sudo aus&amp;führen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>as the grommunio server reaches it; empty: localhost</source>
        <translation>wie der grommunio-Server ihn erreicht; leer: localhost</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;member the SQL password in the key chain</source>
        <translation>SQL-Kennwort im Schlüsselbund m&amp;erken</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Moun&amp;t it from the Kopano host with sshfs on the grommunio server</source>
        <translation>Mi&amp;t sshfs vom Kopano-Host auf dem grommunio-Server einhängen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>@example.org</source>
        <translation>@example.org</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>GUID from kopano-storeadm -M</source>
        <translation>GUID aus kopano-storeadm -M</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Include the users&apos; archi&amp;ve stores (Kopano Archiver)</source>
        <translation>Archi&amp;vspeicher der Benutzer einbeziehen (Kopano Archiver)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pip&amp;e kdb2mt into the importer on the grommunio server (less traffic; no per-message progress, no resume)</source>
        <translation>kdb2mt auf dem grommunio-Server direkt in den Importer &amp;leiten (weniger Datenverkehr; kein Fortschritt je Nachricht, keine Fortsetzung)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>D&amp;iscover</source>
        <translation>Erm&amp;itteln</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Store</source>
        <translation>Speicher</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Fill in the Kopano host and press Discover.</source>
        <translation>Geben Sie den Kopano-Host ein und klicken Sie auf „Ermitteln“.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Kopano &amp;host:</source>
        <translation>Kopano-&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH &amp;port:</source>
        <translation>SSH-&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH pass&amp;word:</source>
        <translation>SSH-Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;MySQL host:</source>
        <translation>&amp;MySQL-Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL p&amp;ort:</source>
        <translation>MySQL-P&amp;ort:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL &amp;user:</source>
        <translation>MySQL-&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>MySQL pa&amp;ssword:</source>
        <translation>MySQL-&amp;Kennwort:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Attachments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Public store domai&amp;n:</source>
        <translation>Domai&amp;n des öffentlichen Speichers:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public store &amp;GUID:</source>
        <translation>&amp;GUID des öffentlichen Speichers:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Archive fo&amp;lder:</source>
        <translation>Ordner für A&amp;rchivspeicher:</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Enter the Kopano host first.</source>
        <translation>Geben Sie zuerst den Kopano-Host ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Asking %1 for its users…</source>
        <translation>%1 wird nach seinen Benutzern gefragt…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Discovery failed: %1</source>
        <translation>Ermittlung fehlgeschlagen: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+17"/>
        <source>%n user(s) found.</source>
        <translation>
            <numerusform>%n Benutzer gefunden.</numerusform>
            <numerusform>%n Benutzer gefunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The public store is left out: give its domain as @domain and its GUID (32 hexadecimal digits).</source>
        <translation>Der öffentliche Speicher wird ausgelassen: Geben Sie seine Domain als @domain und seine GUID (32 Hexadezimalziffern) an.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Public store</source>
        <translation>Öffentlicher Speicher</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>mig::wizard::MappingModel</name>
    <message>
        <location filename="../wizard/models/MappingModel.cpp" line="+164"/>
        <source>Candidates: %1</source>
        <translation>Kandidaten: %1</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>Migrate</source>
        <translation>Migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Target mailbox</source>
        <translation>Zielpostfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Confidence</source>
        <translation>Zuverlässigkeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
</context>
<context>
    <name>mig::wizard::MappingPage</name>
    <message>
        <location filename="../wizard/pages/MappingPage.cpp" line="+31"/>
        <source>Mapping</source>
        <translation>Zuordnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check which mailbox each source goes into. Double-click a target to change it; untick a source to leave it out.</source>
        <translation>Prüfen Sie, in welches Postfach jede Quelle migriert wird. Doppelklicken Sie auf ein Ziel, um es zu ändern; entfernen Sie das Häkchen bei einer Quelle, um sie auszulassen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Sources and targets:</source>
        <translation>&amp;Quellen und Ziele:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Import CSV…</source>
        <translation>CSV &amp;importieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Export CSV…</source>
        <translation>CSV &amp;exportieren…</translation>
    </message>
    <message numerus="yes">
        <location line="+120"/>
        <source>%n source(s).</source>
        <translation>
            <numerusform>%n Quelle.</numerusform>
            <numerusform>%n Quellen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) still need a target.</source>
        <translation>
            <numerusform>%n Quelle benötigt noch ein Ziel.</numerusform>
            <numerusform>%n Quellen benötigen noch ein Ziel.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) share a target mailbox with another source: they will be merged into it.</source>
        <translation>
            <numerusform>%n Quelle teilt ein Zielpostfach mit einer anderen Quelle: Sie werden darin zusammengeführt.</numerusform>
            <numerusform>%n Quellen teilen ein Zielpostfach mit einer anderen Quelle: Sie werden darin zusammengeführt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Import mapping</source>
        <translation>Zuordnung importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>CSV files (*.csv);;All files (*)</source>
        <translation>CSV-Dateien (*.csv);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Export mapping</source>
        <translation>Zuordnung exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mig::wizard::MessageListModel</name>
    <message>
        <location filename="../wizard/preview/MessageListModel.cpp" line="+79"/>
        <source>(unreadable item: %1)</source>
        <translation>(nicht lesbares Element: %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>(no subject)</source>
        <translation>(kein Betreff)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Subject</source>
        <translation>Betreff</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>mig::wizard::MessageView</name>
    <message>
        <location filename="../wizard/preview/MessageView.cpp" line="+60"/>
        <source>Re&amp;cipients:</source>
        <translation>&amp;Empfänger:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A&amp;ttachments:</source>
        <translation>&amp;Anhänge:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Sa&amp;ve as…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>This item cannot be read: %1</source>
        <translation>Dieses Element kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>%1 (attached message)</source>
        <translation>%1 (angehängte Nachricht)</translation>
    </message>
    <message>
        <location line="+13"/>
        <location line="+4"/>
        <source>Save attachment</source>
        <translation>Anhang speichern</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mig::wizard::MigrationWizard</name>
    <message>
        <location filename="../wizard/MigrationWizard.cpp" line="+26"/>
        <source>grommunio Migration Wizard</source>
        <translation>grommunio-Migrationsassistent</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Start migration</source>
        <translation>Migration &amp;starten</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Abort the migration?</source>
        <translation>Migration abbrechen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A migration is running. Abort it and close the wizard? Mailboxes in progress end as stopped and can be resumed from the saved plan.</source>
        <translation>Eine Migration läuft. Abbrechen und den Assistenten schließen? Laufende Postfächer enden als angehalten und können aus dem gespeicherten Plan fortgesetzt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Close the wizard?</source>
        <translation>Assistenten schließen?</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Close the wizard? Unsaved choices are lost.</source>
        <translation>Den Assistenten schließen? Nicht gespeicherte Einstellungen gehen verloren.</translation>
    </message>
</context>
<context>
    <name>mig::wizard::OptionsPage</name>
    <message>
        <location filename="../wizard/pages/OptionsPage.cpp" line="+30"/>
        <source>Options</source>
        <translation>Optionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the data is placed in the mailboxes and how the run behaves.</source>
        <translation>Wie die Daten in den Postfächern abgelegt werden und wie sich der Lauf verhält.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Into a &amp;new folder at the top of each mailbox</source>
        <translation>In einen &amp;neuen Ordner oben in jedem Postfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Merge into the mailbox&apos;s own folders (Inbox, Sent Items, …)</source>
        <translation>In die vorhandenen Ordner des Postfachs einfügen (Posteingang, Gesendete Elemente, …)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import of &lt;file&gt; @&lt;date and time&gt;</source>
        <translation>Import of &lt;file&gt; @&lt;date and time&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Continue when a message cannot be migrated</source>
        <translation>&amp;Fortfahren, wenn eine Nachricht nicht migriert werden kann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Never (missing mailboxes fail)</source>
        <translation>Nie (fehlende Postfächer schlagen fehl)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create each before migrating it</source>
        <translation>Jedes vor seiner Migration anlegen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create all first, then migrate</source>
        <translation>Erst alle anlegen, dann migrieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Also migrate &amp;hidden folders</source>
        <translation>Auch &amp;versteckte Ordner migrieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Dry run: convert and check everything locally, send nothing</source>
        <translation>&amp;Probelauf: alles lokal konvertieren und prüfen, nichts senden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Placement:</source>
        <translation>Ablage:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Folder name:</source>
        <translation>&amp;Ordnername:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Mailboxes at once:</source>
        <translation>&amp;Gleichzeitige Postfächer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Create missing m&amp;ailboxes:</source>
        <translation>Fehlende Postfächer &amp;anlegen:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Run folder (logs, report):</source>
        <translation>&amp;Laufordner (Protokolle, Bericht):</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Run folder</source>
        <translation>Laufordner</translation>
    </message>
</context>
<context>
    <name>mig::wizard::PreviewPage</name>
    <message>
        <location filename="../wizard/pages/PreviewPage.cpp" line="+43"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Look inside a source: its folders, items and messages. Nothing is changed.</source>
        <translation>Einen Blick in eine Quelle werfen: ihre Ordner, Elemente und Nachrichten. Es wird nichts geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Source:</source>
        <translation>&amp;Quelle:</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>Cannot list the items: %1</source>
        <translation>Die Elemente können nicht aufgelistet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%1 of %n item(s) loaded.</source>
        <translation>
            <numerusform>%1 von %n Element geladen.</numerusform>
            <numerusform>%1 von %n Elementen geladen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>No source to preview.</source>
        <translation>Keine Quelle für die Vorschau.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A Kopano store is read on the grommunio server during the run; its folders cannot be previewed here.</source>
        <translation>Ein Kopano-Speicher wird während der Migration auf dem grommunio-Server gelesen; seine Ordner können hier nicht angezeigt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Reading the folders of %1…</source>
        <translation>Die Ordner von %1 werden gelesen…</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Cannot read the folders: %1</source>
        <translation>Die Ordner können nicht gelesen werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>%n folder(s).</source>
        <translation>
            <numerusform>%n Ordner.</numerusform>
            <numerusform>%n Ordner.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::Prompts</name>
    <message>
        <location filename="../wizard/support/Prompts.cpp" line="+54"/>
        <source>Unknown host key</source>
        <translation>Unbekannter Hostschlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the first connection to %1 (port %2). Its %3 host key has the fingerprint

%4

Compare it with the server&apos;s own (ssh-keygen -lf on the server). Trust this key and remember it?</source>
        <translation>Dies ist die erste Verbindung zu %1 (Port %2). Sein %3-Hostschlüssel hat den Fingerabdruck

%4

Vergleichen Sie ihn mit dem des Servers (ssh-keygen -lf auf dem Server). Diesem Schlüssel vertrauen und ihn merken?</translation>
    </message>
</context>
<context>
    <name>mig::wizard::RunModel</name>
    <message>
        <location filename="../wizard/models/RunModel.cpp" line="+105"/>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <location line="-25"/>
        <source>%1 of %2 items gone through</source>
        <translation>%1 von %2 Elementen bearbeitet</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 sent, %2 failed</source>
        <translation>%1 gesendet, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 sent</source>
        <translation>%1 gesendet</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Messages, appointments and contacts sent into the mailbox so far. The progress bar counts every item of the sources, also the folder-associated ones (views, rules, forms) and those of hidden folders, which are looked at but not migrated.</source>
        <translation>Bisher in das Postfach gesendete Nachrichten, Termine und Kontakte. Der Fortschrittsbalken zählt jedes Element der Quellen, auch die ordnerzugeordneten (Ansichten, Regeln, Formulare) und die versteckter Ordner, die betrachtet, aber nicht migriert werden.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sent</source>
        <translation>Gesendet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate</source>
        <translation>Übertragungsrate</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Remaining</source>
        <translation>Verbleibend</translation>
    </message>
</context>
<context>
    <name>mig::wizard::RunPage</name>
    <message>
        <location filename="../wizard/pages/RunPage.cpp" line="+34"/>
        <source>Migration</source>
        <translation>Migration</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The mailboxes are being migrated. Stop ends after the messages in progress and can be resumed later; Abort ends at once.</source>
        <translation>Die Postfächer werden migriert. „Anhalten“ beendet den Lauf nach den gerade übertragenen Nachrichten, er kann später fortgesetzt werden; „Abbrechen“ beendet ihn sofort.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Weiter &gt;</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Log:</source>
        <translation>&amp;Protokoll:</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>S&amp;top</source>
        <translation>An&amp;halten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Abort</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Retry failed mailboxes</source>
        <translation>Fehlgeschlagene Postfächer &amp;erneut versuchen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Res&amp;ume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Runs every mailbox that is not done yet: the stopped ones and the failed ones.</source>
        <translation>Führt jedes noch nicht erledigte Postfach aus: die angehaltenen und die fehlgeschlagenen.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Stopping after the messages in progress…</source>
        <translation>Anhalten nach den laufenden Nachrichten…</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Kopano database password</source>
        <translation>Kopano-Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This plan migrates stores of a Kopano server. gromox-kdb2mt reads them from its MySQL database: the password of that database user (kept in memory for this session only):</source>
        <translation>Dieser Plan migriert Speicher eines Kopano-Servers. gromox-kdb2mt liest sie aus dessen MySQL-Datenbank: das Passwort dieses Datenbankbenutzers (nur für diese Sitzung im Speicher gehalten):</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>The migration cannot start: %1</source>
        <translation>Die Migration kann nicht beginnen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run: converting and checking locally, nothing is sent.</source>
        <translation>Probelauf: Es wird lokal konvertiert und geprüft, nichts wird gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migrating…</source>
        <translation>Migration läuft…</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Ended: %1 mailbox(es) done, %2 failed, %3 stopped (Resume goes on).</source>
        <translation>Beendet: %1 Postfächer erledigt, %2 fehlgeschlagen, %3 angehalten („Fortsetzen“ macht weiter).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Finished: %1 mailbox(es) done, %2 failed.</source>
        <translation>Fertig: %1 Postfächer erledigt, %2 fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>Aborting…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
</context>
<context>
    <name>mig::wizard::ServerPage</name>
    <message>
        <location filename="../wizard/pages/ServerPage.cpp" line="+26"/>
        <source>grommunio server</source>
        <translation>grommunio-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The migrated data is streamed over SSH into the importer on the grommunio server.</source>
        <translation>Die migrierten Daten werden per SSH an den Importer auf dem grommunio-Server übertragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>mail.example.org</source>
        <translation>mail.example.org</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Private key file</source>
        <translation>Private Schlüsseldatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SSH agent</source>
        <translation>SSH-Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>R&amp;emember the password in the key chain</source>
        <translation>Passwort im Schlüsselbund &amp;merken</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Run the importer with s&amp;udo</source>
        <translation>Importer mit s&amp;udo ausführen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>~/.ssh/known_hosts</source>
        <translation>~/.ssh/known_hosts</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>U&amp;ser:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Authentication:</source>
        <translation>&amp;Authentifizierung:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Key file:</source>
        <translation>&amp;Schlüsseldatei:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pass&amp;word:</source>
        <translation>Passw&amp;ort:</translation>
    </message>
    <message>
        <location line="-37"/>
        <source>Br&amp;owse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Known hosts f&amp;ile:</source>
        <translation>&amp;known_hosts-Datei:</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Private key</source>
        <translation>Privater Schlüssel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+137"/>
        <source>Enter the server&apos;s host name first.</source>
        <translation>Geben Sie zuerst den Hostnamen des Servers ein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>The server rejected the password for &quot;%1&quot; on %2. %3</source>
        <translation>Der Server hat das Passwort für „%1“ auf %2 abgelehnt. %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Connection failed: %1</source>
        <translation>Verbindung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Connected (%1 authentication).</source>
        <translation>Verbunden (Authentifizierung: %1).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Host key: %1 %2%3</source>
        <translation>Host-Key: %1 %2%3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> (confirmed now)</source>
        <translation> (jetzt bestätigt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Importer: %1 (%2), stream revision GXMT000%3%4</source>
        <translation>Importer: %1 (%2), Datenstrom-Revision GXMT000%3%4</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>, Gromox %1</source>
        <translation>, Gromox %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No usable importer: %1</source>
        <translation>Kein verwendbarer Importer: %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Free space: %1 in %2</source>
        <translation>Freier Speicher: %1 in %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Free space: unknown</source>
        <translation>Freier Speicher: unbekannt</translation>
    </message>
</context>
<context>
    <name>mig::wizard::SourceListModel</name>
    <message>
        <location filename="../wizard/models/SourceListModel.cpp" line="+124"/>
        <source>Inspecting…</source>
        <translation>Wird untersucht…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Ready (%n unreadable item(s))</source>
        <translation>
            <numerusform>Bereit (%n nicht lesbares Element)</numerusform>
            <numerusform>Bereit (%n nicht lesbare Elemente)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Format</source>
        <translation>Format</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Folders</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Items</source>
        <translation>Elemente</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mig::wizard::SourcesPage</name>
    <message>
        <location filename="../wizard/pages/SourcesPage.cpp" line="+26"/>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add the mail to migrate: Outlook data files (PST/OST), EML and MBOX files, Maildir folders, Thunderbird or Apple Mail folders, folders of exports, or IMAP accounts. You can also drag files and folders into the list.</source>
        <translation>Fügen Sie die zu migrierende Post hinzu: Outlook-Datendateien (PST/OST), EML- und MBOX-Dateien, Maildir-Ordner, Thunderbird- oder Apple-Mail-Ordner, Ordner mit Exporten oder IMAP-Konten. Sie können Dateien und Ordner auch in die Liste ziehen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Sources:</source>
        <translation>&amp;Quellen:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Add &amp;files…</source>
        <translation>&amp;Dateien hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add f&amp;older…</source>
        <translation>&amp;Ordner hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A Maildir, a folder of .eml files, Thunderbird local folders, an Apple Mail export or a folder of exports</source>
        <translation>Ein Maildir, ein Ordner mit .eml-Dateien, lokale Thunderbird-Ordner, ein Apple-Mail-Export oder ein Ordner mit Exporten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Add &amp;IMAP account…</source>
        <translation>&amp;IMAP-Konto hinzufügen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>One or several mailboxes on an IMAP server</source>
        <translation>Ein oder mehrere Postfächer auf einem IMAP-Server</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add &amp;Kopano server…</source>
        <translation>&amp;Kopano-Server hinzufügen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>Add mail files</source>
        <translation>Mail-Dateien hinzufügen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>All mail sources (%1)</source>
        <translation>Alle Mail-Quellen (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add a folder: Maildir, EML files, Thunderbird or Apple Mail folders, or exports</source>
        <translation>Einen Ordner hinzufügen: Maildir, EML-Dateien, Thunderbird- oder Apple-Mail-Ordner oder Exporte</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>No sources yet.</source>
        <translation>Noch keine Quellen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Inspecting the sources…</source>
        <translation>Die Quellen werden untersucht…</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n source(s) ready with %1 items.</source>
        <translation>
            <numerusform>%n Quelle mit %1 Elementen bereit.</numerusform>
            <numerusform>%n Quellen mit %1 Elementen bereit.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n Kopano store(s) ready; their items are counted during the run.</source>
        <translation>
            <numerusform>%n Kopano-Speicher bereit; seine Elemente werden während der Migration gezählt.</numerusform>
            <numerusform>%n Kopano-Speicher bereit; ihre Elemente werden während der Migration gezählt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n source(s) cannot be read and will not be migrated.</source>
        <translation>
            <numerusform>%n Quelle kann nicht gelesen werden und wird nicht migriert.</numerusform>
            <numerusform>%n Quellen können nicht gelesen werden und werden nicht migriert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mig::wizard::SummaryPage</name>
    <message>
        <location filename="../wizard/pages/SummaryPage.cpp" line="+26"/>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Mailbox</source>
        <translation>Postfach</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Items sent</source>
        <translation>Elemente gesendet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Open the &amp;report</source>
        <translation>&amp;Bericht öffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Save the plan…</source>
        <translation>&amp;Plan speichern…</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>%1 of %2 mailbox(es) migrated, %3 failed, %4 skipped. %5 item(s) sent (%6), %7 item(s) failed.</source>
        <translation>%1 von %2 Postfächern migriert, %3 fehlgeschlagen, %4 übersprungen. %5 Elemente gesendet (%6), %7 Elemente fehlgeschlagen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Dry run: nothing was sent to the server.</source>
        <translation>Probelauf: Es wurde nichts an den Server gesendet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The run folder is %1.</source>
        <translation>Der Laufordner ist %1.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save the migration plan</source>
        <translation>Migrationsplan speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration plans (*.json)</source>
        <translation>Migrationspläne (*.json)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Cannot save the plan: %1</source>
        <translation>Der Plan kann nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Plan saved to %1 (without passwords).</source>
        <translation>Plan in %1 gespeichert (ohne Passwörter).</translation>
    </message>
</context>
<context>
    <name>mig::wizard::WelcomePage</name>
    <message>
        <location filename="../wizard/pages/WelcomePage.cpp" line="+22"/>
        <source>Welcome</source>
        <translation>Willkommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move mail, calendars and contacts into grommunio.</source>
        <translation>E-Mails, Kalender und Kontakte nach grommunio übertragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>This wizard reads your sources (Outlook PST/OST files, Exchange exports and more), lets you look inside them, maps each source to a grommunio user, converts everything on this computer and streams it over SSH into the grommunio server. Nothing is changed in your source files.</source>
        <translation>Dieser Assistent liest Ihre Quellen (Outlook-PST/OST-Dateien, Exchange-Exporte und mehr), lässt Sie hineinsehen, ordnet jede Quelle einem grommunio-Benutzer zu, konvertiert alles auf diesem Computer und überträgt es per SSH auf den grommunio-Server. An Ihren Quelldateien wird nichts geändert.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Start a new migration</source>
        <translation>Neue Migration &amp;starten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open a saved migration plan</source>
        <translation>Gespeicherten Migrationsplan ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Recent plans:</source>
        <translation>&amp;Zuletzt verwendete Pläne:</translation>
    </message>
    <message>
        <location line="+53"/>
        <source>Open a migration plan</source>
        <translation>Migrationsplan öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Migration plans (*.json);;All files (*)</source>
        <translation>Migrationspläne (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot open the plan: %1</source>
        <translation>Der Plan kann nicht geöffnet werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>Opened %1: %n mailbox(es).</source>
        <translation>
            <numerusform>%1 geöffnet: %n Postfach.</numerusform>
            <numerusform>%1 geöffnet: %n Postfächer.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Choose a plan with Browse… or from the recent plans.</source>
        <translation>Wählen Sie einen Plan über Durchsuchen… oder aus den zuletzt verwendeten Plänen.</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <location filename="../engine/sources/calendar/IcsSource.cpp" line="+53"/>
        <source>iCalendar file (ICS)</source>
        <translation>iCalendar-Datei (ICS)</translation>
    </message>
    <message>
        <location filename="../engine/sources/contacts/VcfSource.cpp" line="+41"/>
        <source>vCard file (VCF)</source>
        <translation>vCard-Datei (VCF)</translation>
    </message>
</context>
</TS>
