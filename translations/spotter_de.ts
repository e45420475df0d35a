<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>QObject</name>
    <message>
        <source>Spotter</source>
        <translation>Spotter</translation>
    </message>
    <message>
        <source>Spotter, a training log for lifters and coaches.</source>
        <translation>Spotter, ein Trainingsprotokoll für Kraftsportler und Trainer.</translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation>Datenbankdatei (Standard: %1).</translation>
    </message>
    <message>
        <source>path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Spotter cannot open its database</source>
        <translation>Spotter kann seine Datenbank nicht öffnen</translation>
    </message>
</context>
<context>
    <name>spotter::AboutDialog</name>
    <message>
        <source>About Spotter</source>
        <translation>Über Spotter</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spotter %1&lt;/h3&gt;&lt;p&gt;A training log for lifters and their coaches.&lt;/p&gt;&lt;p&gt;Soreness triage is information, not medical advice. When in doubt, see a doctor.&lt;/p&gt;&lt;p&gt;License: &lt;a href=&quot;%2&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Spotter uses Qt Charts, which is licensed under the GPL-3.0, so the program as a whole is distributed under the GNU General Public License, version 3 or (at your option) any later version.&lt;/p&gt;&lt;p&gt;This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Spotter %1&lt;/h3&gt;&lt;p&gt;Ein Trainingsprotokoll für Kraftsportler und ihre Trainer.&lt;/p&gt;&lt;p&gt;Die Einschätzung von Beschwerden ist eine Information, keine medizinische Beratung. Lassen Sie es im Zweifel ärztlich abklären.&lt;/p&gt;&lt;p&gt;Lizenz: &lt;a href=&quot;%2&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Spotter verwendet Qt Charts, das unter der GPL-3.0 lizenziert ist; daher wird das Programm als Ganzes unter der GNU General Public License, Version 3 oder (nach Ihrer Wahl) jeder späteren Version, verbreitet.&lt;/p&gt;&lt;p&gt;Dies ist freie Software: Sie dürfen sie verändern und weitergeben. Es gibt KEINE GARANTIE, soweit gesetzlich zulässig.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %3, läuft unter Qt %4.&lt;/p&gt;</translation>
    </message>
</context>
<context>
    <name>spotter::AlternativesText</name>
    <message>
        <source>heavy hinges, rows and squats that round or load the lower back</source>
        <translation>schwere Hüftbeugeübungen (Hinges), Rudern und Kniebeugen, die den unteren Rücken runden oder belasten</translation>
    </message>
    <message>
        <source>overhead work, shrugs and anything with a bar on your back</source>
        <translation>Überkopfübungen, Shrugs und alles mit einer Stange auf dem Rücken</translation>
    </message>
    <message>
        <source>Leg extension and leg curl</source>
        <translation>Beinstrecker und Beinbeuger</translation>
    </message>
    <message>
        <source>Walking or cycling</source>
        <translation>Gehen oder Radfahren</translation>
    </message>
    <message>
        <source>pressing, dips, push-ups and overhead work</source>
        <translation>Drückübungen, Dips, Liegestütze und Überkopfübungen</translation>
    </message>
    <message>
        <source>Core work that does not load the arms (dead bug)</source>
        <translation>Rumpftraining, das die Arme nicht belastet (Dead Bug)</translation>
    </message>
    <message>
        <source>bench pressing, dips, push-ups and flyes</source>
        <translation>Bankdrücken, Dips, Liegestütze und Flys</translation>
    </message>
    <message>
        <source>Squats and leg work that do not hurt</source>
        <translation>Kniebeugen und Beintraining, die nicht schmerzen</translation>
    </message>
    <message>
        <source>rows, pull-ups, shrugs and heavy deadlifts</source>
        <translation>Rudern, Klimmzüge, Shrugs und schweres Kreuzheben</translation>
    </message>
    <message>
        <source>curls, pressing, pulling and heavy gripping</source>
        <translation>Curls, Drück- und Zugübungen sowie schweres Greifen</translation>
    </message>
    <message>
        <source>Belt squat or hack squat</source>
        <translation>Belt Squat oder Hackenschmidt-Kniebeuge</translation>
    </message>
    <message>
        <source>heavy squats and deadlifts, sit-ups and crunches</source>
        <translation>schwere Kniebeugen und schweres Kreuzheben, Sit-ups und Crunches</translation>
    </message>
    <message>
        <source>Machine work for the arms and legs</source>
        <translation>Maschinentraining für Arme und Beine</translation>
    </message>
    <message>
        <source>Walking</source>
        <translation>Gehen</translation>
    </message>
    <message>
        <source>squats, deadlifts, lunges and wide stances</source>
        <translation>Kniebeugen, Kreuzheben, Ausfallschritte und breite Fußstellungen</translation>
    </message>
    <message>
        <source>Seated upper-body work</source>
        <translation>Oberkörpertraining im Sitzen</translation>
    </message>
    <message>
        <source>Leg extension, if it does not hurt</source>
        <translation>Beinstrecker, wenn es nicht schmerzt</translation>
    </message>
    <message>
        <source>Gentle walking</source>
        <translation>Lockeres Gehen</translation>
    </message>
    <message>
        <source>hip hinges (deadlifts, RDLs, good mornings), leg curls and sprinting</source>
        <translation>Hüftbeugeübungen (Kreuzheben, RDLs, Good Mornings), Beinbeuger und Sprints</translation>
    </message>
    <message>
        <source>Upper-body training</source>
        <translation>Oberkörpertraining</translation>
    </message>
    <message>
        <source>squats, lunges, leg press, leg extension and jumping</source>
        <translation>Kniebeugen, Ausfallschritte, Beinpresse, Beinstrecker und Sprünge</translation>
    </message>
    <message>
        <source>Glute bridge, if it does not hurt</source>
        <translation>Glute Bridge, wenn es nicht schmerzt</translation>
    </message>
    <message>
        <source>running, jumping, calf raises and standing lifts that hurt</source>
        <translation>Laufen, Springen, Wadenheben und Übungen im Stehen, die schmerzen</translation>
    </message>
    <message>
        <source>Leg extension and leg curl, if they do not hurt</source>
        <translation>Beinstrecker und Beinbeuger, wenn sie nicht schmerzen</translation>
    </message>
    <message>
        <source>Swimming with the legs at rest</source>
        <translation>Schwimmen ohne Beineinsatz</translation>
    </message>
</context>
<context>
    <name>spotter::AthleteDialog</name>
    <message>
        <source>I have had a &amp;back injury before</source>
        <translation>Ich hatte schon einmal eine &amp;Rückenverletzung</translation>
    </message>
    <message>
        <source>I take long-term &amp;steroids or have osteoporosis</source>
        <translation>Ich nehme langfristig &amp;Steroide oder habe Osteoporose</translation>
    </message>
    <message>
        <source>I have a history of &amp;cancer</source>
        <translation>Ich habe oder hatte &amp;Krebs</translation>
    </message>
    <message>
        <source>My &amp;immune system is weakened (medicines or illness), I had a serious infection recently, or I inject drugs</source>
        <translation>Mein &amp;Immunsystem ist geschwächt (Medikamente oder Krankheit), ich hatte kürzlich eine schwere Infektion, oder ich spritze Drogen</translation>
    </message>
    <message>
        <source>Edit athlete</source>
        <translation>Athlet bearbeiten</translation>
    </message>
    <message>
        <source>New athlete</source>
        <translation>Neuer Athlet</translation>
    </message>
    <message>
        <source>Name (each athlete needs a different one)</source>
        <translation>Name (jeder Athlet braucht einen eigenen)</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <source>Not given</source>
        <translation>Nicht angegeben</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Einheiten:</translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation>&amp;Geburtsjahr:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>Health history (used to judge soreness more carefully)</source>
        <translation>Vorgeschichte (damit Beschwerden vorsichtiger eingeschätzt werden)</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Add athlete</source>
        <translation>Athlet hinzufügen</translation>
    </message>
</context>
<context>
    <name>spotter::BackupModel</name>
    <message>
        <source>Daily</source>
        <translation>Täglich</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>Vor einer Wiederherstellung</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Taken</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Soreness reports</source>
        <translation>Beschwerdeberichte</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>spotter::Badges</name>
    <message>
        <source>Looks like normal tiredness after training; it fades within hours.</source>
        <translation>Sieht nach normaler Ermüdung nach dem Training aus; sie klingt innerhalb von Stunden ab.</translation>
    </message>
    <message>
        <source>Looks like normal delayed soreness (DOMS); it fades within a few days.</source>
        <translation>Sieht nach normalem verzögertem Muskelkater (DOMS) aus; er klingt innerhalb weniger Tage ab.</translation>
    </message>
    <message>
        <source>Probably harmless, but something in training may need a look.</source>
        <translation>Wahrscheinlich harmlos, aber möglicherweise sollten Sie sich etwas an Ihrem Training genauer ansehen.</translation>
    </message>
    <message>
        <source>Looks more like a problem than normal soreness: ease off this area.</source>
        <translation>Sieht eher nach einem Problem als nach normalem Muskelkater aus: Belasten Sie diese Körperregion weniger.</translation>
    </message>
    <message>
        <source>Matches medical guidance to get checked.</source>
        <translation>Entspricht medizinischen Empfehlungen, sich untersuchen zu lassen.</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Training: sub-maximal work with reps left in reserve.</source>
        <translation>Training: submaximale Arbeit mit Wiederholungen in Reserve.</translation>
    </message>
    <message>
        <source>Hard: near-maximal but planned training (about 1 rep in reserve).</source>
        <translation>Hart: nahezu maximales, aber geplantes Training (etwa 1 Wiederholung in Reserve).</translation>
    </message>
    <message>
        <source>Testing: a max effort (failure, a maximal single or triple, a PR attempt).</source>
        <translation>Testen: eine Maximalleistung (Muskelversagen, ein maximales Single oder Triple, ein Bestleistungsversuch (PR)).</translation>
    </message>
</context>
<context>
    <name>spotter::BodyMap</name>
    <message>
        <source>Body map region. Space or Enter selects it.</source>
        <translation>Körperregion der Körperkarte. Leertaste oder Eingabetaste wählt sie aus.</translation>
    </message>
    <message>
        <source>Body map</source>
        <translation>Körperkarte</translation>
    </message>
    <message>
        <source>Front and back view of a body. Tab or the arrow keys move between regions; Space or Enter selects one.</source>
        <translation>Vorder- und Rückansicht eines Körpers. Mit Tab oder den Pfeiltasten wechseln Sie zwischen den Körperregionen; Leertaste oder Eingabetaste wählt eine aus.</translation>
    </message>
    <message>
        <source>Front</source>
        <translation>Vorne</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Hinten</translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation>Ausgewählt: %1</translation>
    </message>
    <message>
        <source>Click where it is sore</source>
        <translation>Klicken Sie dort, wo es wehtut</translation>
    </message>
</context>
<context>
    <name>spotter::ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation>Als PNG exportieren…</translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation>Dieses Diagramm als PNG-Bild speichern</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>Diagramm als PNG exportieren</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>spotter::ChartView</name>
    <message>
        <source>Could not save the chart as %1: %2</source>
        <translation>Das Diagramm konnte nicht als %1 gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>spotter::Commands</name>
    <message>
        <source>change the plates</source>
        <translation>Scheiben ändern</translation>
    </message>
</context>
<context>
    <name>spotter::ConnectDialog</name>
    <message>
        <source>Encrypted, server verified (verify-full)</source>
        <translation>Verschlüsselt, Server geprüft (verify-full)</translation>
    </message>
    <message>
        <source>Encrypted, server not verified (require)</source>
        <translation>Verschlüsselt, Server nicht geprüft (require)</translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (prefer)</source>
        <translation>Verschlüsselt, wenn der Server es anbietet (prefer)</translation>
    </message>
    <message>
        <source>Not encrypted (only on a trusted network)</source>
        <translation>Nicht verschlüsselt (nur in einem vertrauenswürdigen Netz)</translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation>Mit Teamserver verbinden</translation>
    </message>
    <message>
        <source>Your team&apos;s PostgreSQL server, as its admin set it up (docs/team-server.md). Spotter asks for your password when the server wants one and never stores it.</source>
        <translation>Der PostgreSQL-Server Ihres Teams, so wie sein Administrator ihn eingerichtet hat (docs/team-server.md). Spotter fragt nach Ihrem Passwort, wenn der Server eines verlangt, und speichert es nie.</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation>Zuletzt verwendete Server</translation>
    </message>
    <message>
        <source>gym.example.org</source>
        <translation>gym.example.org</translation>
    </message>
    <message>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Anmeldename</translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation>Verschlüsselung</translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt:</translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation>&amp;Port:</translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation>&amp;Anmeldename:</translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation>&amp;Verschlüsselung:</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Ver&amp;binden</translation>
    </message>
    <message>
        <source>Who is signing in? Enter your login.</source>
        <translation>Wer meldet sich an? Geben Sie Ihren Anmeldenamen ein.</translation>
    </message>
    <message>
        <source>Enter the database your admin set up (often &quot;team&quot;).</source>
        <translation>Geben Sie die Datenbank ein, die Ihr Administrator eingerichtet hat (oft „team“).</translation>
    </message>
    <message>
        <source>Publish to team server</source>
        <translation>An Teamserver veröffentlichen</translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation>&amp;Veröffentlichen</translation>
    </message>
</context>
<context>
    <name>spotter::CsvReaderText</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is UTF-32 text; save it as UTF-8 and import it again</source>
        <translation>Die Datei ist UTF-32-Text; speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and import it again</source>
        <translation>Die Datei ist UTF-16-Text; speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>The record has more than %1 fields</source>
        <translation>Der Datensatz hat mehr als %1 Felder</translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1 in field %2); save the file as UTF-8 and import it again</source>
        <translation>Der Text ist kein gültiges UTF-8 (Byte 0x%1 in Feld %2); speichern Sie die Datei als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>A field is longer than %1 bytes</source>
        <translation>Ein Feld ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes</source>
        <translation>Der Datensatz ist länger als %1 Bytes</translation>
    </message>
    <message>
        <source>The file contains a NUL byte; it looks like UTF-16 or binary data, not UTF-8 text</source>
        <translation>Die Datei enthält ein NUL-Byte; das sieht nach UTF-16 oder Binärdaten aus, nicht nach UTF-8-Text</translation>
    </message>
    <message>
        <source>A quoted field never ends (a closing &quot; is missing)</source>
        <translation>Ein Feld in Anführungszeichen endet nie (ein schließendes &quot; fehlt)</translation>
    </message>
    <message>
        <source>Text follows a closing quote; a quoted field must end with &quot; followed by the delimiter or the end of the line</source>
        <translation>Auf ein schließendes Anführungszeichen folgt Text; ein Feld in Anführungszeichen muss mit &quot; enden, gefolgt vom Trennzeichen oder vom Zeilenende</translation>
    </message>
</context>
<context>
    <name>spotter::CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation>Die Datei konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>spotter::DailyBackup</name>
    <message>
        <source>The daily backup failed</source>
        <translation>Die tägliche Sicherung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Spotter could not back up %1 today; logging goes on as usual.

%2</source>
        <translation>Spotter konnte %1 heute nicht sichern; das Erfassen geht wie gewohnt weiter.

%2</translation>
    </message>
</context>
<context>
    <name>spotter::DateRangeEdit</name>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Von</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Bis</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>Leave both unticked for everything</source>
        <translation>Für den gesamten Zeitraum beide ohne Häkchen lassen</translation>
    </message>
</context>
<context>
    <name>spotter::DateTime</name>
    <message>
        <source>expected a date and time as YYYY-MM-DD[THH:MM[:SS]][±HH:MM]</source>
        <translation>erwartet wird ein Datum mit Uhrzeit als YYYY-MM-DD[THH:MM[:SS]][±HH:MM]</translation>
    </message>
    <message>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation>das Jahr %1 liegt außerhalb des Bereichs (%2 bis %3)</translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation>es gibt keinen Monat %1</translation>
    </message>
    <message>
        <source>%1 has no 29 February (it is not a leap year)</source>
        <translation>%1 hat keinen 29. Februar (es ist kein Schaltjahr)</translation>
    </message>
    <message>
        <source>%1 %2 has %3 days; there is no day %4</source>
        <translation>%1 %2 hat %3 Tage; es gibt keinen Tag %4</translation>
    </message>
    <message>
        <source>24:00 is not a time of day; write 00:00 of the next day</source>
        <translation>24:00 ist keine Uhrzeit; schreiben Sie 00:00 des nächsten Tages</translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day</source>
        <translation>%1:%2 ist keine Uhrzeit</translation>
    </message>
    <message>
        <source>%1 is not a UTC offset any place uses (they run from -12:00 to +14:00)</source>
        <translation>%1 ist kein UTC-Versatz, den irgendein Ort verwendet (sie reichen von -12:00 bis +14:00)</translation>
    </message>
    <message>
        <source>%1 does not exist in this computer&apos;s time zone: the clocks skipped it when they changed (from %2 to %3). Give the time with its offset, e.g. %1%2</source>
        <translation>%1 gibt es in der Zeitzone dieses Computers nicht: Die Uhren haben diese Zeit bei der Umstellung übersprungen (von %2 auf %3). Geben Sie die Zeit mit ihrem Versatz an, z. B. %1%2</translation>
    </message>
    <message>
        <source>%1 happens twice in this computer&apos;s time zone (the clocks went back); give the offset: %1%2 for the first or %1%3 for the second</source>
        <translation>%1 kommt in der Zeitzone dieses Computers zweimal vor (die Uhren wurden zurückgestellt); geben Sie den Versatz an: %1%2 für das erste oder %1%3 für das zweite Mal</translation>
    </message>
    <message>
        <source>%1:%2:%3 is not a time of day</source>
        <translation>%1:%2:%3 ist keine Uhrzeit</translation>
    </message>
</context>
<context>
    <name>spotter::DesktopDatabaseText</name>
    <message>
        <source>Spotter opened its database read-only</source>
        <translation>Spotter hat seine Datenbank schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>You can read, export and back it up; changes cannot be saved.</source>
        <translation>Sie können sie lesen, exportieren und sichern; Änderungen können nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a read-only folder or disk).</source>
        <translation>Die Datei oder ihr Ordner ist nicht beschreibbar (schreibgeschützter Ordner oder Datenträger).</translation>
    </message>
    <message>
        <source>The file was opened only to read it.</source>
        <translation>Die Datei wurde nur zum Lesen geöffnet.</translation>
    </message>
    <message>
        <source>Not while the database is read-only: %1</source>
        <translation>Nicht möglich, solange die Datenbank schreibgeschützt ist: %1</translation>
    </message>
</context>
<context>
    <name>spotter::Enums</name>
    <message>
        <source>kg</source>
        <translation>kg</translation>
    </message>
    <message>
        <source>lb</source>
        <translation>lb</translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation>Aufwärmsatz</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>Arbeitssatz</translation>
    </message>
    <message>
        <source>AMRAP</source>
        <translation>AMRAP</translation>
    </message>
    <message>
        <source>Drop set</source>
        <translation>Dropsatz</translation>
    </message>
    <message>
        <source>To failure</source>
        <translation>Bis zum Versagen</translation>
    </message>
    <message>
        <source>Main lift</source>
        <translation>Hauptübung</translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation>Ergänzungsübung</translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation>Isolationsübung</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>Timed</source>
        <translation>Auf Zeit</translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation>Unterer Rücken</translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation>Oberer Rücken</translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation>Mittlerer Rücken</translation>
    </message>
    <message>
        <source>Neck</source>
        <translation>Nacken</translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation>Gesäß</translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation>Beinbeuger</translation>
    </message>
    <message>
        <source>Quads</source>
        <translation>Quadrizeps</translation>
    </message>
    <message>
        <source>Calves</source>
        <translation>Waden</translation>
    </message>
    <message>
        <source>Hips</source>
        <translation>Hüften</translation>
    </message>
    <message>
        <source>Knees</source>
        <translation>Knie</translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation>Schultern</translation>
    </message>
    <message>
        <source>Elbows</source>
        <translation>Ellbogen</translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation>Handgelenke</translation>
    </message>
    <message>
        <source>Chest</source>
        <translation>Brust</translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation>Oberarme</translation>
    </message>
    <message>
        <source>Core</source>
        <translation>Rumpf</translation>
    </message>
    <message>
        <source>Head</source>
        <translation>Kopf</translation>
    </message>
    <message>
        <source>Forearms</source>
        <translation>Unterarme</translation>
    </message>
    <message>
        <source>Hands</source>
        <translation>Hände</translation>
    </message>
    <message>
        <source>Groin</source>
        <translation>Leiste</translation>
    </message>
    <message>
        <source>Shins</source>
        <translation>Schienbeine</translation>
    </message>
    <message>
        <source>Ankles</source>
        <translation>Sprunggelenke</translation>
    </message>
    <message>
        <source>Feet</source>
        <translation>Füße</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>Beide Seiten</translation>
    </message>
    <message>
        <source>Left</source>
        <translation>Links</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Rechts</translation>
    </message>
    <message>
        <source>Dull</source>
        <translation>Dumpf</translation>
    </message>
    <message>
        <source>Aching</source>
        <translation>Ziehend</translation>
    </message>
    <message>
        <source>Tight</source>
        <translation>Verspannt</translation>
    </message>
    <message>
        <source>Stiff</source>
        <translation>Steif</translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation>Scharf</translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation>Stechend</translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation>Einschießend</translation>
    </message>
    <message>
        <source>Burning in the muscle (the “burn” of a hard set)</source>
        <translation>Brennen im Muskel (das „Brennen“ eines harten Satzes)</translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation>Wird besser</translation>
    </message>
    <message>
        <source>About the same</source>
        <translation>Etwa gleich</translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation>Wird schlimmer</translation>
    </message>
    <message>
        <source>I can point to one spot</source>
        <translation>Ich kann auf eine Stelle zeigen</translation>
    </message>
    <message>
        <source>It is on or right beside the spine</source>
        <translation>Es sitzt auf oder direkt neben der Wirbelsäule</translation>
    </message>
    <message>
        <source>It is in a joint rather than the muscle</source>
        <translation>Es sitzt eher in einem Gelenk als im Muskel</translation>
    </message>
    <message>
        <source>It hurts at rest, not only when I move</source>
        <translation>Es tut in Ruhe weh, nicht nur bei Bewegung</translation>
    </message>
    <message>
        <source>There is visible swelling</source>
        <translation>Es gibt eine sichtbare Schwellung</translation>
    </message>
    <message>
        <source>There is bruising</source>
        <translation>Es gibt einen Bluterguss</translation>
    </message>
    <message>
        <source>I heard or felt a pop</source>
        <translation>Ich habe ein Knacken oder Schnappen gehört oder gespürt</translation>
    </message>
    <message>
        <source>It stops me doing everyday things</source>
        <translation>Es hindert mich an alltäglichen Dingen</translation>
    </message>
    <message>
        <source>Pain, tingling, numbness, a burning feeling or weakness going down one arm</source>
        <translation>Schmerzen, Kribbeln, Taubheit, ein brennendes Gefühl oder Schwäche, die in einen Arm ausstrahlen</translation>
    </message>
    <message>
        <source>It cannot do its job: I cannot put weight on it, straighten the knee, bend or turn the forearm, or push off the foot</source>
        <translation>Es erfüllt seine Aufgabe nicht: Ich kann es nicht belasten, das Knie nicht strecken, den Unterarm nicht beugen oder drehen oder mich nicht mit dem Fuß abdrücken</translation>
    </message>
    <message>
        <source>A visible bulge, gap or changed shape of the muscle or joint</source>
        <translation>Eine sichtbare Vorwölbung, Lücke oder veränderte Form des Muskels oder Gelenks</translation>
    </message>
    <message>
        <source>The joint locks, catches or gives way</source>
        <translation>Das Gelenk blockiert, hakt oder knickt weg</translation>
    </message>
    <message>
        <source>The muscle feels tense or hard all the time (not just pumped), or moving the fingers or toes stretches it painfully</source>
        <translation>Der Muskel fühlt sich ständig gespannt oder hart an (nicht nur aufgepumpt), oder das Bewegen der Finger oder Zehen dehnt ihn schmerzhaft</translation>
    </message>
    <message>
        <source>A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped against a joint</source>
        <translation>Ein leichter Stoß: eine Scheibe oder Kurzhantel ist auf Fuß oder Hand gefallen, oder die Stange ist gegen ein Gelenk gestoßen</translation>
    </message>
    <message>
        <source>A new lump or bulge in the groin or belly</source>
        <translation>Eine neue Beule oder Vorwölbung in der Leiste oder am Bauch</translation>
    </message>
    <message>
        <source>It hurts more when I bend backwards</source>
        <translation>Es tut mehr weh, wenn ich mich nach hinten beuge</translation>
    </message>
    <message>
        <source>Numbness or tingling around the genitals, buttocks, inner thighs or anus</source>
        <translation>Taubheit oder Kribbeln im Bereich der Genitalien, des Gesäßes, der Oberschenkelinnenseiten oder des Afters</translation>
    </message>
    <message>
        <source>New difficulty peeing, or loss of bladder or bowel control</source>
        <translation>Neue Schwierigkeiten beim Wasserlassen oder Verlust der Blasen- oder Darmkontrolle</translation>
    </message>
    <message>
        <source>New problems getting or keeping an erection, or other new sexual dysfunction</source>
        <translation>Neue Probleme, eine Erektion zu bekommen oder zu halten, oder andere neue sexuelle Funktionsstörungen</translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness in both legs</source>
        <translation>Schmerzen, Kribbeln, Taubheit oder Schwäche in beiden Beinen</translation>
    </message>
    <message>
        <source>Leg weakness that is severe or getting worse</source>
        <translation>Beinschwäche, die stark ist oder schlimmer wird</translation>
    </message>
    <message>
        <source>It started with a serious accident: a fall from height, a collision, or a bar dropped on the neck, chest or head (a dropped plate on a toe is a minor knock)</source>
        <translation>Es begann mit einem schweren Unfall: einem Sturz aus der Höhe, einem Zusammenstoß oder einer Stange, die auf Nacken, Brust oder Kopf gefallen ist (eine auf einen Zeh gefallene Scheibe ist ein leichter Stoß)</translation>
    </message>
    <message>
        <source>Chest pain or pressure that is not sore muscle: it spreads to the arm, jaw or back, or comes with breathlessness, sweating, feeling sick or faint (sore chest muscles that hurt when stretched or pressed are not this)</source>
        <translation>Brustschmerzen oder Druck auf der Brust, die nicht vom Muskel kommen: Sie strahlen in Arm, Kiefer oder Rücken aus oder kommen mit Atemnot, Schwitzen, Übelkeit oder Ohnmachtsgefühl (schmerzende Brustmuskeln, die bei Dehnung oder Druck wehtun, sind nicht gemeint)</translation>
    </message>
    <message>
        <source>Dark, tea- or cola-coloured urine</source>
        <translation>Dunkler, tee- oder colafarbener Urin</translation>
    </message>
    <message>
        <source>A fever of 38 °C (100.4 °F) or more</source>
        <translation>Fieber von 38 °C (100,4 °F) oder mehr</translation>
    </message>
    <message>
        <source>Weight loss without trying</source>
        <translation>Ungewollter Gewichtsverlust</translation>
    </message>
    <message>
        <source>A lump or swelling in the back, or the back has changed shape</source>
        <translation>Eine Beule oder Schwellung am Rücken, oder der Rücken hat seine Form verändert</translation>
    </message>
    <message>
        <source>The pain does not ease with rest, or is much worse at night</source>
        <translation>Der Schmerz lässt in Ruhe nicht nach oder ist nachts viel schlimmer</translation>
    </message>
    <message>
        <source>The pain is so bad it disrupts sleep</source>
        <translation>Der Schmerz ist so stark, dass er den Schlaf stört</translation>
    </message>
    <message>
        <source>It is worse when coughing, sneezing or straining</source>
        <translation>Es ist schlimmer beim Husten, Niesen oder Pressen</translation>
    </message>
    <message>
        <source>The pain is at the top of the back, between the shoulders, and does not feel like muscle soreness</source>
        <translation>Der Schmerz sitzt oben am Rücken, zwischen den Schultern, und fühlt sich nicht wie Muskelkater an</translation>
    </message>
    <message>
        <source>New weakness in one leg</source>
        <translation>Neue Schwäche in einem Bein</translation>
    </message>
    <message>
        <source>A change in the way you walk</source>
        <translation>Eine Veränderung Ihres Gangs</translation>
    </message>
    <message>
        <source>Balance problems or unsteadiness</source>
        <translation>Gleichgewichtsprobleme oder Unsicherheit auf den Beinen</translation>
    </message>
    <message>
        <source>Numbness, tingling, pins and needles, a burning or shooting pain going down one leg</source>
        <translation>Taubheit, Kribbeln, Ameisenlaufen, ein brennender oder einschießender Schmerz, der in ein Bein ausstrahlt</translation>
    </message>
    <message>
        <source>A sudden, severe headache, the worst ever, during or right after a lift</source>
        <translation>Plötzliche, heftige Kopfschmerzen, die schlimmsten überhaupt, während oder direkt nach dem Heben</translation>
    </message>
    <message>
        <source>A sudden tearing or ripping pain in the chest or between the shoulder blades</source>
        <translation>Ein plötzlicher, reißender Schmerz in der Brust oder zwischen den Schulterblättern</translation>
    </message>
    <message>
        <source>Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms</source>
        <translation>Ungeschickte Hände, unsicherer Gang oder Schmerzen, Kribbeln oder Schwäche in beiden Armen</translation>
    </message>
    <message>
        <source>A hot, red, swollen joint</source>
        <translation>Ein heißes, gerötetes, geschwollenes Gelenk</translation>
    </message>
    <message>
        <source>The hand or foot below the pain is pale, cold or numb</source>
        <translation>Die Hand oder der Fuß unterhalb des Schmerzes ist blass, kalt oder taub</translation>
    </message>
    <message>
        <source>Passing little or no urine</source>
        <translation>Wenig oder kein Urin</translation>
    </message>
    <message>
        <source>Vomiting, confusion, or feeling very unwell</source>
        <translation>Erbrechen, Verwirrtheit oder starkes Krankheitsgefühl</translation>
    </message>
    <message>
        <source>Logged by hand</source>
        <translation>Von Hand erfasst</translation>
    </message>
    <message>
        <source>Imported from Strong</source>
        <translation>Aus Strong importiert</translation>
    </message>
    <message>
        <source>Imported from Hevy</source>
        <translation>Aus Hevy importiert</translation>
    </message>
    <message>
        <source>Imported from FitNotes</source>
        <translation>Aus FitNotes importiert</translation>
    </message>
    <message>
        <source>Imported from a Spotter export</source>
        <translation>Aus einem Spotter-Export importiert</translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation>Erzeugte Demodaten</translation>
    </message>
</context>
<context>
    <name>spotter::ExerciseCatalogue</name>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos; in the catalogue; did you mean %2?</source>
        <translation>Im Katalog gibt es keine Übung &apos;%1&apos;; meinten Sie %2?</translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos; in the catalogue.</source>
        <translation>Im Katalog gibt es keine Übung „%1“.</translation>
    </message>
</context>
<context>
    <name>spotter::Export</name>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Sessions (summary)</source>
        <translation>Einheiten (Übersicht)</translation>
    </message>
    <message>
        <source>Soreness reports</source>
        <translation>Beschwerdeberichte</translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos;</source>
        <translation>Es gibt keinen Athleten namens &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>spotter::ExportDialog</name>
    <message>
        <source>One row per set with its session: everything Spotter needs to import it again.</source>
        <translation>Eine Zeile pro Satz mit seiner Einheit: alles, was Spotter braucht, um die Datei wieder zu importieren.</translation>
    </message>
    <message>
        <source>One row per session with its intensity class and flags, for spreadsheets. It cannot be imported.</source>
        <translation>Eine Zeile pro Einheit mit Intensitätsklasse und Markierungen, für Tabellenkalkulationen. Sie kann nicht importiert werden.</translation>
    </message>
    <message>
        <source>One row per soreness report with its triage. Import it after the sets file.</source>
        <translation>Eine Zeile pro Beschwerdebericht mit seiner Einschätzung. Importieren Sie sie nach der Satzdatei.</translation>
    </message>
    <message>
        <source>Every athlete</source>
        <translation>Alle Athleten</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Fehler der Datenbank: %1</translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Athletes</source>
        <translation>Athleten</translation>
    </message>
    <message>
        <source>For E&amp;xcel: byte order mark, CRLF line ends, &apos;;&apos; between cells and decimal commas</source>
        <translation>Für E&amp;xcel: Byte-Order-Mark, CRLF-Zeilenenden, &apos;;&apos; zwischen Zellen und Dezimalkommas</translation>
    </message>
    <message>
        <source>For E&amp;xcel: byte order mark and CRLF line ends</source>
        <translation>Für E&amp;xcel: Byte-Order-Mark und CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation>&amp;Was:</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Tick at least one athlete.</source>
        <translation>Setzen Sie bei mindestens einem Athleten ein Häkchen.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n Beschwerdebericht</numerusform>
            <numerusform>%n Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 to %3.</source>
        <translation>%1 (%2) nach %3 exportiert.</translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s)</source>
        <translation>
            <numerusform>%n Athlet</numerusform>
            <numerusform>%n Athleten</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation>Abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation>Es wurde nichts exportiert: %1</translation>
    </message>
    <message>
        <source>&amp;Athletes:</source>
        <translation>&amp;Athleten:</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>spotter::FirstRunWidget</name>
    <message>
        <source>&lt;h1&gt;Welcome to Spotter&lt;/h1&gt;</source>
        <translation>&lt;h1&gt;Willkommen bei Spotter&lt;/h1&gt;</translation>
    </message>
    <message>
        <source>Log your sessions from the keyboard, note the soreness that follows, and Spotter tells you whether it looks like normal fatigue, DOMS, or something to watch — and when a session was testing rather than training.</source>
        <translation>Erfassen Sie Ihre Trainingseinheiten per Tastatur, notieren Sie die Beschwerden danach, und Spotter sagt Ihnen, ob das nach normaler Ermüdung, Muskelkater (DOMS) oder etwas zum Beobachten aussieht — und wann eine Einheit eher Testen als Training war.</translation>
    </message>
    <message>
        <source>&amp;Add yourself as an athlete…</source>
        <translation>&amp;Sich selbst als Athlet hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Import history from Strong, Hevy or FitNotes…</source>
        <translation>Verlauf aus Strong, Hevy oder FitNotes &amp;importieren…</translation>
    </message>
    <message>
        <source>Look around with &amp;demo data</source>
        <translation>Mit Demodaten &amp;umsehen</translation>
    </message>
    <message>
        <source>Three made-up athletes in a separate file; your own database stays empty</source>
        <translation>Drei erfundene Athleten in einer eigenen Datei; Ihre eigene Datenbank bleibt leer</translation>
    </message>
    <message>
        <source>Coaching several people? Add each athlete from File › New athlete.</source>
        <translation>Sie trainieren mehrere Personen? Fügen Sie jeden Athleten über Datei › Neuer Athlet hinzu.</translation>
    </message>
</context>
<context>
    <name>spotter::Generator</name>
    <message>
        <source>&apos;%1&apos; already exists; the demo data goes into a new file</source>
        <translation>&apos;%1&apos; existiert bereits; die Demodaten kommen in eine neue Datei</translation>
    </message>
    <message>
        <source>The exercise catalogue has no &apos;%1&apos;; generated histories need the built-in exercises</source>
        <translation>Der Übungskatalog enthält kein &apos;%1&apos;; erzeugte Verläufe brauchen die eingebauten Übungen</translation>
    </message>
</context>
<context>
    <name>spotter::GeneratorText</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n athlete(s); generated histories go into a new or empty database only</source>
        <translation>
            <numerusform>Die Datenbank enthält bereits %n Athleten; erzeugte Verläufe kommen nur in eine neue oder leere Datenbank</numerusform>
            <numerusform>Die Datenbank enthält bereits %n Athleten; erzeugte Verläufe kommen nur in eine neue oder leere Datenbank</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::HistoryModel</name>
    <message>
        <source>BW − %1</source>
        <translation>KG − %1</translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation>Regeln: %1</translation>
    </message>
    <message>
        <source>Assisted sets are not counted: this session has no bodyweight, and an assisted set lifts the bodyweight less the help.</source>
        <translation>Unterstützte Sätze werden nicht gezählt: Für diese Einheit ist kein Körpergewicht angegeben, und ein unterstützter Satz bewegt das Körpergewicht abzüglich der Unterstützung.</translation>
    </message>
    <message>
        <source>Working sets, without warm-ups and failed attempts (0 reps).</source>
        <translation>Arbeitssätze, ohne Aufwärmsätze und Fehlversuche (0 Wdh.).</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation>Übungen</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation>Tonnage</translation>
    </message>
    <message>
        <source>Top set</source>
        <translation>Topsatz</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Soreness after</source>
        <translation>Beschwerden danach</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n Bericht)</numerusform>
            <numerusform>%1 (%n Berichte)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions</source>
        <translation>Die Trainingseinheiten</translation>
    </message>
</context>
<context>
    <name>spotter::HistoryPage</name>
    <message>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letzte 12 Monate</translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Bis</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Any class</source>
        <translation>Jede Klasse</translation>
    </message>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testen</translation>
    </message>
    <message>
        <source>Flagged (⚑)</source>
        <translation>Markiert (⚑)</translation>
    </message>
    <message>
        <source>Soreness afterwards</source>
        <translation>Beschwerden danach</translation>
    </message>
    <message>
        <source>Soreness: warning or worse</source>
        <translation>Beschwerden: Warnung oder schlimmer</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Klasse</translation>
    </message>
    <message>
        <source>Show only sessions of one intensity class, with flags, or followed by soreness</source>
        <translation>Nur Einheiten einer Intensitätsklasse, mit Markierungen oder mit Beschwerden danach anzeigen</translation>
    </message>
    <message>
        <source>Search…</source>
        <translation>Suchen…</translation>
    </message>
    <message>
        <source>Find sessions by title, notes or exercise name</source>
        <translation>Einheiten nach Titel, Notizen oder Übungsname suchen</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>Zeit&amp;raum:</translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation>Übun&amp;g:</translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation>&amp;Klasse:</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>Soreness after</source>
        <translation>Beschwerden danach</translation>
    </message>
    <message>
        <source>Open the selected session to edit it (Enter)</source>
        <translation>Die ausgewählte Einheit zum Bearbeiten öffnen (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected sessions (Delete); Ctrl+Z brings them back</source>
        <translation>Die ausgewählten Einheiten löschen (Delete); Ctrl+Z holt sie zurück</translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation>Alle Übungen</translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation>Keine Einheit passt zu diesen Filtern.</translation>
    </message>
    <message>
        <source>No sessions yet. Log one on the Log page (Ctrl+1), or import your history with File › Import.</source>
        <translation>Noch keine Einheiten. Erfassen Sie eine auf der Seite Protokoll (Ctrl+1), oder importieren Sie Ihren Verlauf über Datei › Importieren.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message numerus="yes">
        <source>delete %n session(s)</source>
        <extracomment>English&apos;s singular is &quot;delete session&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>Einheit löschen</numerusform>
            <numerusform>%n Einheiten löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted. Undo with Ctrl+Z.</source>
        <extracomment>English&apos;s singular is &quot;Session deleted. …&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>Einheit gelöscht. Rückgängig mit Ctrl+Z.</numerusform>
            <numerusform>%n Einheiten gelöscht. Rückgängig mit Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::HistoryPlanText</name>
    <message>
        <source>%1 sets are more than one athlete&apos;s history can hold between %2 and %3; ask for fewer sets or more athletes</source>
        <translation>%1 Sätze sind mehr, als der Verlauf eines Athleten zwischen %2 und %3 fassen kann; weniger Sätze oder mehr Athleten angeben</translation>
    </message>
</context>
<context>
    <name>spotter::Import</name>
    <message>
        <source>The header gives weights in %1; the unit chosen (%2) is not used</source>
        <translation>Die Kopfzeile gibt die Gewichte in %1 an; die gewählte Maßeinheit (%2) wird nicht verwendet</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; %3 is more than the %4 world record (%5 kg, %6); check the number</source>
        <translation>%1 &apos;%2&apos; %3 liegt über dem Weltrekord (%4: %5 kg, %6); prüfen Sie die Zahl</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; %3 is more than %4 kg, more than any set can carry; check the number</source>
        <translation>%1 &apos;%2&apos; %3 liegt über %4 kg, mehr als in einem Satz möglich ist; prüfen Sie die Zahl</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is more than %3 reps in one set; check the number</source>
        <translation>%1 &apos;%2&apos; sind mehr als %3 Wiederholungen in einem Satz; prüfen Sie die Zahl</translation>
    </message>
    <message>
        <source>The header has two columns for the same value: &apos;%1&apos; (column %2) and &apos;%3&apos; (column %4); remove one</source>
        <translation>Die Kopfzeile hat zwei Spalten für denselben Wert: &apos;%1&apos; (Spalte %2) und &apos;%3&apos; (Spalte %4); entfernen Sie eine davon</translation>
    </message>
    <message>
        <source>These columns are not imported: %1</source>
        <translation>Diese Spalten werden nicht importiert: %1</translation>
    </message>
    <message>
        <source>Expected %1 fields like the header; got %2</source>
        <translation>%1 Felder wie in der Kopfzeile erwartet; erhalten: %2</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation>%1 &apos;%2&apos; ist keine Zahl</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation>%1 &apos;%2&apos; ist keine ganze Zahl</translation>
    </message>
    <message>
        <source>This is not a FitNotes export Spotter can read: the header lacks %1</source>
        <translation>Dies ist kein FitNotes-Export, den Spotter lesen kann: In der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <source>This FitNotes export does not say whether weights are in kg or lb; choose the unit the app was set to</source>
        <translation>Dieser FitNotes-Export gibt nicht an, ob die Gewichte in kg oder lb sind; wählen Sie die Maßeinheit, auf die die App eingestellt war</translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; names no body region Spotter knows; new exercises in it keep it as their category and get no regions</source>
        <translation>Category &apos;%1&apos; nennt keine Körperregion, die Spotter kennt; neue Übungen darin behalten sie als Kategorie und erhalten keine Körperregionen</translation>
    </message>
    <message>
        <source>Date &apos;%1&apos; is not a date like 2024-01-02</source>
        <translation>Date &apos;%1&apos; ist kein Datum wie 2024-01-02</translation>
    </message>
    <message>
        <source>Exercise is empty</source>
        <translation>Exercise ist leer</translation>
    </message>
    <message>
        <source>Weight Unit is empty; choose the unit for such rows</source>
        <translation>Weight Unit ist leer; wählen Sie die Maßeinheit für solche Zeilen</translation>
    </message>
    <message>
        <source>Weight Unit &apos;%1&apos; is not kgs or lbs</source>
        <translation>Weight Unit &apos;%1&apos; ist weder kgs noch lbs</translation>
    </message>
    <message>
        <source>Time &apos;%1&apos; is not a duration like 0:09:21</source>
        <translation>Time &apos;%1&apos; ist keine Dauer wie 0:09:21</translation>
    </message>
    <message>
        <source>Distance Unit is empty</source>
        <translation>Distance Unit ist leer</translation>
    </message>
    <message>
        <source>Distance Unit &apos;%1&apos; is not m, km, mi, ft or yd</source>
        <translation>Distance Unit &apos;%1&apos; ist nicht m, km, mi, ft oder yd</translation>
    </message>
    <message>
        <source>This is not a Hevy export Spotter can read: the header lacks %1</source>
        <translation>Dies ist kein Hevy-Export, den Spotter lesen kann: In der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <source>start_time &apos;%1&apos;: %2</source>
        <translation>start_time &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>exercise_title is empty</source>
        <translation>exercise_title ist leer</translation>
    </message>
    <message>
        <source>set_index must not be negative; got %1</source>
        <translation>set_index darf nicht negativ sein; erhalten: %1</translation>
    </message>
    <message>
        <source>set_type &apos;%1&apos; is not normal, warmup, failure or dropset</source>
        <translation>set_type &apos;%1&apos; ist nicht normal, warmup, failure oder dropset</translation>
    </message>
    <message>
        <source>superset_id must not be negative; got %1</source>
        <translation>superset_id darf nicht negativ sein; erhalten: %1</translation>
    </message>
    <message>
        <source>Superset %1</source>
        <translation>Supersatz %1</translation>
    </message>
    <message>
        <source>end_time &apos;%1&apos;: %2</source>
        <translation>end_time &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <source>The workout ends (%1) before it starts (%2); it is imported without a duration</source>
        <translation>Die Trainingseinheit endet (%1), bevor sie beginnt (%2); sie wird ohne Dauer importiert</translation>
    </message>
    <message>
        <source>The workout lasts longer than %1 hours (%2 to %3), probably a timer left running; it is imported without a duration</source>
        <translation>Die Trainingseinheit dauert länger als %1 Stunden (%2 bis %3), wahrscheinlich lief ein Timer weiter; sie wird ohne Dauer importiert</translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation>Die Datei konnte nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Rows that are not UTF-8 text cannot be left out one by one: the file was saved in another encoding. Save it as UTF-8 and import it again</source>
        <translation>Zeilen, die kein UTF-8-Text sind, können nicht einzeln ausgelassen werden: Die Datei wurde in einer anderen Kodierung gespeichert. Speichern Sie sie als UTF-8 und importieren Sie sie erneut</translation>
    </message>
    <message>
        <source>The error on line %1 is about the file as a whole, not one row; no row can be left out for it</source>
        <translation>Der Fehler in Zeile %1 betrifft die ganze Datei, nicht eine einzelne Zeile; dafür kann keine Zeile ausgelassen werden</translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation>die Datei hat sich während des Imports geändert</translation>
    </message>
    <message>
        <source>The rows left out could not be saved to %1 (%2); nothing was imported. Choose another place with --rejects.</source>
        <translation>Die ausgelassenen Zeilen konnten nicht in %1 gespeichert werden (%2); es wurde nichts importiert. Wählen Sie mit --rejects einen anderen Ort.</translation>
    </message>
    <message>
        <source>The file or the database changed while the file was being imported; nothing was imported. Import it again.</source>
        <translation>Die Datei oder die Datenbank hat sich während des Imports geändert; es wurde nichts importiert. Importieren Sie die Datei erneut.</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>This is Spotter&apos;s sessions summary, a report whose columns cannot restore sessions; import the sets file (and the soreness file) instead</source>
        <translation>Dies ist Spotters Übersicht der Trainingseinheiten, ein Bericht, aus dessen Spalten sich keine Trainingseinheiten wiederherstellen lassen; importieren Sie stattdessen die Satzdatei (und die Beschwerdedatei)</translation>
    </message>
    <message>
        <source>The header matches no format Spotter imports (Strong, Hevy, FitNotes or Spotter&apos;s own): %1</source>
        <translation>Die Kopfzeile passt zu keinem Format, das Spotter importiert (Strong, Hevy, FitNotes oder Spotters eigenes): %1</translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation>Die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The file is empty: there is no header line and no rows</source>
        <translation>Die Datei ist leer: Es gibt keine Kopfzeile und keine Zeilen</translation>
    </message>
    <message>
        <source>The file has a header but no rows; there is nothing to import</source>
        <translation>Die Datei hat eine Kopfzeile, aber keine Zeilen; es gibt nichts zu importieren</translation>
    </message>
    <message>
        <source>Spotter&apos;s own files name the athlete on every row; do not choose an athlete for them</source>
        <translation>Spotters eigene Dateien nennen den Athleten in jeder Zeile; wählen Sie für sie keinen Athleten</translation>
    </message>
    <message>
        <source>A %1 file does not say whose history it is; choose the athlete</source>
        <translation>Eine %1-Datei gibt nicht an, wessen Verlauf sie enthält; wählen Sie den Athleten</translation>
    </message>
    <message>
        <source>The report belongs to session %1 of %2 (%3), which is not in this database; import the sets file first</source>
        <translation>Der Bericht gehört zu Trainingseinheit %1 von %2 (%3), die nicht in dieser Datenbank ist; importieren Sie zuerst die Satzdatei</translation>
    </message>
    <message>
        <source>The report belongs to session %1 of %2, which is not in this database; import the sets file first</source>
        <translation>Der Bericht gehört zu Trainingseinheit %1 von %2, die nicht in dieser Datenbank ist; importieren Sie zuerst die Satzdatei</translation>
    </message>
    <message>
        <source>The session columns differ from those of line %1, the first row of session %2</source>
        <translation>Die Spalten der Trainingseinheit weichen von denen in Zeile %1 ab, der ersten Zeile von Trainingseinheit %2</translation>
    </message>
    <message>
        <source>The exercise name</source>
        <translation>Der Name der Übung</translation>
    </message>
    <message>
        <source>source_key &apos;%1&apos; is also the key of the session on line %2</source>
        <translation>source_key &apos;%1&apos; ist auch der Schlüssel der Trainingseinheit in Zeile %2</translation>
    </message>
    <message>
        <source>held back with its workout, which has an invalid row on line %1</source>
        <translation>zusammen mit ihrer Trainingseinheit zurückgehalten, deren Zeile %1 ungültig ist</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a weight in kg like 102.5</source>
        <translation>%1 &apos;%2&apos; ist kein Gewicht in kg wie 102.5</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not 1 or 0</source>
        <translation>%1 &apos;%2&apos; ist weder 1 noch 0</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of %3</source>
        <translation>%1 &apos;%2&apos; ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation>%1: &apos;%2&apos; ist keiner der Werte %3</translation>
    </message>
    <message>
        <source>This is not a Spotter sets file Spotter can read: the header lacks %1</source>
        <translation>Dies ist keine Spotter-Satzdatei, die Spotter lesen kann: In der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <source>athlete is empty</source>
        <translation>athlete ist leer</translation>
    </message>
    <message>
        <source>session_id is empty</source>
        <translation>session_id ist leer</translation>
    </message>
    <message>
        <source>session_id must be a positive whole number; got %1</source>
        <translation>session_id muss eine positive ganze Zahl sein; erhalten: %1</translation>
    </message>
    <message>
        <source>session_start &apos;%1&apos; is not a date and time like 2026-11-21T18:30:00+01:00: %2</source>
        <translation>session_start &apos;%1&apos; ist kein Datum mit Uhrzeit wie 2026-11-21T18:30:00+01:00: %2</translation>
    </message>
    <message>
        <source>exercise is empty</source>
        <translation>exercise ist leer</translation>
    </message>
    <message>
        <source>set_index is empty</source>
        <translation>set_index ist leer</translation>
    </message>
    <message>
        <source>set_index %1 does not follow %2; sets of a session are numbered upwards</source>
        <translation>set_index %1 folgt nicht auf %2; die Sätze einer Trainingseinheit sind aufsteigend nummeriert</translation>
    </message>
    <message>
        <source>set_kind is empty</source>
        <translation>set_kind ist leer</translation>
    </message>
    <message>
        <source>This is not a Spotter soreness file Spotter can read: the header lacks %1</source>
        <translation>Dies ist keine Spotter-Beschwerdedatei, die Spotter lesen kann: In der Kopfzeile fehlt %1</translation>
    </message>
    <message>
        <source>report_id must be a positive whole number; got %1</source>
        <translation>report_id muss eine positive ganze Zahl sein; erhalten: %1</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time like 2026-11-21T18:30:00+01:00: %3</source>
        <translation>%1 &apos;%2&apos; ist kein Datum mit Uhrzeit wie 2026-11-21T18:30:00+01:00: %3</translation>
    </message>
    <message>
        <source>region is empty</source>
        <translation>region ist leer</translation>
    </message>
    <message>
        <source>intensity is empty</source>
        <translation>intensity ist leer</translation>
    </message>
    <message>
        <source>character is empty</source>
        <translation>character ist leer</translation>
    </message>
    <message>
        <source>noticed_at is empty</source>
        <translation>noticed_at ist leer</translation>
    </message>
    <message>
        <source>This is not a Strong export Spotter can read: the header lacks %1. If Strong wrote it in another language, export from Strong in English or French</source>
        <translation>Dies ist kein Strong-Export, den Spotter lesen kann: In der Kopfzeile fehlt %1. Falls Strong ihn in einer anderen Sprache geschrieben hat, exportieren Sie aus Strong auf Englisch oder Französisch</translation>
    </message>
    <message>
        <source>The header is in a language Spotter has no names for; its columns are read in the order Strong writes them (Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance, Seconds, ...)</source>
        <translation>Die Kopfzeile ist in einer Sprache, deren Spaltennamen Spotter nicht kennt; die Spalten werden in der Reihenfolge gelesen, in der Strong sie schreibt (Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance, Seconds, ...)</translation>
    </message>
    <message>
        <source>This Strong export does not say whether weights are in kg or lb; choose the unit the app was set to</source>
        <translation>Dieser Strong-Export gibt nicht an, ob die Gewichte in kg oder lb sind; wählen Sie die Maßeinheit, auf die die App eingestellt war</translation>
    </message>
    <message>
        <source>Date &apos;%1&apos; is not a date and time like 2024-01-02 18:00:00</source>
        <translation>Date &apos;%1&apos; ist kein Datum mit Uhrzeit wie 2024-01-02 18:00:00</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a set number, W, D, F, a rest timer or a note</source>
        <translation>%1 &apos;%2&apos; ist weder eine Satznummer noch W, D, F, ein Pausentimer oder eine Notiz</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a duration like 1h 8m, 48m or 20s</source>
        <translation>%1 &apos;%2&apos; ist keine Dauer wie 1h 8m, 48m oder 20s</translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is longer than %3 hours, probably a timer left running; the workout is imported without a duration</source>
        <translation>%1 &apos;%2&apos; ist länger als %3 Stunden, wahrscheinlich lief ein Timer weiter; die Trainingseinheit wird ohne Dauer importiert</translation>
    </message>
    <message>
        <source>A rest-timer row needs the rest in %1</source>
        <translation>Eine Pausentimer-Zeile braucht die Pause in %1</translation>
    </message>
    <message>
        <source>Two rest-timer rows in a row; the earlier one (line %1) is replaced</source>
        <translation>Zwei Pausentimer-Zeilen hintereinander; die frühere (Zeile %1) wird ersetzt</translation>
    </message>
    <message>
        <source>Strong does not export the distance unit; distances are read as kilometres because weights are in kg</source>
        <translation>Strong exportiert die Maßeinheit der Strecke nicht; Strecken werden als Kilometer gelesen, weil die Gewichte in kg sind</translation>
    </message>
    <message>
        <source>Strong does not export the distance unit; distances are read as miles because weights are in lb</source>
        <translation>Strong exportiert die Maßeinheit der Strecke nicht; Strecken werden als Meilen gelesen, weil die Gewichte in lb sind</translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation>%1 ist leer</translation>
    </message>
    <message>
        <source>Weight Unit &apos;%1&apos; is not kg or lbs</source>
        <translation>Weight Unit &apos;%1&apos; ist weder kg noch lbs</translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> und %n weitere</numerusform>
            <numerusform> und %n weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) record no work (no reps, time or distance, and not a failed attempt) and were not imported: line(s) %1</source>
        <translation>
            <numerusform>%n Zeile erfasst keine Arbeit (weder Wiederholungen noch Zeit oder Strecke, und kein Fehlversuch) und wurde nicht importiert: Zeile %1</numerusform>
            <numerusform>%n Zeilen erfassen keine Arbeit (weder Wiederholungen noch Zeit oder Strecke, und kein Fehlversuch) und wurden nicht importiert: Zeilen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date &apos;%1&apos;: %2</source>
        <translation>Datum „%1“: %2</translation>
    </message>
</context>
<context>
    <name>spotter::ImportDialog</name>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Maßeinheit:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importieren</translation>
    </message>
    <message>
        <source>Import training history</source>
        <translation>Trainingsverlauf importieren</translation>
    </message>
    <message>
        <source>A CSV file from Strong, Hevy, FitNotes or Spotter</source>
        <translation>Eine CSV-Datei aus Strong, Hevy, FitNotes oder Spotter</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>A&amp;uswählen…</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Datei:</translation>
    </message>
    <message>
        <source>Recognise from the header</source>
        <translation>Aus der Kopfzeile erkennen</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Whose history this is</source>
        <translation>Wessen Verlauf das ist</translation>
    </message>
    <message>
        <source>A name that is not in Spotter yet creates that athlete.</source>
        <translation>Ein Name, den es in Spotter noch nicht gibt, legt diesen Athleten an.</translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation>&amp;Athlet:</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation>Was importiert wird</translation>
    </message>
    <message>
        <source>Choose a file to see what it holds before anything is imported.</source>
        <translation>Wählen Sie eine Datei, um zu sehen, was sie enthält, bevor etwas importiert wird.</translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation>Probleme in der Datei</translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit → Undo. Importing the same file again adds nothing.</source>
        <translation>Ein Import lässt sich nicht mit Bearbeiten → Rückgängig zurücknehmen. Dieselbe Datei erneut zu importieren fügt nichts hinzu.</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>&lt;b&gt;The database failed:&lt;/b&gt; %1</source>
        <translation>&lt;b&gt;Fehler der Datenbank:&lt;/b&gt; %1</translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation>CSV-Datei importieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation>CSV-Dateien (*.csv *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation>Die gültigen Zeilen importieren</translation>
    </message>
    <message>
        <source>Save the rows that cannot be imported</source>
        <translation>Die nicht importierbaren Zeilen speichern</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation>Wird geschrieben…</translation>
    </message>
    <message>
        <source>A &lt;b&gt;%1&lt;/b&gt; file; %2.</source>
        <translation>Eine &lt;b&gt;%1&lt;/b&gt;-Datei; %2.</translation>
    </message>
    <message>
        <source>A &lt;b&gt;%1&lt;/b&gt; file.</source>
        <translation>Eine &lt;b&gt;%1&lt;/b&gt;-Datei.</translation>
    </message>
    <message>
        <source>Spotter&apos;s own files name the athlete on every row.</source>
        <translation>Spotters eigene Dateien nennen den Athleten in jeder Zeile.</translation>
    </message>
    <message>
        <source>Nothing else is new: fix the rows in the file and check it again.</source>
        <translation>Sonst ist nichts neu: Korrigieren Sie die Zeilen in der Datei und prüfen Sie sie erneut.</translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is in the database already.</source>
        <translation>Nichts Neues: Alles in dieser Datei ist bereits in der Datenbank.</translation>
    </message>
    <message>
        <source>Will import &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; and &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Importiert werden &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; und &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n Beschwerdebericht</numerusform>
            <numerusform>%n Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message>
        <source>New athletes: %1.</source>
        <translation>Neue Athleten: %1.</translation>
    </message>
    <message>
        <source>New exercises: %1.</source>
        <translation>Neue Übungen: %1.</translation>
    </message>
    <message>
        <source>This file does not say whether its weights are in kg or lb: &lt;b&gt;choose the unit&lt;/b&gt;.</source>
        <translation>Diese Datei gibt nicht an, ob ihre Gewichte in kg oder lb sind: &lt;b&gt;Wählen Sie die Maßeinheit&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>This file does not say whose history it is: &lt;b&gt;choose the athlete&lt;/b&gt;.</source>
        <translation>Diese Datei gibt nicht an, wessen Verlauf sie ist: &lt;b&gt;Wählen Sie den Athleten&lt;/b&gt;.</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) have problems&lt;/b&gt;; nothing can be imported until the file is fixed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Zeile hat Probleme&lt;/b&gt;; nichts kann importiert werden, bis die Datei korrigiert ist.</numerusform>
            <numerusform>&lt;b&gt;%n Zeilen haben Probleme&lt;/b&gt;; nichts kann importiert werden, bis die Datei korrigiert ist.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation>Die Prüfung wurde abgebrochen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Diese Datei kann nicht importiert werden.&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>Already in the database and skipped: %n session(s) or report(s).</source>
        <translation>
            <numerusform>Bereits in der Datenbank und übersprungen: %n Einheit oder Bericht.</numerusform>
            <numerusform>Bereits in der Datenbank und übersprungen: %n Einheiten oder Berichte.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt; %1, %2 and %3 from %4.</source>
        <translation>&lt;b&gt;Importiert&lt;/b&gt; wurden %1, %2 und %3 aus %4.</translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation>Es wurde nichts Neues importiert.</translation>
    </message>
    <message>
        <source>Created athletes: %1.</source>
        <translation>Angelegte Athleten: %1.</translation>
    </message>
    <message>
        <source>Created exercises: %1.</source>
        <translation>Angelegte Übungen: %1.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;; nothing was imported.</source>
        <translation>&lt;b&gt;Abgebrochen&lt;/b&gt;; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt;</source>
        <translation>&lt;b&gt;Es wurde nichts importiert.&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation>Wird importiert…</translation>
    </message>
    <message>
        <source>&amp;Import valid sets…</source>
        <translation>Gültige Sätze &amp;importieren…</translation>
    </message>
    <message numerus="yes">
        <source>%n valid set(s)</source>
        <translation>
            <numerusform>%n gültigen Satz</numerusform>
            <numerusform>%n gültige Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid soreness report(s)</source>
        <translation>
            <numerusform>%n gültigen Beschwerdebericht</numerusform>
            <numerusform>%n gültige Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation>%1 und %2</translation>
    </message>
    <message>
        <source>weights in kg</source>
        <translation>Gewichte in kg</translation>
    </message>
    <message>
        <source>weights in %1, as its header says</source>
        <translation>Gewichte in %1, laut Kopfzeile</translation>
    </message>
    <message>
        <source>the weight unit is given on each row</source>
        <translation>die Gewichtseinheit steht in jeder Zeile</translation>
    </message>
    <message>
        <source>weights in %1, as you chose</source>
        <translation>Gewichte in %1, wie von Ihnen gewählt</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) have problems&lt;/b&gt; (listed below). Each holds back its whole workout, so %1 (%2) cannot be imported as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%n Zeile hat Probleme&lt;/b&gt; (unten aufgeführt). Jede hält ihre ganze Trainingseinheit zurück, daher ist ein Import von %1 (%2) so nicht möglich.</numerusform>
            <numerusform>&lt;b&gt;%n Zeilen haben Probleme&lt;/b&gt; (unten aufgeführt). Jede hält ihre ganze Trainingseinheit zurück, daher ist ein Import von %1 (%2) so nicht möglich.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n Trainingseinheit</numerusform>
            <numerusform>%n Trainingseinheiten</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest can be: &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; and &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation>Der Rest kann importiert werden: &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; und &lt;b&gt;%3&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>Import the %1 and save the %2 that cannot be imported to a file?</source>
        <translation>%1 importieren und %2, die nicht importiert werden können, in einer Datei speichern?</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; that could not be imported were saved, unchanged and with the reasons, to &lt;b&gt;%2&lt;/b&gt;. Fix them there and import that file to add them.</source>
        <translation>Nicht importierbare Zeilen (&lt;b&gt;%1&lt;/b&gt;) wurden unverändert und mit den Gründen in &lt;b&gt;%2&lt;/b&gt; gespeichert. Korrigieren Sie sie dort und importieren Sie diese Datei, um sie hinzuzufügen.</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… und %n weiterer Fehler</numerusform>
            <numerusform>… und %n weitere Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… und %n weitere Warnung</numerusform>
            <numerusform>… und %n weitere Warnungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Intensity</name>
    <message>
        <source>Training</source>
        <translation>Training</translation>
    </message>
    <message>
        <source>Hard</source>
        <translation>Hart</translation>
    </message>
    <message>
        <source>Testing</source>
        <translation>Testen</translation>
    </message>
</context>
<context>
    <name>spotter::IntensityInput</name>
    <message>
        <source>Not rated</source>
        <translation>Nicht bewertet</translation>
    </message>
    <message>
        <source>Intensity, 0 to 10</source>
        <translation>Intensität, 0 bis 10</translation>
    </message>
    <message>
        <source>The worst it has been in the last 24 hours: 0 is none, 10 the worst pain you can imagine</source>
        <translation>Der schlimmste Stand der letzten 24 Stunden: 0 heißt keine Beschwerden, 10 der schlimmste Schmerz, den Sie sich vorstellen können</translation>
    </message>
    <message>
        <source>0 none</source>
        <translation>0 keine</translation>
    </message>
    <message>
        <source>5 moderate</source>
        <translation>5 mäßig</translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation>10 schlimmste vorstellbare</translation>
    </message>
</context>
<context>
    <name>spotter::IntensitySummary</name>
    <message>
        <source>Session intensity</source>
        <translation>Intensität der Einheit</translation>
    </message>
    <message>
        <source>Sub-maximal work with reps left in reserve.</source>
        <translation>Submaximale Arbeit mit Wiederholungen in Reserve.</translation>
    </message>
    <message>
        <source>Near-maximal but planned work, about 1 rep in reserve.</source>
        <translation>Fast maximale, aber geplante Arbeit, etwa 1 Wiederholung in Reserve.</translation>
    </message>
    <message>
        <source>A max effort.</source>
        <translation>Eine Maximalleistung.</translation>
    </message>
    <message>
        <source>%1 session — %2 (%3)</source>
        <translation>Einheit: %1 — %2 (%3)</translation>
    </message>
    <message>
        <source>★ New best e1RM for %1: %2, estimated from reps alone (best before: %3)</source>
        <translation>★ Neue e1RM-Bestleistung für %1: %2, nur aus den Wiederholungen geschätzt (bisherige Bestleistung: %3)</translation>
    </message>
    <message>
        <source>★ New best e1RM for %1: %2 (best before: %3)</source>
        <translation>★ Neue e1RM-Bestleistung für %1: %2 (bisherige Bestleistung: %3)</translation>
    </message>
    <message>
        <source>Tip (%1): %2</source>
        <translation>Tipp (%1): %2</translation>
    </message>
</context>
<context>
    <name>spotter::LastTimeText</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation>%1 @ %2</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation>RPE %1</translation>
    </message>
    <message>
        <source>RPE %1–%2</source>
        <translation>RPE %1–%2</translation>
    </message>
</context>
<context>
    <name>spotter::LiftPicker</name>
    <message>
        <source>The lift before it</source>
        <translation>Die Übung davor</translation>
    </message>
    <message>
        <source>Name the lift if it was not the session&apos;s main one: the advice names what to leave out</source>
        <translation>Nennen Sie die Übung, wenn es nicht die Hauptübung der Einheit war: Der Hinweis nennt, was Sie weglassen sollten</translation>
    </message>
    <message>
        <source>From the session</source>
        <translation>Aus der Einheit</translation>
    </message>
    <message>
        <source>After a one-sided lift, soreness on one side is expected</source>
        <translation>Nach einer einseitigen Übung sind Beschwerden auf einer Seite zu erwarten</translation>
    </message>
    <message>
        <source>The li&amp;ft before it:</source>
        <translation>Die Übun&amp;g davor:</translation>
    </message>
    <message>
        <source>A one-sided lift (split s&amp;quat, one-arm row)</source>
        <translation>Eine einseitige Übung (A&amp;usfallschritt, einarmiges Rudern)</translation>
    </message>
</context>
<context>
    <name>spotter::LogPage</name>
    <message>
        <source>&amp;Sets</source>
        <translation>&amp;Sätze</translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation>&amp;Neue Einheit</translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation>Dup&amp;lizieren</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Start a new session dated now (Ctrl+N)</source>
        <translation>Eine neue Einheit mit dem jetzigen Zeitpunkt beginnen (Ctrl+N)</translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No sets yet&lt;/p&gt;&lt;p&gt;Type a line like &lt;b&gt;Squat 3x5 120kg @7.5&lt;/b&gt; in Quick entry and press Enter.&lt;/p&gt;&lt;p&gt;Then Enter in the grid repeats the last set, Ctrl+D duplicates one,&lt;br&gt;Ctrl+T starts the rest timer and Ctrl+Z undoes any change.&lt;/p&gt;</source>
        <translation>&lt;p style=&apos;font-size:large&apos;&gt;Noch keine Sätze&lt;/p&gt;&lt;p&gt;Geben Sie in der Schnelleingabe eine Zeile wie &lt;b&gt;Squat 3x5 120kg @7.5&lt;/b&gt; ein und drücken Sie Enter.&lt;/p&gt;&lt;p&gt;Danach wiederholt Enter in der Tabelle den letzten Satz, Ctrl+D dupliziert einen,&lt;br&gt;Ctrl+T startet den Pausentimer und Ctrl+Z macht jede Änderung rückgängig.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Add a copy of the current set after it (Ctrl+D)</source>
        <translation>Eine Kopie des aktuellen Satzes dahinter einfügen (Ctrl+D)</translation>
    </message>
    <message>
        <source>Delete the selected sets (Delete); Ctrl+Z brings them back</source>
        <translation>Die ausgewählten Sätze löschen (Delete); Ctrl+Z holt sie zurück</translation>
    </message>
    <message>
        <source>Added %1 to the catalogue.</source>
        <translation>%1 wurde zum Katalog hinzugefügt.</translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation>Diese Einheit gibt es nicht mehr.</translation>
    </message>
    <message>
        <source>New session dated now: it is saved with its first set.</source>
        <translation>Neue Einheit mit dem jetzigen Zeitpunkt: Sie wird mit ihrem ersten Satz gespeichert.</translation>
    </message>
    <message>
        <source>New session</source>
        <translation>Neue Einheit</translation>
    </message>
    <message>
        <source>%1 · not saved yet: it is saved with its first set</source>
        <translation>%1 · noch nicht gespeichert: wird mit dem ersten Satz gespeichert</translation>
    </message>
    <message>
        <source>Add an athlete to log sessions</source>
        <translation>Fügen Sie einen Athleten hinzu, um Einheiten zu erfassen</translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation>Einheit vom %1</translation>
    </message>
    <message>
        <source>%1 · saved as you type; Ctrl+Z undoes each change</source>
        <translation>%1 · wird beim Tippen gespeichert; Ctrl+Z macht jede Änderung rückgängig</translation>
    </message>
    <message>
        <source>&amp;Sets (%1)</source>
        <translation>&amp;Sätze (%1)</translation>
    </message>
    <message>
        <source>The rest timer gave it %1 of rest.</source>
        <translation>Der Pausentimer hat für diesen Satz %1 Pause eingetragen.</translation>
    </message>
    <message>
        <source>Type the first set in Quick entry, e.g. Squat 3x5 120kg @7.5.</source>
        <translation>Geben Sie den ersten Satz in der Schnelleingabe ein, z. B. Squat 3x5 120kg @7.5.</translation>
    </message>
    <message>
        <source>add set</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <source>Added set %1 like the one before; type over what changed.</source>
        <translation>Satz %1 als Kopie des vorigen hinzugefügt; überschreiben Sie, was sich geändert hat.</translation>
    </message>
    <message>
        <source>duplicate set</source>
        <translation>Satz duplizieren</translation>
    </message>
    <message>
        <source>Duplicated set %1.</source>
        <translation>Satz %1 dupliziert.</translation>
    </message>
    <message>
        <source>Set %1 got %2 of rest from the rest timer.</source>
        <translation>Satz %1 hat vom Pausentimer %2 Pause erhalten.</translation>
    </message>
    <message>
        <source>Duplicate the current set</source>
        <translation>Aktuellen Satz duplizieren</translation>
    </message>
    <message>
        <source>Start or stop the rest timer</source>
        <translation>Pausentimer starten oder anhalten</translation>
    </message>
    <message>
        <source>Delete the selected sets</source>
        <translation>Ausgewählte Sätze löschen</translation>
    </message>
    <message>
        <source>That session</source>
        <translation>Diese Trainingseinheit</translation>
    </message>
    <message numerus="yes">
        <source>add %n set(s) of %1</source>
        <translation>
            <numerusform>%n Satz %1 hinzufügen</numerusform>
            <numerusform>%n Sätze %1 hinzufügen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n set(s) of %1; Ctrl+Z takes the line back.</source>
        <translation>
            <numerusform>%n Satz %1 hinzugefügt; Ctrl+Z nimmt die Zeile zurück.</numerusform>
            <numerusform>%n Sätze %1 hinzugefügt; Ctrl+Z nimmt die Zeile zurück.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n set(s); Ctrl+Z brings them back.</source>
        <extracomment>English&apos;s singular says &quot;brings it back&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>%n Satz gelöscht; Ctrl+Z holt ihn zurück.</numerusform>
            <numerusform>%n Sätze gelöscht; Ctrl+Z holt sie zurück.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Log a session (Ctrl+1)</source>
        <translation>Eine Einheit erfassen (Ctrl+1)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Every session, newest first (Ctrl+2)</source>
        <translation>Alle Einheiten, neueste zuerst (Ctrl+2)</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>Report soreness and see what it looks like (Ctrl+3)</source>
        <translation>Beschwerden melden und sehen, wonach sie aussehen (Ctrl+3)</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Strength, load and soreness over time (Ctrl+4)</source>
        <translation>Kraft, Last und Beschwerden im Zeitverlauf (Ctrl+4)</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Every athlete at a glance: who needs attention today (Ctrl+5)</source>
        <translation>Alle Athleten auf einen Blick: wer heute Aufmerksamkeit braucht (Ctrl+5)</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>&lt;b&gt;You are looking at demo data&lt;/b&gt; — three made-up athletes. Nothing you do here touches your own database.</source>
        <translation>&lt;b&gt;Sie sehen Demodaten&lt;/b&gt; — drei erfundene Athleten. Nichts, was Sie hier tun, berührt Ihre eigene Datenbank.</translation>
    </message>
    <message>
        <source>&amp;Back to my data</source>
        <translation>&amp;Zurück zu meinen Daten</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>A&amp;thlete: </source>
        <translation>A&amp;thlet: </translation>
    </message>
    <message>
        <source>Whose training you are looking at</source>
        <translation>Wessen Training Sie gerade sehen</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New athlete…</source>
        <translation>&amp;Neuer Athlet…</translation>
    </message>
    <message>
        <source>&amp;Edit athlete…</source>
        <translation>Athlet &amp;bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Delete athlete…</source>
        <translation>Athlet &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation>Be&amp;richt…</translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation>Datenbank ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open de&amp;mo data</source>
        <translation>&amp;Demodaten öffnen</translation>
    </message>
    <message>
        <source>Look around with three made-up athletes, in a separate file</source>
        <translation>Mit drei erfundenen Athleten umsehen, in einer eigenen Datei</translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation>Aus &amp;Sicherung wiederherstellen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>B&amp;eenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>Spotter&apos;s &amp;rules and sources</source>
        <translation>&amp;Regeln und Quellen von Spotter</translation>
    </message>
    <message>
        <source>&amp;About Spotter</source>
        <translation>Ü&amp;ber Spotter</translation>
    </message>
    <message>
        <source>Spotter</source>
        <translation>Spotter</translation>
    </message>
    <message>
        <source>%1 — Spotter</source>
        <translation>%1 — Spotter</translation>
    </message>
    <message>
        <source>Demo data: %1</source>
        <translation>Demodaten: %1</translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation> (schreibgeschützt)</translation>
    </message>
    <message>
        <source>Opened read-only: you can read, export and back up; changes cannot be saved. %1 Database: %2</source>
        <translation>Schreibgeschützt geöffnet: Sie können lesen, exportieren und sichern; Änderungen können nicht gespeichert werden. %1 Datenbank: %2</translation>
    </message>
    <message>
        <source>Demo data (deleted when you leave it). Your database: %1</source>
        <translation>Demodaten (werden beim Verlassen gelöscht). Ihre Datenbank: %1</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>add athlete</source>
        <translation>Athlet hinzufügen</translation>
    </message>
    <message>
        <source>edit athlete</source>
        <translation>Athlet bearbeiten</translation>
    </message>
    <message>
        <source>Delete athlete</source>
        <translation>Athlet löschen</translation>
    </message>
    <message>
        <source>Delete %1 with every session and soreness report? You can undo this with Ctrl+Z until you close Spotter.</source>
        <translation>%1 mit allen Einheiten und Beschwerdeberichten löschen? Sie können das mit Ctrl+Z rückgängig machen, bis Sie Spotter schließen.</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Cannot open the demo data</source>
        <translation>Die Demodaten können nicht geöffnet werden</translation>
    </message>
    <message>
        <source>No folder for the demo data could be made: %1</source>
        <translation>Es konnte kein Ordner für die Demodaten angelegt werden: %1</translation>
    </message>
    <message>
        <source>Cannot open your database</source>
        <translation>Ihre Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Open a Spotter database</source>
        <translation>Spotter-Datenbank öffnen</translation>
    </message>
    <message>
        <source>Spotter databases (*.sqlite *.db);;All files (*)</source>
        <translation>Spotter-Datenbanken (*.sqlite *.db);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation>Datenbank kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Part of the database cannot be read</source>
        <translation>Ein Teil der Datenbank kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>The athletes</source>
        <translation>Die Athleten</translation>
    </message>
    <message>
        <source>The athlete</source>
        <translation>Der Athlet</translation>
    </message>
    <message>
        <source>The file looks damaged, so Spotter will not write into it. Export what is readable with File › Export… (it copies every row that can still be read and lists what was lost), then restore an earlier backup with File › Restore from backup….</source>
        <translation>Die Datei scheint beschädigt zu sein, daher schreibt Spotter nicht hinein. Exportieren Sie mit Datei › Exportieren…, was sich noch lesen lässt (jede noch lesbare Zeile wird kopiert, und es wird aufgeführt, was verloren ging), und stellen Sie dann mit Datei › Aus Sicherung wiederherstellen… eine frühere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation>Mit &amp;Teamserver verbinden…</translation>
    </message>
    <message>
        <source>Open your team&apos;s shared database on a PostgreSQL server</source>
        <translation>Die gemeinsame Datenbank Ihres Teams auf einem PostgreSQL-Server öffnen</translation>
    </message>
    <message>
        <source>Recent team ser&amp;vers</source>
        <translation>Zuletzt &amp;verwendete Teamserver</translation>
    </message>
    <message>
        <source>&amp;Publish to team server…</source>
        <translation>&amp;An Teamserver veröffentlichen…</translation>
    </message>
    <message>
        <source>Send this log&apos;s new and changed sessions and soreness reports to your team&apos;s server</source>
        <translation>Die neuen und geänderten Trainingseinheiten und Beschwerdeberichte dieses Protokolls an den Server Ihres Teams senden</translation>
    </message>
    <message>
        <source>A team server is restored by its admin (pg_restore, docs/team-server.md).</source>
        <translation>Ein Teamserver wird von seinem Administrator wiederhergestellt (pg_restore, docs/team-server.md).</translation>
    </message>
    <message>
        <source>Team server %1 — signed in as %2 (%3)</source>
        <translation>Teamserver %1 — angemeldet als %2 (%3)</translation>
    </message>
    <message>
        <source>Not published (changed here and on the server, or deleted there):</source>
        <translation>Nicht veröffentlicht (hier und auf dem Server geändert oder dort gelöscht):</translation>
    </message>
    <message>
        <source>Published, with conflicts</source>
        <translation>Veröffentlicht, mit Konflikten</translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation>Veröffentlichen nicht möglich</translation>
    </message>
    <message>
        <source>Published to %1 as %2: %3, %4; %5, %6; %7.</source>
        <translation>An %1 als %2 veröffentlicht: %3, %4; %5, %6; %7.</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n neue Einheit</numerusform>
            <numerusform>%n neue Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed session(s)</source>
        <translation>
            <numerusform>%n geänderte Einheit</numerusform>
            <numerusform>%n geänderte Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new soreness report(s)</source>
        <translation>
            <numerusform>%n neuer Beschwerdebericht</numerusform>
            <numerusform>%n neue Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed soreness report(s)</source>
        <translation>
            <numerusform>%n geänderter Beschwerdebericht</numerusform>
            <numerusform>%n geänderte Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already there</source>
        <translation>
            <numerusform>%n Einheit schon vorhanden</numerusform>
            <numerusform>%n Einheiten schon vorhanden</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was sent.</source>
        <translation>Veröffentlichen abgebrochen; nichts wurde gesendet.</translation>
    </message>
</context>
<context>
    <name>spotter::NewExerciseBar</name>
    <message>
        <source>&amp;Add to catalogue</source>
        <translation>Zum Katalog hinzu&amp;fügen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Unbekannte Übung</translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation>Typ der Übung</translation>
    </message>
    <message>
        <source>Main lifts (squat, bench, deadlift, press and close variants) can make a session testing; bodyweight and timed exercises read &quot;3x8&quot; as sets × reps or seconds.</source>
        <translation>Hauptübungen (Kniebeuge, Bankdrücken, Kreuzheben, Überkopfdrücken und nahe Varianten) können eine Einheit zum Testen machen; bei Körpergewichts- und Zeitübungen bedeutet &quot;3x8&quot; Sätze × Wiederholungen bzw. Sekunden.</translation>
    </message>
    <message>
        <source>as &amp;kind:</source>
        <translation>als T&amp;yp:</translation>
    </message>
    <message>
        <source>Add the exercise and carry on with what you typed (Enter)</source>
        <translation>Die Übung hinzufügen und mit dem Eingegebenen weitermachen (Enter)</translation>
    </message>
    <message>
        <source>Fix the name instead (Escape)</source>
        <translation>Stattdessen den Namen korrigieren (Escape)</translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the catalogue as a new exercise? Its kind decides how a line such as 3x8 reads, and whether it can make a session testing.</source>
        <translation>&quot;%1&quot; als neue Übung zum Katalog hinzufügen? Ihr Typ bestimmt, wie eine Zeile wie 3x8 gelesen wird und ob sie eine Einheit zum Testen machen kann.</translation>
    </message>
    <message>
        <source>&amp;Add &quot;%1&quot;</source>
        <translation>&quot;%1&quot; hinzu&amp;fügen</translation>
    </message>
</context>
<context>
    <name>spotter::PdfReportText</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation>Die PDF-Datei konnte nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation>Die PDF-Datei konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>spotter::PlanModel</name>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Every set of %1 is logged.</source>
        <translation>Alle Sätze von %1 sind erfasst.</translation>
    </message>
    <message>
        <source>No load is suggested for %1 today; type one in the Load column to log it anyway.</source>
        <translation>Für %1 wird heute keine Last vorgeschlagen; tragen Sie eine in der Spalte „Last“ ein, um die Übung trotzdem zu erfassen.</translation>
    </message>
    <message>
        <source>Type a load for %1 in the Load column first.</source>
        <translation>Tragen Sie zuerst in der Spalte „Last“ eine Last für %1 ein.</translation>
    </message>
    <message>
        <source>skip today</source>
        <translation>heute auslassen</translation>
    </message>
    <message>
        <source>type a load</source>
        <translation>Last eintragen</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation>%1/%2</translation>
    </message>
    <message>
        <source>%1% of the recent best e1RM %2 on the RTS chart: %3, made with the plates as %4.</source>
        <translation>%1 % des jüngsten besten e1RM %2 laut RTS-Tabelle: %3, mit den Scheiben aufgelegt als %4.</translation>
    </message>
    <message>
        <source>Expected a load such as 102.5, 102.5kg or 225lb; got &apos;%1&apos;</source>
        <translation>Erwartet wird eine Last wie 102.5, 102.5kg oder 225lb; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Load (%1)</source>
        <translation>Last (%1)</translation>
    </message>
    <message>
        <source>Plates</source>
        <translation>Scheiben</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>Why this load</source>
        <translation>Warum diese Last</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
</context>
<context>
    <name>spotter::PlanPanel</name>
    <message>
        <source>S&amp;tart</source>
        <translation>S&amp;tarten</translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation>Als Trainingsplan speichern</translation>
    </message>
    <message>
        <source>Routines…</source>
        <translation>Trainingspläne…</translation>
    </message>
    <message>
        <source>Plates…</source>
        <translation>Scheiben…</translation>
    </message>
    <message>
        <source>&amp;Log these sets</source>
        <translation>Sätze &amp;erfassen</translation>
    </message>
    <message>
        <source>Close plan</source>
        <translation>Plan schließen</translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation>Trainings&amp;plan</translation>
    </message>
    <message>
        <source>Routine</source>
        <translation>Trainingsplan</translation>
    </message>
    <message>
        <source>Start today&apos;s session from this routine: its sets with today&apos;s suggested loads</source>
        <translation>Die heutige Trainingseinheit mit diesem Trainingsplan beginnen: seine Sätze mit den heute vorgeschlagenen Lasten</translation>
    </message>
    <message>
        <source>Keep this session&apos;s exercises and sets as a routine for next time</source>
        <translation>Die Übungen und Sätze dieser Trainingseinheit als Trainingsplan für das nächste Mal behalten</translation>
    </message>
    <message>
        <source>Rename, assign or delete routines</source>
        <translation>Trainingspläne umbenennen, zuweisen oder löschen</translation>
    </message>
    <message>
        <source>The bar, plates and collars this athlete loads</source>
        <translation>Stange, Scheiben und Verschlüsse, mit denen dieser Athlet lädt</translation>
    </message>
    <message>
        <source>Add the selected item&apos;s remaining sets to the session with the load shown; change what differed in the grid</source>
        <translation>Die übrigen Sätze des gewählten Eintrags mit der angezeigten Last zur Trainingseinheit hinzufügen; Abweichungen in der Tabelle ändern</translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation>Plan für heute</translation>
    </message>
    <message>
        <source>Load (kg)</source>
        <translation>Last (kg)</translation>
    </message>
    <message>
        <source>Logged</source>
        <translation>Erfasst</translation>
    </message>
    <message>
        <source>%1 (not assigned)</source>
        <translation>%1 (nicht zugewiesen)</translation>
    </message>
    <message>
        <source>No routines yet</source>
        <translation>Noch keine Trainingspläne</translation>
    </message>
    <message>
        <source>That routine no longer exists.</source>
        <translation>Dieser Trainingsplan existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Started %1: select an item and press Enter (or Log these sets) to add its sets; type over a load to change it.</source>
        <translation>%1 begonnen: Wählen Sie einen Eintrag und drücken Sie die Eingabetaste (oder „Sätze erfassen“), um seine Sätze hinzuzufügen; überschreiben Sie eine Last, um sie zu ändern.</translation>
    </message>
    <message>
        <source>Today&apos;s plan: %1</source>
        <translation>Plan für heute: %1</translation>
    </message>
    <message>
        <source>Select an item of the plan first.</source>
        <translation>Wählen Sie zuerst einen Eintrag des Plans.</translation>
    </message>
    <message numerus="yes">
        <source>Logged %n set of %1 as planned; change what differed in the grid.</source>
        <translation>
            <numerusform>%n Satz von %1 wie geplant erfasst; ändern Sie Abweichungen in der Tabelle.</numerusform>
            <numerusform>%n Sätze von %1 wie geplant erfasst; ändern Sie Abweichungen in der Tabelle.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged %n sets of %1 as planned; change what differed in the grid.</source>
        <translation>
            <numerusform>%n Satz von %1 wie geplant erfasst; ändern Sie Abweichungen in der Tabelle.</numerusform>
            <numerusform>%n Sätze von %1 wie geplant erfasst; ändern Sie Abweichungen in der Tabelle.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log some sets first: a routine is made from the session&apos;s sets.</source>
        <translation>Erfassen Sie zuerst einige Sätze: Ein Trainingsplan entsteht aus den Sätzen der Trainingseinheit.</translation>
    </message>
    <message>
        <source>%1&apos;s session of %2</source>
        <translation>Einheit von %1 vom %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>save the session as routine %1</source>
        <translation>Trainingseinheit als Trainingsplan %1 speichern</translation>
    </message>
    <message>
        <source>Saved as routine %1, assigned to %2; rename or assign it in Routines….</source>
        <translation>Als Trainingsplan %1 gespeichert und %2 zugewiesen; umbenennen oder zuweisen unter „Trainingspläne…“.</translation>
    </message>
    <message numerus="yes">
        <source>log %n planned set(s) of %1</source>
        <translation>
            <numerusform>%n geplanten Satz von %1 erfassen</numerusform>
            <numerusform>%n geplante Sätze von %1 erfassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Plates</name>
    <message>
        <source>cannot make %1: %2 or %3</source>
        <translation>%1 nicht möglich: %2 oder %3</translation>
    </message>
    <message>
        <source>cannot make %1: at most %2</source>
        <translation>%1 nicht möglich: höchstens %2</translation>
    </message>
    <message>
        <source>cannot make %1: at least %2</source>
        <translation>%1 nicht möglich: mindestens %2</translation>
    </message>
    <message>
        <source>cannot make %1 with these plates</source>
        <translation>%1 ist mit diesen Scheiben nicht möglich</translation>
    </message>
    <message>
        <source>%1 bar</source>
        <translation>Stange %1</translation>
    </message>
    <message>
        <source>%1 and collars</source>
        <translation>%1 und Verschlüsse</translation>
    </message>
    <message>
        <source>just the %1</source>
        <translation>nur %1</translation>
    </message>
    <message>
        <source>%1 + %2 per side</source>
        <translation>%1 + %2 pro Seite</translation>
    </message>
    <message>
        <source>nearest %1 / %2</source>
        <translation>nächste %1 / %2</translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation>höchstens %1</translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation>mindestens %1</translation>
    </message>
    <message>
        <source>cannot be made</source>
        <translation>nicht möglich</translation>
    </message>
    <message>
        <source>bar only</source>
        <translation>nur Stange</translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation>%1×%2</translation>
    </message>
    <message>
        <source>expected plates as SIZExCOUNT, e.g. 25x8 20x2 2.5x2; got &apos;%1&apos;</source>
        <translation>Scheiben erwartet als GRÖSSExANZAHL, z. B. 25x8 20x2 2.5x2; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>The bar must weigh between 0 and %1 %2 (at most %3 decimals); got %4</source>
        <translation>Die Stange muss zwischen 0 und %1 %2 wiegen (höchstens %3 Nachkommastellen); erhalten: %4</translation>
    </message>
    <message>
        <source>A collar must weigh between 0 and 50 %1 (at most %2 decimals); got %3</source>
        <translation>Ein Verschluss muss zwischen 0 und 50 %1 wiegen (höchstens %2 Nachkommastellen); erhalten: %3</translation>
    </message>
    <message>
        <source>A plate must weigh more than 0 and at most 100 %1 (at most %2 decimals); got %3</source>
        <translation>Eine Scheibe muss mehr als 0 und höchstens 100 %1 wiegen (höchstens %2 Nachkommastellen); erhalten: %3</translation>
    </message>
    <message>
        <source>There can be 0 to 100 plates of a size; got %1 of %2 %3</source>
        <translation>Je Größe sind 0 bis 100 Scheiben möglich; erhalten: %1 zu %2 %3</translation>
    </message>
    <message>
        <source>The %1 %2 plates are listed twice</source>
        <translation>Die Scheiben zu %1 %2 sind doppelt aufgeführt</translation>
    </message>
</context>
<context>
    <name>spotter::PlatesDialog</name>
    <message>
        <source>Plates of %1</source>
        <translation>Scheiben von %1</translation>
    </message>
    <message>
        <source>Each plate size and how many there are in all (both sides), heaviest first: 25x8 20x4 …</source>
        <translation>Jede Scheibengröße und wie viele es insgesamt gibt (beide Seiten), schwerste zuerst: 25x8 20x4 …</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Maßeinheit</translation>
    </message>
    <message>
        <source>&amp;Bar</source>
        <translation>&amp;Stange</translation>
    </message>
    <message>
        <source>&amp;Collar (each)</source>
        <translation>&amp;Verschluss (je)</translation>
    </message>
    <message>
        <source>&amp;Plates</source>
        <translation>Sc&amp;heiben</translation>
    </message>
    <message>
        <source>&amp;Gym defaults</source>
        <translation>&amp;Gym-Standard</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>spotter::ProgressCharts</name>
    <message>
        <source>Estimated 1RM per main lift</source>
        <translation>Geschätztes 1RM je Hauptübung</translation>
    </message>
    <message>
        <source>e1RM (%1)</source>
        <translation>e1RM (%1)</translation>
    </message>
    <message>
        <source>No e1RM in this range. It comes from main-lift sets (squat, bench press, deadlift, …) of up to 10 reps, rated RPE 6 or more when rated.</source>
        <translation>Kein e1RM in diesem Zeitraum. Es stammt aus Sätzen der Hauptübungen (Kniebeuge, Bankdrücken, Kreuzheben, …) mit bis zu 10 Wiederholungen und, falls bewertet, RPE 6 oder mehr.</translation>
    </message>
    <message>
        <source>Testing (max effort)</source>
        <translation>Testen (Maximalversuch)</translation>
    </message>
    <message>
        <source>PR (new best e1RM)</source>
        <translation>Bestleistung (neues bestes e1RM)</translation>
    </message>
    <message>
        <source>e1RM %1</source>
        <translation>e1RM %1</translation>
    </message>
    <message>
        <source>Testing: a max effort on this lift</source>
        <translation>Testen: ein Maximalversuch bei dieser Übung</translation>
    </message>
    <message>
        <source>PR: best e1RM so far</source>
        <translation>Bestleistung (PR): bisher bestes e1RM</translation>
    </message>
    <message>
        <source>Weekly load and ACWR</source>
        <translation>Wochenlast und ACWR</translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation>Last (RPE × min)</translation>
    </message>
    <message>
        <source>No session load in this range. Load is session RPE × minutes: give your sessions both to see it.</source>
        <translation>Keine Einheitenlast in diesem Zeitraum. Die Last ist Session-RPE × Minuten: Geben Sie bei Ihren Einheiten beides an, um sie zu sehen.</translation>
    </message>
    <message>
        <source>ACWR</source>
        <translation>ACWR</translation>
    </message>
    <message>
        <source>Typical ACWR %1–%2</source>
        <translation>Typische ACWR %1–%2</translation>
    </message>
    <message>
        <source>ACWR between %1 and %2 is often called typical. It is information about how this week compares with recent weeks, not a verdict or an injury risk.</source>
        <translation>Eine ACWR zwischen %1 und %2 gilt oft als typisch. Sie ist eine Information darüber, wie diese Woche im Vergleich zu den letzten Wochen liegt, kein Urteil und kein Verletzungsrisiko.</translation>
    </message>
    <message>
        <source>Weekly load</source>
        <translation>Wochenlast</translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation>Woche vom %1</translation>
    </message>
    <message>
        <source>Load %1 (session RPE × minutes)</source>
        <translation>Last %1 (Session-RPE × Minuten)</translation>
    </message>
    <message>
        <source>%1% on the week before</source>
        <translation>%1 % gegenüber der Vorwoche</translation>
    </message>
    <message>
        <source>Monotony %1</source>
        <translation>Monotonie %1</translation>
    </message>
    <message>
        <source>ACWR %1 (typical %2–%3; information, not a verdict)</source>
        <translation>ACWR %1 (typisch %2–%3; Information, kein Urteil)</translation>
    </message>
    <message>
        <source>ACWR is shown after 28 days of logged load</source>
        <translation>ACWR wird nach 28 Tagen erfasster Last angezeigt</translation>
    </message>
    <message>
        <source>Soreness over sessions</source>
        <translation>Beschwerden im Verlauf der Einheiten</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>No sessions or soreness reports in this range.</source>
        <translation>Keine Trainingseinheiten oder Beschwerdeberichte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation>Einheit: %1</translation>
    </message>
    <message>
        <source>Tested: %1</source>
        <translation>Getestet: %1</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Noticed %1</source>
        <translation>Bemerkt: %1</translation>
    </message>
    <message>
        <source>Still there (%1 days so far)</source>
        <translation>Noch vorhanden (bisher %1 Tage)</translation>
    </message>
    <message>
        <source>Gone %1 (%2 days)</source>
        <translation>Abgeklungen: %1 (%2 Tage)</translation>
    </message>
    <message>
        <source>Intensity %1/10</source>
        <translation>Intensität %1/10</translation>
    </message>
    <message>
        <source>Weekly volume per exercise</source>
        <translation>Wochenvolumen je Übung</translation>
    </message>
    <message>
        <source>Volume (%1 × reps)</source>
        <translation>Volumen (%1 × Wdh.)</translation>
    </message>
    <message>
        <source>No working sets with a load in this range.</source>
        <translation>Keine Arbeitssätze mit Last in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Other exercises</source>
        <translation>Andere Übungen</translation>
    </message>
    <message>
        <source>%1, week of %2
%3 %4 × reps in %5</source>
        <translation>%1, Woche vom %2
%3 %4 × Wdh. in %5</translation>
    </message>
    <message>
        <source>PR estimated from reps alone (no RPE)</source>
        <translation>Bestleistung (PR), nur aus Wiederholungen geschätzt (ohne RPE)</translation>
    </message>
    <message>
        <source>e1RM %1, estimated from reps alone (no RPE or RIR)</source>
        <translation>e1RM %1, nur aus Wiederholungen geschätzt (ohne RPE oder RIR)</translation>
    </message>
    <message>
        <source>PR: best e1RM so far, an estimate from reps alone</source>
        <translation>Bestleistung (PR): bisher bestes e1RM, nur aus Wiederholungen geschätzt</translation>
    </message>
    <message>
        <source>PR ≈%1</source>
        <translation>PR ≈%1</translation>
    </message>
    <message>
        <source>PR %1</source>
        <translation>PR %1</translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation>Von %1 bis %2.</translation>
    </message>
    <message>
        <source>%1: latest e1RM %2 on %3; best %4 on %5.</source>
        <translation>%1: letztes e1RM %2 am %3; bestes %4 am %5.</translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s) in this range.</source>
        <translation>
            <numerusform>%n Bestleistung in diesem Zeitraum.</numerusform>
            <numerusform>%n Bestleistungen in diesem Zeitraum.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest week with load, of %1: %2 (session RPE × minutes).</source>
        <translation>Letzte Woche mit Last, ab %1: %2 (Session-RPE × Minuten).</translation>
    </message>
    <message>
        <source>ACWR %1 (typical %2–%3; information, not a verdict).</source>
        <translation>ACWR %1 (üblich %2–%3; eine Information, kein Urteil).</translation>
    </message>
    <message>
        <source>Highest week, of %1: %2.</source>
        <translation>Höchste Woche, ab %1: %2.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n Trainingseinheit.</numerusform>
            <numerusform>%n Trainingseinheiten.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s).</source>
        <translation>
            <numerusform>%n Beschwerdebericht.</numerusform>
            <numerusform>%n Beschwerdeberichte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1, %2, noticed %3%4.</source>
        <translation>Zuletzt: %1, %2, bemerkt %3%4.</translation>
    </message>
    <message>
        <source>, still there</source>
        <translation>, noch vorhanden</translation>
    </message>
    <message>
        <source>Most serious: %1, %2, noticed %3.</source>
        <translation>Am ernstesten: %1, %2, bemerkt %3.</translation>
    </message>
    <message>
        <source>Latest week with volume, of %1: %2 %3 × reps.</source>
        <translation>Letzte Woche mit Volumen, ab %1: %2 %3 × Wdh.</translation>
    </message>
    <message>
        <source>Highest week, of %1: %2 %3 × reps.</source>
        <translation>Höchste Woche, ab %1: %2 %3 × Wdh.</translation>
    </message>
    <message>
        <source>After a training session</source>
        <translation>Nach einer Trainingseinheit</translation>
    </message>
    <message>
        <source>After a hard session</source>
        <translation>Nach einer harten Einheit</translation>
    </message>
    <message>
        <source>After a testing session</source>
        <translation>Nach einer Testeinheit</translation>
    </message>
    <message numerus="yes">
        <source>%n working set(s)</source>
        <translation>
            <numerusform>%n Arbeitssatz</numerusform>
            <numerusform>%n Arbeitssätze</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::ProgressPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation>Letzte 4 Wochen</translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation>Letzte 12 Wochen</translation>
    </message>
    <message>
        <source>Last year</source>
        <translation>Letztes Jahr</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Choose or add an athlete to see progress.</source>
        <translation>Wählen Sie einen Athleten oder legen Sie einen an, um den Fortschritt zu sehen.</translation>
    </message>
    <message>
        <source>No athlete selected.</source>
        <translation>Kein Athlet ausgewählt.</translation>
    </message>
    <message>
        <source>Each point is a session&apos;s best estimated 1RM. Triangles: the lift was tested (a max effort). Stars: a new best.</source>
        <translation>Jeder Punkt ist das beste geschätzte 1RM einer Einheit. Dreiecke: Die Übung wurde getestet (Maximalversuch). Sterne: eine neue Bestleistung.</translation>
    </message>
    <message>
        <source>Bars: session RPE × minutes per week. Line: ACWR, this week against recent weeks; the shaded band is the range often called typical. Information, not a verdict.</source>
        <translation>Balken: Session-RPE × Minuten pro Woche. Linie: ACWR, diese Woche im Vergleich zu den letzten Wochen; das schattierte Band ist der Bereich, der oft als typisch gilt. Information, kein Urteil.</translation>
    </message>
    <message>
        <source>Bars: session RPE × minutes per week. ACWR appears after 28 days of logged load.</source>
        <translation>Balken: Session-RPE × Minuten pro Woche. ACWR erscheint nach 28 Tagen erfasster Last.</translation>
    </message>
    <message>
        <source>No soreness reported in this range. Bottom lane: sessions by intensity.</source>
        <translation>Keine Beschwerden in diesem Zeitraum gemeldet. Untere Spur: Einheiten nach Intensität.</translation>
    </message>
    <message>
        <source>Each bar runs from when soreness was noticed until it was gone, coloured by its class. Bottom lane: sessions by intensity.</source>
        <translation>Jeder Balken reicht vom Bemerken der Beschwerden bis zu ihrem Abklingen, gefärbt nach ihrer Einstufung. Untere Spur: Einheiten nach Intensität.</translation>
    </message>
    <message>
        <source>Red shading marks testing days.</source>
        <translation>Rote Schattierung markiert Testtage.</translation>
    </message>
    <message>
        <source>Load × reps of working sets per week, stacked by exercise.</source>
        <translation>Last × Wiederholungen der Arbeitssätze pro Woche, gestapelt nach Übung.</translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation>%1: %2 vom %3 bis %4</translation>
    </message>
    <message>
        <source>The progress</source>
        <translation>Der Fortschritt</translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation>Konnte nicht gelesen werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Publish</name>
    <message>
        <source>session %1 &apos;%2&apos;</source>
        <translation>Trainingseinheit %1 &apos;%2&apos;</translation>
    </message>
    <message>
        <source>soreness report of %1 (%2)</source>
        <translation>Beschwerdebericht von %1 (%2)</translation>
    </message>
    <message>
        <source>it was deleted on the server after it was published; it was not sent again</source>
        <translation>sie wurde nach dem Veröffentlichen auf dem Server gelöscht; sie wurde nicht erneut gesendet</translation>
    </message>
    <message>
        <source>it was changed here and on the server since it was last published; nothing was sent for it</source>
        <translation>sie wurde seit der letzten Veröffentlichung hier und auf dem Server geändert; dafür wurde nichts gesendet</translation>
    </message>
    <message>
        <source>the server has a different version of it that was not published from here; nothing was sent for it</source>
        <translation>der Server hat eine andere Fassung davon, die nicht von hier veröffentlicht wurde; dafür wurde nichts gesendet</translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos; here</source>
        <translation>Hier gibt es keinen Athleten namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Publishing goes to a team server (postgresql://… or service=…), not to a file</source>
        <translation>Veröffentlicht wird an einen Teamserver (postgresql://… oder service=…), nicht in eine Datei</translation>
    </message>
    <message>
        <source>%1 has no athlete named &apos;%2&apos; that &apos;%3&apos; may write to</source>
        <translation>%1 hat keinen Athleten namens &apos;%2&apos;, für den &apos;%3&apos; schreiben darf</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; is no athlete on the server</source>
        <translation>Der Anmeldename &apos;%1&apos; ist auf dem Server kein Athlet</translation>
    </message>
    <message>
        <source>This database holds no athlete to publish</source>
        <translation>Diese Datenbank enthält keinen Athleten zum Veröffentlichen</translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n athlete(s); choose the one to publish</source>
        <translation>
            <numerusform>Diese Datenbank enthält %n Athleten; wählen Sie den, der veröffentlicht wird</numerusform>
            <numerusform>Diese Datenbank enthält %n Athleten; wählen Sie den, der veröffentlicht wird</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::PublishingDialog</name>
    <message>
        <source>Publishing to %1…</source>
        <translation>Veröffentlichen an %1…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Publishing to the team server</source>
        <translation>Veröffentlichen an den Teamserver</translation>
    </message>
    <message>
        <source>Publishing to %1…
%2 of %3 sessions and soreness reports</source>
        <translation>Veröffentlichen an %1…
%2 von %3 Einheiten und Beschwerdeberichten</translation>
    </message>
    <message>
        <source>Cancelling… nothing will be sent.</source>
        <translation>Wird abgebrochen… nichts wird gesendet.</translation>
    </message>
</context>
<context>
    <name>spotter::QuickEntry</name>
    <message>
        <source>a marker goes after the reps, e.g. 100x5+</source>
        <translation>eine Markierung steht nach den Wiederholungen, z. B. 100x5+</translation>
    </message>
    <message>
        <source>the weight is given twice</source>
        <translation>das Gewicht ist doppelt angegeben</translation>
    </message>
    <message>
        <source>expected &apos;x&apos; and reps after the weight</source>
        <translation>nach dem Gewicht werden &apos;x&apos; und Wiederholungen erwartet</translation>
    </message>
    <message>
        <source>expected a weight before the reps, e.g. 100x5/5/4</source>
        <translation>vor den Wiederholungen wird ein Gewicht erwartet, z. B. 100x5/5/4</translation>
    </message>
    <message>
        <source>expected reps, a duration or a distance after &apos;x&apos;</source>
        <translation>nach &apos;x&apos; werden Wiederholungen, eine Dauer oder eine Strecke erwartet</translation>
    </message>
    <message>
        <source>expected a weight or a number of sets before &apos;x&apos;</source>
        <translation>vor &apos;x&apos; wird ein Gewicht oder eine Satzanzahl erwartet</translation>
    </message>
    <message>
        <source>give either a list of reps or a number of sets</source>
        <translation>geben Sie entweder eine Liste von Wiederholungen oder eine Satzanzahl an</translation>
    </message>
    <message>
        <source>expected a number of sets before &apos;x&apos;</source>
        <translation>vor &apos;x&apos; wird eine Satzanzahl erwartet</translation>
    </message>
    <message>
        <source>expected a number of sets after &apos;x&apos;</source>
        <translation>nach &apos;x&apos; wird eine Satzanzahl erwartet</translation>
    </message>
    <message>
        <source>the number of sets must be a whole number from 1 to %1; got %2</source>
        <translation>die Satzanzahl muss eine ganze Zahl von 1 bis %1 sein; erhalten: %2</translation>
    </message>
    <message>
        <source>a group holds at most %1 sets</source>
        <translation>eine Gruppe enthält höchstens %1 Sätze</translation>
    </message>
    <message>
        <source>a line holds at most %1 sets</source>
        <translation>eine Zeile enthält höchstens %1 Sätze</translation>
    </message>
    <message>
        <source>write the load change in %1, the unit the loads are in; got %2</source>
        <translation>geben Sie die Laständerung in %1 an, der Maßeinheit der Lasten; erhalten: %2</translation>
    </message>
    <message>
        <source>an assisted exercise takes help, not added weight: write bw-%1 or %1kg</source>
        <translation>eine unterstützte Übung erhält Unterstützung, kein Zusatzgewicht: schreiben Sie bw-%1 oder %1kg</translation>
    </message>
    <message>
        <source>seconds must be a whole number; got %1</source>
        <translation>Sekunden müssen eine ganze Zahl sein; erhalten: %1</translation>
    </message>
    <message>
        <source>reps must be a whole number; got %1</source>
        <translation>Wiederholungen müssen eine ganze Zahl sein; erhalten: %1</translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation>Spalte %1: %2</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Übungsname</translation>
    </message>
    <message>
        <source>expected sets after the exercise name, e.g. 100x5</source>
        <translation>nach dem Übungsnamen werden Sätze erwartet, z. B. 100x5</translation>
    </message>
    <message>
        <source>expected an exercise and its sets, e.g. Squat 3x5 100kg</source>
        <translation>erwartet werden eine Übung und ihre Sätze, z. B. Squat 3x5 100kg</translation>
    </message>
    <message>
        <source>expected an exercise name before the sets</source>
        <translation>vor den Sätzen wird ein Übungsname erwartet</translation>
    </message>
    <message>
        <source>expected a set such as 100x5</source>
        <translation>erwartet wird ein Satz wie 100x5</translation>
    </message>
    <message>
        <source>there is no earlier session of %1 to repeat; write its sets, e.g. 100x5</source>
        <translation>es gibt keine frühere Einheit mit %1 zum Wiederholen; schreiben Sie die Sätze, z. B. 100x5</translation>
    </message>
    <message>
        <source>a set has one kind; &apos;%1&apos; conflicts with &apos;%2&apos;</source>
        <translation>ein Satz hat nur eine Art; &apos;%1&apos; widerspricht &apos;%2&apos;</translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; is too long</source>
        <translation>die Zahl &apos;%1&apos; ist zu lang</translation>
    </message>
    <message>
        <source>expected a time as m:ss or h:mm:ss; got &apos;%1&apos;</source>
        <translation>erwartet wird eine Zeit als m:ss oder h:mm:ss; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>write decimals with a dot (%1.%2); &apos;,&apos; separates sets</source>
        <translation>schreiben Sie Dezimalzahlen mit Punkt (%1.%2); &apos;,&apos; trennt Sätze</translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation>schließendes Anführungszeichen fehlt</translation>
    </message>
    <message>
        <source>the exercise name is empty</source>
        <translation>der Übungsname ist leer</translation>
    </message>
    <message>
        <source>a weight cannot be negative; got -%1 (on an assisted exercise, write the help as bw-%1 or %1kg)</source>
        <translation>ein Gewicht kann nicht negativ sein; erhalten: -%1 (bei einer unterstützten Übung schreiben Sie die Unterstützung als bw-%1 oder %1kg)</translation>
    </message>
    <message>
        <source>expected a set after &apos;,&apos;</source>
        <translation>nach &apos;,&apos; wird ein Satz erwartet</translation>
    </message>
    <message>
        <source>expected a set such as 100x5; got &apos;%1&apos;</source>
        <translation>erwartet wird ein Satz wie 100x5; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>too many &apos;x&apos;; write weight x reps x sets</source>
        <translation>zu viele &apos;x&apos;; schreiben Sie Gewicht x Wiederholungen x Sätze</translation>
    </message>
    <message>
        <source>expected reps after &apos;x&apos;</source>
        <translation>nach &apos;x&apos; werden Wiederholungen erwartet</translation>
    </message>
    <message>
        <source>expected a number of sets or a weight after &apos;x&apos;</source>
        <translation>nach &apos;x&apos; wird eine Satzanzahl oder ein Gewicht erwartet</translation>
    </message>
    <message>
        <source>expected a load change after &apos;%1&apos;, e.g. last +5kg</source>
        <translation>nach &apos;%1&apos; wird eine Laständerung erwartet, z. B. last +5kg</translation>
    </message>
    <message>
        <source>expected kg or lb after the load change; got &apos;%1&apos;</source>
        <translation>nach der Laständerung wird kg oder lb erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a marker goes after the change, e.g. last +5kg w</source>
        <translation>eine Markierung steht nach der Änderung, z. B. last +5kg w</translation>
    </message>
    <message>
        <source>the weight comes from last time; change it with &apos;%1 +5kg&apos; or &apos;%1 -5kg&apos;</source>
        <translation>das Gewicht stammt vom letzten Mal; ändern Sie es mit &apos;%1 +5kg&apos; oder &apos;%1 -5kg&apos;</translation>
    </message>
    <message>
        <source>expected reps after &apos;/&apos;</source>
        <translation>nach &apos;/&apos; werden Wiederholungen erwartet</translation>
    </message>
    <message>
        <source>a list holds reps, durations or distances of one sort, e.g. 5/5/4</source>
        <translation>eine Liste enthält nur eine Sorte – Wiederholungen, Dauern oder Strecken –, z. B. 5/5/4</translation>
    </message>
    <message>
        <source>expected kg or lb after the added load; got &apos;%1&apos;</source>
        <translation>nach der Zusatzlast wird kg oder lb erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation>unbekannte Maßeinheit &apos;%1&apos;</translation>
    </message>
    <message>
        <source>RPE is given twice</source>
        <translation>RPE ist doppelt angegeben</translation>
    </message>
    <message>
        <source>reps in reserve are given twice</source>
        <translation>Wiederholungen in Reserve (RIR) sind doppelt angegeben</translation>
    </message>
    <message>
        <source>rest is given twice</source>
        <translation>die Pause ist doppelt angegeben</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between sets</source>
        <translation>zwischen Sätzen wird &apos;,&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation>unerwartetes &apos;%1&apos;</translation>
    </message>
    <message>
        <source>expected a number after &apos;%1&apos;</source>
        <translation>nach &apos;%1&apos; wird eine Zahl erwartet</translation>
    </message>
    <message>
        <source>expected a rest time after &apos;%1&apos;, e.g. rest 90s or rest 2:30</source>
        <translation>nach &apos;%1&apos; wird eine Pausenzeit erwartet, z. B. rest 90s oder rest 2:30</translation>
    </message>
</context>
<context>
    <name>spotter::QuickEntryLine</name>
    <message>
        <source>Quick entry</source>
        <translation>Schnelleingabe</translation>
    </message>
    <message>
        <source>&amp;Quick entry:</source>
        <translation>&amp;Schnelleingabe:</translation>
    </message>
    <message>
        <source>e.g. Squat 3x5 120kg @7.5</source>
        <translation>z. B. Squat 3x5 120kg @7.5</translation>
    </message>
    <message>
        <source>One exercise and its sets per line, e.g. Deadlift 100x5, 120x5, 140x5@8 rest 3m. Enter adds the sets; Ctrl+Z takes the whole line back.</source>
        <translation>Eine Übung und ihre Sätze pro Zeile, z. B. Deadlift 100x5, 120x5, 140x5@8 rest 3m. Die Eingabetaste fügt die Sätze hinzu; Ctrl+Z nimmt die ganze Zeile zurück.</translation>
    </message>
    <message>
        <source>Quick entry preview</source>
        <translation>Vorschau der Schnelleingabe</translation>
    </message>
    <message>
        <source>One exercise and its sets per line; Enter adds them.</source>
        <translation>Eine Übung und ihre Sätze pro Zeile; die Eingabetaste fügt sie hinzu.</translation>
    </message>
    <message>
        <source>One exercise and its sets per line; without a name, 100x5@8 adds to %1.</source>
        <translation>Eine Übung und ihre Sätze pro Zeile; ohne Namen fügt 100x5@8 zu %1 hinzu.</translation>
    </message>
    <message>
        <source>⚠ Column %1: %2</source>
        <translation>⚠ Spalte %1: %2</translation>
    </message>
    <message>
        <source>⚠ %1 Press Enter to add it to the catalogue.</source>
        <translation>⚠ %1 Drücken Sie die Eingabetaste, um sie in den Katalog aufzunehmen.</translation>
    </message>
    <message numerus="yes">
        <source>Enter adds %n set(s) of %1: %2</source>
        <translation>
            <numerusform>Eingabetaste fügt %n Satz von %1 hinzu: %2</numerusform>
            <numerusform>Eingabetaste fügt %n Sätze von %1 hinzu: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Reassessment</name>
    <message numerus="yes">
        <source>%n past soreness report(s) were re-assessed with the new rules.</source>
        <translation>
            <numerusform>%n früherer Beschwerdebericht wurde nach den neuen Regeln neu eingeschätzt.</numerusform>
            <numerusform>%n frühere Beschwerdeberichte wurden nach den neuen Regeln neu eingeschätzt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n changed class.</source>
        <translation>
            <numerusform>Davon hat %n die Einstufung geändert.</numerusform>
            <numerusform>Davon haben %n die Einstufung geändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n now suggest seeing a doctor.</source>
        <translation>
            <numerusform>Davon rät %n jetzt zur ärztlichen Abklärung.</numerusform>
            <numerusform>Davon raten %n jetzt zur ärztlichen Abklärung.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::ReassessmentBar</name>
    <message>
        <source>Re-assessed reports</source>
        <translation>Neu eingeschätzte Berichte</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Ausblenden</translation>
    </message>
    <message>
        <source>Hide this message; it is not shown again</source>
        <translation>Diese Meldung ausblenden; sie wird nicht wieder angezeigt</translation>
    </message>
    <message>
        <source>Their classes can differ from before: look at them on the Soreness page. This is information, not medical advice.</source>
        <translation>Ihre Einstufungen können sich von den bisherigen unterscheiden: Sehen Sie sie sich auf der Seite „Beschwerden“ an. Dies ist eine Information, keine medizinische Beratung.</translation>
    </message>
    <message>
        <source>Spotter could not re-assess the stored soreness reports with the new rules (%1). Their results on screen are still worked out with the new rules.</source>
        <translation>Spotter konnte die gespeicherten Beschwerdeberichte nicht nach den neuen Regeln neu einschätzen (%1). Die Ergebnisse auf dem Bildschirm werden trotzdem nach den neuen Regeln ermittelt.</translation>
    </message>
</context>
<context>
    <name>spotter::Report</name>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>gone %1</source>
        <translation>abgeklungen %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
</context>
<context>
    <name>spotter::ReportDialog</name>
    <message>
        <source>For E&amp;xcel: byte order mark and CRLF line ends</source>
        <translation>Für E&amp;xcel: Byte-Order-Mark und CRLF-Zeilenenden</translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation>&amp;Speichern…</translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation>Fehler der Datenbank: %1</translation>
    </message>
    <message>
        <source>Report for a coach or physio</source>
        <translation>Bericht für Trainer oder Physiotherapeuten</translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation>PDF, zum Drucken oder Versenden</translation>
    </message>
    <message>
        <source>HTML, to open in a browser</source>
        <translation>HTML, zum Öffnen im Browser</translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation>CSV, für Tabellenkalkulationen</translation>
    </message>
    <message>
        <source>The summary, open warnings and see-doctor items first, soreness by class, e1RM of the main lifts, weekly load, the red-flag checklist and the note that this is not medical advice.</source>
        <translation>Zuerst die Zusammenfassung, offene Warnungen und ärztlich abzuklärende Punkte, dann Beschwerden nach Einstufung, e1RM der Hauptübungen, Wochenlast, die Warnzeichen-Checkliste und der Hinweis, dass dies keine medizinische Beratung ist.</translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation>&amp;Athlet:</translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation>F&amp;ormat:</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>In Arbeit</translation>
    </message>
    <message>
        <source>Add an athlete first.</source>
        <translation>Legen Sie zuerst einen Athleten an.</translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation>Der erste Tag liegt nach dem letzten.</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>Bericht speichern</translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <source>That athlete is no longer in the database.</source>
        <translation>Dieser Athlet ist nicht mehr in der Datenbank.</translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation>Bericht wird vorbereitet…</translation>
    </message>
    <message>
        <source>Saved the report of %1 (%2) to %3.</source>
        <translation>Bericht von %1 (%2) unter %3 gespeichert.</translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation>Der Bericht konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
</context>
<context>
    <name>spotter::ReportText</name>
    <message>
        <source>Testing too often</source>
        <translation>Zu häufiges Testen</translation>
    </message>
    <message>
        <source>No easy days</source>
        <translation>Keine leichten Tage</translation>
    </message>
    <message>
        <source>Load jump</source>
        <translation>Lastsprung</translation>
    </message>
    <message>
        <source>Test while still sore</source>
        <translation>Test trotz Beschwerden</translation>
    </message>
    <message>
        <source>signs: %1</source>
        <translation>Anzeichen: %1</translation>
    </message>
    <message>
        <source>red flags: %1</source>
        <translation>Warnzeichen: %1</translation>
    </message>
    <message>
        <source>lift: %1, one-sided</source>
        <translation>Übung: %1, einseitig</translation>
    </message>
    <message>
        <source>lift: %1</source>
        <translation>Übung: %1</translation>
    </message>
    <message>
        <source>after a one-sided lift</source>
        <translation>nach einer einseitigen Übung</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>from %1</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation>alle Einheiten</translation>
    </message>
    <message>
        <source>Training report: %1, %2</source>
        <translation>Trainingsbericht: %1, %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Training report</source>
        <translation>Trainingsbericht</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>Range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Printed</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Weights in</source>
        <translation>Gewichte in</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation>(%1 bis %2)</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Working sets</source>
        <translation>Arbeitssätze</translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation>Tonnage</translation>
    </message>
    <message>
        <source>Testing sessions</source>
        <translation>Testeinheiten</translation>
    </message>
    <message>
        <source>Hard sessions</source>
        <translation>Harte Einheiten</translation>
    </message>
    <message>
        <source>Session-RPE load</source>
        <translation>Session-RPE-Last</translation>
    </message>
    <message>
        <source>Soreness reports</source>
        <translation>Beschwerdeberichte</translation>
    </message>
    <message>
        <source>%1 (%2 still open)</source>
        <translation>%1 (%2 noch offen)</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>Auffälligkeiten</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>No open warnings or see-doctor items.</source>
        <translation>Keine offenen Warnungen oder ärztlich abzuklärenden Punkte.</translation>
    </message>
    <message>
        <source>Soreness that is still present and looks like more than normal training soreness, most urgent first.</source>
        <translation>Beschwerden, die noch bestehen und nach mehr als normalem Muskelkater durch Training aussehen, die dringendsten zuerst.</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Einstufung</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Bemerkt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>What to do</source>
        <translation>Was tun</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Soreness by class</source>
        <translation>Beschwerden nach Einstufung</translation>
    </message>
    <message>
        <source>No soreness reports in this range.</source>
        <translation>Keine Beschwerdeberichte in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n Bericht</numerusform>
            <numerusform>%n Berichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Feels</source>
        <translation>Empfindung</translation>
    </message>
    <message>
        <source>Onset</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>no session</source>
        <translation>keine Einheit</translation>
    </message>
    <message>
        <source>during the session</source>
        <translation>während der Einheit</translation>
    </message>
    <message>
        <source>%1 h after the session</source>
        <translation>%1 h nach der Einheit</translation>
    </message>
    <message>
        <source>gone %1</source>
        <translation>abgeklungen %1</translation>
    </message>
    <message>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message>
        <source>Estimated 1RM of the main lifts</source>
        <translation>Geschätztes 1RM der Hauptübungen</translation>
    </message>
    <message>
        <source>No main-lift sets with an e1RM in this range.</source>
        <translation>Keine Sätze der Hauptübungen mit e1RM in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Lift</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>First</source>
        <translation>Erstes</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>Letztes</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Best</source>
        <translation>Bestes</translation>
    </message>
    <message>
        <source>PRs</source>
        <translation>PRs</translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n Woche</numerusform>
            <numerusform>%n Wochen</numerusform>
        </translation>
    </message>
    <message>
        <source>PR</source>
        <translation>PR</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>Monat</translation>
    </message>
    <message>
        <source>Week of</source>
        <translation>Woche vom</translation>
    </message>
    <message>
        <source>Best e1RM per month</source>
        <translation>Bestes e1RM pro Monat</translation>
    </message>
    <message>
        <source>Best e1RM per week</source>
        <translation>Bestes e1RM pro Woche</translation>
    </message>
    <message>
        <source>Training flags</source>
        <translation>Auffälligkeiten im Training</translation>
    </message>
    <message>
        <source>No flags in this range.</source>
        <translation>Keine Auffälligkeiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>Auffälligkeit</translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation>Warum es wichtig ist</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>caution</source>
        <translation>Vorsicht</translation>
    </message>
    <message>
        <source>monotonous</source>
        <translation>monoton</translation>
    </message>
    <message>
        <source>load spike</source>
        <translation>Lastspitze</translation>
    </message>
    <message>
        <source>weekly jump</source>
        <translation>Wochensprung</translation>
    </message>
    <message>
        <source>Weekly load</source>
        <translation>Wochenlast</translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation>Keine Einheiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Load is session RPE × minutes. The acute:chronic ratio (ACWR) is shown as information, not as an injury risk.</source>
        <translation>Die Last ist Session-RPE × Minuten. Das Verhältnis akut:chronisch (ACWR) wird als Information gezeigt, nicht als Verletzungsrisiko.</translation>
    </message>
    <message>
        <source>Load</source>
        <translation>Last</translation>
    </message>
    <message>
        <source>Monotony</source>
        <translation>Monotonie</translation>
    </message>
    <message>
        <source>Strain</source>
        <translation>Beanspruchung</translation>
    </message>
    <message>
        <source>ACWR</source>
        <translation>ACWR</translation>
    </message>
    <message>
        <source>Red-flag checklist</source>
        <translation>Warnzeichen-Checkliste</translation>
    </message>
    <message>
        <source>Question</source>
        <translation>Frage</translation>
    </message>
    <message>
        <source>If yes</source>
        <translation>Falls ja</translation>
    </message>
    <message>
        <source>Training report: %1</source>
        <translation>Trainingsbericht: %1</translation>
    </message>
    <message>
        <source>e1RM from the RTS chart when RPE or RIR was logged, Epley otherwise; warm-ups never count. A PR beats the best e1RM ever before it. ≈ marks an e1RM estimated from reps alone (no RPE or RIR): it is a PR over a best from rated sets only when more than %1% above it.</source>
        <translation>e1RM aus der RTS-Tabelle, wenn RPE oder RIR erfasst wurde, sonst nach Epley; Aufwärmsätze zählen nie. Eine Bestleistung (PR) übertrifft das beste e1RM davor. ≈ kennzeichnet ein nur aus Wiederholungen geschätztes e1RM (ohne RPE oder RIR): Es ist nur dann eine Bestleistung gegenüber einem Bestwert aus bewerteten Sätzen, wenn es mehr als %1 % darüber liegt.</translation>
    </message>
    <message>
        <source>Tested in</source>
        <translation>Getestet in</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation>≈%1</translation>
    </message>
    <message numerus="yes">
        <source>No sessions %1 – %2 (%n week(s))</source>
        <translation>
            <numerusform>Keine Trainingseinheiten %1 – %2 (%n Woche)</numerusform>
            <numerusform>Keine Trainingseinheiten %1 – %2 (%n Wochen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message numerus="yes">
        <source>Ticked in %n report(s): %1</source>
        <translation>
            <numerusform>Angekreuzt in %n Bericht: %1</numerusform>
            <numerusform>Angekreuzt in %n Berichten: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>☒ marks a flag the athlete ticked in a soreness report of this range.</source>
        <translation>☒ kennzeichnet ein Warnzeichen, das der Athlet in einem Beschwerdebericht dieses Zeitraums angekreuzt hat.</translation>
    </message>
</context>
<context>
    <name>spotter::RestTimer</name>
    <message>
        <source>Rest timer: start it after a set</source>
        <translation>Pausentimer: nach einem Satz starten</translation>
    </message>
    <message>
        <source>Rest %1 of %2</source>
        <translation>Pause %1 von %2</translation>
    </message>
    <message>
        <source>Rest %1 — ready for the next set</source>
        <translation>Pause %1 — bereit für den nächsten Satz</translation>
    </message>
    <message>
        <source>Rested %1 before the last set</source>
        <translation>Pause vor dem letzten Satz: %1</translation>
    </message>
    <message>
        <source>Rest timer</source>
        <translation>Pausentimer</translation>
    </message>
    <message>
        <source>Rest so far</source>
        <translation>Bisherige Pause</translation>
    </message>
    <message>
        <source>Start the rest after a set (Ctrl+T); the next set you log gets the time rested as its rest</source>
        <translation>Die Pause nach einem Satz starten (Ctrl+T); der nächste erfasste Satz erhält die gemessene Zeit als Pause</translation>
    </message>
    <message>
        <source>Stop &amp;rest</source>
        <translation>&amp;Pause beenden</translation>
    </message>
    <message>
        <source>Start &amp;rest</source>
        <translation>&amp;Pause starten</translation>
    </message>
</context>
<context>
    <name>spotter::RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation>&amp;Wiederherstellen…</translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation>Aus Sicherung wiederherstellen</translation>
    </message>
    <message>
        <source>Backups</source>
        <translation>Sicherungen</translation>
    </message>
    <message>
        <source>Replace the open database with the selected backup; the current file is kept as a backup first</source>
        <translation>Die geöffnete Datenbank durch die gewählte Sicherung ersetzen; die aktuelle Datei wird vorher als Sicherung aufbewahrt</translation>
    </message>
    <message>
        <source>Backups of %1, in %2</source>
        <translation>Sicherungen von %1, in %2</translation>
    </message>
    <message>
        <source>No backups yet: one is taken the first time the database is opened each day.</source>
        <translation>Noch keine Sicherungen: Eine wird angelegt, wenn die Datenbank an einem Tag zum ersten Mal geöffnet wird.</translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation>Wählen Sie zuerst eine Sicherung.</translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation>Diese Sicherung kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation>Es wurde nichts wiederhergestellt.</translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation>Wiederherstellen fehlgeschlagen</translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation>Es wurde nichts wiederhergestellt: %1</translation>
    </message>
    <message>
        <source>Restored the backup taken %1. The file it replaced is kept as %2.</source>
        <translation>Die Sicherung vom %1 wurde wiederhergestellt. Die ersetzte Datei ist als %2 aufbewahrt.</translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2 (%3, %4, %5)?

The current file is kept as a backup first; the undo history is cleared.</source>
        <translation>%1 durch die Sicherung vom %2 (%3, %4, %5) ersetzen?

Die aktuelle Datei wird vorher als Sicherung aufbewahrt; der Rückgängig-Verlauf wird gelöscht.</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Einheit</numerusform>
            <numerusform>%n Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n Beschwerdebericht</numerusform>
            <numerusform>%n Beschwerdeberichte</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::RoutineEntry</name>
    <message>
        <source>one share of the e1RM per line; write another line for another share</source>
        <translation>ein Anteil des e1RM pro Zeile; schreiben Sie für einen anderen Anteil eine weitere Zeile</translation>
    </message>
    <message>
        <source>give a target RPE or a load, not both: the RPE sets the load</source>
        <translation>geben Sie eine Ziel-RPE oder eine Last an, nicht beides: Die RPE bestimmt die Last</translation>
    </message>
    <message>
        <source>give a target RPE or a share of the e1RM, not both</source>
        <translation>geben Sie eine Ziel-RPE oder einen Anteil des e1RM an, nicht beides</translation>
    </message>
</context>
<context>
    <name>spotter::RoutinesDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation>&amp;Übernehmen</translation>
    </message>
    <message>
        <source>&amp;Delete routine</source>
        <translation>Trainingsplan &amp;löschen</translation>
    </message>
    <message>
        <source>Routines</source>
        <translation>Trainingspläne</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Keep the name and the athletes shown; Ctrl+Z in the main window undoes it</source>
        <translation>Den angezeigten Namen und die angezeigten Athleten übernehmen; Ctrl+Z im Hauptfenster macht es rückgängig</translation>
    </message>
    <message>
        <source>Delete the routine; its sessions stay; Ctrl+Z in the main window brings it back</source>
        <translation>Den Trainingsplan löschen; seine Einheiten bleiben erhalten; Ctrl+Z im Hauptfenster holt ihn zurück</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Name</translation>
    </message>
    <message>
        <source>Assigned &amp;to</source>
        <translation>Zugewiesen &amp;an</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Einträge</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>No routines yet: log a session and use Save as routine.</source>
        <translation>Noch keine Trainingspläne: Erfassen Sie eine Einheit und verwenden Sie „Als Trainingsplan speichern“.</translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation>Wählen Sie zuerst einen Trainingsplan.</translation>
    </message>
    <message>
        <source>change routine %1</source>
        <translation>Trainingsplan %1 ändern</translation>
    </message>
    <message>
        <source>Saved %1; Ctrl+Z in the main window undoes it.</source>
        <translation>%1 gespeichert; Ctrl+Z im Hauptfenster macht es rückgängig.</translation>
    </message>
    <message>
        <source>delete routine %1</source>
        <translation>Trainingsplan %1 löschen</translation>
    </message>
    <message>
        <source>Deleted %1; Ctrl+Z in the main window brings it back.</source>
        <translation>%1 gelöscht; Ctrl+Z im Hauptfenster holt ihn zurück.</translation>
    </message>
    <message>
        <source>The routine&apos;s exercises</source>
        <translation>Die Übungen der Routine</translation>
    </message>
</context>
<context>
    <name>spotter::Rules</name>
    <message>
        <source>It started with a serious accident: a fall from height, a collision, or a bar dropped on the neck, chest or head.</source>
        <translation>Es begann mit einem schweren Unfall: einem Sturz aus der Höhe, einem Zusammenstoß oder einer Stange, die auf Nacken, Brust oder Kopf gefallen ist.</translation>
    </message>
    <message>
        <source>A serious accident can break bones or injure the spine or organs even when the pain seems manageable.</source>
        <translation>Ein schwerer Unfall kann Knochen brechen oder die Wirbelsäule oder innere Organe verletzen, auch wenn die Schmerzen erträglich erscheinen.</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now. If the neck or back was hit, keep still until help arrives.</source>
        <translation>Rufen Sie sofort den Notruf 112 an oder gehen Sie sofort in eine Notaufnahme. Wenn Nacken oder Rücken getroffen wurden, bewegen Sie sich nicht, bis Hilfe eintrifft.</translation>
    </message>
    <message>
        <source>Dark, tea- or cola-coloured urine, or passing little or no urine; or pain far beyond usual with swelling and weakness (it cannot be used, a leg-weakness flag, or it stops everyday activities).</source>
        <translation>Dunkler, tee- oder colafarbener Urin oder wenig bis gar kein Urin; oder Schmerzen weit über dem Üblichen mit Schwellung und Schwäche (es kann nicht benutzt werden, ein Warnzeichen für Beinschwäche, oder es verhindert Alltagsaktivitäten).</translation>
    </message>
    <message>
        <source>Dark urine or little urine after hard exercise can mean muscle breakdown that harms the kidneys (rhabdomyolysis).</source>
        <translation>Dunkler Urin oder wenig Urin nach hartem Training kann einen Muskelzerfall bedeuten, der die Nieren schädigt (Rhabdomyolyse).</translation>
    </message>
    <message>
        <source>Stop exercising and get medical care now: call your local emergency number or go to an emergency department, and ask to be checked for rhabdomyolysis (CK blood test). Sip water on the way.</source>
        <translation>Hören Sie mit dem Training auf und holen Sie sich sofort medizinische Hilfe: Rufen Sie den Notruf 112 an oder gehen Sie in eine Notaufnahme, und bitten Sie um eine Untersuchung auf Rhabdomyolyse (CK-Bluttest). Trinken Sie unterwegs schluckweise Wasser.</translation>
    </message>
    <message>
        <source>A sudden, severe, worst-ever headache during or right after effort; or pain in the head noticed within the threshold hours of the session (or at an unknown time) at or above the intensity threshold (or unknown).</source>
        <translation>Plötzliche, heftige Kopfschmerzen, die schlimmsten je erlebten, während oder direkt nach einer Anstrengung; oder Kopfschmerzen, bemerkt innerhalb der Schwellenwert-Stunden nach der Einheit (oder zu unbekannter Zeit), mit einer Stärke auf oder über dem Intensitäts-Schwellenwert (oder unbekannt).</translation>
    </message>
    <message>
        <source>A sudden, severe headache at effort can be bleeding around the brain (subarachnoid haemorrhage).</source>
        <translation>Plötzliche, heftige Kopfschmerzen bei Anstrengung können eine Blutung im Bereich des Gehirns sein (Subarachnoidalblutung).</translation>
    </message>
    <message>
        <source>Call your local emergency number now. Do not drive yourself, and do not lift again until a doctor has checked you.</source>
        <translation>Rufen Sie sofort den Notruf 112 an. Fahren Sie nicht selbst, und heben Sie keine Gewichte mehr, bis Sie ärztlich untersucht wurden.</translation>
    </message>
    <message>
        <source>Chest pain or pressure that is not sore muscle (spreading to the arm, jaw or back, or with breathlessness, sweating, nausea or faintness); chest pain with pain or tingling down an arm; or chest pain at rest that began within the threshold hours of the session (or at an unknown time).</source>
        <translation>Brustschmerzen oder Druck auf der Brust, die kein Muskelkater sind (ausstrahlend in Arm, Kiefer oder Rücken oder mit Atemnot, Schwitzen, Übelkeit oder Ohnmachtsgefühl); Brustschmerzen mit Schmerzen oder Kribbeln, die in einen Arm ziehen; oder Brustschmerzen in Ruhe, die innerhalb der Schwellenwert-Stunden nach der Einheit (oder zu unbekannter Zeit) begonnen haben.</translation>
    </message>
    <message>
        <source>Chest pain or pressure that is not sore muscle can come from the heart.</source>
        <translation>Brustschmerzen oder Druck auf der Brust, die kein Muskelkater sind, können vom Herzen kommen.</translation>
    </message>
    <message>
        <source>Call your local emergency number now. Stop exercising, sit down, and do not drive yourself.</source>
        <translation>Rufen Sie sofort den Notruf 112 an. Hören Sie mit dem Training auf, setzen Sie sich hin und fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <source>A sudden tearing or ripping pain in the chest or between the shoulder blades.</source>
        <translation>Ein plötzlicher reißender oder zerreißender Schmerz in der Brust oder zwischen den Schulterblättern.</translation>
    </message>
    <message>
        <source>A sudden tearing pain in the chest or back at effort can be a tear in the main artery (aortic dissection).</source>
        <translation>Ein plötzlicher reißender Schmerz in Brust oder Rücken bei Anstrengung kann ein Einriss der Hauptschlagader sein (Aortendissektion).</translation>
    </message>
    <message>
        <source>Call your local emergency number now. Stop, sit or lie down, and do not drive yourself.</source>
        <translation>Rufen Sie sofort den Notruf 112 an. Hören Sie auf, setzen oder legen Sie sich hin und fahren Sie nicht selbst.</translation>
    </message>
    <message>
        <source>A hot, red, swollen joint; or a fever with swelling in or around a joint.</source>
        <translation>Ein heißes, rotes, geschwollenes Gelenk; oder Fieber mit einer Schwellung in einem Gelenk oder um ein Gelenk herum.</translation>
    </message>
    <message>
        <source>A hot, red, swollen joint, especially with a fever, can be an infection inside the joint (septic arthritis), which can damage it within days.</source>
        <translation>Ein heißes, rotes, geschwollenes Gelenk, besonders mit Fieber, kann eine Infektion im Gelenk sein (septische Arthritis), die es innerhalb von Tagen schädigen kann.</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number. Do not train until it has been checked.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an. Trainieren Sie nicht, bis es untersucht wurde.</translation>
    </message>
    <message>
        <source>The muscle is tense or hard, or stretching it hurts (moving the fingers or toes), and it has not settled; or the hand or foot below the pain is pale, cold or numb.</source>
        <translation>Der Muskel ist angespannt oder hart, oder Dehnen schmerzt (Bewegen der Finger oder Zehen), und es hat sich nicht beruhigt; oder die Hand oder der Fuß unterhalb des Schmerzes ist blass, kalt oder taub.</translation>
    </message>
    <message>
        <source>A tense, hard muscle that hurts when stretched, or a pale, cold or numb hand or foot, can mean the pressure in the muscle is cutting off its blood supply (compartment syndrome).</source>
        <translation>Ein angespannter, harter Muskel, der bei Dehnung schmerzt, oder eine blasse, kalte oder taube Hand bzw. ein solcher Fuß kann bedeuten, dass der Druck im Muskel dessen Blutversorgung abschnürt (Kompartmentsyndrom).</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now: this can need surgery within hours. Loosen anything tight around the limb and keep it at the level of your heart.</source>
        <translation>Rufen Sie sofort den Notruf 112 an oder gehen Sie sofort in eine Notaufnahme: Dies kann innerhalb von Stunden eine Operation erfordern. Lockern Sie alles, was eng um die Gliedmaße sitzt, und halten Sie sie auf Herzhöhe.</translation>
    </message>
    <message>
        <source>Vomiting, confusion or feeling very unwell; or pain at or above the threshold with swelling or weakness; or muscle pain (not sharp) at or above the threshold after new or unusually hard work (first time on the lift, a testing session, a load jump).</source>
        <translation>Erbrechen, Verwirrtheit oder starkes Krankheitsgefühl; oder Schmerzen auf oder über dem Schwellenwert mit Schwellung oder Schwäche; oder Muskelschmerzen (nicht scharf) auf oder über dem Schwellenwert nach neuer oder ungewohnt harter Belastung (erstes Mal bei der Übung, eine Testeinheit, ein Lastsprung).</translation>
    </message>
    <message>
        <source>Extreme muscle pain, swelling or weakness after hard or new work, or feeling very unwell, can be muscle breakdown (rhabdomyolysis).</source>
        <translation>Extreme Muskelschmerzen, Schwellung oder Schwäche nach harter oder neuer Belastung oder ein starkes Krankheitsgefühl können ein Muskelzerfall sein (Rhabdomyolyse).</translation>
    </message>
    <message>
        <source>Stop exercising, drink water, and see a doctor today (urgent care if your own doctor cannot see you today); ask for a CK blood test.</source>
        <translation>Hören Sie mit dem Training auf, trinken Sie Wasser und lassen Sie sich noch heute ärztlich untersuchen (in einer Notfallpraxis, falls Ihre Hausarztpraxis Sie heute nicht annehmen kann); bitten Sie um einen CK-Bluttest.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if your urine turns dark (tea or cola), you pass little urine, or you become confused.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Ihr Urin dunkel wird (wie Tee oder Cola), Sie wenig Urin lassen oder Sie verwirrt werden.</translation>
    </message>
    <message>
        <source>A new lump or bulge in the groin or belly.</source>
        <translation>Eine neue Beule oder Vorwölbung in der Leiste oder am Bauch.</translation>
    </message>
    <message>
        <source>A new lump or bulge in the groin or belly after lifting is often a hernia.</source>
        <translation>Eine neue Beule oder Vorwölbung in der Leiste oder am Bauch nach dem Heben ist oft ein Bruch (Hernie).</translation>
    </message>
    <message>
        <source>Book a doctor within a few days, and avoid heavy lifting and straining until then.</source>
        <translation>Vereinbaren Sie innerhalb weniger Tage einen Arzttermin und vermeiden Sie bis dahin schweres Heben und Pressen.</translation>
    </message>
    <message>
        <source>Go to an emergency department now if it becomes very painful, firm or tender, cannot be pushed back, or you vomit or cannot poo or pass wind.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme, wenn die Stelle sehr schmerzhaft, fest oder druckempfindlich wird, sich nicht zurückdrücken lässt oder Sie erbrechen müssen, keinen Stuhlgang haben oder keine Winde abgehen.</translation>
    </message>
    <message>
        <source>A new lump in the groin or belly with pain at or above the threshold (or unknown).</source>
        <translation>Eine neue Beule in der Leiste oder am Bauch mit Schmerzen auf oder über dem Schwellenwert (oder unbekannt).</translation>
    </message>
    <message>
        <source>A painful new lump in the groin or belly can be a hernia that is getting trapped.</source>
        <translation>Eine schmerzhafte neue Beule in der Leiste oder am Bauch kann ein Bruch sein, der sich einklemmt.</translation>
    </message>
    <message>
        <source>See a doctor today (urgent care if your own doctor cannot see you today), and do not lift.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen (in einer Notfallpraxis, falls Ihre Hausarztpraxis Sie heute nicht annehmen kann), und heben Sie nichts.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if the pain gets severe, the lump turns firm or tender or will not go back, or you vomit.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn die Schmerzen stark werden, die Beule fest oder druckempfindlich wird oder nicht zurückgeht, oder wenn Sie erbrechen müssen.</translation>
    </message>
    <message>
        <source>A new lump in the groin or belly with vomiting or feeling very unwell, or with pain at or above the threshold.</source>
        <translation>Eine neue Beule in der Leiste oder am Bauch mit Erbrechen oder starkem Krankheitsgefühl oder mit Schmerzen auf oder über dem Schwellenwert.</translation>
    </message>
    <message>
        <source>A lump in the groin or belly with severe pain or vomiting can be a trapped (strangulated) hernia.</source>
        <translation>Eine Beule in der Leiste oder am Bauch mit starken Schmerzen oder Erbrechen kann ein eingeklemmter (inkarzerierter) Bruch sein.</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number: a trapped hernia needs surgery within hours.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an: Ein eingeklemmter Bruch muss innerhalb von Stunden operiert werden.</translation>
    </message>
    <message>
        <source>A joint that has changed shape (the deformity and joint signs).</source>
        <translation>Ein Gelenk, das seine Form verändert hat (die Anzeichen „Formveränderung“ und „Gelenk“).</translation>
    </message>
    <message>
        <source>A joint out of shape after a lift or a fall can be dislocated or broken.</source>
        <translation>Ein Gelenk, das nach einer Übung oder einem Sturz verformt ist, kann ausgerenkt oder gebrochen sein.</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number. Do not try to put it back; keep it still in the least painful position.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an. Versuchen Sie nicht, es wieder einzurenken; halten Sie es in der am wenigsten schmerzhaften Stellung ruhig.</translation>
    </message>
    <message>
        <source>Pain in the belly or groin (or an unknown region) at or above the threshold with vomiting or feeling very unwell.</source>
        <translation>Schmerzen im Bauch oder in der Leiste (oder in einer unbekannten Körperregion) auf oder über dem Schwellenwert mit Erbrechen oder starkem Krankheitsgefühl.</translation>
    </message>
    <message>
        <source>Severe belly or groin pain with vomiting can be a surgical emergency (a twisted testicle, a trapped hernia, an inflamed organ), not a strained muscle.</source>
        <translation>Starke Bauch- oder Leistenschmerzen mit Erbrechen können ein chirurgischer Notfall sein (ein verdrehter Hoden, ein eingeklemmter Bruch, ein entzündetes Organ) und keine Muskelzerrung.</translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number. Do not eat or drink until you have been seen.</source>
        <translation>Gehen Sie sofort in eine Notaufnahme oder rufen Sie den Notruf 112 an. Essen und trinken Sie nichts, bis Sie untersucht wurden.</translation>
    </message>
    <message>
        <source>One leg (or an unknown region) swollen on one side, and aching at rest or getting worse.</source>
        <translation>Ein Bein (oder eine unbekannte Körperregion) einseitig geschwollen und in Ruhe schmerzend oder zunehmend schlimmer.</translation>
    </message>
    <message>
        <source>One calf or leg that is swollen and throbs at rest, or keeps getting worse, can be a blood clot (deep vein thrombosis).</source>
        <translation>Eine Wade oder ein Bein, die geschwollen ist und in Ruhe pocht oder immer schlimmer wird, kann ein Blutgerinnsel sein (tiefe Beinvenenthrombose).</translation>
    </message>
    <message>
        <source>Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today), and say you are worried about a clot.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen (in einer Notfallpraxis, falls Ihre Hausarztpraxis Sie heute nicht annehmen kann), und sagen Sie, dass Sie ein Blutgerinnsel befürchten.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if you get short of breath, chest pain, or cough up blood.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Sie Atemnot oder Brustschmerzen bekommen oder Blut husten.</translation>
    </message>
    <message>
        <source>The muscle went tense or hard during the exercise and has settled since (the tense sign on a report that is gone).</source>
        <translation>Der Muskel wurde während der Übung angespannt oder hart und hat sich seitdem beruhigt (das Anzeichen „angespannt“ bei einem abgeklungenen Bericht).</translation>
    </message>
    <message>
        <source>A compartment that tightens with exercise and settles with rest can be exertional compartment syndrome.</source>
        <translation>Eine Muskelloge, die sich bei Belastung verhärtet und in Ruhe wieder entspannt, kann ein belastungsinduziertes Kompartmentsyndrom sein.</translation>
    </message>
    <message>
        <source>Book a doctor or sports physio within a few days, and stop the set when it starts to tighten.</source>
        <translation>Vereinbaren Sie innerhalb weniger Tage einen Termin in einer Arzt- oder Sportphysiotherapiepraxis, und brechen Sie den Satz ab, sobald es sich verhärtet.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if it stays hard after you stop, or the hand or foot goes pale, cold or numb.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn es nach dem Aufhören hart bleibt oder die Hand bzw. der Fuß blass, kalt oder taub wird.</translation>
    </message>
    <message>
        <source>Intensity at or above the threshold (not the burn of a set that is gone); or it stops everyday activities; or it is still getting worse more than the threshold hours after the session.</source>
        <translation>Intensität auf oder über dem Schwellenwert (nicht das abgeklungene Brennen eines Satzes); oder es verhindert Alltagsaktivitäten; oder es wird mehr als die Schwellenwert-Stunden nach der Einheit noch schlimmer.</translation>
    </message>
    <message>
        <source>Severe pain, pain that limits daily life, or pain still getting worse days after the session is more than training soreness.</source>
        <translation>Starke Schmerzen, Schmerzen, die den Alltag einschränken, oder Schmerzen, die Tage nach der Trainingseinheit noch zunehmen, sind mehr als Muskelkater vom Training.</translation>
    </message>
    <message>
        <source>Intensity at or above the threshold and not clearly the DOMS pattern (not the burn of a set that is gone).</source>
        <translation>Intensität auf oder über dem Schwellenwert und nicht eindeutig das DOMS-Muster (nicht das abgeklungene Brennen eines Satzes).</translation>
    </message>
    <message>
        <source>Strong pain without the pattern of training soreness is more than DOMS.</source>
        <translation>Starke Schmerzen ohne das Muster von Muskelkater vom Training sind mehr als Muskelkater (DOMS).</translation>
    </message>
    <message>
        <source>Still present longer than the first threshold after the session, or present longer than the second threshold and not improving (an unknown trend counts as not improving).</source>
        <translation>Länger als der erste Schwellenwert nach der Einheit noch vorhanden, oder länger als der zweite Schwellenwert vorhanden und keine Besserung (eine unbekannte Tendenz zählt als keine Besserung).</translation>
    </message>
    <message>
        <source>Soreness from training should be gone by now.</source>
        <translation>Muskelkater vom Training sollte inzwischen abgeklungen sein.</translation>
    </message>
    <message>
        <source>Get a same-day appointment if it gets worse, or numbness or weakness appears.</source>
        <translation>Lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn es schlimmer wird oder Taubheit oder Schwäche auftritt.</translation>
    </message>
    <message>
        <source>Noticed during the lift and sharp or sudden, or stops everyday activities; or a pop was heard or felt.</source>
        <translation>Während der Übung bemerkt und scharf oder plötzlich, oder es verhindert Alltagsaktivitäten; oder ein Knall wurde gehört oder gespürt.</translation>
    </message>
    <message>
        <source>Pain that started during the lift, sharp or with a pop, points to a strain rather than training soreness.</source>
        <translation>Schmerzen, die während der Übung begannen, scharf oder mit einem Knall, sprechen eher für eine Zerrung als für Muskelkater vom Training.</translation>
    </message>
    <message>
        <source>Sharp, stabbing or shooting pain, at any time.</source>
        <translation>Scharfe, stechende oder einschießende Schmerzen, zu jeder Zeit.</translation>
    </message>
    <message>
        <source>Sharp, stabbing or shooting pain is not typical of training soreness.</source>
        <translation>Scharfe, stechende oder einschießende Schmerzen sind nicht typisch für Muskelkater vom Training.</translation>
    </message>
    <message>
        <source>One spot you can point to, on or beside the spine, in a joint rather than the muscle, or worse when bending backwards.</source>
        <translation>Eine Stelle, auf die Sie zeigen können, an oder neben der Wirbelsäule, eher im Gelenk als im Muskel, oder schlimmer beim Zurückbeugen.</translation>
    </message>
    <message>
        <source>Pain at one spot, on the spine, in a joint or on bending backwards is not typical of training soreness.</source>
        <translation>Schmerzen an einer Stelle, an der Wirbelsäule, in einem Gelenk oder beim Zurückbeugen sind nicht typisch für Muskelkater vom Training.</translation>
    </message>
    <message>
        <source>Pain at rest (and not worse at night or disrupting sleep, which is SR-05).</source>
        <translation>Schmerzen in Ruhe (und nicht nachts schlimmer oder den Schlaf störend; das ist SR-05).</translation>
    </message>
    <message>
        <source>Training soreness hurts on movement, not at rest.</source>
        <translation>Muskelkater vom Training schmerzt bei Bewegung, nicht in Ruhe.</translation>
    </message>
    <message>
        <source>Rest the area and skip exercises that load it. See a physio or doctor if it is not clearly better in %1 h; get a same-day appointment if it wakes you at night.</source>
        <translation>Schonen Sie die Körperregion und lassen Sie Übungen weg, die sie belasten. Lassen Sie es physiotherapeutisch oder ärztlich abklären, wenn es in %1 h nicht deutlich besser ist; lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn es Sie nachts weckt.</translation>
    </message>
    <message>
        <source>Visible bruising, or swelling around a joint (a joint sign, or a joint region).</source>
        <translation>Sichtbarer Bluterguss oder Schwellung um ein Gelenk (ein Gelenk-Anzeichen oder eine Gelenkregion).</translation>
    </message>
    <message>
        <source>Bruising, or swelling around a joint, points to a strain or sprain.</source>
        <translation>Ein Bluterguss oder eine Schwellung um ein Gelenk spricht für eine Zerrung oder Verstauchung.</translation>
    </message>
    <message>
        <source>Protect and rest it; ice for 2–3 days helps. See a physio or doctor if you cannot use it normally, or it is not clearly better in %1 h.</source>
        <translation>Schützen und schonen Sie es; Kühlen für 2–3 Tage hilft. Lassen Sie es physiotherapeutisch oder ärztlich abklären, wenn Sie es nicht normal benutzen können oder es in %1 h nicht deutlich besser ist.</translation>
    </message>
    <message>
        <source>Present longer than the first threshold and at most the second, and improving or gone.</source>
        <translation>Länger als der erste Schwellenwert und höchstens so lange wie der zweite vorhanden, und besser werdend oder abgeklungen.</translation>
    </message>
    <message>
        <source>It has lasted longer than typical DOMS (5–7 days).</source>
        <translation>Es hält länger an als typischer Muskelkater (DOMS, 5–7 Tage).</translation>
    </message>
    <message>
        <source>Keep the load on the area light. If it is not gone by day %1, see a doctor.</source>
        <translation>Belasten Sie die Körperregion nur leicht. Wenn es bis Tag %1 nicht abgeklungen ist, lassen Sie es ärztlich abklären.</translation>
    </message>
    <message>
        <source>A visible bulge, gap or changed shape; or a pop, or sharp pain at onset, with bruising or swelling.</source>
        <translation>Eine sichtbare Vorwölbung, Delle oder Formveränderung; oder ein Knall oder scharfer Schmerz zu Beginn, mit Bluterguss oder Schwellung.</translation>
    </message>
    <message>
        <source>A pop or tearing feeling with bruising, swelling, a bulge or a gap can be a torn muscle or tendon.</source>
        <translation>Ein Knall oder Reißgefühl mit Bluterguss, Schwellung, einer Vorwölbung oder einer Delle kann ein Muskel- oder Sehnenriss sein.</translation>
    </message>
    <message>
        <source>Stop training the area and book a doctor or physio within a few days: some tendon tears (the biceps at the elbow, the pec, the quad or patellar tendon, the Achilles) are best repaired within days.</source>
        <translation>Trainieren Sie die Körperregion nicht mehr und vereinbaren Sie innerhalb weniger Tage einen Arzt- oder Physiotherapietermin: Manche Sehnenrisse (der Bizeps am Ellbogen, der Brustmuskel, die Quadrizeps- oder Patellasehne, die Achillessehne) werden am besten innerhalb weniger Tage versorgt.</translation>
    </message>
    <message>
        <source>Get a same-day appointment if you cannot use the muscle (bend or turn the forearm, straighten the knee, push off the foot); call your local emergency number if the limb below turns pale, cold or numb.</source>
        <translation>Lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn Sie den Muskel nicht benutzen können (den Unterarm beugen oder drehen, das Knie strecken, sich mit dem Fuß abstoßen); rufen Sie den Notruf 112 an, wenn die Gliedmaße unterhalb blass, kalt oder taub wird.</translation>
    </message>
    <message>
        <source>The muscle or joint cannot do its job: it cannot bear weight, straighten the knee, bend or turn the forearm, or push off the foot.</source>
        <translation>Der Muskel oder das Gelenk kann seine Aufgabe nicht erfüllen: Es kann kein Gewicht tragen, das Knie nicht strecken, den Unterarm nicht beugen oder drehen oder sich nicht mit dem Fuß abstoßen.</translation>
    </message>
    <message>
        <source>When a muscle or joint cannot do its job, a tendon may be torn or a bone broken; some repairs cannot wait.</source>
        <translation>Wenn ein Muskel oder Gelenk seine Aufgabe nicht erfüllen kann, ist möglicherweise eine Sehne gerissen oder ein Knochen gebrochen; manche Behandlungen können nicht warten.</translation>
    </message>
    <message>
        <source>See a doctor or urgent care today; do not try to train it, and keep weight off it.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen, in einer Praxis oder einer Notfallpraxis; versuchen Sie nicht, es zu trainieren, und belasten Sie es nicht.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if the limb below turns pale, cold or numb, or the pain becomes extreme.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn die Gliedmaße unterhalb blass, kalt oder taub wird oder die Schmerzen extrem werden.</translation>
    </message>
    <message>
        <source>The joint locks, catches or gives way; or a pop with swelling in or around a joint.</source>
        <translation>Das Gelenk blockiert, hakt oder gibt nach; oder ein Knall mit Schwellung in einem Gelenk oder um ein Gelenk herum.</translation>
    </message>
    <message>
        <source>A joint that locks or gives way, or swells fast after a pop, can have a torn ligament or cartilage.</source>
        <translation>Ein Gelenk, das blockiert oder nachgibt oder nach einem Knall schnell anschwillt, kann einen Bänder- oder Knorpelriss haben.</translation>
    </message>
    <message>
        <source>See a doctor or urgent care today, and do not load the joint until it has been checked.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen, in einer Praxis oder einer Notfallpraxis, und belasten Sie das Gelenk nicht, bis es untersucht wurde.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if it turns hot and red with a fever, or the limb below turns pale, cold or numb.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn es heiß und rot wird und Sie Fieber haben oder die Gliedmaße unterhalb blass, kalt oder taub wird.</translation>
    </message>
    <message>
        <source>A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped against a joint.</source>
        <translation>Ein leichter Stoß: eine Scheibe oder Kurzhantel, die auf einen Fuß oder eine Hand gefallen ist, oder eine Stange, die gegen ein Gelenk gestoßen ist.</translation>
    </message>
    <message>
        <source>A knock from a dropped plate or a bar can bruise or break a small bone.</source>
        <translation>Ein Stoß durch eine heruntergefallene Scheibe oder eine Stange kann einen kleinen Knochen prellen oder brechen.</translation>
    </message>
    <message>
        <source>Have it checked by a doctor or a minor injuries unit within a few days; an X-ray may be needed.</source>
        <translation>Lassen Sie es innerhalb weniger Tage ärztlich oder in einer Unfallambulanz untersuchen; eventuell ist ein Röntgenbild nötig.</translation>
    </message>
    <message>
        <source>Get it checked today if you cannot put weight on it or use it, it changes shape, or one spot on the bone is very tender.</source>
        <translation>Lassen Sie es noch heute untersuchen, wenn Sie es nicht belasten oder benutzen können, es seine Form verändert oder eine Stelle am Knochen sehr druckempfindlich ist.</translation>
    </message>
    <message>
        <source>A minor knock, and: it cannot be used, it changed shape, one tender spot, pain at or above the threshold, on the back or neck; or weaker bones (older than the SR-34 age, long-term steroids or osteoporosis).</source>
        <translation>Ein leichter Stoß, und: es kann nicht benutzt werden, es hat seine Form verändert, eine druckempfindliche Stelle, Schmerzen auf oder über dem Schwellenwert, am Rücken oder Nacken; oder schwächere Knochen (älter als das SR-34-Alter, langfristige Steroideinnahme oder Osteoporose).</translation>
    </message>
    <message>
        <source>After a knock, not being able to use it, a changed shape or one tender spot on the bone can mean a fracture.</source>
        <translation>Wenn Sie es nach einem Stoß nicht benutzen können, es seine Form verändert hat oder eine Stelle am Knochen druckempfindlich ist, kann das ein Bruch sein.</translation>
    </message>
    <message>
        <source>Get it checked and X-rayed today (urgent care or a minor injuries unit), and do not train on it.</source>
        <translation>Lassen Sie es noch heute untersuchen und röntgen (Notfallpraxis oder Unfallambulanz), und trainieren Sie nicht damit.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if the limb below turns pale, cold or numb, or a knock to the neck or back is followed by numbness or weakness.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn die Gliedmaße unterhalb blass, kalt oder taub wird oder nach einem Stoß gegen Nacken oder Rücken Taubheit oder Schwäche auftritt.</translation>
    </message>
    <message>
        <source>Noticed during the lift (or after a knock), in or at a joint, with swelling and one tender spot.</source>
        <translation>Während der Übung (oder nach einem Stoß) bemerkt, in einem oder an einem Gelenk, mit Schwellung und einer druckempfindlichen Stelle.</translation>
    </message>
    <message>
        <source>Swelling and one tender spot on the bone at a joint after an injury can be a fracture (the wrist after a fall on the hand, the ankle after a roll).</source>
        <translation>Schwellung und eine druckempfindliche Stelle am Knochen an einem Gelenk nach einer Verletzung können ein Bruch sein (das Handgelenk nach einem Sturz auf die Hand, das Sprunggelenk nach dem Umknicken).</translation>
    </message>
    <message>
        <source>Get it X-rayed today (urgent care or a minor injuries unit), and keep it still until then.</source>
        <translation>Lassen Sie es noch heute röntgen (Notfallpraxis oder Unfallambulanz), und stellen Sie es bis dahin ruhig.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if it changes shape, or the hand or foot below turns pale, cold or numb.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn es seine Form verändert oder die Hand bzw. der Fuß unterhalb blass, kalt oder taub wird.</translation>
    </message>
    <message>
        <source>Still there more than the SR-24 improving hours after the session, for at most the SR-11 no-improvement hours, and not improving (an unknown trend counts as not improving).</source>
        <translation>Mehr als die SR-24-Besserungsstunden nach der Einheit noch vorhanden, höchstens die SR-11-Stunden ohne Besserung lang, und keine Besserung (eine unbekannte Tendenz zählt als keine Besserung).</translation>
    </message>
    <message>
        <source>Training soreness should be easing after 3 days; this is not.</source>
        <translation>Muskelkater vom Training sollte nach 3 Tagen nachlassen; das ist hier nicht der Fall.</translation>
    </message>
    <message>
        <source>Keep the load on the area light and skip what hurts. See a physio if it is not clearly better by day %1; check again sooner if it gets worse.</source>
        <translation>Belasten Sie die Körperregion nur leicht und lassen Sie weg, was schmerzt. Lassen Sie es physiotherapeutisch abklären, wenn es bis Tag %1 nicht deutlich besser ist; machen Sie früher eine neue Einschätzung, wenn es schlimmer wird.</translation>
    </message>
    <message>
        <source>A burning pain that is not the burn of a hard set: noticed later than the SR-26 onset hours, or not gone within the SR-26 hours.</source>
        <translation>Ein brennender Schmerz, der nicht das Brennen eines harten Satzes ist: später als die SR-26-Beginnstunden bemerkt oder nicht innerhalb der SR-26-Stunden abgeklungen.</translation>
    </message>
    <message>
        <source>A burning pain that is not the muscle burn of a hard set can come from a nerve or an irritated tendon.</source>
        <translation>Ein brennender Schmerz, der nicht das Muskelbrennen eines harten Satzes ist, kann von einem Nerv oder einer gereizten Sehne kommen.</translation>
    </message>
    <message>
        <source>Stop the exercise that set it off, and see a physio or doctor if it is not clearly better in %1 h. Pain, tingling or numbness going down an arm or a leg is a nerve sign: check again if it appears.</source>
        <translation>Lassen Sie die Übung weg, die es ausgelöst hat, und lassen Sie es physiotherapeutisch oder ärztlich abklären, wenn es in %1 h nicht deutlich besser ist. Schmerzen, Kribbeln oder Taubheit, die in einen Arm oder ein Bein ausstrahlen, sind ein Nervenzeichen: Machen Sie eine neue Einschätzung, wenn das auftritt.</translation>
    </message>
    <message>
        <source>Soreness in the same region after every session of the lift for at least the threshold number of consecutive weeks, training it every week.</source>
        <translation>Beschwerden in derselben Körperregion nach jeder Einheit der Übung, mindestens die Schwellenwert-Anzahl aufeinanderfolgender Wochen lang, bei wöchentlichem Training der Übung.</translation>
    </message>
    <message>
        <source>Soreness after every session of a lift for weeks is not the expected course: it should lessen as you keep training.</source>
        <translation>Beschwerden nach jeder Einheit einer Übung über Wochen sind nicht der erwartete Verlauf: Sie sollten nachlassen, wenn Sie weiter trainieren.</translation>
    </message>
    <message>
        <source>After %1 weeks of regular training this should not keep happening. Review technique, warm-up, load jumps and testing sessions; consider a coach or physio check.</source>
        <translation>Nach %1 Wochen regelmäßigen Trainings sollte das nicht immer wieder passieren. Überprüfen Sie Technik, Aufwärmen, Lastsprünge und Testeinheiten; ziehen Sie eine Überprüfung durch einen Trainer oder in der Physiotherapie in Betracht.</translation>
    </message>
    <message>
        <source>Lower-back soreness that may be the DOMS pattern, after training the lift for at least the threshold weeks with no layoff of the threshold length.</source>
        <translation>Beschwerden im unteren Rücken, die dem DOMS-Muster entsprechen können, nachdem die Übung mindestens die Schwellenwert-Wochen lang ohne Trainingspause von Schwellenwert-Länge trainiert wurde.</translation>
    </message>
    <message>
        <source>Lower-back soreness after weeks on the lift suggests the back is doing work the hips and legs should do.</source>
        <translation>Beschwerden im unteren Rücken nach Wochen mit dieser Übung deuten darauf hin, dass der Rücken Arbeit leistet, die Hüfte und Beine leisten sollten.</translation>
    </message>
    <message>
        <source>Some upper-back soreness is normal, but the lower back should stay rigid. Check your setup and bracing (lower back rounding, hips rising early, hips too high at the start); lower the load if form breaks.</source>
        <translation>Etwas Muskelkater im oberen Rücken ist normal, aber der untere Rücken sollte stabil bleiben. Überprüfen Sie Ihre Ausgangsposition und Rumpfspannung (runder unterer Rücken, zu früh steigende Hüfte, zu hohe Hüfte beim Start); verringern Sie das Gewicht, wenn die Technik zusammenbricht.</translation>
    </message>
    <message>
        <source>Soreness that may be the DOMS pattern with an intensity between the two thresholds.</source>
        <translation>Beschwerden, die dem DOMS-Muster entsprechen können, mit einer Intensität zwischen den beiden Schwellenwerten.</translation>
    </message>
    <message>
        <source>This is strong training soreness.</source>
        <translation>Das ist starker Muskelkater vom Training.</translation>
    </message>
    <message>
        <source>Keep moving lightly, and do no heavy or testing work on this area until it is %1/10 or less. See a doctor if it is still %2/10 or more after %3 h or it limits daily life; get care now if your urine turns dark.</source>
        <translation>Bewegen Sie sich weiter leicht, und trainieren Sie diese Körperregion weder schwer noch mit Testen, bis es bei %1/10 oder weniger liegt. Lassen Sie es ärztlich abklären, wenn es nach %3 h noch bei %2/10 oder mehr liegt oder den Alltag einschränkt; holen Sie sich sofort medizinische Hilfe, wenn Ihr Urin dunkel wird.</translation>
    </message>
    <message>
        <source>Soreness that may be the DOMS pattern on one side only after a two-sided lift (a lift given as one-sided does not count).</source>
        <translation>Beschwerden, die dem DOMS-Muster entsprechen können, nur auf einer Seite nach einer beidseitigen Übung (eine als einseitig angegebene Übung zählt nicht).</translation>
    </message>
    <message>
        <source>Soreness on one side only after a two-sided lift can mean a technique shift or a strain.</source>
        <translation>Beschwerden nur auf einer Seite nach einer beidseitigen Übung können eine Verschiebung in der Technik oder eine Zerrung bedeuten.</translation>
    </message>
    <message>
        <source>Watch it, and check your setup for a shift to one side; check again if it becomes sharp or pinpoint.</source>
        <translation>Beobachten Sie es und prüfen Sie Ihre Ausgangsposition auf eine Verschiebung zu einer Seite; machen Sie eine neue Einschätzung, wenn es scharf oder punktuell wird.</translation>
    </message>
    <message>
        <source>A prior injury or known back condition, and new lower-back soreness.</source>
        <translation>Eine frühere Verletzung oder bekannte Rückenerkrankung und neue Beschwerden im unteren Rücken.</translation>
    </message>
    <message>
        <source>There is a past back injury or a known back condition.</source>
        <translation>Es gibt eine frühere Rückenverletzung oder eine bekannte Rückenerkrankung.</translation>
    </message>
    <message>
        <source>With a past back injury, scale back and monitor.</source>
        <translation>Bei einer früheren Rückenverletzung: Belastung reduzieren und beobachten.</translation>
    </message>
    <message>
        <source>Soreness after a session classed testing, or after a load jump on that lift (IF-03).</source>
        <translation>Beschwerden nach einer als Testen eingestuften Einheit oder nach einem Lastsprung bei dieser Übung (IF-03).</translation>
    </message>
    <message>
        <source>It followed a testing session or a jump in load.</source>
        <translation>Es folgte auf eine Testeinheit oder einen Lastsprung.</translation>
    </message>
    <message>
        <source>Likely too heavy too soon: build up gradually.</source>
        <translation>Wahrscheinlich zu schwer, zu früh: Steigern Sie schrittweise.</translation>
    </message>
    <message>
        <source>The DOMS pattern (dull, aching, stiff or tight; diffuse in the muscle; on both sides after a two-sided lift, or one side after a one-sided lift; on movement only; onset within the window; not the head), intensity at most the threshold, lasting at most the duration threshold, improving or gone after the improving threshold, and no red flag or sign.</source>
        <translation>Das DOMS-Muster (dumpf, ziehend, steif oder verspannt; diffus im Muskel; beidseitig nach einer beidseitigen Übung oder einseitig nach einer einseitigen Übung; nur bei Bewegung; Beginn innerhalb des Zeitfensters; nicht der Kopf), Intensität höchstens beim Schwellenwert, Dauer höchstens beim Dauer-Schwellenwert, besser werdend oder abgeklungen nach dem Besserungs-Schwellenwert, und kein Warnzeichen oder Anzeichen.</translation>
    </message>
    <message>
        <source>This looks like normal post-exercise soreness (DOMS).</source>
        <translation>Das sieht nach normalem Muskelkater (DOMS) nach dem Training aus.</translation>
    </message>
    <message>
        <source>Light activity helps; expect it to fade within a few days and to lessen as you keep training this lift.</source>
        <translation>Leichte Bewegung hilft; er sollte innerhalb weniger Tage abklingen und schwächer werden, wenn Sie diese Übung weiter trainieren.</translation>
    </message>
    <message>
        <source>Noticed more than the threshold hours after the session.</source>
        <translation>Mehr als die Schwellenwert-Stunden nach der Einheit bemerkt.</translation>
    </message>
    <message>
        <source>It started days after the session, so that session is probably not the cause.</source>
        <translation>Es begann erst Tage nach der Trainingseinheit, daher ist diese Einheit wahrscheinlich nicht die Ursache.</translation>
    </message>
    <message>
        <source>Probably not caused by that session: think about what else you did in the days before.</source>
        <translation>Wahrscheinlich nicht durch diese Trainingseinheit verursacht: Überlegen Sie, was Sie in den Tagen davor sonst noch gemacht haben.</translation>
    </message>
    <message>
        <source>Noticed during or right after the session, and gone (or there so far) for at most the threshold hours: dull, tight or stiff at most the intensity threshold, or the burn of a hard set that is gone; no red flag or sign; not the head.</source>
        <translation>Während oder direkt nach der Einheit bemerkt und höchstens die Schwellenwert-Stunden lang vorhanden (abgeklungen oder bis jetzt): dumpf, verspannt oder steif höchstens beim Intensitäts-Schwellenwert, oder das abgeklungene Brennen eines harten Satzes; kein Warnzeichen oder Anzeichen; nicht der Kopf.</translation>
    </message>
    <message>
        <source>This looks like normal acute fatigue, or the burn of a hard set.</source>
        <translation>Das sieht nach normaler akuter Ermüdung oder dem Brennen eines harten Satzes aus.</translation>
    </message>
    <message>
        <source>It fades within hours; cool down and move lightly.</source>
        <translation>Das klingt innerhalb von Stunden ab; machen Sie ein Cool-down und bewegen Sie sich leicht.</translation>
    </message>
    <message>
        <source>No other rule matched, and an answer it needs is missing.</source>
        <translation>Keine andere Regel traf zu, und eine benötigte Antwort fehlt.</translation>
    </message>
    <message>
        <source>Some answers are missing.</source>
        <translation>Einige Antworten fehlen.</translation>
    </message>
    <message>
        <source>Not enough information to say more: tell Spotter %1. Until then, go easy on the area.</source>
        <translation>Zu wenige Angaben für eine genauere Aussage: Teilen Sie Spotter mit, %1. Schonen Sie die Körperregion bis dahin.</translation>
    </message>
    <message>
        <source>Like SR-24, but noticed earlier than the DOMS window (and not acute fatigue): dull, at most the SR-24 intensity, on a side that fits the lift, no red flag or sign.</source>
        <translation>Wie SR-24, aber früher als im DOMS-Zeitfenster bemerkt (und keine akute Ermüdung): dumpf, höchstens die SR-24-Intensität, auf einer Seite, die zur Übung passt, kein Warnzeichen oder Anzeichen.</translation>
    </message>
    <message>
        <source>This looks like normal post-exercise soreness that began early, or fatigue that is slow to fade.</source>
        <translation>Das sieht nach normalem Muskelkater nach dem Training aus, der früh begonnen hat, oder nach Ermüdung, die langsam abklingt.</translation>
    </message>
    <message>
        <source>Light activity helps; expect it to peak within a day or two and then fade.</source>
        <translation>Leichte Bewegung hilft; rechnen Sie damit, dass es innerhalb von ein bis zwei Tagen seinen Höhepunkt erreicht und dann abklingt.</translation>
    </message>
    <message>
        <source>Pain in the head (not sudden and severe, which is SR-28).</source>
        <translation>Kopfschmerzen (nicht plötzlich und heftig; das ist SR-28).</translation>
    </message>
    <message>
        <source>Pain in the head is not muscle soreness.</source>
        <translation>Kopfschmerzen sind kein Muskelkater.</translation>
    </message>
    <message>
        <source>Stop training for today, rest and drink water; see a doctor if the headache is not gone by tomorrow or keeps coming back with effort. Call your local emergency number now if a headache comes on suddenly and severely, or with a stiff neck, vomiting, confusion or changes in vision.</source>
        <translation>Beenden Sie das Training für heute, ruhen Sie sich aus und trinken Sie Wasser; lassen Sie es ärztlich abklären, wenn die Kopfschmerzen bis morgen nicht weg sind oder bei Anstrengung immer wiederkommen. Rufen Sie sofort den Notruf 112 an, wenn Kopfschmerzen plötzlich und heftig auftreten oder mit Nackensteifigkeit, Erbrechen, Verwirrtheit oder Sehstörungen einhergehen.</translation>
    </message>
    <message>
        <source>Pain in the head after every session of the lift for at least the threshold weeks.</source>
        <translation>Kopfschmerzen nach jeder Einheit der Übung, mindestens die Schwellenwert-Wochen lang.</translation>
    </message>
    <message>
        <source>Headaches that keep coming back with effort need a check for their cause.</source>
        <translation>Kopfschmerzen, die bei Anstrengung immer wiederkommen, müssen auf ihre Ursache untersucht werden.</translation>
    </message>
    <message>
        <source>Book a doctor within a few days; until then leave out maximal lifts and long breath-holds.</source>
        <translation>Vereinbaren Sie innerhalb weniger Tage einen Arzttermin; lassen Sie bis dahin maximale Versuche und langes Luftanhalten weg.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if a headache comes on suddenly and severely, or with a stiff neck, vomiting, confusion, weakness or changes in vision.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Kopfschmerzen plötzlich und heftig auftreten oder mit Nackensteifigkeit, Erbrechen, Verwirrtheit, Schwäche oder Sehstörungen einhergehen.</translation>
    </message>
    <message>
        <source>No other rule matched, and every answer it needs was given.</source>
        <translation>Keine andere Regel traf zu, und alle benötigten Antworten liegen vor.</translation>
    </message>
    <message>
        <source>It does not fit a clear pattern.</source>
        <translation>Es passt zu keinem klaren Muster.</translation>
    </message>
    <message>
        <source>Go easy on the area and skip what hurts; see a physio if it is not clearly better by day %1.</source>
        <translation>Schonen Sie die Körperregion und lassen Sie weg, was schmerzt; lassen Sie es physiotherapeutisch abklären, wenn es bis Tag %1 nicht deutlich besser ist.</translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation>%1 kann nicht geändert werden: %2</translation>
    </message>
    <message>
        <source>it decides an emergency rule</source>
        <translation>der Wert entscheidet über eine Notfallregel</translation>
    </message>
    <message>
        <source>it comes from the sources</source>
        <translation>der Wert stammt aus den Quellen</translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more; got %2</source>
        <translation>%1 muss eine Zahl von 0 oder größer sein; erhalten: %2</translation>
    </message>
    <message>
        <source>This is information, not medical advice or a diagnosis. If you are worried, see a doctor or physio.</source>
        <translation>Dies ist eine Information, keine medizinische Beratung und keine Diagnose. Wenn Sie sich Sorgen machen, lassen Sie es ärztlich oder physiotherapeutisch abklären.</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now. These can be signs of cauda equina syndrome, which needs same-day treatment.</source>
        <translation>Rufen Sie sofort den Notruf 112 an oder gehen Sie sofort in eine Notaufnahme. Das können Anzeichen eines Cauda-equina-Syndroms sein, das noch am selben Tag behandelt werden muss.</translation>
    </message>
    <message>
        <source>Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today).</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen (in einer Notfallpraxis, falls Ihre Hausarztpraxis Sie heute nicht annehmen kann).</translation>
    </message>
    <message>
        <source>Book a doctor or physio within a few days.</source>
        <translation>Vereinbaren Sie innerhalb weniger Tage einen Arzt- oder Physiotherapietermin.</translation>
    </message>
    <message>
        <source>Get a same-day appointment if it keeps getting worse or you cannot use the area; call your local emergency number if any of the red flags below appears.</source>
        <translation>Lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn es immer schlimmer wird oder Sie die Körperregion nicht benutzen können; rufen Sie den Notruf 112 an, wenn eines der unten genannten Warnzeichen auftritt.</translation>
    </message>
    <message>
        <source>Stop that exercise today and do not push through; train around the area. If it is not clearly better in %1 h, or it gets worse, see a physio or doctor.</source>
        <translation>Hören Sie heute mit dieser Übung auf und machen Sie nicht trotz der Schmerzen weiter; trainieren Sie um die Körperregion herum. Wenn es in %1 h nicht deutlich besser ist oder schlimmer wird, lassen Sie es physiotherapeutisch oder ärztlich abklären.</translation>
    </message>
    <message>
        <source>If it is not easing by day 3, if it gets worse, or if your urine turns dark, check again.</source>
        <translation>Wenn es bis Tag 3 nicht nachlässt, wenn es schlimmer wird oder wenn Ihr Urin dunkel wird, machen Sie eine neue Einschätzung.</translation>
    </message>
    <message>
        <source>Numbness or tingling around the genitals, buttocks, inner thighs or anus; new difficulty peeing or loss of bladder or bowel control; or new sexual dysfunction.</source>
        <translation>Taubheit oder Kribbeln im Bereich der Genitalien, des Gesäßes, der Innenseiten der Oberschenkel oder des Afters; neue Schwierigkeiten beim Wasserlassen oder Verlust der Kontrolle über Blase oder Darm; oder neue sexuelle Funktionsstörungen.</translation>
    </message>
    <message>
        <source>Numbness around the genitals or buttocks, or a new bladder, bowel or sexual problem, can mean the nerves at the bottom of the spine are squeezed.</source>
        <translation>Taubheit im Bereich der Genitalien oder des Gesäßes oder neue Probleme mit Blase, Darm oder Sexualfunktion können bedeuten, dass die Nerven am unteren Ende der Wirbelsäule abgedrückt werden.</translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness in both legs, or leg weakness that is severe or getting worse.</source>
        <translation>Schmerzen, Kribbeln, Taubheit oder Schwäche in beiden Beinen oder eine Beinschwäche, die stark ist oder zunimmt.</translation>
    </message>
    <message>
        <source>Symptoms in both legs, or leg weakness that is severe or getting worse, can mean pressure on the nerves in the spine.</source>
        <translation>Symptome in beiden Beinen oder eine Beinschwäche, die stark ist oder zunimmt, können Druck auf die Nerven in der Wirbelsäule bedeuten.</translation>
    </message>
    <message>
        <source>Fever; weight loss without trying; a lump, swelling or change of shape of the back; pain not eased by rest or much worse at night; pain that disrupts sleep; pain worse with coughing, sneezing or straining; or pain at the top of the back, between the shoulders, that does not feel like muscle soreness.</source>
        <translation>Fieber; ungewollter Gewichtsverlust; eine Beule, Schwellung oder Formveränderung am Rücken; Schmerzen, die in Ruhe nicht nachlassen oder nachts viel schlimmer sind; Schmerzen, die den Schlaf stören; Schmerzen, die beim Husten, Niesen oder Pressen schlimmer werden; oder Schmerzen oben im Rücken, zwischen den Schultern, die sich nicht wie Muskelkater anfühlen.</translation>
    </message>
    <message>
        <source>Pain with a fever, weight loss, a lump, pain at night or on coughing, or pain between the shoulders that is not muscular, needs a doctor&apos;s check for an infection, a fracture or another cause.</source>
        <translation>Schmerzen mit Fieber, Gewichtsverlust, einer Beule, Schmerzen nachts oder beim Husten oder nicht muskuläre Schmerzen zwischen den Schultern müssen ärztlich auf eine Infektion, einen Bruch oder eine andere Ursache untersucht werden.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if numbness around the genitals or buttocks, trouble peeing or weakness in your legs appears, or you feel very unwell.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Taubheit im Bereich der Genitalien oder des Gesäßes, Probleme beim Wasserlassen oder Schwäche in den Beinen auftreten oder Sie sich sehr krank fühlen.</translation>
    </message>
    <message>
        <source>Older than the age threshold, or long-term steroids or osteoporosis; and either sudden severe back pain right after lifting, or tenderness at one point of the spine.</source>
        <translation>Älter als der Alters-Schwellenwert oder langfristige Steroideinnahme oder Osteoporose; und entweder plötzliche starke Rückenschmerzen direkt nach dem Heben oder Druckempfindlichkeit an einer Stelle der Wirbelsäule.</translation>
    </message>
    <message>
        <source>With older age, long-term steroids or osteoporosis, sudden severe back pain or one tender point on the spine can be a fracture.</source>
        <translation>Bei höherem Alter, langfristiger Steroideinnahme oder Osteoporose können plötzliche starke Rückenschmerzen oder eine druckempfindliche Stelle an der Wirbelsäule ein Bruch sein.</translation>
    </message>
    <message>
        <source>Get checked by a doctor today; do not lift until then.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen; heben Sie bis dahin nichts.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if numbness, weakness or trouble peeing appears.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Taubheit, Schwäche oder Probleme beim Wasserlassen auftreten.</translation>
    </message>
    <message>
        <source>A history of cancer and new pain in the back or neck that is not clearly the DOMS pattern.</source>
        <translation>Eine Krebserkrankung in der Vorgeschichte und neue Schmerzen im Rücken oder Nacken, die nicht eindeutig dem DOMS-Muster entsprechen.</translation>
    </message>
    <message>
        <source>After cancer, new spinal pain that is not clearly training soreness needs a doctor&apos;s check.</source>
        <translation>Nach einer Krebserkrankung müssen neue Schmerzen an der Wirbelsäule, die nicht eindeutig Muskelkater vom Training sind, ärztlich untersucht werden.</translation>
    </message>
    <message>
        <source>Contact your cancer team or a doctor today about the new pain.</source>
        <translation>Wenden Sie sich noch heute wegen der neuen Schmerzen an Ihr onkologisches Behandlungsteam oder an eine Arztpraxis.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if weakness, numbness, trouble walking, or bladder or bowel changes appear.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Schwäche, Taubheit, Probleme beim Gehen oder Veränderungen bei Blase oder Darm auftreten.</translation>
    </message>
    <message>
        <source>New weakness in one leg, a change in the way you walk, or balance problems.</source>
        <translation>Neue Schwäche in einem Bein, eine Veränderung Ihres Gangbilds oder Gleichgewichtsprobleme.</translation>
    </message>
    <message>
        <source>New weakness in one leg, a change in walking or balance problems can come from a nerve or the spinal cord.</source>
        <translation>Neue Schwäche in einem Bein, ein verändertes Gangbild oder Gleichgewichtsprobleme können von einem Nerv oder vom Rückenmark ausgehen.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if it spreads to both legs, gets worse quickly, or you lose control of your bladder or bowels.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn es sich auf beide Beine ausbreitet, schnell schlimmer wird oder Sie die Kontrolle über Blase oder Darm verlieren.</translation>
    </message>
    <message>
        <source>Numbness, tingling, pins and needles or shooting or burning pain down one leg.</source>
        <translation>Taubheit, Kribbeln, Ameisenlaufen oder einschießende oder brennende Schmerzen, die in ein Bein ausstrahlen.</translation>
    </message>
    <message>
        <source>Numbness, tingling or shooting pain down one leg can come from a nerve in the back (sciatica).</source>
        <translation>Taubheit, Kribbeln oder einschießende Schmerzen, die in ein Bein ausstrahlen, können von einem Nerv im Rücken kommen (Ischias).</translation>
    </message>
    <message>
        <source>Get a same-day appointment if weakness appears or it keeps getting worse; call your local emergency number if it spreads to both legs, or numbness around the genitals or trouble peeing appears.</source>
        <translation>Lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn Schwäche auftritt oder es immer schlimmer wird; rufen Sie den Notruf 112 an, wenn es sich auf beide Beine ausbreitet oder Taubheit im Bereich der Genitalien oder Probleme beim Wasserlassen auftreten.</translation>
    </message>
    <message>
        <source>Pain, tingling, numbness, burning or weakness going down one arm.</source>
        <translation>Schmerzen, Kribbeln, Taubheit, Brennen oder Schwäche, die in einen Arm ausstrahlen.</translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness going down one arm can come from a nerve in the neck (cervical radiculopathy).</source>
        <translation>Schmerzen, Kribbeln, Taubheit oder Schwäche, die in einen Arm ausstrahlen, können von einem Nerv im Nacken kommen (zervikale Radikulopathie).</translation>
    </message>
    <message>
        <source>Book a doctor or physio within a few days, and until then leave out what loads the neck (overhead work, shrugs, a bar on the back).</source>
        <translation>Vereinbaren Sie innerhalb weniger Tage einen Arzt- oder Physiotherapietermin, und lassen Sie bis dahin weg, was den Nacken belastet (Überkopfübungen, Shrugs, eine Stange auf dem Rücken).</translation>
    </message>
    <message>
        <source>Get a same-day appointment if the arm gets weaker or the pain keeps getting worse; call your local emergency number if both arms or both legs are affected, or walking becomes unsteady.</source>
        <translation>Lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn der Arm schwächer wird oder die Schmerzen immer schlimmer werden; rufen Sie den Notruf 112 an, wenn beide Arme oder beide Beine betroffen sind oder das Gehen unsicher wird.</translation>
    </message>
    <message>
        <source>Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms.</source>
        <translation>Ungeschickte Hände, unsicherer Gang oder Schmerzen, Kribbeln oder Schwäche in beiden Armen.</translation>
    </message>
    <message>
        <source>Clumsy hands, unsteady walking or symptoms in both arms can mean pressure on the spinal cord in the neck (cervical myelopathy).</source>
        <translation>Ungeschickte Hände, ein unsicherer Gang oder Symptome in beiden Armen können Druck auf das Rückenmark im Halsbereich bedeuten (zervikale Myelopathie).</translation>
    </message>
    <message>
        <source>Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today), and do not lift until you have been checked.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen (in einer Notfallpraxis, falls Ihre Hausarztpraxis Sie heute nicht annehmen kann), und heben Sie nichts, bis Sie untersucht wurden.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if it gets worse quickly, your legs get weak, or you lose control of your bladder or bowels.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn es schnell schlimmer wird, Ihre Beine schwach werden oder Sie die Kontrolle über Blase oder Darm verlieren.</translation>
    </message>
    <message>
        <source>A history of cancer, pain in the back or neck, and new weakness, numbness, nerve pain down a limb, trouble walking, or bladder or bowel changes.</source>
        <translation>Eine Krebserkrankung in der Vorgeschichte, Schmerzen im Rücken oder Nacken und neue Schwäche, Taubheit, in eine Gliedmaße ausstrahlende Nervenschmerzen, Probleme beim Gehen oder Veränderungen bei Blase oder Darm.</translation>
    </message>
    <message>
        <source>After cancer, spinal pain with new weakness, numbness, or walking, bladder or bowel changes can mean pressure on the spinal cord.</source>
        <translation>Nach einer Krebserkrankung können Schmerzen an der Wirbelsäule mit neuer Schwäche, Taubheit oder Veränderungen beim Gehen, bei Blase oder Darm Druck auf das Rückenmark bedeuten.</translation>
    </message>
    <message>
        <source>Call your local emergency number or your cancer team&apos;s emergency line now: pressure on the spinal cord needs treatment within hours.</source>
        <translation>Rufen Sie sofort den Notruf 112 oder die Notfallnummer Ihres onkologischen Behandlungsteams an: Druck auf das Rückenmark muss innerhalb von Stunden behandelt werden.</translation>
    </message>
    <message>
        <source>Older than the age threshold, or long-term steroids or osteoporosis; pain in the back or neck at or above the intensity threshold (or unknown), whenever it was noticed after the session.</source>
        <translation>Älter als der Alters-Schwellenwert oder langfristige Steroideinnahme oder Osteoporose; Schmerzen im Rücken oder Nacken auf oder über dem Intensitäts-Schwellenwert (oder unbekannt), unabhängig davon, wann sie nach der Einheit bemerkt wurden.</translation>
    </message>
    <message>
        <source>With older age, long-term steroids or osteoporosis, back pain after a lift can be a fragility fracture, even when it is noticed hours later.</source>
        <translation>Bei höherem Alter, langfristiger Steroideinnahme oder Osteoporose können Rückenschmerzen nach einer Übung ein Knochenbruch durch brüchige Knochen sein (Fragilitätsfraktur), auch wenn sie erst Stunden später bemerkt werden.</translation>
    </message>
    <message>
        <source>Get checked by a doctor today (urgent care if your own doctor cannot see you today), and do not lift until then.</source>
        <translation>Lassen Sie sich noch heute ärztlich untersuchen (in einer Notfallpraxis, falls Ihre Hausarztpraxis Sie heute nicht annehmen kann), und heben Sie bis dahin nichts.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if numbness, weakness or trouble peeing appears, or the pain becomes severe.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Taubheit, Schwäche oder Probleme beim Wasserlassen auftreten oder die Schmerzen stark werden.</translation>
    </message>
    <message>
        <source>Younger than the age threshold, pain in the back or neck, and: one spot, on the spine, worse bending backwards, a past back problem, or sore after every session for at least the threshold weeks.</source>
        <translation>Jünger als der Alters-Schwellenwert, Schmerzen im Rücken oder Nacken, und: eine Stelle, an der Wirbelsäule, schlimmer beim Zurückbeugen, ein früheres Rückenproblem oder Beschwerden nach jeder Einheit mindestens die Schwellenwert-Wochen lang.</translation>
    </message>
    <message>
        <source>In a growing spine, pain at one spot on or beside the spine, pain that is worse bending backwards, or back pain that keeps coming back can be a stress fracture (spondylolysis).</source>
        <translation>Bei einer noch wachsenden Wirbelsäule können Schmerzen an einer Stelle an oder neben der Wirbelsäule, Schmerzen, die beim Zurückbeugen schlimmer werden, oder immer wiederkehrende Rückenschmerzen ein Ermüdungsbruch sein (Spondylolyse).</translation>
    </message>
    <message>
        <source>Book a doctor or sports physio within a few days, and until then stop the lifting and jumping that hurts the back.</source>
        <translation>Vereinbaren Sie innerhalb weniger Tage einen Termin in einer Arzt- oder Sportphysiotherapiepraxis, und verzichten Sie bis dahin auf Heben und Springen, das dem Rücken wehtut.</translation>
    </message>
    <message>
        <source>Get a same-day appointment if the pain spreads into a leg or keeps getting worse; call your local emergency number if numbness, weakness or bladder changes appear.</source>
        <translation>Lassen Sie sich noch am selben Tag ärztlich untersuchen, wenn die Schmerzen in ein Bein ausstrahlen oder immer schlimmer werden; rufen Sie den Notruf 112 an, wenn Taubheit, Schwäche oder Veränderungen bei der Blase auftreten.</translation>
    </message>
    <message>
        <source>A weakened immune system, a recent serious infection or injected drugs, and either spinal pain that is not clearly the DOMS pattern or a swollen joint.</source>
        <translation>Ein geschwächtes Immunsystem, eine kürzliche schwere Infektion oder gespritzte Drogen, und entweder Schmerzen an der Wirbelsäule, die nicht eindeutig dem DOMS-Muster entsprechen, oder ein geschwollenes Gelenk.</translation>
    </message>
    <message>
        <source>With a weakened immune system, a recent infection or injected drugs, new spinal pain or a swollen joint can be an infection.</source>
        <translation>Bei einem geschwächten Immunsystem, einer kürzlichen Infektion oder gespritzten Drogen können neue Schmerzen an der Wirbelsäule oder ein geschwollenes Gelenk eine Infektion sein.</translation>
    </message>
    <message>
        <source>Call your local emergency number now if you get a fever, feel very unwell, or the joint turns hot and red.</source>
        <translation>Rufen Sie sofort den Notruf 112 an, wenn Sie Fieber bekommen, sich sehr krank fühlen oder das Gelenk heiß und rot wird.</translation>
    </message>
    <message>
        <source>A weakened immune system, a recent serious infection or injected drugs, and a fever.</source>
        <translation>Ein geschwächtes Immunsystem, eine kürzliche schwere Infektion oder gespritzte Drogen, und Fieber.</translation>
    </message>
    <message>
        <source>A fever with a weakened immune system can be a serious infection (sepsis).</source>
        <translation>Fieber bei geschwächtem Immunsystem kann eine schwere Infektion (Sepsis) sein.</translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now, and say that your immune system is weakened.</source>
        <translation>Rufen Sie sofort den Notruf 112 an oder gehen Sie sofort in eine Notaufnahme, und sagen Sie, dass Ihr Immunsystem geschwächt ist.</translation>
    </message>
    <message>
        <source>Main-lift set at RPE 10 (0 reps in reserve), or logged as to failure.</source>
        <translation>Satz einer Hauptübung bei RPE 10 (0 Wiederholungen in Reserve) oder als bis zum Muskelversagen erfasst.</translation>
    </message>
    <message>
        <source>That set was a max effort.</source>
        <translation>Dieser Satz war eine Maximalleistung.</translation>
    </message>
    <message>
        <source>Main-lift set of 1 to 3 reps at or above the threshold share of the best e1RM, or a single rated at or above the single threshold.</source>
        <translation>Satz einer Hauptübung mit 1 bis 3 Wiederholungen bei oder über dem Schwellenwert-Anteil am besten e1RM, oder ein Single, das bei oder über dem Single-Schwellenwert bewertet wurde.</translation>
    </message>
    <message>
        <source>Maximal single or triple: this is testing, not training.</source>
        <translation>Maximales Single oder Triple: Das ist Testen, kein Training.</translation>
    </message>
    <message>
        <source>Main-lift load above the best e1RM (a PR attempt).</source>
        <translation>Last einer Hauptübung über dem besten e1RM (ein Bestleistungsversuch, PR).</translation>
    </message>
    <message>
        <source>PR attempt.</source>
        <translation>Bestleistungsversuch (PR).</translation>
    </message>
    <message>
        <source>A rep-out (AMRAP) set: testing if it ends at or above the testing threshold or its effort is unknown, otherwise hard.</source>
        <translation>Ein Satz mit maximalen Wiederholungen (AMRAP): Testen, wenn er bei oder über dem Test-Schwellenwert endet oder seine Anstrengung unbekannt ist, sonst hart.</translation>
    </message>
    <message>
        <source>Rep-outs are fine if you stop 1 rep short.</source>
        <translation>Sätze mit maximalen Wiederholungen sind in Ordnung, wenn Sie 1 Wiederholung vor dem Versagen aufhören.</translation>
    </message>
    <message>
        <source>Main-lift set rated at or above the RPE threshold, or at or above the threshold share of the best e1RM.</source>
        <translation>Satz einer Hauptübung, bewertet bei oder über dem RPE-Schwellenwert oder bei oder über dem Schwellenwert-Anteil am besten e1RM.</translation>
    </message>
    <message>
        <source>Main-lift set rated below the IR-05 RPE threshold and below the IR-05 share of the best e1RM.</source>
        <translation>Satz einer Hauptübung, bewertet unter dem RPE-Schwellenwert von IR-05 und unter dem IR-05-Anteil am besten e1RM.</translation>
    </message>
    <message>
        <source>Set of an exercise that is not a main lift, at RPE 10 or to failure: hard, never testing.</source>
        <translation>Satz einer Übung, die keine Hauptübung ist, bei RPE 10 oder bis zum Muskelversagen: hart, nie Testen.</translation>
    </message>
    <message>
        <source>The top set of any main lift is testing, or at least the threshold share of main-lift working sets is rated at or above the RPE threshold.</source>
        <translation>Der Topsatz einer beliebigen Hauptübung ist Testen, oder mindestens der Schwellenwert-Anteil der Arbeitssätze von Hauptübungen ist bei oder über dem RPE-Schwellenwert bewertet.</translation>
    </message>
    <message>
        <source>This session was testing, not training. Most progress comes from sub-maximal work; keep max tests to the end of a block.</source>
        <translation>Diese Trainingseinheit war Testen, kein Training. Der meiste Fortschritt kommt aus submaximaler Arbeit; heben Sie Maximaltests für das Ende eines Trainingsblocks auf.</translation>
    </message>
    <message>
        <source>Not testing, and any main-lift working set is hard.</source>
        <translation>Kein Testen, und mindestens ein Arbeitssatz einer Hauptübung ist hart.</translation>
    </message>
    <message>
        <source>Otherwise.</source>
        <translation>Andernfalls.</translation>
    </message>
    <message>
        <source>More than one testing session of the same lift within the window.</source>
        <translation>Mehr als eine Testeinheit derselben Übung innerhalb des Zeitfensters.</translation>
    </message>
    <message>
        <source>You tested this lift more than once in %1 weeks. Failure and max work slow recovery for 24–48 h or more; test every 8–12 weeks.</source>
        <translation>Sie haben diese Übung in %1 Wochen mehr als einmal getestet. Muskelversagen und Maximalarbeit verlangsamen die Erholung für 24–48 h oder länger; testen Sie alle 8–12 Wochen.</translation>
    </message>
    <message>
        <source>At least the threshold number of consecutive sessions of the same lift classed hard or testing.</source>
        <translation>Mindestens die Schwellenwert-Anzahl aufeinanderfolgender Einheiten derselben Übung, eingestuft als hart oder Testen.</translation>
    </message>
    <message>
        <source>Add lighter sessions.</source>
        <translation>Bauen Sie leichtere Einheiten ein.</translation>
    </message>
    <message>
        <source>Top working load of a lift above the heaviest of the previous week by more than the week threshold (caution), or above the heaviest of the previous two weeks by more than the two-week threshold (high).</source>
        <translation>Höchste Arbeitslast einer Übung um mehr als den Wochen-Schwellenwert über der schwersten der Vorwoche (Vorsicht) oder um mehr als den Zwei-Wochen-Schwellenwert über der schwersten der vorigen zwei Wochen (hoch).</translation>
    </message>
    <message>
        <source>Increase gradually (2–10% steps).</source>
        <translation>Steigern Sie schrittweise (Schritte von 2–10 %).</translation>
    </message>
    <message>
        <source>Soreness classed DOMS or higher, in a region the tested lift loads, within the threshold hours before a testing session.</source>
        <translation>Beschwerden, eingestuft als Muskelkater (DOMS) oder höher, in einer Körperregion, die die getestete Übung belastet, innerhalb der Schwellenwert-Stunden vor einer Testeinheit.</translation>
    </message>
    <message>
        <source>You are still sore; test another day.</source>
        <translation>Sie haben noch Beschwerden; testen Sie an einem anderen Tag.</translation>
    </message>
    <message>
        <source>Session load = session RPE (CR-10) × minutes, asked about 30 minutes after the session.</source>
        <translation>Einheitslast = Session-RPE (CR-10) × Minuten, abgefragt etwa 30 Minuten nach der Einheit.</translation>
    </message>
    <message>
        <source>Monotony = mean / population SD of the 7 daily loads of a week (rest days 0, capped); strain = weekly load × monotony, compared with the athlete&apos;s own history only.</source>
        <translation>Monotonie = Mittelwert / Standardabweichung (Grundgesamtheit) der 7 Tageslasten einer Woche (Ruhetage 0, gedeckelt); Beanspruchung = Wochenlast × Monotonie, nur mit dem eigenen Verlauf des Athleten verglichen.</translation>
    </message>
    <message>
        <source>Your days are all alike; vary hard and easy days.</source>
        <translation>Ihre Tage sind alle gleich; wechseln Sie zwischen harten und leichten Tagen ab.</translation>
    </message>
    <message>
        <source>ACWR = acute EWMA / chronic EWMA of daily loads (lambda = 2/(N+1)), shown only after the minimum days of data: low, typical, caution (flagged), spike (flagged).</source>
        <translation>ACWR = akuter EWMA / chronischer EWMA der Tageslasten (lambda = 2/(N+1)), erst nach der Mindestzahl an Tagen mit Daten angezeigt: niedrig, typisch, Vorsicht (markiert), Spitze (markiert).</translation>
    </message>
    <message>
        <source>This week is much heavier than your recent average.</source>
        <translation>Diese Woche ist viel schwerer als Ihr Durchschnitt der letzten Zeit.</translation>
    </message>
    <message>
        <source>Weekly session-RPE load more than the threshold above the previous week&apos;s.</source>
        <translation>Wöchentliche Session-RPE-Last um mehr als den Schwellenwert über der der Vorwoche.</translation>
    </message>
    <message>
        <source>Main-lift working sets at or above the threshold share of the best e1RM, or of at most the threshold reps, with a logged rest shorter than the threshold.</source>
        <translation>Arbeitssätze von Hauptübungen bei oder über dem Schwellenwert-Anteil am besten e1RM oder mit höchstens der Schwellenwert-Anzahl an Wiederholungen, mit einer erfassten Pause kürzer als der Schwellenwert.</translation>
    </message>
    <message>
        <source>Rest 3–5 min between heavy sets.</source>
        <translation>Pausieren Sie 3–5 min zwischen schweren Sätzen.</translation>
    </message>
    <message>
        <source>Soreness classed watch or warning on the lower back.</source>
        <translation>Beschwerden im unteren Rücken, eingestuft als „Beobachten“ oder „Warnung“.</translation>
    </message>
    <message>
        <source>Alternatives while scaling back: glute bridge, bird dog, mini hip hinge, trap-bar deadlift.</source>
        <translation>Alternativen, während Sie die Belastung reduzieren: Glute Bridge, Bird Dog, kleine Hüftbeuge (Mini Hip Hinge), Kreuzheben mit der Trap-Bar.</translation>
    </message>
    <message>
        <source>Soreness classed watch or warning anywhere but the lower back: what to leave out and what can still be trained, for that region (none for the head).</source>
        <translation>Beschwerden, eingestuft als „Beobachten“ oder „Warnung“, überall außer im unteren Rücken: was wegzulassen ist und was noch trainiert werden kann, für diese Körperregion (keine für den Kopf).</translation>
    </message>
    <message>
        <source>While it settles, leave out the movements that load the area and train the rest; the alternatives shown depend on the region.</source>
        <translation>Lassen Sie die Bewegungen weg, die diese Körperregion belasten, bis es abgeklungen ist, und trainieren Sie den Rest; die angezeigten Alternativen hängen von der Körperregion ab.</translation>
    </message>
    <message>
        <source>The lift loads a region with an open warning or see-doctor report: no load is suggested while the report is unresolved, and the chart&apos;s load is lowered by the threshold in the days after it resolved.</source>
        <translation>Die Übung belastet eine Körperregion mit einem offenen Beschwerdebericht der Einstufung „Warnung“ oder „Ärztlich abklären“: Solange der Bericht offen ist, wird keine Last vorgeschlagen, und in den Tagen nach dem Abschluss wird die Last laut Tabelle um den Schwellenwert gesenkt.</translation>
    </message>
    <message>
        <source>Do not load this area while the report is open; when it has settled, start %1% lighter.</source>
        <translation>Belasten Sie diese Körperregion nicht, solange der Bericht offen ist; wenn es abgeklungen ist, beginnen Sie %1 % leichter.</translation>
    </message>
    <message>
        <source>A session in which this lift was testing (IS-01) within the threshold days: the chart&apos;s load is lowered by the threshold.</source>
        <translation>Eine Einheit innerhalb der Schwellenwert-Tage, in der diese Übung Testen war (IS-01): Die Last laut Tabelle wird um den Schwellenwert gesenkt.</translation>
    </message>
    <message>
        <source>You tested this lift in the last %1 days; max work slows recovery for 24–48 h or more, so train lighter today.</source>
        <translation>Sie haben diese Übung in den letzten %1 Tagen getestet; Maximalarbeit verlangsamt die Erholung für 24–48 h oder länger, trainieren Sie heute also leichter.</translation>
    </message>
    <message>
        <source>The chart&apos;s load would be a load jump over the lift&apos;s recent top loads (IF-03), or this week&apos;s session load already jumped (LM-04): the load is held at what the rules allow, or at last time&apos;s top load.</source>
        <translation>Die Last laut Tabelle wäre ein Lastsprung gegenüber den letzten Höchstlasten der Übung (IF-03), oder die Einheitslast dieser Woche ist bereits sprunghaft gestiegen (LM-04): Die Last wird bei dem gehalten, was die Regeln erlauben, oder bei der Höchstlast vom letzten Mal.</translation>
    </message>
    <message>
        <source>Increase gradually (2–10% steps): the load is held.</source>
        <translation>Steigern Sie schrittweise (Schritte von 2–10 %): Die Last wird gehalten.</translation>
    </message>
</context>
<context>
    <name>spotter::RulesModel</name>
    <message>
        <source> (product choice)</source>
        <translation> (Produktentscheidung)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Advice shown</source>
        <translation>Angezeigter Hinweis</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
</context>
<context>
    <name>spotter::Salvaged</name>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>all</source>
        <translation>alle</translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation>ab %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; gibt es bereits</translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation>Ein temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged; this is what could still be read:</source>
        <translation>&apos;%1&apos; ist beschädigt; Folgendes ließ sich noch lesen:</translation>
    </message>
    <message>
        <source>nothing could be read</source>
        <translation>nichts ließ sich lesen</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved</source>
        <translation>
            <numerusform>%n Zeile gerettet</numerusform>
            <numerusform>%n Zeilen gerettet</numerusform>
        </translation>
    </message>
    <message>
        <source>lost: the rows with rowid %1 (unreadable)</source>
        <translation>verloren: die Zeilen mit rowid %1 (nicht lesbar)</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside: the row they belong to was lost</source>
        <translation>
            <numerusform>%n Zeile zurückgelegt: die Zeile, zu der sie gehört, ging verloren</numerusform>
            <numerusform>%n Zeilen zurückgelegt: die Zeile, zu der sie gehören, ging verloren</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was saved (only an index was damaged).</source>
        <translation>Jede Zeile wurde gerettet (nur ein Index war beschädigt).</translation>
    </message>
    <message>
        <source>The copy is incomplete. Restore an earlier backup if you have one (&apos;spotter-cli backup --list&apos;), and keep this copy.</source>
        <translation>Die Kopie ist unvollständig. Stellen Sie eine frühere Sicherung wieder her, falls Sie eine haben (&apos;spotter-cli backup --list&apos;), und behalten Sie diese Kopie.</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept without their link to a lost row</source>
        <translation>
            <numerusform>%n Zeile ohne ihre Verknüpfung zu einer verlorenen Zeile behalten</numerusform>
            <numerusform>%n Zeilen ohne ihre Verknüpfung zu einer verlorenen Zeile behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) set aside or unlinked are listed in %1</source>
        <translation>
            <numerusform>Die %n zurückgelegte oder entknüpfte Zeile steht in %1</numerusform>
            <numerusform>Die %n zurückgelegten oder entknüpften Zeilen stehen in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::ServerConnector</name>
    <message>
        <source>Cannot connect</source>
        <translation>Verbindung nicht möglich</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation>Passwort von %1 auf %2:</translation>
    </message>
    <message>
        <source>That password was refused. Password of %1:</source>
        <translation>Dieses Passwort wurde abgelehnt. Passwort von %1:</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Connecting to the team server</source>
        <translation>Verbindung zum Teamserver</translation>
    </message>
</context>
<context>
    <name>spotter::SessionCommands</name>
    <message>
        <source>log session</source>
        <translation>Einheit erfassen</translation>
    </message>
    <message>
        <source>edit session</source>
        <translation>Einheit bearbeiten</translation>
    </message>
    <message>
        <source>delete session</source>
        <translation>Einheit löschen</translation>
    </message>
    <message>
        <source>add set</source>
        <translation>Satz hinzufügen</translation>
    </message>
    <message>
        <source>edit set</source>
        <translation>Satz bearbeiten</translation>
    </message>
    <message>
        <source>delete set</source>
        <translation>Satz löschen</translation>
    </message>
    <message>
        <source>delete athlete %1</source>
        <translation>Athlet %1 löschen</translation>
    </message>
</context>
<context>
    <name>spotter::SessionEditor</name>
    <message>
        <source>The personal records could not be kept: %1</source>
        <translation>Die Bestleistungen konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>New record: %1 e1RM %2</source>
        <translation>Neue Bestleistung: %1 e1RM %2</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>(test)</source>
        <translation>(Test)</translation>
    </message>
    <message>
        <source>Add an athlete first: a session belongs to an athlete.</source>
        <translation>Legen Sie zuerst einen Athleten an: Eine Einheit gehört zu einem Athleten.</translation>
    </message>
    <message>
        <source>set %1: %2</source>
        <translation>Satz %1: %2</translation>
    </message>
    <message>
        <source>There is no set %1 in this session</source>
        <translation>In dieser Einheit gibt es keinen Satz %1</translation>
    </message>
    <message>
        <source>add exercise %1</source>
        <translation>Übung %1 hinzufügen</translation>
    </message>
    <message numerus="yes">
        <source>New record: %1 %n rep(s) at %2</source>
        <translation>
            <numerusform>Neue Bestleistung: %1 %n Wiederholung mit %2</numerusform>
            <numerusform>Neue Bestleistung: %1 %n Wiederholungen mit %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The exercises</source>
        <translation>Die Übungen</translation>
    </message>
    <message>
        <source>The athlete</source>
        <translation>Der Athlet</translation>
    </message>
    <message>
        <source>The session</source>
        <translation>Die Trainingseinheit</translation>
    </message>
    <message>
        <source>The earlier sessions</source>
        <translation>Die früheren Trainingseinheiten</translation>
    </message>
    <message>
        <source>The last time of %1</source>
        <translation>Das letzte Mal von %1</translation>
    </message>
    <message numerus="yes">
        <source>delete %n set(s)</source>
        <extracomment>English&apos;s singular is &quot;delete set&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>Satz löschen</numerusform>
            <numerusform>%n Sätze löschen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::SessionForm</name>
    <message>
        <source>&amp;Warm-up done</source>
        <translation>&amp;Aufwärmen erledigt</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Trainingseinheit</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Datum und Uhrzeit</translation>
    </message>
    <message>
        <source>When the session started</source>
        <translation>Wann die Einheit begonnen hat</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation>Dauer in Minuten</translation>
    </message>
    <message>
        <source>How long the session took, in minutes (— for not recorded)</source>
        <translation>Wie lange die Einheit gedauert hat, in Minuten (— für nicht erfasst)</translation>
    </message>
    <message>
        <source>e.g. 82.5</source>
        <translation>z. B. 82.5</translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>Bodyweight that day; write 180lb or 82kg for another unit</source>
        <translation>Körpergewicht an diesem Tag; schreiben Sie 180lb oder 82kg für eine andere Maßeinheit</translation>
    </message>
    <message>
        <source>A general warm-up was done before the first set</source>
        <translation>Vor dem ersten Satz wurde allgemein aufgewärmt</translation>
    </message>
    <message>
        <source>Session RPE</source>
        <translation>Session-RPE</translation>
    </message>
    <message>
        <source>How hard the whole session was, 0 (rest) to 10 (maximal), asked about 30 minutes after it (CR-10). Page Down to the dash for not recorded.</source>
        <translation>Wie anstrengend die ganze Einheit war, 0 (Ruhe) bis 10 (maximal), etwa 30 Minuten danach abgefragt (CR-10). Mit Bild ab zum Strich für „nicht erfasst“.</translation>
    </message>
    <message>
        <source>e.g. Heavy lower</source>
        <translation>z. B. Unterkörper schwer</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>How it went, what to change next time</source>
        <translation>Wie es lief, was Sie nächstes Mal ändern</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation>Da&amp;uer:</translation>
    </message>
    <message>
        <source>Session R&amp;PE:</source>
        <translation>Session-R&amp;PE:</translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation>T&amp;itel:</translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation>N&amp;otizen:</translation>
    </message>
    <message>
        <source>&amp;Bodyweight (%1):</source>
        <translation>&amp;Körpergewicht (%1):</translation>
    </message>
    <message>
        <source>Enter bodyweight as a number such as 82.5, or 180lb; got &apos;%1&apos;</source>
        <translation>Geben Sie das Körpergewicht als Zahl wie 82.5 oder als 180lb ein; erhalten: &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>spotter::SetDelegate</name>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Kind of set</source>
        <translation>Satzart</translation>
    </message>
</context>
<context>
    <name>spotter::SetFormat</name>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation>%1 km</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>Enter reps (5), a duration (45s, 1:30) or a distance (40m, 2km)</source>
        <translation>Geben Sie Wiederholungen (5), eine Dauer (45s, 1:30) oder eine Strecke (40m, 2km) ein</translation>
    </message>
    <message>
        <source>Reps must be a whole number; got %1</source>
        <translation>Wiederholungen müssen eine ganze Zahl sein; erhalten: %1</translation>
    </message>
    <message>
        <source>Enter reps (5), a duration (45s, 1:30) or a distance (40m, 2km); got &apos;%1&apos;</source>
        <translation>Geben Sie Wiederholungen (5), eine Dauer (45s, 1:30) oder eine Strecke (40m, 2km) ein; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source> RIR %1</source>
        <translation> RIR %1</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>%1, rest %2</source>
        <translation>%1, Pause %2</translation>
    </message>
    <message>
        <source>Unknown kind of set &apos;%1&apos;</source>
        <translation>Unbekannte Satzart &apos;%1&apos;</translation>
    </message>
    <message>
        <source>An assisted exercise takes help, not added weight: enter the help, such as 25 or bw-25</source>
        <translation>Eine unterstützte Übung erhält Unterstützung, kein Zusatzgewicht: Geben Sie die Unterstützung ein, etwa 25 oder bw-25</translation>
    </message>
    <message>
        <source>Enter the help such as 25, 50lb or bw-25; got &apos;%1&apos;</source>
        <translation>Geben Sie die Unterstützung ein, etwa 25, 50lb oder bw-25; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter a weight such as 102.5, 225lb or 100kg; got &apos;%1&apos;</source>
        <translation>Geben Sie ein Gewicht ein, etwa 102.5, 225lb oder 100kg; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter reps in reserve as rir 2; got &apos;%1&apos;</source>
        <translation>Geben Sie Wiederholungen in Reserve als rir 2 ein; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter an RPE from 1 to 10, such as 8 or 8.5; got &apos;%1&apos;</source>
        <translation>Geben Sie eine RPE von 1 bis 10 ein, etwa 8 oder 8.5; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Enter rest as 90, 2:30 or 3m; got &apos;%1&apos;</source>
        <translation>Geben Sie die Pause als 90, 2:30 oder 3m ein; erhalten: &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n Wdh.</numerusform>
            <numerusform>%n Wdh.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::SetsModel</name>
    <message>
        <source>warm-ups only</source>
        <translation>nur Aufwärmsätze</translation>
    </message>
    <message>
        <source>first time</source>
        <translation>erstes Mal</translation>
    </message>
    <message>
        <source>best e1RM %1</source>
        <translation>bestes e1RM %1</translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation>Unbekannte Übung</translation>
    </message>
    <message>
        <source>BW</source>
        <translation>BW</translation>
    </message>
    <message>
        <source>BW − %1</source>
        <translation>BW − %1</translation>
    </message>
    <message>
        <source>+%1</source>
        <translation>+%1</translation>
    </message>
    <message>
        <source>RIR %1</source>
        <translation>RIR %1</translation>
    </message>
    <message>
        <source>needs BW</source>
        <translation>BW fehlt</translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation>★ %1</translation>
    </message>
    <message>
        <source>%1 (%2). Type to choose another; aliases work too.</source>
        <translation>%1 (%2). Tippen Sie, um eine andere zu wählen; auch Aliasnamen funktionieren.</translation>
    </message>
    <message>
        <source>Warm-up sets never count towards e1RM or intensity.</source>
        <translation>Aufwärmsätze zählen nie für e1RM oder Intensität.</translation>
    </message>
    <message>
        <source>Assistance in %1: how much the machine or band takes off your bodyweight (25 or bw-25); bw for none.</source>
        <translation>Unterstützung in %1: wie viel Maschine oder Band Ihnen vom Körpergewicht abnimmt (25 oder bw-25); bw für keine.</translation>
    </message>
    <message>
        <source>Load in %1; write 180lb or 80kg for another unit, bw for none.</source>
        <translation>Last in %1; schreiben Sie 180lb oder 80kg für eine andere Maßeinheit, bw für keine.</translation>
    </message>
    <message>
        <source>%1.
This athlete&apos;s plates: the Plates… button above changes them.</source>
        <translation>%1.
Scheiben dieses Athleten: Die Schaltfläche „Scheiben…“ oben ändert sie.</translation>
    </message>
    <message>
        <source>Reps; or a duration (45s, 1:30) or a distance (40m, 2km).</source>
        <translation>Wiederholungen; oder eine Dauer (45s, 1:30) oder eine Strecke (40m, 2km).</translation>
    </message>
    <message>
        <source>RPE from 1 to 10 in steps of 0.5 (10 = no reps left), or reps in reserve: rir 2.</source>
        <translation>RPE von 1 bis 10 in Schritten von 0.5 (10 = keine Wiederholung mehr möglich), oder Wiederholungen in Reserve: rir 2.</translation>
    </message>
    <message>
        <source>Rest before this set: 90, 2:30 or 3m. The rest timer fills it in.</source>
        <translation>Pause vor diesem Satz: 90, 2:30 oder 3m. Der Pausentimer trägt sie ein.</translation>
    </message>
    <message>
        <source>Warm-ups give no e1RM.</source>
        <translation>Aufwärmsätze ergeben kein e1RM.</translation>
    </message>
    <message>
        <source>No e1RM and no volume: an assisted set lifts your bodyweight less the help. Enter this session&apos;s bodyweight to count it.</source>
        <translation>Kein e1RM und kein Volumen: Ein unterstützter Satz bewegt Ihr Körpergewicht abzüglich der Unterstützung. Geben Sie das Körpergewicht dieser Einheit ein, damit er zählt.</translation>
    </message>
    <message>
        <source>No e1RM for bodyweight exercises: the added load is only part of what is lifted.</source>
        <translation>Kein e1RM bei Körpergewichtsübungen: Die Zusatzlast ist nur ein Teil dessen, was bewegt wird.</translation>
    </message>
    <message>
        <source>A failed attempt gives no e1RM: it lifted nothing. It counts as a max effort.</source>
        <translation>Ein Fehlversuch ergibt kein e1RM: Es wurde nichts bewegt. Er zählt als Maximalversuch.</translation>
    </message>
    <message>
        <source>No e1RM: it needs a load and reps, at most %1 reps and RPE %2 or more.</source>
        <translation>Kein e1RM: Dafür braucht es Last und Wiederholungen, höchstens %1 Wiederholungen und RPE %2 oder mehr.</translation>
    </message>
    <message>
        <source>The load lifted is the bodyweight less the help: %1.
</source>
        <translation>Die bewegte Last ist das Körpergewicht abzüglich der Unterstützung: %1.
</translation>
    </message>
    <message>
        <source>Estimated 1RM from reps and effort (RTS chart).</source>
        <translation>Geschätztes 1RM aus Wiederholungen und Anstrengung (RTS-Tabelle).</translation>
    </message>
    <message>
        <source>Estimated 1RM from reps (Epley); add an RPE for a better one.</source>
        <translation>Geschätztes 1RM aus Wiederholungen (Epley); mit einer RPE wird es genauer.</translation>
    </message>
    <message>
        <source>A single: its load is the e1RM.</source>
        <translation>Eine einzelne Wiederholung: Ihre Last ist das e1RM.</translation>
    </message>
    <message>
        <source>The load is %1% of the best e1RM of the %2 weeks before this session.</source>
        <translation>Die Last beträgt %1 % des besten e1RM der %2 Wochen vor dieser Einheit.</translation>
    </message>
    <message>
        <source>★ A new best e1RM for this lift.</source>
        <translation>★ Ein neues bestes e1RM für diese Übung.</translation>
    </message>
    <message>
        <source>Warm-ups are not classified.</source>
        <translation>Aufwärmsätze werden nicht eingestuft.</translation>
    </message>
    <message>
        <source>Add an RPE to see how hard this set was.</source>
        <translation>Geben Sie eine RPE an, um zu sehen, wie schwer dieser Satz war.</translation>
    </message>
    <message>
        <source>%1
Rules: %2</source>
        <translation>%1
Regeln: %2</translation>
    </message>
    <message>
        <source>The last session with %1, on %2; the best e1RM is over the last %3 weeks.</source>
        <translation>Die letzte Einheit mit %1, am %2; das beste e1RM bezieht sich auf die letzten %3 Wochen.</translation>
    </message>
    <message>
        <source>%1, new best</source>
        <translation>%1, neue Bestleistung</translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>Estimated one-rep max of each set</source>
        <translation>Geschätztes 1RM jedes Satzes</translation>
    </message>
    <message>
        <source>The plates on each side of the bar, heaviest first</source>
        <translation>Die Scheiben auf jeder Seite der Stange, schwerste zuerst</translation>
    </message>
    <message>
        <source>Training, hard or testing (rules IR-01 to IR-07)</source>
        <translation>Training, hart oder Testen (Regeln IR-01 bis IR-07)</translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation>Übung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation>Gewicht (%1)</translation>
    </message>
    <message>
        <source>Plates/side (%1)</source>
        <translation>Scheiben/Seite (%1)</translation>
    </message>
    <message>
        <source>Plates/side</source>
        <translation>Scheiben/Seite</translation>
    </message>
    <message>
        <source>Reps</source>
        <translation>Wdh.</translation>
    </message>
    <message>
        <source>RPE</source>
        <translation>RPE</translation>
    </message>
    <message>
        <source>Rest</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>e1RM (%1)</source>
        <translation>e1RM (%1)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation>Übung wählen</translation>
    </message>
    <message>
        <source>This column cannot be edited</source>
        <translation>Diese Spalte kann nicht bearbeitet werden</translation>
    </message>
</context>
<context>
    <name>spotter::SetsView</name>
    <message>
        <source>Last time</source>
        <translation>Letztes Mal</translation>
    </message>
    <message>
        <source>Sets</source>
        <translation>Sätze</translation>
    </message>
    <message>
        <source>To failure</source>
        <translation>Bis zum Versagen</translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation>Gewicht (kg)</translation>
    </message>
    <message>
        <source>RIR 1.5</source>
        <translation>RIR 1.5</translation>
    </message>
    <message>
        <source>e1RM (kg)</source>
        <translation>e1RM (kg)</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
</context>
<context>
    <name>spotter::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Rules and thresholds</source>
        <translation>&amp;Regeln und Schwellenwerte</translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation>Wie das System</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Hell</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Dunkel</translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation>Kilogramm (kg)</translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation>Pfund (lb)</translation>
    </message>
    <message>
        <source>Weights are stored exactly whatever you choose; this only changes how they are shown and typed.</source>
        <translation>Gewichte werden unabhängig von Ihrer Wahl exakt gespeichert; dies ändert nur, wie sie angezeigt und eingegeben werden.</translation>
    </message>
    <message>
        <source>The rest timer counts towards this. 3–5 min suits heavy sets, 1–2 min lighter ones.</source>
        <translation>Der Pausentimer zählt auf diesen Wert hin. 3–5 min passen zu schweren Sätzen, 1–2 min zu leichteren.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <source> weeks</source>
        <translation> Wochen</translation>
    </message>
    <message>
        <source>A backup is taken the first time the database is opened each day; the newest of each of these last days is kept.</source>
        <translation>Eine Sicherung wird angelegt, wenn die Datenbank an einem Tag zum ersten Mal geöffnet wird; die neueste jedes dieser letzten Tage wird behalten.</translation>
    </message>
    <message>
        <source>And the newest of each of these last weeks. File → Restore from backup… lists them.</source>
        <translation>Außerdem die neueste jeder dieser letzten Wochen. Datei → Aus Sicherung wiederherstellen… listet sie auf.</translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation>&amp;Design:</translation>
    </message>
    <message>
        <source>&amp;Units for %1:</source>
        <translation>&amp;Maßeinheiten für %1:</translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation>&amp;Maßeinheiten:</translation>
    </message>
    <message>
        <source>Keep &amp;daily backups of:</source>
        <translation>&amp;Tägliche Sicherungen behalten für:</translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups of:</source>
        <translation>&amp;Wöchentliche Sicherungen behalten für:</translation>
    </message>
    <message>
        <source>Spotter&apos;s triage and intensity rules with their thresholds and sources. These are read-only; values marked &quot;product choice&quot; are Spotter&apos;s defaults where no source gives a number. %1</source>
        <translation>Spotters Regeln zur Einschätzung und Intensität mit ihren Schwellenwerten und Quellen. Sie sind schreibgeschützt; mit „Produktentscheidung“ markierte Werte sind Spotters Standardwerte, wo keine Quelle eine Zahl nennt. %1</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation>Schwellenwerte</translation>
    </message>
    <message>
        <source>change units</source>
        <translation>Maßeinheiten ändern</translation>
    </message>
    <message>
        <source>Spotter&apos;s rules and sources</source>
        <translation>Spotters Regeln und Quellen</translation>
    </message>
    <message>
        <source>High contrast, black on white</source>
        <translation>Hoher Kontrast, schwarz auf weiß</translation>
    </message>
    <message>
        <source>High contrast, white on black</source>
        <translation>Hoher Kontrast, weiß auf schwarz</translation>
    </message>
    <message>
        <source>Default r&amp;est:</source>
        <translation>Standard-&amp;Pause:</translation>
    </message>
    <message>
        <source>Read the &amp;full rules and sources…</source>
        <translation>&amp;Vollständige Regeln und Quellen lesen…</translation>
    </message>
</context>
<context>
    <name>spotter::SeverityText</name>
    <message>
        <source>Muscle fatigue</source>
        <translation>Muskelermüdung</translation>
    </message>
    <message>
        <source>DOMS</source>
        <translation>Muskelkater (DOMS)</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Beobachten</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>See a doctor</source>
        <translation>Ärztlich abklären</translation>
    </message>
    <message>
        <source>soon</source>
        <translation>bald</translation>
    </message>
    <message>
        <source>urgent</source>
        <translation>dringend</translation>
    </message>
    <message>
        <source>emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Call your local emergency number now</source>
        <translation>Rufen Sie sofort den Notruf 112 an</translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation>Lassen Sie es noch heute ärztlich abklären</translation>
    </message>
    <message>
        <source>Book a doctor or physio</source>
        <translation>Vereinbaren Sie einen Arzt- oder Physiotherapietermin</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation>Notfall</translation>
    </message>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Soon</source>
        <translation>Bald</translation>
    </message>
</context>
<context>
    <name>spotter::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>&lt;p&gt;In every text field Tab moves on, Enter confirms and Escape cancels.&lt;/p&gt;</source>
        <translation>&lt;p&gt;In jedem Textfeld geht Tab weiter, die Eingabetaste bestätigt und Escape bricht ab.&lt;/p&gt;</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>spotter::SorenessChecklist</name>
    <message>
        <source>Something else to tell? Every answer counts, whichever part of the body it is</source>
        <translation>Noch etwas mitzuteilen? Jede Antwort zählt, egal welcher Körperteil es ist</translation>
    </message>
    <message>
        <source>Signs — tick what is true</source>
        <translation>Anzeichen — kreuzen Sie an, was zutrifft</translation>
    </message>
    <message>
        <source>Red flags — tick anything that applies</source>
        <translation>Warnzeichen — kreuzen Sie alles an, was zutrifft</translation>
    </message>
    <message>
        <source>Any of these means: see a doctor</source>
        <translation>Jedes davon bedeutet: ärztlich abklären</translation>
    </message>
    <message>
        <source>Any of these means Spotter will tell you to see a doctor, and how soon.</source>
        <translation>Jedes davon bedeutet, dass Spotter Ihnen rät, es ärztlich abklären zu lassen, und sagt, wie bald.</translation>
    </message>
    <message>
        <source>1 more question is about other parts of the body. The red-flag checklist with the result always lists every red flag.</source>
        <translation>1 weitere Frage betrifft andere Körperteile. Die Warnzeichen-Checkliste beim Ergebnis führt immer alle Warnzeichen auf.</translation>
    </message>
    <message>
        <source>%1 more questions are about other parts of the body. The red-flag checklist with the result always lists every red flag.</source>
        <translation>%1 weitere Fragen betreffen andere Körperteile. Die Warnzeichen-Checkliste beim Ergebnis führt immer alle Warnzeichen auf.</translation>
    </message>
    <message>
        <source>Show &amp;every question</source>
        <translation>&amp;Jede Frage anzeigen</translation>
    </message>
</context>
<context>
    <name>spotter::SorenessForm</name>
    <message>
        <source>Head, chest, or a tearing pain</source>
        <translation>Kopf, Brust oder ein reißender Schmerz</translation>
    </message>
    <message>
        <source>Numbness, weakness or balance</source>
        <translation>Taubheit, Schwäche oder Gleichgewicht</translation>
    </message>
    <message>
        <source>Bladder, bowel or sex</source>
        <translation>Blase, Darm oder Sexualfunktion</translation>
    </message>
    <message>
        <source>How it started</source>
        <translation>Wie es begann</translation>
    </message>
    <message>
        <source>The joint or the limb</source>
        <translation>Das Gelenk oder die Gliedmaße</translation>
    </message>
    <message>
        <source>How the pain behaves</source>
        <translation>Wie sich der Schmerz verhält</translation>
    </message>
    <message>
        <source>Your body in general</source>
        <translation>Ihr Körper allgemein</translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation>Noch vor&amp;handen</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Trainingseinheit</translation>
    </message>
    <message>
        <source>The session you think caused it; the timing after it matters</source>
        <translation>Die Einheit, die Sie für die Ursache halten; der zeitliche Abstand danach ist wichtig</translation>
    </message>
    <message>
        <source>After &amp;which session:</source>
        <translation>Nach &amp;welcher Einheit:</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Yo&amp;ur notes (optional):</source>
        <translation>Ihre N&amp;otizen (optional):</translation>
    </message>
    <message>
        <source>Where is it sore?</source>
        <translation>Wo haben Sie Beschwerden?</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>Körperregion</translation>
    </message>
    <message>
        <source>The same choice as the body map, as a list</source>
        <translation>Dieselbe Auswahl wie auf der Körperkarte, als Liste</translation>
    </message>
    <message>
        <source>Side</source>
        <translation>Seite</translation>
    </message>
    <message>
        <source>Soreness on one side only after a two-sided lift can point to a strain</source>
        <translation>Beschwerden nur auf einer Seite nach einer beidseitigen Übung können auf eine Zerrung hindeuten</translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation>Körper&amp;region:</translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation>S&amp;eite:</translation>
    </message>
    <message>
        <source>Click the body map, or pick from the list. Not on the map? Choose “Other”.</source>
        <translation>Klicken Sie auf die Körperkarte oder wählen Sie aus der Liste. Nicht auf der Karte? Wählen Sie „Andere“.</translation>
    </message>
    <message>
        <source>When?</source>
        <translation>Wann?</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Bemerkt</translation>
    </message>
    <message>
        <source>When you first noticed it; the hours after the session matter</source>
        <translation>Wann Sie es zuerst bemerkt haben; die Stunden nach der Einheit sind wichtig</translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation>Abgeklungen seit</translation>
    </message>
    <message>
        <source>When it stopped hurting</source>
        <translation>Seit wann es nicht mehr schmerzt</translation>
    </message>
    <message>
        <source>Untick when it has gone, and say since when</source>
        <translation>Haken entfernen, wenn es abgeklungen ist, und angeben, seit wann</translation>
    </message>
    <message>
        <source>N&amp;oticed:</source>
        <translation>&amp;Bemerkt:</translation>
    </message>
    <message>
        <source>&amp;Gone since:</source>
        <translation>&amp;Abgeklungen seit:</translation>
    </message>
    <message>
        <source>How does it feel?</source>
        <translation>Wie fühlt es sich an?</translation>
    </message>
    <message>
        <source>How &amp;bad:</source>
        <translation>Wie s&amp;tark:</translation>
    </message>
    <message>
        <source>What it feels like</source>
        <translation>Wie es sich anfühlt</translation>
    </message>
    <message>
        <source>Dull, aching, tight or stiff is typical of training soreness; sharp, stabbing, shooting or burning is not</source>
        <translation>Dumpf, schmerzend, verspannt oder steif ist typisch für Muskelkater durch Training; scharf, stechend, einschießend oder brennend nicht</translation>
    </message>
    <message>
        <source>&amp;Character:</source>
        <translation>&amp;Charakter:</translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation>Unsicher</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendenz</translation>
    </message>
    <message>
        <source>Compared with yesterday</source>
        <translation>Im Vergleich zu gestern</translation>
    </message>
    <message>
        <source>Tren&amp;d:</source>
        <translation>Ten&amp;denz:</translation>
    </message>
    <message>
        <source>&amp;Health history…</source>
        <translation>&amp;Vorgeschichte…</translation>
    </message>
    <message>
        <source>Long-term steroids, osteoporosis, cancer, a weakened immune system: they change what Spotter says</source>
        <translation>Langfristige Einnahme von Steroiden, Osteoporose, Krebs, ein geschwächtes Immunsystem: Das ändert, was Spotter sagt</translation>
    </message>
    <message>
        <source>Not after a session</source>
        <translation>Nicht nach einer Einheit</translation>
    </message>
    <message>
        <source>Choose where it is sore: on the body map or in the list (“Other” if it is not there)</source>
        <translation>Wählen Sie, wo die Beschwerden sind: auf der Körperkarte oder in der Liste („Andere“, wenn die Stelle dort fehlt)</translation>
    </message>
    <message>
        <source>Rate how bad it is, from 0 (none) to 10</source>
        <translation>Bewerten Sie die Stärke von 0 (keine) bis 10</translation>
    </message>
    <message>
        <source>Choose what it feels like</source>
        <translation>Wählen Sie, wie es sich anfühlt</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>spotter::SorenessPage</name>
    <message>
        <source>no exercises logged</source>
        <translation>keine Übungen erfasst</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>a past back injury</source>
        <translation>eine frühere Rückenverletzung</translation>
    </message>
    <message>
        <source>long-term steroids or osteoporosis</source>
        <translation>langfristige Einnahme von Steroiden oder Osteoporose</translation>
    </message>
    <message>
        <source>cancer</source>
        <translation>Krebs</translation>
    </message>
    <message>
        <source>a weakened immune system</source>
        <translation>ein geschwächtes Immunsystem</translation>
    </message>
    <message>
        <source>Health history of %1: nothing recorded.</source>
        <translation>Vorgeschichte von %1: nichts erfasst.</translation>
    </message>
    <message>
        <source>Health history of %1: %2.</source>
        <translation>Vorgeschichte von %1: %2.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation>&amp;Neuer Bericht</translation>
    </message>
    <message>
        <source>Save the report (Ctrl+S); Ctrl+Z undoes it</source>
        <translation>Den Bericht speichern (Ctrl+S); Ctrl+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Start a new, empty report</source>
        <translation>Einen neuen, leeren Bericht beginnen</translation>
    </message>
    <message>
        <source>Spotter could not read your training history (%1). The result does not take the session or your health history into account, so it may be milder than it should be.</source>
        <translation>Spotter konnte Ihren Trainingsverlauf nicht lesen (%1). Das Ergebnis berücksichtigt weder die Einheit noch Ihre Vorgeschichte und fällt daher womöglich milder aus, als es sollte.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>The report in the form has changes that are not saved. Discard them?</source>
        <translation>Der Bericht im Formular hat nicht gespeicherte Änderungen. Diese verwerfen?</translation>
    </message>
    <message>
        <source>Save the soreness report?</source>
        <translation>Beschwerdebericht speichern?</translation>
    </message>
    <message>
        <source>The soreness report in the form has changes that are not saved. Save them before leaving?</source>
        <translation>Der Beschwerdebericht im Formular hat nicht gespeicherte Änderungen. Vor dem Verlassen speichern?</translation>
    </message>
    <message>
        <source>Not saved yet: see the notes next to the fields.</source>
        <translation>Noch nicht gespeichert: Beachten Sie die Hinweise neben den Feldern.</translation>
    </message>
    <message>
        <source>Nothing to save: the report has not changed.</source>
        <translation>Nichts zu speichern: Der Bericht wurde nicht geändert.</translation>
    </message>
    <message>
        <source>edit soreness report</source>
        <translation>Beschwerdebericht bearbeiten</translation>
    </message>
    <message>
        <source>report soreness</source>
        <translation>Beschwerden melden</translation>
    </message>
    <message>
        <source>Report saved; its assessment could not be kept (%1) and will be made again when the database is opened.</source>
        <translation>Bericht gespeichert; seine Einschätzung konnte nicht gespeichert werden (%1) und wird beim Öffnen der Datenbank erneut vorgenommen.</translation>
    </message>
    <message>
        <source>Report saved. Undo with Ctrl+Z.</source>
        <translation>Bericht gespeichert. Rückgängig mit Ctrl+Z.</translation>
    </message>
    <message>
        <source>delete soreness report</source>
        <translation>Beschwerdebericht löschen</translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation>Löschen nicht möglich</translation>
    </message>
    <message>
        <source>Report deleted. Undo with Ctrl+Z.</source>
        <translation>Bericht gelöscht. Rückgängig mit Ctrl+Z.</translation>
    </message>
    <message>
        <source>The report in the form is no longer stored; Save adds it again.</source>
        <translation>Der Bericht im Formular ist nicht mehr gespeichert; „Speichern“ fügt ihn wieder hinzu.</translation>
    </message>
    <message>
        <source>edit health history</source>
        <translation>Vorgeschichte bearbeiten</translation>
    </message>
    <message>
        <source>Editing the report of %1: %2</source>
        <translation>Bericht vom %1 wird bearbeitet: %2</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>Änderungen &amp;speichern</translation>
    </message>
    <message>
        <source>New soreness report</source>
        <translation>Neuer Beschwerdebericht</translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation>Bericht &amp;speichern</translation>
    </message>
    <message>
        <source>The recent sessions</source>
        <translation>Die letzten Trainingseinheiten</translation>
    </message>
    <message>
        <source>The training history</source>
        <translation>Der Trainingsverlauf</translation>
    </message>
    <message>
        <source>The report</source>
        <translation>Der Bericht</translation>
    </message>
    <message>
        <source>The athlete&apos;s health history</source>
        <translation>Die Vorgeschichte des Athleten</translation>
    </message>
</context>
<context>
    <name>spotter::SorenessReportList</name>
    <message>
        <source>No soreness reported yet. Fill in the form and press Save.</source>
        <translation>Noch keine Beschwerden gemeldet. Füllen Sie das Formular aus und klicken Sie auf „Speichern“.</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Past soreness reports</source>
        <translation>Frühere Beschwerdeberichte</translation>
    </message>
    <message>
        <source>Select a report to see it again and edit it</source>
        <translation>Wählen Sie einen Bericht, um ihn erneut anzusehen und zu bearbeiten</translation>
    </message>
    <message>
        <source>P&amp;ast reports:</source>
        <translation>&amp;Frühere Berichte:</translation>
    </message>
    <message>
        <source>Delete the selected report (Delete); Ctrl+Z brings it back</source>
        <translation>Den gewählten Bericht löschen (Entf); Ctrl+Z holt ihn zurück</translation>
    </message>
</context>
<context>
    <name>spotter::SorenessReportModel</name>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Could not read the history behind this report: %1</source>
        <translation>Der Verlauf zu diesem Bericht konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation>%1, linke Seite</translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation>%1, rechte Seite</translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation>%1/10</translation>
    </message>
    <message>
        <source>Gone since %1</source>
        <translation>Abgeklungen seit %1</translation>
    </message>
    <message>
        <source>Still present</source>
        <translation>Noch vorhanden</translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation>Bemerkt</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation>Intensität</translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation>Sieht aus nach</translation>
    </message>
    <message>
        <source>The past reports</source>
        <translation>Die früheren Berichte</translation>
    </message>
</context>
<context>
    <name>spotter::SorenessVerdictText</name>
    <message>
        <source>where it is sore</source>
        <translation>wo es wehtut</translation>
    </message>
    <message>
        <source>how bad it is</source>
        <translation>wie stark es ist</translation>
    </message>
    <message>
        <source>what it feels like</source>
        <translation>wie es sich anfühlt</translation>
    </message>
    <message>
        <source>It was noticed (%1) before the session it is put down to began (%2). Choose another session, or “Not after a session”.</source>
        <translation>Die Beschwerden wurden bemerkt (%1), bevor die zugeordnete Einheit begann (%2). Wählen Sie eine andere Einheit oder „Nicht nach einer Einheit“.</translation>
    </message>
</context>
<context>
    <name>spotter::StatusLine</name>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z does it again.</source>
        <translation>Rückgängig gemacht: %1. Ctrl+Shift+Z stellt es wieder her.</translation>
    </message>
    <message>
        <source>Redone: %1. Ctrl+Z takes it back again.</source>
        <translation>Wiederhergestellt: %1. Ctrl+Z macht es wieder rückgängig.</translation>
    </message>
</context>
<context>
    <name>spotter::Store</name>
    <message>
        <source>An athlete named &apos;%1&apos; already exists</source>
        <translation>Ein Athlet namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>There is no athlete %1</source>
        <translation>Athlet %1 existiert nicht</translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation>nicht lesbar</translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation>keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>not a Spotter database</source>
        <translation>keine Spotter-Datenbank</translation>
    </message>
    <message>
        <source>written by a newer Spotter (schema %1)</source>
        <translation>von einer neueren Spotter-Version geschrieben (Schema %1)</translation>
    </message>
    <message>
        <source>Cannot create the backup folder &apos;%1&apos;</source>
        <translation>Der Sicherungsordner &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be restored: %2</source>
        <translation>&apos;%1&apos; kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the database itself</source>
        <translation>&apos;%1&apos; ist die Datenbank selbst</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is open in another program (Spotter or spotter-cli); close it and restore again. Nothing was changed.</source>
        <translation>&apos;%1&apos; ist in einem anderen Programm geöffnet (Spotter oder spotter-cli); schließen Sie es und starten Sie die Wiederherstellung erneut. Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Cannot remove the stale &apos;%1&apos;</source>
        <translation>Die veraltete Datei &apos;%1&apos; kann nicht entfernt werden</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht ersetzt werden: %2</translation>
    </message>
    <message>
        <source>No database path given</source>
        <translation>Kein Datenbankpfad angegeben</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a Spotter database</source>
        <translation>&apos;%1&apos; ist ein Ordner, keine Spotter-Datenbank</translation>
    </message>
    <message>
        <source>There is no database at &apos;%1&apos;: the file does not exist</source>
        <translation>Unter &apos;%1&apos; gibt es keine Datenbank: Die Datei existiert nicht</translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;</source>
        <translation>Der Ordner &apos;%1&apos; kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: the folder &apos;%2&apos; is read-only</source>
        <translation>&apos;%1&apos; kann nicht angelegt werden: Der Ordner &apos;%2&apos; ist schreibgeschützt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty file, not a Spotter database</source>
        <translation>&apos;%1&apos; ist eine leere Datei, keine Spotter-Datenbank</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: the file or its folder &apos;%2&apos; is read-only (or on a read-only disk). Nothing was changed; commands that only read it still work.</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: Die Datei oder ihr Ordner &apos;%2&apos; ist schreibgeschützt (oder liegt auf einem schreibgeschützten Datenträger). Es wurde nichts geändert; Befehle, die die Datei nur lesen, funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed its integrity check (%2). It was opened read-only so that nothing more is written into it. Save what it holds with a backup or an export, then restore an earlier backup.</source>
        <translation>&apos;%1&apos; hat die Integritätsprüfung nicht bestanden (%2). Die Datei wurde schreibgeschützt geöffnet, damit nichts mehr hineingeschrieben wird. Sichern Sie ihren Inhalt mit einer Sicherung oder einem Export und stellen Sie dann eine frühere Sicherung wieder her.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Spotter database (it is not an SQLite file)</source>
        <translation>&apos;%1&apos; ist keine Spotter-Datenbank (es ist keine SQLite-Datei)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its SQLite header is not valid (page size %2)</source>
        <translation>&apos;%1&apos; ist beschädigt: Der SQLite-Header ist ungültig (Seitengröße %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is shorter than its header says (truncated?)</source>
        <translation>&apos;%1&apos; ist beschädigt: Die Datei ist kürzer, als ihr Header angibt (abgeschnitten?)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another application, not a Spotter database</source>
        <translation>&apos;%1&apos; ist eine SQLite-Datenbank einer anderen Anwendung, keine Spotter-Datenbank</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Spotter (schema %2; this version knows up to %3). It was not opened or changed; update Spotter to use it.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Spotter-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Die Datei wurde weder geöffnet noch geändert; aktualisieren Sie Spotter, um sie zu verwenden.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or not a database: %2</source>
        <translation>&apos;%1&apos; ist beschädigt oder keine Datenbank: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot use write-ahead logging (journal mode %2)</source>
        <translation>&apos;%1&apos; kann kein Write-Ahead-Logging verwenden (Journalmodus %2)</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: its write-ahead log &apos;%2&apos; holds changes that need the -shm file, which cannot be created here (a read-only or full disk). Copy the file together with its -wal to a writable folder. (%3)</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: Das Write-Ahead-Log &apos;%2&apos; enthält Änderungen, die die -shm-Datei brauchen, und diese kann hier nicht angelegt werden (schreibgeschützter oder voller Datenträger). Kopieren Sie die Datei zusammen mit ihrer -wal-Datei in einen beschreibbaren Ordner. (%3)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Spotter (schema %2; this version knows up to %3). Update Spotter to use it.</source>
        <translation>&apos;%1&apos; wurde von einer neueren Spotter-Version geschrieben (Schema %2; diese Version kennt Schemas bis %3). Aktualisieren Sie Spotter, um die Datei zu verwenden.</translation>
    </message>
    <message>
        <source>It needs an upgrade, which a damaged file cannot have.</source>
        <translation>Die Datei braucht ein Upgrade, das bei einer beschädigten Datei nicht möglich ist.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an upgrade (schema %2 to %3) before it can be read, and it was opened only to read; nothing was changed. A command that writes upgrades it, after a backup.</source>
        <translation>&apos;%1&apos; braucht ein Upgrade (Schema %2 auf %3), bevor die Datei gelesen werden kann, und sie wurde nur zum Lesen geöffnet; es wurde nichts geändert. Ein schreibender Befehl führt das Upgrade durch, nach einer Sicherung.</translation>
    </message>
    <message>
        <source>The disk is too full to upgrade &apos;%1&apos; (schema %2 to %3): the upgrade and its backup need about %4 free, and %5 is free. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist zu voll für das Upgrade von &apos;%1&apos; (Schema %2 auf %3): Upgrade und Sicherung brauchen etwa %4 freien Speicher, frei sind %5. Es wurde nichts geändert; geben Sie Speicher frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The backup target &apos;%1&apos; already exists</source>
        <translation>Das Sicherungsziel &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>An exercise named &apos;%1&apos; already exists</source>
        <translation>Eine Übung namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already another name of &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist bereits ein anderer Name für &apos;%2&apos;</translation>
    </message>
    <message>
        <source>There is no exercise %1</source>
        <translation>Übung %1 existiert nicht</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by %2 logged sets and cannot be deleted</source>
        <translation>&apos;%1&apos; wird von %2 erfassten Sätzen verwendet und kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos; in column %2</source>
        <translation>Unbekannter Wert &apos;%1&apos; in Spalte %2</translation>
    </message>
    <message>
        <source>An import wrote outside a write transaction</source>
        <translation>Ein Import hat außerhalb einer Schreibtransaktion geschrieben</translation>
    </message>
    <message>
        <source>The plates of athlete %1 cannot be read: %2</source>
        <translation>Die Scheiben von Athlet %1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The database connection is not SQLite</source>
        <translation>Die Datenbankverbindung ist keine SQLite-Verbindung</translation>
    </message>
    <message>
        <source>The database connection is closed</source>
        <translation>Die Datenbankverbindung ist geschlossen</translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation>%1: %2 fehlgeschlagen: %3</translation>
    </message>
    <message>
        <source>No placeholder %1 in: %2</source>
        <translation>Kein Platzhalter %1 in: %2</translation>
    </message>
    <message>
        <source>A routine named &apos;%1&apos; already exists</source>
        <translation>Ein Trainingsplan namens &apos;%1&apos; existiert bereits</translation>
    </message>
    <message>
        <source>There is no routine %1</source>
        <translation>Trainingsplan %1 existiert nicht</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Trainingseinheit %1 existiert nicht</translation>
    </message>
    <message>
        <source>There is no set %1</source>
        <translation>Satz %1 existiert nicht</translation>
    </message>
    <message>
        <source>There is no soreness report %1</source>
        <translation>Beschwerdebericht %1 existiert nicht</translation>
    </message>
    <message>
        <source>the database</source>
        <translation>die Datenbank</translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written. Nothing was changed; free some space and try again.</source>
        <translation>Der Datenträger ist voll: %1 kann nicht geschrieben werden. Es wurde nichts geändert; geben Sie Speicher frei und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written, or the disk is mounted read-only); nothing was changed. Commands that only read it (sessions, export, backup, check) still work.</source>
        <translation>%1 ist schreibgeschützt (die Datei oder ihr Ordner ist nicht beschreibbar, oder der Datenträger ist schreibgeschützt eingehängt); es wurde nichts geändert. Befehle, die nur lesen (sessions, export, backup, check), funktionieren weiterhin.</translation>
    </message>
    <message>
        <source>Could not start a write: %1</source>
        <translation>Der Schreibvorgang konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>Another program kept the database busy for %1 s; try again</source>
        <translation>Ein anderes Programm hat die Datenbank %1 s lang belegt; versuchen Sie es erneut</translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is part of %n routine(s) and cannot be deleted</source>
        <translation>
            <numerusform>&apos;%1&apos; gehört zu %n Trainingsplan und kann nicht gelöscht werden</numerusform>
            <numerusform>&apos;%1&apos; gehört zu %n Trainingsplänen und kann nicht gelöscht werden</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation>Lesen von %1</translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation>Schreiben von %1</translation>
    </message>
    <message>
        <source>the row it belongs to could not be read</source>
        <translation>die Zeile, zu der sie gehört, ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation>&apos;%1&apos; gibt es bereits</translation>
    </message>
    <message>
        <source>The salvaged copy of &apos;%1&apos; failed its own check (%2)</source>
        <translation>Die gerettete Kopie von &apos;%1&apos; hat ihre eigene Prüfung nicht bestanden (%2)</translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; (it exists, or its folder cannot be written)</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden (die Datei gibt es bereits, oder ihr Ordner ist nicht beschreibbar)</translation>
    </message>
    <message>
        <source>kept without its link (%1): the row it belongs to could not be read</source>
        <translation>ohne ihre Verknüpfung (%1) behalten: die Zeile, zu der sie gehört, ließ sich nicht lesen</translation>
    </message>
    <message>
        <source>%1&apos;s details were changed by someone else since you opened them; nothing was overwritten. They have been reloaded: make your change again.</source>
        <translation>Die Angaben von %1 wurden seit dem Öffnen von jemand anderem geändert; nichts wurde überschrieben. Sie wurden neu geladen: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>coach and athlete</source>
        <translation>Trainer und Athlet</translation>
    </message>
    <message>
        <source>coach</source>
        <translation>Trainer</translation>
    </message>
    <message>
        <source>athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>no role</source>
        <translation>keine Rolle</translation>
    </message>
    <message>
        <source>A team server is backed up by its admin with PostgreSQL&apos;s own tool, which sees every athlete&apos;s rows (a coach or an athlete sees only theirs): pg_dump --format=custom --file=%1 %2 (docs/team-server.md, &quot;Back up&quot;)</source>
        <translation>Ein Teamserver wird von seinem Administrator mit dem eigenen Werkzeug von PostgreSQL gesichert, das die Zeilen aller Athleten sieht (ein Trainer oder Athlet sieht nur die eigenen): pg_dump --format=custom --file=%1 %2 (docs/team-server.md, „Back up“)</translation>
    </message>
    <message>
        <source>The team server %1 refused the login: the password is wrong or missing (%2)</source>
        <translation>Der Teamserver %1 hat die Anmeldung abgelehnt: Das Passwort ist falsch oder fehlt (%2)</translation>
    </message>
    <message>
        <source>Cannot use the team server %1: %2</source>
        <translation>Der Teamserver %1 kann nicht verwendet werden: %2</translation>
    </message>
    <message>
        <source>Cannot reach the team server %1: %2</source>
        <translation>Der Teamserver %1 ist nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so Spotter cannot open %1</source>
        <translation>Der PostgreSQL-Treiber von Qt ist nicht installiert (Debian: libqt6sql6-psql), daher kann Spotter %1 nicht öffnen</translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation>unbekannter Fehler</translation>
    </message>
    <message>
        <source>%1 holds no Spotter data. The server&apos;s admin sets it up once with &apos;spotter-cli --db URI server init&apos; (docs/team-server.md).</source>
        <translation>%1 enthält keine Spotter-Daten. Der Administrator des Servers richtet sie einmal mit &apos;spotter-cli --db URI server init&apos; ein (docs/team-server.md).</translation>
    </message>
    <message>
        <source>%1: the login has no role</source>
        <translation>%1: Der Anmeldename hat keine Rolle</translation>
    </message>
    <message>
        <source>&apos;%1&apos; owns the team&apos;s tables or bypasses their row-level security, so it would see every athlete&apos;s rows; Spotter does not work as it. Connect as a coach or an athlete (spotter-cli server add-coach, add-athlete).</source>
        <translation>&apos;%1&apos; besitzt die Tabellen des Teams oder umgeht ihre Sicherheit auf Zeilenebene (row-level security) und sähe damit die Zeilen aller Athleten; damit arbeitet Spotter nicht. Melden Sie sich als Trainer oder Athlet an (spotter-cli server add-coach, add-athlete).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a coach nor an athlete on %2; the server&apos;s admin adds people with &apos;spotter-cli server add-coach&apos; or &apos;server add-athlete&apos;.</source>
        <translation>&apos;%1&apos; ist auf %2 weder Trainer noch Athlet; der Administrator des Servers fügt Personen mit &apos;spotter-cli server add-coach&apos; oder &apos;server add-athlete&apos; hinzu.</translation>
    </message>
    <message>
        <source>%1 has a table spotter_schema that is not Spotter&apos;s</source>
        <translation>%1 hat eine Tabelle spotter_schema, die nicht von Spotter stammt</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Spotter (schema %2; this version knows up to %3). Nothing was changed; update Spotter to use it.</source>
        <translation>Der Teamserver %1 wurde von einer neueren Version von Spotter eingerichtet (Schema %2; diese Version kennt bis %3). Nichts wurde geändert; aktualisieren Sie Spotter, um ihn zu verwenden.</translation>
    </message>
    <message>
        <source>The team server %1 has schema %2 and this Spotter needs %3. Nothing was changed; the server&apos;s admin upgrades it with &apos;spotter-cli --db URI server upgrade&apos; (docs/team-server.md).</source>
        <translation>Der Teamserver %1 hat Schema %2, und dieses Spotter braucht %3. Nichts wurde geändert; der Administrator des Servers aktualisiert ihn mit &apos;spotter-cli --db URI server upgrade&apos; (docs/team-server.md).</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable server address: %2</source>
        <translation>&apos;%1&apos; ist keine verwendbare Serveradresse: %2</translation>
    </message>
    <message>
        <source>give one host; several hosts are not supported</source>
        <translation>geben Sie einen Host an; mehrere Hosts werden nicht unterstützt</translation>
    </message>
    <message>
        <source>it contains a password. Spotter never keeps passwords: put it in ~/.pgpass (or a service file), or leave it out and type it when asked</source>
        <translation>sie enthält ein Passwort. Spotter speichert nie Passwörter: Legen Sie es in ~/.pgpass (oder einer Dienstdatei) ab, oder lassen Sie es weg und geben Sie es ein, wenn danach gefragt wird</translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos;</source>
        <translation>unbekannte Verbindungsoption &apos;%1&apos;</translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains &apos;;&apos;, which the database driver cannot pass on</source>
        <translation>der Wert von &apos;%1&apos; enthält &apos;;&apos;, was der Datenbanktreiber nicht weitergeben kann</translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535; got &apos;%1&apos;</source>
        <translation>der Port muss eine Zahl von 1 bis 65535 sein; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>an IPv6 address must end with &apos;]&apos;</source>
        <translation>eine IPv6-Adresse muss mit &apos;]&apos; enden</translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation>unerwarteter Text nach der IPv6-Adresse</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not key=value</source>
        <translation>&apos;%1&apos; ist nicht key=value</translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; and a value</source>
        <translation>&apos;%1&apos; braucht &apos;=&apos; und einen Wert</translation>
    </message>
    <message>
        <source>a quoted value does not end</source>
        <translation>ein Wert in Anführungszeichen endet nicht</translation>
    </message>
    <message>
        <source>service %1</source>
        <translation>Dienst %1</translation>
    </message>
    <message>
        <source>The database connection is not PostgreSQL</source>
        <translation>Die Datenbankverbindung ist nicht PostgreSQL</translation>
    </message>
    <message>
        <source>The connection to the server is closed</source>
        <translation>Die Verbindung zum Server ist geschlossen</translation>
    </message>
    <message>
        <source>The connection to the team server was lost (%1). Nothing of the unfinished change was kept; Spotter connects again on the next step, so try again.</source>
        <translation>Die Verbindung zum Teamserver ist abgebrochen (%1). Von der unvollendeten Änderung wurde nichts behalten; Spotter verbindet sich beim nächsten Schritt erneut, versuchen Sie es also noch einmal.</translation>
    </message>
    <message>
        <source>Cannot reach the team server again: %1</source>
        <translation>Der Teamserver ist wieder nicht erreichbar: %1</translation>
    </message>
    <message>
        <source>The connection to the team server was lost in the middle of a change; nothing of it was kept. Try again.</source>
        <translation>Die Verbindung zum Teamserver ist mitten in einer Änderung abgebrochen; davon wurde nichts behalten. Versuchen Sie es noch einmal.</translation>
    </message>
    <message>
        <source>The change was not saved: a step of it failed, so the server undid all of it</source>
        <translation>Die Änderung wurde nicht gespeichert: Ein Schritt davon ist fehlgeschlagen, daher hat der Server alles rückgängig gemacht</translation>
    </message>
    <message>
        <source>Quoting &apos;%1&apos;</source>
        <translation>&apos;%1&apos; wird maskiert</translation>
    </message>
    <message>
        <source>Quoting a value</source>
        <translation>Ein Wert wird maskiert</translation>
    </message>
    <message>
        <source>Writing %1 rows into %2</source>
        <translation>%1 Zeilen werden in %2 geschrieben</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; is also assigned to athletes you do not coach; only the one who made it can change it. Nothing was changed.</source>
        <translation>Der Trainingsplan &apos;%1&apos; ist auch Athleten zugewiesen, die Sie nicht trainieren; nur wer ihn erstellt hat, kann ihn ändern. Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation>Der Trainingsplan &apos;%1&apos; wurde seit dem Öffnen von jemand anderem geändert; nichts wurde überschrieben. Er wurde neu geladen: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file; the server commands need a PostgreSQL server (postgresql://… or service=…)</source>
        <translation>&apos;%1&apos; ist eine Datei; die server-Befehle brauchen einen PostgreSQL-Server (postgresql://… oder service=…)</translation>
    </message>
    <message>
        <source>%1 holds no Spotter data yet; set it up with &apos;server init&apos;</source>
        <translation>%1 enthält noch keine Spotter-Daten; richten Sie sie mit &apos;server init&apos; ein</translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Spotter (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation>Der Teamserver %1 wurde von einer neueren Version von Spotter eingerichtet (Schema %2; diese Version kennt bis %3). Nichts wurde geändert.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a login&apos;s name</source>
        <translation>&apos;%1&apos; kann nicht der Name einer Anmeldung sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; owns the team&apos;s tables or bypasses row-level security; a coach or an athlete must be a login of their own</source>
        <translation>&apos;%1&apos; besitzt die Tabellen des Teams oder umgeht die Sicherheit auf Zeilenebene; ein Trainer oder Athlet braucht einen eigenen Anmeldenamen</translation>
    </message>
    <message>
        <source>Encrypting the password</source>
        <translation>Das Passwort wird verschlüsselt</translation>
    </message>
    <message>
        <source>There is no team named &apos;%1&apos; (add one with &apos;server add-team&apos;)</source>
        <translation>Es gibt kein Team namens &apos;%1&apos; (fügen Sie eines mit &apos;server add-team&apos; hinzu)</translation>
    </message>
    <message>
        <source>The athlete was not added</source>
        <translation>Der Athlet wurde nicht hinzugefügt</translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; is already the athlete &apos;%2&apos;</source>
        <translation>Der Anmeldename &apos;%1&apos; ist bereits der Athlet &apos;%2&apos;</translation>
    </message>
    <message>
        <source>A team needs a name</source>
        <translation>Ein Team braucht einen Namen</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coach on this server (add them with &apos;server add-coach&apos;)</source>
        <translation>&apos;%1&apos; ist auf diesem Server kein Trainer (fügen Sie ihn mit &apos;server add-coach&apos; hinzu)</translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos;</source>
        <translation>Es gibt keinen Athleten namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>table %1 is not guarded by row-level security</source>
        <translation>Tabelle %1 ist nicht durch Sicherheit auf Zeilenebene geschützt</translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation>Tabelle %1 fehlt</translation>
    </message>
    <message>
        <source>This session was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation>Diese Trainingseinheit wurde seit dem Öffnen von jemand anderem geändert; nichts wurde überschrieben. Sie wurde neu geladen: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>This set was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation>Dieser Satz wurde seit dem Öffnen von jemand anderem geändert; nichts wurde überschrieben. Er wurde neu geladen: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>This soreness report was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation>Dieser Beschwerdebericht wurde seit dem Öffnen von jemand anderem geändert; nichts wurde überschrieben. Er wurde neu geladen: Nehmen Sie Ihre Änderung erneut vor.</translation>
    </message>
    <message>
        <source>the sets&apos; references to sessions and exercises are not checked; the admin restores the checks with &apos;spotter-cli server upgrade&apos;</source>
        <translation>die Verweise der Sätze auf Trainingseinheiten und Übungen werden nicht geprüft; der Administrator stellt die Prüfung mit &apos;spotter-cli server upgrade&apos; wieder her</translation>
    </message>
    <message>
        <source>The team server %1 was set up for an older Spotter: its sets do not carry their sessions&apos; athletes. Nothing was changed; the server&apos;s admin upgrades it with &apos;spotter-cli --db URI server upgrade&apos; (docs/team-server.md).</source>
        <translation>Der Teamserver %1 wurde für ein älteres Spotter eingerichtet: seine Sätze tragen nicht den Athleten ihrer Trainingseinheit. Nichts wurde geändert; der Administrator des Servers aktualisiert ihn mit &apos;spotter-cli --db URI server upgrade&apos; (docs/team-server.md).</translation>
    </message>
    <message>
        <source>the sets do not carry their sessions&apos; athletes, which their row-level security reads; the admin restores them with &apos;spotter-cli server upgrade&apos;</source>
        <translation>die Sätze tragen nicht den Athleten ihrer Trainingseinheit, den ihre Sicherheit auf Zeilenebene liest; der Administrator stellt ihn mit &apos;spotter-cli server upgrade&apos; wieder her</translation>
    </message>
    <message>
        <source>changes to table %1 are not announced to other people&apos;s windows; the admin restores that with &apos;spotter-cli server upgrade&apos;</source>
        <translation>Änderungen an der Tabelle %1 werden den Fenstern anderer nicht gemeldet; der Administrator stellt das mit &apos;spotter-cli server upgrade&apos; wieder her</translation>
    </message>
</context>
<context>
    <name>spotter::StoreCommand</name>
    <message>
        <source>Redo %1</source>
        <translation>Wiederholen: %1</translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
</context>
<context>
    <name>spotter::Suggestion</name>
    <message>
        <source>No e1RM in the last %1 weeks to work from: enter the load.</source>
        <translation>Kein e1RM aus den letzten %1 Wochen als Grundlage: Geben Sie die Last ein.</translation>
    </message>
    <message>
        <source>No load today: %1 has an open report (%2). %3</source>
        <translation>Heute keine Last: Für %1 gibt es einen offenen Bericht (%2). %3</translation>
    </message>
    <message>
        <source>%1% lighter: %2 had a report that resolved in the last %3 days.</source>
        <translation>%1 % leichter: Für %2 gab es einen Bericht, der in den letzten %3 Tagen abgeklungen ist.</translation>
    </message>
    <message>
        <source>%1% lighter: this lift was tested on %2. %3</source>
        <translation>%1 % leichter: Diese Übung wurde am %2 getestet. %3</translation>
    </message>
    <message>
        <source>Held at last time&apos;s top load: this week&apos;s session load is already much higher than last week&apos;s (LM-04).</source>
        <translation>Auf der Höchstlast vom letzten Mal gehalten: Die Einheitenlast dieser Woche ist bereits viel höher als die der letzten Woche (LM-04).</translation>
    </message>
    <message>
        <source>Held: more would be a load jump over this lift&apos;s recent top loads (IF-03). %1</source>
        <translation>Gehalten: Mehr wäre ein Lastsprung gegenüber den jüngsten Höchstlasten dieser Übung (IF-03). %1</translation>
    </message>
    <message>
        <source>The plates cannot make a load this light for %1.</source>
        <translation>Mit den Scheiben lässt sich für %1 keine so leichte Last auflegen.</translation>
    </message>
</context>
<context>
    <name>spotter::TeamModel</name>
    <message>
        <source>today</source>
        <translation>heute</translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation>gestern</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation>%1 (+%2 weitere)</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>No session logged yet</source>
        <translation>Noch keine Einheit erfasst</translation>
    </message>
    <message>
        <source>Sessions in the last 28 days</source>
        <translation>Einheiten in den letzten 28 Tagen</translation>
    </message>
    <message>
        <source>Sessions in the last 28 days classed testing (a max effort). Testing a lift every 8–12 weeks is plenty.</source>
        <translation>Einheiten der letzten 28 Tage, die als Testen eingestuft sind (Maximalversuch). Eine Übung alle 8–12 Wochen zu testen, ist reichlich.</translation>
    </message>
    <message>
        <source>%1: %2, noticed %3, %4</source>
        <translation>%1: %2, bemerkt %3, %4</translation>
    </message>
    <message>
        <source>gone %1</source>
        <translation>abgeklungen %1</translation>
    </message>
    <message>
        <source>still there</source>
        <translation>noch vorhanden</translation>
    </message>
    <message>
        <source>Open: not resolved yet, or resolved within the last %1 days.</source>
        <translation>Offen: noch nicht abgeklungen oder innerhalb der letzten %1 Tage abgeklungen.</translation>
    </message>
    <message>
        <source>Shown after 28 days of logged session load (session RPE × minutes).</source>
        <translation>Angezeigt nach 28 Tagen erfasster Einheitenlast (Session-RPE × Minuten).</translation>
    </message>
    <message>
        <source>below the typical 0.8–1.3</source>
        <translation>unter dem typischen Bereich 0,8–1,3</translation>
    </message>
    <message>
        <source>within the typical 0.8–1.3</source>
        <translation>im typischen Bereich 0,8–1,3</translation>
    </message>
    <message>
        <source>above the typical 0.8–1.3</source>
        <translation>über dem typischen Bereich 0,8–1,3</translation>
    </message>
    <message>
        <source>well above the typical 0.8–1.3 (1.5 or more)</source>
        <translation>deutlich über dem typischen Bereich 0,8–1,3 (1,5 oder mehr)</translation>
    </message>
    <message>
        <source>ACWR over the last 7 days: %1, %2. It compares that week&apos;s load with the weeks before; it is information, not a verdict or an injury risk.</source>
        <translation>ACWR der letzten 7 Tage: %1, %2. Sie vergleicht die Last dieser Woche mit den Wochen davor; das ist eine Information, kein Urteil und kein Verletzungsrisiko.</translation>
    </message>
    <message>
        <source>Monotony of last week&apos;s daily loads (mean ÷ SD, rest days 0). Above 2: the days were all alike.</source>
        <translation>Monotonie der Tageslasten der letzten Woche (Mittelwert ÷ SD, Ruhetage 0). Über 2: Die Tage waren alle gleich.</translation>
    </message>
    <message>
        <source>No soreness reported</source>
        <translation>Keine Beschwerden gemeldet</translation>
    </message>
    <message>
        <source>%1: %2, noticed %3</source>
        <translation>%1: %2, bemerkt %3</translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation>Athlet</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Handlungsbedarf</translation>
    </message>
    <message>
        <source>Last
session</source>
        <translation>Letzte
Einheit</translation>
    </message>
    <message>
        <source>Sessions
28 days</source>
        <translation>Einheiten
28 Tage</translation>
    </message>
    <message>
        <source>Testing
28 days</source>
        <translation>Testen
28 Tage</translation>
    </message>
    <message>
        <source>Open
warnings</source>
        <translation>Offene
Warnungen</translation>
    </message>
    <message>
        <source>ACWR
7 days</source>
        <translation>ACWR
7 Tage</translation>
    </message>
    <message>
        <source>Monotony
last week</source>
        <translation>Monotonie
letzte Woche</translation>
    </message>
    <message>
        <source>Last soreness</source>
        <translation>Letzte Beschwerden</translation>
    </message>
    <message>
        <source>Warnings and see-a-doctor reports not resolved yet or resolved in the last week</source>
        <translation>Warnungen und ärztlich abzuklärende Berichte, die noch nicht oder erst in der letzten Woche abgeklungen sind</translation>
    </message>
    <message>
        <source>Acute:chronic workload ratio, mean of the last 7 days: information about load, not a verdict</source>
        <translation>Verhältnis akuter zu chronischer Belastung (ACWR), Mittel der letzten 7 Tage: Information über die Last, kein Urteil</translation>
    </message>
    <message>
        <source>Monotony of the last complete week: above 2, the days were all alike</source>
        <translation>Monotonie der letzten vollständigen Woche: über 2 waren die Tage alle gleich</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>vor %n Woche</numerusform>
            <numerusform>vor %n Wochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::TeamPage</name>
    <message>
        <source>Only those who &amp;need attention</source>
        <translation>Nur mit &amp;Handlungsbedarf</translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation>Nach Name filtern</translation>
    </message>
    <message>
        <source>Filter athletes</source>
        <translation>Athleten filtern</translation>
    </message>
    <message>
        <source>Loading</source>
        <translation>Wird geladen</translation>
    </message>
    <message>
        <source>Athletes</source>
        <translation>Athleten</translation>
    </message>
    <message>
        <source>Double-click an athlete to see their progress. ACWR and monotony are information about load, not verdicts or injury risks. Open warnings: not resolved yet, or resolved within the last week.</source>
        <translation>Doppelklicken Sie auf einen Athleten, um seinen Fortschritt zu sehen. ACWR und Monotonie sind Informationen über die Last, keine Urteile und keine Verletzungsrisiken. Offene Warnungen: noch nicht abgeklungen oder innerhalb der letzten Woche abgeklungen.</translation>
    </message>
    <message>
        <source>No athletes yet.</source>
        <translation>Noch keine Athleten.</translation>
    </message>
    <message numerus="yes">
        <source>Reading %n athlete(s)…</source>
        <translation>
            <numerusform>%n Athlet wird gelesen…</numerusform>
            <numerusform>%n Athleten werden gelesen…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s), none needing attention</source>
        <translation>
            <numerusform>%n Athlet, kein Handlungsbedarf</numerusform>
            <numerusform>%n Athleten, kein Handlungsbedarf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s), %1 needing attention</source>
        <translation>
            <numerusform>%n Athlet, %1 mit Handlungsbedarf</numerusform>
            <numerusform>%n Athleten, %1 mit Handlungsbedarf</numerusform>
        </translation>
    </message>
    <message>
        <source>The team</source>
        <translation>Das Team</translation>
    </message>
    <message>
        <source>Reading the athletes…</source>
        <translation>Die Athleten werden gelesen…</translation>
    </message>
</context>
<context>
    <name>spotter::TeamSummaryText</name>
    <message>
        <source>See a doctor</source>
        <translation>Ärztlich abklären</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Testing too often</source>
        <translation>Zu häufiges Testen</translation>
    </message>
    <message>
        <source>Load above usual</source>
        <translation>Last über üblich</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Tested a lift more than once in 4 weeks</source>
        <translation>Eine Übung mehr als einmal in 4 Wochen getestet</translation>
    </message>
    <message>
        <source>The last 7 days&apos; load is well above the recent average (ACWR %1)</source>
        <translation>Die Last der letzten 7 Tage liegt deutlich über dem jüngsten Durchschnitt (ACWR %1)</translation>
    </message>
</context>
<context>
    <name>spotter::Thresholds</name>
    <message>
        <source>pain far beyond usual, with swelling and weakness</source>
        <translation>Schmerz weit über dem Üblichen, mit Schwellung und Schwäche</translation>
    </message>
    <message>
        <source>fever</source>
        <translation>Fieber</translation>
    </message>
    <message>
        <source>older than this (fracture risk)</source>
        <translation>älter als dieser Wert (Bruchrisiko)</translation>
    </message>
    <message>
        <source>severe pain, at least</source>
        <translation>starker Schmerz, mindestens</translation>
    </message>
    <message>
        <source>sudden: noticed at most this long after the session</source>
        <translation>plötzlich: höchstens so lange nach der Einheit bemerkt</translation>
    </message>
    <message>
        <source>still getting worse this long after the session</source>
        <translation>so lange nach der Einheit immer noch schlimmer werdend</translation>
    </message>
    <message>
        <source>pain without the DOMS pattern, at least</source>
        <translation>Schmerz ohne das Muster von Muskelkater (DOMS), mindestens</translation>
    </message>
    <message>
        <source>still present more than this long after the session</source>
        <translation>mehr als so lange nach der Einheit noch vorhanden</translation>
    </message>
    <message>
        <source>present more than this long without improving</source>
        <translation>mehr als so lange vorhanden, ohne besser zu werden</translation>
    </message>
    <message>
        <source>during the lift: noticed at most this long after</source>
        <translation>während der Übung: höchstens so lange danach bemerkt</translation>
    </message>
    <message>
        <source>see a physio or doctor if not clearly better after</source>
        <translation>physiotherapeutisch oder ärztlich abklären, wenn nicht deutlich besser nach</translation>
    </message>
    <message>
        <source>mild and gone within this long: not persistent</source>
        <translation>leicht und innerhalb dieser Zeit weg: nicht anhaltend</translation>
    </message>
    <message>
        <source>consecutive weeks sore after every session of the lift</source>
        <translation>aufeinanderfolgende Wochen mit Beschwerden nach jeder Einheit der Übung</translation>
    </message>
    <message>
        <source>sessions of the lift in each of those weeks, at least</source>
        <translation>Einheiten der Übung in jeder dieser Wochen, mindestens</translation>
    </message>
    <message>
        <source>history read back from the session (counts stop there)</source>
        <translation>Verlauf, von der Einheit aus zurückgelesen (die Zählung endet dort)</translation>
    </message>
    <message>
        <source>present longer than</source>
        <translation>länger vorhanden als</translation>
    </message>
    <message>
        <source>and at most</source>
        <translation>und höchstens</translation>
    </message>
    <message>
        <source>weeks of training the lift, at least</source>
        <translation>Wochen Training der Übung, mindestens</translation>
    </message>
    <message>
        <source>a layoff this long or longer brings DOMS back</source>
        <translation>eine so lange oder längere Trainingspause bringt Muskelkater zurück</translation>
    </message>
    <message>
        <source>strong DOMS from</source>
        <translation>starker Muskelkater ab</translation>
    </message>
    <message>
        <source>strong DOMS up to</source>
        <translation>starker Muskelkater bis</translation>
    </message>
    <message>
        <source>no heavy work on the area until at most</source>
        <translation>keine schwere Belastung der Körperregion bis höchstens</translation>
    </message>
    <message>
        <source>see a doctor if still strong after</source>
        <translation>ärztlich abklären, wenn noch stark nach</translation>
    </message>
    <message>
        <source>DOMS onset after the session, from</source>
        <translation>Beginn des Muskelkaters nach der Einheit, ab</translation>
    </message>
    <message>
        <source>DOMS onset after the session, up to</source>
        <translation>Beginn des Muskelkaters nach der Einheit, bis</translation>
    </message>
    <message>
        <source>DOMS intensity, at most</source>
        <translation>Intensität des Muskelkaters, höchstens</translation>
    </message>
    <message>
        <source>DOMS lasts at most</source>
        <translation>Muskelkater dauert höchstens</translation>
    </message>
    <message>
        <source>must be improving this long after the session</source>
        <translation>muss so lange nach der Einheit besser werden</translation>
    </message>
    <message>
        <source>noticed later than this after the session</source>
        <translation>später als dieser Wert nach der Einheit bemerkt</translation>
    </message>
    <message>
        <source>acute fatigue: noticed at most this long after</source>
        <translation>akute Ermüdung: höchstens so lange danach bemerkt</translation>
    </message>
    <message>
        <source>acute fatigue intensity, at most</source>
        <translation>Intensität der akuten Ermüdung, höchstens</translation>
    </message>
    <message>
        <source>gone within</source>
        <translation>weg innerhalb von</translation>
    </message>
    <message>
        <source>sudden: head pain noticed at most this long after the session</source>
        <translation>plötzlich: Kopfschmerz höchstens so lange nach der Einheit bemerkt</translation>
    </message>
    <message>
        <source>severe head pain, at least</source>
        <translation>starker Kopfschmerz, mindestens</translation>
    </message>
    <message>
        <source>chest pain at rest noticed at most this long after the session</source>
        <translation>Brustschmerzen in Ruhe, höchstens so lange nach der Einheit bemerkt</translation>
    </message>
    <message>
        <source>older than this (fragility fracture)</source>
        <translation>älter als dieser Wert (Fragilitätsfraktur)</translation>
    </message>
    <message>
        <source>moderate back pain, at least</source>
        <translation>mäßige Rückenschmerzen, mindestens</translation>
    </message>
    <message>
        <source>younger than this (growing spine)</source>
        <translation>jünger als dieser Wert (wachsende Wirbelsäule)</translation>
    </message>
    <message>
        <source>sore after every session this many weeks: it keeps coming back</source>
        <translation>so viele Wochen Beschwerden nach jeder Einheit: es kommt immer wieder</translation>
    </message>
    <message>
        <source>extreme muscle pain, from</source>
        <translation>extreme Muskelschmerzen, ab</translation>
    </message>
    <message>
        <source>a painful lump: pain from</source>
        <translation>eine schmerzhafte Beule: Schmerz ab</translation>
    </message>
    <message>
        <source>severe pain with a lump: from</source>
        <translation>starker Schmerz mit Beule: ab</translation>
    </message>
    <message>
        <source>severe pain after a knock: from</source>
        <translation>starker Schmerz nach einem Stoß: ab</translation>
    </message>
    <message>
        <source>headaches after every session for this many weeks</source>
        <translation>so viele Wochen Kopfschmerzen nach jeder Einheit</translation>
    </message>
    <message>
        <source>severe belly or groin pain, from</source>
        <translation>starke Bauch- oder Leistenschmerzen, ab</translation>
    </message>
    <message>
        <source>no e1RM from sets of more reps</source>
        <translation>kein e1RM aus Sätzen mit mehr Wiederholungen</translation>
    </message>
    <message>
        <source>no e1RM from sets rated below</source>
        <translation>kein e1RM aus Sätzen mit Bewertung unter</translation>
    </message>
    <message>
        <source>best e1RM is taken over the previous</source>
        <translation>bester e1RM wird ermittelt über die vorherigen</translation>
    </message>
    <message>
        <source>an e1RM from reps alone beats a best from a rated set only by more than</source>
        <translation>ein e1RM nur aus Wiederholungen schlägt eine Bestleistung aus einem bewerteten Satz nur um mehr als</translation>
    </message>
    <message>
        <source>max effort (0 reps in reserve)</source>
        <translation>Maximalleistung (0 Wiederholungen in Reserve)</translation>
    </message>
    <message>
        <source>maximal sets of at most</source>
        <translation>maximale Sätze mit höchstens</translation>
    </message>
    <message>
        <source>of best e1RM, at least</source>
        <translation>des besten e1RM, mindestens</translation>
    </message>
    <message>
        <source>a single rated at least</source>
        <translation>eine Einzelwiederholung, bewertet mit mindestens</translation>
    </message>
    <message>
        <source>a rep-out ending at least here is testing</source>
        <translation>ein Satz bis zum Maximum, der mindestens hier endet, ist Testen</translation>
    </message>
    <message>
        <source>a rep-out stopped with this many reps left is hard</source>
        <translation>ein Satz bis zum Maximum, beendet mit so vielen Wiederholungen übrig, ist hart</translation>
    </message>
    <message>
        <source>hard from</source>
        <translation>hart ab</translation>
    </message>
    <message>
        <source>of best e1RM: hard from</source>
        <translation>des besten e1RM: hart ab</translation>
    </message>
    <message>
        <source>share of main-lift working sets near failure, at least</source>
        <translation>Anteil der Arbeitssätze von Hauptübungen nahe am Versagen, mindestens</translation>
    </message>
    <message>
        <source>near failure: rated at least</source>
        <translation>nahe am Versagen: bewertet mit mindestens</translation>
    </message>
    <message>
        <source>window for counting tests of one lift</source>
        <translation>Zeitfenster zum Zählen der Tests einer Übung</translation>
    </message>
    <message>
        <source>testing sessions allowed in the window</source>
        <translation>erlaubte Test-Einheiten im Zeitfenster</translation>
    </message>
    <message>
        <source>consecutive hard or testing sessions of one lift</source>
        <translation>aufeinanderfolgende harte oder Test-Einheiten einer Übung</translation>
    </message>
    <message>
        <source>top load above the previous week&apos;s by more than (caution)</source>
        <translation>Spitzenlast über der der Vorwoche um mehr als (Vorsicht)</translation>
    </message>
    <message>
        <source>the previous week: sessions in the days before</source>
        <translation>die Vorwoche: Einheiten in den Tagen davor</translation>
    </message>
    <message>
        <source>top load above the last two weeks&apos; by more than (high)</source>
        <translation>Spitzenlast über der der letzten zwei Wochen um mehr als (hoch)</translation>
    </message>
    <message>
        <source>the last two weeks: sessions in the days before</source>
        <translation>die letzten zwei Wochen: Einheiten in den Tagen davor</translation>
    </message>
    <message>
        <source>soreness this recent before a test</source>
        <translation>Beschwerden so kurz vor einem Test</translation>
    </message>
    <message>
        <source>daily loads per week (rest days count as 0)</source>
        <translation>Tageslasten pro Woche (Ruhetage zählen als 0)</translation>
    </message>
    <message>
        <source>monotony above this is flagged</source>
        <translation>Monotonie über diesem Wert wird markiert</translation>
    </message>
    <message>
        <source>monotony is capped here (identical days)</source>
        <translation>Monotonie wird hier gedeckelt (identische Tage)</translation>
    </message>
    <message>
        <source>acute EWMA span N (lambda = 2/(N+1))</source>
        <translation>akute EWMA-Spanne N (lambda = 2/(N+1))</translation>
    </message>
    <message>
        <source>chronic EWMA span N (lambda = 2/(N+1))</source>
        <translation>chronische EWMA-Spanne N (lambda = 2/(N+1))</translation>
    </message>
    <message>
        <source>days of data before ACWR is shown</source>
        <translation>Tage mit Daten, bevor ACWR angezeigt wird</translation>
    </message>
    <message>
        <source>low below</source>
        <translation>niedrig unter</translation>
    </message>
    <message>
        <source>caution above</source>
        <translation>Vorsicht über</translation>
    </message>
    <message>
        <source>spike from</source>
        <translation>Spitze ab</translation>
    </message>
    <message>
        <source>weekly load above the previous week&apos;s by more than</source>
        <translation>Wochenlast über der der Vorwoche um mehr als</translation>
    </message>
    <message>
        <source>heavy set: of best e1RM, at least</source>
        <translation>schwerer Satz: des besten e1RM, mindestens</translation>
    </message>
    <message>
        <source>heavy set: or at most</source>
        <translation>schwerer Satz: oder höchstens</translation>
    </message>
    <message>
        <source>rest before a heavy set, at least</source>
        <translation>Pause vor einem schweren Satz, mindestens</translation>
    </message>
    <message>
        <source>lighter than the chart after such a report has resolved</source>
        <translation>leichter als laut Tabelle, nachdem ein solcher Bericht abgeklungen ist</translation>
    </message>
    <message>
        <source>a testing session of the lift this recent</source>
        <translation>eine Test-Einheit der Übung so kurz zuvor</translation>
    </message>
    <message>
        <source>lighter than the chart after such a test</source>
        <translation>leichter als laut Tabelle nach einem solchen Test</translation>
    </message>
</context>
<context>
    <name>spotter::ThresholdsModel</name>
    <message>
        <source>From the sources</source>
        <translation>Aus den Quellen</translation>
    </message>
    <message>
        <source>Product choice (no source gives a number)</source>
        <translation>Produktentscheidung (keine Quelle nennt eine Zahl)</translation>
    </message>
    <message>
        <source>Product choice, fixed: it decides an emergency, so no setting may lower it</source>
        <translation>Produktentscheidung, fest: Sie entscheidet über einen Notfall, daher darf keine Einstellung sie senken</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>Basis</source>
        <translation>Grundlage</translation>
    </message>
</context>
<context>
    <name>spotter::Triage</name>
    <message>
        <source>While it settles, leave out %1. You can still train:</source>
        <translation>Lassen Sie %1 weg, bis es abgeklungen ist. Weiterhin trainieren können Sie:</translation>
    </message>
    <message>
        <source>While it settles, leave out %1 (the lift before it) and %2. You can still train:</source>
        <translation>Lassen Sie %1 (die Übung davor) und %2 weg, bis es abgeklungen ist. Weiterhin trainieren können Sie:</translation>
    </message>
    <message>
        <source>where it is sore</source>
        <translation>wo es wehtut</translation>
    </message>
    <message>
        <source>how many hours after the session you noticed it</source>
        <translation>wie viele Stunden nach der Trainingseinheit Sie es bemerkt haben</translation>
    </message>
    <message>
        <source>how long it has lasted</source>
        <translation>wie lange es schon anhält</translation>
    </message>
    <message>
        <source>how bad it is (0–10)</source>
        <translation>wie stark es ist (0–10)</translation>
    </message>
    <message>
        <source>what it feels like</source>
        <translation>wie es sich anfühlt</translation>
    </message>
    <message>
        <source>whether it is getting better</source>
        <translation>ob es besser wird</translation>
    </message>
    <message>
        <source>Red flags: a sudden severe headache, chest pain or pressure that is not sore muscle, a tearing pain in the chest or back, numbness around the genitals or buttocks, new trouble peeing, or weakness in both legs mean: call your local emergency number now, whatever hurts. Tick anything below that applies.</source>
        <translation>Warnzeichen: Plötzliche heftige Kopfschmerzen, Brustschmerzen oder Druck auf der Brust, die kein Muskelkater sind, ein reißender Schmerz in Brust oder Rücken, Taubheit im Bereich der Genitalien oder des Gesäßes, neue Probleme beim Wasserlassen oder Schwäche in beiden Beinen bedeuten: Rufen Sie sofort den Notruf 112 an, egal was schmerzt. Kreuzen Sie unten alles an, was zutrifft.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>First time doing this lift</source>
        <translation>Erstes Mal bei dieser Übung</translation>
    </message>
    <message>
        <source>A past injury or known back condition</source>
        <translation>Eine frühere Verletzung oder bekannte Rückenerkrankung</translation>
    </message>
    <message>
        <source>Long-term steroids or osteoporosis</source>
        <translation>Langfristige Steroideinnahme oder Osteoporose</translation>
    </message>
    <message>
        <source>A history of cancer</source>
        <translation>Eine Krebserkrankung in der Vorgeschichte</translation>
    </message>
    <message>
        <source>It followed a testing session</source>
        <translation>Es folgte auf eine Testeinheit</translation>
    </message>
    <message>
        <source>It followed a jump in load</source>
        <translation>Es folgte auf einen Lastsprung</translation>
    </message>
    <message>
        <source>A weakened immune system (medicines or illness), a recent serious infection, or drugs injected into a vein</source>
        <translation>Ein geschwächtes Immunsystem (durch Medikamente oder Krankheit), eine kürzliche schwere Infektion oder in eine Vene gespritzte Drogen</translation>
    </message>
</context>
<context>
    <name>spotter::TriagePanel</name>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>This looks like:</source>
        <translation>Das sieht aus nach:</translation>
    </message>
    <message>
        <source>Why Spotter says this</source>
        <translation>Warum Spotter das sagt</translation>
    </message>
    <message>
        <source>Tips</source>
        <translation>Tipps</translation>
    </message>
    <message>
        <source>Alternatives while you scale back</source>
        <translation>Alternativen, während Sie die Belastung reduzieren</translation>
    </message>
    <message>
        <source>Red-flag checklist</source>
        <translation>Warnzeichen-Checkliste</translation>
    </message>
    <message>
        <source>%1 if:</source>
        <translation>%1, wenn:</translation>
    </message>
    <message>
        <source>Soreness result</source>
        <translation>Ergebnis der Einschätzung</translation>
    </message>
    <message>
        <source>This matches medical guidance to get checked. It is not a diagnosis.</source>
        <translation>Das entspricht medizinischen Empfehlungen, sich untersuchen zu lassen. Es ist keine Diagnose.</translation>
    </message>
    <message>
        <source>Result: %1. %2.</source>
        <translation>Ergebnis: %1. %2.</translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation>Ergebnis: %1.</translation>
    </message>
    <message>
        <source>%1 — you ticked this</source>
        <translation>%1 — von Ihnen angekreuzt</translation>
    </message>
    <message>
        <source>Still to answer: %1. The result may change.</source>
        <translation>Noch zu beantworten: %1. Das Ergebnis kann sich ändern.</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>To fix first: %1.</source>
        <translation>Zuerst zu korrigieren: %1.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Still to answer: %1.</source>
        <translation>Noch zu beantworten: %1.</translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation>Noch kein Ergebnis</translation>
    </message>
    <message>
        <source>Spotter says what this looks like once the form can be saved.</source>
        <translation>Spotter sagt, wonach das aussieht, sobald sich das Formular speichern lässt.</translation>
    </message>
    <message>
        <source>Result: none yet. %1</source>
        <translation>Ergebnis: noch keines. %1</translation>
    </message>
    <message>
        <source>To fix: %1.</source>
        <translation>Zu korrigieren: %1.</translation>
    </message>
</context>
<context>
    <name>spotter::Validation</name>
    <message>
        <source>an item needs an exercise</source>
        <translation>ein Eintrag braucht eine Übung</translation>
    </message>
    <message>
        <source>the number of sets must be from 1 to %1; got %2</source>
        <translation>die Anzahl der Sätze muss zwischen 1 und %1 liegen; erhalten: %2</translation>
    </message>
    <message>
        <source>an item needs reps or a duration</source>
        <translation>ein Eintrag braucht Wiederholungen oder eine Dauer</translation>
    </message>
    <message>
        <source>a share of the e1RM must be more than 0% and at most 100%; got %1%</source>
        <translation>ein Anteil am e1RM muss über 0 % und höchstens 100 % betragen; erhalten: %1 %</translation>
    </message>
    <message>
        <source>give either a target RPE or a share of the e1RM, not both</source>
        <translation>geben Sie entweder eine Ziel-RPE oder einen Anteil am e1RM an, nicht beides</translation>
    </message>
    <message>
        <source>The routine&apos;s name</source>
        <translation>Der Name des Trainingsplans</translation>
    </message>
    <message>
        <source>A routine needs at least one exercise</source>
        <translation>Ein Trainingsplan braucht mindestens eine Übung</translation>
    </message>
    <message>
        <source>A routine holds at most %1 items; got %2</source>
        <translation>Ein Trainingsplan enthält höchstens %1 Einträge; erhalten: %2</translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation>Eintrag %1: </translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation>%1 darf nicht leer sein</translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters; got %3</source>
        <translation>%1 darf höchstens %2 Zeichen lang sein; erhalten: %3</translation>
    </message>
    <message>
        <source>%1 must not contain NUL characters</source>
        <translation>%1 darf keine NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>%1 must not contain control characters (line breaks, tabs, escapes); got U+%2 at character %3</source>
        <translation>%1 darf keine Steuerzeichen enthalten (Zeilenumbrüche, Tabulatoren, Escape-Zeichen); erhalten: U+%2 an Zeichen %3</translation>
    </message>
    <message>
        <source>Notes must be at most %1 characters; got %2</source>
        <translation>Notizen dürfen höchstens %1 Zeichen lang sein; erhalten: %2</translation>
    </message>
    <message>
        <source>Notes must not contain NUL characters</source>
        <translation>Notizen dürfen keine NUL-Zeichen enthalten</translation>
    </message>
    <message>
        <source>RPE must be between 1 and 10 in steps of 0.5; got %1</source>
        <translation>RPE muss zwischen 1 und 10 in Schritten von 0,5 liegen; erhalten: %1</translation>
    </message>
    <message>
        <source>Reps in reserve must be between 0 and 9 in steps of 0.5; got %1</source>
        <translation>Wiederholungen in Reserve müssen zwischen 0 und 9 in Schritten von 0,5 liegen; erhalten: %1</translation>
    </message>
    <message>
        <source>Reps must not be negative; got %1</source>
        <translation>Wiederholungen dürfen nicht negativ sein; erhalten: %1</translation>
    </message>
    <message>
        <source>Reps must be at most %1; got %2</source>
        <translation>Wiederholungen dürfen höchstens %1 sein; erhalten: %2</translation>
    </message>
    <message>
        <source>Reps must be at least 1 unless the set is timed, has a distance or is a failed attempt (to failure); got 0</source>
        <translation>Wiederholungen müssen mindestens 1 sein, außer der Satz ist auf Zeit, hat eine Strecke oder ist ein Fehlversuch (bis zum Versagen); erhalten: 0</translation>
    </message>
    <message>
        <source>Weight must not be negative; got %1 kg</source>
        <translation>Das Gewicht darf nicht negativ sein; erhalten: %1 kg</translation>
    </message>
    <message>
        <source>Weight must be at most 1000 kg; got %1 kg</source>
        <translation>Das Gewicht darf höchstens 1000 kg betragen; erhalten: %1 kg</translation>
    </message>
    <message>
        <source>Assistance must be between 0 and 400 kg; got %1 kg</source>
        <translation>Die Unterstützung muss zwischen 0 und 400 kg liegen; erhalten: %1 kg</translation>
    </message>
    <message>
        <source>Rest must be between 0 s and 4 h; got %1 s</source>
        <translation>Die Pause muss zwischen 0 s und 4 h liegen; erhalten: %1 s</translation>
    </message>
    <message>
        <source>A timed set must last between 0 s and 24 h; got %1 s</source>
        <translation>Ein Satz auf Zeit muss zwischen 0 s und 24 h dauern; erhalten: %1 s</translation>
    </message>
    <message>
        <source>Distance must be between 0 and 1000 km; got %1 m</source>
        <translation>Die Strecke muss zwischen 0 und 1000 km liegen; erhalten: %1 m</translation>
    </message>
    <message>
        <source>Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got %1</source>
        <translation>Die Einheiten-RPE (CR-10) muss zwischen 0 und 10 in Schritten von 0,5 liegen; erhalten: %1</translation>
    </message>
    <message>
        <source>Duration must be between 0 and 1440 minutes; got %1</source>
        <translation>Die Dauer muss zwischen 0 und 1440 Minuten liegen; erhalten: %1</translation>
    </message>
    <message>
        <source>Bodyweight must be between 20 and 400 kg; got %1 kg</source>
        <translation>Das Körpergewicht muss zwischen 20 und 400 kg liegen; erhalten: %1 kg</translation>
    </message>
    <message>
        <source>Intensity must be a whole number from 0 to 10; got %1</source>
        <translation>Die Intensität muss eine ganze Zahl von 0 bis 10 sein; erhalten: %1</translation>
    </message>
    <message>
        <source>Birth year must be between %1 and %2; got %3</source>
        <translation>Das Geburtsjahr muss zwischen %1 und %2 liegen; erhalten: %3</translation>
    </message>
    <message>
        <source>Athlete name</source>
        <translation>Name des Athleten</translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation>Name der Übung</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Alias</translation>
    </message>
    <message>
        <source>A set needs reps, a duration or a distance</source>
        <translation>Ein Satz braucht Wiederholungen, eine Dauer oder eine Strecke</translation>
    </message>
    <message>
        <source>RPE %1 and %2 reps in reserve disagree (RPE = 10 − RIR)</source>
        <translation>RPE %1 und %2 Wiederholungen in Reserve passen nicht zusammen (RPE = 10 − RIR)</translation>
    </message>
    <message>
        <source>The session needs a valid start date and time</source>
        <translation>Die Einheit braucht ein gültiges Startdatum mit Uhrzeit</translation>
    </message>
    <message>
        <source>Session title</source>
        <translation>Titel der Einheit</translation>
    </message>
    <message>
        <source>set %1: %2</source>
        <translation>Satz %1: %2</translation>
    </message>
    <message>
        <source>When the soreness was noticed is required</source>
        <translation>Der Zeitpunkt, zu dem die Beschwerden bemerkt wurden, ist erforderlich</translation>
    </message>
    <message>
        <source>The soreness cannot be noticed in the future (%1)</source>
        <translation>Die Beschwerden können nicht in der Zukunft bemerkt werden (%1)</translation>
    </message>
    <message>
        <source>It cannot resolve (%1) before it was noticed (%2)</source>
        <translation>Sie können nicht abklingen (%1), bevor sie bemerkt wurden (%2)</translation>
    </message>
    <message>
        <source>The lift before it</source>
        <translation>Die Übung davor</translation>
    </message>
    <message>
        <source>%1 must not contain bidirectional control characters (they reorder how the text around them is shown, so a name could pass for another); got U+%2 at character %3</source>
        <translation>%1 darf keine bidirektionalen Steuerzeichen enthalten (sie ändern die Reihenfolge, in der der Text um sie herum angezeigt wird, sodass ein Name wie ein anderer aussehen könnte); gefunden: U+%2 an Zeichen %3</translation>
    </message>
</context>
<context>
    <name>spotter::WorkoutRoutinesOffer</name>
    <message>
        <source>Make routines of the workouts this history repeats</source>
        <translation>Aus den Trainingseinheiten, die sich in diesem Verlauf wiederholen, Trainingspläne machen</translation>
    </message>
    <message>
        <source>Create &amp;routines</source>
        <translation>Trainingspläne &amp;erstellen</translation>
    </message>
    <message>
        <source>Check the workouts to start sessions from. Each routine is made of the workout&apos;s latest session; Edit → Undo takes them back.</source>
        <translation>Haken Sie die Trainingseinheiten an, mit denen Sie künftig Einheiten beginnen möchten. Jeder Trainingsplan entsteht aus der jüngsten Einheit ihrer Art; Bearbeiten → Rückgängig nimmt sie zurück.</translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation>Trainingseinheiten</translation>
    </message>
    <message>
        <source>Routines not created</source>
        <translation>Trainingspläne nicht erstellt</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n Einheit)</numerusform>
            <numerusform>%1 (%n Einheiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session titled &apos;%1&apos; any more.</source>
        <translation>Es gibt keine Einheit mit dem Titel &apos;%1&apos; mehr.</translation>
    </message>
    <message>
        <source>add routine %1</source>
        <translation>Trainingsplan %1 hinzufügen</translation>
    </message>
    <message>
        <source>create routine %1</source>
        <translation>Trainingsplan %1 erstellen</translation>
    </message>
    <message numerus="yes">
        <source>create %n routine(s) from workouts</source>
        <translation>
            <numerusform>%n Trainingsplan aus Trainingseinheiten erstellen</numerusform>
            <numerusform>%n Trainingspläne aus Trainingseinheiten erstellen</numerusform>
        </translation>
    </message>
    <message>
        <source>Created routines: %1. Edit → Undo takes them back.</source>
        <translation>Erstellte Trainingspläne: %1. Bearbeiten → Rückgängig nimmt sie zurück.</translation>
    </message>
</context>
<context>
    <name>spotter::Workspace</name>
    <message>
        <source>Undo %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>%1 cannot be read: the database is damaged there (%2). Nothing of it is shown, rather than part of it.</source>
        <translation>%1 können nicht gelesen werden: Die Datenbank ist dort beschädigt (%2). Es wird nichts davon angezeigt statt nur eines Teils.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 können nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The integrity check of the database could not run: %1</source>
        <translation>Die Integritätsprüfung der Datenbank konnte nicht laufen: %1</translation>
    </message>
</context>
<context>
    <name>spotter::cli</name>
    <message>
        <source>Add or list athletes</source>
        <translation>Athleten anlegen oder auflisten</translation>
    </message>
    <message>
        <source>Report soreness and see its triage</source>
        <translation>Beschwerden melden und ihre Einschätzung ansehen</translation>
    </message>
    <message>
        <source>Log a session from quick-entry lines or a routine</source>
        <translation>Eine Trainingseinheit aus Schnelleingabe-Zeilen oder einem Trainingsplan erfassen</translation>
    </message>
    <message>
        <source>Add, list, show, assign or delete routines</source>
        <translation>Trainingspläne anlegen, auflisten, anzeigen, zuweisen oder löschen</translation>
    </message>
    <message>
        <source>The plates per side for a weight; an athlete&apos;s bar and plates</source>
        <translation>Die Scheiben pro Seite für ein Gewicht; Stange und Scheiben eines Athleten</translation>
    </message>
    <message>
        <source>List an athlete&apos;s sessions</source>
        <translation>Die Trainingseinheiten eines Athleten auflisten</translation>
    </message>
    <message>
        <source>Show one session with its sets</source>
        <translation>Eine Trainingseinheit mit ihren Sätzen anzeigen</translation>
    </message>
    <message>
        <source>Triage one soreness report given on the command line</source>
        <translation>Einen auf der Befehlszeile angegebenen Beschwerdebericht einschätzen</translation>
    </message>
    <message>
        <source>Intensity, flags, soreness triage and load of an athlete</source>
        <translation>Intensität, Markierungen, Einschätzung der Beschwerden und Last eines Athleten</translation>
    </message>
    <message>
        <source>Show the analysis rules and their thresholds</source>
        <translation>Die Analyseregeln und ihre Schwellenwerte anzeigen</translation>
    </message>
    <message>
        <source>Import history from Strong, Hevy, FitNotes or Spotter CSV</source>
        <translation>Verlauf aus Strong-, Hevy-, FitNotes- oder Spotter-CSV importieren</translation>
    </message>
    <message>
        <source>Export sets, sessions or soreness reports as CSV</source>
        <translation>Sätze, Trainingseinheiten oder Beschwerdeberichte als CSV exportieren</translation>
    </message>
    <message>
        <source>Write an athlete&apos;s report for a coach or physio (HTML, PDF, CSV)</source>
        <translation>Den Bericht eines Athleten für Trainer oder Physiotherapeuten schreiben (HTML, PDF, CSV)</translation>
    </message>
    <message>
        <source>Generate realistic training histories for demos and benchmarks</source>
        <translation>Realistische Trainingsverläufe für Demos und Benchmarks erzeugen</translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema</source>
        <translation>Integrität und Schema der Datenbank prüfen</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database; list the backups</source>
        <translation>Eine konsistente Kopie der Datenbank schreiben; die Sicherungen auflisten</translation>
    </message>
    <message>
        <source>Replace the database with a backup, keeping the replaced one</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen und die ersetzte aufbewahren</translation>
    </message>
    <message>
        <source>SPOTTER_NOW must be an ISO 8601 time such as 2026-11-20T18:00; got &apos;%1&apos;</source>
        <translation>SPOTTER_NOW muss eine ISO-8601-Zeit wie 2026-11-20T18:00 sein; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>spotter-cli: waiting for another program that is writing to &apos;%1&apos;…</source>
        <translation>spotter-cli: warte auf ein anderes Programm, das in &apos;%1&apos; schreibt…</translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation>ein Schreibvorgang ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>spotter-cli: error: standard output cannot be written: %1</source>
        <translation>spotter-cli: Fehler: Die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n Trainingseinheit)</numerusform>
            <numerusform>%1 (%n Trainingseinheiten)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send this log&apos;s new and changed sessions to a team server</source>
        <translation>Die neuen und geänderten Trainingseinheiten dieses Protokolls an einen Teamserver senden</translation>
    </message>
    <message>
        <source>Set up a team server and add coaches, athletes, teams</source>
        <translation>Einen Teamserver einrichten und Trainer, Athleten, Teams hinzufügen</translation>
    </message>
</context>
<context>
    <name>spotter::cli::Cli</name>
    <message>
        <source>flags: %1</source>
        <translation>Markierungen: %1</translation>
    </message>
    <message>
        <source>e1RM %1</source>
        <translation>e1RM %1</translation>
    </message>
    <message>
        <source>(%1% of best)</source>
        <translation>(%1% der Bestleistung)</translation>
    </message>
    <message>
        <source>PR</source>
        <translation>Bestleistung</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Trainingseinheiten</translation>
    </message>
    <message>
        <source>No sessions in that range.</source>
        <translation>Keine Trainingseinheiten in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <source>No soreness reports in that range.</source>
        <translation>Keine Beschwerdeberichte in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Weeks (session-RPE load)</source>
        <translation>Wochen (Session-RPE-Last)</translation>
    </message>
    <message>
        <source>load %1</source>
        <translation>Last %1</translation>
    </message>
    <message>
        <source>monotony %1</source>
        <translation>Monotonie %1</translation>
    </message>
    <message>
        <source>strain %1</source>
        <translation>Beanspruchung %1</translation>
    </message>
    <message>
        <source>ACWR %1 (%2)</source>
        <translation>ACWR %1 (%2)</translation>
    </message>
    <message>
        <source>Whose training (required unless --all).</source>
        <translation>Wessen Training (erforderlich außer mit --all).</translation>
    </message>
    <message>
        <source>name</source>
        <translation>name</translation>
    </message>
    <message>
        <source>Every athlete, one after the other, by name.</source>
        <translation>Alle Athleten nacheinander, nach Namen sortiert.</translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation>Erster Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>date</source>
        <translation>date</translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation>Letzter Tag, YYYY-MM-DD.</translation>
    </message>
    <message>
        <source>Print one JSON object with sessions, soreness and weeks (with --all, an object with the array &quot;athletes&quot; of them).</source>
        <translation>Ein JSON-Objekt mit Trainingseinheiten, Beschwerden und Wochen ausgeben (mit --all ein Objekt, dessen Array &quot;athletes&quot; diese enthält).</translation>
    </message>
    <message>
        <source>Intensity class, flags and top sets of each session, the triage of each soreness report, and weekly session-RPE load, monotony, strain and ACWR.</source>
        <translation>Intensitätsklasse, Markierungen und Top-Sätze jeder Trainingseinheit, die Einschätzung jedes Beschwerdeberichts sowie wöchentliche Session-RPE-Last, Monotonie, Beanspruchung und ACWR.</translation>
    </message>
    <message>
        <source>give either --athlete or --all</source>
        <translation>geben Sie entweder --athlete oder --all an</translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation>unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation>--from darf nicht nach --to liegen</translation>
    </message>
    <message>
        <source>The athlete&apos;s name (unique).</source>
        <translation>Der Name des Athleten (eindeutig).</translation>
    </message>
    <message>
        <source>Preferred unit: kg or lb (default kg).</source>
        <translation>Bevorzugte Maßeinheit: kg oder lb (Standard: kg).</translation>
    </message>
    <message>
        <source>unit</source>
        <translation>unit</translation>
    </message>
    <message>
        <source>Year of birth (used by triage).</source>
        <translation>Geburtsjahr (für die Einschätzung).</translation>
    </message>
    <message>
        <source>year</source>
        <translation>year</translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation>Notizen als freier Text.</translation>
    </message>
    <message>
        <source>text</source>
        <translation>text</translation>
    </message>
    <message>
        <source>Has had a back injury before.</source>
        <translation>Hatte schon einmal eine Rückenverletzung.</translation>
    </message>
    <message>
        <source>Takes long-term steroids or has osteoporosis.</source>
        <translation>Nimmt langfristig Steroide ein oder hat Osteoporose.</translation>
    </message>
    <message>
        <source>Has a history of cancer.</source>
        <translation>Hat eine Krebserkrankung in der Vorgeschichte.</translation>
    </message>
    <message>
        <source>Has a weakened immune system (medicines or illness), a recent serious infection, or injects drugs.</source>
        <translation>Hat ein geschwächtes Immunsystem (durch Medikamente oder Krankheit), hatte kürzlich eine schwere Infektion oder spritzt Drogen.</translation>
    </message>
    <message>
        <source>Print the new athlete as JSON.</source>
        <translation>Den neuen Athleten als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Add an athlete.</source>
        <translation>Einen Athleten anlegen.</translation>
    </message>
    <message>
        <source>expected exactly one NAME (quote names with spaces)</source>
        <translation>genau ein NAME erwartet (Namen mit Leerzeichen in Anführungszeichen setzen)</translation>
    </message>
    <message>
        <source>Note: the name was stored in composed form (Unicode NFC) as &apos;%1&apos;: an accent typed as a separate mark joins its letter, so the name typed either way finds this athlete.</source>
        <translation>Hinweis: Der Name wurde in zusammengesetzter Form (Unicode NFC) als &apos;%1&apos; gespeichert: Ein als eigenes Zeichen eingegebener Akzent wird mit seinem Buchstaben verbunden, sodass der Name in beiden Schreibweisen diesen Athleten findet.</translation>
    </message>
    <message>
        <source>Added athlete &apos;%1&apos; (id %2).</source>
        <translation>Athlet &apos;%1&apos; angelegt (ID %2).</translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation>Ein JSON-Array ausgeben.</translation>
    </message>
    <message>
        <source>List athletes.</source>
        <translation>Athleten auflisten.</translation>
    </message>
    <message>
        <source>No athletes yet. Add one with: spotter-cli athlete add NAME</source>
        <translation>Noch keine Athleten. Legen Sie einen an mit: spotter-cli athlete add NAME</translation>
    </message>
    <message>
        <source>born %1</source>
        <translation>geboren %1</translation>
    </message>
    <message>
        <source>Usage: spotter-cli athlete add NAME [--unit kg|lb] [--birth-year Y]</source>
        <translation>Aufruf: spotter-cli athlete add NAME [--unit kg|lb] [--birth-year Y]</translation>
    </message>
    <message>
        <source>       spotter-cli athlete list [--json]</source>
        <translation>        spotter-cli athlete list [--json]</translation>
    </message>
    <message>
        <source>expected &apos;add&apos; or &apos;list&apos;</source>
        <translation>&apos;add&apos; oder &apos;list&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected &apos;add&apos; or &apos;list&apos;)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (&apos;add&apos; oder &apos;list&apos; erwartet)</translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation>kann nicht wiederhergestellt werden: %1</translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist); without it, a copy goes into the backup folder.</source>
        <translation>Wohin die Kopie geschrieben wird (darf noch nicht existieren); ohne Angabe kommt eine Kopie in den Sicherungsordner.</translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation>[PATH]</translation>
    </message>
    <message>
        <source>List the backups in the backup folder with what each holds.</source>
        <translation>Die Sicherungen im Sicherungsordner mit ihrem jeweiligen Inhalt auflisten.</translation>
    </message>
    <message>
        <source>The backup folder (default: &apos;backups&apos; beside the database).</source>
        <translation>Der Sicherungsordner (Standard: &apos;backups&apos; neben der Datenbank).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>folder</translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation>Das Ergebnis als JSON ausgeben.</translation>
    </message>
    <message>
        <source>expected at most one PATH</source>
        <translation>höchstens ein PATH erwartet</translation>
    </message>
    <message>
        <source>PATH must not be empty</source>
        <translation>PATH darf nicht leer sein</translation>
    </message>
    <message>
        <source>--list takes no PATH</source>
        <translation>--list nimmt keinen PATH an</translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation>Noch keine Sicherungen in %1.</translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation>Sicherung nach %1 geschrieben</translation>
    </message>
    <message>
        <source>The backup to restore (see &apos;backup --list&apos;).</source>
        <translation>Die wiederherzustellende Sicherung (siehe &apos;backup --list&apos;).</translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed when standard input is not a terminal).</source>
        <translation>Nicht nach einer Bestätigung fragen (nötig, wenn die Standardeingabe kein Terminal ist).</translation>
    </message>
    <message>
        <source>The backup folder that keeps the replaced database (default: &apos;backups&apos; beside the database).</source>
        <translation>Der Sicherungsordner, der die ersetzte Datenbank aufbewahrt (Standard: &apos;backups&apos; neben der Datenbank).</translation>
    </message>
    <message>
        <source>Replace the database with a backup. The database it replaces is kept in the backup folder first; the restore is refused while Spotter or another spotter-cli has the database open.</source>
        <translation>Die Datenbank durch eine Sicherung ersetzen. Die ersetzte Datenbank wird zuerst im Sicherungsordner aufbewahrt; solange Spotter oder ein anderes spotter-cli die Datenbank geöffnet hat, wird die Wiederherstellung verweigert.</translation>
    </message>
    <message>
        <source>expected exactly one FILE</source>
        <translation>genau ein FILE erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be restored: %2</source>
        <translation>&apos;%1&apos; kann nicht wiederhergestellt werden: %2</translation>
    </message>
    <message>
        <source>restoring replaces the database: confirm with --yes (standard input is not a terminal to ask on)</source>
        <translation>die Wiederherstellung ersetzt die Datenbank: bestätigen Sie mit --yes (die Standardeingabe ist kein Terminal, über das gefragt werden kann)</translation>
    </message>
    <message>
        <source>Restore %1 (%2) over %3?</source>
        <translation>%1 (%2) wiederherstellen und damit %3 ersetzen?</translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation>Es wurde nichts geändert.</translation>
    </message>
    <message>
        <source>Restored %1 to %2 (%3).</source>
        <translation>%1 nach %2 wiederhergestellt (%3).</translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1</source>
        <translation>Die ersetzte Datenbank wurde als %1 aufbewahrt</translation>
    </message>
    <message>
        <source>Upgrade a database of an older Spotter to this version&apos;s schema first (after a backup beside it). Without it the database is only read.</source>
        <translation>Eine Datenbank einer älteren Spotter-Version zuerst per Upgrade auf das Schema dieser Version bringen (nach einer Sicherung daneben). Ohne diese Option wird die Datenbank nur gelesen.</translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check and report the schema version.</source>
        <translation>Die Integritätsprüfung von SQLite ausführen und die Schemaversion melden.</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation>Schemaversion: %1</translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation>Integrität: %1</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>OK</translation>
    </message>
    <message>
        <source>Upgraded from schema %1; a backup was written to %2</source>
        <translation>Upgrade von Schema %1 durchgeführt; eine Sicherung wurde nach %2 geschrieben</translation>
    </message>
    <message>
        <source>--%1: expected a number of hours, 0 or more; got &apos;%2&apos;</source>
        <translation>--%1: eine Anzahl Stunden (0 oder mehr) erwartet; erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <translation>Wo: %1.</translation>
    </message>
    <message>
        <source>R</source>
        <translation>R</translation>
    </message>
    <message>
        <source>Hours after the session ended when it was first noticed (0 = during or right after).</source>
        <translation>Stunden nach Ende der Trainingseinheit bis zum ersten Bemerken (0 = währenddessen oder direkt danach).</translation>
    </message>
    <message>
        <source>H</source>
        <translation>H</translation>
    </message>
    <message>
        <source>Hours from onset until it resolved, or until now if still present.</source>
        <translation>Stunden vom Beginn bis zum Abklingen, oder bis jetzt, falls die Beschwerden noch vorhanden sind.</translation>
    </message>
    <message>
        <source>It is gone (default: still present).</source>
        <translation>Die Beschwerden sind abgeklungen (Standard: noch vorhanden).</translation>
    </message>
    <message>
        <source>Worst intensity, 0-10.</source>
        <translation>Stärkste Intensität, 0-10.</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>What it feels like: %1.</source>
        <translation>Wie sich die Beschwerden anfühlen: %1.</translation>
    </message>
    <message>
        <source>C</source>
        <translation>C</translation>
    </message>
    <message>
        <source>%1.</source>
        <translation>%1.</translation>
    </message>
    <message>
        <source>T</source>
        <translation>T</translation>
    </message>
    <message>
        <source>%1 (default both).</source>
        <translation>%1 (Standard: both).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Repeatable: %1.</source>
        <translation>Wiederholbar: %1.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>Weeks the lift behind it has been trained.</source>
        <translation>Wie viele Wochen die auslösende Übung schon trainiert wird.</translation>
    </message>
    <message>
        <source>Whole weeks without that lift before the session.</source>
        <translation>Ganze Wochen ohne diese Übung vor der Trainingseinheit.</translation>
    </message>
    <message>
        <source>Consecutive weeks sore in this region after every session of the lift.</source>
        <translation>Aufeinanderfolgende Wochen mit Beschwerden in dieser Körperregion nach jeder Trainingseinheit mit dieser Übung.</translation>
    </message>
    <message>
        <source>Age in years.</source>
        <translation>Alter in Jahren.</translation>
    </message>
    <message>
        <source>The lift before it was one-sided (a split squat, a one-arm row): soreness on one side is expected.</source>
        <translation>Die Übung davor war einseitig (ein Split Squat, ein einarmiges Rudern): Beschwerden auf einer Seite sind zu erwarten.</translation>
    </message>
    <message>
        <source>The lift before it, by catalogue name or alias (&quot;Romanian Deadlift&quot;, &quot;RDL&quot;); a one-sided lift counts as --one-sided. Another name is used as given, with a note.</source>
        <translation>Die Übung davor, mit Katalogname oder Alias (&quot;Romanian Deadlift&quot;, &quot;RDL&quot;); eine einseitige Übung zählt als --one-sided. Ein anderer Name wird wie angegeben verwendet, mit einem Hinweis.</translation>
    </message>
    <message>
        <source>Print one JSON object: class, urgency, rules, advice.</source>
        <translation>Ein JSON-Objekt ausgeben: class, urgency, rules, advice.</translation>
    </message>
    <message>
        <source>Triage one soreness report given on the command line (nothing is stored). Anything not given is unknown, and an unknown answer never makes the result milder.</source>
        <translation>Einen auf der Befehlszeile angegebenen Beschwerdebericht einschätzen (es wird nichts gespeichert). Alles nicht Angegebene gilt als unbekannt, und eine unbekannte Antwort macht das Ergebnis nie milder.</translation>
    </message>
    <message>
        <source>--lift: the name must not be empty</source>
        <translation>--lift: der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>note: --lift &apos;%1&apos; is not in the exercise catalogue; it is named as given (add --one-sided if it works one side at a time)</source>
        <translation>Hinweis: --lift &apos;%1&apos; steht nicht im Übungskatalog; die Übung wird wie angegeben benannt (fügen Sie --one-sided hinzu, wenn sie jeweils eine Seite trainiert)</translation>
    </message>
    <message>
        <source>note: --lift &apos;%1&apos; is not in the exercise catalogue (did you mean %2?); it is named as given (add --one-sided if it works one side at a time)</source>
        <translation>Hinweis: --lift &apos;%1&apos; steht nicht im Übungskatalog (meinten Sie %2?); die Übung wird wie angegeben benannt (fügen Sie --one-sided hinzu, wenn sie jeweils eine Seite trainiert)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>Spotter&apos;s command line: every capability of the app, without a display.</source>
        <translation>Die Befehlszeile von Spotter: alle Funktionen der App, ohne Bildschirm.</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Database file (default: %1)</source>
        <translation>Datenbankdatei (Standard: %1)</translation>
    </message>
    <message>
        <source>Show this help; &apos;spotter-cli COMMAND --help&apos; for a command</source>
        <translation>Diese Hilfe anzeigen; &apos;spotter-cli COMMAND --help&apos; für einen Befehl</translation>
    </message>
    <message>
        <source>Show the version and the license</source>
        <translation>Version und Lizenz anzeigen</translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation>Umgebung:</translation>
    </message>
    <message>
        <source>Use this ISO 8601 time as now, e.g. 2026-11-20T18:00 (scripts, tests)</source>
        <translation>Diese ISO-8601-Zeit als jetzt verwenden, z. B. 2026-11-20T18:00 (Skripte, Tests)</translation>
    </message>
    <message>
        <source>License GPL-3.0-or-later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.</source>
        <translation>Lizenz GPL-3.0-or-later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.</translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it.</source>
        <translation>Dies ist freie Software: Sie dürfen sie verändern und weitergeben.</translation>
    </message>
    <message>
        <source>There is NO WARRANTY, to the extent permitted by law.</source>
        <translation>Es gibt KEINE GARANTIE, soweit gesetzlich zulässig.</translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation>--db braucht einen Pfad</translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation>unbekannte Option &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Try &apos;spotter-cli --help&apos;.</source>
        <translation>Weitere Informationen: &apos;spotter-cli --help&apos;.</translation>
    </message>
    <message>
        <source>Try &apos;spotter-cli %1 --help&apos;.</source>
        <translation>Weitere Informationen: &apos;spotter-cli %1 --help&apos;.</translation>
    </message>
    <message>
        <source>error: </source>
        <translation>Fehler: </translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation>unbekannter Befehl &apos;%1&apos;</translation>
    </message>
    <message>
        <source>sets (every set, importable), soreness (every report, importable) or sessions (a summary per session). Required.</source>
        <translation>sets (jeder Satz, importierbar), soreness (jeder Beschwerdebericht, importierbar) oder sessions (eine Zusammenfassung pro Trainingseinheit). Erforderlich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>file</translation>
    </message>
    <message>
        <source>Export this athlete; repeat for several. Default: every athlete.</source>
        <translation>Diesen Athleten exportieren; für mehrere wiederholen. Standard: alle Athleten.</translation>
    </message>
    <message>
        <source>Write to this file; &apos;-&apos; or no -o writes to standard output.</source>
        <translation>In diese Datei schreiben; &apos;-&apos; oder kein -o schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>For Excel: a byte order mark and CRLF line ends; where the locale writes decimal commas, also &apos;;&apos; between cells and 62,5.</source>
        <translation>Für Excel: Byte-Order-Mark und CRLF-Zeilenenden; wo das Gebietsschema Dezimalkommas schreibt, außerdem &apos;;&apos; zwischen den Zellen und 62,5.</translation>
    </message>
    <message>
        <source>Compute soreness durations and triage as of this time (default: now), so that two exports can be compared.</source>
        <translation>Dauer und Einschätzung der Beschwerden zu diesem Zeitpunkt berechnen (Standard: jetzt), damit sich zwei Exporte vergleichen lassen.</translation>
    </message>
    <message>
        <source>time</source>
        <translation>time</translation>
    </message>
    <message>
        <source>--athlete: the name must not be empty</source>
        <translation>--athlete: der Name darf nicht leer sein</translation>
    </message>
    <message>
        <source>(list them with &apos;athlete list&apos;)</source>
        <translation>(auflisten mit &apos;athlete list&apos;)</translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n Satz</numerusform>
            <numerusform>%n Sätze</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n Trainingseinheit</numerusform>
            <numerusform>%n Trainingseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n Beschwerdebericht</numerusform>
            <numerusform>%n Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 to %3.</source>
        <translation>Exportiert nach %3: %1 (%2).</translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s)</source>
        <translation>
            <numerusform>%n Athlet</numerusform>
            <numerusform>%n Athleten</numerusform>
        </translation>
    </message>
    <message>
        <source>How many athletes (required).</source>
        <translation>Wie viele Athleten (erforderlich).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Weeks of history per athlete, up to --end.</source>
        <translation>Wochen Verlauf pro Athlet, bis --end.</translation>
    </message>
    <message>
        <source>Instead of --weeks: exactly this many sets in all, shared between the athletes.</source>
        <translation>Statt --weeks: genau so viele Sätze insgesamt, verteilt auf die Athleten.</translation>
    </message>
    <message>
        <source>total</source>
        <translation>total</translation>
    </message>
    <message>
        <source>Seed (required); the same seed gives the same histories.</source>
        <translation>Startwert (erforderlich); derselbe Startwert ergibt dieselben Verläufe.</translation>
    </message>
    <message>
        <source>number</source>
        <translation>number</translation>
    </message>
    <message>
        <source>Last day of the histories, YYYY-MM-DD (default today).</source>
        <translation>Letzter Tag der Verläufe, YYYY-MM-DD (Standard: heute).</translation>
    </message>
    <message>
        <source>Also write each history as a Strong CSV export; with several athletes one file each, numbered (FILE-01.csv, …).</source>
        <translation>Jeden Verlauf zusätzlich als Strong-CSV-Export schreiben; bei mehreren Athleten je eine Datei, nummeriert (FILE-01.csv, …).</translation>
    </message>
    <message>
        <source>Write the demo data of the app instead: three athletes with six months up to now.</source>
        <translation>Stattdessen die Demodaten der App schreiben: drei Athleten mit sechs Monaten bis heute.</translation>
    </message>
    <message>
        <source>Print what was generated as JSON.</source>
        <translation>Das Erzeugte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Write realistic training histories into a new or empty database: main lifts with progression, deloads and testing weeks, warm-ups, AMRAPs, rests, RPE, session RPE, body weight and soreness reports. For demos, tests and benchmarks.</source>
        <translation>Realistische Trainingsverläufe in eine neue oder leere Datenbank schreiben: Hauptübungen mit Steigerung, Entlastungs- und Testwochen, Aufwärmsätze, AMRAPs, Pausen, RPE, Session-RPE, Körpergewicht und Beschwerdeberichte. Für Demos, Tests und Benchmarks.</translation>
    </message>
    <message>
        <source>--demo takes no --%1</source>
        <translation>--demo ist nicht mit --%1 kombinierbar</translation>
    </message>
    <message>
        <source>Wrote the demo data into %1.</source>
        <translation>Demodaten in %1 geschrieben.</translation>
    </message>
    <message>
        <source>give either --weeks or --sets</source>
        <translation>geben Sie entweder --weeks oder --sets an</translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615; got &apos;%1&apos;</source>
        <translation>--seed: ganze Zahl von 0 bis 18446744073709551615 erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Wrote the Strong CSV %1.</source>
        <translation>Strong-CSV %1 geschrieben.</translation>
    </message>
    <message>
        <source>%1 CSV rows in all, Rest Timer rows included.</source>
        <translation>%1 CSV-Zeilen insgesamt, einschließlich der Rest-Timer-Zeilen.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… und %n weitere Warnung</numerusform>
            <numerusform>… und %n weitere Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… und %n weiterer Fehler</numerusform>
            <numerusform>… und %n weitere Fehler</numerusform>
        </translation>
    </message>
    <message>
        <source>weights in kg</source>
        <translation>Gewichte in kg</translation>
    </message>
    <message>
        <source>weights in %1 per the header</source>
        <translation>Gewichte in %1 laut Kopfzeile</translation>
    </message>
    <message>
        <source>weight unit on each row</source>
        <translation>Gewichtseinheit in jeder Zeile</translation>
    </message>
    <message>
        <source>weights in %1 per --unit</source>
        <translation>Gewichte in %1 laut --unit</translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation>%1, %2 und %3</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Dry run: would import %1 from %2.</source>
        <translation>Probelauf: Aus %2 würde Folgendes importiert: %1.</translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation>Importiert aus %2: %1.</translation>
    </message>
    <message>
        <source>Would create athlete &apos;%1&apos;.</source>
        <translation>Athlet &apos;%1&apos; würde angelegt.</translation>
    </message>
    <message>
        <source>Created athlete &apos;%1&apos;.</source>
        <translation>Athlet &apos;%1&apos; angelegt.</translation>
    </message>
    <message numerus="yes">
        <source>Would create %n new exercise(s): </source>
        <translation>
            <numerusform>%n neue Übung würde angelegt: </numerusform>
            <numerusform>%n neue Übungen würden angelegt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n new exercise(s): </source>
        <translation>
            <numerusform>%n neue Übung angelegt: </numerusform>
            <numerusform>%n neue Übungen angelegt: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n session(s) or report(s) already in the database.</source>
        <translation>
            <numerusform>Bereits in der Datenbank und übersprungen: %n Trainingseinheit oder Bericht.</numerusform>
            <numerusform>Bereits in der Datenbank und übersprungen: %n Trainingseinheiten oder Berichte.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation>Es wurde nichts geschrieben.</translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n Trainingseinheit</numerusform>
            <numerusform>%n Trainingseinheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would leave out %n row(s) (%1 with invalid rows); nothing was written.</source>
        <translation>
            <numerusform>%n Zeile würde ausgelassen (%1 mit ungültigen Zeilen); es wurde nichts geschrieben.</numerusform>
            <numerusform>%n Zeilen würden ausgelassen (%1 mit ungültigen Zeilen); es wurde nichts geschrieben.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) (%1 with invalid rows), saved with the reasons to %2; fix them there and import that file to add them.</source>
        <translation>
            <numerusform>%n Zeile ausgelassen (%1 mit ungültigen Zeilen) und mit den Gründen in %2 gespeichert; korrigieren Sie sie dort und importieren Sie diese Datei, um sie hinzuzufügen.</numerusform>
            <numerusform>%n Zeilen ausgelassen (%1 mit ungültigen Zeilen) und mit den Gründen in %2 gespeichert; korrigieren Sie sie dort und importieren Sie diese Datei, um sie hinzuzufügen.</numerusform>
        </translation>
    </message>
    <message>
        <source>--skip-invalid: &apos;%1&apos; is not a regular file, so there is no folder to keep the rejects file in; name one with --rejects FILE</source>
        <translation>--skip-invalid: &apos;%1&apos; ist keine reguläre Datei, daher gibt es keinen Ordner für die Datei der abgelehnten Zeilen; geben Sie mit --rejects FILE eine Datei an</translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot spool &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation>&apos;%1&apos; kann nicht nach &apos;%2&apos; zwischengespeichert werden: %3</translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation>Die zu importierende CSV-Datei.</translation>
    </message>
    <message>
        <source>auto (the default: recognised by the header), spotter, strong, hevy or fitnotes.</source>
        <translation>auto (Standard: an der Kopfzeile erkannt), spotter, strong, hevy oder fitnotes.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Whose history the file is; created when missing. Required unless the file is Spotter&apos;s own, whose rows name their athletes.</source>
        <translation>Wessen Verlauf die Datei enthält; wird angelegt, falls noch nicht vorhanden. Erforderlich, außer bei Spotters eigenen Dateien, deren Zeilen ihre Athleten nennen.</translation>
    </message>
    <message>
        <source>kg or lb: the unit of weights when the file does not say (Strong&apos;s comma exports); also the unit of an athlete the import creates.</source>
        <translation>kg oder lb: die Gewichtseinheit, wenn die Datei sie nicht angibt (Strongs CSV-Exporte); auch die Maßeinheit eines Athleten, den der Import anlegt.</translation>
    </message>
    <message>
        <source>Check the file and report what would be imported; write nothing.</source>
        <translation>Die Datei prüfen und melden, was importiert würde; nichts schreiben.</translation>
    </message>
    <message>
        <source>Import the valid rows of a file that has invalid ones: the workouts with an invalid row are held back whole and saved, unchanged and with the reason, to a rejects file; fix that file and import it to add them.</source>
        <translation>Die gültigen Zeilen einer Datei mit ungültigen Zeilen importieren: Trainingseinheiten mit einer ungültigen Zeile werden ganz zurückgehalten und unverändert mit dem Grund in einer Datei der abgelehnten Zeilen gespeichert; korrigieren Sie diese Datei und importieren Sie sie, um sie hinzuzufügen.</translation>
    </message>
    <message>
        <source>Where --skip-invalid saves the rows it leaves out (default: NAME.rejects.csv beside the imported file).</source>
        <translation>Wo --skip-invalid die ausgelassenen Zeilen speichert (Standard: NAME.rejects.csv neben der importierten Datei).</translation>
    </message>
    <message>
        <source>Print the result as a JSON object, also when the import fails ({&quot;ok&quot;: false, &quot;errors&quot;: [...], &quot;error_count&quot;: N}).</source>
        <translation>Das Ergebnis als JSON-Objekt ausgeben, auch wenn der Import fehlschlägt ({&quot;ok&quot;: false, &quot;errors&quot;: [...], &quot;error_count&quot;: N}).</translation>
    </message>
    <message>
        <source>Report progress on standard error (always done when it is a terminal).</source>
        <translation>Den Fortschritt auf der Standardfehlerausgabe melden (geschieht immer, wenn sie ein Terminal ist).</translation>
    </message>
    <message>
        <source>Import training history from a CSV file exported by Strong, Hevy, FitNotes or Spotter.
Every row is checked first; a file with any invalid row imports nothing and each problem is
reported as FILE:LINE: reason, unless --skip-invalid imports the rest and saves the invalid
rows to a rejects file. Importing the same file again adds nothing.
Exit codes: 0 imported (or nothing new), 1 invalid or unreadable file, 2 wrong usage
(including a missing --unit or --athlete the file needs).</source>
        <translation>Trainingsverlauf aus einer CSV-Datei importieren, die Strong, Hevy, FitNotes oder Spotter
exportiert hat. Jede Zeile wird zuerst geprüft; aus einer Datei mit einer ungültigen Zeile
wird nichts importiert, und jedes Problem wird als FILE:LINE: Grund gemeldet, es sei denn,
--skip-invalid importiert den Rest und speichert die ungültigen Zeilen in einer Datei der
abgelehnten Zeilen. Wird dieselbe Datei erneut importiert, kommt nichts hinzu.
Exit-Codes: 0 importiert (oder nichts Neues), 1 ungültige oder unlesbare Datei, 2 falscher
Aufruf (auch wenn --unit oder --athlete fehlt, das die Datei braucht).</translation>
    </message>
    <message>
        <source>The athlete name</source>
        <translation>Der Name des Athleten</translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid</source>
        <translation>--rejects nur zusammen mit --skip-invalid</translation>
    </message>
    <message>
        <source>--rejects: the file name must not be empty</source>
        <translation>--rejects: der Dateiname darf nicht leer sein</translation>
    </message>
    <message>
        <source>--skip-invalid: </source>
        <translation>--skip-invalid: </translation>
    </message>
    <message>
        <source>--unit kg or --unit lb is required for this file</source>
        <translation>--unit kg oder --unit lb ist für diese Datei erforderlich</translation>
    </message>
    <message>
        <source>--athlete is required for %1 files</source>
        <translation>--athlete ist für %1-Dateien erforderlich</translation>
    </message>
    <message>
        <source>--athlete does not apply to this file</source>
        <translation>--athlete gilt nicht für diese Datei</translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) in the file; nothing was imported</source>
        <translation>
            <numerusform>%n ungültige Zeile in der Datei; es wurde nichts importiert</numerusform>
            <numerusform>%n ungültige Zeilen in der Datei; es wurde nichts importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) in the file; nothing was imported. Fix them, or import the valid rows with --skip-invalid, which saves the invalid ones to a rejects file</source>
        <translation>
            <numerusform>%n ungültige Zeile in der Datei; es wurde nichts importiert. Korrigieren Sie sie, oder importieren Sie die gültigen Zeilen mit --skip-invalid, das die ungültigen in einer Datei der abgelehnten Zeilen speichert</numerusform>
            <numerusform>%n ungültige Zeilen in der Datei; es wurde nichts importiert. Korrigieren Sie sie, oder importieren Sie die gültigen Zeilen mit --skip-invalid, das die ungültigen in einer Datei der abgelehnten Zeilen speichert</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation>es wurde nichts importiert</translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation>abgebrochen; es wurde nichts importiert</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation>%1 m</translation>
    </message>
    <message>
        <source>RIR %1</source>
        <translation>RIR %1</translation>
    </message>
    <message>
        <source>(rest %1 s)</source>
        <translation>(Pause %1 s)</translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation>Zeile %1, Spalte %2: </translation>
    </message>
    <message>
        <source>there is no exercise &apos;%1&apos; in the catalogue</source>
        <translation>im Katalog gibt es keine Übung &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation>%1 oder %2</translation>
    </message>
    <message>
        <source>there is no exercise &apos;%1&apos; in the catalogue; did you mean %2?</source>
        <translation>im Katalog gibt es keine Übung &apos;%1&apos;; meinten Sie %2?</translation>
    </message>
    <message>
        <source>Sets in quick-entry notation, one exercise per LINE, e.g. &quot;Deadlift 100x5, 140x3@8 rest 3m&quot; (see docs/quick-entry.md). A LINE without an exercise name continues the previous one.</source>
        <translation>Sätze in Schnelleingabe-Notation, eine Übung pro LINE, z. B. &quot;Deadlift 100x5, 140x3@8 rest 3m&quot; (siehe docs/quick-entry.md). Eine LINE ohne Übungsnamen setzt die vorige fort.</translation>
    </message>
    <message>
        <source>LINE...</source>
        <translation>LINE...</translation>
    </message>
    <message>
        <source>Whose session (required).</source>
        <translation>Wessen Trainingseinheit (erforderlich).</translation>
    </message>
    <message>
        <source>When it started (required): YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time.</source>
        <translation>Beginn (erforderlich): YYYY-MM-DD oder YYYY-MM-DDTHH:MM, Ortszeit.</translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation>Dauer in Minuten.</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>How hard the whole session was, CR-10 (0-10).</source>
        <translation>Wie anstrengend die ganze Trainingseinheit war, CR-10 (0-10).</translation>
    </message>
    <message>
        <source>Bodyweight that day, in the athlete&apos;s unit unless written (82.5kg, 180lb).</source>
        <translation>Körpergewicht an diesem Tag, in der Maßeinheit des Athleten, sofern nicht angegeben (82.5kg, 180lb).</translation>
    </message>
    <message>
        <source>weight</source>
        <translation>weight</translation>
    </message>
    <message>
        <source>A title, e.g. &quot;Heavy lower&quot;.</source>
        <translation>Ein Titel, z. B. &quot;Unterkörper schwer&quot;.</translation>
    </message>
    <message>
        <source>A general warm-up was done before the session.</source>
        <translation>Vor der Trainingseinheit wurde allgemein aufgewärmt.</translation>
    </message>
    <message>
        <source>Start from this routine: its sets at today&apos;s suggested loads, as planned. A LINE naming an exercise of the routine replaces its planned sets (what was really done); other LINEs add to them.</source>
        <translation>Von diesem Trainingsplan ausgehen: seine Sätze mit den heute vorgeschlagenen Lasten, wie geplant. Eine LINE, die eine Übung des Trainingsplans nennt, ersetzt deren geplante Sätze (was wirklich gemacht wurde); andere LINEs kommen hinzu.</translation>
    </message>
    <message>
        <source>With --routine: print today&apos;s plan (suggested loads, plates, why, last time) and store nothing; --date defaults to now.</source>
        <translation>Mit --routine: den heutigen Plan ausgeben (vorgeschlagene Lasten, Scheiben, Begründung, letztes Mal) und nichts speichern; --date ist standardmäßig jetzt.</translation>
    </message>
    <message>
        <source>Print the stored session (or the plan) as JSON.</source>
        <translation>Die gespeicherte Trainingseinheit (oder den Plan) als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Log a training session from quick-entry lines, or from a routine. &apos;Squat same&apos; repeats last time&apos;s squats, &apos;Deadlift last +5kg&apos; adds to their loads.</source>
        <translation>Eine Trainingseinheit aus Schnelleingabe-Zeilen oder aus einem Trainingsplan erfassen. &apos;Squat same&apos; wiederholt die Kniebeugen vom letzten Mal, &apos;Deadlift last +5kg&apos; erhöht die Lasten vom letzten Mal um 5 kg.</translation>
    </message>
    <message>
        <source>--plan needs --routine</source>
        <translation>--plan braucht --routine</translation>
    </message>
    <message>
        <source>expected at least one LINE, e.g. &quot;Squat 3x5 120kg&quot;</source>
        <translation>mindestens eine LINE erwartet, z. B. &quot;Squat 3x5 120kg&quot;</translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation>--%1: %2</translation>
    </message>
    <message>
        <source>--bodyweight: expected a weight such as 82.5, 82.5kg or 180lb; got &apos;%1&apos;</source>
        <translation>--bodyweight: Gewicht wie 82.5, 82.5kg oder 180lb erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos; (see &apos;routine list&apos;)</source>
        <translation>Es gibt keinen Trainingsplan namens &apos;%1&apos; (siehe &apos;routine list&apos;)</translation>
    </message>
    <message>
        <source>%1 for %2 on %3:</source>
        <translation>%1 für %2 am %3:</translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation>%1 übersprungen: %2</translation>
    </message>
    <message>
        <source>no load for %1 today (%2); give it in a LINE, e.g. &quot;%1 %3x%4 100kg&quot;</source>
        <translation>heute keine Last für %1 (%2); geben Sie sie in einer LINE an, z. B. &quot;%1 %3x%4 100kg&quot;</translation>
    </message>
    <message>
        <source>nothing to log: %1</source>
        <translation>nichts zu erfassen: %1</translation>
    </message>
    <message>
        <source>Logged session %1 for %2 on %3.</source>
        <translation>Trainingseinheit %1 für %2 am %3 erfasst.</translation>
    </message>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation>die Standardausgabe kann nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Bar: %1 %2</source>
        <translation>Stange: %1 %2</translation>
    </message>
    <message>
        <source>Collars: %1</source>
        <translation>Verschlüsse: %1</translation>
    </message>
    <message>
        <source>%1 %2 each</source>
        <translation>je %1 %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Plates (%1, size x count): %2</source>
        <translation>Scheiben (%1, Größe x Anzahl): %2</translation>
    </message>
    <message>
        <source>(the defaults: set your own with --bar, --plates and --collar)</source>
        <translation>(die Standardwerte: eigene mit --bar, --plates und --collar festlegen)</translation>
    </message>
    <message>
        <source>A weight to load, in the athlete&apos;s unit unless written (142.5, 225lb); without it, the athlete&apos;s plate set is shown.</source>
        <translation>Ein aufzulegendes Gewicht, in der Maßeinheit des Athleten, sofern nicht angegeben (142.5, 225lb); ohne Angabe wird der Scheibensatz des Athleten angezeigt.</translation>
    </message>
    <message>
        <source>[WEIGHT]</source>
        <translation>[WEIGHT]</translation>
    </message>
    <message>
        <source>Whose bar and plates (required).</source>
        <translation>Wessen Stange und Scheiben (erforderlich).</translation>
    </message>
    <message>
        <source>Set the bar&apos;s weight.</source>
        <translation>Das Gewicht der Stange festlegen.</translation>
    </message>
    <message>
        <source>Set the plates there are, size x count for both sides together, e.g. &quot;25x8 20x2 10x2 5x2 2.5x2 1.25x2&quot;.</source>
        <translation>Die vorhandenen Scheiben festlegen, Größe x Anzahl für beide Seiten zusammen, z. B. &quot;25x8 20x2 10x2 5x2 2.5x2 1.25x2&quot;.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Set one collar&apos;s weight (0 for none).</source>
        <translation>Das Gewicht eines Verschlusses festlegen (0 für keinen).</translation>
    </message>
    <message>
        <source>Set the unit of the bar, plates and collars: kg or lb.</source>
        <translation>Die Maßeinheit von Stange, Scheiben und Verschlüssen festlegen: kg oder lb.</translation>
    </message>
    <message>
        <source>Go back to the default plate set of the athlete&apos;s unit.</source>
        <translation>Zum Standard-Scheibensatz der Maßeinheit des Athleten zurückkehren.</translation>
    </message>
    <message>
        <source>Which plates go on each side of the bar for a weight, with an athlete&apos;s own bar, plates and collars; or set them. A weight the plates cannot make is answered with the nearest two that they can.</source>
        <translation>Welche Scheiben für ein Gewicht auf jede Seite der Stange kommen, mit Stange, Scheiben und Verschlüssen des Athleten; oder diese festlegen. Für ein Gewicht, das sich mit den Scheiben nicht zusammenstellen lässt, werden die beiden nächstliegenden möglichen genannt.</translation>
    </message>
    <message>
        <source>expected at most one WEIGHT</source>
        <translation>höchstens ein WEIGHT erwartet</translation>
    </message>
    <message>
        <source>%1&apos;s bar and plates:</source>
        <translation>Stange und Scheiben von %1:</translation>
    </message>
    <message>
        <source>expected a weight such as 142.5, 142.5kg or 315lb; got &apos;%1&apos;</source>
        <translation>Gewicht wie 142.5, 142.5kg oder 315lb erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>PDF reports need spotter-pdf, which was not found (looked for %1). Install it, or write --format html and print that.</source>
        <translation>PDF-Berichte brauchen spotter-pdf, das nicht gefunden wurde (gesucht: %1). Installieren Sie es, oder erzeugen Sie mit --format html eine HTML-Datei und drucken Sie diese.</translation>
    </message>
    <message>
        <source>spotter-pdf could not be started: %1</source>
        <translation>spotter-pdf konnte nicht gestartet werden: %1</translation>
    </message>
    <message>
        <source>spotter-pdf did not finish within %1 s</source>
        <translation>spotter-pdf wurde nicht innerhalb von %1 s fertig</translation>
    </message>
    <message>
        <source>spotter-pdf failed: %1</source>
        <translation>spotter-pdf ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Whose report (required).</source>
        <translation>Wessen Bericht (erforderlich).</translation>
    </message>
    <message>
        <source>html, pdf or csv (required).</source>
        <translation>html, pdf oder csv (erforderlich).</translation>
    </message>
    <message>
        <source>The file to write (required); &apos;-&apos; writes html or csv to standard output.</source>
        <translation>Die zu schreibende Datei (erforderlich); &apos;-&apos; schreibt html oder csv auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>With --format csv: a byte order mark and CRLF line ends (and &apos;;&apos; with 62,5 where the locale writes decimal commas).</source>
        <translation>Mit --format csv: Byte-Order-Mark und CRLF-Zeilenenden (und &apos;;&apos; mit 62,5, wo das Gebietsschema Dezimalkommas schreibt).</translation>
    </message>
    <message>
        <source>Triage soreness as of this time (default: now).</source>
        <translation>Beschwerden zu diesem Zeitpunkt einschätzen (Standard: jetzt).</translation>
    </message>
    <message>
        <source>A report for a coach, a physio or the athlete: the summary (sessions, tonnage, testing
sessions, flags), open warnings and see-doctor items first, soreness by class with dates
and rules, e1RM of the main lifts, weekly load, the red-flag checklist and the note that
this is not medical advice. PDF is A4, made by spotter-pdf (installed with spotter-cli).
Exit codes: 0 written, 1 an unknown athlete or a file that cannot be written, 2 wrong usage.</source>
        <translation>Ein Bericht für Trainer, Physiotherapeuten oder den Athleten: die Zusammenfassung
(Trainingseinheiten, Tonnage, Testeinheiten, Markierungen), vorrangig offene Warnungen und
ärztlich abzuklärende Punkte, Beschwerden nach Klasse mit Datum und Regeln, e1RM der Hauptübungen,
Wochenlast, die Warnzeichen-Checkliste und der Hinweis, dass dies keine medizinische Beratung
ist. Das PDF ist A4, erstellt von spotter-pdf (wird mit spotter-cli installiert).
Exit-Codes: 0 geschrieben, 1 ein unbekannter Athlet oder eine nicht schreibbare Datei,
2 falscher Aufruf.</translation>
    </message>
    <message>
        <source>-o: a PDF needs a file name</source>
        <translation>-o: ein PDF braucht einen Dateinamen</translation>
    </message>
    <message>
        <source>--excel applies to --format csv only</source>
        <translation>--excel gilt nur für --format csv</translation>
    </message>
    <message>
        <source>Wrote the report of %1 (%2) to %3.</source>
        <translation>Bericht von %1 (%2) nach %3 geschrieben.</translation>
    </message>
    <message>
        <source>--item %1: there is no exercise &apos;%2&apos; in the catalogue</source>
        <translation>--item %1: im Katalog gibt es keine Übung &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--item %1, column %2: %3</source>
        <translation>--item %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>The routine&apos;s name (unique).</source>
        <translation>Der Name des Trainingsplans (eindeutig).</translation>
    </message>
    <message>
        <source>One exercise with its targets, repeatable, e.g. &quot;Squat 3x5 @8 rest 3m&quot; or &quot;Bench Press 3x8 @70%&quot;: sets x reps, a target RPE or a share of the e1RM (docs/quick-entry.md).</source>
        <translation>Eine Übung mit ihren Zielen, wiederholbar, z. B. &quot;Squat 3x5 @8 rest 3m&quot; oder &quot;Bench Press 3x8 @70%&quot;: Sätze x Wiederholungen, eine Ziel-RPE oder ein Anteil am e1RM (docs/quick-entry.md).</translation>
    </message>
    <message>
        <source>line</source>
        <translation>line</translation>
    </message>
    <message>
        <source>Take the items from this session&apos;s sets.</source>
        <translation>Die Einträge aus den Sätzen dieser Trainingseinheit übernehmen.</translation>
    </message>
    <message>
        <source>id</source>
        <translation>id</translation>
    </message>
    <message>
        <source>Take the items from the athlete&apos;s latest session with this title (an imported Strong or Hevy workout); needs --athlete.</source>
        <translation>Die Einträge aus der letzten Trainingseinheit des Athleten mit diesem Titel übernehmen (eine importierte Strong- oder Hevy-Trainingseinheit); braucht --athlete.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>title</translation>
    </message>
    <message>
        <source>Assign it to this athlete; repeatable.</source>
        <translation>Diesem Athleten zuweisen; wiederholbar.</translation>
    </message>
    <message>
        <source>Print the new routine as JSON.</source>
        <translation>Den neuen Trainingsplan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Add a routine: a named list of exercises with targets.</source>
        <translation>Einen Trainingsplan anlegen: eine benannte Liste von Übungen mit Zielen.</translation>
    </message>
    <message>
        <source>give the items with --item, --from-session or --from-workout (one of them)</source>
        <translation>geben Sie die Einträge mit --item, --from-session oder --from-workout an (mit genau einer dieser Optionen)</translation>
    </message>
    <message>
        <source>--from-workout needs --athlete</source>
        <translation>--from-workout braucht --athlete</translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation>Trainingseinheit %1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 has no session titled &apos;%2&apos;</source>
        <translation>%1 hat keine Trainingseinheit mit dem Titel &apos;%2&apos;</translation>
    </message>
    <message>
        <source>Only the routines assigned to this athlete.</source>
        <translation>Nur die diesem Athleten zugewiesenen Trainingspläne.</translation>
    </message>
    <message>
        <source>List routines.</source>
        <translation>Trainingspläne auflisten.</translation>
    </message>
    <message>
        <source>No routines yet. Add one with: spotter-cli routine add NAME --item &quot;Squat 3x5 @8&quot;</source>
        <translation>Noch keine Trainingspläne. Legen Sie einen an mit: spotter-cli routine add NAME --item &quot;Squat 3x5 @8&quot;</translation>
    </message>
    <message>
        <source>The routine.</source>
        <translation>Der Trainingsplan.</translation>
    </message>
    <message>
        <source>Show fixed loads in kg or lb (default kg).</source>
        <translation>Feste Lasten in kg oder lb anzeigen (Standard: kg).</translation>
    </message>
    <message>
        <source>Print the routine as JSON.</source>
        <translation>Den Trainingsplan als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show a routine&apos;s items and who it is assigned to.</source>
        <translation>Die Einträge eines Trainingsplans anzeigen und wem er zugewiesen ist.</translation>
    </message>
    <message>
        <source>expected exactly one NAME</source>
        <translation>genau ein NAME erwartet</translation>
    </message>
    <message>
        <source>Delete a routine (logged sessions stay).</source>
        <translation>Einen Trainingsplan löschen (erfasste Trainingseinheiten bleiben erhalten).</translation>
    </message>
    <message>
        <source>Deleted routine &apos;%1&apos;.</source>
        <translation>Trainingsplan &apos;%1&apos; gelöscht.</translation>
    </message>
    <message>
        <source>The athlete; repeatable (required).</source>
        <translation>Der Athlet; wiederholbar (erforderlich).</translation>
    </message>
    <message>
        <source>Assign a routine to athletes (a coach&apos;s several athletes).</source>
        <translation>Einen Trainingsplan Athleten zuweisen (mehreren Athleten eines Trainers).</translation>
    </message>
    <message>
        <source>Take a routine from athletes.</source>
        <translation>Die Zuweisung eines Trainingsplans an Athleten aufheben.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is assigned to: %2</source>
        <translation>&apos;%1&apos; ist zugewiesen an: %2</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>Rename a routine.</source>
        <translation>Einen Trainingsplan umbenennen.</translation>
    </message>
    <message>
        <source>expected NAME and NEW_NAME</source>
        <translation>NAME und NEW_NAME erwartet</translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation>&apos;%1&apos; in &apos;%2&apos; umbenannt.</translation>
    </message>
    <message>
        <source>Usage: spotter-cli routine add NAME (--item LINE... | --from-session ID | --from-workout TITLE)
                              [--athlete NAME...] [--notes TEXT] [--json]</source>
        <translation>Aufruf: spotter-cli routine add NAME (--item LINE... | --from-session ID | --from-workout TITLE)
                               [--athlete NAME...] [--notes TEXT] [--json]</translation>
    </message>
    <message>
        <source>       spotter-cli routine list [--athlete NAME] [--json]</source>
        <translation>        spotter-cli routine list [--athlete NAME] [--json]</translation>
    </message>
    <message>
        <source>       spotter-cli routine show NAME [--unit kg|lb] [--json]</source>
        <translation>        spotter-cli routine show NAME [--unit kg|lb] [--json]</translation>
    </message>
    <message>
        <source>       spotter-cli routine delete NAME</source>
        <translation>        spotter-cli routine delete NAME</translation>
    </message>
    <message>
        <source>       spotter-cli routine rename NAME NEW_NAME</source>
        <translation>        spotter-cli routine rename NAME NEW_NAME</translation>
    </message>
    <message>
        <source>       spotter-cli routine assign|unassign NAME --athlete NAME...</source>
        <translation>        spotter-cli routine assign|unassign NAME --athlete NAME...</translation>
    </message>
    <message>
        <source>Start a session from a routine with: spotter-cli log --routine NAME</source>
        <translation>Eine Trainingseinheit aus einem Trainingsplan beginnen mit: spotter-cli log --routine NAME</translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation>%1 × %2 s</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation>Trainingsplan: %1</translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation>Notizen: %1</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Zugewiesen an: %1</translation>
    </message>
    <message>
        <source>skip</source>
        <translation>auslassen</translation>
    </message>
    <message>
        <source>load?</source>
        <translation>Last?</translation>
    </message>
    <message>
        <source>[warm-up] </source>
        <translation>[Aufwärmsatz] </translation>
    </message>
    <message>
        <source>(%1% of e1RM %2)</source>
        <translation>(%1% des e1RM %2)</translation>
    </message>
    <message>
        <source>plates: %1</source>
        <translation>Scheiben: %1</translation>
    </message>
    <message>
        <source>last time (%1): %2</source>
        <translation>letztes Mal (%1): %2</translation>
    </message>
    <message>
        <source>New record: %1 e1RM %2 (was %3)</source>
        <translation>Neue Bestleistung: %1 e1RM %2 (vorher %3)</translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation>Körpergewicht</translation>
    </message>
    <message>
        <source>set %1</source>
        <translation>Satz %1</translation>
    </message>
    <message>
        <source>[test]</source>
        <translation>[Test]</translation>
    </message>
    <message>
        <source>Workouts this history repeats; each can become a routine to start sessions from:</source>
        <translation>Trainingseinheiten, die sich in diesem Verlauf wiederholen; aus jeder kann ein Trainingsplan werden, mit dem Sie Trainingseinheiten beginnen können:</translation>
    </message>
    <message>
        <source>JUDGEMENT</source>
        <translation>PRODUKTENTSCHEIDUNG</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>everything, until checked</source>
        <translation>alles, bis abgeklärt</translation>
    </message>
    <message>
        <source>Print the rules and thresholds as JSON.</source>
        <translation>Die Regeln und Schwellenwerte als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Print the tables of docs/rules.md.</source>
        <translation>Die Tabellen von docs/rules.md ausgeben.</translation>
    </message>
    <message>
        <source>Show the analysis rules (rules reference §5) and every threshold they use.</source>
        <translation>Die Analyseregeln (Regelreferenz §5) und alle Schwellenwerte anzeigen, die sie verwenden.</translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation>Rat: %1</translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation>Quellen: %1</translation>
    </message>
    <message>
        <source>none (a fallback)</source>
        <translation>keine (eine Auffangregel)</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>session RPE %1</source>
        <translation>Session-RPE %1</translation>
    </message>
    <message>
        <source>Whose sessions (required).</source>
        <translation>Wessen Trainingseinheiten (erforderlich).</translation>
    </message>
    <message>
        <source>Print a JSON array with every set.</source>
        <translation>Ein JSON-Array mit allen Sätzen ausgeben.</translation>
    </message>
    <message>
        <source>List an athlete&apos;s sessions, oldest first.</source>
        <translation>Die Trainingseinheiten eines Athleten auflisten, älteste zuerst.</translation>
    </message>
    <message>
        <source>No sessions for %1 in that range.</source>
        <translation>Keine Trainingseinheiten für %1 in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>The session id.</source>
        <translation>Die ID der Trainingseinheit.</translation>
    </message>
    <message>
        <source>Print the session as JSON.</source>
        <translation>Die Trainingseinheit als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Show one session with its sets.</source>
        <translation>Eine Trainingseinheit mit ihren Sätzen anzeigen.</translation>
    </message>
    <message>
        <source>expected exactly one SESSION_ID</source>
        <translation>genau eine SESSION_ID erwartet</translation>
    </message>
    <message>
        <source>SESSION_ID must be a positive whole number; got &apos;%1&apos;</source>
        <translation>SESSION_ID muss eine positive ganze Zahl sein; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>Athlete: %1</source>
        <translation>Athlet: %1</translation>
    </message>
    <message>
        <source>Bodyweight: %1</source>
        <translation>Körpergewicht: %1</translation>
    </message>
    <message>
        <source>Whose soreness (required).</source>
        <translation>Wessen Beschwerden (erforderlich).</translation>
    </message>
    <message>
        <source>The session it followed.</source>
        <translation>Die Trainingseinheit, nach der die Beschwerden auftraten.</translation>
    </message>
    <message>
        <source>It followed the athlete&apos;s latest session.</source>
        <translation>Die Beschwerden traten nach der letzten Trainingseinheit des Athleten auf.</translation>
    </message>
    <message>
        <source>region</source>
        <translation>region</translation>
    </message>
    <message>
        <source>both, left or right (default both).</source>
        <translation>both, left oder right (Standard: both).</translation>
    </message>
    <message>
        <source>side</source>
        <translation>side</translation>
    </message>
    <message>
        <source>When it was first noticed, ISO 8601.</source>
        <translation>Wann die Beschwerden zuerst bemerkt wurden, ISO 8601.</translation>
    </message>
    <message>
        <source>When it was gone, ISO 8601 (omit if still present).</source>
        <translation>Wann die Beschwerden abgeklungen waren, ISO 8601 (weglassen, falls noch vorhanden).</translation>
    </message>
    <message>
        <source>c</source>
        <translation>c</translation>
    </message>
    <message>
        <source>improving, stable or worsening.</source>
        <translation>improving, stable oder worsening.</translation>
    </message>
    <message>
        <source>t</source>
        <translation>t</translation>
    </message>
    <message>
        <source>The lift before it, by catalogue name or alias (default: the session&apos;s lifts); a one-sided lift counts as --one-sided.</source>
        <translation>Die Übung davor, mit Katalogname oder Alias (Standard: die Übungen der Trainingseinheit); eine einseitige Übung zählt als --one-sided.</translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation>Den Bericht als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Report soreness.</source>
        <translation>Beschwerden melden.</translation>
    </message>
    <message>
        <source>give either --session ID or --last</source>
        <translation>geben Sie entweder --session ID oder --last an</translation>
    </message>
    <message>
        <source>--lift: &apos;%1&apos; is not in the exercise catalogue</source>
        <translation>--lift: &apos;%1&apos; steht nicht im Übungskatalog</translation>
    </message>
    <message>
        <source>--lift: &apos;%1&apos; is not in the exercise catalogue; did you mean %2?</source>
        <translation>--lift: &apos;%1&apos; steht nicht im Übungskatalog; meinten Sie %2?</translation>
    </message>
    <message>
        <source>%1 has no sessions yet; --last needs one</source>
        <translation>%1 hat noch keine Trainingseinheiten; --last braucht eine</translation>
    </message>
    <message>
        <source>--session: expected a session id; got &apos;%1&apos;</source>
        <translation>--session: ID einer Trainingseinheit erwartet; erhalten: &apos;%1&apos;</translation>
    </message>
    <message>
        <source>%1 has no session %2</source>
        <translation>%1 hat keine Trainingseinheit %2</translation>
    </message>
    <message>
        <source>--noticed: %1 is before the session started (%2)</source>
        <translation>--noticed: %1 liegt vor dem Beginn der Trainingseinheit (%2)</translation>
    </message>
    <message>
        <source>Saved soreness report %1 (%2, after session %3).</source>
        <translation>Beschwerdebericht %1 gespeichert (%2, nach Trainingseinheit %3).</translation>
    </message>
    <message>
        <source>Whose reports (required).</source>
        <translation>Wessen Berichte (erforderlich).</translation>
    </message>
    <message>
        <source>List soreness reports.</source>
        <translation>Beschwerdeberichte auflisten.</translation>
    </message>
    <message>
        <source>Usage: spotter-cli soreness add --athlete NAME (--session ID | --last) --region R --noticed ISO [--resolved ISO] --intensity N --character C [--side S] [--trend T] [--sign NAME]... [--red-flag NAME]... [--one-sided] [--lift NAME]</source>
        <translation>Aufruf: spotter-cli soreness add --athlete NAME (--session ID | --last) --region R --noticed ISO [--resolved ISO] --intensity N --character C [--side S] [--trend T] [--sign NAME]... [--red-flag NAME]... [--one-sided] [--lift NAME]</translation>
    </message>
    <message>
        <source>       spotter-cli soreness list --athlete NAME [--from D] [--to D] [--json]</source>
        <translation>        spotter-cli soreness list --athlete NAME [--from D] [--to D] [--json]</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation>Ergebnis: %1</translation>
    </message>
    <message>
        <source>Why, and what to do:</source>
        <translation>Warum, und was zu tun ist:</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message>
        <source>Generated %1: %2, %3 and %4 in %5 s (%6).</source>
        <translation>Erzeugt: %1; %2, %3 und %4 in %5 s (%6).</translation>
    </message>
    <message numerus="yes">
        <source>Checking: %1% (%n row(s))</source>
        <translation>
            <numerusform>Wird geprüft: %1% (%n Zeile)</numerusform>
            <numerusform>Wird geprüft: %1% (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing: %1% (%n row(s))</source>
        <translation>
            <numerusform>Wird geschrieben: %1% (%n Zeile)</numerusform>
            <numerusform>Wird geschrieben: %1% (%n Zeilen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added routine &apos;%1&apos; (id %2) with %n item(s).</source>
        <translation>
            <numerusform>Trainingsplan &apos;%1&apos; (ID %2) mit %n Eintrag angelegt.</numerusform>
            <numerusform>Trainingsplan &apos;%1&apos; (ID %2) mit %n Einträgen angelegt.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New record: %1 %n rep(s) at %2 (the most before: %3)</source>
        <translation>
            <numerusform>Neue Bestleistung: %1 %n Wiederholung mit %2 (bisher höchstens: %3)</numerusform>
            <numerusform>Neue Bestleistung: %1 %n Wiederholungen mit %2 (bisher höchstens: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (safe while Spotter runs), or list the backups. Spotter also backs the database up on the first open of each day, keeping 7 daily and 4 weekly copies.
A damaged database is salvaged instead: every row that can still be read is copied, rows whose session (or other parent) was lost go to NAME.rejects.csv beside the copy, and standard error says what was lost.
Exit codes: 0 written, 1 nothing written, 2 wrong usage, 3 a salvaged copy of a damaged database was written (incomplete unless the summary says every row was saved).</source>
        <translation>Eine konsistente Kopie der Datenbank schreiben (sicher, auch während Spotter läuft) oder die Sicherungen auflisten. Spotter sichert die Datenbank außerdem beim ersten Öffnen jedes Tages und behält 7 tägliche und 4 wöchentliche Kopien.
Eine beschädigte Datenbank wird stattdessen gerettet: Jede noch lesbare Zeile wird kopiert, Zeilen, deren Trainingseinheit (oder andere übergeordnete Zeile) verloren ging, kommen in NAME.rejects.csv neben der Kopie, und die Standardfehlerausgabe sagt, was verloren ging.
Exit-Codes: 0 geschrieben, 1 nichts geschrieben, 2 falscher Aufruf, 3 eine gerettete Kopie einer beschädigten Datenbank wurde geschrieben (unvollständig, außer die Zusammenfassung sagt, dass jede Zeile gerettet wurde).</translation>
    </message>
    <message>
        <source>Salvaged copy written to %1</source>
        <translation>Gerettete Kopie geschrieben nach %1</translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 error while running, 2 wrong usage, 3 a backup or export of a damaged database holds only what could still be read.</source>
        <translation>Exit-Codes: 0 Erfolg, 1 Fehler bei der Ausführung, 2 falscher Aufruf, 3 eine Sicherung oder ein Export einer beschädigten Datenbank enthält nur, was sich noch lesen ließ.</translation>
    </message>
    <message>
        <source>Export Spotter&apos;s CSV files (docs/csv-format.md): UTF-8, LF line ends, a header row, numbers
with a &apos;.&apos; and no thousands separators, ISO 8601 times. Text that a spreadsheet would run as
a formula (starting with = + - @, tab or CR) gets a leading &apos;; import removes it again.
The sets and soreness files import back unchanged.
A damaged database is salvaged first (see &apos;backup&apos;): what can still be read is exported, rows
whose session was lost go to NAME.rejects.csv beside the output (or the database), and
standard error says what was lost.
Exit codes: 0 exported, 1 an unknown athlete or a file that cannot be written, 2 wrong usage,
3 exported what a damaged database still holds.</source>
        <translation>Spotters CSV-Dateien exportieren (docs/csv-format.md): UTF-8, LF-Zeilenenden, eine Kopfzeile,
Zahlen mit &apos;.&apos; und ohne Tausendertrennzeichen, ISO-8601-Zeiten. Text, den eine
Tabellenkalkulation als Formel ausführen würde (beginnend mit = + - @, Tab oder CR), erhält
ein vorangestelltes &apos;; der Import entfernt es wieder.
Die Satz- und die Beschwerdedatei lassen sich unverändert wieder importieren.
Eine beschädigte Datenbank wird zuerst gerettet (siehe &apos;backup&apos;): Exportiert wird, was sich noch
lesen lässt; Zeilen, deren Trainingseinheit verloren ging, kommen in NAME.rejects.csv neben der
Ausgabe (oder der Datenbank), und die Standardfehlerausgabe sagt, was verloren ging.
Exit-Codes: 0 exportiert, 1 ein unbekannter Athlet oder eine nicht schreibbare Datei,
2 falscher Aufruf, 3 exportiert, was eine beschädigte Datenbank noch enthält.</translation>
    </message>
    <message>
        <source>y|yes</source>
        <extracomment>The answers that confirm, separated by &apos;|&apos;, shortest first: the first is shown in [y/N].</extracomment>
        <translation>j|ja</translation>
    </message>
    <message>
        <source>The current database is kept in the backup folder first. Restore? [%1/N] </source>
        <extracomment>%1 is the first answer of &quot;y|yes&quot;; N (no, the default) may be translated too.</extracomment>
        <translation>Die aktuelle Datenbank wird zuerst im Sicherungsordner aufbewahrt. Wiederherstellen? [%1/N] </translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>expected &apos;add&apos;, &apos;list&apos;, &apos;show&apos;, &apos;delete&apos;, &apos;rename&apos;, &apos;assign&apos; or &apos;unassign&apos;</source>
        <translation>&apos;add&apos;, &apos;list&apos;, &apos;show&apos;, &apos;delete&apos;, &apos;rename&apos;, &apos;assign&apos; oder &apos;unassign&apos; erwartet</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected &apos;add&apos;, &apos;list&apos;, &apos;show&apos;, &apos;delete&apos;, &apos;rename&apos;, &apos;assign&apos; or &apos;unassign&apos;)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (&apos;add&apos;, &apos;list&apos;, &apos;show&apos;, &apos;delete&apos;, &apos;rename&apos;, &apos;assign&apos; oder &apos;unassign&apos; erwartet)</translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation>%1 erwartet</translation>
    </message>
    <message>
        <source>A team server is restored by its admin with PostgreSQL&apos;s pg_restore, which sees every athlete&apos;s rows (docs/team-server.md, &quot;Back up&quot;); nothing was changed.</source>
        <translation>Ein Teamserver wird von seinem Administrator mit pg_restore von PostgreSQL wiederhergestellt, das die Zeilen aller Athleten sieht (docs/team-server.md, „Back up“); nichts wurde geändert.</translation>
    </message>
    <message>
        <source>Usage: spotter-cli [--db PATH|URI] COMMAND [options]</source>
        <translation>Aufruf: spotter-cli [--db PATH|URI] COMMAND [options]</translation>
    </message>
    <message>
        <source>A team server: postgresql://LOGIN@HOST/DATABASE or service=NAME</source>
        <translation>Ein Teamserver: postgresql://LOGIN@HOST/DATABASE oder service=NAME</translation>
    </message>
    <message>
        <source>The team server (postgresql://LOGIN@HOST/DATABASE or service=NAME).</source>
        <translation>Der Teamserver (postgresql://LOGIN@HOST/DATABASE oder service=NAME).</translation>
    </message>
    <message>
        <source>uri</source>
        <translation>uri</translation>
    </message>
    <message>
        <source>The local athlete to publish (when there are several).</source>
        <translation>Der lokale Athlet, der veröffentlicht wird (wenn es mehrere gibt).</translation>
    </message>
    <message>
        <source>A coach publishing someone&apos;s log: the athlete on the server.</source>
        <translation>Ein Trainer, der das Protokoll eines anderen veröffentlicht: der Athlet auf dem Server.</translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing.</source>
        <translation>Anzeigen, was gesendet würde; nichts senden.</translation>
    </message>
    <message>
        <source>Send this database&apos;s new and changed sessions and soreness reports to a team server. Publishing again sends nothing twice; what changed both here and on the server is reported as a conflict and not sent (exit code 1).</source>
        <translation>Die neuen und geänderten Trainingseinheiten und Beschwerdeberichte dieser Datenbank an einen Teamserver senden. Erneutes Veröffentlichen sendet nichts doppelt; was hier und auf dem Server geändert wurde, wird als Konflikt gemeldet und nicht gesendet (Exit-Code 1).</translation>
    </message>
    <message>
        <source>--to must name a team server (postgresql://… or service=…)</source>
        <translation>--to muss einen Teamserver nennen (postgresql://… oder service=…)</translation>
    </message>
    <message>
        <source>--db must be the local database file; the team server goes in --to</source>
        <translation>--db muss die lokale Datenbankdatei sein; der Teamserver gehört zu --to</translation>
    </message>
    <message>
        <source>Would publish to %1 as %2:</source>
        <translation>Würde an %1 als %2 veröffentlichen:</translation>
    </message>
    <message>
        <source>Published to %1 as %2:</source>
        <translation>An %1 als %2 veröffentlicht:</translation>
    </message>
    <message>
        <source>%1, %2, %3; %4, %5, %6.</source>
        <translation>%1, %2, %3; %4, %5, %6.</translation>
    </message>
    <message>
        <source>New in the server&apos;s catalogue: %1</source>
        <translation>Neu im Katalog des Servers: %1</translation>
    </message>
    <message>
        <source>conflict: %1: %2</source>
        <translation>Konflikt: %1: %2</translation>
    </message>
    <message>
        <source>--db must name a PostgreSQL server (postgresql://USER@HOST/DATABASE or service=NAME); &apos;%1&apos; is a file</source>
        <translation>--db muss einen PostgreSQL-Server nennen (postgresql://USER@HOST/DATABASE oder service=NAME); &apos;%1&apos; ist eine Datei</translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation>das Passwort kann nicht von der Standardeingabe gelesen werden</translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty</source>
        <translation>--password-stdin: Die erste Zeile der Standardeingabe ist leer</translation>
    </message>
    <message>
        <source>Set the login&apos;s password from the first line of standard input (sent to the server only as a SCRAM verifier).</source>
        <translation>Das Passwort des Anmeldenamens aus der ersten Zeile der Standardeingabe setzen (an den Server nur als SCRAM-Verifier gesendet).</translation>
    </message>
    <message>
        <source>Set up Spotter&apos;s schema, roles and row-level security on a PostgreSQL database (run once, as its admin; running it again changes nothing).</source>
        <translation>Schema, Rollen und Sicherheit auf Zeilenebene von Spotter in einer PostgreSQL-Datenbank einrichten (einmal, als deren Administrator; ein erneuter Aufruf ändert nichts).</translation>
    </message>
    <message>
        <source>Bring a team server&apos;s schema up to this version of Spotter (as its admin).</source>
        <translation>Das Schema eines Teamservers auf diese Version von Spotter bringen (als dessen Administrator).</translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation>keine Argumente</translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2); roles, grants and policies checked.</source>
        <translation>%1 ist aktuell (Schema %2); Rollen, Rechte und Richtlinien geprüft.</translation>
    </message>
    <message>
        <source>%1 is set up (schema %2): roles spotter_coach and spotter_athlete, row-level security on every table. Add people with &apos;server add-coach&apos; and &apos;server add-athlete&apos;.</source>
        <translation>%1 ist eingerichtet (Schema %2): Rollen spotter_coach und spotter_athlete, Sicherheit auf Zeilenebene für jede Tabelle. Fügen Sie Personen mit &apos;server add-coach&apos; und &apos;server add-athlete&apos; hinzu.</translation>
    </message>
    <message>
        <source>%1 upgraded from schema %2 to %3.</source>
        <translation>%1 von Schema %2 auf %3 aktualisiert.</translation>
    </message>
    <message>
        <source>The coach&apos;s PostgreSQL login (created if missing).</source>
        <translation>Der PostgreSQL-Anmeldename des Trainers (wird angelegt, falls er fehlt).</translation>
    </message>
    <message>
        <source>Put the coach in this team.</source>
        <translation>Den Trainer in dieses Team aufnehmen.</translation>
    </message>
    <message>
        <source>Add a coach login.</source>
        <translation>Einen Trainer-Anmeldenamen hinzufügen.</translation>
    </message>
    <message>
        <source>exactly one LOGIN</source>
        <translation>genau ein LOGIN</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a coach.</source>
        <translation>&apos;%1&apos; ist Trainer.</translation>
    </message>
    <message>
        <source>The athlete&apos;s name (taken if it exists).</source>
        <translation>Der Name des Athleten (wird übernommen, wenn es ihn gibt).</translation>
    </message>
    <message>
        <source>The PostgreSQL login that is this athlete.</source>
        <translation>Der PostgreSQL-Anmeldename, der dieser Athlet ist.</translation>
    </message>
    <message>
        <source>login</source>
        <translation>login</translation>
    </message>
    <message>
        <source>Put the athlete in this team.</source>
        <translation>Den Athleten in dieses Team aufnehmen.</translation>
    </message>
    <message>
        <source>Add an athlete and the login that is them.</source>
        <translation>Einen Athleten und den Anmeldenamen hinzufügen, der er ist.</translation>
    </message>
    <message>
        <source>exactly one NAME (quote names with spaces)</source>
        <translation>genau ein NAME (Namen mit Leerzeichen in Anführungszeichen)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the athlete %2.</source>
        <translation>&apos;%1&apos; ist der Athlet %2.</translation>
    </message>
    <message>
        <source>The team&apos;s name.</source>
        <translation>Der Name des Teams.</translation>
    </message>
    <message>
        <source>Add a team.</source>
        <translation>Ein Team hinzufügen.</translation>
    </message>
    <message>
        <source>exactly one NAME</source>
        <translation>genau ein NAME</translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; is there.</source>
        <translation>Das Team &apos;%1&apos; ist vorhanden.</translation>
    </message>
    <message>
        <source>The team.</source>
        <translation>Das Team.</translation>
    </message>
    <message>
        <source>A coach&apos;s login to put in the team.</source>
        <translation>Der Anmeldename eines Trainers, der ins Team kommt.</translation>
    </message>
    <message>
        <source>An athlete&apos;s name to put in the team.</source>
        <translation>Der Name eines Athleten, der ins Team kommt.</translation>
    </message>
    <message>
        <source>Put a coach or an athlete in a team.</source>
        <translation>Einen Trainer oder Athleten in ein Team aufnehmen.</translation>
    </message>
    <message>
        <source>no positional arguments</source>
        <translation>keine Positionsargumente</translation>
    </message>
    <message>
        <source>give either --coach LOGIN or --athlete NAME</source>
        <translation>geben Sie entweder --coach LOGIN oder --athlete NAME an</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Erledigt.</translation>
    </message>
    <message>
        <source>List teams, their coaches and athletes.</source>
        <translation>Teams, ihre Trainer und Athleten auflisten.</translation>
    </message>
    <message>
        <source>Team %1: coaches %2; athletes %3</source>
        <translation>Team %1: Trainer %2; Athleten %3</translation>
    </message>
    <message>
        <source>Athlete %1: login %2</source>
        <translation>Athlet %1: Anmeldename %2</translation>
    </message>
    <message>
        <source>Usage: spotter-cli --db postgresql://ADMIN@HOST/DATABASE server ACTION</source>
        <translation>Aufruf: spotter-cli --db postgresql://ADMIN@HOST/DATABASE server ACTION</translation>
    </message>
    <message>
        <source>  init                          set up schema, roles and row-level security</source>
        <translation>  init                          Schema, Rollen und Sicherheit auf Zeilenebene einrichten</translation>
    </message>
    <message>
        <source>  upgrade                       bring the schema up to this version</source>
        <translation>  upgrade                       das Schema auf diese Version bringen</translation>
    </message>
    <message>
        <source>  add-coach LOGIN [--team T] [--password-stdin]</source>
        <translation>  add-coach LOGIN [--team T] [--password-stdin]</translation>
    </message>
    <message>
        <source>  add-athlete NAME --login LOGIN [--team T] [--unit kg|lb] [--password-stdin]</source>
        <translation>  add-athlete NAME --login LOGIN [--team T] [--unit kg|lb] [--password-stdin]</translation>
    </message>
    <message>
        <source>  add-team NAME</source>
        <translation>  add-team NAME</translation>
    </message>
    <message>
        <source>  assign --team T (--coach LOGIN | --athlete NAME)</source>
        <translation>  assign --team T (--coach LOGIN | --athlete NAME)</translation>
    </message>
    <message>
        <source>  list</source>
        <translation>  list</translation>
    </message>
    <message>
        <source>Run as the server&apos;s admin (a PostgreSQL superuser); see docs/team-server.md.</source>
        <translation>Als Administrator des Servers ausführen (ein PostgreSQL-Superuser); siehe docs/team-server.md.</translation>
    </message>
    <message>
        <source>expected an action: init, upgrade, add-coach, add-athlete, add-team, assign, list</source>
        <translation>Aktion erwartet: init, upgrade, add-coach, add-athlete, add-team, assign, list</translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected init, upgrade, add-coach, add-athlete, add-team, assign or list)</source>
        <translation>unbekannte Aktion &apos;%1&apos; (erwartet: init, upgrade, add-coach, add-athlete, add-team, assign oder list)</translation>
    </message>
    <message>
        <source>Publishing: %1 of %2 sessions and soreness reports</source>
        <translation>Veröffentlichen: %1 von %2 Einheiten und Beschwerdeberichten</translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n neue Einheit</numerusform>
            <numerusform>%n neue Einheiten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n geändert</numerusform>
            <numerusform>%n geändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unverändert</numerusform>
            <numerusform>%n unverändert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new soreness report(s)</source>
        <translation>
            <numerusform>%n neuer Beschwerdebericht</numerusform>
            <numerusform>%n neue Beschwerdeberichte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not published: open the server&apos;s copy and make the change there, or delete it there and publish again.</source>
        <translation>
            <numerusform>%n Eintrag nicht veröffentlicht: Öffne die Kopie auf dem Server und ändere sie dort, oder lösche sie dort und veröffentliche erneut.</numerusform>
            <numerusform>%n Einträge nicht veröffentlicht: Öffne die Kopie auf dem Server und ändere sie dort, oder lösche sie dort und veröffentliche erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::cli::Context</name>
    <message>
        <source>&apos;%1&apos; does not exist. Check the path; &apos;athlete add&apos;, &apos;log&apos;, &apos;import&apos; and &apos;generate&apos; create a new database.</source>
        <translation>&apos;%1&apos; existiert nicht. Prüfen Sie den Pfad; &apos;athlete add&apos;, &apos;log&apos;, &apos;import&apos; und &apos;generate&apos; legen eine neue Datenbank an.</translation>
    </message>
    <message>
        <source>Upgrade it with &apos;spotter-cli --db %1 check --upgrade&apos;.</source>
        <translation>Führen Sie das Upgrade mit &apos;spotter-cli --db %1 check --upgrade&apos; durch.</translation>
    </message>
    <message>
        <source>warning: </source>
        <translation>Warnung: </translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>path</translation>
    </message>
    <message>
        <source>--db: the path must not be empty</source>
        <translation>--db: der Pfad darf nicht leer sein</translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3; got &apos;%4&apos;</source>
        <translation>--%1: ganze Zahl von %2 bis %3 erwartet; erhalten: &apos;%4&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a number; got &apos;%2&apos;</source>
        <translation>--%1: Zahl erwartet; erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD; got &apos;%2&apos;</source>
        <translation>--%1: Datum als YYYY-MM-DD erwartet; erhalten: &apos;%2&apos;</translation>
    </message>
    <message>
        <source>--%1: %2; got &apos;%3&apos;</source>
        <translation>--%1: %2; erhalten: &apos;%3&apos;</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos; (add one with &apos;athlete add&apos;)</source>
        <translation>Es gibt keinen Athleten namens &apos;%1&apos; (anlegen mit &apos;athlete add&apos;)</translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos; (expected one of: %3)</source>
        <translation>--%1: unbekannter Wert &apos;%2&apos; (erwartet wird einer von: %3)</translation>
    </message>
    <message>
        <source>Database file (default: %1), or a team server (postgresql://… or service=…).</source>
        <translation>Datenbankdatei (Standard: %1) oder ein Teamserver (postgresql://… oder service=…).</translation>
    </message>
</context>
<context>
    <name>spotter::importfields::Import</name>
    <message>
        <source>expected a date like &apos;9 Apr 2026, 17:18&apos; or &apos;Apr 9, 2026, 5:18 PM&apos;</source>
        <translation>Datum wie &apos;9 Apr 2026, 17:18&apos; oder &apos;Apr 9, 2026, 5:18 PM&apos; erwartet</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month name Spotter knows (English and common European languages are); export again with the phone set to English</source>
        <translation>&apos;%1&apos; ist kein Monatsname, den Spotter kennt (bekannt sind Englisch und gängige europäische Sprachen); stellen Sie das Telefon auf Englisch und exportieren Sie erneut</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a different month in different languages; export again with the phone set to English</source>
        <translation>&apos;%1&apos; ist je nach Sprache ein anderer Monat; stellen Sie das Telefon auf Englisch und exportieren Sie erneut</translation>
    </message>
</context>
<context>
    <name>spotter::pdf</name>
    <message>
        <source>Lays out an HTML report on A4 pages and writes it as PDF (used by spotter-cli report).</source>
        <translation>Setzt einen HTML-Bericht auf A4-Seiten und schreibt ihn als PDF (verwendet von spotter-cli report).</translation>
    </message>
    <message>
        <source>The document title.</source>
        <translation>Der Dokumenttitel.</translation>
    </message>
    <message>
        <source>title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>The HTML file; &apos;-&apos; reads standard input.</source>
        <translation>Die HTML-Datei; &apos;-&apos; liest die Standardeingabe.</translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation>Die zu schreibende PDF-Datei.</translation>
    </message>
    <message>
        <source>expected INPUT and OUTPUT</source>
        <translation>INPUT und OUTPUT erwartet</translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation>&apos;%1&apos; kann nicht gelesen werden: %2</translation>
    </message>
</context>
</TS>
