#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Gives every plural ("%n set(s)") in translations/spotter_en.ts that has none yet its two English
forms ("%n set", "%n sets"), so English never reads "1 set(s)". Forms already there are kept: check
the new ones (git diff) and correct any the rule gets wrong, such as a verb that must agree.

Run after `cmake --build --preset dev --target update_translations` added new plurals:
    scripts/fill-english-plurals.py
"""
import pathlib
import re
import sys

TS = pathlib.Path(__file__).resolve().parent.parent / "translations" / "spotter_en.ts"

# Singular wordings the "(s)" rule cannot derive.
AGREEMENT = [("(s) have ", " has ")]


def forms(source: str) -> tuple[str, str]:
    if "(s)" not in source:
        # Code that already chose the wording for one or many ("add %n sets of %1").
        return source, source
    singular = source
    for plural_words, singular_words in AGREEMENT:
        singular = singular.replace(plural_words, singular_words)
    return singular.replace("(s)", ""), source.replace("(s)", "s")


def main() -> int:
    path = pathlib.Path(sys.argv[1]) if len(sys.argv) > 1 else TS
    text = path.read_text(encoding="utf-8")
    pattern = re.compile(
        r'(<message numerus="yes">\s*(?:<comment>[^<]*</comment>\s*)?<source>([^<]*)</source>\s*)'
        r'<translation type="unfinished">[^/]*(?:</numerusform>[^/]*)*</translation>')
    filled = 0

    def fill(m: re.Match) -> str:
        nonlocal filled
        filled += 1
        one, many = forms(m.group(2))
        return (f'{m.group(1)}<translation>\n            <numerusform>{one}</numerusform>\n'
                f'            <numerusform>{many}</numerusform>\n        </translation>')

    text = pattern.sub(fill, text)
    path.write_text(text, encoding="utf-8")
    print(f"{path}: gave {filled} plural(s) their English forms")
    return 0


if __name__ == "__main__":
    sys.exit(main())
