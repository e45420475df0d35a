// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "analysis/triage.h"
#include "model/enums.h"

#include <QStringList>
#include <QWidget>

#include <optional>

class QLabel;
class QVBoxLayout;

namespace spotter {

class TriageBanner;

/// The live result of the soreness triage: a banner with the class (icon, colour and words)
/// and, for "see a doctor", what to do in plain words; the "not medical advice" note; why
/// (every matched rule with its advice); tips; the region's alternatives while a watch or warning
/// stands; and the
/// red-flag checklist, with the flags the lifter ticked marked. It shows the engine's result
/// as it is: nothing here ever softens it.
class TriagePanel : public QWidget
{
    Q_OBJECT

public:
    explicit TriagePanel(QWidget *parent = nullptr);

    /// Shows @p result; @p ticked are the red flags ticked in the form.
    void showResult(const TriageResult &result, RedFlags ticked);
    /// No class yet: the form says too little (@p unanswered) or holds something it refuses
    /// (@p problems), and any class would be a guess. Says what is missing instead; the red-flag
    /// checklist stays, with @p ticked marked.
    void showPending(const QStringList &unanswered, const QStringList &problems, RedFlags ticked);
    /// True while showPending() is what is on screen.
    [[nodiscard]] bool isPending() const { return m_pending; }
    /// A problem that makes the result less reliable (the history could not be read); empty hides it.
    void setProblem(const QString &message);
    /// What the form has not answered yet ("how bad it is"); the banner says the result may
    /// still change. Empty when everything needed is answered.
    /// @p problems are what the form refuses, said before the questions.
    void setUnanswered(const QStringList &questions, const QStringList &problems = {});
    [[nodiscard]] QString unansweredText() const;

    [[nodiscard]] const std::optional<TriageResult> &result() const { return m_result; }
    /// The banner; its accessible name is what a screen reader announces.
    [[nodiscard]] QWidget *banner() const;
    [[nodiscard]] QString titleText() const; ///< "See a doctor (emergency)"; "No result yet" while pending
    [[nodiscard]] QString
    instructionText() const; ///< "Call your local emergency number now"; empty unless see-doctor
    [[nodiscard]] QString whyText() const; ///< every matched rule and its advice, one a line
    [[nodiscard]] QString tipsText() const;
    /// The alternatives, one a line; empty when they are not shown.
    [[nodiscard]] QString alternativesText() const;
    [[nodiscard]] QString checklistText() const; ///< heading and items
    [[nodiscard]] QString noteText() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void rebuild();
    void rebuildPending();
    void rebuildChecklist();
    QLabel *addHeading(QVBoxLayout *layout, const QString &text);
    static void clearLayout(QVBoxLayout *layout);

    TriageBanner *m_banner;
    QLabel *m_title;
    QLabel *m_instruction;
    QLabel *m_meaning;
    QLabel *m_unanswered;
    QLabel *m_icon;
    QLabel *m_note;
    QLabel *m_problem;
    QWidget *m_alternatives;
    QWidget *m_tips;
    QVBoxLayout *m_why;
    QVBoxLayout *m_tipList;
    QLabel *m_alternativeList;
    QLabel *m_checklistHeading;
    QLabel *m_looksLike = nullptr;
    QLabel *m_whyHeading = nullptr;
    QList<QPair<QLabel *, QLabel *>> m_checklistGroups; ///< heading and list, per urgency
    QStringList m_checklistLines;
    QStringList m_whyLines;
    QStringList m_tipLines;
    QStringList m_alternativeItems;
    std::optional<TriageResult> m_result;
    RedFlags m_ticked;
    bool m_pending = false;
    QString m_pendingText; ///< what the pending banner asks for
};

} // namespace spotter
