// SPDX-License-Identifier: GPL-3.0-or-later
#include "forms/sorenessform.h"

#include "forms/liftpicker.h"
#include "forms/sorenesschecklist.h"
#include "model/session.h"
#include "shell/themecolors.h"
#include "widgets/bodymap.h"
#include "widgets/intensityinput.h"

#include <QAbstractButton>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSlider>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spotter {

namespace {

constexpr int kUnknownTrend = -1;

} // namespace

SorenessForm::SorenessForm(QWidget *parent)
    : QWidget(parent)
    , m_session(new QComboBox(this))
    , m_map(new BodyMap(this))
    , m_regionCombo(new QComboBox(this))
    , m_side(new QComboBox(this))
    , m_noticed(new QDateTimeEdit(this))
    , m_stillThere(new QCheckBox(tr("Still &present"), this))
    , m_goneSince(new QDateTimeEdit(this))
    , m_intensity(new IntensityInput(this))
    , m_character(new QComboBox(this))
    , m_trend(new QComboBox(this))
    , m_lift(new LiftPicker(this))
    , m_checklist(new SorenessChecklist(this))
    , m_health(new QLabel(this))
    , m_notes(new QPlainTextEdit(this))
{
    m_session->setAccessibleName(tr("Session"));
    m_session->setToolTip(tr("The session you think caused it; the timing after it matters"));
    m_session->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_session->setMinimumContentsLength(24);
    // Long names (in a longer language, issue 16) show in the list, not as a wider form.
    for (QComboBox *combo : {m_regionCombo, m_side, m_character, m_trend}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }
    auto *sessionLabel = new QLabel(tr("After &which session:"), this);
    sessionLabel->setBuddy(m_session);
    auto *sessionRow = new QHBoxLayout;
    sessionRow->addWidget(sessionLabel);
    sessionRow->addWidget(m_session, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(sessionRow);
    layout->addLayout(buildHealth());
    layout->addWidget(buildWhere());
    layout->addWidget(buildWhen());
    layout->addWidget(buildFeel());
    layout->addWidget(m_checklist);

    auto *notesBox = new QGroupBox(tr("Notes"), this);
    auto *notesLayout = new QVBoxLayout(notesBox);
    auto *notesLabel = new QLabel(tr("Yo&ur notes (optional):"), notesBox);
    notesLabel->setBuddy(m_notes);
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(m_notes->fontMetrics().lineSpacing() * 3 + 12);
    notesLayout->addWidget(notesLabel);
    notesLayout->addWidget(m_notes);
    addIssueLabel(notesLayout, QStringLiteral("notes"));
    layout->addWidget(notesBox);
    addIssueLabel(layout, QString());
    layout->addStretch();

    connect(m_session, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading) {
            emit sessionChanged();
            emit changed();
        }
    });
    auto emitChanged = [this] {
        if (!m_loading)
            emit changed();
    };
    for (QComboBox *combo : {m_side, m_character, m_trend})
        connect(combo, &QComboBox::currentIndexChanged, this, emitChanged);
    connect(m_lift, &LiftPicker::changed, this, emitChanged);
    connect(m_checklist, &SorenessChecklist::changed, this, emitChanged);
    for (QDateTimeEdit *edit : {m_noticed, m_goneSince})
        connect(edit, &QDateTimeEdit::dateTimeChanged, this, emitChanged);
    connect(m_stillThere, &QCheckBox::toggled, this, [this, emitChanged] {
        updateGoneSince();
        emitChanged();
    });
    connect(m_intensity, &IntensityInput::valueChanged, this, emitChanged);
    connect(m_notes, &QPlainTextEdit::textChanged, this, emitChanged);

    // Tab follows the page from top to bottom, through every region of the map.
    QList<QWidget *> order{m_session, m_healthButton};
    for (Region r : BodyMap::mapRegions())
        order.append(m_map->regionButton(r));
    order.append({m_regionCombo, m_side, m_lift->combo(), m_lift->oneSidedBox(), m_noticed, m_stillThere,
                  m_goneSince, m_intensity->slider(), m_intensity->spinBox(), m_character, m_trend});
    order.append(m_checklist->focusOrder());
    order.append(m_notes);
    for (qsizetype i = 0; i + 1 < order.size(); ++i)
        QWidget::setTabOrder(order.at(i), order.at(i + 1));
}

