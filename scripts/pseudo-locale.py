#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Writes the pseudo-locale: every string of spotter_en.ts with accented letters and made about
40% longer, in brackets, so that a screen shows at a glance which text is cut off ("[Śàvé ~~]"
that lost its "]"), which text bypasses tr() (it stays plain English) and which layout cannot
take a longer language. Placeholders (%1, %n, %L2), mnemonics (&Save keeps its S), HTML tags and
entities stay as they are; plurals get each English form made long.

    pseudo-locale.py spotter_en.ts spotter_pseudo.ts

The build runs it (translations/CMakeLists.txt); the app loads the result with
SPOTTER_PSEUDO_LOCALE=1. Nothing it writes is committed.
"""
import math
import re
import sys
import xml.etree.ElementTree as ET

ACCENTS = str.maketrans(
    "abcdeghiklnorstuyzABCDEGHIKLNORSTUYZ",
    "àƀçđéĝĥíķĺñöŕśţûýžÀßÇĐÉĜĤÍĶĹÑÖŔŚŢÛÝŽ",
)
# What must reach the program unchanged: placeholders, tags, entities, a mnemonic and the letter
# it marks (its shortcut), and a literal "&&".
KEEP = re.compile(r"%L?\d+|%L?n|<[^>]*>|&[A-Za-z]+;|&#\d+;|&&|&\w")
GROWTH = 0.4


def pseudo(text: str) -> str:
    if not text.strip():
        return text
    out, visible, pos = [], 0, 0
    for m in KEEP.finditer(text):
        plain = text[pos : m.start()]
        out.append(plain.translate(ACCENTS))
        visible += len(plain)
        out.append(m.group())
        if not m.group().startswith("<"):
            visible += 1
        pos = m.end()
    plain = text[pos:]
    out.append(plain.translate(ACCENTS))
    visible += len(plain)
    # "[", " " and "]" count towards the growth; the tildes make up the rest, in words of at most
    # five, as long as the long words of real languages: a wrapped label wraps between them.
    tildes = max(1, math.ceil(visible * GROWTH) - 3)
    padding = " ".join("~" * min(5, tildes - i) for i in range(0, tildes, 6))
    body = "".join(out)
    # Rich text keeps its brackets inside its outer tags ("<h1>[Wélçömé ~~]</h1>"), where they show.
    lead = re.match(r"(?:\s*<[^>]*>)*", body).end()
    trail = re.search(r"(?:<[^>]*>\s*)*$", body).start()
    if trail < lead:
        trail = len(body)
    return body[:lead] + "[" + body[lead:trail] + " " + padding + "]" + body[trail:]


def main(source: str, target: str) -> None:
    tree = ET.parse(source)
    root = tree.getroot()
    root.set("language", "en_US")
    for message in root.iter("message"):
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        forms = translation.findall("numerusform")
        if message.get("numerus") == "yes":
            english = [f.text or "" for f in forms] or [message.findtext("source", "")] * 2
            for f in forms:
                translation.remove(f)
            translation.text = None
            for text in english:
                ET.SubElement(translation, "numerusform").text = pseudo(text)
        else:
            translation.text = pseudo(message.findtext("source", ""))
    tree.write(target, encoding="utf-8", xml_declaration=True)


if __name__ == "__main__":
    if len(sys.argv) != 3:
        sys.exit("usage: pseudo-locale.py spotter_en.ts OUTPUT.ts")
    main(sys.argv[1], sys.argv[2])
