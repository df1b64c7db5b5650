// File: lint/lint.h
// What a lint is: metadata as data (`Metadata`), a result (`Result`), and
// the interfaces a lint implements for the object type it checks. Lints are
// pure functions of the parsed object; the framework (runner.h) does source
// pre-filtering, applicability, effective dates, and fault isolation.
#ifndef CAIR_LINT_LINT_H_
#define CAIR_LINT_LINT_H_

#include <cstdint>
#include <limits>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "der/values.h"
#include "lint/facts.h"
#include "x509/certificate.h"
#include "x509/crl.h"
#include "x509/ocsp.h"

namespace cair::lint {

class Config;

// Statuses, in zlint's JSON spelling (`StatusName`). Order matters: a
// larger value is a worse finding.
enum class Status : uint8_t { kNA, kNE, kPass, kInfo, kWarn, kError, kFatal };
const char* StatusName(Status s);
std::optional<Status> ParseStatus(std::string_view s);

// Requirements bodies. `SourceName` is zlint's LintSource string, stable.
enum class Source : uint8_t {
  kRfc5280, kRfc5480, kRfc5891, kRfc3279, kRfc6960, kRfc6962, kRfc8813, kCommunity,
  kCabfBr, kCabfEv, kCabfSmimeBr, kCabfCsBr, kEtsiEsi, kMozilla, kApple, kChrome, kCair,
};
const char* SourceName(Source s);
std::optional<Source> ParseSource(std::string_view s);

enum class ObjectType : uint8_t { kCertificate, kCrl, kOcspResponse };
const char* ObjectTypeName(ObjectType t);

inline constexpr int64_t kAlways = std::numeric_limits<int64_t>::min();
inline constexpr int64_t kNever = std::numeric_limits<int64_t>::max();

// Unix seconds of a UTC date, for effective dates.
constexpr int64_t Date(int y, unsigned m, unsigned d) {
  // days_from_civil, constexpr copy of der::DaysFromCivil.
  int64_t yy = y - (m <= 2);
  const int64_t era = (yy >= 0 ? yy : yy - 399) / 400;
  const unsigned yoe = static_cast<unsigned>(yy - era * 400);
  const unsigned doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return (era * 146097 + static_cast<int64_t>(doe) - 719468) * 86400;
}

struct Metadata {
  std::string_view name;         // e_/w_/n_ + snake_case; the stable identifier
  std::string_view description;  // one sentence, our own words
  std::string_view citation;     // "RFC 5280: 4.2.1.9", "BRs: 7.1.2.7.7"
  Source source;
  int64_t effective = kAlways;   // in force when effective <= t < ineffective
  int64_t ineffective = kNever;
  ObjectType type = ObjectType::kCertificate;
  // Opt out of the framework's source pre-filter (zlint's
  // OverrideFrameworkFilter).
  bool override_framework_filter = false;
  // The same rule in the field's other linters, as data: entries
  // "linter:code" separated by ';' (linter one of `kPeerLinters`; the code is
  // pkilint's finding code, x509lint's or certlint's message). Shown by
  // `cair docs` and `--list-lints-json`; `--include-names` accepts the codes.
  std::string_view peers = {};
  // Certificate lints: facts (lint/facts.h) that CheckApplies needs, a
  // necessary condition: CheckApplies is false on any certificate lacking
  // one of them, which the runner then reports NA without asking the lint.
  // 0 (the default): the lint is always asked.
  Facts requires_facts = 0;
};

inline constexpr std::string_view kPeerLinters[] = {"pkilint", "certlint", "x509lint"};
struct PeerCode {
  std::string_view linter, code;
  bool operator==(const PeerCode&) const = default;
};
// `m.peers` split into entries; an entry without a known linter prefix is
// returned with an empty `linter` (the catalogue test rejects it).
std::vector<PeerCode> PeerCodes(const Metadata& m);

struct Result {
  Status status = Status::kPass;
  std::string details;
};
inline Result Pass() { return {Status::kPass, {}}; }
inline Result NA() { return {Status::kNA, {}}; }
inline Result NE() { return {Status::kNE, {}}; }
inline Result Info(std::string d = {}) { return {Status::kInfo, std::move(d)}; }
inline Result Warn(std::string d = {}) { return {Status::kWarn, std::move(d)}; }
inline Result Error(std::string d = {}) { return {Status::kError, std::move(d)}; }
inline Result Fatal(std::string d = {}) { return {Status::kFatal, std::move(d)}; }

// Base of all lints. `Configure` is called once, before any object, with the
// run's configuration; it returns "" or a message (the lint is then `fatal`
// for every object, with that message).
class LintBase {
 public:
  virtual ~LintBase() = default;
  virtual std::string Configure(const Config& config) { return ""; }
};

class CertificateLint : public LintBase {
 public:
  virtual bool CheckApplies(const x509::Certificate& c) const = 0;
  virtual Result Execute(const x509::Certificate& c) const = 0;
};

class CrlLint : public LintBase {
 public:
  virtual bool CheckApplies(const x509::Crl& c) const = 0;
  virtual Result Execute(const x509::Crl& c) const = 0;
};

class OcspLint : public LintBase {
 public:
  virtual bool CheckApplies(const x509::OcspResponse& r) const = 0;
  virtual Result Execute(const x509::OcspResponse& r) const = 0;
};

}  // namespace cair::lint

#endif  // CAIR_LINT_LINT_H_
