// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <memory>

class QObject;
class QWidget;

namespace spotter {

class Database;

/// A database opened for the window, and what the user must be told about how it was opened.
struct DesktopDatabase
{
    std::unique_ptr<Database> db;
    QString noticeTitle; ///< empty when there is nothing to tell
    QString notice;
};

/// When a team server's login and checks take place: before openForDesktop() returns, or on a
/// thread of their own while the caller builds its window (Database::Options::connectAside;
/// the app's start: Workspace::awaitDatabase() then has the outcome). Files open at once.
enum class ServerConnect { Now, Aside };

/// Opens @p path the way the desktop app does, at start-up and from File → Open alike. Only
/// @p mayCreate (the first run's default database) creates a missing file. Read-only storage
/// (a read-only folder, file or mount) is opened read-only instead of refused, since the
/// history can still be read, exported and backed up; a file whose integrity check fails is
/// opened read-only by the store. Both come with a notice. Throws StoreError otherwise. The
/// integrity check of a file opened for writing is left to the Workspace, which runs it off the
/// UI thread (Database::Options::deferCheck): damage it finds reopens the file read-only then
/// (Workspace::damageFound), and no write lands before it passed.
DesktopDatabase openForDesktop(const QString &path, bool mayCreate,
                               ServerConnect connect = ServerConnect::Now);

/// The title of the notice of a database opened read-only.
QString readOnlyNoticeTitle();

/// The same, with the notice shown through Prompt (parented to @p parent).
std::unique_ptr<Database> openForDesktop(QWidget *parent, const QString &path, bool mayCreate,
                                         ServerConnect connect = ServerConnect::Now);

/// Why @p db is read-only, for people (the folder or disk, or the damage and the way out);
/// empty when it can be written.
QString readOnlyReason(const Database &db);

/// Disables @p controls (widgets, actions or shortcuts) while @p why is not empty, with @p why as their
/// tooltip, and gives them back their own tooltip and enabled state when it is empty again.
void setWritableControls(const QList<QObject *> &controls, const QString &why);

} // namespace spotter
