#include "LanguageChange.h"

#include <QEvent>
#include <QObject>

namespace ui {

namespace {
class LanguageWatcher : public QObject
{
public:
    LanguageWatcher(QObject* target, std::function<void()> retranslate)
        : QObject(target)
        , m_target(target)
        , m_retranslate(std::move(retranslate))
    {
        target->installEventFilter(this);
    }

    bool eventFilter(QObject* watched, QEvent* event) override
    {
        if (watched == m_target && event->type() == QEvent::LanguageChange)
            m_retranslate();
        return false;
    }

private:
    QObject* m_target;
    std::function<void()> m_retranslate;
};
} // namespace

void onLanguageChange(QObject* target, std::function<void()> retranslate)
{
    new LanguageWatcher(target, std::move(retranslate));
}

} // namespace ui
