// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/triagepanel.h"

#include "shell/icons.h"
#include "shell/theme.h"
#include "shell/themecolors.h"
#include "widgets/badges.h"

#include <QAccessible>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMap>
#include <QPainter>
#include <QPainterPath>
#include <QVBoxLayout>

#include <algorithm>
#include <array>

namespace spotter {

/// The coloured frame around the class: the badge's tint behind, its colour as the border,
/// thicker when a doctor is needed.
class TriageBanner : public QWidget
{
public:
    using QWidget::QWidget;

    void setColors(const QColor &border, const QColor &fill, int width)
    {
        m_border = border;
        m_fill = fill;
        m_width = width;
        update();
    }

protected:
    void paintEvent(QPaintEvent *) override
    {
        QPainter p(this);
        p.setRenderHint(QPainter::Antialiasing);
        const qreal half = m_width / 2.0;
        p.setPen(QPen(m_border, m_width));
        p.setBrush(m_fill);
        p.drawRoundedRect(QRectF(rect()).adjusted(half, half, -half, -half), 8, 8);
        if (hasFocus()) {
            p.setPen(QPen(palette().color(QPalette::WindowText), 1, Qt::DashLine));
            p.setBrush(Qt::NoBrush);
            p.drawRoundedRect(QRectF(rect()).adjusted(m_width + 3, m_width + 3, -m_width - 3, -m_width - 3),
                              5, 5);
        }
    }

