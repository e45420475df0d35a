// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/firstrunwidget.h"

#include "shell/icons.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

#include <algorithm>

namespace spotter {

FirstRunWidget::FirstRunWidget(QWidget *parent) : QWidget(parent)
{
    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::app().pixmap(QSize(72, 72)));
    icon->setAlignment(Qt::AlignCenter);
    auto *title = new QLabel(tr("<h1>Welcome to Spotter</h1>"), this);
    title->setAlignment(Qt::AlignCenter);
    auto *text = new QLabel(tr("Log your sessions from the keyboard, note the soreness that follows, and "
                               "Spotter tells you whether it looks like normal fatigue, DOMS, or something "
                               "to watch — and when a session was testing rather than training."),
                            this);
    text->setWordWrap(true);
    text->setAlignment(Qt::AlignCenter);
    text->setFixedWidth(520);
    auto *add = new QPushButton(tr("&Add yourself as an athlete…"), this);
    add->setDefault(true);
    add->setMinimumHeight(36);
    connect(add, &QPushButton::clicked, this, &FirstRunWidget::addAthleteRequested);
    auto *import = new QPushButton(tr("&Import history from Strong, Hevy or FitNotes…"), this);
    import->setMinimumHeight(32);
    connect(import, &QPushButton::clicked, this, &FirstRunWidget::importRequested);
    auto *demo = new QPushButton(tr("Look around with &demo data"), this);
    demo->setMinimumHeight(32);
    demo->setToolTip(tr("Three made-up athletes in a separate file; your own database stays empty"));
    connect(demo, &QPushButton::clicked, this, &FirstRunWidget::demoRequested);
    // One column of buttons of one width reads as a menu of first steps.
    const int width =
        std::max({add->sizeHint().width(), import->sizeHint().width(), demo->sizeHint().width()});
    for (QPushButton *button : {add, import, demo})
        button->setMinimumWidth(width);
    m_writable = {add, import};
    auto *hint = new QLabel(tr("Coaching several people? Add each athlete from File › New athlete."), this);
    hint->setAlignment(Qt::AlignCenter);
    hint->setEnabled(false);
    // Wrapped to the text's width: a longer language must not widen the window (issue 16).
    hint->setWordWrap(true);
    hint->setFixedWidth(text->minimumWidth());

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(icon);
    layout->addWidget(title);
    // A word-wrapped label added with an alignment loses its height-for-width; centre it with
    // stretches instead.
    auto *textRow = new QHBoxLayout;
    textRow->addStretch();
    textRow->addWidget(text);
    textRow->addStretch();
    layout->addLayout(textRow);
    layout->addSpacing(16);
    layout->addWidget(add, 0, Qt::AlignHCenter);
    layout->addSpacing(4);
    layout->addWidget(import, 0, Qt::AlignHCenter);
    layout->addWidget(demo, 0, Qt::AlignHCenter);
    layout->addSpacing(8);
    auto *hintRow = new QHBoxLayout;
    hintRow->addStretch();
    hintRow->addWidget(hint);
    hintRow->addStretch();
    layout->addLayout(hintRow);
    layout->addStretch(3);
}

} // namespace spotter
