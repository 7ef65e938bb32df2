#pragma once

#include <QSpinBox>

#include <chrono>

namespace ui {

// A spin box of a duration held in seconds and shown as the app writes durations everywhere else
// (health::ZombiePolicy::formatDuration: "30 s", "5 min", "1 h 30 min"), so a value that is not a
// whole number of the display unit is never rounded (a 30 s refresh is not "1 min"). The arrows
// step by a size that suits the value (seconds below a minute, minutes below an hour, …); typing
// accepts the same words ("90 s", "2 h 15 min") or a bare number in the unit given.
class DurationSpinBox : public QSpinBox
{
    Q_OBJECT

public:
    explicit DurationSpinBox(QWidget* parent = nullptr);

    std::chrono::seconds duration() const { return std::chrono::seconds(value()); }
    void setDuration(std::chrono::seconds d) { setValue(int(d.count())); }
    // What a number typed without a unit means (minutes unless told).
    void setBareUnit(std::chrono::seconds unit) { m_bareUnit = int(unit.count()); }

    void stepBy(int steps) override;

    // The duration a text means, in seconds, or -1 (a bare number counts in bareUnit seconds).
    static int parse(const QString& text, int bareUnit);

protected:
    QString textFromValue(int value) const override;
    int valueFromText(const QString& text) const override;
    QValidator::State validate(QString& input, int& pos) const override;

private:
    int m_bareUnit = 60;
};

} // namespace ui
