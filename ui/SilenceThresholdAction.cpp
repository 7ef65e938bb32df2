#include "SilenceThresholdAction.h"
#include "LanguageChange.h"

#include "AppContext.h"
#include "SessionLabel.h"
#include "history/HistoryEvent.h"
#include "runtime/Runtime.h"
#include "settings/Profile.h"
#include "settings/SettingsSchema.h"

#include <QAction>
#include <QInputDialog>

namespace ui {

SilenceThresholdAction::SilenceThresholdAction(AppContext& context, QWidget* window)
    : QObject(window)
    , m_context(context)
    , m_window(window)
    , m_action(new QAction(this))
{
    m_action->setObjectName(QStringLiteral("silenceThresholdAction"));
    const auto texts = [this] {
        m_action->setText(tr("Silence &threshold…"));
        m_action->setToolTip(tr("How long this session may stay silent before it counts as possibly disconnected"));
    };
    texts();
    onLanguageChange(this, texts);
    m_action->setEnabled(false);
    connect(m_action, &QAction::triggered, this, [this] { open(m_current, m_currentGateway); });
}

void SilenceThresholdAction::setCurrentSession(const QString& id, const QString& gateway)
{
    m_current = id;
    m_currentGateway = gateway;
    m_action->setEnabled(!id.isEmpty());
}

QInputDialog* SilenceThresholdAction::open(const QString& id, const QString& gateway)
{
    if (id.isEmpty())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const settings::Profile& profile = m_context.profile();
    const auto global = std::chrono::duration_cast<std::chrono::hours>(profile.silenceThreshold()).count();
    const auto current = profile.silenceOverride(gateway, id);
    const QString name = sessionLabel(id, gateway, m_context.runtime().gateways().size() > 1);

    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("silenceThresholdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Silence threshold for %1").arg(name));
    dialog->setLabelText(tr("Count %1 as possibly disconnected after this many hours without messages.\n"
                            "0 uses the global threshold (%2 h).")
                             .arg(name)
                             .arg(global));
    dialog->setInputMode(QInputDialog::IntInput);
    // 0 is "the global threshold"; any other value is in the schema's range, like the global one.
    const auto& range = settings::schema::SilenceThreshold;
    dialog->setIntRange(0, int(range.maxIn<std::chrono::hours>()));
    dialog->setIntValue(current ? int(std::chrono::duration_cast<std::chrono::hours>(*current).count()) : 0);
    connect(dialog, &QInputDialog::intValueSelected, this,
            [this, id, gateway](int hours) { apply(id, gateway, hours); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void SilenceThresholdAction::apply(const QString& id, const QString& gateway, int hours)
{
    settings::Profile& profile = m_context.profile();
    if (hours <= 0)
        profile.setSilenceOverride(gateway, id, std::nullopt);
    else
        profile.setSilenceOverride(gateway, id, std::chrono::hours(hours));
    profile.sync();
    m_context.applyPolicy();
    m_context.runtime().recordAction(gateway, id, QStringLiteral("threshold"), history::Event::okResult());
}

} // namespace ui
