// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/restoredialog.h"

#include "model/clock.h"
#include "models/backupmodel.h"
#include "shell/prompt.h"
#include "shell/themecolors.h"
#include "shell/workspace.h"
#include "store/backupfolder.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QTemporaryDir>
#include <QVBoxLayout>

namespace spotter {

RestoreDialog::RestoreDialog(Workspace &workspace, QWidget *parent)
    : QDialog(parent)
    , m_ws(workspace)
    , m_model(new BackupModel(this))
    , m_view(new QTableView(this))
    , m_folder(new QLabel(this))
    , m_status(new QLabel(this))
    , m_restore(new QPushButton(tr("&Restore…"), this))
{
    setWindowTitle(tr("Restore from backup"));
    m_view->setModel(m_model);
    m_view->setAccessibleName(tr("Backups"));
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false); // Tab leaves the table; the arrow keys choose a backup
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_folder->setWordWrap(true);
    m_folder->setTextFormat(Qt::PlainText);
    ThemeColors::setTone(m_folder, ThemeColors::Tone::Hint);
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_restore->setToolTip(tr("Replace the open database with the selected backup; the current file is kept "
                             "as a backup first"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_restore, QDialogButtonBox::ActionRole);
    m_restore->setDefault(true); // Enter restores the selected backup (after asking)
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_folder);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_restore, &QPushButton::clicked, this, [this] { restoreSelected(); });
    // Enter reaches the default button; a double click is the mouse's way (activated would
    // come with Enter too, and ask twice).
    connect(m_view, &QTableView::doubleClicked, this, [this] { restoreSelected(); });
    reload();
    resize(720, 400);
}

QString RestoreDialog::statusText() const
{
    return m_status->text();
}

void RestoreDialog::showStatus(const QString &text)
{
    m_status->setText(text);
}

void RestoreDialog::reload()
{
    const BackupFolder folder(m_ws.database().path());
    m_folder->setText(tr("Backups of %1, in %2").arg(m_ws.database().path(), folder.folder()));
    m_model->setBackups(folder.list());
    m_view->resizeColumnsToContents();
    if (m_model->rowCount() > 0)
        m_view->selectRow(0);
    else
        showStatus(tr("No backups yet: one is taken the first time the database is opened each day."));
    m_restore->setEnabled(m_model->rowCount() > 0);
}

std::optional<QString> RestoreDialog::restoreSelected()
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid()) {
        showStatus(tr("Select a backup first."));
        return std::nullopt;
    }
    const BackupInfo chosen = m_model->backup(current.row());
    if (!chosen.readable()) {
        showStatus(tr("This backup cannot be restored: %1").arg(chosen.problem));
        return std::nullopt;
    }
    const QString target = m_ws.database().path();
    const QLocale locale;
    const auto answer =
        Prompt::question(this, tr("Restore from backup"),
                         tr("Replace %1 with the backup taken %2 (%3, %4, %5)?\n\nThe current "
                            "file is kept as a backup first; the undo history is cleared.")
                             .arg(target, locale.toString(chosen.taken, QLocale::LongFormat),
                                  tr("%n session(s)", nullptr, static_cast<int>(chosen.sessions)),
                                  tr("%n set(s)", nullptr, static_cast<int>(chosen.sets)),
                                  tr("%n soreness report(s)", nullptr, static_cast<int>(chosen.reports))),
                         QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer != QMessageBox::Yes) {
        showStatus(tr("Nothing was restored."));
        return std::nullopt;
    }
    // The restore refuses while any connection holds the file, ours included: the workspace
    // holds an empty stand-in meanwhile (kept until the app ends, in case reopening fails).
    static QTemporaryDir standInDir;
    QString kept;
    QString error;
    try {
        m_ws.replaceDatabase(
            std::make_unique<Database>(standInDir.filePath(QStringLiteral("restoring.sqlite"))));
        kept = restoreBackup(chosen.path, target, BackupFolder(target), Clock::now());
    } catch (const StoreError &e) {
        error = e.message();
    }
    try {
        m_ws.replaceDatabase(std::make_unique<Database>(target));
    } catch (const StoreError &e) {
        error += (error.isEmpty() ? QString() : QStringLiteral("\n")) + e.message();
    }
    reload();
    if (!error.isEmpty()) {
        Prompt::warning(this, tr("Restore failed"), error);
        showStatus(tr("Nothing was restored: %1").arg(error));
        return std::nullopt;
    }
    showStatus(tr("Restored the backup taken %1. The file it replaced is kept as %2.")
                   .arg(locale.toString(chosen.taken, QLocale::ShortFormat), kept));
    return kept;
}

} // namespace spotter
