// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 16: the app respects a high-contrast palette. It is told from the palette (or chosen in
// Settings), and then every colour Spotter picks itself (badges, the triage banner, error text,
// hints, chart series) reads at least 7:1 on what it is drawn on, measured on the colours the
// widgets actually use.
#include "analysis/triage.h"
#include "charts/chartview.h"
#include "contrast.h"
#include "pages/progresspage.h"
#include "shell/mainwindow.h"
#include "shell/theme.h"
#include "uitestutil.h"
#include "widgets/badges.h"
#include "widgets/triagepanel.h"

#include <QApplication>
#include <QLabel>
#include <QTest>

#include <gtest/gtest.h>

#include <array>

using namespace spotter;

namespace {

constexpr double kMinimum = 7.0;
constexpr std::array kHighContrastThemes{ThemeChoice::HighContrast, ThemeChoice::HighContrastDark};

void settle()
{
    for (int i = 0; i < 4; ++i) {
        QCoreApplication::sendPostedEvents();
        QTest::qWait(0);
    }
}

/// What @p w is drawn on: the window colour of the nearest widget that fills its background.
QColor backgroundOf(const QWidget *w)
{
    for (const QWidget *p = w; p; p = p->parentWidget()) {
        if (p->autoFillBackground() || p->isWindow())
            return p->palette().color(p->backgroundRole());
    }
    return QApplication::palette().color(QPalette::Window);
}

/// Every visible label under @p top whose text reads less than 7:1 on its background.
QStringList faintLabels(const QWidget *top)
{
    QStringList faint;
    for (const QLabel *label : top->findChildren<QLabel *>()) {
        if (!label->isVisibleTo(top) || label->text().isEmpty())
            continue;
        const QColor text = label->palette().color(label->foregroundRole());
        const double ratio = test::contrast(text, backgroundOf(label));
        if (ratio < kMinimum)
            faint << QStringLiteral("\"%1\" %2 on %3: %4:1")
                         .arg(label->text().left(40), text.name(), backgroundOf(label).name())
                         .arg(ratio, 0, 'f', 1);
    }
    return faint;
}

class HighContrastTest : public test::DemoWorkspaceTest
{
protected:
    void TearDown() override
    {
        Theme::apply(ThemeChoice::Light);
        test::DemoWorkspaceTest::TearDown();
    }
};

TEST_F(HighContrastTest, IsToldFromThePalette)
{
    Theme::apply(ThemeChoice::Light);
    EXPECT_FALSE(Theme::isHighContrast()) << "Fusion's light palette is about 18:1";
    Theme::apply(ThemeChoice::Dark);
    EXPECT_FALSE(Theme::isHighContrast());
    for (const ThemeChoice theme : kHighContrastThemes) {
        Theme::apply(theme);
        EXPECT_TRUE(Theme::isHighContrast()) << Theme::key(theme).toStdString();
    }
    // A desktop's own high-contrast palettes, as Qt gets them from the platform.
    QApplication::setPalette(QPalette(QColor(Qt::black), QColor(Qt::white)));
    EXPECT_TRUE(Theme::isHighContrast()) << "black on white";
    QApplication::setPalette(QPalette(QColor(Qt::white), QColor(Qt::black)));
    EXPECT_TRUE(Theme::isHighContrast()) << "white on black";
    QApplication::setPalette(QPalette(QColor(0x20, 0x20, 0x20), QColor(0xf0, 0xf0, 0xf0)));
    EXPECT_FALSE(Theme::isHighContrast()) << "dark grey on light grey";
}

TEST_F(HighContrastTest, TheFormulaIsWcags)
{
    EXPECT_NEAR(Theme::contrastRatio(Qt::black, Qt::white), 21.0, 0.01);
    EXPECT_NEAR(Theme::contrastRatio(Qt::white, Qt::white), 1.0, 0.01);
    EXPECT_NEAR(Theme::contrastRatio(QColor(0x76, 0x76, 0x76), Qt::white), 4.54, 0.01);
}

TEST_F(HighContrastTest, EveryBadgeReadsSevenToOneOnItsTintAndTheWindow)
{
    QList<Severity> severities;
    for (SorenessClass cls : {SorenessClass::Fatigue, SorenessClass::Doms, SorenessClass::Watch,
                              SorenessClass::Warning, SorenessClass::SeeDoctor})
        severities.append(Severity{cls, std::nullopt});
    for (Urgency u : {Urgency::Soon, Urgency::Urgent, Urgency::Emergency})
        severities.append(Severity{SorenessClass::SeeDoctor, u});
    for (const ThemeChoice theme : kHighContrastThemes) {
        Theme::apply(theme);
        const std::string name = Theme::key(theme).toStdString();
        const QColor window = QApplication::palette().color(QPalette::Window);
        QList<Badge> badges;
        for (const Severity &s : severities)
            badges.append(badgeFor(s));
        for (IntensityClass cls : {IntensityClass::Training, IntensityClass::Hard, IntensityClass::Testing})
            badges.append(badgeFor(cls));
        for (const Badge &b : badges) {
            EXPECT_GE(test::contrast(b.color, b.tint), kMinimum) << name << ", " << b.text.toStdString();
            EXPECT_GE(test::contrast(b.color, window), kMinimum) << name << ", " << b.text.toStdString();
        }
        // Hues are kept where 7:1 allows it, so the classes do not all turn black.
        EXPECT_NE(badgeFor(Severity{SorenessClass::SeeDoctor, Urgency::Emergency}).color,
                  QApplication::palette().color(QPalette::WindowText))
            << name;
    }
}

TEST_F(HighContrastTest, ErrorsAndHintsReadSevenToOne)
{
    for (const ThemeChoice theme : kHighContrastThemes) {
        Theme::apply(theme);
        const std::string name = Theme::key(theme).toStdString();
        const QPalette p = QApplication::palette();
        for (auto back : {QPalette::Window, QPalette::Base}) {
            EXPECT_GE(test::contrast(Theme::errorColor(), p.color(back)), kMinimum) << name;
            EXPECT_GE(test::contrast(p.color(QPalette::PlaceholderText), p.color(back)), kMinimum) << name;
            EXPECT_GE(test::contrast(p.color(QPalette::Disabled, QPalette::Text), p.color(back)), kMinimum)
                << name;
        }
        EXPECT_GE(test::contrast(p.color(QPalette::HighlightedText), p.color(QPalette::Highlight)), kMinimum)
            << name;
    }
}

TEST_F(HighContrastTest, EveryTriageResultReadsSevenToOne)
{
    for (const ThemeChoice theme : kHighContrastThemes) {
        Theme::apply(theme);
        for (SorenessClass cls : {SorenessClass::Fatigue, SorenessClass::Doms, SorenessClass::Watch,
                                  SorenessClass::Warning, SorenessClass::SeeDoctor}) {
            for (std::optional<Urgency> u : {std::optional<Urgency>(), std::optional(Urgency::Emergency)}) {
                if (u && cls != SorenessClass::SeeDoctor)
                    continue;
                TriagePanel panel;
                TriageResult result;
                result.severity = Severity{cls, u};
                panel.showResult(result, {});
                panel.resize(600, 800);
                panel.show();
                settle();
                EXPECT_EQ(faintLabels(&panel), QStringList())
                    << Theme::key(theme).toStdString() << ", " << result.severity.displayName().toStdString();
            }
        }
    }
}

TEST_F(HighContrastTest, EveryLabelOfEveryPageReadsSevenToOne)
{
    m_ws->setCurrentAthlete(m_team.ann);
    for (const ThemeChoice theme : kHighContrastThemes) {
        Theme::apply(theme);
        MainWindow window(*m_ws);
        window.resize(1280, 800);
        window.show();
        for (auto page : {MainWindow::Log, MainWindow::History, MainWindow::Soreness, MainWindow::Progress,
                          MainWindow::Team}) {
            window.showPage(page);
            settle();
            EXPECT_EQ(faintLabels(&window), QStringList())
                << Theme::key(theme).toStdString() << ", "
                << QMetaEnum::fromType<MainWindow::Page>().valueToKey(page);
        }
    }
}

TEST_F(HighContrastTest, ChartSeriesReadSevenToOneOnTheChart)
{
    m_ws->setCurrentAthlete(m_team.ann);
    for (const ThemeChoice theme : kHighContrastThemes) {
        Theme::apply(theme);
        const std::string name = Theme::key(theme).toStdString();
        ProgressPage page(*m_ws);
        page.setRange(ProgressRange::All);
        QSignalSpy loaded(&page, &ProgressPage::loaded);
        page.resize(1280, 1400);
        page.show();
        ASSERT_TRUE(!page.isLoading() || waitFor(loaded));
        const QColor chart = QApplication::palette().color(QPalette::Base);
        int checked = 0;
        for (const ChartView *view : page.findChildren<ChartView *>()) {
            for (const ChartSeries &s : view->spec().series) {
                // Translucent shades behind the data (the typical ACWR band, testing days) are
                // backgrounds, not marks to read: every mark sits on them in its own colour.
                if (s.color.alpha() < 128)
                    continue;
                EXPECT_EQ(s.color.alpha(), 255) << name << ", " << s.name.toStdString() << " is solid";
                EXPECT_GE(test::contrast(s.color, chart), kMinimum) << name << ", " << s.name.toStdString();
                ++checked;
            }
        }
        EXPECT_GE(checked, 10) << name << ": the charts have their series";
    }
}

} // namespace