QWidget *SorenessForm::buildWhere()
{
    auto *box = new QGroupBox(tr("Where is it sore?"), this);
    m_regionCombo->setPlaceholderText(tr("Choose…"));
    // Head to toe, as the map's keyboard order, then "Other".
    for (Region r : BodyMap::mapRegions() + QList<Region>{Region::Other})
        m_regionCombo->addItem(displayName(r), static_cast<int>(r));
    m_regionCombo->setAccessibleName(tr("Region"));
    m_regionCombo->setToolTip(tr("The same choice as the body map, as a list"));
    m_side->setAccessibleName(tr("Side"));
    m_side->setToolTip(tr("Soreness on one side only after a two-sided lift can point to a strain"));
    for (Side s : allValues(kSideKeys))
        m_side->addItem(displayName(s), static_cast<int>(s));

    auto *regionLabel = new QLabel(tr("&Region:"), box);
    regionLabel->setBuddy(m_regionCombo);
    auto *sideLabel = new QLabel(tr("S&ide:"), box);
    sideLabel->setBuddy(m_side);
    auto *hint = new QLabel(tr("Click the body map, or pick from the list. Not on the map? Choose "
                               "“Other”."),
                            box);
    hint->setWordWrap(true);
    auto *fields = new QVBoxLayout;
    fields->addWidget(regionLabel);
    fields->addWidget(m_regionCombo);
    addIssueLabel(fields, QStringLiteral("region"));
    fields->addWidget(sideLabel);
    fields->addWidget(m_side);
    fields->addWidget(m_lift);
    addIssueLabel(fields, QStringLiteral("lift"));
    fields->addSpacing(8);
    fields->addWidget(hint);
    fields->addStretch();

    auto *row = new QHBoxLayout(box);
    // The map draws at the scale its height allows, so width beyond its size hint is wasted on
    // it: the fields take the rest, and the one-sided-lift check box wraps only when it must.
    row->addWidget(m_map);
    row->addLayout(fields, 1);

    connect(m_map, &BodyMap::regionSelected, this, [this](Region r) { setRegion(r); });
    connect(m_regionCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        if (index >= 0)
            setRegion(static_cast<Region>(m_regionCombo->itemData(index).toInt()));
    });
    return box;
}

QWidget *SorenessForm::buildWhen()
{
    auto *box = new QGroupBox(tr("When?"), this);
    auto *form = new QFormLayout(box);
    for (QDateTimeEdit *edit : {m_noticed, m_goneSince}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("ddd d MMM yyyy  HH:mm"));
    }
    m_noticed->setAccessibleName(tr("Noticed"));
    m_noticed->setToolTip(tr("When you first noticed it; the hours after the session matter"));
    m_goneSince->setAccessibleName(tr("Gone since"));
    m_goneSince->setToolTip(tr("When it stopped hurting"));
    m_stillThere->setToolTip(tr("Untick when it has gone, and say since when"));
    auto *noticedLabel = new QLabel(tr("N&oticed:"), box);
    noticedLabel->setBuddy(m_noticed);
    auto *goneLabel = new QLabel(tr("&Gone since:"), box);
    goneLabel->setBuddy(m_goneSince);
    form->addRow(noticedLabel, m_noticed);
    form->addRow(QString(), m_stillThere);
    form->addRow(goneLabel, m_goneSince);
    auto *issues = new QVBoxLayout;
    addIssueLabel(issues, QStringLiteral("noticed"));
    addIssueLabel(issues, QStringLiteral("resolved"));
    form->addRow(issues);
    return box;
}

QWidget *SorenessForm::buildFeel()
{
    auto *box = new QGroupBox(tr("How does it feel?"), this);
    auto *form = new QFormLayout(box);

    auto *intensity = new QVBoxLayout;
    intensity->setSpacing(2);
    intensity->addWidget(m_intensity);
    addIssueLabel(intensity, QStringLiteral("intensity"));
    auto *intensityLabel = new QLabel(tr("How &bad:"), box);
    intensityLabel->setBuddy(m_intensity->slider());
    form->addRow(intensityLabel, intensity);

    m_character->setPlaceholderText(tr("Choose…"));
    for (Character c : allValues(kCharacterKeys))
        m_character->addItem(displayName(c), static_cast<int>(c));
    m_character->setAccessibleName(tr("What it feels like"));
    m_character->setToolTip(tr("Dull, aching, tight or stiff is typical of training soreness; sharp, "
                               "stabbing, shooting or burning is not"));
    auto *characterLabel = new QLabel(tr("&Character:"), box);
    characterLabel->setBuddy(m_character);
    auto *character = new QVBoxLayout;
    character->addWidget(m_character);
    addIssueLabel(character, QStringLiteral("character"));
    form->addRow(characterLabel, character);

    m_trend->addItem(tr("Not sure"), kUnknownTrend);
    for (Trend t : allValues(kTrendKeys))
        m_trend->addItem(displayName(t), static_cast<int>(t));
    m_trend->setAccessibleName(tr("Trend"));
    m_trend->setToolTip(tr("Compared with yesterday"));
    auto *trendLabel = new QLabel(tr("Tren&d:"), box);
    trendLabel->setBuddy(m_trend);
    form->addRow(trendLabel, m_trend);

    return box;
}

