// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QString>

class QLabel;

namespace spotter {

/// Help → Keyboard shortcuts: every shortcut of a window, read from its actions when the dialog
/// opens, so the list cannot drift from what the keys really do.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT

public:
    struct Entry
    {
        QString command; ///< the action's text without its mnemonic marker
        QString keys;    ///< every shortcut of the action in the platform's own words
    };

    explicit ShortcutsDialog(const QWidget *window, QWidget *parent = nullptr);

    /// Every action of @p window with a shortcut, in the order they were made (menus first).
    [[nodiscard]] static QList<Entry> entries(const QWidget *window);
    /// "E&xport…" → "Export…"; "&&" stays a literal ampersand.
    [[nodiscard]] static QString withoutMnemonic(const QString &text);
    [[nodiscard]] QString text() const;

private:
    QLabel *m_list;
};

} // namespace spotter
