// File: corpus/scanner.h
// The parallel streaming scan: read objects from sources, lint each on a
// pool of workers, and aggregate per lint (count, first and last notBefore,
// issuers, SHA-256 list) with bounded memory. Precertificates and final
// certificates are paired by their TBS without the CT poison and SCT-list
// extensions, so each problem is counted as objects and as issuances.
#ifndef CAIR_CORPUS_SCANNER_H_
#define CAIR_CORPUS_SCANNER_H_

#include <array>
#include <atomic>
#include <cstdint>
#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "corpus/source.h"
#include "lint/config.h"
#include "lint/registry.h"
#include "x509/certificate.h"

namespace cair::corpus {

using Sha256 = std::array<uint8_t, 32>;
// For hash sets of SHA-256 values (already uniformly distributed).
struct Sha256Hash {
  size_t operator()(const Sha256& h) const;
};

struct ScanOptions {
  int jobs = 1;
  lint::Filter filter;
  // Object filters (certificates only; CRLs pass them).
  std::string issuer;  // substring of the issuer DN, or hex keyIdentifier matched to the AKI
  std::optional<int64_t> not_before_from, not_before_to, unexpired_at;
  SourceOptions source;
  bool progress = false;   // a progress line on stderr
  uint64_t total_bytes = 0;  // for ETA; 0 when unknown
  // Fill ObjectReport's key fields (for corpus/key_checks.h).
  bool collect_keys = false;
  // Fill ObjectReport::subject_cn and sans for certificates with findings
  // (what `cair scan --csv` writes); off, they stay empty and the scan does
  // not decode them.
  bool describe_subjects = true;
};

// One object's identity and findings, handed to the per-object writers.
struct ObjectReport {
  Sha256 sha256;
  std::string origin;
  enum Kind { kCertificate, kPrecertificate, kTbs, kCrl, kOcsp } kind = kCertificate;
  std::string serial_hex, issuer, subject_cn, sans;
  int64_t not_before = 0, not_after = 0;
  // Equal for a precertificate and its final certificate: a fast 64-bit
  // hash of what TbsKey hashes. Scan-internal, not TbsKey's value (which the
  // incident store keeps).
  uint64_t pair_key = 0;
  // With ScanOptions::collect_keys, for certificates whose key parses:
  bool has_key = false;
  Sha256 spki_sha256{};                   // SHA-256 of the SubjectPublicKeyInfo
  std::string rsa_modulus;                // magnitude, RSA keys only
  std::vector<std::string> subscribers;   // SubscriberIdentities()
  struct Finding {
    uint16_t lint;  // index into ScanResult::lints
    lint::Status status;
    std::string details;
  };
  std::vector<Finding> findings;
};

struct LintSummary {
  lint::Status result = lint::Status::kPass;  // worst status seen
  uint64_t count = 0;                          // objects
  uint64_t certificates = 0, precertificates = 0, crls = 0;
  uint64_t issuances = 0;  // certificates + precertificates, a pair counted once
  int64_t first_not_before = 0, last_not_before = 0;
  std::map<std::string, uint64_t> issuers;
};

// Serial-number statistics of one issuer across the scanned certificates
// (BR 7.1: at least 64 bits of CSPRNG output). One certificate cannot show
// a fixed top bit (EJBCA's 63-bit serials, 2019) or a fixed prefix; an
// issuer's whole population can.
struct IssuerSerialStats {
  struct Bucket {                 // serials of one magnitude length
    uint64_t count = 0;
    uint64_t top_bit_set = 0;     // first octet has bit 8 set
    size_t common_prefix = 0;     // octets shared by every serial of this length
    std::string first_hex;        // the first serial seen (prefix reference)
  };
  uint64_t certificates = 0;
  std::map<size_t, Bucket> by_length;
  // Adds one serial: upper-case hex of its magnitude (no leading 00 octet).
  void Add(const std::string& serial_hex);
  // The length most serials have: the issuer's serial format.
  size_t DominantLength() const;
  // Upper bound on random bits for the dominant length: 8 per octet, less 8
  // per octet every serial shares, less 1 when the top bit was never set in
  // 32 or more serials (probability 2^-32 if it were random).
  int EntropyBound() const;
  bool Suspicious() const;
};

struct ScanResult {
  std::vector<const lint::Metadata*> lints;  // index space of Finding::lint
  uint64_t objects = 0, certificates = 0, precertificates = 0, tbs = 0, crls = 0, ocsp = 0;
  uint64_t unparsable = 0, duplicates = 0, filtered_out = 0;
  uint64_t issuances = 0;  // certificates + precertificates, a pair counted once
  std::map<std::string, LintSummary> findings;  // by lint name, info or worse only
  // By issuer DN, over certificates and precertificates with notBefore on or
  // after 2016-09-30 (Ballot 164).
  std::map<std::string, IssuerSerialStats> serials;
  struct Problem {
    std::string origin, reason;
  };
  std::vector<Problem> problems;  // first 10,000 unreadable/unparsable objects
  double elapsed_s = 0;
  bool interrupted = false;
};

// Per-object callback (CSV rows, fingerprint files); called from one thread.
using ObjectCallback = std::function<void(const ObjectReport&, const ScanResult&)>;

// Scans `sources`. `stop` may be set from a signal handler to end early; the
// result then holds everything read so far and `interrupted` is true.
ScanResult Scan(const std::vector<std::string>& sources, const ScanOptions& options,
                const lint::Config& config, const ObjectCallback& on_object,
                const std::atomic<bool>* stop);

std::string HexUpper(const Sha256& h);

// Hash of the TBSCertificate without the CT poison and SCT-list extensions:
// equal for a precertificate and its final certificate (RFC 6962 3.1).
uint64_t TbsKey(const x509::Certificate& c);
// Serial number magnitude as upper-case hex, without a leading 00 octet.
std::string SerialHex(der::Input serial);
// The subjectAltName dNSNames, separated by one space.
std::string DnsNames(const x509::Certificate& c);

}  // namespace cair::corpus

#endif  // CAIR_CORPUS_SCANNER_H_
