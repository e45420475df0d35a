// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader gets: the accessibility tree of every page of the main window, walked
// from the window down as assistive technology does, with the demo data loaded.
#include "charts/chartview.h"
#include "pages/progresspage.h"
#include "shell/mainwindow.h"
#include "shell/workspace.h"
#include "uitestutil.h"
#include "widgets/bodymap.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QAbstractSpinBox>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QTextEdit>

#include <functional>

using namespace spotter;
using namespace spotter::test;

namespace {

/// Widgets a user operates; each must have a name a screen reader can say.
bool isInteractive(const QWidget *w)
{
    if (w->focusPolicy() == Qt::NoFocus)
        return false;
    return qobject_cast<const QAbstractButton *>(w) || qobject_cast<const QLineEdit *>(w)
           || qobject_cast<const QAbstractSpinBox *>(w) || qobject_cast<const QComboBox *>(w)
           || qobject_cast<const QAbstractItemView *>(w) || qobject_cast<const QTextEdit *>(w)
           || qobject_cast<const QPlainTextEdit *>(w);
}

QString describe(const QWidget *w)
{
    return QStringLiteral("%1 \"%2\" in %3")
        .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName(),
             w->parentWidget() ? QString::fromLatin1(w->parentWidget()->metaObject()->className())
                               : QString());
}

/// Every interface below @p iface, depth first; item views are leaves (their cells are checked
/// apart).
void walk(QAccessibleInterface *iface, const std::function<void(QAccessibleInterface *)> &visit)
{
    visit(iface);
    if (iface->tableInterface())
        return;
    for (int i = 0; i < iface->childCount(); ++i) {
        if (QAccessibleInterface *child = iface->child(i))
            walk(child, visit);
    }
}

class AccessibilityTreeTest : public DemoWorkspaceTest
{
protected:
    void TearDown() override { QApplication::closeAllWindows(); }
};

} // namespace

TEST_F(AccessibilityTreeTest, EveryPageNamesEveryControlTheBodyMapRegionsBadgesAndCharts)
{
    m_ws->setCurrentAthlete(m_team.ann);
    MainWindow window(*m_ws);
    window.resize(1400, 950);
    window.show();
    QSignalSpy loaded(window.progressPage(), &ProgressPage::loaded);

    int bodyMaps = 0;
    int charts = 0;
    int iconCells = 0;
    int controls = 0;
    for (MainWindow::Page page : {MainWindow::Log, MainWindow::History, MainWindow::Soreness,
                                  MainWindow::Progress, MainWindow::Team}) {
        window.showPage(page);
        if (page == MainWindow::Progress) {
            ASSERT_TRUE(waitFor(loaded));
        }
        QCoreApplication::processEvents();
        QAccessibleInterface *root = QAccessible::queryAccessibleInterface(&window);
        ASSERT_NE(root, nullptr);
        walk(root, [&](QAccessibleInterface *iface) {
            auto *w = qobject_cast<QWidget *>(iface->object());
            if (!w || !w->isVisibleTo(&window) || iface->state().invisible)
                return;
            const QString name = iface->text(QAccessible::Name);
            if (isInteractive(w)) {
                ++controls;
                EXPECT_FALSE(name.trimmed().isEmpty() && iface->relations(QAccessible::Label).isEmpty())
                    << "page " << page << ": unnamed " << describe(w).toStdString();
            }
            if (qobject_cast<BodyMap *>(w)) {
                ++bodyMaps;
                EXPECT_FALSE(name.isEmpty());
                ASSERT_EQ(iface->childCount(), BodyMap::mapRegions().size());
                for (int i = 0; i < iface->childCount(); ++i) {
                    QAccessibleInterface *region = iface->child(i);
                    EXPECT_EQ(region->text(QAccessible::Name), displayName(BodyMap::mapRegions().at(i)));
                    EXPECT_EQ(region->role(), QAccessible::RadioButton);
                    EXPECT_TRUE(region->state().focusable);
                    EXPECT_TRUE(region->state().checkable);
                    EXPECT_TRUE(region->actionInterface()
                                && region->actionInterface()->actionNames().contains(
                                    QAccessibleActionInterface::toggleAction()));
                }
            }
            if (qobject_cast<ChartView *>(w)) {
                ++charts;
                EXPECT_FALSE(name.isEmpty());
                EXPECT_FALSE(iface->text(QAccessible::Description).isEmpty())
                    << "chart \"" << name.toStdString() << "\" has no description";
            }
            // A badge in a table is an icon and a colour; its cell must also say it in words.
            if (QAccessibleTableInterface *table = iface->tableInterface()) {
                auto *view = qobject_cast<QAbstractItemView *>(w);
                if (!view || !view->model())
                    return;
                const QAbstractItemModel *model = view->model();
                for (int r = 0; r < std::min(model->rowCount(), 40); ++r) {
                    for (int c = 0; c < model->columnCount(); ++c) {
                        if (!model->index(r, c).data(Qt::DecorationRole).isValid())
                            continue;
                        QAccessibleInterface *cell = table->cellAt(r, c);
                        ASSERT_NE(cell, nullptr);
                        ++iconCells;
                        EXPECT_FALSE(cell->text(QAccessible::Name).isEmpty())
                            << "page " << page << ": cell " << r << "," << c << " is only an icon";
                    }
                }
            }
        });
    }
    EXPECT_EQ(bodyMaps, 1);
    EXPECT_EQ(charts, ProgressPage::ChartCount);
    EXPECT_GT(iconCells, 0);
    EXPECT_GT(controls, 0);
}
