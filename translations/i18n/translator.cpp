// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QTranslator>

namespace spotter {

namespace {

const QString kFolder = QStringLiteral(":/i18n");

bool install(QTranslator *translator, bool loaded)
{
    if (loaded && QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

} // namespace

bool pseudoLocaleRequested()
{
    return qEnvironmentVariableIntValue("SPOTTER_PSEUDO_LOCALE") == 1;
}

void installTranslations(const QLocale &locale, QtStrings qt)
{
    QCoreApplication *app = QCoreApplication::instance();
    // The source strings are English with "(s)" plurals; spotter_en holds their proper forms.
    auto *english = new QTranslator(app);
    install(english, english->load(QStringLiteral("spotter_en"), kFolder));
    // Installed later, so asked first. English (and "C", which has no file) stays as it is.
    auto *own = new QTranslator(app);
    const bool ownLoaded = pseudoLocaleRequested()
                               ? own->load(QStringLiteral("spotter_pseudo"), kFolder)
                               : own->load(locale, QStringLiteral("spotter"), QStringLiteral("_"), kFolder)
                                     && !own->language().startsWith(QLatin1String("en"));
    install(own, ownLoaded);
    if (qt == QtStrings::Translate) {
        auto *qtbase = new QTranslator(app);
        install(qtbase, qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                     QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    }
}

} // namespace spotter
