// File: monitor/finding.h
// A finding of `cair monitor`: something wrong with a CA's revocation
// infrastructure (CRLs, OCSP responders), with the rule it breaks.
// `kind` values are stable strings (they leave the process in --json, the
// store and the reports); see the issue list in the README's monitor section.
#ifndef CAIR_MONITOR_FINDING_H_
#define CAIR_MONITOR_FINDING_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace cair::monitor {

enum class Severity { kInfo, kWarning, kError };

// "info" / "warning" / "error".
const char* SeverityName(Severity s);

struct Finding {
  std::string kind;                       // e.g. "unrevocation", "ocsp-good-for-revoked"
  Severity severity = Severity::kError;
  std::string issuer;                     // issuer DN (RFC 4514 string)
  std::optional<std::string> serial;      // upper-case hex, no leading zeros stripped beyond DER
  std::optional<std::string> crl_number;  // decimal
  int64_t first_seen = 0;                 // Unix seconds, UTC
  int64_t last_seen = 0;
  std::string detail;                     // one human sentence with the evidence
  std::string rule;                       // citation, e.g. "BR 4.9.7", "MRSP 6.1.1", "RFC 6960 4.2.2.1"
  bool expiry_unknown = false;            // unrevocation: certificate expiry not known
  std::string url;                        // CRL URL or OCSP responder, when known
  std::string request;                    // OCSP: the request that produced it (method, URL, CertID hash, serial)
};

// finding.cc: the --json shape of issue 11: {"kind", "severity", "issuer",
// "serial" (hex or null), "crl_number" (decimal string or null), "first_seen",
// "last_seen" (RFC 3339 UTC), "detail", "rule"}, plus "expiry_unknown": true,
// "url" and "request" when set.
nlohmann::json ToJson(const Finding& f);
// {"findings": [...]}
nlohmann::json FindingsJson(const std::vector<Finding>& findings);
// True when any finding is error-level (exit code 1).
bool AnyError(const std::vector<Finding>& findings);

}  // namespace cair::monitor

#endif  // CAIR_MONITOR_FINDING_H_
