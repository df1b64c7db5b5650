// File: monitor/ocsp_probe.h
// Probing a CA's OCSP responders (RFC 6960) the way a relying party would, and
// judging every answer against what the CA published elsewhere: its CRLs (a
// revoked serial must not be "good", and the revocation time and reason must
// agree), its issuance (a serial never issued must not be "good"), and the
// Baseline Requirements' freshness bounds. Requests are built and responses
// verified with OpenSSL's OCSP API; HTTP goes through libcurl
// (monitor/http_fetch.h), 8 requests in flight by default.
//
// Every finding carries the request that produced it (method, URL, CertID
// hash, serial, and the DER request in base64 so that it can be replayed).
#ifndef CAIR_MONITOR_OCSP_PROBE_H_
#define CAIR_MONITOR_OCSP_PROBE_H_

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "monitor/finding.h"
#include "monitor/http_fetch.h"

namespace cair::monitor {

// One serial to ask about, and what the CA's other records say of it.
struct OcspTarget {
  enum class Expect {
    kIssued,    // a certificate the CA issued (--certs): any authoritative answer
    kRevoked,   // on the CA's CRL (--crl): must be "revoked", same time and reason
    kUnissued,  // a random serial the CA never issued: must not be "good"
  };
  Expect expect = Expect::kIssued;
  std::string serial_hex;  // magnitude, upper-case hex, no leading 00 octet
  std::string url;         // the responder
  std::string origin;      // where the serial came from ("certs.pem #2", "ca.crl", "random")
  bool ca = false;         // the certificate is a CA certificate (BR 4.9.10's 12-month rule, not the subscriber bounds)
  // Expect::kRevoked: the CRL entry.
  int64_t crl_revoked_at = 0;
  int crl_reason = -1;  // CRLReason, -1 when the entry has no reasonCode
  std::optional<std::string> crl_number;
};

enum class OcspMethod { kPost, kGet };
enum class CertIdHash { kSha1, kSha256 };
const char* OcspMethodName(OcspMethod m);  // "POST" / "GET"
const char* CertIdHashName(CertIdHash h);  // "sha1" / "sha256"
// The inverses ("post"/"get", "sha1"/"sha256"); nullopt for anything else.
std::optional<OcspMethod> ParseOcspMethod(const std::string& s);
std::optional<CertIdHash> ParseCertIdHash(const std::string& s);

struct OcspProbeOptions {
  std::vector<OcspMethod> methods = {OcspMethod::kPost};  // each target is asked once per method and hash
  std::vector<CertIdHash> hashes = {CertIdHash::kSha1};
  FetchOptions fetch;  // timeout (10 s: BR 4.10.2), requests in flight (8)
  // The time answers are judged at (freshness bounds); 0: the clock when
  // each answer arrived.
  int64_t now = 0;
};

// One request and what came back.
struct OcspObservation {
  size_t target = 0;  // index into the targets
  std::string url, method, hash, request;  // `request` as in Finding::request
  int64_t observed_at = 0;
  HttpOutcome outcome = HttpOutcome::kConnection;
  long http_status = 0;
  double seconds = 0;
  std::string cert_status;  // "good" / "revoked" / "unknown"; "" when no usable answer
  std::optional<int64_t> this_update, next_update, revoked_at;
  int revocation_reason = -1;
};

struct OcspProbeResult {
  std::vector<OcspObservation> observations;
  std::vector<Finding> findings;
  std::string error;  // set when nothing could be probed (unusable issuer certificate)
};

// Asks every responder about every target. `issuer_der`: the CA certificate
// that issued the targets (the CertID's issuer hashes, and the authority the
// responses must come from: the CA itself or a responder it delegated with
// id-kp-OCSPSigning, RFC 6960 4.2.2.2).
OcspProbeResult ProbeOcsp(const std::string& issuer_der, const std::vector<OcspTarget>& targets,
                          const OcspProbeOptions& options);

// Helpers for building targets from certificates, CRLs and chance.
struct CertificateFacts {
  std::string serial_hex, issuer_dn;
  std::vector<std::string> ocsp_urls;  // AIA id-ad-ocsp URIs
  bool ca = false;
  int64_t not_after = 0;
};
// nullopt when `der` is not a certificate OpenSSL can read.
std::optional<CertificateFacts> ReadCertificateFacts(const std::string& der);
// The subject DN of `der` as the rest of cair spells it (x509::Name::ToString).
std::string SubjectDn(const std::string& der);
// Whether `cert_der` names `issuer_der` as its issuer and carries its signature.
bool IssuedBy(const std::string& cert_der, const std::string& issuer_der);
// The revoked serials of a CRL (RFC 5280 5.1), read with cair's parser.
struct CrlFacts {
  std::string issuer_dn;
  std::optional<std::string> crl_number;  // decimal
  int64_t this_update = 0;
  std::optional<int64_t> next_update;
  struct Entry {
    std::string serial_hex;
    int64_t revoked_at = 0;
    int reason = -1;  // CRLReason, -1 without a reasonCode
  };
  std::vector<Entry> entries;
};
// nullopt (and `*error`) when `der` is not a CRL.
std::optional<CrlFacts> ReadCrlFacts(const std::string& der, std::string* error);
// A random 128-bit serial (top bit clear): with the CA's serials carrying at
// least 64 random bits (BR 7.1), never one it issued; callers still skip any
// serial they know.
std::string RandomSerialHex();

}  // namespace cair::monitor

#endif  // CAIR_MONITOR_OCSP_PROBE_H_
