// SPDX-License-Identifier: GPL-3.0-or-later
#include "i18n/translator.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QList>
#include <QPointer>
#include <QTranslator>

namespace spotter {

namespace {

const QString kFolder = QStringLiteral(":/i18n");

/// The installed translations other than English's plural forms, which EnglishScope sets aside.
QList<QPointer<QTranslator>> &translations()
{
    static QList<QPointer<QTranslator>> installed;
    return installed;
}

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
    if (install(own, ownLoaded))
        translations().append(own);
    if (qt == QtStrings::Translate) {
        auto *qtbase = new QTranslator(app);
        if (install(qtbase, qtbase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                                         QLibraryInfo::path(QLibraryInfo::TranslationsPath))))
            translations().append(qtbase);
    }
}

EnglishScope::EnglishScope()
{
    for (const QPointer<QTranslator> &t : std::as_const(translations())) {
        if (t)
            QCoreApplication::removeTranslator(t);
    }
}

EnglishScope::~EnglishScope()
{
    // Installed again in the order they came, so the last one is asked first as before.
    for (const QPointer<QTranslator> &t : std::as_const(translations())) {
        if (t)
            QCoreApplication::installTranslator(t);
    }
}

} // namespace spotter
