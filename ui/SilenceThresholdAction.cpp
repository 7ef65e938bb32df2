#include "SilenceThresholdAction.h"
#include "LanguageChange.h"

#include "AppContext.h"
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
    connect(m_action, &QAction::triggered, this, [this] { open(m_current); });
}

void SilenceThresholdAction::setCurrentSession(const QString& id)
{
    m_current = id;
    m_action->setEnabled(!id.isEmpty());
}

QInputDialog* SilenceThresholdAction::open(const QString& id)
{
    if (id.isEmpty())
        return nullptr;
    if (m_dialog)
        m_dialog->close();
    const settings::Profile& profile = m_context.profile();
    const auto global = std::chrono::duration_cast<std::chrono::hours>(profile.silenceThreshold()).count();
    const auto current = profile.silenceOverride(id);

    auto* dialog = new QInputDialog(m_window);
    dialog->setObjectName(QStringLiteral("silenceThresholdDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Silence threshold for %1").arg(id));
    dialog->setLabelText(tr("Count %1 as possibly disconnected after this many hours without messages.\n"
                            "0 uses the global threshold (%2 h).")
                             .arg(id)
                             .arg(global));
    dialog->setInputMode(QInputDialog::IntInput);
    // 0 is "the global threshold"; any other value is in the schema's range, like the global one.
    const auto& range = settings::schema::SilenceThreshold;
    dialog->setIntRange(0, int(range.maxIn<std::chrono::hours>()));
    dialog->setIntValue(current ? int(std::chrono::duration_cast<std::chrono::hours>(*current).count()) : 0);
    connect(dialog, &QInputDialog::intValueSelected, this, [this, id](int hours) { apply(id, hours); });
    m_dialog = dialog;
    dialog->open();
    return dialog;
}

void SilenceThresholdAction::apply(const QString& id, int hours)
{
    settings::Profile& profile = m_context.profile();
    if (hours <= 0)
        profile.setSilenceOverride(id, std::nullopt);
    else
        profile.setSilenceOverride(id, std::chrono::hours(hours));
    profile.sync();
    m_context.applyPolicy();
    m_context.runtime().recordAction(m_context.primary().name(), id, QStringLiteral("threshold"), QStringLiteral("ok"));
}

} // namespace ui
