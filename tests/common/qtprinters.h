// SPDX-License-Identifier: GPL-3.0-or-later
// Force-included into every test (see spotter_add_test) so that GoogleTest prints Qt values
// readably in failure messages instead of as byte dumps.
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <optional>
#include <ostream>

inline void PrintTo(const QString &s, std::ostream *os)
{
    *os << '"' << s.toStdString() << '"';
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[';
    for (qsizetype i = 0; i < list.size(); ++i)
        *os << (i ? ", \"" : "\"") << list.at(i).toStdString() << '"';
    *os << ']';
}

inline void PrintTo(const QByteArray &bytes, std::ostream *os)
{
    *os << "QByteArray(" << bytes.size() << " bytes: \"" << bytes.left(200).toStdString() << "\")";
}
