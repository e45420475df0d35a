// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/platesdialog.h"

#include "analysis/plates.h"
#include "commands/routinecommands.h"
#include "dialogs/taborder.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"
#include "store/platerepository.h"
#include "store/storeerror.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace spotter {

PlatesDialog::PlatesDialog(Workspace &workspace, qint64 athleteId, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_athleteId(athleteId)
    , m_unit(new QComboBox(this))
    , m_bar(new QDoubleSpinBox(this))
    , m_collar(new QDoubleSpinBox(this))
    , m_plates(new QLineEdit(this))
    , m_preview(new QLabel(this))
    , m_error(new QLabel(this))
{
    PlateSet shown;
    try {
        const auto athlete = AthleteRepository(m_ws.database()).get(athleteId);
        setWindowTitle(tr("Plates of %1").arg(athlete ? athlete->name : QString()));
        m_stored = PlateRepository(m_ws.database()).get(athleteId);
        shown = m_stored.value_or(PlateSet::defaults(athlete ? athlete->unit : WeightUnit::Kg));
    } catch (const StoreError &e) {
        m_error->setText(e.message());
    }
    for (WeightUnit u : {WeightUnit::Kg, WeightUnit::Lb})
        m_unit->addItem(displayName(u), static_cast<int>(u));
    for (QDoubleSpinBox *box : {m_bar, m_collar}) {
        box->setDecimals(3);
        box->setRange(0.0, 1000.0);
        box->setSingleStep(0.5);
    }
    m_collar->setMaximum(50.0);
    m_plates->setPlaceholderText(QStringLiteral("25x8 20x4 15x2 10x2 5x2 2.5x2 1.25x2"));
    m_plates->setToolTip(tr("Each plate size and how many there are in all (both sides), heaviest first: "
                            "25x8 20x4 …"));
    m_preview->setWordWrap(true);
    ThemeColors::setTone(m_preview, ThemeColors::Tone::Hint);
    m_error->setWordWrap(true);
    m_error->setTextFormat(Qt::PlainText);

    auto *form = new QFormLayout;
    form->addRow(tr("&Unit"), m_unit);
    form->addRow(tr("&Bar"), m_bar);
    form->addRow(tr("&Collar (each)"), m_collar);
    form->addRow(tr("&Plates"), m_plates);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    QPushButton *reset = buttons->addButton(tr("&Gym defaults"), QDialogButtonBox::ResetRole);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_preview);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    buttons->button(QDialogButtonBox::Save)->setDefault(true);
    chainTabOrder({m_unit, m_bar, m_collar, m_plates});
    connect(buttons, &QDialogButtonBox::accepted, this, &PlatesDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(reset, &QPushButton::clicked, this, [this] {
        showPlates(PlateSet::defaults(static_cast<WeightUnit>(m_unit->currentData().toInt())));
    });
    connect(m_unit, &QComboBox::currentIndexChanged, this, &PlatesDialog::updatePreview);
    connect(m_bar, &QDoubleSpinBox::valueChanged, this, &PlatesDialog::updatePreview);
    connect(m_collar, &QDoubleSpinBox::valueChanged, this, &PlatesDialog::updatePreview);
    connect(m_plates, &QLineEdit::textChanged, this, &PlatesDialog::updatePreview);
    showPlates(shown);
}

void PlatesDialog::showPlates(const PlateSet &set)
{
    m_unit->setCurrentIndex(m_unit->findData(static_cast<int>(set.unit)));
    m_bar->setValue(set.bar);
    m_collar->setValue(set.collar);
    m_plates->setText(set.platesText());
    updatePreview();
}

std::optional<PlateSet> PlatesDialog::plates(QString *error) const
{
    PlateSet set;
    set.unit = static_cast<WeightUnit>(m_unit->currentData().toInt());
    set.bar = m_bar->value();
    set.collar = m_collar->value();
    QString why;
    const auto stock = PlateSet::parsePlates(m_plates->text(), &why);
    if (!stock) {
        if (error)
            *error = why;
        return std::nullopt;
    }
    set.plates = *stock;
    if (const QStringList issues = validate(set); !issues.isEmpty()) {
        if (error)
            *error = issues.join(u' ');
        return std::nullopt;
    }
    return set;
}

QString PlatesDialog::previewText() const
{
    return m_preview->text();
}

void PlatesDialog::updatePreview()
{
    QString error;
    const auto set = plates(&error);
    m_error->setText(error);
    if (!set) {
        m_preview->clear();
        return;
    }
    // Two everyday loads say more than a description of the rack.
    const QList<double> samples =
        set->unit == WeightUnit::Kg ? QList<double>{100.0, 142.5} : QList<double>{225.0, 315.0};
    QStringList lines;
    for (double value : samples) {
        const Weight w = Weight::from(value, set->unit);
        lines.append(tr("%1: %2").arg(w.format(set->unit), describeLoadout(loadPlates(w, *set), *set)));
    }
    m_preview->setText(lines.join(u'\n'));
}

std::optional<QString> PlatesDialog::save()
{
    QString error;
    const auto set = plates(&error);
    if (!set) {
        m_error->setText(error);
        return error;
    }
    if (m_stored == set)
        return std::nullopt;
    if (auto refused = m_ws.execute(new EditPlatesCommand(m_ws, m_athleteId, m_stored, set))) {
        m_error->setText(*refused);
        return refused;
    }
    m_stored = set;
    return std::nullopt;
}

void PlatesDialog::accept()
{
    if (!save())
        QDialog::accept();
}

} // namespace spotter
