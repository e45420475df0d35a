// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLocale>

namespace spotter {

/// Whether Qt's own strings (standard buttons, file dialogs) are translated too: only the GUI
/// shows any.
enum class QtStrings { Skip, Translate };

/// True when SPOTTER_PSEUDO_LOCALE=1 asks for the pseudo-locale: every string accented, in
/// brackets and about 40% longer (scripts/pseudo-locale.py), to find text that is cut off.
[[nodiscard]] bool pseudoLocaleRequested();

/// Installs Spotter's translations for @p locale on the running application: the English plural
/// forms ("1 athlete", "2 athletes") always, and on top of them the translation of the first of
/// the locale's UI languages that Spotter has, so a string not yet translated still reads as
/// English. The pseudo-locale, when requested, takes the place of the locale's translation.
/// Call once, after the application object exists.
void installTranslations(const QLocale &locale = QLocale::system(), QtStrings qt = QtStrings::Skip);

/// While it lives, text comes out in English whatever the user's language: for output that is a
/// copy of an English document (`spotter-cli rules --markdown` prints docs/rules.md's tables).
class EnglishScope
{
public:
    EnglishScope();
    ~EnglishScope();
    EnglishScope(const EnglishScope &) = delete;
    EnglishScope &operator=(const EnglishScope &) = delete;
};

} // namespace spotter
