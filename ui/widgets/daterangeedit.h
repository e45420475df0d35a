// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDate>
#include <QWidget>

#include <optional>

class QCheckBox;
class QDateEdit;

namespace spotter {

/// "From [date] To [date]", each end optional (unchecked: no limit), for exports and reports.
class DateRangeEdit : public QWidget
{
    Q_OBJECT

public:
    explicit DateRangeEdit(QWidget *parent = nullptr);

    [[nodiscard]] std::optional<QDate> from() const;
    [[nodiscard]] std::optional<QDate> to() const;
    void setRange(std::optional<QDate> from, std::optional<QDate> to);

signals:
    void changed();

private:
    QCheckBox *m_fromOn;
    QDateEdit *m_from;
    QCheckBox *m_toOn;
    QDateEdit *m_to;
};

} // namespace spotter
