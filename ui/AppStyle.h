#pragma once

#include <QProxyStyle>

class QApplication;

namespace ui {

// The app's style: the platform's (or the one named) with push buttons a little wider, so a label
// never touches the button's border; Portuguese labels are long ("Tentar novamente", "Adicionar
// gateway"). Installed by the GUI's main and by the screenshot suite.
class AppStyle : public QProxyStyle
{
    Q_OBJECT

public:
    // Room between a push button's label and each side of its border, in pixels at 96 dpi.
    static constexpr int ButtonSidePadding = 10;

    using QProxyStyle::QProxyStyle;

    QSize sizeFromContents(ContentsType type, const QStyleOption* option, const QSize& size,
                           const QWidget* widget) const override;

    // base: a style name for QStyleFactory ("Fusion"); empty for the platform's.
    static void install(QApplication& app, const QString& base = {});
};

} // namespace ui
