// SPDX-License-Identifier: GPL-3.0-or-later
// spotter-rendericon: renders the app's SVG icon to the PNG sizes of the hicolor icon theme at
// build time, with the same SVG renderer the app uses, so the PNGs cannot drift from the SVG.
// A build tool (packaging/CMakeLists.txt); not installed.
//
//   spotter-rendericon ICON.svg SIZE OUT.png [SIZE OUT.png]...
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>

#include <cstdio>

int main(int argc, char *argv[])
{
    // Pixels, not a screen.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    const QStringList args = QGuiApplication::arguments();
    if (args.size() < 4 || args.size() % 2 != 0) {
        std::fprintf(stderr, "usage: spotter-rendericon ICON.svg SIZE OUT.png [SIZE OUT.png]...\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "spotter-rendericon: cannot read %s\n", qPrintable(args.at(1)));
        return 1;
    }
    for (qsizetype i = 2; i + 1 < args.size(); i += 2) {
        bool ok = false;
        const int size = args.at(i).toInt(&ok);
        if (!ok || size < 8 || size > 1024) {
            std::fprintf(stderr, "spotter-rendericon: bad size '%s'\n", qPrintable(args.at(i)));
            return 2;
        }
        QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
        image.fill(Qt::transparent);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            svg.render(&painter);
        }
        QDir().mkpath(QFileInfo(args.at(i + 1)).path());
        if (!image.save(args.at(i + 1), "PNG")) {
            std::fprintf(stderr, "spotter-rendericon: cannot write %s\n", qPrintable(args.at(i + 1)));
            return 1;
        }
    }
    return 0;
}
