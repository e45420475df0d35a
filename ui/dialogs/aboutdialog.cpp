// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "shell/icons.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTextDocument>
#include <QVBoxLayout>

namespace spotter {

namespace {
constexpr int kIconSize = 64;
}

AboutDialog::AboutDialog(QWidget *parent) : QDialog(parent), m_text(new QLabel(this))
{
    setWindowTitle(tr("About Spotter"));

    auto *icon = new QLabel(this);
    icon->setPixmap(Icons::app().pixmap(kIconSize, kIconSize));
    icon->setAlignment(Qt::AlignTop);

    const QString gpl = QStringLiteral("https://www.gnu.org/licenses/gpl-3.0.html");
    m_text->setText(
        tr("<h3>Spotter %1</h3>"
           "<p>A training log for lifters and their coaches.</p>"
           "<p>Soreness triage is information, not medical advice. When in doubt, see a doctor.</p>"
           "<p>License: <a href=\"%2\">GPL-3.0-or-later</a>. Spotter uses Qt Charts, which is licensed "
           "under the GPL-3.0, so the program as a whole is distributed under the GNU General Public "
           "License, version 3 or (at your option) any later version.</p>"
           "<p>This is free software: you are free to change and redistribute it. There is NO "
           "WARRANTY, to the extent permitted by law.</p>"
           "<p>Built with Qt %3, running on Qt %4.</p>")
            .arg(QApplication::applicationVersion(), gpl, QStringLiteral(QT_VERSION_STR),
                 QString::fromLatin1(qVersion())));
    m_text->setTextFormat(Qt::RichText);
    m_text->setWordWrap(true);
    m_text->setOpenExternalLinks(true);
    m_text->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_text->setMinimumWidth(fontMetrics().averageCharWidth() * 60);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setDefault(true); // Enter closes, as Escape does
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *row = new QHBoxLayout;
    row->addWidget(icon);
    row->addWidget(m_text, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(row);
    layout->addWidget(buttons);
    layout->setSizeConstraint(QLayout::SetFixedSize);
}

QString AboutDialog::text() const
{
    QTextDocument doc;
    doc.setHtml(m_text->text());
    return doc.toPlainText();
}

} // namespace spotter
