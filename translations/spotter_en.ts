<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>QObject</name>
    <message>
        <source>Spotter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter, a training log for lifters and coaches.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter cannot open its database</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::AboutDialog</name>
    <message>
        <source>About Spotter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Spotter %1&lt;/h3&gt;&lt;p&gt;A training log for lifters and their coaches.&lt;/p&gt;&lt;p&gt;Soreness triage is information, not medical advice. When in doubt, see a doctor.&lt;/p&gt;&lt;p&gt;License: &lt;a href=&quot;%2&quot;&gt;GPL-3.0-or-later&lt;/a&gt;. Spotter uses Qt Charts, which is licensed under the GPL-3.0, so the program as a whole is distributed under the GNU General Public License, version 3 or (at your option) any later version.&lt;/p&gt;&lt;p&gt;This is free software: you are free to change and redistribute it. There is NO WARRANTY, to the extent permitted by law.&lt;/p&gt;&lt;p&gt;Built with Qt %3, running on Qt %4.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::AlternativesText</name>
    <message>
        <source>heavy hinges, rows and squats that round or load the lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>overhead work, shrugs and anything with a bar on your back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg extension and leg curl</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking or cycling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pressing, dips, push-ups and overhead work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core work that does not load the arms (dead bug)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bench pressing, dips, push-ups and flyes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Squats and leg work that do not hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rows, pull-ups, shrugs and heavy deadlifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>curls, pressing, pulling and heavy gripping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Belt squat or hack squat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy squats and deadlifts, sit-ups and crunches</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Machine work for the arms and legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squats, deadlifts, lunges and wide stances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seated upper-body work</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg extension, if it does not hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gentle walking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hip hinges (deadlifts, RDLs, good mornings), leg curls and sprinting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper-body training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>squats, lunges, leg press, leg extension and jumping</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glute bridge, if it does not hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running, jumping, calf raises and standing lifts that hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg extension and leg curl, if they do not hurt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swimming with the legs at rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::AthleteDialog</name>
    <message>
        <source>I have had a &amp;back injury before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I take long-term &amp;steroids or have osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I have a history of &amp;cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>My &amp;immune system is weakened (medicines or illness), I had a serious infection recently, or I inject drugs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name (each athlete needs a different one)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth &amp;year:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history (used to judge soreness more carefully)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add athlete</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::BackupModel</name>
    <message>
        <source>Daily</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Taken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Badges</name>
    <message>
        <source>Looks like normal tiredness after training; it fades within hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like normal delayed soreness (DOMS); it fades within a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably harmless, but something in training may need a look.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks more like a problem than normal soreness: ease off this area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Matches medical guidance to get checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training: sub-maximal work with reps left in reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard: near-maximal but planned training (about 1 rep in reserve).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing: a max effort (failure, a maximal single or triple, a PR attempt).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::BodyMap</name>
    <message>
        <source>Body map region. Space or Enter selects it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Body map</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front and back view of a body. Tab or the arrow keys move between regions; Space or Enter selects one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Front</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Selected: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click where it is sore</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ChartPanel</name>
    <message>
        <source>Export as PNG…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this chart as a PNG image</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ChartView</name>
    <message>
        <source>Could not save the chart as %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Commands</name>
    <message>
        <source>change the plates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ConnectDialog</name>
    <message>
        <source>Encrypted, server verified (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted, server not verified (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypted if the server offers it (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not encrypted (only on a trusted network)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your team&apos;s PostgreSQL server, as its admin set it up (docs/team-server.md). Spotter asks for your password when the server wants one and never stores it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gym.example.org</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encryption</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Login:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Encryption:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who is signing in? Enter your login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the database your admin set up (often &quot;team&quot;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publish to team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::CsvReaderText</name>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-32 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is UTF-16 text; save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record has more than %1 fields</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The text is not valid UTF-8 (byte 0x%1 in field %2); save the file as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A field is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The record is longer than %1 bytes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file contains a NUL byte; it looks like UTF-16 or binary data, not UTF-8 text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A quoted field never ends (a closing &quot; is missing)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text follows a closing quote; a quoted field must end with &quot; followed by the delimiter or the end of the line</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::CsvWriter</name>
    <message>
        <source>The file could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::DailyBackup</name>
    <message>
        <source>The daily backup failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter could not back up %1 today; logging goes on as usual.

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::DateRangeEdit</name>
    <message>
        <source>&amp;From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leave both unticked for everything</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::DateTime</name>
    <message>
        <source>expected a date and time as YYYY-MM-DD[THH:MM[:SS]][±HH:MM]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the year %1 is out of range (%2 to %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no month %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no 29 February (it is not a leap year)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 has %3 days; there is no day %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>24:00 is not a time of day; write 00:00 of the next day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2 is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is not a UTC offset any place uses (they run from -12:00 to +14:00)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 does not exist in this computer&apos;s time zone: the clocks skipped it when they changed (from %2 to %3). Give the time with its offset, e.g. %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 happens twice in this computer&apos;s time zone (the clocks went back); give the offset: %1%2 for the first or %1%3 for the second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:%2:%3 is not a time of day</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::DesktopDatabaseText</name>
    <message>
        <source>Spotter opened its database read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can read, export and back it up; changes cannot be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or its folder cannot be written (a read-only folder or disk).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was opened only to read it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not while the database is read-only: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Enums</name>
    <message>
        <source>kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>AMRAP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Drop set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accessory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Isolation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mid back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Glutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hamstrings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Calves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Knees</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shoulders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Elbows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upper arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Core</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forearms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Groin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shins</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ankles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Right</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dull</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Aching</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stiff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stabbing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shooting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Burning in the muscle (the “burn” of a hard set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I can point to one spot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is on or right beside the spine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is in a joint rather than the muscle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurts at rest, not only when I move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is visible swelling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is bruising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I heard or felt a pop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It stops me doing everyday things</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, tingling, numbness, a burning feeling or weakness going down one arm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot do its job: I cannot put weight on it, straighten the knee, bend or turn the forearm, or push off the foot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visible bulge, gap or changed shape of the muscle or joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint locks, catches or gives way</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle feels tense or hard all the time (not just pumped), or moving the fingers or toes stretches it painfully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped against a joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lump or bulge in the groin or belly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It hurts more when I bend backwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling around the genitals, buttocks, inner thighs or anus</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New difficulty peeing, or loss of bladder or bowel control</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New problems getting or keeping an erection, or other new sexual dysfunction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness in both legs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Leg weakness that is severe or getting worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It started with a serious accident: a fall from height, a collision, or a bar dropped on the neck, chest or head (a dropped plate on a toe is a minor knock)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain or pressure that is not sore muscle: it spreads to the arm, jaw or back, or comes with breathlessness, sweating, feeling sick or faint (sore chest muscles that hurt when stretched or pressed are not this)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark, tea- or cola-coloured urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fever of 38 °C (100.4 °F) or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight loss without trying</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lump or swelling in the back, or the back has changed shape</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain does not ease with rest, or is much worse at night</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain is so bad it disrupts sleep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is worse when coughing, sneezing or straining</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pain is at the top of the back, between the shoulders, and does not feel like muscle soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weakness in one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A change in the way you walk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Balance problems or unsteadiness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling, pins and needles, a burning or shooting pain going down one leg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden, severe headache, the worst ever, during or right after a lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden tearing or ripping pain in the chest or between the shoulder blades</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot, red, swollen joint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The hand or foot below the pain is pale, cold or numb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passing little or no urine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting, confusion, or feeling very unwell</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Strong</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from Hevy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from FitNotes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported from a Spotter export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated demo data</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ExerciseCatalogue</name>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos; in the catalogue; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise &apos;%1&apos; in the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Export</name>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions (summary)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ExportDialog</name>
    <message>
        <source>One row per set with its session: everything Spotter needs to import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per session with its intensity class and flags, for spreadsheets. It cannot be imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One row per soreness report with its triage. Import it after the sets file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For E&amp;xcel: byte order mark, CRLF line ends, &apos;;&apos; between cells and decimal commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For E&amp;xcel: byte order mark and CRLF line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n soreness report</numerusform>
            <numerusform>%n soreness reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s)</source>
        <translation>
            <numerusform>%n athlete</numerusform>
            <numerusform>%n athletes</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was exported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Athletes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::FirstRunWidget</name>
    <message>
        <source>&lt;h1&gt;Welcome to Spotter&lt;/h1&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log your sessions from the keyboard, note the soreness that follows, and Spotter tells you whether it looks like normal fatigue, DOMS, or something to watch — and when a session was testing rather than training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add yourself as an athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import history from Strong, Hevy or FitNotes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Three made-up athletes in a separate file; your own database stays empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Coaching several people? Add each athlete from File › New athlete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Generator</name>
    <message>
        <source>&apos;%1&apos; already exists; the demo data goes into a new file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise catalogue has no &apos;%1&apos;; generated histories need the built-in exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::GeneratorText</name>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The database already holds %n athlete(s); generated histories go into a new or empty database only</source>
        <translation>
            <numerusform>The database already holds %n athlete; generated histories go into a new or empty database only</numerusform>
            <numerusform>The database already holds %n athletes; generated histories go into a new or empty database only</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::HistoryModel</name>
    <message>
        <source>BW − %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assisted sets are not counted: this session has no bodyweight, and an assisted set lifts the bodyweight less the help.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working sets, without warm-ups and failed attempts (0 reps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness after</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n report(s))</source>
        <translation>
            <numerusform>%1 (%n report)</numerusform>
            <numerusform>%1 (%n reports)</numerusform>
        </translation>
    </message>
    <message>
        <source>The sessions</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::HistoryPage</name>
    <message>
        <source>&amp;Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flagged (⚑)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness afterwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness: warning or worse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show only sessions of one intensity class, with flags, or followed by soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find sessions by title, notes or exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xercise:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;lass:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the selected session to edit it (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sessions (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions match these filters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions yet. Log one on the Log page (Ctrl+1), or import your history with File › Import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n session(s)</source>
        <extracomment>English&apos;s singular is &quot;delete session&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>delete session</numerusform>
            <numerusform>delete %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) deleted. Undo with Ctrl+Z.</source>
        <extracomment>English&apos;s singular is &quot;Session deleted. …&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>Session deleted. Undo with Ctrl+Z.</numerusform>
            <numerusform>%n sessions deleted. Undo with Ctrl+Z.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::HistoryPlanText</name>
    <message>
        <source>%1 sets are more than one athlete&apos;s history can hold between %2 and %3; ask for fewer sets or more athletes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Import</name>
    <message>
        <source>The header gives weights in %1; the unit chosen (%2) is not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; %3 is more than the %4 world record (%5 kg, %6); check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; %3 is more than %4 kg, more than any set can carry; check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is more than %3 reps in one set; check the number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header has two columns for the same value: &apos;%1&apos; (column %2) and &apos;%3&apos; (column %4); remove one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>These columns are not imported: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected %1 fields like the header; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a FitNotes export Spotter can read: the header lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This FitNotes export does not say whether weights are in kg or lb; choose the unit the app was set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category &apos;%1&apos; names no body region Spotter knows; new exercises in it keep it as their category and get no regions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &apos;%1&apos; is not a date like 2024-01-02</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight Unit is empty; choose the unit for such rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight Unit &apos;%1&apos; is not kgs or lbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time &apos;%1&apos; is not a duration like 0:09:21</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance Unit is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance Unit &apos;%1&apos; is not m, km, mi, ft or yd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Hevy export Spotter can read: the header lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>start_time &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise_title is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_index must not be negative; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_type &apos;%1&apos; is not normal, warmup, failure or dropset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>superset_id must not be negative; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Superset %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>end_time &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout ends (%1) before it starts (%2); it is imported without a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workout lasts longer than %1 hours (%2 to %3), probably a timer left running; it is imported without a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be opened: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows that are not UTF-8 text cannot be left out one by one: the file was saved in another encoding. Save it as UTF-8 and import it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The error on line %1 is about the file as a whole, not one row; no row can be left out for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the file changed while it was being imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows left out could not be saved to %1 (%2); nothing was imported. Choose another place with --rejects.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file or the database changed while the file was being imported; nothing was imported. Import it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is Spotter&apos;s sessions summary, a report whose columns cannot restore sessions; import the sets file (and the soreness file) instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header matches no format Spotter imports (Strong, Hevy, FitNotes or Spotter&apos;s own): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: there is no header line and no rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file has a header but no rows; there is nothing to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter&apos;s own files name the athlete on every row; do not choose an athlete for them</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A %1 file does not say whose history it is; choose the athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report belongs to session %1 of %2 (%3), which is not in this database; import the sets file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report belongs to session %1 of %2, which is not in this database; import the sets file first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session columns differ from those of line %1, the first row of session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>source_key &apos;%1&apos; is also the key of the session on line %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>held back with its workout, which has an invalid row on line %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a weight in kg like 102.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not 1 or 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: &apos;%2&apos; is not one of %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Spotter sets file Spotter can read: the header lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>athlete is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_id is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_id must be a positive whole number; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session_start &apos;%1&apos; is not a date and time like 2026-11-21T18:30:00+01:00: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exercise is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_index is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_index %1 does not follow %2; sets of a session are numbered upwards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set_kind is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Spotter soreness file Spotter can read: the header lacks %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report_id must be a positive whole number; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a date and time like 2026-11-21T18:30:00+01:00: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>intensity is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>character is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noticed_at is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is not a Strong export Spotter can read: the header lacks %1. If Strong wrote it in another language, export from Strong in English or French</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header is in a language Spotter has no names for; its columns are read in the order Strong writes them (Date, Workout Name, Duration, Exercise Name, Set Order, Weight, Reps, Distance, Seconds, ...)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This Strong export does not say whether weights are in kg or lb; choose the unit the app was set to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date &apos;%1&apos; is not a date and time like 2024-01-02 18:00:00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a set number, W, D, F, a rest timer or a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is not a duration like 1h 8m, 48m or 20s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 &apos;%2&apos; is longer than %3 hours, probably a timer left running; the workout is imported without a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rest-timer row needs the rest in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Two rest-timer rows in a row; the earlier one (line %1) is replaced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong does not export the distance unit; distances are read as kilometres because weights are in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong does not export the distance unit; distances are read as miles because weights are in lb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight Unit &apos;%1&apos; is not kg or lbs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source> and %n more</source>
        <translation>
            <numerusform> and %n more</numerusform>
            <numerusform> and %n more</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) record no work (no reps, time or distance, and not a failed attempt) and were not imported: line(s) %1</source>
        <translation>
            <numerusform>%n row records no work (no reps, time or distance, and not a failed attempt) and was not imported: line %1</numerusform>
            <numerusform>%n rows record no work (no reps, time or distance, and not a failed attempt) and were not imported: lines %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Date &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ImportDialog</name>
    <message>
        <source>&amp;Unit:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A CSV file from Strong, Hevy, FitNotes or Spotter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recognise from the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose history this is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A name that is not in Spotter yet creates that athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What will be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a file to see what it holds before anything is imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Problems in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import cannot be undone with Edit → Undo. Importing the same file again adds nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;The database failed:&lt;/b&gt; %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a CSV file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the rows that cannot be imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;b&gt;%1&lt;/b&gt; file; %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &lt;b&gt;%1&lt;/b&gt; file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter&apos;s own files name the athlete on every row.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing else is new: fix the rows in the file and check it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new: everything in this file is in the database already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Will import &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; and &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n soreness report</numerusform>
            <numerusform>%n soreness reports</numerusform>
        </translation>
    </message>
    <message>
        <source>New athletes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New exercises: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not say whether its weights are in kg or lb: &lt;b&gt;choose the unit&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file does not say whose history it is: &lt;b&gt;choose the athlete&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) have problems&lt;/b&gt;; nothing can be imported until the file is fixed.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row has problems&lt;/b&gt;; nothing can be imported until the file is fixed.</numerusform>
            <numerusform>&lt;b&gt;%n rows have problems&lt;/b&gt;; nothing can be imported until the file is fixed.</numerusform>
        </translation>
    </message>
    <message>
        <source>Checking was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;This file cannot be imported.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Already in the database and skipped: %n session(s) or report(s).</source>
        <translation>
            <numerusform>Already in the database and skipped: %n session or report.</numerusform>
            <numerusform>Already in the database and skipped: %n sessions or reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Imported&lt;/b&gt; %1, %2 and %3 from %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing new was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created athletes: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created exercises: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Cancelled&lt;/b&gt;; nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Nothing was imported.&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import valid sets…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n valid set(s)</source>
        <translation>
            <numerusform>%n valid set</numerusform>
            <numerusform>%n valid sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n valid soreness report(s)</source>
        <translation>
            <numerusform>%n valid soreness report</numerusform>
            <numerusform>%n valid soreness reports</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 and %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights in %1, as its header says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight unit is given on each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights in %1, as you chose</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;%n row(s) have problems&lt;/b&gt; (listed below). Each holds back its whole workout, so %1 (%2) cannot be imported as they are.</source>
        <translation>
            <numerusform>&lt;b&gt;%n row has problems&lt;/b&gt; (listed below). Each holds back its whole workout, so %1 (%2) cannot be imported as they are.</numerusform>
            <numerusform>&lt;b&gt;%n rows have problems&lt;/b&gt; (listed below). Each holds back its whole workout, so %1 (%2) cannot be imported as they are.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s)</source>
        <translation>
            <numerusform>%n row</numerusform>
            <numerusform>%n rows</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n workout</numerusform>
            <numerusform>%n workouts</numerusform>
        </translation>
    </message>
    <message>
        <source>The rest can be: &lt;b&gt;%1&lt;/b&gt;, &lt;b&gt;%2&lt;/b&gt; and &lt;b&gt;%3&lt;/b&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the %1 and save the %2 that cannot be imported to a file?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt; that could not be imported were saved, unchanged and with the reasons, to &lt;b&gt;%2&lt;/b&gt;. Fix them there and import that file to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Intensity</name>
    <message>
        <source>Training</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::IntensityInput</name>
    <message>
        <source>Not rated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity, 0 to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The worst it has been in the last 24 hours: 0 is none, 10 the worst pain you can imagine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>0 none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5 moderate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>10 worst imaginable</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::IntensitySummary</name>
    <message>
        <source>Session intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sub-maximal work with reps left in reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Near-maximal but planned work, about 1 rep in reserve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A max effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session — %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ New best e1RM for %1: %2, estimated from reps alone (best before: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ New best e1RM for %1: %2 (best before: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tip (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::LastTimeText</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 @ %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::LiftPicker</name>
    <message>
        <source>The lift before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name the lift if it was not the session&apos;s main one: the advice names what to leave out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a one-sided lift, soreness on one side is expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The li&amp;ft before it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A one-sided lift (split s&amp;quat, one-arm row)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::LogPage</name>
    <message>
        <source>&amp;Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dup&amp;licate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new session dated now (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p style=&apos;font-size:large&apos;&gt;No sets yet&lt;/p&gt;&lt;p&gt;Type a line like &lt;b&gt;Squat 3x5 120kg @7.5&lt;/b&gt; in Quick entry and press Enter.&lt;/p&gt;&lt;p&gt;Then Enter in the grid repeats the last set, Ctrl+D duplicates one,&lt;br&gt;Ctrl+T starts the rest timer and Ctrl+Z undoes any change.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a copy of the current set after it (Ctrl+D)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sets (Delete); Ctrl+Z brings them back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session dated now: it is saved with its first set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · not saved yet: it is saved with its first set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an athlete to log sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · saved as you type; Ctrl+Z undoes each change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sets (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest timer gave it %1 of rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type the first set in Quick entry, e.g. Squat 3x5 120kg @7.5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added set %1 like the one before; type over what changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>duplicate set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicated set %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1 got %2 of rest from the rest timer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duplicate the current set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start or stop the rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>add %n set(s) of %1</source>
        <translation>
            <numerusform>add %n set of %1</numerusform>
            <numerusform>add %n sets of %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added %n set(s) of %1; Ctrl+Z takes the line back.</source>
        <translation>
            <numerusform>Added %n set of %1; Ctrl+Z takes the line back.</numerusform>
            <numerusform>Added %n sets of %1; Ctrl+Z takes the line back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n set(s); Ctrl+Z brings them back.</source>
        <extracomment>English&apos;s singular says &quot;brings it back&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>Deleted %n set; Ctrl+Z brings it back.</numerusform>
            <numerusform>Deleted %n sets; Ctrl+Z brings them back.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::MainWindow</name>
    <message>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session (Ctrl+1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every session, newest first (Ctrl+2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report soreness and see what it looks like (Ctrl+3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strength, load and soreness over time (Ctrl+4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every athlete at a glance: who needs attention today (Ctrl+5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;You are looking at demo data&lt;/b&gt; — three made-up athletes. Nothing you do here touches your own database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back to my data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;thlete: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose training you are looking at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete athlete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open de&amp;mo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look around with three made-up athletes, in a separate file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from bac&amp;kup…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter&apos;s &amp;rules and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Spotter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — Spotter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (read-only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened read-only: you can read, export and back up; changes cannot be saved. %1 Database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data (deleted when you leave it). Your database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete %1 with every session and soreness report? You can undo this with Ctrl+Z until you close Spotter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open the demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No folder for the demo data could be made: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open your database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a Spotter database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter databases (*.sqlite *.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Part of the database cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file looks damaged, so Spotter will not write into it. Export what is readable with File › Export… (it copies every row that can still be read and lists what was lost), then restore an earlier backup with File › Restore from backup….</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect to team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open your team&apos;s shared database on a PostgreSQL server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent team ser&amp;vers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Publish to team server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this log&apos;s new and changed sessions and soreness reports to your team&apos;s server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server is restored by its admin (pg_restore, docs/team-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team server %1 — signed in as %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not published (changed here and on the server, or deleted there):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published, with conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to %1 as %2: %3, %4; %5, %6; %7.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed session(s)</source>
        <translation>
            <numerusform>%n changed session</numerusform>
            <numerusform>%n changed sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new soreness report(s)</source>
        <translation>
            <numerusform>%n new soreness report</numerusform>
            <numerusform>%n new soreness reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed soreness report(s)</source>
        <translation>
            <numerusform>%n changed soreness report</numerusform>
            <numerusform>%n changed soreness reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) already there</source>
        <translation>
            <numerusform>%n session already there</numerusform>
            <numerusform>%n sessions already there</numerusform>
        </translation>
    </message>
    <message>
        <source>Publishing was cancelled; nothing was sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::NewExerciseBar</name>
    <message>
        <source>&amp;Add to catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main lifts (squat, bench, deadlift, press and close variants) can make a session testing; bodyweight and timed exercises read &quot;3x8&quot; as sets × reps or seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>as &amp;kind:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the exercise and carry on with what you typed (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the name instead (Escape)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add &quot;%1&quot; to the catalogue as a new exercise? Its kind decides how a line such as 3x8 reads, and whether it can make a session testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add &quot;%1&quot;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::PdfReportText</name>
    <message>
        <source>The PDF could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::PlanModel</name>
    <message>
        <source>%1 × %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every set of %1 is logged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load is suggested for %1 today; type one in the Load column to log it anyway.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a load for %1 in the Load column first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>type a load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% of the recent best e1RM %2 on the RTS chart: %3, made with the plates as %4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected a load such as 102.5, 102.5kg or 225lb; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::PlanPanel</name>
    <message>
        <source>S&amp;tart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log these sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Close plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start today&apos;s session from this routine: its sets with today&apos;s suggested loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep this session&apos;s exercises and sets as a routine for next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, assign or delete routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar, plates and collars this athlete loads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the selected item&apos;s remaining sets to the session with the load shown; change what differed in the grid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (not assigned)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That routine no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started %1: select an item and press Enter (or Log these sets) to add its sets; type over a load to change it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today&apos;s plan: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an item of the plan first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Logged %n set of %1 as planned; change what differed in the grid.</source>
        <translation>
            <numerusform>Logged %n set of %1 as planned; change what differed in the grid.</numerusform>
            <numerusform>Logged %n set of %1 as planned; change what differed in the grid.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Logged %n sets of %1 as planned; change what differed in the grid.</source>
        <translation>
            <numerusform>Logged %n sets of %1 as planned; change what differed in the grid.</numerusform>
            <numerusform>Logged %n sets of %1 as planned; change what differed in the grid.</numerusform>
        </translation>
    </message>
    <message>
        <source>Log some sets first: a routine is made from the session&apos;s sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s session of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>save the session as routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved as routine %1, assigned to %2; rename or assign it in Routines….</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>log %n planned set(s) of %1</source>
        <translation>
            <numerusform>log %n planned set of %1</numerusform>
            <numerusform>log %n planned sets of %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Plates</name>
    <message>
        <source>cannot make %1: %2 or %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1: at most %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1: at least %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot make %1 with these plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 and collars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>just the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 + %2 per side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearest %1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at most %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>at least %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be made</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bar only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1×%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected plates as SIZExCOUNT, e.g. 25x8 20x2 2.5x2; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The bar must weigh between 0 and %1 %2 (at most %3 decimals); got %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A collar must weigh between 0 and 50 %1 (at most %2 decimals); got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A plate must weigh more than 0 and at most 100 %1 (at most %2 decimals); got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There can be 0 to 100 plates of a size; got %1 of %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The %1 %2 plates are listed twice</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::PlatesDialog</name>
    <message>
        <source>Plates of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each plate size and how many there are in all (both sides), heaviest first: 25x8 20x4 …</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Collar (each)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gym defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ProgressCharts</name>
    <message>
        <source>Estimated 1RM per main lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e1RM in this range. It comes from main-lift sets (squat, bench press, deadlift, …) of up to 10 reps, rated RPE 6 or more when rated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing (max effort)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR (new best e1RM)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing: a max effort on this lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR: best e1RM so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly load and ACWR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load (RPE × min)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session load in this range. Load is session RPE × minutes: give your sessions both to see it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Typical ACWR %1–%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR between %1 and %2 is often called typical. It is information about how this week compares with recent weeks, not a verdict or an injury risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load %1 (session RPE × minutes)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% on the week before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotony %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR %1 (typical %2–%3; information, not a verdict)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR is shown after 28 days of logged load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness over sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions or soreness reports in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there (%1 days so far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone %1 (%2 days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity %1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly volume per exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Volume (%1 × reps)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No working sets with a load in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, week of %2
%3 %4 × reps in %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR estimated from reps alone (no RPE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM %1, estimated from reps alone (no RPE or RIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR: best e1RM so far, an estimate from reps alone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR ≈%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: latest e1RM %2 on %3; best %4 on %5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n PR(s) in this range.</source>
        <translation>
            <numerusform>%n PR in this range.</numerusform>
            <numerusform>%n PRs in this range.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest week with load, of %1: %2 (session RPE × minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR %1 (typical %2–%3; information, not a verdict).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest week, of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s).</source>
        <translation>
            <numerusform>%n session.</numerusform>
            <numerusform>%n sessions.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s).</source>
        <translation>
            <numerusform>%n soreness report.</numerusform>
            <numerusform>%n soreness reports.</numerusform>
        </translation>
    </message>
    <message>
        <source>Latest: %1, %2, noticed %3%4.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Most serious: %1, %2, noticed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest week with volume, of %1: %2 %3 × reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Highest week, of %1: %2 %3 × reps.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a training session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a hard session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a testing session</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n working set(s)</source>
        <translation>
            <numerusform>%n working set</numerusform>
            <numerusform>%n working sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::ProgressPage</name>
    <message>
        <source>Last 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose or add an athlete to see progress.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athlete selected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each point is a session&apos;s best estimated 1RM. Triangles: the lift was tested (a max effort). Stars: a new best.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: session RPE × minutes per week. Line: ACWR, this week against recent weeks; the shaded band is the range often called typical. Information, not a verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bars: session RPE × minutes per week. ACWR appears after 28 days of logged load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No soreness reported in this range. Bottom lane: sessions by intensity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each bar runs from when soreness was noticed until it was gone, coloured by its class. Bottom lane: sessions by intensity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red shading marks testing days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load × reps of working sets per week, stacked by exercise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 from %3 to %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Publish</name>
    <message>
        <source>session %1 &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soreness report of %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was deleted on the server after it was published; it was not sent again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it was changed here and on the server since it was last published; nothing was sent for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the server has a different version of it that was not published from here; nothing was sent for it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos; here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing goes to a team server (postgresql://… or service=…), not to a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no athlete named &apos;%2&apos; that &apos;%3&apos; may write to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; is no athlete on the server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database holds no athlete to publish</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This database holds %n athlete(s); choose the one to publish</source>
        <translation>
            <numerusform>This database holds %n athlete; choose the one to publish</numerusform>
            <numerusform>This database holds %n athletes; choose the one to publish</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::PublishingDialog</name>
    <message>
        <source>Publishing to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to the team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing to %1…
%2 of %3 sessions and soreness reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancelling… nothing will be sent.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::QuickEntry</name>
    <message>
        <source>a marker goes after the reps, e.g. 100x5+</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;x&apos; and reps after the weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weight before the reps, e.g. 100x5/5/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected reps, a duration or a distance after &apos;x&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weight or a number of sets before &apos;x&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a list of reps or a number of sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of sets before &apos;x&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of sets after &apos;x&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of sets must be a whole number from 1 to %1; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a group holds at most %1 sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a line holds at most %1 sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write the load change in %1, the unit the loads are in; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an assisted exercise takes help, not added weight: write bw-%1 or %1kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>seconds must be a whole number; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps must be a whole number; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected sets after the exercise name, e.g. 100x5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an exercise and its sets, e.g. Squat 3x5 100kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an exercise name before the sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a set such as 100x5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no earlier session of %1 to repeat; write its sets, e.g. 100x5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a set has one kind; &apos;%1&apos; conflicts with &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number &apos;%1&apos; is too long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a time as m:ss or h:mm:ss; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>write decimals with a dot (%1.%2); &apos;,&apos; separates sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>missing closing quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the exercise name is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weight cannot be negative; got -%1 (on an assisted exercise, write the help as bw-%1 or %1kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a set after &apos;,&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a set such as 100x5; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>too many &apos;x&apos;; write weight x reps x sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected reps after &apos;x&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number of sets or a weight after &apos;x&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a load change after &apos;%1&apos;, e.g. last +5kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected kg or lb after the load change; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a marker goes after the change, e.g. last +5kg w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the weight comes from last time; change it with &apos;%1 +5kg&apos; or &apos;%1 -5kg&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected reps after &apos;/&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a list holds reps, durations or distances of one sort, e.g. 5/5/4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected kg or lb after the added load; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown unit &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reps in reserve are given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest is given twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;,&apos; between sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a number after &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a rest time after &apos;%1&apos;, e.g. rest 90s or rest 2:30</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::QuickEntryLine</name>
    <message>
        <source>Quick entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quick entry:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Squat 3x5 120kg @7.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exercise and its sets per line, e.g. Deadlift 100x5, 120x5, 140x5@8 rest 3m. Enter adds the sets; Ctrl+Z takes the whole line back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quick entry preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exercise and its sets per line; Enter adds them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exercise and its sets per line; without a name, 100x5@8 adds to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ Column %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ %1 Press Enter to add it to the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Enter adds %n set(s) of %1: %2</source>
        <translation>
            <numerusform>Enter adds %n set of %1: %2</numerusform>
            <numerusform>Enter adds %n sets of %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::Reassessment</name>
    <message numerus="yes">
        <source>%n past soreness report(s) were re-assessed with the new rules.</source>
        <translation>
            <numerusform>%n past soreness report was re-assessed with the new rules.</numerusform>
            <numerusform>%n past soreness reports were re-assessed with the new rules.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n changed class.</source>
        <translation>
            <numerusform>Of them, %n changed class.</numerusform>
            <numerusform>Of them, %n changed class.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Of them, %n now suggest seeing a doctor.</source>
        <translation>
            <numerusform>Of them, %n now suggests seeing a doctor.</numerusform>
            <numerusform>Of them, %n now suggest seeing a doctor.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::ReassessmentBar</name>
    <message>
        <source>Re-assessed reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message; it is not shown again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their classes can differ from before: look at them on the Soreness page. This is information, not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter could not re-assess the stored soreness reports with the new rules (%1). Their results on screen are still worked out with the new rules.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Report</name>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ReportDialog</name>
    <message>
        <source>For E&amp;xcel: byte order mark and CRLF line ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report for a coach or physio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF, to print or send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HTML, to open in a browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, for spreadsheets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The summary, open warnings and see-doctor items first, soreness by class, e1RM of the main lifts, weekly load, the red-flag checklist and the note that this is not medical advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Athlete:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>F&amp;ormat:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an athlete first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first day is after the last one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 files (*.%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That athlete is no longer in the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the report…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved the report of %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Range:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ReportText</name>
    <message>
        <source>Testing too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No easy days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test while still sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>signs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>red flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift: %1, one-sided</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lift: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after a one-sided lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training report: %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Range</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1 to %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tonnage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hard sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session-RPE load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2 still open)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No open warnings or see-doctor items.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness that is still present and looks like more than normal training soreness, most urgent first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness by class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No soreness reports in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n report(s)</source>
        <translation>
            <numerusform>%n report</numerusform>
            <numerusform>%n reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Feels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Onset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated 1RM of the main lifts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No main-lift sets with an e1RM in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PRs</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n month</numerusform>
            <numerusform>%n months</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s)</source>
        <translation>
            <numerusform>%n week</numerusform>
            <numerusform>%n weeks</numerusform>
        </translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Week of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best e1RM per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Best e1RM per week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training flags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No flags in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Flag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>high</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monotonous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load spike</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly jump</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in this range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load is session RPE × minutes. The acute:chronic ratio (ACWR) is shown as information, not as an injury risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotony</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM from the RTS chart when RPE or RIR was logged, Epley otherwise; warm-ups never count. A PR beats the best e1RM ever before it. ≈ marks an e1RM estimated from reps alone (no RPE or RIR): it is a PR over a best from rated sets only when more than %1% above it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No sessions %1 – %2 (%n week(s))</source>
        <translation>
            <numerusform>No sessions %1 – %2 (%n week)</numerusform>
            <numerusform>No sessions %1 – %2 (%n weeks)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Ticked in %n report(s): %1</source>
        <translation>
            <numerusform>Ticked in %n report: %1</numerusform>
            <numerusform>Ticked in %n reports: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>☒ marks a flag the athlete ticked in a soreness report of this range.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::RestTimer</name>
    <message>
        <source>Rest timer: start it after a set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest %1 — ready for the next set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rested %1 before the last set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest timer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest so far</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start the rest after a set (Ctrl+T); the next set you log gets the time rested as its rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start &amp;rest</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::RestoreDialog</name>
    <message>
        <source>&amp;Restore…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the open database with the selected backup; the current file is kept as a backup first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups of %1, in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups yet: one is taken the first time the database is opened each day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a backup first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This backup cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored the backup taken %1. The file it replaced is kept as %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace %1 with the backup taken %2 (%3, %4, %5)?

The current file is kept as a backup first; the undo history is cleared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n soreness report</numerusform>
            <numerusform>%n soreness reports</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::RoutineEntry</name>
    <message>
        <source>one share of the e1RM per line; write another line for another share</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a target RPE or a load, not both: the RPE sets the load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give a target RPE or a share of the e1RM, not both</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::RoutinesDialog</name>
    <message>
        <source>&amp;Apply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the name and the athletes shown; Ctrl+Z in the main window undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the routine; its sessions stay; Ctrl+Z in the main window brings it back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned &amp;to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines yet: log a session and use Save as routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a routine first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved %1; Ctrl+Z in the main window undoes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted %1; Ctrl+Z in the main window brings it back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s exercises</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Rules</name>
    <message>
        <source>It started with a serious accident: a fall from height, a collision, or a bar dropped on the neck, chest or head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A serious accident can break bones or injure the spine or organs even when the pain seems manageable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now. If the neck or back was hit, keep still until help arrives.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark, tea- or cola-coloured urine, or passing little or no urine; or pain far beyond usual with swelling and weakness (it cannot be used, a leg-weakness flag, or it stops everyday activities).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark urine or little urine after hard exercise can mean muscle breakdown that harms the kidneys (rhabdomyolysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop exercising and get medical care now: call your local emergency number or go to an emergency department, and ask to be checked for rhabdomyolysis (CK blood test). Sip water on the way.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden, severe, worst-ever headache during or right after effort; or pain in the head noticed within the threshold hours of the session (or at an unknown time) at or above the intensity threshold (or unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden, severe headache at effort can be bleeding around the brain (subarachnoid haemorrhage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now. Do not drive yourself, and do not lift again until a doctor has checked you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain or pressure that is not sore muscle (spreading to the arm, jaw or back, or with breathlessness, sweating, nausea or faintness); chest pain with pain or tingling down an arm; or chest pain at rest that began within the threshold hours of the session (or at an unknown time).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chest pain or pressure that is not sore muscle can come from the heart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now. Stop exercising, sit down, and do not drive yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden tearing or ripping pain in the chest or between the shoulder blades.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A sudden tearing pain in the chest or back at effort can be a tear in the main artery (aortic dissection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now. Stop, sit or lie down, and do not drive yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot, red, swollen joint; or a fever with swelling in or around a joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A hot, red, swollen joint, especially with a fever, can be an infection inside the joint (septic arthritis), which can damage it within days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number. Do not train until it has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle is tense or hard, or stretching it hurts (moving the fingers or toes), and it has not settled; or the hand or foot below the pain is pale, cold or numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A tense, hard muscle that hurts when stretched, or a pale, cold or numb hand or foot, can mean the pressure in the muscle is cutting off its blood supply (compartment syndrome).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now: this can need surgery within hours. Loosen anything tight around the limb and keep it at the level of your heart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Vomiting, confusion or feeling very unwell; or pain at or above the threshold with swelling or weakness; or muscle pain (not sharp) at or above the threshold after new or unusually hard work (first time on the lift, a testing session, a load jump).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extreme muscle pain, swelling or weakness after hard or new work, or feeling very unwell, can be muscle breakdown (rhabdomyolysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop exercising, drink water, and see a doctor today (urgent care if your own doctor cannot see you today); ask for a CK blood test.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if your urine turns dark (tea or cola), you pass little urine, or you become confused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lump or bulge in the groin or belly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lump or bulge in the groin or belly after lifting is often a hernia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor within a few days, and avoid heavy lifting and straining until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now if it becomes very painful, firm or tender, cannot be pushed back, or you vomit or cannot poo or pass wind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lump in the groin or belly with pain at or above the threshold (or unknown).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A painful new lump in the groin or belly can be a hernia that is getting trapped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor today (urgent care if your own doctor cannot see you today), and do not lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if the pain gets severe, the lump turns firm or tender or will not go back, or you vomit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new lump in the groin or belly with vomiting or feeling very unwell, or with pain at or above the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A lump in the groin or belly with severe pain or vomiting can be a trapped (strangulated) hernia.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number: a trapped hernia needs surgery within hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A joint that has changed shape (the deformity and joint signs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A joint out of shape after a lift or a fall can be dislocated or broken.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number. Do not try to put it back; keep it still in the least painful position.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the belly or groin (or an unknown region) at or above the threshold with vomiting or feeling very unwell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe belly or groin pain with vomiting can be a surgical emergency (a twisted testicle, a trapped hernia, an inflamed organ), not a strained muscle.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to an emergency department now, or call your local emergency number. Do not eat or drink until you have been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One leg (or an unknown region) swollen on one side, and aching at rest or getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One calf or leg that is swollen and throbs at rest, or keeps getting worse, can be a blood clot (deep vein thrombosis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today), and say you are worried about a clot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if you get short of breath, chest pain, or cough up blood.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle went tense or hard during the exercise and has settled since (the tense sign on a report that is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A compartment that tightens with exercise and settles with rest can be exertional compartment syndrome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor or sports physio within a few days, and stop the set when it starts to tighten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if it stays hard after you stop, or the hand or foot goes pale, cold or numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity at or above the threshold (not the burn of a set that is gone); or it stops everyday activities; or it is still getting worse more than the threshold hours after the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Severe pain, pain that limits daily life, or pain still getting worse days after the session is more than training soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity at or above the threshold and not clearly the DOMS pattern (not the burn of a set that is gone).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Strong pain without the pattern of training soreness is more than DOMS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still present longer than the first threshold after the session, or present longer than the second threshold and not improving (an unknown trend counts as not improving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness from training should be gone by now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment if it gets worse, or numbness or weakness appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed during the lift and sharp or sudden, or stops everyday activities; or a pop was heard or felt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain that started during the lift, sharp or with a pop, points to a strain rather than training soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp, stabbing or shooting pain, at any time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sharp, stabbing or shooting pain is not typical of training soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One spot you can point to, on or beside the spine, in a joint rather than the muscle, or worse when bending backwards.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at one spot, on the spine, in a joint or on bending backwards is not typical of training soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain at rest (and not worse at night or disrupting sleep, which is SR-05).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training soreness hurts on movement, not at rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest the area and skip exercises that load it. See a physio or doctor if it is not clearly better in %1 h; get a same-day appointment if it wakes you at night.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Visible bruising, or swelling around a joint (a joint sign, or a joint region).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bruising, or swelling around a joint, points to a strain or sprain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protect and rest it; ice for 2–3 days helps. See a physio or doctor if you cannot use it normally, or it is not clearly better in %1 h.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Present longer than the first threshold and at most the second, and improving or gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It has lasted longer than typical DOMS (5–7 days).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the load on the area light. If it is not gone by day %1, see a doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A visible bulge, gap or changed shape; or a pop, or sharp pain at onset, with bruising or swelling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A pop or tearing feeling with bruising, swelling, a bulge or a gap can be a torn muscle or tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training the area and book a doctor or physio within a few days: some tendon tears (the biceps at the elbow, the pec, the quad or patellar tendon, the Achilles) are best repaired within days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment if you cannot use the muscle (bend or turn the forearm, straighten the knee, push off the foot); call your local emergency number if the limb below turns pale, cold or numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The muscle or joint cannot do its job: it cannot bear weight, straighten the knee, bend or turn the forearm, or push off the foot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When a muscle or joint cannot do its job, a tendon may be torn or a bone broken; some repairs cannot wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or urgent care today; do not try to train it, and keep weight off it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if the limb below turns pale, cold or numb, or the pain becomes extreme.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint locks, catches or gives way; or a pop with swelling in or around a joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A joint that locks or gives way, or swells fast after a pop, can have a torn ligament or cartilage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor or urgent care today, and do not load the joint until it has been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if it turns hot and red with a fever, or the limb below turns pale, cold or numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minor knock: a plate or dumbbell dropped on a foot or hand, or a bar bumped against a joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A knock from a dropped plate or a bar can bruise or break a small bone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Have it checked by a doctor or a minor injuries unit within a few days; an X-ray may be needed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it checked today if you cannot put weight on it or use it, it changes shape, or one spot on the bone is very tender.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A minor knock, and: it cannot be used, it changed shape, one tender spot, pain at or above the threshold, on the back or neck; or weaker bones (older than the SR-34 age, long-term steroids or osteoporosis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After a knock, not being able to use it, a changed shape or one tender spot on the bone can mean a fracture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it checked and X-rayed today (urgent care or a minor injuries unit), and do not train on it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if the limb below turns pale, cold or numb, or a knock to the neck or back is followed by numbness or weakness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed during the lift (or after a knock), in or at a joint, with swelling and one tender spot.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Swelling and one tender spot on the bone at a joint after an injury can be a fracture (the wrist after a fall on the hand, the ankle after a roll).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get it X-rayed today (urgent care or a minor injuries unit), and keep it still until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if it changes shape, or the hand or foot below turns pale, cold or numb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still there more than the SR-24 improving hours after the session, for at most the SR-11 no-improvement hours, and not improving (an unknown trend counts as not improving).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training soreness should be easing after 3 days; this is not.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep the load on the area light and skip what hurts. See a physio if it is not clearly better by day %1; check again sooner if it gets worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A burning pain that is not the burn of a hard set: noticed later than the SR-26 onset hours, or not gone within the SR-26 hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A burning pain that is not the muscle burn of a hard set can come from a nerve or an irritated tendon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the exercise that set it off, and see a physio or doctor if it is not clearly better in %1 h. Pain, tingling or numbness going down an arm or a leg is a nerve sign: check again if it appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness in the same region after every session of the lift for at least the threshold number of consecutive weeks, training it every week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness after every session of a lift for weeks is not the expected course: it should lessen as you keep training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After %1 weeks of regular training this should not keep happening. Review technique, warm-up, load jumps and testing sessions; consider a coach or physio check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-back soreness that may be the DOMS pattern, after training the lift for at least the threshold weeks with no layoff of the threshold length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower-back soreness after weeks on the lift suggests the back is doing work the hips and legs should do.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some upper-back soreness is normal, but the lower back should stay rigid. Check your setup and bracing (lower back rounding, hips rising early, hips too high at the start); lower the load if form breaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness that may be the DOMS pattern with an intensity between the two thresholds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is strong training soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep moving lightly, and do no heavy or testing work on this area until it is %1/10 or less. See a doctor if it is still %2/10 or more after %3 h or it limits daily life; get care now if your urine turns dark.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness that may be the DOMS pattern on one side only after a two-sided lift (a lift given as one-sided does not count).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness on one side only after a two-sided lift can mean a technique shift or a strain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch it, and check your setup for a shift to one side; check again if it becomes sharp or pinpoint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A prior injury or known back condition, and new lower-back soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is a past back injury or a known back condition.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a past back injury, scale back and monitor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness after a session classed testing, or after a load jump on that lift (IF-03).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It followed a testing session or a jump in load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Likely too heavy too soon: build up gradually.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The DOMS pattern (dull, aching, stiff or tight; diffuse in the muscle; on both sides after a two-sided lift, or one side after a one-sided lift; on movement only; onset within the window; not the head), intensity at most the threshold, lasting at most the duration threshold, improving or gone after the improving threshold, and no red flag or sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like normal post-exercise soreness (DOMS).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light activity helps; expect it to fade within a few days and to lessen as you keep training this lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed more than the threshold hours after the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It started days after the session, so that session is probably not the cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probably not caused by that session: think about what else you did in the days before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed during or right after the session, and gone (or there so far) for at most the threshold hours: dull, tight or stiff at most the intensity threshold, or the burn of a hard set that is gone; no red flag or sign; not the head.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like normal acute fatigue, or the burn of a hard set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It fades within hours; cool down and move lightly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other rule matched, and an answer it needs is missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Some answers are missing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enough information to say more: tell Spotter %1. Until then, go easy on the area.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Like SR-24, but noticed earlier than the DOMS window (and not acute fatigue): dull, at most the SR-24 intensity, on a side that fits the lift, no red flag or sign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like normal post-exercise soreness that began early, or fatigue that is slow to fade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light activity helps; expect it to peak within a day or two and then fade.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the head (not sudden and severe, which is SR-28).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the head is not muscle soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop training for today, rest and drink water; see a doctor if the headache is not gone by tomorrow or keeps coming back with effort. Call your local emergency number now if a headache comes on suddenly and severely, or with a stiff neck, vomiting, confusion or changes in vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain in the head after every session of the lift for at least the threshold weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headaches that keep coming back with effort need a check for their cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor within a few days; until then leave out maximal lifts and long breath-holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if a headache comes on suddenly and severely, or with a stiff neck, vomiting, confusion, weakness or changes in vision.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No other rule matched, and every answer it needs was given.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It does not fit a clear pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go easy on the area and skip what hurts; see a physio if it is not clearly better by day %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be changed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it decides an emergency rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it comes from the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number of 0 or more; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is information, not medical advice or a diagnosis. If you are worried, see a doctor or physio.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now. These can be signs of cauda equina syndrome, which needs same-day treatment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor or physio within a few days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment if it keeps getting worse or you cannot use the area; call your local emergency number if any of the red flags below appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop that exercise today and do not push through; train around the area. If it is not clearly better in %1 h, or it gets worse, see a physio or doctor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>If it is not easing by day 3, if it gets worse, or if your urine turns dark, check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness or tingling around the genitals, buttocks, inner thighs or anus; new difficulty peeing or loss of bladder or bowel control; or new sexual dysfunction.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness around the genitals or buttocks, or a new bladder, bowel or sexual problem, can mean the nerves at the bottom of the spine are squeezed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness in both legs, or leg weakness that is severe or getting worse.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Symptoms in both legs, or leg weakness that is severe or getting worse, can mean pressure on the nerves in the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fever; weight loss without trying; a lump, swelling or change of shape of the back; pain not eased by rest or much worse at night; pain that disrupts sleep; pain worse with coughing, sneezing or straining; or pain at the top of the back, between the shoulders, that does not feel like muscle soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain with a fever, weight loss, a lump, pain at night or on coughing, or pain between the shoulders that is not muscular, needs a doctor&apos;s check for an infection, a fracture or another cause.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if numbness around the genitals or buttocks, trouble peeing or weakness in your legs appears, or you feel very unwell.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than the age threshold, or long-term steroids or osteoporosis; and either sudden severe back pain right after lifting, or tenderness at one point of the spine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With older age, long-term steroids or osteoporosis, sudden severe back pain or one tender point on the spine can be a fracture.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get checked by a doctor today; do not lift until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if numbness, weakness or trouble peeing appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history of cancer and new pain in the back or neck that is not clearly the DOMS pattern.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After cancer, new spinal pain that is not clearly training soreness needs a doctor&apos;s check.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact your cancer team or a doctor today about the new pain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if weakness, numbness, trouble walking, or bladder or bowel changes appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weakness in one leg, a change in the way you walk, or balance problems.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New weakness in one leg, a change in walking or balance problems can come from a nerve or the spinal cord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if it spreads to both legs, gets worse quickly, or you lose control of your bladder or bowels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling, pins and needles or shooting or burning pain down one leg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, tingling or shooting pain down one leg can come from a nerve in the back (sciatica).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment if weakness appears or it keeps getting worse; call your local emergency number if it spreads to both legs, or numbness around the genitals or trouble peeing appears.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, tingling, numbness, burning or weakness going down one arm.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pain, tingling, numbness or weakness going down one arm can come from a nerve in the neck (cervical radiculopathy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor or physio within a few days, and until then leave out what loads the neck (overhead work, shrugs, a bar on the back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment if the arm gets weaker or the pain keeps getting worse; call your local emergency number if both arms or both legs are affected, or walking becomes unsteady.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clumsy hands, unsteady walking, or pain, tingling or weakness in both arms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clumsy hands, unsteady walking or symptoms in both arms can mean pressure on the spinal cord in the neck (cervical myelopathy).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment with a doctor today (urgent care if your own doctor cannot see you today), and do not lift until you have been checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if it gets worse quickly, your legs get weak, or you lose control of your bladder or bowels.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history of cancer, pain in the back or neck, and new weakness, numbness, nerve pain down a limb, trouble walking, or bladder or bowel changes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After cancer, spinal pain with new weakness, numbness, or walking, bladder or bowel changes can mean pressure on the spinal cord.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number or your cancer team&apos;s emergency line now: pressure on the spinal cord needs treatment within hours.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Older than the age threshold, or long-term steroids or osteoporosis; pain in the back or neck at or above the intensity threshold (or unknown), whenever it was noticed after the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With older age, long-term steroids or osteoporosis, back pain after a lift can be a fragility fracture, even when it is noticed hours later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get checked by a doctor today (urgent care if your own doctor cannot see you today), and do not lift until then.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if numbness, weakness or trouble peeing appears, or the pain becomes severe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Younger than the age threshold, pain in the back or neck, and: one spot, on the spine, worse bending backwards, a past back problem, or sore after every session for at least the threshold weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a growing spine, pain at one spot on or beside the spine, pain that is worse bending backwards, or back pain that keeps coming back can be a stress fracture (spondylolysis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor or sports physio within a few days, and until then stop the lifting and jumping that hurts the back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a same-day appointment if the pain spreads into a leg or keeps getting worse; call your local emergency number if numbness, weakness or bladder changes appear.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weakened immune system, a recent serious infection or injected drugs, and either spinal pain that is not clearly the DOMS pattern or a swollen joint.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With a weakened immune system, a recent infection or injected drugs, new spinal pain or a swollen joint can be an infection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now if you get a fever, feel very unwell, or the joint turns hot and red.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weakened immune system, a recent serious infection or injected drugs, and a fever.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A fever with a weakened immune system can be a serious infection (sepsis).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number or go to an emergency department now, and say that your immune system is weakened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-lift set at RPE 10 (0 reps in reserve), or logged as to failure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That set was a max effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-lift set of 1 to 3 reps at or above the threshold share of the best e1RM, or a single rated at or above the single threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximal single or triple: this is testing, not training.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-lift load above the best e1RM (a PR attempt).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR attempt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A rep-out (AMRAP) set: testing if it ends at or above the testing threshold or its effort is unknown, otherwise hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rep-outs are fine if you stop 1 rep short.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-lift set rated at or above the RPE threshold, or at or above the threshold share of the best e1RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-lift set rated below the IR-05 RPE threshold and below the IR-05 share of the best e1RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set of an exercise that is not a main lift, at RPE 10 or to failure: hard, never testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The top set of any main lift is testing, or at least the threshold share of main-lift working sets is rated at or above the RPE threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was testing, not training. Most progress comes from sub-maximal work; keep max tests to the end of a block.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not testing, and any main-lift working set is hard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Otherwise.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More than one testing session of the same lift within the window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You tested this lift more than once in %1 weeks. Failure and max work slow recovery for 24–48 h or more; test every 8–12 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At least the threshold number of consecutive sessions of the same lift classed hard or testing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add lighter sessions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top working load of a lift above the heaviest of the previous week by more than the week threshold (caution), or above the heaviest of the previous two weeks by more than the two-week threshold (high).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase gradually (2–10% steps).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness classed DOMS or higher, in a region the tested lift loads, within the threshold hours before a testing session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are still sore; test another day.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session load = session RPE (CR-10) × minutes, asked about 30 minutes after the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotony = mean / population SD of the 7 daily loads of a week (rest days 0, capped); strain = weekly load × monotony, compared with the athlete&apos;s own history only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your days are all alike; vary hard and easy days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR = acute EWMA / chronic EWMA of daily loads (lambda = 2/(N+1)), shown only after the minimum days of data: low, typical, caution (flagged), spike (flagged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This week is much heavier than your recent average.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weekly session-RPE load more than the threshold above the previous week&apos;s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main-lift working sets at or above the threshold share of the best e1RM, or of at most the threshold reps, with a logged rest shorter than the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest 3–5 min between heavy sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness classed watch or warning on the lower back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives while scaling back: glute bridge, bird dog, mini hip hinge, trap-bar deadlift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness classed watch or warning anywhere but the lower back: what to leave out and what can still be trained, for that region (none for the head).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While it settles, leave out the movements that load the area and train the rest; the alternatives shown depend on the region.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lift loads a region with an open warning or see-doctor report: no load is suggested while the report is unresolved, and the chart&apos;s load is lowered by the threshold in the days after it resolved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not load this area while the report is open; when it has settled, start %1% lighter.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A session in which this lift was testing (IS-01) within the threshold days: the chart&apos;s load is lowered by the threshold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You tested this lift in the last %1 days; max work slows recovery for 24–48 h or more, so train lighter today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart&apos;s load would be a load jump over the lift&apos;s recent top loads (IF-03), or this week&apos;s session load already jumped (LM-04): the load is held at what the rules allow, or at last time&apos;s top load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Increase gradually (2–10% steps): the load is held.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::RulesModel</name>
    <message>
        <source> (product choice)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Salvaged</name>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create a temporary folder: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged; this is what could still be read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing could be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved</source>
        <translation>
            <numerusform>%n row saved</numerusform>
            <numerusform>%n rows saved</numerusform>
        </translation>
    </message>
    <message>
        <source>lost: the rows with rowid %1 (unreadable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) set aside: the row they belong to was lost</source>
        <translation>
            <numerusform>%n row set aside: the row they belong to was lost</numerusform>
            <numerusform>%n rows set aside: the row they belong to was lost</numerusform>
        </translation>
    </message>
    <message>
        <source>Every row was saved (only an index was damaged).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The copy is incomplete. Restore an earlier backup if you have one (&apos;spotter-cli backup --list&apos;), and keep this copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) kept without their link to a lost row</source>
        <translation>
            <numerusform>%n row kept without their link to a lost row</numerusform>
            <numerusform>%n rows kept without their link to a lost row</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The %n row(s) set aside or unlinked are listed in %1</source>
        <translation>
            <numerusform>The %n row set aside or unlinked are listed in %1</numerusform>
            <numerusform>The %n rows set aside or unlinked are listed in %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::ServerConnector</name>
    <message>
        <source>Cannot connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of %1 on %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>That password was refused. Password of %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to the team server</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SessionCommands</name>
    <message>
        <source>log session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete athlete %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SessionEditor</name>
    <message>
        <source>The personal records could not be kept: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record: %1 e1RM %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(test)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an athlete first: a session belongs to an athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no set %1 in this session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>New record: %1 %n rep(s) at %2</source>
        <translation>
            <numerusform>New record: %1 %n rep at %2</numerusform>
            <numerusform>New record: %1 %n reps at %2</numerusform>
        </translation>
    </message>
    <message>
        <source>The exercises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The earlier sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last time of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>delete %n set(s)</source>
        <extracomment>English&apos;s singular is &quot;delete set&quot; (translations/spotter_en.ts).</extracomment>
        <translation>
            <numerusform>delete set</numerusform>
            <numerusform>delete %n sets</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::SessionForm</name>
    <message>
        <source>&amp;Warm-up done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the session started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration in minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How long the session took, in minutes (— for not recorded)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 82.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight that day; write 180lb or 82kg for another unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general warm-up was done before the first set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard the whole session was, 0 (rest) to 10 (maximal), asked about 30 minutes after it (CR-10). Page Down to the dash for not recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. Heavy lower</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it went, what to change next time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;uration:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session R&amp;PE:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;itle:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Bodyweight (%1):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter bodyweight as a number such as 82.5, or 180lb; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SetDelegate</name>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of set</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SetFormat</name>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 km</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter reps (5), a duration (45s, 1:30) or a distance (40m, 2km)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps must be a whole number; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter reps (5), a duration (45s, 1:30) or a distance (40m, 2km); got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> RIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, rest %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown kind of set &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An assisted exercise takes help, not added weight: enter the help, such as 25 or bw-25</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the help such as 25, 50lb or bw-25; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a weight such as 102.5, 225lb or 100kg; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter reps in reserve as rir 2; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter an RPE from 1 to 10, such as 8 or 8.5; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter rest as 90, 2:30 or 3m; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n rep(s)</source>
        <translation>
            <numerusform>%n rep</numerusform>
            <numerusform>%n reps</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::SetsModel</name>
    <message>
        <source>warm-ups only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>first time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best e1RM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>BW − %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs BW</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2). Type to choose another; aliases work too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-up sets never count towards e1RM or intensity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance in %1: how much the machine or band takes off your bodyweight (25 or bw-25); bw for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load in %1; write 180lb or 80kg for another unit, bw for none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.
This athlete&apos;s plates: the Plates… button above changes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps; or a duration (45s, 1:30) or a distance (40m, 2km).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE from 1 to 10 in steps of 0.5 (10 = no reps left), or reps in reserve: rir 2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest before this set: 90, 2:30 or 3m. The rest timer fills it in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-ups give no e1RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e1RM and no volume: an assisted set lifts your bodyweight less the help. Enter this session&apos;s bodyweight to count it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e1RM for bodyweight exercises: the added load is only part of what is lifted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A failed attempt gives no e1RM: it lifted nothing. It counts as a max effort.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No e1RM: it needs a load and reps, at most %1 reps and RPE %2 or more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load lifted is the bodyweight less the help: %1.
</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated 1RM from reps and effort (RTS chart).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated 1RM from reps (Epley); add an RPE for a better one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A single: its load is the e1RM.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The load is %1% of the best e1RM of the %2 weeks before this session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>★ A new best e1RM for this lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warm-ups are not classified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an RPE to see how hard this set was.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1
Rules: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last session with %1, on %2; the best e1RM is over the last %3 weeks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, new best</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Estimated one-rep max of each set</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plates on each side of the bar, heaviest first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Training, hard or testing (rules IR-01 to IR-07)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates/side (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates/side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This column cannot be edited</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SetsView</name>
    <message>
        <source>Last time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR 1.5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rules and thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow the system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Light</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dark</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kilograms (kg)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pounds (lb)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weights are stored exactly whatever you choose; this only changes how they are shown and typed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rest timer counts towards this. 3–5 min suits heavy sets, 1–2 min lighter ones.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A backup is taken the first time the database is opened each day; the newest of each of these last days is kept.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>And the newest of each of these last weeks. File → Restore from backup… lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Theme:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units for %1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Units:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;daily backups of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep &amp;weekly backups of:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter&apos;s triage and intensity rules with their thresholds and sources. These are read-only; values marked &quot;product choice&quot; are Spotter&apos;s defaults where no source gives a number. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rules</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>change units</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter&apos;s rules and sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, black on white</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High contrast, white on black</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default r&amp;est:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the &amp;full rules and sources…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SeverityText</name>
    <message>
        <source>Muscle fatigue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Watch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call your local emergency number now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See a doctor today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Book a doctor or physio</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Emergency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soon</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;In every text field Tab moves on, Enter confirms and Escape cancels.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SorenessChecklist</name>
    <message>
        <source>Something else to tell? Every answer counts, whichever part of the body it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs — tick what is true</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags — tick anything that applies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these means: see a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any of these means Spotter will tell you to see a doctor, and how soon.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 more question is about other parts of the body. The red-flag checklist with the result always lists every red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 more questions are about other parts of the body. The red-flag checklist with the result always lists every red flag.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;every question</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SorenessForm</name>
    <message>
        <source>Head, chest, or a tearing pain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Numbness, weakness or balance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bladder, bowel or sex</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The joint or the limb</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the pain behaves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your body in general</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still &amp;present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session you think caused it; the timing after it matters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After &amp;which session:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yo&amp;ur notes (optional):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where is it sore?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The same choice as the body map, as a list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness on one side only after a two-sided lift can point to a strain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Region:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ide:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click the body map, or pick from the list. Not on the map? Choose “Other”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When you first noticed it; the hours after the session matter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone since</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it stopped hurting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Untick when it has gone, and say since when</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;oticed:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Gone since:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How does it feel?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How &amp;bad:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it feels like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dull, aching, tight or stiff is typical of training soreness; sharp, stabbing, shooting or burning is not</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Character:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not sure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compared with yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tren&amp;d:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Health history…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term steroids, osteoporosis, cancer, a weakened immune system: they change what Spotter says</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not after a session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose where it is sore: on the body map or in the list (“Other” if it is not there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rate how bad it is, from 0 (none) to 10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose what it feels like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SorenessPage</name>
    <message>
        <source>no exercises logged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a past back injury</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>long-term steroids or osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a weakened immune system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history of %1: nothing recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Health history of %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the report (Ctrl+S); Ctrl+Z undoes it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a new, empty report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter could not read your training history (%1). The result does not take the session or your health history into account, so it may be milder than it should be.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report in the form has changes that are not saved. Discard them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the soreness report?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soreness report in the form has changes that are not saved. Save them before leaving?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet: see the notes next to the fields.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to save: the report has not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit soreness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>report soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved; its assessment could not be kept (%1) and will be made again when the database is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report saved. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>delete soreness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report deleted. Undo with Ctrl+Z.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report in the form is no longer stored; Save adds it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edit health history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Editing the report of %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New soreness report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The recent sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The training history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete&apos;s health history</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SorenessReportList</name>
    <message>
        <source>No soreness reported yet. Fill in the form and press Save.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Past soreness reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a report to see it again and edit it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;ast reports:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected report (Delete); Ctrl+Z brings it back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SorenessReportModel</name>
    <message>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the history behind this report: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, left side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, right side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1/10</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Gone since %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still present</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Noticed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looks like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The past reports</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::SorenessVerdictText</name>
    <message>
        <source>where it is sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how bad it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it feels like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It was noticed (%1) before the session it is put down to began (%2). Choose another session, or “Not after a session”.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::StatusLine</name>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone: %1. Ctrl+Shift+Z does it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redone: %1. Ctrl+Z takes it back again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Store</name>
    <message>
        <source>An athlete named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no athlete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot open &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not an SQLite database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a Spotter database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>written by a newer Spotter (schema %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the backup folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the database itself</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is open in another program (Spotter or spotter-cli); close it and restore again. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot remove the stale &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot replace &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database path given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a folder, not a Spotter database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no database at &apos;%1&apos;: the file does not exist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create the folder &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot create &apos;%1&apos;: the folder &apos;%2&apos; is read-only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an empty file, not a Spotter database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be written: the file or its folder &apos;%2&apos; is read-only (or on a read-only disk). Nothing was changed; commands that only read it still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; failed its integrity check (%2). It was opened read-only so that nothing more is written into it. Save what it holds with a backup or an export, then restore an earlier backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a Spotter database (it is not an SQLite file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: its SQLite header is not valid (page size %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged: the file is shorter than its header says (truncated?)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is an SQLite database of another application, not a Spotter database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Spotter (schema %2; this version knows up to %3). It was not opened or changed; update Spotter to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is damaged or not a database: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot use write-ahead logging (journal mode %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: its write-ahead log &apos;%2&apos; holds changes that need the -shm file, which cannot be created here (a read-only or full disk). Copy the file together with its -wal to a writable folder. (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; was written by a newer version of Spotter (schema %2; this version knows up to %3). Update Spotter to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It needs an upgrade, which a damaged file cannot have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs an upgrade (schema %2 to %3) before it can be read, and it was opened only to read; nothing was changed. A command that writes upgrades it, after a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is too full to upgrade &apos;%1&apos; (schema %2 to %3): the upgrade and its backup need about %4 free, and %5 is free. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup target &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An exercise named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already another name of &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no exercise %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is used by %2 logged sets and cannot be deleted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown value &apos;%1&apos; in column %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An import wrote outside a write transaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plates of athlete %1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No placeholder %1 in: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine named &apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no soreness report %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full: %1 cannot be written. Nothing was changed; free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is read-only (the file or its folder cannot be written, or the disk is mounted read-only); nothing was changed. Commands that only read it (sessions, export, backup, check) still work.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not start a write: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another program kept the database busy for %1 s; try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&apos;%1&apos; is part of %n routine(s) and cannot be deleted</source>
        <translation>
            <numerusform>&apos;%1&apos; is part of %n routine and cannot be deleted</numerusform>
            <numerusform>&apos;%1&apos; is part of %n routines and cannot be deleted</numerusform>
        </translation>
    </message>
    <message>
        <source>Reading %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the row it belongs to could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The salvaged copy of &apos;%1&apos; failed its own check (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot write &apos;%1&apos; (it exists, or its folder cannot be written)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kept without its link (%1): the row it belongs to could not be read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s details were changed by someone else since you opened them; nothing was overwritten. They have been reloaded: make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach and athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>coach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server is backed up by its admin with PostgreSQL&apos;s own tool, which sees every athlete&apos;s rows (a coach or an athlete sees only theirs): pg_dump --format=custom --file=%1 %2 (docs/team-server.md, &quot;Back up&quot;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 refused the login: the password is wrong or missing (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot use the team server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team server %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt&apos;s PostgreSQL driver is not installed (Debian: libqt6sql6-psql), so Spotter cannot open %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Spotter data. The server&apos;s admin sets it up once with &apos;spotter-cli --db URI server init&apos; (docs/team-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: the login has no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; owns the team&apos;s tables or bypasses their row-level security, so it would see every athlete&apos;s rows; Spotter does not work as it. Connect as a coach or an athlete (spotter-cli server add-coach, add-athlete).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is neither a coach nor an athlete on %2; the server&apos;s admin adds people with &apos;spotter-cli server add-coach&apos; or &apos;server add-athlete&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has a table spotter_schema that is not Spotter&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Spotter (schema %2; this version knows up to %3). Nothing was changed; update Spotter to use it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 has schema %2 and this Spotter needs %3. Nothing was changed; the server&apos;s admin upgrades it with &apos;spotter-cli --db URI server upgrade&apos; (docs/team-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a usable server address: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give one host; several hosts are not supported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>it contains a password. Spotter never keeps passwords: put it in ~/.pgpass (or a service file), or leave it out and type it when asked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown connection option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the value of &apos;%1&apos; contains &apos;;&apos;, which the database driver cannot pass on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the port must be a number from 1 to 65535; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an IPv6 address must end with &apos;]&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected text after the IPv6 address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not key=value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; needs &apos;=&apos; and a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a quoted value does not end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database connection is not PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server was lost (%1). Nothing of the unfinished change was kept; Spotter connects again on the next step, so try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot reach the team server again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the team server was lost in the middle of a change; nothing of it was kept. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The change was not saved: a step of it failed, so the server undid all of it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoting &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Quoting a value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1 rows into %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; is also assigned to athletes you do not coach; only the one who made it can change it. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine &apos;%1&apos; was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a file; the server commands need a PostgreSQL server (postgresql://… or service=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 holds no Spotter data yet; set it up with &apos;server init&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 was set up by a newer version of Spotter (schema %2; this version knows up to %3). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be a login&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; owns the team&apos;s tables or bypasses row-level security; a coach or an athlete must be a login of their own</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Encrypting the password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no team named &apos;%1&apos; (add one with &apos;server add-team&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete was not added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login &apos;%1&apos; is already the athlete &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team needs a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a coach on this server (add them with &apos;server add-coach&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is not guarded by row-level security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>table %1 is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This session was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This set was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This soreness report was changed by someone else since you opened it; nothing was overwritten. It has been reloaded: make your change again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sets&apos; references to sessions and exercises are not checked; the admin restores the checks with &apos;spotter-cli server upgrade&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server %1 was set up for an older Spotter: its sets do not carry their sessions&apos; athletes. Nothing was changed; the server&apos;s admin upgrades it with &apos;spotter-cli --db URI server upgrade&apos; (docs/team-server.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the sets do not carry their sessions&apos; athletes, which their row-level security reads; the admin restores them with &apos;spotter-cli server upgrade&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>changes to table %1 are not announced to other people&apos;s windows; the admin restores that with &apos;spotter-cli server upgrade&apos;</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::StoreCommand</name>
    <message>
        <source>Redo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Suggestion</name>
    <message>
        <source>No e1RM in the last %1 weeks to work from: enter the load.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No load today: %1 has an open report (%2). %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% lighter: %2 had a report that resolved in the last %3 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1% lighter: this lift was tested on %2. %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held at last time&apos;s top load: this week&apos;s session load is already much higher than last week&apos;s (LM-04).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Held: more would be a load jump over this lift&apos;s recent top loads (IF-03). %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plates cannot make a load this light for %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::TeamModel</name>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yesterday</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (+%2 more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No session logged yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the last 28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions in the last 28 days classed testing (a max effort). Testing a lift every 8–12 weeks is plenty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, noticed %3, %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still there</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open: not resolved yet, or resolved within the last %1 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Shown after 28 days of logged session load (session RPE × minutes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>below the typical 0.8–1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>within the typical 0.8–1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>above the typical 0.8–1.3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>well above the typical 0.8–1.3 (1.5 or more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR over the last 7 days: %1, %2. It compares that week&apos;s load with the weeks before; it is information, not a verdict or an injury risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotony of last week&apos;s daily loads (mean ÷ SD, rest days 0). Above 2: the days were all alike.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No soreness reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2, noticed %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last
session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions
28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing
28 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open
warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR
7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotony
last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warnings and see-a-doctor reports not resolved yet or resolved in the last week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acute:chronic workload ratio, mean of the last 7 days: information about load, not a verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Monotony of the last complete week: above 2, the days were all alike</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) ago</source>
        <translation>
            <numerusform>%n day ago</numerusform>
            <numerusform>%n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n week(s) ago</source>
        <translation>
            <numerusform>%n week ago</numerusform>
            <numerusform>%n weeks ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n month(s) ago</source>
        <translation>
            <numerusform>%n month ago</numerusform>
            <numerusform>%n months ago</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::TeamPage</name>
    <message>
        <source>Only those who &amp;need attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click an athlete to see their progress. ACWR and monotony are information about load, not verdicts or injury risks. Open warnings: not resolved yet, or resolved within the last week.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athletes yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Reading %n athlete(s)…</source>
        <translation>
            <numerusform>Reading %n athlete…</numerusform>
            <numerusform>Reading %n athletes…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s), none needing attention</source>
        <translation>
            <numerusform>%n athlete, none needing attention</numerusform>
            <numerusform>%n athletes, none needing attention</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s), %1 needing attention</source>
        <translation>
            <numerusform>%n athlete, %1 needing attention</numerusform>
            <numerusform>%n athletes, %1 needing attention</numerusform>
        </translation>
    </message>
    <message>
        <source>The team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the athletes…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::TeamSummaryText</name>
    <message>
        <source>See a doctor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing too often</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Load above usual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tested a lift more than once in 4 weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The last 7 days&apos; load is well above the recent average (ACWR %1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Thresholds</name>
    <message>
        <source>pain far beyond usual, with swelling and weakness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fever</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than this (fracture risk)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe pain, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudden: noticed at most this long after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still getting worse this long after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>pain without the DOMS pattern, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>still present more than this long after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present more than this long without improving</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>during the lift: noticed at most this long after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a physio or doctor if not clearly better after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>mild and gone within this long: not persistent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consecutive weeks sore after every session of the lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sessions of the lift in each of those weeks, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>history read back from the session (counts stop there)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>present longer than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weeks of training the lift, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a layoff this long or longer brings DOMS back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong DOMS from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strong DOMS up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no heavy work on the area until at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>see a doctor if still strong after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMS onset after the session, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMS onset after the session, up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMS intensity, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>DOMS lasts at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>must be improving this long after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>noticed later than this after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute fatigue: noticed at most this long after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute fatigue intensity, at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>gone within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sudden: head pain noticed at most this long after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe head pain, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chest pain at rest noticed at most this long after the session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>older than this (fragility fracture)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>moderate back pain, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>younger than this (growing spine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sore after every session this many weeks: it keeps coming back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>extreme muscle pain, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a painful lump: pain from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe pain with a lump: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe pain after a knock: from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>headaches after every session for this many weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>severe belly or groin pain, from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e1RM from sets of more reps</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no e1RM from sets rated below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>best e1RM is taken over the previous</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an e1RM from reps alone beats a best from a rated set only by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>max effort (0 reps in reserve)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maximal sets of at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of best e1RM, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a single rated at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rep-out ending at least here is testing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a rep-out stopped with this many reps left is hard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>hard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>of best e1RM: hard from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>share of main-lift working sets near failure, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>near failure: rated at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>window for counting tests of one lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>testing sessions allowed in the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consecutive hard or testing sessions of one lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top load above the previous week&apos;s by more than (caution)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the previous week: sessions in the days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>top load above the last two weeks&apos; by more than (high)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the last two weeks: sessions in the days before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>soreness this recent before a test</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>daily loads per week (rest days count as 0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monotony above this is flagged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monotony is capped here (identical days)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>acute EWMA span N (lambda = 2/(N+1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>chronic EWMA span N (lambda = 2/(N+1))</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>days of data before ACWR is shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>low below</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>caution above</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spike from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weekly load above the previous week&apos;s by more than</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy set: of best e1RM, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>heavy set: or at most</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>rest before a heavy set, at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter than the chart after such a report has resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a testing session of the lift this recent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>lighter than the chart after such a test</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::ThresholdsModel</name>
    <message>
        <source>From the sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product choice (no source gives a number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product choice, fixed: it decides an emergency, so no setting may lower it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Meaning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basis</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Triage</name>
    <message>
        <source>While it settles, leave out %1. You can still train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>While it settles, leave out %1 (the lift before it) and %2. You can still train:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>where it is sore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how many hours after the session you noticed it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how long it has lasted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>how bad it is (0–10)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what it feels like</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>whether it is getting better</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red flags: a sudden severe headache, chest pain or pressure that is not sore muscle, a tearing pain in the chest or back, numbness around the genitals or buttocks, new trouble peeing, or weakness in both legs mean: call your local emergency number now, whatever hurts. Tick anything below that applies.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First time doing this lift</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A past injury or known back condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Long-term steroids or osteoporosis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A history of cancer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It followed a testing session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It followed a jump in load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weakened immune system (medicines or illness), a recent serious infection, or drugs injected into a vein</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::TriagePanel</name>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why Spotter says this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives while you scale back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Red-flag checklist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 if:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matches medical guidance to get checked. It is not a diagnosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1. %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 — you ticked this</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to answer: %1. The result may change.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix first: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to answer: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No result yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter says what this looks like once the form can be saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: none yet. %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To fix: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Validation</name>
    <message>
        <source>an item needs an exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the number of sets must be from 1 to %1; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>an item needs reps or a duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a share of the e1RM must be more than 0% and at most 100%; got %1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either a target RPE or a share of the e1RM, not both</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine needs at least one exercise</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A routine holds at most %1 items; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>item %1: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be at most %2 characters; got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain NUL characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain control characters (line breaks, tabs, escapes); got U+%2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes must be at most %1 characters; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes must not contain NUL characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE must be between 1 and 10 in steps of 0.5; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps in reserve must be between 0 and 9 in steps of 0.5; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps must not be negative; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps must be at most %1; got %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reps must be at least 1 unless the set is timed, has a distance or is a failed attempt (to failure); got 0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight must not be negative; got %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weight must be at most 1000 kg; got %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistance must be between 0 and 400 kg; got %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rest must be between 0 s and 4 h; got %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A timed set must last between 0 s and 24 h; got %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Distance must be between 0 and 1000 km; got %1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session RPE (CR-10) must be between 0 and 10 in steps of 0.5; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration must be between 0 and 1440 minutes; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight must be between 20 and 400 kg; got %1 kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity must be a whole number from 0 to 10; got %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Birth year must be between %1 and %2; got %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exercise name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alias</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A set needs reps, a duration or a distance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RPE %1 and %2 reps in reserve disagree (RPE = 10 − RIR)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session needs a valid start date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Session title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the soreness was noticed is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The soreness cannot be noticed in the future (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It cannot resolve (%1) before it was noticed (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lift before it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must not contain bidirectional control characters (they reorder how the text around them is shown, so a name could pass for another); got U+%2 at character %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::WorkoutRoutinesOffer</name>
    <message>
        <source>Make routines of the workouts this history repeats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create &amp;routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the workouts to start sessions from. Each routine is made of the workout&apos;s latest session; Edit → Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routines not created</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n session)</numerusform>
            <numerusform>%1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>There is no session titled &apos;%1&apos; any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create routine %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>create %n routine(s) from workouts</source>
        <translation>
            <numerusform>create %n routine from workouts</numerusform>
            <numerusform>create %n routines from workouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Created routines: %1. Edit → Undo takes them back.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Workspace</name>
    <message>
        <source>Undo %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: the database is damaged there (%2). Nothing of it is shown, rather than part of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The integrity check of the database could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::cli</name>
    <message>
        <source>Add or list athletes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report soreness and see its triage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a session from quick-entry lines or a routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add, list, show, assign or delete routines</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The plates per side for a weight; an athlete&apos;s bar and plates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an athlete&apos;s sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one session with its sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage one soreness report given on the command line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity, flags, soreness triage and load of an athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the analysis rules and their thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import history from Strong, Hevy, FitNotes or Spotter CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export sets, sessions or soreness reports as CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write an athlete&apos;s report for a coach or physio (HTML, PDF, CSV)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generate realistic training histories for demos and benchmarks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the database&apos;s integrity and schema</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write a consistent copy of the database; list the backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup, keeping the replaced one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SPOTTER_NOW must be an ISO 8601 time such as 2026-11-20T18:00; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotter-cli: waiting for another program that is writing to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a write failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotter-cli: error: standard output cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n session(s))</source>
        <translation>
            <numerusform>%1 (%n session)</numerusform>
            <numerusform>%1 (%n sessions)</numerusform>
        </translation>
    </message>
    <message>
        <source>Send this log&apos;s new and changed sessions to a team server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up a team server and add coaches, athletes, teams</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::cli::Cli</name>
    <message>
        <source>flags: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e1RM %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1% of best)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Soreness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No soreness reports in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks (session-RPE load)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>monotony %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>strain %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ACWR %1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose training (required unless --all).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every athlete, one after the other, by name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day, YYYY-MM-DD.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object with sessions, soreness and weeks (with --all, an object with the array &quot;athletes&quot; of them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intensity class, flags and top sets of each session, the triage of each soreness report, and weekly session-RPE load, monotony, strain and ACWR.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --athlete or --all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unexpected argument &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from must not be after --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete&apos;s name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred unit: kg or lb (default kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Year of birth (used by triage).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Free-text notes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has had a back injury before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Takes long-term steroids or has osteoporosis.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a history of cancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Has a weakened immune system (medicines or illness), a recent serious infection, or injects drugs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new athlete as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one NAME (quote names with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: the name was stored in composed form (Unicode NFC) as &apos;%1&apos;: an accent typed as a separate mark joins its letter, so the name typed either way finds this athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added athlete &apos;%1&apos; (id %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List athletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No athletes yet. Add one with: spotter-cli athlete add NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spotter-cli athlete add NAME [--unit kg|lb] [--birth-year Y]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli athlete list [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;add&apos; or &apos;list&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected &apos;add&apos; or &apos;list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot be restored: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where to write the copy (must not exist); without it, a copy goes into the backup folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[PATH]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the backups in the backup folder with what each holds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder (default: &apos;backups&apos; beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PATH must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--list takes no PATH</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backups in %1 yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup to restore (see &apos;backup --list&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not ask for confirmation (needed when standard input is not a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder that keeps the replaced database (default: &apos;backups&apos; beside the database).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace the database with a backup. The database it replaces is kept in the backup folder first; the restore is refused while Spotter or another spotter-cli has the database open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; cannot be restored: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>restoring replaces the database: confirm with --yes (standard input is not a terminal to ask on)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore %1 (%2) over %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restored %1 to %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database it replaced was kept as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade a database of an older Spotter to this version&apos;s schema first (after a backup beside it). Without it the database is only read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run SQLite&apos;s integrity check and report the schema version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schema version: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Integrity: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgraded from schema %1; a backup was written to %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a number of hours, 0 or more; got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours after the session ended when it was first noticed (0 = during or right after).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>H</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hours from onset until it resolved, or until now if still present.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It is gone (default: still present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Worst intensity, 0-10.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it feels like: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeatable: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks the lift behind it has been trained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whole weeks without that lift before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consecutive weeks sore in this region after every session of the lift.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Age in years.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lift before it was one-sided (a split squat, a one-arm row): soreness on one side is expected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lift before it, by catalogue name or alias (&quot;Romanian Deadlift&quot;, &quot;RDL&quot;); a one-sided lift counts as --one-sided. Another name is used as given, with a note.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print one JSON object: class, urgency, rules, advice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage one soreness report given on the command line (nothing is stored). Anything not given is unknown, and an unknown answer never makes the result milder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lift: the name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: --lift &apos;%1&apos; is not in the exercise catalogue; it is named as given (add --one-sided if it works one side at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>note: --lift &apos;%1&apos; is not in the exercise catalogue (did you mean %2?); it is named as given (add --one-sided if it works one side at a time)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> or </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spotter&apos;s command line: every capability of the app, without a display.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help; &apos;spotter-cli COMMAND --help&apos; for a command</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the version and the license</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Environment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use this ISO 8601 time as now, e.g. 2026-11-20T18:00 (scripts, tests)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>License GPL-3.0-or-later &lt;https://www.gnu.org/licenses/gpl-3.0.html&gt;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is free software: you are free to change and redistribute it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is NO WARRANTY, to the extent permitted by law.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db needs a path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown option &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;spotter-cli --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try &apos;spotter-cli %1 --help&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown command &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sets (every set, importable), soreness (every report, importable) or sessions (a summary per session). Required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export this athlete; repeat for several. Default: every athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write to this file; &apos;-&apos; or no -o writes to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For Excel: a byte order mark and CRLF line ends; where the locale writes decimal commas, also &apos;;&apos; between cells and 62,5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Compute soreness durations and triage as of this time (default: now), so that two exports can be compared.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--athlete: the name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(list them with &apos;athlete list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation>
            <numerusform>%n set</numerusform>
            <numerusform>%n sets</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n session(s)</source>
        <translation>
            <numerusform>%n session</numerusform>
            <numerusform>%n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n soreness report(s)</source>
        <translation>
            <numerusform>%n soreness report</numerusform>
            <numerusform>%n soreness reports</numerusform>
        </translation>
    </message>
    <message>
        <source>Exported %1 of %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n athlete(s)</source>
        <translation>
            <numerusform>%n athlete</numerusform>
            <numerusform>%n athletes</numerusform>
        </translation>
    </message>
    <message>
        <source>How many athletes (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Weeks of history per athlete, up to --end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instead of --weeks: exactly this many sets in all, shared between the athletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Seed (required); the same seed gives the same histories.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last day of the histories, YYYY-MM-DD (default today).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Also write each history as a Strong CSV export; with several athletes one file each, numbered (FILE-01.csv, …).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the demo data of the app instead: three athletes with six months up to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print what was generated as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write realistic training histories into a new or empty database: main lifts with progression, deloads and testing weeks, warm-ups, AMRAPs, rests, RPE, session RPE, body weight and soreness reports. For demos, tests and benchmarks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--demo takes no --%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the demo data into %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --weeks or --sets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--seed: expected a whole number from 0 to 18446744073709551615; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the Strong CSV %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 CSV rows in all, Rest Timer rows included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>… and %n more warning(s)</source>
        <translation>
            <numerusform>… and %n more warning</numerusform>
            <numerusform>… and %n more warnings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>… and %n more error(s)</source>
        <translation>
            <numerusform>… and %n more error</numerusform>
            <numerusform>… and %n more errors</numerusform>
        </translation>
    </message>
    <message>
        <source>weights in kg</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights in %1 per the header</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight unit on each row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weights in %1 per --unit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2 and %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dry run: would import %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Imported %1 from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would create athlete &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created athlete &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Would create %n new exercise(s): </source>
        <translation>
            <numerusform>Would create %n new exercise: </numerusform>
            <numerusform>Would create %n new exercises: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Created %n new exercise(s): </source>
        <translation>
            <numerusform>Created %n new exercise: </numerusform>
            <numerusform>Created %n new exercises: </numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n session(s) or report(s) already in the database.</source>
        <translation>
            <numerusform>Skipped %n session or report already in the database.</numerusform>
            <numerusform>Skipped %n sessions or reports already in the database.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n workout(s)</source>
        <translation>
            <numerusform>%n workout</numerusform>
            <numerusform>%n workouts</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Would leave out %n row(s) (%1 with invalid rows); nothing was written.</source>
        <translation>
            <numerusform>Would leave out %n row (%1 with invalid rows); nothing was written.</numerusform>
            <numerusform>Would leave out %n rows (%1 with invalid rows); nothing was written.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out %n row(s) (%1 with invalid rows), saved with the reasons to %2; fix them there and import that file to add them.</source>
        <translation>
            <numerusform>Left out %n row (%1 with invalid rows), saved with the reason to %2; fix it there and import that file to add it.</numerusform>
            <numerusform>Left out %n rows (%1 with invalid rows), saved with the reasons to %2; fix them there and import that file to add them.</numerusform>
        </translation>
    </message>
    <message>
        <source>--skip-invalid: &apos;%1&apos; is not a regular file, so there is no folder to keep the rejects file in; name one with --rejects FILE</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cannot spool &apos;%1&apos; to &apos;%2&apos;: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The CSV file to import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>auto (the default: recognised by the header), spotter, strong, hevy or fitnotes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>format</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose history the file is; created when missing. Required unless the file is Spotter&apos;s own, whose rows name their athletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kg or lb: the unit of weights when the file does not say (Strong&apos;s comma exports); also the unit of an athlete the import creates.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Check the file and report what would be imported; write nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import the valid rows of a file that has invalid ones: the workouts with an invalid row are held back whole and saved, unchanged and with the reason, to a rejects file; fix that file and import it to add them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where --skip-invalid saves the rows it leaves out (default: NAME.rejects.csv beside the imported file).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the result as a JSON object, also when the import fails ({&quot;ok&quot;: false, &quot;errors&quot;: [...], &quot;error_count&quot;: N}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report progress on standard error (always done when it is a terminal).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import training history from a CSV file exported by Strong, Hevy, FitNotes or Spotter.
Every row is checked first; a file with any invalid row imports nothing and each problem is
reported as FILE:LINE: reason, unless --skip-invalid imports the rest and saves the invalid
rows to a rejects file. Importing the same file again adds nothing.
Exit codes: 0 imported (or nothing new), 1 invalid or unreadable file, 2 wrong usage
(including a missing --unit or --athlete the file needs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rejects goes with --skip-invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--rejects: the file name must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--skip-invalid: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--unit kg or --unit lb is required for this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--athlete is required for %1 files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--athlete does not apply to this file</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) in the file; nothing was imported</source>
        <translation>
            <numerusform>%n invalid row in the file; nothing was imported</numerusform>
            <numerusform>%n invalid rows in the file; nothing was imported</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n invalid row(s) in the file; nothing was imported. Fix them, or import the valid rows with --skip-invalid, which saves the invalid ones to a rejects file</source>
        <translation>
            <numerusform>%n invalid row in the file; nothing was imported. Fix it, or import the valid rows with --skip-invalid, which saves the invalid one to a rejects file</numerusform>
            <numerusform>%n invalid rows in the file; nothing was imported. Fix them, or import the valid rows with --skip-invalid, which saves the invalid ones to a rejects file</numerusform>
        </translation>
    </message>
    <message>
        <source>nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cancelled; nothing was imported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 m</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RIR %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(rest %1 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line %1, column %2: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no exercise &apos;%1&apos; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 or %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>there is no exercise &apos;%1&apos; in the catalogue; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sets in quick-entry notation, one exercise per LINE, e.g. &quot;Deadlift 100x5, 140x3@8 rest 3m&quot; (see docs/quick-entry.md). A LINE without an exercise name continues the previous one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>LINE...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose session (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it started (required): YYYY-MM-DD or YYYY-MM-DDTHH:MM, local time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Length in minutes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How hard the whole session was, CR-10 (0-10).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight that day, in the athlete&apos;s unit unless written (82.5kg, 180lb).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>weight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A title, e.g. &quot;Heavy lower&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A general warm-up was done before the session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start from this routine: its sets at today&apos;s suggested loads, as planned. A LINE naming an exercise of the routine replaces its planned sets (what was really done); other LINEs add to them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --routine: print today&apos;s plan (suggested loads, plates, why, last time) and store nothing; --date defaults to now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the stored session (or the plan) as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a training session from quick-entry lines, or from a routine. &apos;Squat same&apos; repeats last time&apos;s squats, &apos;Deadlift last +5kg&apos; adds to their loads.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--plan needs --routine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at least one LINE, e.g. &quot;Squat 3x5 120kg&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--bodyweight: expected a weight such as 82.5, 82.5kg or 180lb; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no routine named &apos;%1&apos; (see &apos;routine list&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 for %2 on %3:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no load for %1 today (%2); give it in a LINE, e.g. &quot;%1 %3x%4 100kg&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged session %1 for %2 on %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>standard output cannot be written: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot write &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bar: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Collars: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plates (%1, size x count): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the defaults: set your own with --bar, --plates and --collar)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A weight to load, in the athlete&apos;s unit unless written (142.5, 225lb); without it, the athlete&apos;s plate set is shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[WEIGHT]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose bar and plates (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the bar&apos;s weight.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the plates there are, size x count for both sides together, e.g. &quot;25x8 20x2 10x2 5x2 2.5x2 1.25x2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set one collar&apos;s weight (0 for none).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the unit of the bar, plates and collars: kg or lb.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go back to the default plate set of the athlete&apos;s unit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which plates go on each side of the bar for a weight, with an athlete&apos;s own bar, plates and collars; or set them. A weight the plates cannot make is answered with the nearest two that they can.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected at most one WEIGHT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1&apos;s bar and plates:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected a weight such as 142.5, 142.5kg or 315lb; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF reports need spotter-pdf, which was not found (looked for %1). Install it, or write --format html and print that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotter-pdf could not be started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotter-pdf did not finish within %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>spotter-pdf failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose report (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>html, pdf or csv (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to write (required); &apos;-&apos; writes html or csv to standard output.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>With --format csv: a byte order mark and CRLF line ends (and &apos;;&apos; with 62,5 where the locale writes decimal commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Triage soreness as of this time (default: now).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A report for a coach, a physio or the athlete: the summary (sessions, tonnage, testing
sessions, flags), open warnings and see-doctor items first, soreness by class with dates
and rules, e1RM of the main lifts, weekly load, the red-flag checklist and the note that
this is not medical advice. PDF is A4, made by spotter-pdf (installed with spotter-cli).
Exit codes: 0 written, 1 an unknown athlete or a file that cannot be written, 2 wrong usage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>-o: a PDF needs a file name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--excel applies to --format csv only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrote the report of %1 (%2) to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item %1: there is no exercise &apos;%2&apos; in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--item %1, column %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine&apos;s name (unique).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One exercise with its targets, repeatable, e.g. &quot;Squat 3x5 @8 rest 3m&quot; or &quot;Bench Press 3x8 @70%&quot;: sets x reps, a target RPE or a share of the e1RM (docs/quick-entry.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the items from this session&apos;s sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the items from the athlete&apos;s latest session with this title (an imported Strong or Hevy workout); needs --athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign it to this athlete; repeatable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the new routine as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a routine: a named list of exercises with targets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give the items with --item, --from-session or --from-workout (one of them)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--from-workout needs --athlete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no session %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no session titled &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the routines assigned to this athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List routines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No routines yet. Add one with: spotter-cli routine add NAME --item &quot;Squat 3x5 @8&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show fixed loads in kg or lb (default kg).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the routine as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show a routine&apos;s items and who it is assigned to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete a routine (logged sessions stay).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted routine &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete; repeatable (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign a routine to athletes (a coach&apos;s several athletes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take a routine from athletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is assigned to: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nobody</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename a routine.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected NAME and NEW_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renamed &apos;%1&apos; to &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spotter-cli routine add NAME (--item LINE... | --from-session ID | --from-workout TITLE)
                              [--athlete NAME...] [--notes TEXT] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli routine list [--athlete NAME] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli routine show NAME [--unit kg|lb] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli routine delete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli routine rename NAME NEW_NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli routine assign|unassign NAME --athlete NAME...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start a session from a routine with: spotter-cli log --routine NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Routine: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>load?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[warm-up] </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(%1% of e1RM %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>plates: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>last time (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New record: %1 e1RM %2 (was %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bodyweight</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>[test]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Workouts this history repeats; each can become a routine to start sessions from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JUDGEMENT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>everything, until checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the rules and thresholds as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the tables of docs/rules.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the analysis rules (rules reference §5) and every threshold they use.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Advice: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (a fallback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>session RPE %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose sessions (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print a JSON array with every set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List an athlete&apos;s sessions, oldest first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sessions for %1 in that range.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the session as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show one session with its sets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected exactly one SESSION_ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SESSION_ID must be a positive whole number; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bodyweight: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose soreness (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The session it followed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It followed the athlete&apos;s latest session.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>both, left or right (default both).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>side</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was first noticed, ISO 8601.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When it was gone, ISO 8601 (omit if still present).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>c</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>improving, stable or worsening.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The lift before it, by catalogue name or alias (default: the session&apos;s lifts); a one-sided lift counts as --one-sided.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the report as JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report soreness.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --session ID or --last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lift: &apos;%1&apos; is not in the exercise catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--lift: &apos;%1&apos; is not in the exercise catalogue; did you mean %2?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no sessions yet; --last needs one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--session: expected a session id; got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 has no session %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--noticed: %1 is before the session started (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved soreness report %1 (%2, after session %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Whose reports (required).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List soreness reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spotter-cli soreness add --athlete NAME (--session ID | --last) --region R --noticed ISO [--resolved ISO] --intensity N --character C [--side S] [--trend T] [--sign NAME]... [--red-flag NAME]... [--one-sided] [--lift NAME]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>       spotter-cli soreness list --athlete NAME [--from D] [--to D] [--json]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why, and what to do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated %1: %2, %3 and %4 in %5 s (%6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checking: %1% (%n row(s))</source>
        <translation>
            <numerusform>Checking: %1% (%n row)</numerusform>
            <numerusform>Checking: %1% (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Writing: %1% (%n row(s))</source>
        <translation>
            <numerusform>Writing: %1% (%n row)</numerusform>
            <numerusform>Writing: %1% (%n rows)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Added routine &apos;%1&apos; (id %2) with %n item(s).</source>
        <translation>
            <numerusform>Added routine &apos;%1&apos; (id %2) with %n item.</numerusform>
            <numerusform>Added routine &apos;%1&apos; (id %2) with %n items.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n item</numerusform>
            <numerusform>%n items</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>New record: %1 %n rep(s) at %2 (the most before: %3)</source>
        <translation>
            <numerusform>New record: %1 %n rep at %2 (the most before: %3)</numerusform>
            <numerusform>New record: %1 %n reps at %2 (the most before: %3)</numerusform>
        </translation>
    </message>
    <message>
        <source>Write a consistent copy of the database (safe while Spotter runs), or list the backups. Spotter also backs the database up on the first open of each day, keeping 7 daily and 4 weekly copies.
A damaged database is salvaged instead: every row that can still be read is copied, rows whose session (or other parent) was lost go to NAME.rejects.csv beside the copy, and standard error says what was lost.
Exit codes: 0 written, 1 nothing written, 2 wrong usage, 3 a salvaged copy of a damaged database was written (incomplete unless the summary says every row was saved).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Salvaged copy written to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exit codes: 0 success, 1 error while running, 2 wrong usage, 3 a backup or export of a damaged database holds only what could still be read.</source>
        <translation type="unfinished"></translation>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>y|yes</source>
        <extracomment>The answers that confirm, separated by &apos;|&apos;, shortest first: the first is shown in [y/N].</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current database is kept in the backup folder first. Restore? [%1/N] </source>
        <extracomment>%1 is the first answer of &quot;y|yes&quot;; N (no, the default) may be translated too.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected &apos;add&apos;, &apos;list&apos;, &apos;show&apos;, &apos;delete&apos;, &apos;rename&apos;, &apos;assign&apos; or &apos;unassign&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected &apos;add&apos;, &apos;list&apos;, &apos;show&apos;, &apos;delete&apos;, &apos;rename&apos;, &apos;assign&apos; or &apos;unassign&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server is restored by its admin with PostgreSQL&apos;s pg_restore, which sees every athlete&apos;s rows (docs/team-server.md, &quot;Back up&quot;); nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spotter-cli [--db PATH|URI] COMMAND [options]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A team server: postgresql://LOGIN@HOST/DATABASE or service=NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team server (postgresql://LOGIN@HOST/DATABASE or service=NAME).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>uri</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local athlete to publish (when there are several).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coach publishing someone&apos;s log: the athlete on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say what would be sent; send nothing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send this database&apos;s new and changed sessions and soreness reports to a team server. Publishing again sends nothing twice; what changed both here and on the server is reported as a conflict and not sent (exit code 1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--to must name a team server (postgresql://… or service=…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must be the local database file; the team server goes in --to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Would publish to %1 as %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published to %1 as %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3; %4, %5, %6.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New in the server&apos;s catalogue: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conflict: %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db must name a PostgreSQL server (postgresql://USER@HOST/DATABASE or service=NAME); &apos;%1&apos; is a file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read the password from standard input</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--password-stdin: the first line of standard input is empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the login&apos;s password from the first line of standard input (sent to the server only as a SCRAM verifier).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set up Spotter&apos;s schema, roles and row-level security on a PostgreSQL database (run once, as its admin; running it again changes nothing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring a team server&apos;s schema up to this version of Spotter (as its admin).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is up to date (schema %2); roles, grants and policies checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is set up (schema %2): roles spotter_coach and spotter_athlete, row-level security on every table. Add people with &apos;server add-coach&apos; and &apos;server add-athlete&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 upgraded from schema %2 to %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The coach&apos;s PostgreSQL login (created if missing).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the coach in this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a coach login.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one LOGIN</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a coach.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The athlete&apos;s name (taken if it exists).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PostgreSQL login that is this athlete.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>login</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the athlete in this team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add an athlete and the login that is them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one NAME (quote names with spaces)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is the athlete %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>exactly one NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team &apos;%1&apos; is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A coach&apos;s login to put in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An athlete&apos;s name to put in the team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put a coach or an athlete in a team.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no positional arguments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>give either --coach LOGIN or --athlete NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List teams, their coaches and athletes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Team %1: coaches %2; athletes %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Athlete %1: login %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Usage: spotter-cli --db postgresql://ADMIN@HOST/DATABASE server ACTION</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  init                          set up schema, roles and row-level security</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  upgrade                       bring the schema up to this version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add-coach LOGIN [--team T] [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add-athlete NAME --login LOGIN [--team T] [--unit kg|lb] [--password-stdin]</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  add-team NAME</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  assign --team T (--coach LOGIN | --athlete NAME)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>  list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run as the server&apos;s admin (a PostgreSQL superuser); see docs/team-server.md.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected an action: init, upgrade, add-coach, add-athlete, add-team, assign, list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown action &apos;%1&apos; (expected init, upgrade, add-coach, add-athlete, add-team, assign or list)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Publishing: %1 of %2 sessions and soreness reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n new session(s)</source>
        <translation>
            <numerusform>%n new session</numerusform>
            <numerusform>%n new sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n changed</source>
        <translation>
            <numerusform>%n changed</numerusform>
            <numerusform>%n changed</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n unchanged</numerusform>
            <numerusform>%n unchanged</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n new soreness report(s)</source>
        <translation>
            <numerusform>%n new soreness report</numerusform>
            <numerusform>%n new soreness reports</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) not published: open the server&apos;s copy and make the change there, or delete it there and publish again.</source>
        <translation>
            <numerusform>%n item not published: open the server&apos;s copy and make the change there, or delete it there and publish again.</numerusform>
            <numerusform>%n items not published: open the server&apos;s copy and make the change there, or delete it there and publish again.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>spotter::cli::Context</name>
    <message>
        <source>&apos;%1&apos; does not exist. Check the path; &apos;athlete add&apos;, &apos;log&apos;, &apos;import&apos; and &apos;generate&apos; create a new database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrade it with &apos;spotter-cli --db %1 check --upgrade&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>warning: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--db: the path must not be empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a whole number from %2 to %3; got &apos;%4&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a number; got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: expected a date as YYYY-MM-DD; got &apos;%2&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: %2; got &apos;%3&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no athlete named &apos;%1&apos; (add one with &apos;athlete add&apos;)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--%1: unknown value &apos;%2&apos; (expected one of: %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database file (default: %1), or a team server (postgresql://… or service=…).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::importfields::Import</name>
    <message>
        <source>expected a date like &apos;9 Apr 2026, 17:18&apos; or &apos;Apr 9, 2026, 5:18 PM&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a month name Spotter knows (English and common European languages are); export again with the phone set to English</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a different month in different languages; export again with the phone set to English</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::pdf</name>
    <message>
        <source>Lays out an HTML report on A4 pages and writes it as PDF (used by spotter-cli report).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The document title.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The HTML file; &apos;-&apos; reads standard input.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF file to write.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expected INPUT and OUTPUT</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cannot read &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
