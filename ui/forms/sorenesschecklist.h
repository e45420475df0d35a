// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"

#include <QMap>
#include <QWidget>

#include <optional>

class QBoxLayout;
class QCheckBox;
class QLabel;

namespace spotter {

/// The signs and red flags of the check-in. Only the questions that matter for the chosen region
/// are shown (checkinQuestions(): arm questions for the neck, shoulders and arms, joint
/// questions for joints, the headache and chest questions where they belong), so that plain
/// DOMS stays quick; "Show every question" shows the rest. A ticked box is never hidden, and the
/// triage reads every ticked box whatever the region.
class SorenessChecklist : public QWidget
{
    Q_OBJECT

public:
    explicit SorenessChecklist(QWidget *parent = nullptr);

    /// Shows the questions for @p region (all of them while none is chosen).
    void setRegion(std::optional<Region> region);

    [[nodiscard]] Signs signs() const;
    [[nodiscard]] RedFlags redFlags() const;
    /// Ticks exactly @p signs and @p flags (loading a report), without emitting changed().
    void setAnswers(Signs signs, RedFlags flags);

    [[nodiscard]] QCheckBox *signBox(Sign sign) const { return m_signs.value(sign); }
    [[nodiscard]] QCheckBox *redFlagBox(RedFlag flag) const { return m_redFlags.value(flag); }
    [[nodiscard]] QCheckBox *showAllBox() const { return m_showAll; }
    /// Whether @p box's row is shown (its question is asked).
    [[nodiscard]] bool isAsked(const QCheckBox *box) const;
    /// The boxes in the order Tab visits them (the hidden ones are skipped by Qt).
    [[nodiscard]] QList<QWidget *> focusOrder() const;

signals:
    void changed();

private:
    QWidget *buildSigns();
    QWidget *buildRedFlags();
    QCheckBox *addCheck(QBoxLayout *layout, const QString &text);
    void updateAsked();

    QMap<Sign, QCheckBox *> m_signs;
    QMap<RedFlag, QCheckBox *> m_redFlags;
    QList<QPair<QLabel *, QList<RedFlag>>> m_groups; ///< a group's title is shown with its flags
    QCheckBox *m_showAll;
    QLabel *m_moreQuestions;
    std::optional<Region> m_region;
    bool m_loading = false;
};

} // namespace spotter
