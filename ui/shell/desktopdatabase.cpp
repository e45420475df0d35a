// SPDX-License-Identifier: GPL-3.0-or-later
#include "shell/desktopdatabase.h"

#include "shell/prompt.h"
#include "store/database.h"
#include "store/storeerror.h"

#include <QAction>
#include <QCoreApplication>
#include <QFileInfo>
#include <QShortcut>
#include <QVariant>
#include <QWidget>

namespace spotter {

namespace {

// Holds this file's translation context in a form lupdate can follow.
struct DesktopDatabaseText
{
    Q_DECLARE_TR_FUNCTIONS(spotter::DesktopDatabaseText)
};

// The control's own tooltip while it is disabled for read-only storage.
constexpr const char *kOwnToolTip = "spotterWritableToolTip";

} // namespace

QString readOnlyNoticeTitle()
{
    return DesktopDatabaseText::tr("Spotter opened its database read-only");
}

DesktopDatabase openForDesktop(const QString &path, bool mayCreate, ServerConnect connect)
{
    Database::Options options;
    options.create = mayCreate;
    options.connectAside = connect == ServerConnect::Aside;
    // The window shows the history while the integrity check runs; Workspace runs it and
    // writes wait for it (docs/reliability.md).
    options.deferCheck = true;
    DesktopDatabase opened;
    try {
        opened.db = std::make_unique<Database>(path, options);
    } catch (const StoreError &e) {
        // A missing file in a read-only folder cannot be read either: that is the error to say.
        if (e.kind() != StoreError::Kind::ReadOnly || !QFileInfo::exists(path))
            throw;
        options.create = false;
        options.readOnly = true;
        opened.db = std::make_unique<Database>(path, options);
        opened.noticeTitle = readOnlyNoticeTitle();
        opened.notice =
            e.message() + u'\n'
            + DesktopDatabaseText::tr("You can read, export and back it up; changes cannot be saved.");
        return opened;
    }
    if (!opened.db->damage().isEmpty()) {
        opened.noticeTitle = readOnlyNoticeTitle();
        opened.notice = opened.db->damageMessage();
    }
    return opened;
}

std::unique_ptr<Database> openForDesktop(QWidget *parent, const QString &path, bool mayCreate,
                                         ServerConnect connect)
{
    DesktopDatabase opened = openForDesktop(path, mayCreate, connect);
    if (!opened.notice.isEmpty())
        Prompt::warning(parent, opened.noticeTitle, opened.notice);
    return std::move(opened.db);
}

QString readOnlyReason(const Database &db)
{
    if (!db.isReadOnly())
        return {};
    if (!db.damage().isEmpty())
        return db.damageMessage();
    if (!Database::storageWritable(db.path()))
        return DesktopDatabaseText::tr(
            "The file or its folder cannot be written (a read-only folder or disk).");
    return DesktopDatabaseText::tr("The file was opened only to read it.");
}

void setWritableControls(const QList<QObject *> &controls, const QString &why)
{
    for (QObject *control : controls) {
        if (!control)
            continue;
        auto *widget = qobject_cast<QWidget *>(control);
        auto *action = qobject_cast<QAction *>(control);
        if (auto *shortcut = qobject_cast<QShortcut *>(control)) {
            shortcut->setEnabled(why.isEmpty()); // keys have no tooltip
            continue;
        }
        const bool disabled = control->property(kOwnToolTip).isValid();
        if (!why.isEmpty()) {
            if (!disabled)
                control->setProperty(kOwnToolTip, widget   ? widget->toolTip()
                                                  : action ? action->toolTip()
                                                           : QString());
            const QString tip = DesktopDatabaseText::tr("Not while the database is read-only: %1").arg(why);
            if (widget) {
                widget->setEnabled(false);
                widget->setToolTip(tip);
            } else if (action) {
                action->setEnabled(false);
                action->setToolTip(tip);
            }
        } else if (disabled) {
            const QString own = control->property(kOwnToolTip).toString();
            control->setProperty(kOwnToolTip, QVariant());
            if (widget) {
                widget->setEnabled(true);
                widget->setToolTip(own);
            } else if (action) {
                action->setEnabled(true);
                action->setToolTip(own);
            }
        }
    }
}

} // namespace spotter
