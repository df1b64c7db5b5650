// File: monitor/watch.h
// `cair monitor run`: the continuous watch of a CA's revocation
// infrastructure. Each round downloads every configured CRL (libcurl), hands
// each to the CRL history (monitor/crl_history.h), probes every configured
// OCSP responder (monitor/ocsp_probe.h) about the CA's known certificates, a
// sample of the serials its fresh CRLs revoke and a few never-issued serials,
// and records every observation (store migration 11) and every finding.
// A CRL URL that fails is a finding too: crl-http-error (an HTTP error status
// or a closed connection), crl-timeout (BR 4.10.2: ten seconds), and bytes
// that are not a CRL (an HTML error page) become the history's crl-unparsable.
#ifndef CAIR_MONITOR_WATCH_H_
#define CAIR_MONITOR_WATCH_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "incident/store.h"
#include "monitor/finding.h"
#include "monitor/ocsp_probe.h"

namespace cair::monitor {

struct WatchIssuer {
  std::string cert_file, cert_der, dn;  // the issuing CA
  std::vector<std::string> crl_urls, ocsp_urls;
  std::vector<std::string> cert_files;  // certificates it issued, to ask about
  std::string certs_data;               // their contents, concatenated
  int unissued = 2;                     // random never-issued serials per responder and round
  int revoked_sample = 50;              // revoked serials per CRL and round (0: every one)
  std::vector<OcspMethod> methods = {OcspMethod::kPost, OcspMethod::kGet};
  std::vector<CertIdHash> hashes = {CertIdHash::kSha1};
};

struct WatchConfig {
  int64_t interval_s = 300;
  long timeout_ms = 10000;  // per request (BR 4.10.2)
  size_t in_flight = 8;
  std::vector<WatchIssuer> issuers;
};

// Reads monitor.toml (see the README's `cair monitor run`; paths are relative
// to the file's directory) and the certificates it names. nullopt and
// `*error` ("monitor.toml: issuer[2].cert: ...") when anything is wrong.
std::optional<WatchConfig> ReadWatchConfig(const std::string& path, std::string* error);

struct RoundResult {
  std::vector<Finding> findings;  // everything this round found (CRL URLs, CRL history, OCSP)
  std::vector<int64_t> finding_ids;  // their store ids, in order
  int crl_downloads = 0, crl_failures = 0, ocsp_requests = 0, ocsp_failures = 0;
  std::vector<std::string> notes;  // inputs refused this round (e.g. a CRL of another issuer), for stderr
};

// One round at `now` (0: the clock). Observations and findings are in the
// store when it returns; a store failure is the only error.
base::StatusOr<RoundResult> WatchRound(incident::Store& store, const WatchConfig& config, int64_t now);

}  // namespace cair::monitor

#endif  // CAIR_MONITOR_WATCH_H_