    void focusInEvent(QFocusEvent *event) override
    {
        QWidget::focusInEvent(event);
        update();
    }
    void focusOutEvent(QFocusEvent *event) override
    {
        QWidget::focusOutEvent(event);
        update();
    }

private:
    QColor m_border;
    QColor m_fill;
    int m_width = 2;
};

namespace {

constexpr std::array kUrgencies{Urgency::Emergency, Urgency::Urgent, Urgency::Soon};

QLabel *wrapped(QWidget *parent, const QString &text = {})
{
    auto *label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

/// A bulleted list whose wrapped lines stay indented under their first line.
QString bulleted(const QStringList &items)
{
    return QStringLiteral(
               "<ul style=\"margin-top:0px; margin-bottom:0px; margin-left:0px; -qt-list-indent:1;\">")
           + items.join(QString()) + QStringLiteral("</ul>");
}

QFont scaled(QFont font, qreal factor, bool bold)
{
    font.setPointSizeF(font.pointSizeF() * factor);
    font.setBold(bold);
    return font;
}

} // namespace

TriagePanel::TriagePanel(QWidget *parent)
    : QWidget(parent)
    , m_banner(new TriageBanner(this))
    , m_title(new QLabel(m_banner))
    , m_instruction(new QLabel(m_banner))
    , m_meaning(wrapped(m_banner))
    , m_unanswered(wrapped(m_banner))
    , m_icon(new QLabel(m_banner))
    , m_note(wrapped(this, TriageResult::note()))
    , m_problem(wrapped(this))
    , m_alternatives(new QWidget(this))
    , m_tips(new QWidget(this))
    , m_why(new QVBoxLayout)
    , m_tipList(new QVBoxLayout)
    , m_alternativeList(wrapped(m_alternatives))
    , m_checklistHeading(wrapped(this, TriageResult::checklistHeading()))
{
    m_title->setWordWrap(true);
    m_title->setFont(scaled(font(), 1.6, true));
    m_title->setTextFormat(Qt::PlainText);
    m_instruction->setWordWrap(true);
    m_instruction->setTextFormat(Qt::PlainText);
    m_instruction->setMargin(8);
    m_instruction->setAutoFillBackground(true);
    m_meaning->setTextFormat(Qt::PlainText);
    m_unanswered->setTextFormat(Qt::PlainText);
    QFont italicFont = m_unanswered->font();
    italicFont.setItalic(true);
    m_unanswered->setFont(italicFont);
    m_unanswered->hide();
    m_icon->setFixedSize(56, 56);
    m_icon->setAlignment(Qt::AlignTop | Qt::AlignHCenter);
    m_banner->setAccessibleName(tr("Result"));
    m_banner->setFocusPolicy(Qt::TabFocus); // a screen reader user can land on the result and hear it

    auto *text = new QVBoxLayout;
    text->setSpacing(6);
    m_looksLike = new QLabel(tr("This looks like:"), m_banner);
    m_looksLike->setWordWrap(true);
    text->addWidget(m_looksLike);
    text->addWidget(m_title);
    text->addWidget(m_instruction);
    text->addWidget(m_meaning);
    text->addWidget(m_unanswered);
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(14, 14, 14, 14);
    bannerLayout->setSpacing(12);
    bannerLayout->addWidget(m_icon, 0, Qt::AlignTop);
    bannerLayout->addLayout(text, 1);

    QFont italic = m_note->font();
    italic.setItalic(true);
    m_note->setFont(italic);
    m_note->setTextFormat(Qt::PlainText);
    m_problem->setTextFormat(Qt::PlainText);
    m_problem->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(8);
    layout->addWidget(m_banner);
    layout->addWidget(m_note);
    layout->addWidget(m_problem);

    m_whyHeading = addHeading(layout, tr("Why Spotter says this"));
    m_why->setSpacing(8);
    layout->addLayout(m_why);

    auto *tipsLayout = new QVBoxLayout(m_tips);
    tipsLayout->setContentsMargins(0, 0, 0, 0);
    addHeading(tipsLayout, tr("Tips"));
    tipsLayout->addLayout(m_tipList);
    layout->addWidget(m_tips);

    auto *altLayout = new QVBoxLayout(m_alternatives);
    altLayout->setContentsMargins(0, 0, 0, 0);
    addHeading(altLayout, tr("Alternatives while you scale back"));
    m_alternativeList->setTextFormat(Qt::RichText);
    altLayout->addWidget(m_alternativeList);
    layout->addWidget(m_alternatives);

    addHeading(layout, tr("Red-flag checklist"));
    m_checklistHeading->setTextFormat(Qt::PlainText);
    layout->addWidget(m_checklistHeading);
    for (Urgency u : kUrgencies) {
        auto *heading = wrapped(this, tr("%1 if:").arg(urgencyInstruction(u)));
        heading->setFont(scaled(font(), 1.0, true));
        heading->setTextFormat(Qt::PlainText);
        heading->setContentsMargins(0, 4, 0, 0);
        auto *list = wrapped(this);
        list->setTextFormat(Qt::RichText);
        layout->addWidget(heading);
        layout->addWidget(list);
        m_checklistGroups.append(qMakePair(heading, list));
    }
    layout->addStretch();

    setAccessibleName(tr("Soreness result"));
    showPending({}, {}, {});
}

QLabel *TriagePanel::addHeading(QVBoxLayout *layout, const QString &text)
{
    auto *label = new QLabel(text, this);
    label->setFont(scaled(font(), 1.15, true));
    label->setContentsMargins(0, 8, 0, 0);
    // The panel never scrolls sideways: a long heading (German, issue 16) wraps.
    label->setWordWrap(true);
    layout->addWidget(label);
    return label;
}

void TriagePanel::clearLayout(QVBoxLayout *layout)
{
    while (QLayoutItem *item = layout->takeAt(0)) {
        if (QLayout *child = item->layout()) {
            while (QLayoutItem *inner = child->takeAt(0)) {
                delete inner->widget();
                delete inner;
            }
        }
        delete item->widget();
        delete item;
    }
}

void TriagePanel::showResult(const TriageResult &result, RedFlags ticked)
{
    const bool classChanged = m_pending || !m_result || m_result->severity != result.severity;
    m_pending = false;
    m_result = result;
    m_ticked = ticked;
    rebuild();
    if (classChanged) {
        // Tell assistive technology the verdict changed; a see-doctor result is an alert.
        QAccessibleEvent named(m_banner, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&named);
        if (result.cls() == SorenessClass::SeeDoctor) {
            QAccessibleEvent alert(m_banner, QAccessible::Alert);
            QAccessible::updateAccessibility(&alert);
        }
    }
}

void TriagePanel::showPending(const QStringList &unanswered, const QStringList &problems, RedFlags ticked)
{
    const bool changed = !m_pending;
    m_pending = true;
    m_result.reset();
    m_ticked = ticked;
    QStringList lines;
    if (!problems.isEmpty())
        lines.append(tr("To fix first: %1.").arg(problems.join(tr("; "))));
    if (!unanswered.isEmpty())
        lines.append(tr("Still to answer: %1.").arg(unanswered.join(tr(", "))));
    m_pendingText = lines.join(u'\n');
    rebuild();
    if (changed) {
        QAccessibleEvent named(m_banner, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&named);
    }
}

void TriagePanel::setProblem(const QString &message)
{
    ThemeColors::setTone(m_problem, ThemeColors::Tone::Error);
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
}

void TriagePanel::rebuildPending()
{
    // A neutral frame in the window's own colours: no class colour, no class icon.
    m_banner->setColors(palette().color(QPalette::Mid), palette().color(QPalette::AlternateBase), 2);
    m_icon->setPixmap(Icons::get(QStringLiteral("nav-soreness")).pixmap(QSize(48, 48), devicePixelRatioF()));
    m_icon->setToolTip(QString());
    m_looksLike->hide();
    m_title->setText(tr("No result yet"));
    m_title->setPalette(QPalette()); // the window's own text colour, whatever the theme
    m_instruction->clear();
    m_instruction->hide();
    m_meaning->setText(tr("Spotter says what this looks like once the form can be saved."));
    m_unanswered->setText(m_pendingText);
    m_unanswered->setVisible(!m_pendingText.isEmpty());
    m_banner->setToolTip(QString());
    m_banner->setAccessibleName(tr("Result: none yet. %1").arg(m_pendingText));
    m_banner->setAccessibleDescription(m_meaning->text());
    clearLayout(m_why);
    clearLayout(m_tipList);
    m_whyLines.clear();
    m_tipLines.clear();
    m_alternativeItems.clear();
    m_whyHeading->hide();
    m_tips->hide();
    m_alternatives->hide();
}

void TriagePanel::rebuild()
{
    rebuildChecklist();
    if (m_pending) {
        rebuildPending();
        return;
    }
    m_looksLike->show();
    m_whyHeading->show();
    const TriageResult &r = *m_result;
    const Badge badge = badgeFor(r.severity);
    const bool doctor = r.cls() == SorenessClass::SeeDoctor;
    const bool emergency = doctor && r.urgency() == Urgency::Emergency;
    const qreal dpr = devicePixelRatioF();

    m_banner->setColors(badge.color, badge.tint, doctor ? 4 : 2);
    m_icon->setPixmap(badge.icon.pixmap(QSize(48, 48), dpr));
    m_icon->setToolTip(badge.toolTip);
    m_title->setText(badge.text);
    QPalette titlePal = m_title->palette();
    titlePal.setColor(QPalette::WindowText, badge.color);
    m_title->setPalette(titlePal);

    if (doctor) {
        // The instruction sits on a solid band of the class colour: the one line nobody misses.
        // A deep, saturated shade of the class hue under white text in both themes (the dark
        // theme's lightened badge colour would wash out behind white).
        // In high contrast the band is the badge colour itself (7:1 on the window) and its text
        // the window's colour.
        const bool high = Theme::isHighContrast();
        const QColor band = high ? badge.color : QColor::fromHsv(badge.color.hsvHue(), 220, 185);
        QPalette pal = m_instruction->palette();
        pal.setColor(QPalette::Window, band);
        pal.setColor(QPalette::WindowText, high ? palette().color(QPalette::Window) : QColor(Qt::white));
        m_instruction->setPalette(pal);
        m_instruction->setFont(scaled(font(), emergency ? 1.5 : 1.25, true));
        m_instruction->setText(urgencyInstruction(r.urgency().value_or(Urgency::Soon)));
        m_meaning->setText(tr("This matches medical guidance to get checked. It is not a diagnosis."));
    } else {
        m_instruction->clear();
        m_meaning->setText(badge.toolTip);
    }
    m_instruction->setVisible(doctor);
    m_banner->setToolTip(badge.toolTip);
    m_banner->setAccessibleName(doctor ? tr("Result: %1. %2.").arg(badge.text, m_instruction->text())
                                       : tr("Result: %1.").arg(badge.text));
    m_banner->setAccessibleDescription(m_meaning->text());

    clearLayout(m_why);
    m_whyLines.clear();
    for (const MatchedRule &m : r.matched) {
        m_whyLines.append(QStringLiteral("%1 · %2: %3").arg(m.id, m.severity.displayName(), m.advice));
        auto *row = new QHBoxLayout;
        auto *icon = new QLabel(this);
        icon->setPixmap(badgeFor(m.severity).icon.pixmap(QSize(18, 18), dpr));
        icon->setToolTip(m.severity.displayName());
        auto *text = wrapped(this);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<b>%1 · %2</b><br>%3")
                          .arg(m.id.toHtmlEscaped(), m.severity.displayName().toHtmlEscaped(),
                               m.advice.toHtmlEscaped()));
        row->addWidget(icon, 0, Qt::AlignTop);
        row->addWidget(text, 1);
        m_why->addLayout(row);
    }

