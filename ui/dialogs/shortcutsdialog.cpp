// SPDX-License-Identifier: GPL-3.0-or-later
#include "dialogs/shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QKeySequence>
#include <QLabel>
#include <QPushButton>
#include <QScrollArea>
#include <QTextDocument>
#include <QVBoxLayout>

namespace spotter {

ShortcutsDialog::ShortcutsDialog(const QWidget *window, QWidget *parent)
    : QDialog(parent), m_list(new QLabel(this))
{
    setWindowTitle(tr("Keyboard shortcuts"));
    QString rows;
    for (const Entry &e : entries(window)) {
        rows += QStringLiteral("<tr><td>%1</td><td>&nbsp;&nbsp;<b>%2</b></td></tr>")
                    .arg(e.command.toHtmlEscaped(), e.keys.toHtmlEscaped());
    }
    m_list->setText(tr("<p>In every text field Tab moves on, Enter confirms and Escape cancels.</p>")
                    + QStringLiteral("<table>%1</table>").arg(rows));
    m_list->setTextFormat(Qt::RichText);
    m_list->setTextInteractionFlags(Qt::TextSelectableByKeyboard | Qt::TextSelectableByMouse);
    m_list->setAccessibleName(tr("Keyboard shortcuts"));

    auto *scroll = new QScrollArea(this);
    scroll->setWidget(m_list);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes, as Escape does
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(scroll, 1);
    layout->addWidget(buttons);
    resize(m_list->sizeHint().width() + 60, std::min(m_list->sizeHint().height() + 80, 560));
}

QList<ShortcutsDialog::Entry> ShortcutsDialog::entries(const QWidget *window)
{
    QList<Entry> result;
    const auto actions = window->findChildren<QAction *>();
    for (const QAction *action : actions) {
        if (action->shortcuts().isEmpty())
            continue;
        QStringList keys;
        // A standard key the platform has no sequence for (Preferences on some desktops) is empty.
        for (const QKeySequence &k : action->shortcuts()) {
            if (!k.isEmpty())
                keys.append(k.toString(QKeySequence::NativeText));
        }
        if (keys.isEmpty())
            continue;
        Entry entry{withoutMnemonic(action->text()), keys.join(tr(" or "))};
        const bool seen = std::any_of(result.cbegin(), result.cend(), [&entry](const Entry &e) {
            return e.command == entry.command && e.keys == entry.keys;
        });
        if (!seen)
            result.append(entry);
    }
    return result;
}

QString ShortcutsDialog::withoutMnemonic(const QString &text)
{
    QString plain;
    plain.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        if (text.at(i) == u'&') {
            if (i + 1 < text.size() && text.at(i + 1) == u'&') {
                plain.append(u'&');
                ++i;
            }
            continue;
        }
        plain.append(text.at(i));
    }
    return plain;
}

QString ShortcutsDialog::text() const
{
    QTextDocument doc;
    doc.setHtml(m_list->text());
    return doc.toPlainText();
}

} // namespace spotter
