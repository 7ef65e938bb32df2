#pragma once

#include <QHostAddress>
#include <QList>
#include <QUrl>

#include <functional>

namespace gateway {

// Maps a host name to its addresses; injected by tests (no traffic leaves loopback).
using HostResolver = std::function<QList<QHostAddress>(const QString& host)>;

// The design's TLS rule: the secret travels in clear (plain http://) only to this computer. True
// for https://, an address literal in 127.0.0.0/8 or ::1, "localhost" (and *.localhost), and a name
// the resolver maps to loopback addresses only. Without a resolver a name is not loopback: it is
// not looked up on the caller's thread, and an unproven host is treated as remote.
bool mayCarrySecret(const QUrl& url, const HostResolver& resolver = {});

} // namespace gateway