    clearLayout(m_tipList);
    m_tipLines.clear();
    for (const Tip &tip : r.tips) {
        m_tipLines.append(QStringLiteral("%1 — %2").arg(tip.id, tip.text));
        auto *text = wrapped(this);
        text->setTextFormat(Qt::RichText);
        text->setText(QStringLiteral("<b>%1</b> — %2").arg(tip.id.toHtmlEscaped(), tip.text.toHtmlEscaped()));
        m_tipList->addWidget(text);
    }
    m_tips->setVisible(!r.tips.isEmpty());

    // The region's own alternatives come with its tip (TP-02, TP-03), and only with a watch or a
    // warning: never beside "see a doctor", never a hip hinge for the hamstrings.
    m_alternativeItems.clear();
    for (const Tip &tip : r.tips)
        m_alternativeItems.append(tip.alternatives);
    QStringList alternatives;
    for (const QString &name : std::as_const(m_alternativeItems))
        alternatives.append(QStringLiteral("<li>%1</li>").arg(name.toHtmlEscaped()));
    m_alternativeList->setText(bulleted(alternatives));
    m_alternatives->setVisible(!m_alternativeItems.isEmpty());
}

void TriagePanel::rebuildChecklist()
{
    // Every red flag, grouped by what to do; the ones ticked in the form stand out.
    m_checklistLines = QStringList{m_checklistHeading->text()};
    const QList<RedFlagItem> items = TriageResult::redFlagChecklist();
    for (qsizetype g = 0; g < qsizetype(kUrgencies.size()); ++g) {
        const Urgency u = kUrgencies.at(std::size_t(g));
        const QString color = badgeFor(Severity{SorenessClass::SeeDoctor, u}).color.name();
        m_checklistLines.append(m_checklistGroups.at(g).first->text());
        QStringList html;
        for (const RedFlagItem &item : items) {
            if (item.urgency != u)
                continue;
            if (m_ticked.contains(item.flag)) {
                const QString line = tr("%1 — you ticked this").arg(item.question);
                m_checklistLines.append(line);
                html.append(
                    QStringLiteral("<li><b style=\"color:%1\">%2</b></li>").arg(color, line.toHtmlEscaped()));
            } else {
                m_checklistLines.append(item.question);
                html.append(QStringLiteral("<li>%1</li>").arg(item.question.toHtmlEscaped()));
            }
        }
        m_checklistGroups.at(g).second->setText(bulleted(html));
    }
}

void TriagePanel::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    // Badge colours depend on the theme; repaint them when the palette changes.
    if (event->type() == QEvent::PaletteChange && (m_result || m_pending))
        rebuild();
}

