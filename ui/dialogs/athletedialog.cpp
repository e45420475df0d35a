// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/athletedialog.h"

#include "commands/valuecommands.h"
#include "dialogs/taborder.h"
#include "model/clock.h"
#include "model/validation.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace spotter {

AthleteDialog::AthleteDialog(const Athlete &athlete, QWidget *parent)
    : QDialog(parent)
    , m_original(athlete)
    , m_name(new QLineEdit(athlete.name, this))
    , m_unit(new QComboBox(this))
    , m_birthYear(new QSpinBox(this))
    , m_notes(new QPlainTextEdit(athlete.notes, this))
    , m_backInjury(new QCheckBox(tr("I have had a &back injury before"), this))
    , m_steroids(new QCheckBox(tr("I take long-term &steroids or have osteoporosis"), this))
    , m_cancer(new QCheckBox(tr("I have a history of &cancer"), this))
    , m_immunosuppressed(new QCheckBox(tr("My &immune system is weakened (medicines or illness), I had a "
                                          "serious infection recently, or I inject drugs"),
                                       this))
    , m_error(new QLabel(this))
{
    setWindowTitle(athlete.id > 0 ? tr("Edit athlete") : tr("New athlete"));
    m_name->setPlaceholderText(tr("Name (each athlete needs a different one)"));
    m_unit->addItem(tr("Kilograms (kg)"), QVariant::fromValue(static_cast<int>(WeightUnit::Kg)));
    m_unit->addItem(tr("Pounds (lb)"), QVariant::fromValue(static_cast<int>(WeightUnit::Lb)));
    m_unit->setCurrentIndex(athlete.unit == WeightUnit::Lb ? 1 : 0);
    m_birthYear->setRange(limits::kMinBirthYear - 1, Clock::today().year());
    m_birthYear->setSpecialValueText(tr("Not given"));
    m_birthYear->setValue(athlete.birthYear.value_or(limits::kMinBirthYear - 1));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(fontMetrics().lineSpacing() * 4);
    m_backInjury->setChecked(athlete.health.priorBackInjury);
    m_steroids->setChecked(athlete.health.steroidsOrOsteoporosis);
    m_cancer->setChecked(athlete.health.cancerHistory);
    m_immunosuppressed->setChecked(athlete.health.immunosuppressed);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Units:"), m_unit);
    form->addRow(tr("Birth &year:"), m_birthYear);
    form->addRow(tr("N&otes:"), m_notes);

    auto *health = new QGroupBox(tr("Health history (used to judge soreness more carefully)"), this);
    auto *healthLayout = new QVBoxLayout(health);
    healthLayout->addWidget(m_backInjury);
    healthLayout->addWidget(m_steroids);
    healthLayout->addWidget(m_cancer);
    healthLayout->addWidget(m_immunosuppressed);

    m_error->setTextFormat(Qt::PlainText); // messages quote names, which are never markup
    m_error->setWordWrap(true);
    ThemeColors::setTone(m_error, ThemeColors::Tone::Error);
    m_error->hide();

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(athlete.id > 0 ? tr("Save") : tr("Add athlete"));
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    chainTabOrder(
        {m_name, m_unit, m_birthYear, m_notes, m_backInjury, m_steroids, m_cancer, m_immunosuppressed});
    connect(buttons, &QDialogButtonBox::accepted, this, &AthleteDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AthleteDialog::reject);

    // An error is about what was given: once the input changes it is checked again, and a
    // message about a name that is no longer there (a duplicate) goes.
    const auto recheck = [this] {
        if (!m_error->isHidden())
            showError(joinMessages(validate(this->athlete(), Clock::today().year())));
    };
    connect(m_name, &QLineEdit::textChanged, this, recheck);
    connect(m_unit, &QComboBox::currentIndexChanged, this, recheck);
    connect(m_birthYear, &QSpinBox::valueChanged, this, recheck);
    connect(m_notes, &QPlainTextEdit::textChanged, this, recheck);
    for (QCheckBox *box : {m_backInjury, m_steroids, m_cancer, m_immunosuppressed})
        connect(box, &QCheckBox::toggled, this, recheck);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(health);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(440);
}

Athlete AthleteDialog::athlete() const
{
    Athlete a = m_original;
    a.name = m_name->text().trimmed();
    a.unit = m_unit->currentIndex() == 1 ? WeightUnit::Lb : WeightUnit::Kg;
    a.birthYear = m_birthYear->value() >= limits::kMinBirthYear ? std::optional<int>(m_birthYear->value())
                                                                : std::nullopt;
    a.notes = m_notes->toPlainText();
    a.health = {m_backInjury->isChecked(), m_steroids->isChecked(), m_cancer->isChecked(),
                m_immunosuppressed->isChecked()};
    return a;
}

void AthleteDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->setVisible(!message.isEmpty());
}

QString AthleteDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AthleteDialog::accept()
{
    const auto issues = validate(athlete(), Clock::today().year());
    if (!issues.isEmpty()) {
        showError(joinMessages(issues));
        m_name->setFocus();
        return;
    }
    QDialog::accept();
}

bool AthleteDialog::editStored(Workspace &workspace, qint64 athleteId, const QString &undoText,
                               QWidget *parent)
{
    const auto athlete = AthleteRepository(workspace.database()).get(athleteId);
    if (!athlete)
        return false;
    AthleteDialog dialog(*athlete, parent);
    while (dialog.exec() == QDialog::Accepted) {
        if (const auto error =
                workspace.execute(new EditAthleteCommand(workspace, *athlete, dialog.athlete(), undoText))) {
            dialog.showError(*error);
            continue;
        }
        return true;
    }
    return false;
}

} // namespace spotter
