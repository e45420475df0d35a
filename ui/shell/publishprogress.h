// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "interchange/publisher.h"

#include <QProgressDialog>

class QPushButton;
class QWidget;

namespace spotter {

class Database;

/// What publishWithProgress() shows: where it publishes, how many of the log's sessions and
/// soreness reports it has compared, and Cancel. Unlike a plain QProgressDialog it stays up
/// after Cancel, Escape or its close button, saying it is cancelling, until the publish has
/// really stopped: what was sent is rolled back only then.
class PublishingDialog : public QProgressDialog
{
    Q_OBJECT

public:
    /// @p where names the server, as the status bar does.
    PublishingDialog(const QString &where, QWidget *window);

    void showProgress(int done, int total);
    void showCancelling();
    [[nodiscard]] bool isCancelling() const { return m_cancelling; }

    void reject() override;

private:
    QString m_where;
    QPushButton *m_cancel;
    bool m_cancelling = false;
};

/// File → Publish's sending, off the UI thread: a first publish of a long log is a round trip
/// per session, seconds to minutes on a distant server. Publisher runs on a pool thread with
/// connections of its own to both databases while a window-modal "Publishing …" dialog (after
/// ServerConnector::kDialogDelayMs) shows how far it got and offers Cancel. The window keeps
/// painting, and nothing in it can be touched until the publish has ended.
///
/// Returns the publish's result; `cancelled` is set after Cancel, Escape or the app's quit,
/// and then nothing was sent (a cancel waits for the item being sent). Throws the StoreError
/// the publish threw.
PublishResult publishWithProgress(QWidget *window, const Database &local, const Database &server,
                                  PublishOptions options);

} // namespace spotter