void TriagePanel::setUnanswered(const QStringList &questions, const QStringList &problems)
{
    if (m_pending)
        return; // the pending banner already says what is missing
    QStringList lines;
    if (!problems.isEmpty())
        lines.append(tr("To fix: %1.").arg(problems.join(tr("; "))));
    if (!questions.isEmpty())
        lines.append(tr("Still to answer: %1. The result may change.").arg(questions.join(tr(", "))));
    m_unanswered->setText(lines.join(u'\n'));
    m_unanswered->setVisible(!lines.isEmpty());
}

QString TriagePanel::unansweredText() const
{
    return m_unanswered->isHidden() ? QString() : m_unanswered->text();
}

QWidget *TriagePanel::banner() const
{
    return m_banner;
}

QString TriagePanel::titleText() const
{
    return m_title->text();
}

QString TriagePanel::instructionText() const
{
    return m_instruction->isHidden() ? QString() : m_instruction->text();
}

QString TriagePanel::whyText() const
{
    return m_whyLines.join(u'\n');
}

QString TriagePanel::tipsText() const
{
    return m_tipLines.join(u'\n');
}

QString TriagePanel::alternativesText() const
{
    return m_alternatives->isHidden() ? QString() : m_alternativeItems.join(u'\n');
}

QString TriagePanel::checklistText() const
{
    return m_checklistLines.join(u'\n');
}

QString TriagePanel::noteText() const
{
    return m_note->text();
}

} // namespace spotter
