#pragma once

#include <QDialog>

#include <memory>

namespace Ui {
class AboutDialog;
}

namespace ui {

// Help > About: name, version, the Qt it runs on, what the app is for, its licence (MIT) and the
// licences of the libraries it ships with or loads; "About Qt" opens Qt's own box.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget* parent = nullptr);
    ~AboutDialog() override;

private:
    void fillComponents();
    // Every text, again after a language change (the form holds none of its own).
    void texts();

    std::unique_ptr<Ui::AboutDialog> m_ui;
};

} // namespace ui
