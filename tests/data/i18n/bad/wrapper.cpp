// SPDX-License-Identifier: GPL-3.0-or-later
// A file-local tr() wrapper, which lupdate cannot follow: tests/i18n must reject it.
#include <QCoreApplication>

namespace spotter {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("spotter::Bad", text);
}
} // namespace

QString hidden()
{
    return tr("A string no translator would ever see");
}

struct Good
{
    Q_DECLARE_TR_FUNCTIONS(spotter::Good)
};

QString loaded()
{
    return Good::tr("Loaded from a file");
}

QString sets(int n)
{
    return Good::tr("%n set(s)", nullptr, n);
}

} // namespace spotter
