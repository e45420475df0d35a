// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-pdf: HTML in, PDF out. spotter-cli runs it for `report --format pdf`, because laying
// out the report needs QtGui and spotter-cli must run where no GUI library is installed.
#include "i18n/translator.h"
#include "pdf/pdfreport.h"

#include <QCommandLineParser>
#include <QFile>
#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char *argv[])
{
    // A PDF needs fonts, not a screen: run on the offscreen platform unless told otherwise.
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    QCoreApplication::setApplicationVersion(QStringLiteral(SPOTTER_VERSION));
    spotter::installTranslations();
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "spotter::pdf",
        "Lays out an HTML report on A4 pages and writes it as PDF (used by spotter-cli report)."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOption({QStringLiteral("title"),
                      QCoreApplication::translate("spotter::pdf", "The document title."),
                      QCoreApplication::translate("spotter::pdf", "title")});
    parser.addPositionalArgument(
        QStringLiteral("input"),
        QCoreApplication::translate("spotter::pdf", "The HTML file; '-' reads standard input."));
    parser.addPositionalArgument(QStringLiteral("output"),
                                 QCoreApplication::translate("spotter::pdf", "The PDF file to write."));
    parser.process(app);
    const QStringList files = parser.positionalArguments();
    if (files.size() != 2) {
        err << "spotter-pdf: " << QCoreApplication::translate("spotter::pdf", "expected INPUT and OUTPUT")
            << '\n';
        return 2;
    }

    QFile input;
    const bool opened = files[0] == u"-" ? input.open(stdin, QIODevice::ReadOnly)
                                         : (input.setFileName(files[0]), input.open(QIODevice::ReadOnly));
    if (!opened) {
        err << "spotter-pdf: "
            << QCoreApplication::translate("spotter::pdf", "cannot read '%1': %2")
                   .arg(files[0], input.errorString())
            << '\n';
        return 1;
    }
    const QString html = QString::fromUtf8(input.readAll());
    const QString title = parser.value(QStringLiteral("title"));
    QString error;
    if (!spotter::PdfReport::write(html, files[1], title, title, &error)) {
        err << "spotter-pdf: " << error << '\n';
        return 1;
    }
    return 0;
}