QLayout *SorenessForm::buildHealth()
{
    // The health history is the athlete's record; it is shown here because it changes the answer
    // (SR-06, SR-07, SR-33 to SR-37), and changed in the athlete's dialog.
    m_health->setWordWrap(true);
    m_health->setTextFormat(Qt::PlainText);
    auto *button = new QPushButton(tr("&Health history…"), this);
    button->setToolTip(tr("Long-term steroids, osteoporosis, cancer, a weakened immune system: they change "
                          "what Spotter says"));
    connect(button, &QPushButton::clicked, this, &SorenessForm::healthEditRequested);
    m_healthButton = button;
    auto *row = new QHBoxLayout;
    row->addWidget(m_health, 1);
    row->addWidget(button, 0, Qt::AlignTop);
    return row;
}

void SorenessForm::setHealthSummary(const QString &text)
{
    m_health->setText(text);
}

QString SorenessForm::healthSummary() const
{
    return m_health->text();
}

QAbstractButton *SorenessForm::healthButton() const
{
    return m_healthButton;
}

QCheckBox *SorenessForm::signBox(Sign sign) const
{
    return m_checklist->signBox(sign);
}

QCheckBox *SorenessForm::redFlagBox(RedFlag flag) const
{
    return m_checklist->redFlagBox(flag);
}

void SorenessForm::setLifts(const QList<LiftChoice> &lifts)
{
    m_lift->setLifts(lifts);
}

QLabel *SorenessForm::addIssueLabel(QLayout *layout, const QString &field)
{
    auto *label = new QLabel(this);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setObjectName(QStringLiteral("issue-") + (field.isEmpty() ? QStringLiteral("general") : field));
    label->hide();
    layout->addWidget(label);
    m_issueLabels.insert(field, label);
    return label;
}

void SorenessForm::setSessions(const QList<SessionChoice> &sessions)
{
    const std::optional<qint64> current = sessionId();
    const bool hadChoice = m_session->count() > 0;
    {
        const QSignalBlocker block(m_session);
        m_session->clear();
        for (const SessionChoice &s : sessions)
            m_session->addItem(s.label, s.id);
        m_session->addItem(tr("Not after a session"), qint64(0));
        const int index = hadChoice ? m_session->findData(current.value_or(0)) : 0;
        m_session->setCurrentIndex(std::max(0, index));
    }
    if (hadChoice && sessionId() != current && !m_loading) {
        emit sessionChanged();
        emit changed();
    }
}

std::optional<qint64> SorenessForm::sessionId() const
{
    const qint64 id = m_session->currentData().toLongLong();
    return id > 0 ? std::optional<qint64>(id) : std::nullopt;
}

void SorenessForm::setSessionId(std::optional<qint64> id)
{
    m_session->setCurrentIndex(std::max(0, m_session->findData(id.value_or(0))));
}

void SorenessForm::setRegion(std::optional<Region> region)
{
    const bool same = region == m_region;
    m_region = region;
    m_map->setRegion(region);
    m_regionCombo->setCurrentIndex(region ? m_regionCombo->findData(static_cast<int>(*region)) : -1);
    m_checklist->setRegion(region);
    if (!same && !m_loading)
        emit changed();
}

std::optional<int> SorenessForm::intensity() const
{
    return m_intensity->value();
}

QSlider *SorenessForm::intensitySlider() const
{
    return m_intensity->slider();
}

QSpinBox *SorenessForm::intensitySpin() const
{
    return m_intensity->spinBox();
}

std::optional<Character> SorenessForm::character() const
{
    if (m_character->currentIndex() < 0)
        return std::nullopt;
    return static_cast<Character>(m_character->currentData().toInt());
}

