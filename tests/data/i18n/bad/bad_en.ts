<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>spotter</name>
    <message>
        <source>A string no translator would ever see</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>spotter::Good</name>
    <message numerus="yes">
        <source>%n set(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
