// File: server/revocation_page.h
// The state `cair monitor run` records, as `cair serve` shows it: the
// "Revocation health" pages (every watched issuer; then one issuer's CRL URLs,
// OCSP responders and findings) and the monitor's Prometheus metrics (last
// successful fetch, CRL age, OCSP latency, findings by kind). Everything is
// read from the store (migrations 10 and 11), so the pages show what the
// monitor process recorded, whichever process that is.
#ifndef CAIR_SERVER_REVOCATION_PAGE_H_
#define CAIR_SERVER_REVOCATION_PAGE_H_

#include <cstdint>
#include <optional>
#include <string>

#include "incident/store.h"
#include "server/lint_api.h"

namespace cair::server {

// The state of one CRL URL or responder at `now`: "ok"; "degraded" (a
// responder answered some requests of its latest round, not all); "stale" (the
// latest CRL read has passed its nextUpdate); "failing" (the latest download
// or round got nothing usable).
std::string EndpointState(const incident::MonitorEndpoint& e, int64_t now);

// GET /revocation: one row per watched issuer, linking to its page.
std::optional<std::string> RenderRevocationIndex(incident::Store& store, int64_t now, Failure* failure);
// GET /revocation?issuer=DN: 404 when the monitor never observed that issuer.
std::optional<std::string> RenderRevocationIssuer(incident::Store& store, const std::string& issuer, int64_t now,
                                                  Failure* failure);
// The monitor's metrics in the Prometheus text format (gauges; one series per
// configured URL, so labels stay bounded by monitor.toml). "" when the store
// cannot be read.
std::string RevocationMetrics(incident::Store& store, int64_t now);

}  // namespace cair::server

#endif  // CAIR_SERVER_REVOCATION_PAGE_H_
