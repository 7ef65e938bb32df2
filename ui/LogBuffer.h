#pragma once

#include <QMutex>
#include <QStringList>
#include <QtGlobal>

namespace ui {

// The last lines the app logged (Qt's message handler, after the logging rules), for Help › Save
// diagnostics. Installed once by the app's main(); it passes every message on to the handler it
// replaced, so stderr is unchanged.
//
//   ui::LogBuffer logs(200);
//   logs.install();            // until logs is destroyed
//   ui::LogBuffer::installed() // the one in use, or nullptr (tests, CLI)
class LogBuffer
{
public:
    explicit LogBuffer(int capacity = 200);
    ~LogBuffer();
    LogBuffer(const LogBuffer&) = delete;
    LogBuffer& operator=(const LogBuffer&) = delete;

    void install();
    static LogBuffer* installed();

    void append(const QString& line);
    QStringList lines() const;

private:
    static void handler(QtMsgType type, const QMessageLogContext& context, const QString& message);

    const int m_capacity;
    mutable QMutex m_mutex;
    QStringList m_lines;
    QtMessageHandler m_previous = nullptr;
    bool m_installed = false;
};

} // namespace ui
