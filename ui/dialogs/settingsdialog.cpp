// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/settingsdialog.h"

#include "analysis/ruletable.h"
#include "commands/valuecommands.h"
#include "dialogs/taborder.h"
#include "models/rulesmodels.h"
#include "shell/appsettings.h"
#include "shell/workspace.h"
#include "store/athleterepository.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace spotter {

SettingsDialog::SettingsDialog(Workspace &workspace, QWidget *parent) : QDialog(parent), m_ws(workspace)
{
    setWindowTitle(tr("Settings"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(generalTab(), tr("&General"));
    tabs->addTab(rulesTab(), tr("&Rules and thresholds"));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setDefault(true);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(tabs);
    layout->addWidget(buttons);
    resize(980, 620);
}

QWidget *SettingsDialog::generalTab()
{
    auto *page = new QWidget(this);
    m_theme = new QComboBox(page);
    m_theme->addItem(tr("Follow the system"), static_cast<int>(ThemeChoice::System));
    m_theme->addItem(tr("Light"), static_cast<int>(ThemeChoice::Light));
    m_theme->addItem(tr("Dark"), static_cast<int>(ThemeChoice::Dark));
    m_theme->addItem(tr("High contrast, black on white"), static_cast<int>(ThemeChoice::HighContrast));
    m_theme->addItem(tr("High contrast, white on black"), static_cast<int>(ThemeChoice::HighContrastDark));
    m_theme->setCurrentIndex(m_theme->findData(static_cast<int>(AppSettings::instance().theme())));

    m_unit = new QComboBox(page);
    m_unit->addItem(tr("Kilograms (kg)"), static_cast<int>(WeightUnit::Kg));
    m_unit->addItem(tr("Pounds (lb)"), static_cast<int>(WeightUnit::Lb));
    const auto athlete = AthleteRepository(m_ws.database()).get(m_ws.currentAthleteId());
    m_unit->setEnabled(athlete.has_value());
    if (athlete)
        m_unit->setCurrentIndex(athlete->unit == WeightUnit::Lb ? 1 : 0);
    m_unit->setToolTip(tr("Weights are stored exactly whatever you choose; this only changes how they are "
                          "shown and typed."));

    m_rest = new QTimeEdit(page);
    m_rest->setDisplayFormat(QStringLiteral("m:ss"));
    m_rest->setTimeRange(QTime(0, 0), QTime(0, 59, 59));
    m_rest->setTime(QTime(0, 0).addSecs(AppSettings::instance().defaultRestSeconds()));
    m_rest->setToolTip(
        tr("The rest timer counts towards this. 3–5 min suits heavy sets, 1–2 min lighter ones."));

    m_backupDaily = new QSpinBox(page);
    m_backupDaily->setRange(1, 60);
    m_backupDaily->setValue(AppSettings::instance().backupDaily());
    m_backupDaily->setSuffix(tr(" days"));
    m_backupWeekly = new QSpinBox(page);
    m_backupWeekly->setRange(0, 52);
    m_backupWeekly->setValue(AppSettings::instance().backupWeekly());
    m_backupWeekly->setSuffix(tr(" weeks"));
    m_backupDaily->setToolTip(
        tr("A backup is taken the first time the database is opened each day; the newest "
           "of each of these last days is kept."));
    m_backupWeekly->setToolTip(tr("And the newest of each of these last weeks. File → Restore from backup… "
                                  "lists them."));

    m_error = new QLabel(page);
    m_error->setWordWrap(true);
    m_error->hide();

    auto *form = new QFormLayout(page);
    form->addRow(tr("&Theme:"), m_theme);
    form->addRow(athlete ? tr("&Units for %1:").arg(athlete->name) : tr("&Units:"), m_unit);
    form->addRow(tr("Default r&est:"), m_rest);
    form->addRow(tr("Keep &daily backups of:"), m_backupDaily);
    form->addRow(tr("Keep &weekly backups of:"), m_backupWeekly);
    form->addRow(m_error);
    return page;
}

QWidget *SettingsDialog::rulesTab()
{
    auto *page = new QWidget(this);
    auto *intro =
        new QLabel(tr("Spotter's triage and intensity rules with their thresholds and sources. These "
                      "are read-only; values marked \"product choice\" are Spotter's defaults where "
                      "no source gives a number. %1")
                       .arg(notMedicalAdvice()),
                   page);
    intro->setWordWrap(true);
    auto makeTable = [page](QAbstractItemModel *model) {
        auto *view = new QTableView(page);
        view->setModel(model);
        view->setWordWrap(true);
        view->setAlternatingRowColors(true);
        view->setSelectionBehavior(QAbstractItemView::SelectRows);
        view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys move in it
        view->verticalHeader()->hide();
        view->horizontalHeader()->setStretchLastSection(true);
        return view;
    };
    auto *rules = makeTable(new RulesModel(page));
    rules->setAccessibleName(tr("Rules"));
    rules->setColumnWidth(RulesModel::Id, 70);
    rules->setColumnWidth(RulesModel::Result, 190);
    rules->setColumnWidth(RulesModel::Condition, 300);
    rules->setColumnWidth(RulesModel::Advice, 260);
    rules->resizeRowsToContents();
    auto *thresholds = makeTable(new ThresholdsModel(page));
    thresholds->setAccessibleName(tr("Thresholds"));
    thresholds->setColumnWidth(ThresholdsModel::Rule, 70);
    thresholds->setColumnWidth(ThresholdsModel::Value, 90);
    thresholds->setColumnWidth(ThresholdsModel::Meaning, 520);
    auto *tabs = new QTabWidget(page);
    tabs->addTab(rules, tr("Rules"));
    tabs->addTab(thresholds, tr("Thresholds"));
    auto *full = new QPushButton(tr("Read the &full rules and sources…"), page);
    chainTabOrder({tabs, rules, thresholds, full}); // the tables are made before their tab bar
    connect(full, &QPushButton::clicked, this, [this] { showRulesDocument(this); });
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(intro);
    layout->addWidget(tabs, 1);
    layout->addWidget(full, 0, Qt::AlignLeft);
    return page;
}

void SettingsDialog::accept()
{
    AppSettings &settings = AppSettings::instance();
    settings.setTheme(static_cast<ThemeChoice>(m_theme->currentData().toInt()));
    settings.setDefaultRestSeconds(QTime(0, 0).secsTo(m_rest->time()));
    settings.setBackupRetention(m_backupDaily->value(), m_backupWeekly->value());
    if (const auto athlete = AthleteRepository(m_ws.database()).get(m_ws.currentAthleteId())) {
        Athlete changed = *athlete;
        changed.unit = static_cast<WeightUnit>(m_unit->currentData().toInt());
        if (changed.unit != athlete->unit) {
            if (const auto error =
                    m_ws.execute(new EditAthleteCommand(m_ws, *athlete, changed, tr("change units")))) {
                m_error->setText(*error);
                m_error->show();
                return;
            }
        }
    }
    QDialog::accept();
}

void showRulesDocument(QWidget *parent)
{
    auto *dialog = new QDialog(parent);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(
        QCoreApplication::translate("spotter::SettingsDialog", "Spotter's rules and sources"));
    auto *browser = new QTextBrowser(dialog);
    browser->setOpenExternalLinks(true);
    // Tab would first visit each of the hundred source links; the keyboard reads the text with
    // the caret and Tab moves on to Close. The addresses are in the text.
    browser->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse
                                     | Qt::LinksAccessibleByMouse);
    QFile doc(QStringLiteral(":/docs/rules.md"));
    if (doc.open(QIODevice::ReadOnly))
        browser->setMarkdown(QString::fromUtf8(doc.readAll()));
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, dialog);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes, as Escape does
    QObject::connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::close);
    auto *layout = new QVBoxLayout(dialog);
    layout->addWidget(browser);
    layout->addWidget(buttons);
    dialog->resize(900, 700);
    dialog->show();
}

} // namespace spotter
