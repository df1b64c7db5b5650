// File: corpus/certificates.h
// Reads the identities of many certificates (SHA-256, serial, issuer,
// validity, names) from any `cair scan` source in parallel: one thread reads,
// `jobs` workers decode, hash and parse, and the caller's thread consumes the
// results in input order, so an error names the first bad object however
// the work was split. Used where certificates are recorded rather than
// linted (an incident's affected set: millions of them).
#ifndef CAIR_CORPUS_CERTIFICATES_H_
#define CAIR_CORPUS_CERTIFICATES_H_

#include <atomic>
#include <cstdint>
#include <functional>
#include <string>
#include <unordered_set>
#include <vector>

#include "corpus/scanner.h"
#include "corpus/source.h"

namespace cair::corpus {

struct CertificateIdentity {
  std::string origin;
  Sha256 sha256{};
  std::string serial_hex;  // magnitude, upper-case hex (SerialHex)
  std::string issuer, subject;
  std::string dns_names;   // the SAN dNSNames, space-separated
  int64_t not_before = 0, not_after = 0;
  bool precertificate = false;
  bool smime = false;      // x509::Certificate::IsEmailProtection: the lints' S/MIME classification
  uint64_t tbs_key = 0;    // pairs a precertificate with its certificate
  // Non-empty when the object could not be read or is not a certificate:
  // "origin: reason".
  std::string error;
};

using Sha256Set = std::unordered_set<Sha256, Sha256Hash>;

struct CertificateReadOptions {
  int jobs = 1;
  SourceOptions source;
  // When set, only objects whose SHA-256 is in the set are parsed and handed
  // on; the rest are skipped (counted in `skipped`). Read-only here.
  const Sha256Set* only = nullptr;
};

struct CertificateReadStats {
  uint64_t objects = 0;   // handed to `consume` (errors included)
  uint64_t skipped = 0;   // not in `only`
  bool stopped = false;   // `consume` returned false
};

// Calls `consume` on the calling thread with consecutive batches of results
// in input order. Reading stops when `consume` returns false.
CertificateReadStats ReadCertificates(const std::vector<std::string>& sources, const CertificateReadOptions& options,
                                      const std::function<bool(std::vector<CertificateIdentity>& batch)>& consume);

// Parses "hex SHA-256" (either case) into `out`.
bool ParseSha256Hex(std::string_view hex, Sha256* out);

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_CERTIFICATES_H_
