// SPDX-License-Identifier: GPL-3.0-or-later
// Grabs the soreness page in the main window to PNGs under the build folder (tests/ui/screenshots)
// for people to look at: a DOMS case, a lower-back warning and an emergency, in the light and the
// dark theme, at 1× and 2×, and narrow. Run with QT_SCALE_FACTOR=2 for a real 2× screen. While it
// grabs, it checks what must hold on any screen: the verdict is in sight without scrolling.
#include "shell/mainwindow.h"
#include "shell/prompt.h"
#include "shell/theme.h"
#include "sorenessfixture.h"
#include "widgets/triagepanel.h"

#include <QApplication>
#include <QDir>
#include <QImage>
#include <QPixmap>
#include <QPushButton>

#include <functional>

using namespace spotter;
using namespace spotter::test;

namespace {

class SorenessScreenshots : public SorenessFixture
{
protected:
    void TearDown() override
    {
        Theme::apply(ThemeChoice::System);
        SorenessFixture::TearDown();
    }

    static QString folder()
    {
        const QString path = QCoreApplication::applicationDirPath() + QStringLiteral("/screenshots");
        QDir().mkpath(path);
        return path;
    }

    /// Saves @p window at its own pixel ratio and, rendered, at twice that.
    static void save(QWidget &window, const QString &name)
    {
        const qreal dpr = window.devicePixelRatioF();
        const QString base = folder() + u'/' + name;
        const QPixmap own = window.grab();
        ASSERT_FALSE(own.isNull());
        ASSERT_TRUE(
            own.save(base + (dpr > 1 ? QStringLiteral("-dpr%1.png").arg(dpr) : QStringLiteral(".png"))));
        QPixmap twice(window.size() * 2);
        twice.setDevicePixelRatio(2);
        twice.fill(window.palette().color(QPalette::Window));
        window.render(&twice);
        ASSERT_TRUE(twice.save(base + QStringLiteral("@2x.png")));
    }

    /// Lets layouts that react to other layouts finish (no waiting: only what is already posted).
    static void settle()
    {
        for (int i = 0; i < 5; ++i)
            QApplication::processEvents();
    }

    /// The whole of @p w is on screen: not clipped by a scroll area or the window.
    static bool fullyVisible(QWidget *w)
    {
        return w->isVisible() && w->visibleRegion().boundingRect() == w->rect()
               && w->visibleRegion().rectCount() >= 1;
    }
};

} // namespace

TEST_F(SorenessScreenshots, EveryCaseKeepsTheVerdictInSight)
{
    struct Case
    {
        QString name;
        SorenessClass expected;
        std::function<void()> fill;
    };
    const QList<Case> cases{
        {QStringLiteral("blank"), SorenessClass::Watch, [] {}},
        {QStringLiteral("doms"), SorenessClass::Doms,
         [this] {
             fillTypical(Region::Quads);
             chooseTrend(Trend::Improving);
         }},
        {QStringLiteral("warning"), SorenessClass::Warning,
         [this] {
             fillTypical(Region::LowerBack, 5);
             chooseCharacter(Character::Sharp);
         }},
        {QStringLiteral("emergency"), SorenessClass::SeeDoctor,
         [this] {
             fillTypical(Region::LowerBack, 4);
             form().redFlagBox(RedFlag::SaddleNumbness)->click();
         }},
    };
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        Theme::apply(theme);
        const QString themeName = Theme::key(theme);
        for (const int width : {1100, 760}) {
            MainWindow window(*m_ws);
            window.resize(width, 700);
            window.show();
            window.showPage(MainWindow::Soreness);
            auto *page = window.findChild<SorenessPage *>();
            ASSERT_NE(page, nullptr);
            m_target = page;
            for (const Case &c : cases) {
                // Each case starts from an empty form, whatever the one before left in it.
                Prompt::setNextAnswer(QMessageBox::Discard);
                page->newReport();
                Prompt::reset();
                c.fill();
                settle();
                ASSERT_EQ(page->result().cls(), c.expected) << c.name.toStdString();
                TriagePanel *panel = page->resultPanel();
                EXPECT_TRUE(fullyVisible(panel->banner()))
                    << c.name.toStdString() << " at " << width << ": the banner must be in sight";
                EXPECT_TRUE(page->saveButton()->isVisible() && fullyVisible(page->saveButton()));
                const QString name =
                    QStringLiteral("soreness-%1-%2%3")
                        .arg(c.name, themeName, width < 1000 ? QStringLiteral("-narrow") : QString());
                save(window, name);
                if (width > 1000) {
                    // The whole of the form and of the result, beyond what the scroll areas show.
                    save(*page->form(), name + QStringLiteral("-form"));
                    save(*panel, name + QStringLiteral("-result"));
                }
                if (c.expected == SorenessClass::SeeDoctor) {
                    ASSERT_TRUE(page->save());
                }
            }
            m_target = nullptr;
        }
    }
}

TEST_F(SorenessScreenshots, TheBodyMapShowsKeyboardFocusAndSelection)
{
    for (const ThemeChoice theme : {ThemeChoice::Light, ThemeChoice::Dark}) {
        Theme::apply(theme);
        BodyMap map;
        map.resize(map.sizeHint() * 1.3);
        map.show();
        QApplication::setActiveWindow(&map);
        map.setRegion(Region::LowerBack);
        settle();
        const QImage plain = map.grab().toImage();
        map.regionButton(Region::Shoulders)->setFocus(Qt::TabFocusReason);
        ASSERT_TRUE(map.regionButton(Region::Shoulders)->hasFocus());
        settle();
        const QImage focused = map.grab().toImage();
        EXPECT_NE(plain, focused) << "the focused region must look different";
        save(map, QStringLiteral("soreness-bodymap-focus-") + Theme::key(theme));
    }
}
