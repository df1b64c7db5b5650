// File: monitor/crl_history.h
// The CRL history of `cair monitor`: every CRL version a CA published, kept in
// the incident store (migration 10), and the findings each new version causes
// (issue 11 item 2). Contract:
//  - RecordCrl takes one observation (the bytes as published, where they came
//    from, when), records the version in the store (a version already recorded
//    — same issuer, scope and SHA-256 — is not recorded twice) and returns the
//    findings: comparisons with the neighbouring versions of the same sequence
//    (issuer + scope, ordered by CRL number then thisUpdate, whatever the order
//    of arrival), the version's own validity, and the sequence's state at
//    `now`. Bytes that are not a CRL give one `crl-unparsable` finding. Every
//    finding is also recorded in the store (RecordFindings), so that
//    `cair monitor open-incident` can attach it later. Errors (the store
//    failing) are values; nothing is half-recorded.
//  - RecordFindings / AttachFindings are for any monitor command (the OCSP
//    prober too): findings are kept de-duplicated by (kind, issuer, serial,
//    CRL number, URL, request), their first/last observation widened.
//  - Memory: one CRL's entries (a sorted compact list, ~30 bytes per entry)
//    and its predecessor's and successor's, never the history.
#ifndef CAIR_MONITOR_CRL_HISTORY_H_
#define CAIR_MONITOR_CRL_HISTORY_H_

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "incident/store.h"
#include "monitor/finding.h"

namespace cair::monitor {

// Certificates known to the caller (`--certs`): (issuer DN, serial hex) ->
// notAfter and whether it is a CA certificate. The store's affected
// certificates are consulted too when a serial is not here.
struct KnownCertificate {
  int64_t not_after = 0;
  bool ca = false;
};
using CertificateIndex = std::map<std::pair<std::string, std::string>, KnownCertificate>;

// Adds every certificate in PEM/DER `data` to `index`; returns how many, or an
// error message when the data holds no certificate.
std::optional<std::string> AddCertificates(const std::string& data, CertificateIndex* index, size_t* added);

struct CrlObservation {
  std::string der;          // one CRL, DER, as published
  std::string origin;       // file name or URL, for messages and the store
  std::string url;          // the CRL URL it was fetched from ("" for a file)
  int64_t observed_at = 0;  // when it was read or fetched (Unix seconds)
};

struct CrlCheckOptions {
  int64_t now = 0;                       // crl-expired / crl-reissue-late are judged at this time
  std::string issuer_cert_der;           // when set: crl-signature-invalid if the signature fails
  const CertificateIndex* certs = nullptr;
  std::optional<int64_t> incident;       // when set: findings are attached to this incident
};

struct CrlRecord {
  std::vector<Finding> findings;
  bool parsed = false;     // false: the bytes are not a CRL (one crl-unparsable finding)
  bool duplicate = false;  // this version was already in the store
  std::string issuer, scope;
  int64_t entries = 0;
};

// The same for several observations (`cair monitor crl FILE...`): all are
// recorded first, then each is compared with its neighbours, so that versions
// given out of order compare as published. Findings (all of them, one per
// key) go to `*findings`, not yet to the store (RecordFindings).
base::StatusOr<std::vector<CrlRecord>> RecordCrls(incident::Store& store, const std::vector<CrlObservation>& observations,
                                                    const CrlCheckOptions& opt, std::vector<Finding>* findings);
// One observation (`cair monitor run`): recorded, compared, and its findings
// recorded in the store (attached to opt.incident when set).
base::StatusOr<CrlRecord> RecordCrl(incident::Store& store, const CrlObservation& obs, const CrlCheckOptions& opt);

// Records findings (de-duplicated, see above), attaching them to `incident`
// when set. Returns the stored ids, one per finding.
base::StatusOr<std::vector<int64_t>> RecordFindings(incident::Store& store, const std::vector<Finding>& findings,
                                                      std::optional<int64_t> incident, int64_t now);

// Attaches recorded findings to an incident (one timeline entry per problem
// kind); the reports show them as problems with their statistics.
base::StatusOr<int64_t> AttachFindings(incident::Store& store, int64_t incident, const std::vector<int64_t>& finding_ids,
                                         int64_t now);

}  // namespace cair::monitor

#endif  // CAIR_MONITOR_CRL_HISTORY_H_
