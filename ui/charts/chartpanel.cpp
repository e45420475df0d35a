// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartpanel.h"

#include "charts/chartview.h"
#include "shell/prompt.h"
#include "shell/themecolors.h"

#include <QDir>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QStandardPaths>
#include <QToolButton>
#include <QVBoxLayout>

namespace spotter {

ChartPanel::ChartPanel(QWidget *parent)
    : QFrame(parent)
    , m_view(createChartView(this))
    , m_caption(new QLabel(this))
    , m_export(new QToolButton(this))
{
    setFrameShape(QFrame::StyledPanel);
    m_caption->setWordWrap(true);
    m_caption->setTextFormat(Qt::PlainText);
    ThemeColors::setTone(m_caption, ThemeColors::Tone::Hint);
    m_export->setText(tr("Export as PNG…"));
    m_export->setToolTip(tr("Save this chart as a PNG image"));
    m_export->setAutoRaise(true);

    auto *footer = new QHBoxLayout;
    footer->addWidget(m_caption, 1);
    footer->addWidget(m_export, 0, Qt::AlignTop);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(2);
    layout->addWidget(m_view, 1);
    layout->addLayout(footer);

    connect(m_export, &QToolButton::clicked, this, &ChartPanel::exportWithDialog);
}

void ChartPanel::setCaption(const QString &text)
{
    m_caption->setText(text);
}

QString ChartPanel::caption() const
{
    return m_caption->text();
}

void ChartPanel::exportWithDialog()
{
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::PicturesLocation);
    QString path = Prompt::saveFileName(this, tr("Export chart as PNG"), QDir(folder).filePath(m_exportName),
                                        tr("PNG images (*.png)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QStringLiteral(".png"), Qt::CaseInsensitive))
        path += QStringLiteral(".png");
    if (const auto error = m_view->exportPng(path))
        Prompt::warning(this, tr("Export failed"), *error);
}

} // namespace spotter
