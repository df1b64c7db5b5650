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
#include <cstdint>
#include <memory>
#include <string>
#include <unordered_map>
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
  friend class FindingsRunner;
  template <typename Object, typename LintT, bool kProfile>
  void RunAll(const std::vector<Entry>& entries, size_t base, const Object& o, int64_t t,
              std::vector<Result>* out) const;
  template <typename Object, typename LintT>
  void RunAll(const std::vector<Entry>& entries, const Object& o, int64_t t, std::vector<Result>* out) const;

  std::vector<Entry> cert_, crl_, ocsp_;
  std::vector<const Metadata*> cert_meta_, crl_meta_, ocsp_meta_;
  // Every effective and ineffective date of a certificate lint, sorted and
  // unique: between two consecutive ones, every lint is in force or not for
  // every notBefore alike (FindingsRunner's plans are per such interval).
  std::vector<int64_t> cert_dates_;
  // What a FindingsRunner plan reads of the certificate lints' facts and
  // dates, as sets of lints, `words` 64-bit words each (bit i: lint i): per
  // fact bit, the lints that require that fact; per interval between
  // cert_dates_, the lints in force throughout it (a lint whose Configure
  // failed at any t: its fatal result); and the facts some lint requires.
  struct Screen {
    size_t words = 0;
    std::vector<uint64_t> requiring;  // [fact bit * words + word]
    std::vector<uint64_t> in_force;   // [interval * words + word]
    Facts required = 0;
  };
  Screen cert_screen_;
  void BuildScreen();
  bool profile_ = false;
  mutable std::vector<std::chrono::nanoseconds> cost_;
  mutable std::vector<uint64_t> calls_;
  mutable std::vector<const Metadata*> cost_meta_;
};

// A lint's result with its index among the runner's lints of its type.
struct IndexedResult {
  uint32_t index = 0;
  Result result;
};

// A runner's certificate lints, keeping only the findings: results of kInfo
// or worse, what a corpus scan keeps. Those are exactly the findings of
// Runner::Run, in the same order, with the same details; what is not kept
// lets it do less per certificate:
//   - a lint that is NA by facts (source pre-filter, requires_facts) or not
//     in force at the certificate's notBefore is not looked at at all (Run
//     still asks CheckApplies of a lint out of force, to tell NA from NE);
//   - which lints remain is a plan computed once per combination of the
//     certificate's facts and the interval between effective dates that
//     holds its notBefore (a corpus has a few hundred such combinations),
//     not a test per lint per certificate.
// One exception to "exactly": a CheckApplies that throws on a certificate
// the lint is not in force for is fatal in Run and not looked at here.
// Not thread-safe (it caches plans): one per thread, over a shared Runner.
// With the runner's profile switch on, it runs Run and filters, so that the
// per-lint times stay complete.
class FindingsRunner {
 public:
  explicit FindingsRunner(const Runner& runner);
  // `c`'s findings, in lint order, replacing `*out`'s contents.
  void Run(const x509::Certificate& c, std::vector<IndexedResult>* out);

 private:
  // A plan lists the indexes of the lints to run (two bytes each: a corpus
  // needs a few thousand plans, and each certificate walks one); the lints
  // themselves are looked up in lints_, one dense array of pointers.
  using Plan = std::vector<uint16_t>;
  const Plan& PlanFor(Facts facts, int64_t t);

  const Runner& runner_;
  struct Key {
    Facts facts;
    size_t interval;
    bool operator==(const Key& o) const { return facts == o.facts && interval == o.interval; }
  };
  struct KeyHash {
    size_t operator()(const Key& k) const { return std::hash<uint64_t>()(k.facts * 0x9e3779b97f4a7c15ull ^ k.interval); }
  };
  // Bounded: certificates crafted to have many fact combinations empty it.
  static constexpr size_t kMaxPlans = 4096;
  std::unordered_map<Key, Plan, KeyHash> plans_;
  // Each certificate lint of the runner, by index; nullptr where its
  // Configure failed (fatal).
  std::vector<const CertificateLint*> lints_;
  // The previous certificate's plan and the notBefore interval it holds for
  // [from, until): a corpus in issuance order asks for the same plan many
  // times in a row. Cleared with plans_.
  const Plan* last_plan_ = nullptr;
  Facts last_facts_ = 0;
  int64_t last_from_ = 0, last_until_ = 0;
  std::vector<Result> all_;  // the profiled path's full results
  std::vector<uint64_t> scratch_;  // PlanFor's set of lints
};

// True if the framework's source pre-filter makes `m` NA for `c`.
bool FilteredBySource(const Metadata& m, const x509::Certificate& c);

}  // namespace cair::lint

#endif  // CAIR_LINT_RUNNER_H_
