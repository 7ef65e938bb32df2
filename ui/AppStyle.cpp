#include "AppStyle.h"

#include <QApplication>
#include <QStyleFactory>
#include <QStyleOptionButton>

namespace ui {

QSize AppStyle::sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                                 const QWidget* widget) const
{
    QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
    if (type == CT_PushButton) {
        const auto* button = qstyleoption_cast<const QStyleOptionButton*>(option);
        if (button && !button->text.isEmpty()) {
            // The base style's own margin, topped up to the padding on each side.
            const int textWidth = size.width() - (button->icon.isNull() ? 0 : button->iconSize.width() + 4);
            const int logical = widget ? widget->logicalDpiX() : 96;
            const int wanted = textWidth + 2 * (ButtonSidePadding * logical / 96) +
                               (button->icon.isNull() ? 0 : button->iconSize.width() + 4);
            s.setWidth(std::max(s.width(), wanted + 2 * pixelMetric(PM_DefaultFrameWidth, option, widget)));
        }
    }
    return s;
}

void AppStyle::install(QApplication& app, const QString& base)
{
    QStyle* style = base.isEmpty() ? nullptr : QStyleFactory::create(base);
    app.setStyle(style ? new AppStyle(style) : new AppStyle());
}

} // namespace ui
