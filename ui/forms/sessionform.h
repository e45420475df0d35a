// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/enums.h"
#include "model/session.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QDateTimeEdit;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace spotter {

/// The session's header fields: when, how long, bodyweight, warm-up, session RPE, title and
/// notes. Enter moves to the next field; a field is committed (edited()) when it is left.
class SessionForm : public QWidget
{
    Q_OBJECT

public:
    explicit SessionForm(QWidget *parent = nullptr);

    /// Shows @p session's header, bodyweight in @p unit. Fields that already show the value are
    /// left alone, so a field being typed in keeps its cursor.
    void setSession(const Session &session, WeightUnit unit);
    /// @p base with the header fields as typed, or nullopt with @p error set.
    [[nodiscard]] std::optional<Session> read(const Session &base, QString *error) const;

    [[nodiscard]] QDateTimeEdit *startEdit() const { return m_start; }
    [[nodiscard]] QSpinBox *durationEdit() const { return m_duration; }
    [[nodiscard]] QLineEdit *bodyweightEdit() const { return m_bodyweight; }
    [[nodiscard]] QCheckBox *warmupBox() const { return m_warmup; }
    [[nodiscard]] QDoubleSpinBox *sessionRpeEdit() const { return m_sessionRpe; }
    [[nodiscard]] QLineEdit *titleEdit() const { return m_title; }
    [[nodiscard]] QPlainTextEdit *notesEdit() const { return m_notes; }
    /// The first and last fields in tab order.
    [[nodiscard]] QWidget *firstField() const;
    [[nodiscard]] QWidget *lastField() const;

signals:
    /// A field was committed; read() has the new header.
    void edited();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QDateTimeEdit *m_start;
    QSpinBox *m_duration;
    QLineEdit *m_bodyweight;
    QLabel *m_bodyweightLabel;
    QCheckBox *m_warmup;
    QDoubleSpinBox *m_sessionRpe;
    QLineEdit *m_title;
    QPlainTextEdit *m_notes;
    WeightUnit m_unit = WeightUnit::Kg;
    /// The stored answer was "no warm-up": an unticked box keeps it rather than making it unknown.
    bool m_warmupWasNo = false;
};

} // namespace spotter
