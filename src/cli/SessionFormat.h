#pragma once

#include "sessions/Session.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace cli {

// How sessions are printed by list and show: the JSON contract and the human wording.
class SessionFormat
{
    Q_DECLARE_TR_FUNCTIONS(SessionFormat)

public:
    // The list contract: id, name, status, gateway_status, last_activity_at, silent_for_at_least_s,
    // is_zombie, the gateway (profile name) and dialect it came from, duplicate_id (the gateway
    // lists this id more than once: an inconsistency; every row is kept), and status_since (since
    // when it is in its status, from the history; for a zombie, since when it is one; or null).
    // last_activity_at is exact
    // or null; when the session is only known to be silent for at least some time (its last
    // activity is older than the rows read so far), silent_for_at_least_s says how long (seconds),
    // else it is null.
    static QJsonObject toJson(const sessions::Session& session, const QString& gateway, const QString& dialect);
    // "12 min ago", "more than 4 h ago", "never", "unknown".
    static QString lastActivity(const sessions::Session& session);
    // "ok", "POSSIBLY DISCONNECTED (silent for 5 h (threshold 4 h))", "not connected", ...
    static QString health(const sessions::Session& session);
    // Left-aligned columns, two spaces apart; the first row is the header.
    static QString table(const QList<QStringList>& rows);
    // The same, a row at a time, for tables too big to hold (a listing of 200,000 sessions): widen()
    // every row first, then line() each. Cells are made visible (sessions::visibleText) by both.
    static void widen(QList<qsizetype>& widths, const QStringList& row);
    static QString line(const QStringList& row, const QList<qsizetype>& widths);
};

} // namespace cli
