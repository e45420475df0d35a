// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"

#include "charts/qtchartview.h"

#include <QImageWriter>
#include <QPixmap>

namespace spotter {

std::optional<QString> ChartView::exportPng(const QString &path)
{
    // A widget that was never shown has no geometry worth grabbing.
    if (!testAttribute(Qt::WA_WState_Created) || size().width() < minimumSizeHint().width())
        resize(size().expandedTo(sizeHint()));
    const QImage image = grab().toImage();
    QImageWriter writer(path, "png");
    if (!writer.write(image))
        return tr("Could not save the chart as %1: %2").arg(path, writer.errorString());
    return std::nullopt;
}

ChartView *createChartView(QWidget *parent)
{
    return new QtChartView(parent);
}

} // namespace spotter
