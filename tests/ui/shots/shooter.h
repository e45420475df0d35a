// SPDX-License-Identifier: GPL-3.0-or-later
// What every screenshot of spotter_screenshots goes through: settle the layouts, grab, save,
// and fail the run (never hang it) when something is wrong.
#pragma once

#include <QCoreApplication>
#include <QDir>
#include <QSignalSpy>
#include <QString>
#include <QTest>
#include <QTextStream>
#include <QWidget>

namespace spotter::shots {

inline QTextStream &out()
{
    static QTextStream s(stdout);
    return s;
}

inline void settle()
{
    // Let layouts, QtCharts and delayed item layouts finish before grabbing.
    for (int i = 0; i < 8; ++i) {
        QCoreApplication::sendPostedEvents();
        QTest::qWait(0);
    }
}

class Shooter
{
public:
    Shooter(QString folder, QString suffix, QString prefix = {})
        : m_folder(std::move(folder)), m_suffix(std::move(suffix)), m_prefix(std::move(prefix))
    {}

    void shoot(QWidget *widget, const QString &name)
    {
        settle();
        const QString path = QDir(m_folder).filePath(m_prefix + name + m_suffix + QStringLiteral(".png"));
        if (widget->grab().save(path)) {
            out() << path << '\n';
        } else {
            out() << "could not write " << path << '\n';
            m_ok = false;
        }
        out().flush();
    }
    [[nodiscard]] bool ok() const { return m_ok; }
    void fail(const QString &why)
    {
        out() << why << '\n';
        out().flush();
        m_ok = false;
    }

private:
    QString m_folder;
    QString m_suffix;
    QString m_prefix; ///< "de-", "pseudo-": a language's shots apart from the English ones
    bool m_ok = true;
};

template <typename Page>
bool waitLoaded(Page *page)
{
    QSignalSpy loaded(page, &Page::loaded);
    return !page->isLoading() || loaded.wait(120000);
}

} // namespace spotter::shots
