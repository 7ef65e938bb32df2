#include "LogBuffer.h"

#include <QDateTime>

#include <atomic>

namespace ui {

namespace {
// The message handler is process-wide by Qt's design: it finds its buffer here.
std::atomic<LogBuffer*> g_installed{nullptr};

const char* levelName(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return "debug";
    case QtInfoMsg:
        return "info";
    case QtWarningMsg:
        return "warning";
    case QtCriticalMsg:
        return "critical";
    case QtFatalMsg:
        return "fatal";
    }
    return "?";
}
} // namespace

LogBuffer::LogBuffer(int capacity)
    : m_capacity(std::max(1, capacity))
{}

LogBuffer::~LogBuffer()
{
    if (m_installed) {
        qInstallMessageHandler(m_previous);
        LogBuffer* self = this;
        g_installed.compare_exchange_strong(self, nullptr);
    }
}

void LogBuffer::install()
{
    if (m_installed)
        return;
    m_installed = true;
    g_installed = this;
    m_previous = qInstallMessageHandler(&LogBuffer::handler);
}

LogBuffer* LogBuffer::installed()
{
    return g_installed;
}

void LogBuffer::append(const QString& line)
{
    QMutexLocker lock(&m_mutex);
    m_lines.append(line);
    while (m_lines.size() > m_capacity)
        m_lines.removeFirst();
}

QStringList LogBuffer::lines() const
{
    QMutexLocker lock(&m_mutex);
    return m_lines;
}

void LogBuffer::handler(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    LogBuffer* self = g_installed;
    if (!self)
        return;
    self->append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                 QLatin1String(levelName(type)) + QLatin1Char(' ') +
                 QLatin1String(context.category ? context.category : "default") + QStringLiteral(": ") + message);
    // Qt hands back its default handler when none was installed before: stderr stays as it was.
    if (self->m_previous)
        self->m_previous(type, context, message);
}

} // namespace ui
