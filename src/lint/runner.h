// File: lint/runner.h
// Runs a set of lints over parsed objects with zlint's framework semantics
// (see ../shared/conformance/zlint/README.md "What zlint's framework does"):
//   1. source pre-filter: CABF_BR lints are NA on certificates that are not
//      server-auth, CABF_SMIME_BR on non-email-protection, CABF_CS_BR on
//      non-code-signing (unless the lint overrides the filter);
//   2. the lint's CheckApplies false -> NA (decided without the lint when
//      the certificate lacks a fact of Metadata::requires_facts);
//   3. outside effective <= t < ineffective -> NE (t: notBefore, CRL
//      thisUpdate, OCSP nextUpdate of the first response);
//   4. an exception from a lint, or a failed Configure -> fatal.
#ifndef CAIR_LINT_RUNNER_H_
#define CAIR_LINT_RUNNER_H_

#include <chrono>
#include <memory>
#include <string>
#include <vector>

#include "lint/config.h"
#include "lint/lint.h"
#include "lint/registry.h"

namespace cair::lint {

class Runner {
 public:
  // Instantiates and configures every registered lint that `filter` selects.
  Runner(const Registry& registry, const Filter& filter, const Config& config);

  // The selected lints of each type, sorted by name; results are aligned.
  const std::vector<const Metadata*>& certificate_lints() const { return cert_meta_; }
  const std::vector<const Metadata*>& crl_lints() const { return crl_meta_; }
  const std::vector<const Metadata*>& ocsp_lints() const { return ocsp_meta_; }

  // Runs every certificate lint; `out` is resized to certificate_lints().
  void Run(const x509::Certificate& c, std::vector<Result>* out) const;
  void Run(const x509::Crl& c, std::vector<Result>* out) const;
  void Run(const x509::OcspResponse& r, std::vector<Result>* out) const;

  // Whether Metadata::requires_facts decides NA without asking the lint (on
  // by default). Off, every lint the source filter admits is asked: the
  // same results, slower (tests/facts_test.cc compares the two).
  void DecideByFacts(bool on);

  // Per-lint time accounting (off by default: it costs two clock reads per lint).
  void EnableProfile(bool on) { profile_ = on; }
  struct Cost {
    const Metadata* metadata;
    std::chrono::nanoseconds total{0};
    uint64_t calls = 0;
  };
  std::vector<Cost> Profile() const;

 private:
  // What the per-object loop reads of a lint, kept together in one array
  // (the Metadata of 460 lints lie in 460 translation units' data).
  struct Entry {
    const Metadata* metadata;
    std::unique_ptr<LintBase> lint;
    std::string config_error;
    int64_t effective = kAlways, ineffective = kNever;
    // Facts without which the lint is NA: the source pre-filter's
    // classification and, unless Configure failed, Metadata::requires_facts.
    Facts requires_facts = 0;
  };
  template <typename Object, typename LintT, bool kProfile>
  void RunAll(const std::vector<Entry>& entries, size_t base, const Object& o, int64_t t,
              std::vector<Result>* out) const;
  template <typename Object, typename LintT>
  void RunAll(const std::vector<Entry>& entries, const Object& o, int64_t t, std::vector<Result>* out) const;

  std::vector<Entry> cert_, crl_, ocsp_;
  std::vector<const Metadata*> cert_meta_, crl_meta_, ocsp_meta_;
  bool profile_ = false;
  mutable std::vector<std::chrono::nanoseconds> cost_;
  mutable std::vector<uint64_t> calls_;
  mutable std::vector<const Metadata*> cost_meta_;
};

// True if the framework's source pre-filter makes `m` NA for `c`.
bool FilteredBySource(const Metadata& m, const x509::Certificate& c);

}  // namespace cair::lint

#endif  // CAIR_LINT_RUNNER_H_
