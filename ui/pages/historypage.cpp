// SPDX-License-Identifier: GPL-3.0-or-later
#include "pages/historypage.h"

#include "commands/sessioncommands.h"
#include "model/clock.h"
#include "models/historymodel.h"
#include "shell/appclock.h"
#include "shell/changenotifier.h"
#include "shell/desktopdatabase.h"
#include "shell/prompt.h"
#include "shell/workspace.h"
#include "widgets/badges.h"
#include "widgets/elidedtooltips.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace spotter {

namespace {
enum Range { AllTime, Last4Weeks, Last12Weeks, LastYear, Custom };
}

HistoryPage::HistoryPage(Workspace &workspace, QWidget *parent)
    : QWidget(parent)
    , m_ws(workspace)
    , m_model(new HistoryModel(workspace, this))
    , m_view(new QTableView(this))
    , m_range(new QComboBox(this))
    , m_from(new QDateEdit(Clock::today().addDays(-28), this))
    , m_to(new QDateEdit(Clock::today(), this))
    , m_exercise(new QComboBox(this))
    , m_class(new QComboBox(this))

    , m_search(new QLineEdit(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_delete(new QPushButton(tr("&Delete"), this))
    , m_empty(new QLabel(this))
{
    m_range->addItems(
        {tr("All time"), tr("Last 4 weeks"), tr("Last 12 weeks"), tr("Last year"), tr("Custom range")});
    m_range->setAccessibleName(tr("Date range"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        d->setEnabled(false);
    }
    m_from->setAccessibleName(tr("From"));
    m_to->setAccessibleName(tr("To"));
    m_exercise->setAccessibleName(tr("Exercise"));
    m_exercise->setMinimumContentsLength(16);
    m_exercise->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_class->addItem(tr("Any class"), AnyClass);
    m_class->addItem(badgeFor(IntensityClass::Training).icon, tr("Training"), TrainingOnly);
    m_class->addItem(badgeFor(IntensityClass::Hard).icon, tr("Hard"), HardOnly);
    m_class->addItem(badgeFor(IntensityClass::Testing).icon, tr("Testing"), TestingOnly);
    m_class->addItem(tr("Flagged (⚑)"), Flagged);
    m_class->addItem(tr("Soreness afterwards"), WithSoreness);
    m_class->addItem(badgeFor(Severity{SorenessClass::Warning, std::nullopt}).icon,
                     tr("Soreness: warning or worse"), SorenessWarning);
    m_class->setAccessibleName(tr("Class"));
    m_class->setMinimumContentsLength(12);
    m_class->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_class->setToolTip(tr("Show only sessions of one intensity class, with flags, or followed by soreness"));
    m_search->setPlaceholderText(tr("Search…"));
    m_search->setToolTip(tr("Find sessions by title, notes or exercise name"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(m_search->fontMetrics().horizontalAdvance(m_search->placeholderText()) + 30);
    m_search->setAccessibleName(tr("Search"));

    auto *rangeLabel = new QLabel(tr("&Range:"), this);
    rangeLabel->setBuddy(m_range);
    auto *exerciseLabel = new QLabel(tr("E&xercise:"), this);
    exerciseLabel->setBuddy(m_exercise);
    auto *classLabel = new QLabel(tr("C&lass:"), this);
    classLabel->setBuddy(m_class);
    // Two rows, so that the page fits beside the navigation in a 1024-pixel window (issue 17):
    // when and what on the first, which kind and the search on the second.
    auto *dates = new QHBoxLayout;
    dates->addWidget(m_range);
    dates->addWidget(m_from);
    dates->addWidget(new QLabel(QStringLiteral("–"), this));
    dates->addWidget(m_to);
    auto *filters = new QGridLayout;
    filters->setHorizontalSpacing(6);
    filters->addWidget(rangeLabel, 0, 0);
    filters->addLayout(dates, 0, 1, Qt::AlignLeft);
    filters->setColumnMinimumWidth(2, 12);
    filters->addWidget(exerciseLabel, 0, 3);
    filters->addWidget(m_exercise, 0, 4, Qt::AlignLeft);
    filters->addWidget(classLabel, 1, 0);
    filters->addWidget(m_class, 1, 1, Qt::AlignLeft);
    filters->addWidget(m_search, 1, 3, 1, 2);
    filters->setColumnStretch(4, 1);

    m_view->setModel(m_model);
    ElidedToolTips::install(m_view);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->verticalHeader()->hide();
    // The exercises take what the other columns leave, so that the table needs no sideways
    // scrolling at the default window size (issue 17); the others are as wide as their text.
    QHeaderView *header = m_view->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(HistoryModel::Exercises, QHeaderView::Stretch);
    m_view->setAccessibleName(tr("Sessions"));
    const QFontMetrics fm = m_view->fontMetrics();
    const auto textWidth = [&fm](const QString &sample) { return fm.horizontalAdvance(sample) + 24; };
    m_view->setColumnWidth(HistoryModel::Date, textWidth(QStringLiteral("Wed 28 Sep 2026  18:00")));
    m_view->setColumnWidth(HistoryModel::Title, 110);
    m_view->setColumnWidth(HistoryModel::Sets, textWidth(tr("Sets")));
    m_view->setColumnWidth(HistoryModel::Tonnage, textWidth(QStringLiteral("88,888 kg")));
    m_view->setColumnWidth(HistoryModel::TopSet,
                           textWidth(QStringLiteral("Deadlift 222.5 kg × 5 @9.5")) - 40);
    m_view->setColumnWidth(HistoryModel::Intensity, textWidth(tr("Training")) + 20);
    m_view->setColumnWidth(HistoryModel::Soreness, textWidth(tr("Soreness after")));

    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setWordWrap(true);
    m_empty->setTextFormat(Qt::PlainText); // a read error quotes paths and SQLite
    m_empty->hide();

    m_open->setToolTip(tr("Open the selected session to edit it (Enter)"));
    m_delete->setToolTip(tr("Delete the selected sessions (Delete); Ctrl+Z brings them back"));
    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    buttons->addWidget(m_open);
    buttons->addWidget(m_delete);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty, 1);
    layout->addLayout(buttons);

    connect(m_range, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_from->setEnabled(index == Custom);
        m_to->setEnabled(index == Custom);
        applyFilter();
    });
    connect(m_from, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_to, &QDateEdit::dateChanged, this, &HistoryPage::applyFilter);
    connect(m_exercise, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_search, &QLineEdit::textChanged, this, &HistoryPage::applyFilter);
    connect(m_class, &QComboBox::currentIndexChanged, this, &HistoryPage::applyFilter);
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex &index) {
        emit openSession(index.data(HistoryModel::SessionIdRole).toLongLong());
    });
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentSessionId())
            emit openSession(id);
    });
    connect(m_delete, &QPushButton::clicked, this, &HistoryPage::deleteSelected);
    auto *del = m_deleteKey = new QShortcut(QKeySequence::Delete, m_view);
    del->setContext(Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &HistoryPage::deleteSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &HistoryPage::updateButtons);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &HistoryPage::updateButtons);
    connect(&m_ws, &Workspace::currentAthleteChanged, m_model, &HistoryModel::setAthlete);
    connect(m_ws.notifier(), &ChangeNotifier::exercisesChanged, this, &HistoryPage::reloadExercises);
    connect(&m_ws, &Workspace::databaseReplaced, this, &HistoryPage::reloadExercises);
    // "The last 4 weeks" and the soreness classes move with the day.
    connect(m_ws.clock(), &AppClock::dayChanged, this, &HistoryPage::applyFilter);

    reloadExercises();
    m_model->setAthlete(m_ws.currentAthleteId());
    updateButtons();
}

void HistoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_model->setLive(true);
}

void HistoryPage::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_model->setLive(false);
}

void HistoryPage::reloadExercises()

{
    const qint64 selected = m_exercise->currentData().toLongLong();
    const QSignalBlocker block(m_exercise);
    m_exercise->clear();
    m_exercise->addItem(tr("All exercises"), 0);
    // The model's catalogue, read before this runs (its connections come first): one read for
    // both. When it could not be read the list offers "All exercises" only.
    for (const Exercise &e : m_model->exercises())
        m_exercise->addItem(e.name, e.id);
    m_exercise->setCurrentIndex(std::max(0, m_exercise->findData(selected)));
}

void HistoryPage::applyFilter()
{
    SessionFilter f;
    const QDate today = Clock::today();
    switch (m_range->currentIndex()) {
    case Last4Weeks: f.from = today.addDays(-28); break;
    case Last12Weeks: f.from = today.addDays(-84); break;
    case LastYear: f.from = today.addYears(-1); break;
    case Custom:
        f.from = m_from->date();
        f.to = m_to->date();
        break;
    default: break;
    }
    if (const qint64 id = m_exercise->currentData().toLongLong())
        f.exerciseId = id;
    f.search = m_search->text();
    HistoryModel::RowFilter rowFilter;
    switch (static_cast<ClassFilter>(m_class->currentData().toInt())) {
    case TrainingOnly:
    case HardOnly:
    case TestingOnly: {
        const auto wanted = static_cast<IntensityClass>(m_class->currentData().toInt() - TrainingOnly);
        rowFilter = [wanted](const HistoryModel::Row &r) { return r.analysis.intensity.cls == wanted; };
        break;
    }
    case Flagged: rowFilter = [](const HistoryModel::Row &r) { return !r.analysis.flags.isEmpty(); }; break;
    case WithSoreness: rowFilter = [](const HistoryModel::Row &r) { return r.sorenessReports > 0; }; break;
    case SorenessWarning:
        rowFilter = [](const HistoryModel::Row &r) {
            return r.soreness && r.soreness->cls >= SorenessClass::Warning;
        };
        break;
    case AnyClass: break;
    }
    m_model->setFilter(f, rowFilter);
}

