// SPDX-License-Identifier: GPL-3.0-or-later
#include "widgets/wrappedcheckbox.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QMouseEvent>
#include <QRegularExpression>

namespace spotter {

WrappedCheckBox::WrappedCheckBox(const QString &text, QWidget *parent)
    : QWidget(parent), m_box(new QCheckBox(this)), m_label(new QLabel(text, this))
{
    m_box->setAccessibleName(text);
    m_box->setToolTip(text);
    m_label->setWordWrap(true);
    m_label->setTextFormat(Qt::PlainText);
    m_label->installEventFilter(this);
    auto *row = new QHBoxLayout(this);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(m_box, 0, Qt::AlignTop);
    row->addWidget(m_label, 1);
}

void WrappedCheckBox::useMnemonic()
{
    // A label whose buddy is a button clicks it on its shortcut, as the button's own would.
    m_label->setBuddy(m_box);
    QString plain = m_label->text();
    plain.replace(QRegularExpression(QStringLiteral("&(.)")), QStringLiteral("\\1"));
    m_box->setAccessibleName(plain);
    m_box->setToolTip(plain);
}

bool WrappedCheckBox::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_label && event->type() == QEvent::MouseButtonRelease
        && static_cast<QMouseEvent *>(event)->button() == Qt::LeftButton && m_box->isEnabled()) {
        m_box->setFocus(Qt::MouseFocusReason);
        m_box->toggle();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace spotter
