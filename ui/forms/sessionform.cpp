// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/sessionform.h"

#include "model/validation.h"
#include "quickentry/quickentry.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDoubleSpinBox>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSignalBlocker>
#include <QSpinBox>

namespace spotter {

namespace {
/// The spin boxes' lowest value stands for "not recorded" and shows as a dash.
constexpr double kNoSessionRpe = -0.5;
} // namespace

SessionForm::SessionForm(QWidget *parent)
    : QWidget(parent)
    , m_start(new QDateTimeEdit(this))
    , m_duration(new QSpinBox(this))
    , m_bodyweight(new QLineEdit(this))
    , m_bodyweightLabel(new QLabel(this))
    , m_warmup(new QCheckBox(tr("&Warm-up done"), this))
    , m_sessionRpe(new QDoubleSpinBox(this))
    , m_title(new QLineEdit(this))
    , m_notes(new QPlainTextEdit(this))
{
    setAccessibleName(tr("Session"));
    m_start->setCalendarPopup(true);
    m_start->setDisplayFormat(QStringLiteral("ddd yyyy-MM-dd HH:mm"));
    m_start->setAccessibleName(tr("Date and time"));
    m_start->setToolTip(tr("When the session started"));

    m_duration->setRange(0, limits::kMaxSessionMinutes);
    m_duration->setSingleStep(5);
    m_duration->setSuffix(tr(" min"));
    m_duration->setSpecialValueText(tr("—"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setToolTip(tr("How long the session took, in minutes (— for not recorded)"));

    m_bodyweight->setPlaceholderText(tr("e.g. 82.5"));
    m_bodyweight->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_bodyweight->setMaximumWidth(
        m_bodyweight->fontMetrics().horizontalAdvance(QStringLiteral("0000.000 lb")));
    m_bodyweight->setAccessibleName(tr("Bodyweight"));
    m_bodyweight->setToolTip(tr("Bodyweight that day; write 180lb or 82kg for another unit"));

    m_warmup->setToolTip(tr("A general warm-up was done before the first set"));

    m_sessionRpe->setRange(kNoSessionRpe, 10.0);
    m_sessionRpe->setSingleStep(0.5);
    m_sessionRpe->setDecimals(1);
    m_sessionRpe->setSpecialValueText(tr("—"));
    m_sessionRpe->setAccessibleName(tr("Session RPE"));
    m_sessionRpe->setToolTip(tr("How hard the whole session was, 0 (rest) to 10 (maximal), asked about 30 "
                                "minutes after it (CR-10). Page Down to the dash for not recorded."));

    m_title->setPlaceholderText(tr("e.g. Heavy lower"));
    m_title->setAccessibleName(tr("Title"));
    m_notes->setPlaceholderText(tr("How it went, what to change next time"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    const int lines = m_notes->fontMetrics().lineSpacing() * 2;
    m_notes->setFixedHeight(lines + 2 * m_notes->frameWidth() + 8);

    const auto label = [this](const QString &text, QWidget *buddy) {
        auto *l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    m_bodyweightLabel->setBuddy(m_bodyweight);
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(0, 0, 0, 0);
    grid->addWidget(label(tr("&Date:"), m_start), 0, 0);
    grid->addWidget(m_start, 0, 1);
    grid->addWidget(label(tr("D&uration:"), m_duration), 0, 2);
    grid->addWidget(m_duration, 0, 3);
    grid->addWidget(m_bodyweightLabel, 0, 4);
    grid->addWidget(m_bodyweight, 0, 5);
    // Session RPE and the warm-up sit under the title, beside the two-line notes, rather than at
    // the end of the first row: a language longer than English (issue 16) must not push that row
    // past a 1024-pixel window.
    grid->addWidget(label(tr("T&itle:"), m_title), 1, 0);
    grid->addWidget(m_title, 1, 1, 1, 3);
    auto *effort = new QHBoxLayout;
    effort->addWidget(m_sessionRpe);
    effort->addSpacing(12);
    effort->addWidget(m_warmup);
    effort->addStretch();
    grid->addWidget(label(tr("Session R&PE:"), m_sessionRpe), 2, 0);
    grid->addLayout(effort, 2, 1, 1, 3);
    grid->addWidget(label(tr("N&otes:"), m_notes), 1, 4, Qt::AlignTop);
    grid->addWidget(m_notes, 1, 5, 2, 2);
    grid->setColumnStretch(6, 1);

    setTabOrder(m_start, m_duration);
    setTabOrder(m_duration, m_bodyweight);
    setTabOrder(m_bodyweight, m_sessionRpe);
    setTabOrder(m_sessionRpe, m_warmup);
    setTabOrder(m_warmup, m_title);
    setTabOrder(m_title, m_notes);

    for (QWidget *field : std::initializer_list<QWidget *>{m_start, m_duration, m_bodyweight, m_sessionRpe,
                                                           m_warmup, m_title, m_notes})
        field->installEventFilter(this);
    connect(m_start, &QDateTimeEdit::editingFinished, this, &SessionForm::edited);
    connect(m_duration, &QSpinBox::editingFinished, this, &SessionForm::edited);
    connect(m_bodyweight, &QLineEdit::editingFinished, this, &SessionForm::edited);
    connect(m_sessionRpe, &QDoubleSpinBox::editingFinished, this, &SessionForm::edited);
    connect(m_warmup, &QCheckBox::toggled, this, &SessionForm::edited);
    connect(m_title, &QLineEdit::editingFinished, this, &SessionForm::edited);
    setSession(Session(), WeightUnit::Kg);
}

QWidget *SessionForm::firstField() const
{
    return m_start;
}

QWidget *SessionForm::lastField() const
{
    return m_notes;
}

bool SessionForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::FocusOut && watched == m_notes) {
        emit edited();
    } else if (event->type() == QEvent::KeyPress && watched != m_notes) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && (key->modifiers() & ~Qt::KeypadModifier) == Qt::NoModifier) {
            if (auto *spin = qobject_cast<QAbstractSpinBox *>(watched))
                spin->interpretText();
            emit edited();
            focusNextChild();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void SessionForm::setSession(const Session &session, WeightUnit unit)
{
    m_unit = unit;
    m_bodyweightLabel->setText(tr("&Bodyweight (%1):").arg(displayName(unit)));
    const QDateTime wall(session.start.date(), session.start.time());
    if (wall.isValid() && m_start->dateTime() != wall) {
        const QSignalBlocker block(m_start);
        m_start->setDateTime(wall);
    }
    if (const int minutes = session.durationMin.value_or(0); m_duration->value() != minutes) {
        const QSignalBlocker block(m_duration);
        m_duration->setValue(minutes);
    }
    const QString weight = session.bodyweight ? session.bodyweight->number(unit, 2) : QString();
    if (m_bodyweight->text() != weight) {
        const QSignalBlocker block(m_bodyweight);
        m_bodyweight->setText(weight);
    }
    m_warmupWasNo = session.warmupDone == false;
    if (const bool done = session.warmupDone.value_or(false); m_warmup->isChecked() != done) {
        const QSignalBlocker block(m_warmup);
        m_warmup->setChecked(done);
    }
    if (const double rpe = session.sessionRpe.value_or(kNoSessionRpe); m_sessionRpe->value() != rpe) {
        const QSignalBlocker block(m_sessionRpe);
        m_sessionRpe->setValue(rpe);
    }
    if (m_title->text() != session.title) {
        const QSignalBlocker block(m_title);
        m_title->setText(session.title);
    }
    if (m_notes->toPlainText() != session.notes) {
        const QSignalBlocker block(m_notes);
        m_notes->setPlainText(session.notes);
    }
}

std::optional<Session> SessionForm::read(const Session &base, QString *error) const
{
    Session s = base;
    const QDateTime wall = m_start->dateTime();
    if (wall.date() != base.start.date() || wall.time() != base.start.time())
        s.start = withLocalOffset(QDateTime(wall.date(), wall.time()));
    s.durationMin = m_duration->value() > 0 ? std::optional<int>(m_duration->value()) : std::nullopt;
    const QString weight = m_bodyweight->text().trimmed();
    if (weight.isEmpty()) {
        s.bodyweight.reset();
    } else {
        const auto parsed = QuickEntry::parseLoad(weight, m_unit);
        if (!parsed) {
            *error = tr("Enter bodyweight as a number such as 82.5, or 180lb; got '%1'").arg(weight);
            return std::nullopt;
        }
        if (const auto problem = checkBodyweight(*parsed)) {
            *error = *problem;
            return std::nullopt;
        }
        s.bodyweight = parsed;
    }
    if (m_warmup->isChecked())
        s.warmupDone = true;
    else
        s.warmupDone = m_warmupWasNo ? std::optional<bool>(false) : std::nullopt;
    const double rpe = m_sessionRpe->value();
    s.sessionRpe = rpe >= 0.0 ? std::optional<double>(rpe) : std::nullopt;
    s.title = m_title->text().trimmed();
    s.notes = m_notes->toPlainText();
    return s;
}

} // namespace spotter