void HistoryPage::setClassFilter(ClassFilter filter)
{
    m_class->setCurrentIndex(m_class->findData(filter));
}

void HistoryPage::setSearch(const QString &text)
{
    m_search->setText(text);
}

qint64 HistoryPage::currentSessionId() const
{
    const QModelIndex index = m_view->currentIndex();
    return index.isValid() ? index.data(HistoryModel::SessionIdRole).toLongLong() : 0;
}

void HistoryPage::updateButtons()
{
    const bool any = m_view->selectionModel()->hasSelection();
    m_open->setEnabled(any);
    m_delete->setEnabled(any && m_readOnly.isEmpty());
    const bool empty = m_model->rowCount() == 0;
    m_view->setVisible(!empty);
    m_empty->setVisible(empty);
    if (empty && !m_model->readError().isEmpty()) {
        m_empty->setText(m_model->readError());
    } else if (empty) {
        const bool filtered = m_range->currentIndex() != AllTime || m_exercise->currentIndex() > 0
                              || !m_search->text().isEmpty();
        m_empty->setText(filtered ? tr("No sessions match these filters.")
                                  : tr("No sessions yet. Log one on the Log page (Ctrl+1), or import "
                                       "your history with File › Import."));
    }
}

void HistoryPage::setReadOnly(const QString &why)
{
    m_readOnly = why;
    setWritableControls({m_delete, m_deleteKey}, why);
    updateButtons();
}

void HistoryPage::deleteSelected()
{
    if (!m_readOnly.isEmpty())
        return; // disabled; a stray call changes nothing
    QList<qint64> ids;
    for (const QModelIndex &index : m_view->selectionModel()->selectedRows())
        ids.append(index.data(HistoryModel::SessionIdRole).toLongLong());
    if (ids.isEmpty())
        return;
    QList<Workspace::BatchStep> steps;
    for (const qint64 id : std::as_const(ids))
        steps.append([this, id] { return new DeleteSessionCommand(m_ws, id); });
    const QString error =
        //: English's singular is "delete session" (translations/spotter_en.ts).
        m_ws.executeBatch(tr("delete %n session(s)", nullptr, static_cast<int>(ids.size())), steps)
            .value_or(QString());
    if (!error.isEmpty())
        Prompt::warning(this, tr("Could not delete"), error);
    else
        //: English's singular is "Session deleted. …" (translations/spotter_en.ts).
        emit statusMessage(
            tr("%n session(s) deleted. Undo with Ctrl+Z.", nullptr, static_cast<int>(ids.size())));
}

} // namespace spotter
