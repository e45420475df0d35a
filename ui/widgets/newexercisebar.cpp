// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/newexercisebar.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace spotter {

NewExerciseBar::NewExerciseBar(QWidget *parent)
    : QFrame(parent)
    , m_message(new QLabel(this))
    , m_kind(new QComboBox(this))
    , m_add(new QPushButton(tr("&Add to catalogue"), this))
    , m_cancel(new QPushButton(tr("Cancel"), this))
{
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);
    setAccessibleName(tr("Unknown exercise"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    for (int k = 0; k < static_cast<int>(kExerciseKindKeys.size()); ++k)
        m_kind->addItem(displayName(static_cast<ExerciseKind>(k)), k);
    m_kind->setCurrentIndex(m_kind->findData(static_cast<int>(ExerciseKind::Accessory)));
    m_kind->setAccessibleName(tr("Kind of exercise"));
    m_kind->setToolTip(tr("Main lifts (squat, bench, deadlift, press and close variants) can make a session "
                          "testing; bodyweight and timed exercises read \"3x8\" as sets × reps or seconds."));
    auto *kindLabel = new QLabel(tr("as &kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_add->setToolTip(tr("Add the exercise and carry on with what you typed (Enter)"));
    m_cancel->setToolTip(tr("Fix the name instead (Escape)"));

    auto *row = new QHBoxLayout;
    row->addStretch();
    row->addWidget(kindLabel);
    row->addWidget(m_kind);
    row->addWidget(m_add);
    row->addWidget(m_cancel);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 6, 8, 6);
    layout->addWidget(m_message);
    layout->addLayout(row);

    connect(m_add, &QPushButton::clicked, this, [this] {
        Exercise e;
        e.name = m_name.simplified();
        e.kind = static_cast<ExerciseKind>(m_kind->currentData().toInt());
        hide();
        emit addRequested(e);
    });
    connect(m_cancel, &QPushButton::clicked, this, [this] {
        hide();
        emit dismissed();
    });
    hide();
}

void NewExerciseBar::offer(const QString &name)
{
    m_name = name;
    m_message->setText(tr("Add \"%1\" to the catalogue as a new exercise? Its kind decides how a line "
                          "such as 3x8 reads, and whether it can make a session testing.")
                           .arg(name.simplified()));
    QString shown = name.simplified();
    shown.replace(u'&', QStringLiteral("&&")); // a literal ampersand, not a mnemonic
    m_add->setText(tr("&Add \"%1\"").arg(shown));
    show();
}

QString NewExerciseBar::message() const
{
    return m_message->text();
}

void NewExerciseBar::keyPressEvent(QKeyEvent *event)
{
    if (event->key() == Qt::Key_Escape) {
        m_cancel->click();
        return;
    }
    // The quick line promises "Press Enter to add it": the first Enter brings this bar with the
    // focus on the kind, and a second one adds — from the kind box or the Add button alike.
    // Enter on Cancel cancels, as it says.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        (m_cancel->hasFocus() ? m_cancel : m_add)->click();
        return;
    }
    QFrame::keyPressEvent(event);
}

} // namespace spotter
