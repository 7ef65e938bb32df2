#include "GatewaySimulator.h"

#include <QJsonObject>
#include <QLoggingCategory>

#include <mutex>

#include "ChannelsApi.h"
#include "ControlApi.h"
#include "FaultInjector.h"
#include "HttpWire.h"
#include "Scenario.h"
#include "SessionModel.h"
#include "SimHttpServer.h"
#include "SimLog.h"
#include "VendorApi.h"
#include "WebhookWriter.h"

#include <QJsonArray>
#include <QPointer>
#include <QTcpSocket>
#include <QTimer>

namespace sim {

namespace {
// Qt's own qt.httpserver category logs every request's headers at debug level, the gateway secret
// among them. The simulator never lets it: it filters that category whatever the logging rules say.
QLoggingCategory::CategoryFilter g_previousFilter = nullptr;

void silenceHttpServerLogging(QLoggingCategory* category)
{
    if (g_previousFilter)
        g_previousFilter(category);
    if (qstrncmp(category->categoryName(), "qt.httpserver", 13) == 0) {
        category->setEnabled(QtDebugMsg, false);
        category->setEnabled(QtInfoMsg, false);
    }
}
} // namespace

GatewaySimulator::GatewaySimulator(QObject* parent)
    : QObject(parent)
    , m_model(std::make_unique<SessionModel>())
    , m_channels(std::make_unique<ChannelsApi>(*m_model))
    , m_control(std::make_unique<ControlApi>(*this, *m_model))
    , m_faults(std::make_unique<FaultInjector>())
{
    static std::once_flag once;
    std::call_once(once, [] { g_previousFilter = QLoggingCategory::installFilter(silenceHttpServerLogging); });
    m_server =
        new SimHttpServer([this](const SimRequest& request, QTcpSocket* socket) { dispatch(request, socket); }, this);
    m_writer = new WebhookWriter(*m_model, this);
}

GatewaySimulator::~GatewaySimulator()
{
    // The writer's timer and the server's sockets refer to the model: stop them first.
    delete m_writer;
    delete m_server;
}

bool GatewaySimulator::loadScenario(const QJsonObject& scenario, QString* error)
{
    const auto parsed = Scenario::fromJson(scenario, error);
    if (!parsed)
        return false;
    m_model->reset(*parsed);
    return true;
}

bool GatewaySimulator::loadScenarioFile(const QString& path, QString* error)
{
    const auto parsed = Scenario::fromFile(path, error);
    if (!parsed)
        return false;
    m_model->reset(*parsed);
    return true;
}

void GatewaySimulator::setSecret(const QString& secret)
{
    m_secret = secret;
}

QStringList GatewaySimulator::dialects()
{
    return {QStringLiteral("pixelhub"), QStringLiteral("waha"), QStringLiteral("evolution"), QStringLiteral("whapi"),
            QStringLiteral("wppconnect")};
}

bool GatewaySimulator::setDialect(const QString& dialect)
{
    if (dialect == QLatin1String("pixelhub"))
        m_vendor.reset();
    else if (dialect == QLatin1String("waha"))
        m_vendor = std::make_unique<WahaApi>(*m_model);
    else if (dialect == QLatin1String("evolution"))
        m_vendor = std::make_unique<EvolutionApi>(*m_model);
    else if (dialect == QLatin1String("whapi"))
        m_vendor = std::make_unique<WhapiApi>(*m_model);
    else if (dialect == QLatin1String("wppconnect"))
        m_vendor = std::make_unique<WppconnectApi>(*m_model);
    else
        return false;
    m_dialect = dialect;
    return true;
}

HttpReply GatewaySimulator::vendorReply(const SimRequest& request)
{
    m_vendor->setSecret(m_secret);
    const bool secretOk = m_vendor->credentialOk(request);
    const RequestRecord record{QString::fromLatin1(request.method), request.path, QDateTime::currentDateTimeUtc(),
                               secretOk, request.query};
    m_requests.append(record);
    emit requestReceived(record);
    if (const auto fault = m_faults->take(request.method, request.path))
        return FaultInjector::reply(*fault, [this] { return m_vendor->listingBody(); });
    // Evolution's instance guard runs before its key check.
    if (auto* evolution = dynamic_cast<EvolutionApi*>(m_vendor.get()); evolution && evolution->unknownInstance(request))
        return evolution->handle(request);
    if (!secretOk && !m_vendor->open(request))
        return m_vendor->unauthorized();
    return m_vendor->handle(request);
}

quint16 GatewaySimulator::listen(quint16 port)
{
    m_port = m_server->listen(QHostAddress::LocalHost, port);
    if (m_port == 0)
        qCWarning(lcSim) << "cannot listen on 127.0.0.1 port" << port;
    return m_port;
}

QUrl GatewaySimulator::baseUrl() const
{
    QUrl url;
    url.setScheme(QStringLiteral("http"));
    url.setHost(QStringLiteral("127.0.0.1"));
    url.setPort(m_port);
    return url;
}

bool GatewaySimulator::scan(const QString& id)
{
    return m_model->scan(id) == SessionModel::ActionResult::Done;
}

bool GatewaySimulator::unlink(const QString& id)
{
    return m_model->unlink(id) == SessionModel::ActionResult::Done;
}

bool GatewaySimulator::setSilent(const QString& id, bool silent)
{
    return m_model->setSilent(id, silent) == SessionModel::ActionResult::Done;
}

bool GatewaySimulator::setLastInbound(const QString& id, std::optional<QDateTime> at)
{
    return m_model->setLastInbound(id, std::move(at)) == SessionModel::ActionResult::Done;
}

bool GatewaySimulator::addSession(const QJsonObject& session)
{
    const auto parsed = SimSession::fromJson(session, nullptr);
    return parsed && m_model->add(*parsed);
}

void GatewaySimulator::setLatency(int ms, const QString& pathPrefix)
{
    m_latency.removeIf([&pathPrefix](const QPair<QString, int>& rule) { return rule.first == pathPrefix; });
    if (ms > 0)
        m_latency.append({pathPrefix, ms});
}

int GatewaySimulator::latencyFor(const QString& path) const
{
    int ms = 0;
    for (const auto& [prefix, delay] : m_latency) {
        if (path.startsWith(prefix))
            ms = qMax(ms, delay);
    }
    return ms;
}

void GatewaySimulator::setFault(const FaultSpec& fault)
{
    m_faults->set(fault);
}

void GatewaySimulator::clearFaults()
{
    m_faults->clear();
}

QList<FaultSpec> GatewaySimulator::faults() const
{
    return m_faults->faults();
}

QList<RequestRecord> GatewaySimulator::requests() const
{
    return m_requests;
}

void GatewaySimulator::clearRequests()
{
    m_requests.clear();
}

int GatewaySimulator::sessionCount() const
{
    return m_model->count();
}

QStringList GatewaySimulator::sessionIds() const
{
    return m_model->ids();
}

QJsonObject GatewaySimulator::stateJson() const
{
    const Scenario& s = m_model->scenario();
    QJsonArray faults;
    for (const FaultSpec& f : m_faults->faults()) {
        faults.append(QJsonObject{{QStringLiteral("kind"), faultKindToString(f.kind)},
                                  {QStringLiteral("path"), f.pathPrefix},
                                  {QStringLiteral("count"), f.count},
                                  {QStringLiteral("delayMs"), f.delayMs},
                                  {QStringLiteral("method"), f.method}});
    }
    QJsonArray latency;
    for (const auto& [prefix, ms] : m_latency)
        latency.append(QJsonObject{{QStringLiteral("path"), prefix}, {QStringLiteral("ms"), ms}});
    return {
        {QStringLiteral("success"), true},
        {QStringLiteral("dialect"), m_dialect},
        {QStringLiteral("settings"), QJsonObject{{QStringLiteral("listDelayPerSessionMs"), s.listDelayPerSessionMs},
                                                 {QStringLiteral("qrRotateSeconds"), s.qrRotateSeconds},
                                                 {QStringLiteral("qrAfterPolls"), s.qrAfterPolls},
                                                 {QStringLiteral("qrMaxRotations"), s.qrMaxRotations},
                                                 {QStringLiteral("qrPatched"), s.qrPatched},
                                                 {QStringLiteral("createdHidden"), s.createdHidden},
                                                 {QStringLiteral("qrFormat"), s.qrFormat}}},
        {QStringLiteral("sessions"), m_model->stateJson()},
        {QStringLiteral("faults"), faults},
        {QStringLiteral("latency"), latency},
        {QStringLiteral("activityRowsWritten"), m_writer->rowsWritten()},
    };
}

bool GatewaySimulator::attachActivityDatabase(const QString& connectionName, int intervalMs, QString* error)
{
    return m_writer->attach(connectionName, intervalMs, error);
}

int GatewaySimulator::activityRowsWritten() const
{
    return m_writer->rowsWritten();
}

void GatewaySimulator::dispatch(const SimRequest& request, QTcpSocket* socket)
{
    const QString area = request.segments.value(1);
    if (area == QLatin1String("__sim")) {
        HttpWire::send(socket, m_control->handle(request));
        return;
    }

    HttpReply reply;
    if (m_vendor) {
        reply = vendorReply(request);
    } else if (area == QLatin1String("api")) {
        const QByteArray sent = request.header("X-Gateway-Secret");
        const bool secretOk = !m_secret.isEmpty() && !sent.isEmpty() && QString::fromUtf8(sent) == m_secret;
        const RequestRecord record{QString::fromLatin1(request.method), request.path, QDateTime::currentDateTimeUtc(),
                                   secretOk, request.query};
        m_requests.append(record);
        emit requestReceived(record);

        if (const auto fault = m_faults->take(request.method, request.path)) {
            reply = FaultInjector::reply(*fault, [this] { return m_channels->listingBody(); });
        } else if (sent.isEmpty()) {
            reply = HttpReply::jsonError(401, QStringLiteral("Missing X-Gateway-Secret header"));
        } else if (!secretOk) {
            reply = HttpReply::jsonError(401, QStringLiteral("Invalid gateway secret"));
        } else {
            reply = m_channels->handle(request);
        }
    } else if (request.path == QLatin1String("/") && request.method == "GET") {
        reply.status = 302;
        reply.contentType = "text/plain; charset=utf-8";
        reply.headers.emplace_back("Location", "/ui/");
        reply.body = "Found. Redirecting to /ui/";
    } else {
        reply = ChannelsApi::routeNotFound();
    }

    const int delay = latencyFor(request.path) + reply.delayMs;
    if (delay <= 0) {
        HttpWire::send(socket, reply);
        return;
    }
    QTimer::singleShot(delay, this, [target = QPointer<QTcpSocket>(socket), reply] {
        if (target)
            HttpWire::send(target, reply);
    });
}

} // namespace sim