void SorenessForm::updateGoneSince()
{
    m_goneSince->setEnabled(!m_stillThere->isChecked());
}

void SorenessForm::clear(const QDateTime &now)
{
    m_loading = true;
    if (m_session->count() > 0)
        m_session->setCurrentIndex(0);
    setRegion(std::nullopt);
    m_side->setCurrentIndex(m_side->findData(static_cast<int>(Side::Both)));
    m_noticed->setDateTime(now.toLocalTime());
    m_goneSince->setDateTime(now.toLocalTime());
    m_stillThere->setChecked(true);
    m_intensity->setValue(std::nullopt);
    m_character->setCurrentIndex(-1);
    m_trend->setCurrentIndex(m_trend->findData(kUnknownTrend));
    m_lift->setAnswer(QString(), false);
    m_checklist->setAnswers({}, {});
    m_notes->clear();
    updateGoneSince();
    clearIssues();
    m_loading = false;
    emit sessionChanged();
    emit changed();
}

void SorenessForm::load(const SorenessReport &report)
{
    m_loading = true;
    setSessionId(report.sessionId);
    setRegion(report.region);
    m_side->setCurrentIndex(m_side->findData(static_cast<int>(report.side)));
    m_noticed->setDateTime(report.noticedAt.toLocalTime());
    m_stillThere->setChecked(!report.resolvedAt);
    m_goneSince->setDateTime(report.resolvedAt.value_or(report.noticedAt).toLocalTime());
    m_intensity->setValue(report.intensity);
    m_character->setCurrentIndex(m_character->findData(static_cast<int>(report.character)));
    m_trend->setCurrentIndex(
        m_trend->findData(report.trend ? static_cast<int>(*report.trend) : kUnknownTrend));
    m_lift->setAnswer(report.lift, report.oneSided);
    m_checklist->setAnswers(report.signs, report.redFlags);
    m_notes->setPlainText(report.notes);
    updateGoneSince();
    clearIssues();
    m_loading = false;
    emit sessionChanged();
    emit changed();
}

SorenessReport SorenessForm::report() const
{
    SorenessReport r;
    r.sessionId = sessionId();
    r.region = m_region.value_or(Region::Other);
    r.side = static_cast<Side>(m_side->currentData().toInt());
    r.noticedAt = withLocalOffset(m_noticed->dateTime());
    if (!m_stillThere->isChecked())
        r.resolvedAt = withLocalOffset(m_goneSince->dateTime());
    r.intensity = intensity().value_or(0);
    r.character = character().value_or(Character::Ache);
    const int trend = m_trend->currentData().toInt();
    if (trend != kUnknownTrend)
        r.trend = static_cast<Trend>(trend);
    r.signs = m_checklist->signs();
    r.redFlags = m_checklist->redFlags();
    r.lift = m_lift->lift();
    r.oneSided = m_lift->oneSided();
    r.notes = m_notes->toPlainText();
    return r;
}

ValidationIssues SorenessForm::issues(const QDateTime &now) const
{
    ValidationIssues out;
    if (!m_region)
        out.append({QStringLiteral("region"),
                    tr("Choose where it is sore: on the body map or in the list (“Other” if it is not "
                       "there)")});
    if (!intensity())
        out.append({QStringLiteral("intensity"), tr("Rate how bad it is, from 0 (none) to 10")});
    if (!character())
        out.append({QStringLiteral("character"), tr("Choose what it feels like")});
    out.append(validate(report(), now, TimeText::Locale));
    return out;
}

void SorenessForm::showIssues(const ValidationIssues &issues)
{
    clearIssues();
    QHash<QString, QStringList> byField;
    for (const ValidationIssue &issue : issues)
        byField[m_issueLabels.contains(issue.field) ? issue.field : QString()].append(issue.message);
    for (auto it = byField.cbegin(); it != byField.cend(); ++it) {
        QLabel *label = m_issueLabels.value(it.key());
        ThemeColors::setTone(label, ThemeColors::Tone::Error);
        label->setText(it.value().join(u'\n'));
        label->setAccessibleName(tr("Error: %1").arg(label->text()));
        label->show();
    }
}

void SorenessForm::clearIssues()
{
    for (QLabel *label : std::as_const(m_issueLabels)) {
        label->clear();
        label->hide();
    }
}

QString SorenessForm::issueText(const QString &field) const
{
    const QLabel *label = m_issueLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

} // namespace spotter
