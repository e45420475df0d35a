// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "forms/liftpicker.h"
#include "model/enums.h"
#include "model/sorenessreport.h"
#include "model/validation.h"

#include <QHash>
#include <QList>
#include <QMap>
#include <QWidget>

#include <optional>

class QAbstractButton;
class QBoxLayout;
class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QSlider;
class QSpinBox;

namespace spotter {

class BodyMap;
class IntensityInput;
class SorenessChecklist;

/// The soreness check-in form: session, region (body map and list), side, times, intensity,
/// character, trend, signs, red flags and notes. It only edits values; the page reads the
/// store, runs the triage and saves. Answers not given yet (region, intensity, character,
/// trend) stay unknown rather than defaulting to a benign value, so the live result can never
/// be milder than what was really answered.
class SorenessForm : public QWidget
{
    Q_OBJECT

public:
    /// A session the soreness can be attributed to, as the picker shows it.
    struct SessionChoice
    {
        qint64 id = 0;
        QString label; ///< "Tue 3 Nov 18:00 — Lower A"
    };
    /// A lift of the catalogue the lifter can name as the one before it.
    using LiftChoice = LiftPicker::Choice;

    explicit SorenessForm(QWidget *parent = nullptr);

    /// The sessions offered, newest first; "Not after a session" is always offered last. The
    /// chosen session is kept when it is still offered.
    void setSessions(const QList<SessionChoice> &sessions);
    [[nodiscard]] std::optional<qint64> sessionId() const;
    /// Chooses @p id (it must be offered) or "Not after a session".
    void setSessionId(std::optional<qint64> id);
    /// The lifts offered by name (the catalogue); "From the session" is always offered first.
    void setLifts(const QList<LiftChoice> &lifts);
    /// The athlete's health history in words, shown with a button to change it.
    void setHealthSummary(const QString &text);

    /// A new report: the newest session, noticed at @p now, still there, nothing else answered.
    void clear(const QDateTime &now);
    /// Shows @p report for editing.
    void load(const SorenessReport &report);
    /// The values as a report (id and athlete are left to the caller). Unanswered fields get
    /// the model's defaults here; region(), intensity() and character() tell them apart.
    [[nodiscard]] SorenessReport report() const;

    [[nodiscard]] std::optional<Region> region() const { return m_region; }
    [[nodiscard]] std::optional<int> intensity() const;
    [[nodiscard]] std::optional<Character> character() const;

    /// Problems of the form's own (unanswered fields) plus validate(report(), now).
    [[nodiscard]] ValidationIssues issues(const QDateTime &now) const;
    /// Shows each issue next to its field; fields without a place go to the general line.
    void showIssues(const ValidationIssues &issues);
    void clearIssues();

    // The fields, for the page's tab order and for tests.
    [[nodiscard]] QComboBox *sessionCombo() const { return m_session; }
    [[nodiscard]] BodyMap *bodyMap() const { return m_map; }
    [[nodiscard]] QComboBox *regionCombo() const { return m_regionCombo; }
    [[nodiscard]] QComboBox *sideCombo() const { return m_side; }
    [[nodiscard]] QDateTimeEdit *noticedEdit() const { return m_noticed; }
    [[nodiscard]] QCheckBox *stillThereBox() const { return m_stillThere; }
    [[nodiscard]] QDateTimeEdit *goneSinceEdit() const { return m_goneSince; }
    [[nodiscard]] QSlider *intensitySlider() const;
    [[nodiscard]] QSpinBox *intensitySpin() const;
    [[nodiscard]] QComboBox *characterCombo() const { return m_character; }
    [[nodiscard]] QComboBox *trendCombo() const { return m_trend; }
    [[nodiscard]] QComboBox *liftCombo() const { return m_lift->combo(); }
    [[nodiscard]] QCheckBox *oneSidedBox() const { return m_lift->oneSidedBox(); }
    [[nodiscard]] QCheckBox *signBox(Sign sign) const;
    [[nodiscard]] QCheckBox *redFlagBox(RedFlag flag) const;
    [[nodiscard]] SorenessChecklist *checklist() const { return m_checklist; }
    [[nodiscard]] QAbstractButton *healthButton() const;
    [[nodiscard]] QString healthSummary() const;
    [[nodiscard]] QPlainTextEdit *notesEdit() const { return m_notes; }
    /// The error shown next to @p field ("region", "noticed", ...); empty when none.
    [[nodiscard]] QString issueText(const QString &field) const;

signals:
    /// Any value changed (by the user or by load()/clear()).
    void changed();
    /// The attributed session changed: the page reads that session's history again.
    void sessionChanged();
    /// The lifter wants to change the health history (the page edits the athlete).
    void healthEditRequested();

private:
    QWidget *buildWhere();
    QWidget *buildWhen();
    QWidget *buildFeel();
    QLayout *buildHealth();
    QLabel *addIssueLabel(QLayout *layout, const QString &field);
    void setRegion(std::optional<Region> region);
    void updateGoneSince();

    QComboBox *m_session;
    BodyMap *m_map;
    QComboBox *m_regionCombo;
    QComboBox *m_side;
    QDateTimeEdit *m_noticed;
    QCheckBox *m_stillThere;
    QDateTimeEdit *m_goneSince;
    IntensityInput *m_intensity;
    QComboBox *m_character;
    QComboBox *m_trend;
    LiftPicker *m_lift;
    SorenessChecklist *m_checklist;
    QLabel *m_health;
    QAbstractButton *m_healthButton = nullptr;
    QPlainTextEdit *m_notes;
    QHash<QString, QLabel *> m_issueLabels; ///< by field key; "" is the general line
    std::optional<Region> m_region;
    bool m_loading = false; ///< load()/clear() emit changed() once, at the end
};

} // namespace spotter
