// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#include "store/database.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    spotter::initApplicationIdentity();
    return spotter::cli::run(QCoreApplication::arguments());
}
