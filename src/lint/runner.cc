#include "lint/runner.h"

#include <algorithm>
#include <bit>
#include <climits>
#include <cstdint>
#include <exception>
#include <stdexcept>

namespace cair::lint {

namespace {

// The framework's source pre-filter as facts (lint/facts.h): the three
// classifications read the EKU and policy lists, ~200 lints ask, and the
// certificate's facts hold the answers.
Facts SourceFacts(const Metadata& m) {
  if (m.override_framework_filter) return 0;
  switch (m.source) {
    case Source::kCabfBr: return fact::kServerAuth;
    case Source::kCabfSmimeBr: return fact::kEmailProtection;
    case Source::kCabfCsBr: return fact::kCodeSigning;
    default: return 0;
  }
}

// CRLs and OCSP responses have no facts: nothing is filtered.
template <typename Object>
Facts FactsOf(const Object&) { return ~Facts{0}; }
Facts FactsOf(const x509::Certificate& c) { return CertificateFacts(c); }

}  // namespace

Runner::Runner(const Registry& registry, const Filter& filter, const Config& config) {
  for (const Registration& r : registry.All()) {
    if (!filter.Matches(*r.metadata)) continue;
    Entry e{r.metadata, r.make(), "", r.metadata->effective, r.metadata->ineffective, SourceFacts(*r.metadata)};
    try {
      e.config_error = e.lint->Configure(config);
    } catch (const std::exception& ex) {
      e.config_error = std::string("configuration failed: ") + ex.what();
    }
    switch (r.metadata->type) {
      case ObjectType::kCertificate:
        cert_meta_.push_back(r.metadata);
        cert_.push_back(std::move(e));
        break;
      case ObjectType::kCrl:
        crl_meta_.push_back(r.metadata);
        crl_.push_back(std::move(e));
        break;
      case ObjectType::kOcspResponse:
        ocsp_meta_.push_back(r.metadata);
        ocsp_.push_back(std::move(e));
        break;
    }
  }
  for (const Entry& e : cert_)
    for (int64_t d : {e.effective, e.ineffective})
      if (d != kAlways && d != kNever) cert_dates_.push_back(d);
  std::sort(cert_dates_.begin(), cert_dates_.end());
  cert_dates_.erase(std::unique(cert_dates_.begin(), cert_dates_.end()), cert_dates_.end());
  DecideByFacts(true);  // after cert_dates_: the screen's sets are per interval
  size_t n = cert_.size() + crl_.size() + ocsp_.size();
  cost_.assign(n, {});
  calls_.assign(n, 0);
  for (auto* v : {&cert_, &crl_, &ocsp_})
    for (const auto& e : *v) cost_meta_.push_back(e.metadata);
}

void Runner::DecideByFacts(bool on) {
  // A lint that failed to configure is fatal wherever the source filter lets
  // it run, whatever its CheckApplies would say: its own facts are not used.
  for (Entry& e : cert_)
    e.requires_facts =
        SourceFacts(*e.metadata) | (on && e.config_error.empty() ? e.metadata->requires_facts : 0);
  BuildScreen();
}

void Runner::BuildScreen() {
  cert_screen_ = {};
  Screen& s = cert_screen_;
  const size_t n = cert_.size();
  s.words = (n + 63) / 64;
  s.requiring.assign(64 * s.words, 0);
  s.in_force.assign((cert_dates_.size() + 1) * s.words, 0);
  for (size_t i = 0; i < n; ++i) {
    const Entry& e = cert_[i];
    const uint64_t bit = uint64_t{1} << (i % 64);
    s.required |= e.requires_facts;
    for (Facts f = e.requires_facts; f != 0; f &= f - 1)
      s.requiring[static_cast<size_t>(std::countr_zero(f)) * s.words + i / 64] |= bit;
    // Where Configure failed the lint is in force at any t (its fatal
    // result). Whether it is in force at one time of an interval decides
    // it for the whole interval (every effective and ineffective date is
    // one of its bounds): its first time, INT64_MIN for the first interval.
    const int64_t from = e.config_error.empty() ? e.effective : kAlways;
    const int64_t until = e.config_error.empty() ? e.ineffective : kNever;
    for (size_t k = 0; k <= cert_dates_.size(); ++k) {
      const int64_t t = k == 0 ? INT64_MIN : cert_dates_[k - 1];
      if (from <= t && t < until) s.in_force[k * s.words + i / 64] |= bit;
    }
  }
}

bool FilteredBySource(const Metadata& m, const x509::Certificate& c) {
  const Facts needs = SourceFacts(m);
  return needs != 0 && (needs & ~CertificateFacts(c)) != 0;
}

// One loop per setting of the profile switch, so that the common one reads
// no clock and tests no flag per lint.
template <typename Object, typename LintT, bool kProfile>
void Runner::RunAll(const std::vector<Entry>& entries, size_t base, const Object& o, int64_t t,
                    std::vector<Result>* out) const {
  // The count and both arrays in locals: a write through `results` could
  // otherwise be a write to `entries`, re-read at every lint.
  const size_t n = entries.size();
  out->resize(n);
  const Facts facts = FactsOf(o);
  const Entry* const all = entries.data();
  Result* const results = out->data();
  for (size_t i = 0; i < n; ++i) {
    const Entry& e = all[i];
    Result& r = results[i];
    r.details.clear();
    [[maybe_unused]] const auto start =
        kProfile ? std::chrono::steady_clock::now() : std::chrono::steady_clock::time_point{};
    if (e.requires_facts & ~facts) {
      r.status = Status::kNA;
    } else if (!e.config_error.empty()) {
      r.status = Status::kFatal;
      r.details = e.config_error;
    } else {
      const auto* lint = static_cast<const LintT*>(e.lint.get());
      try {
        if (!lint->CheckApplies(o)) {
          r.status = Status::kNA;
        } else if (t < e.effective || t >= e.ineffective) {
          r.status = Status::kNE;
        } else {
          r = lint->Execute(o);
        }
      } catch (const std::exception& ex) {
        r = Fatal(std::string("lint raised: ") + ex.what());
      } catch (...) {
        r = Fatal("lint raised an unknown exception");
      }
    }
    if constexpr (kProfile) {
      cost_[base + i] += std::chrono::steady_clock::now() - start;
      ++calls_[base + i];
    }
  }
}

template <typename Object, typename LintT>
void Runner::RunAll(const std::vector<Entry>& entries, const Object& o, int64_t t,
                    std::vector<Result>* out) const {
  size_t base = 0;
  if (&entries == &crl_) base = cert_.size();
  if (&entries == &ocsp_) base = cert_.size() + crl_.size();
  if (profile_)
    RunAll<Object, LintT, true>(entries, base, o, t, out);
  else
    RunAll<Object, LintT, false>(entries, base, o, t, out);
}

void Runner::Run(const x509::Certificate& c, std::vector<Result>* out) const {
  RunAll<x509::Certificate, CertificateLint>(cert_, c, c.not_before.unix, out);
}

void Runner::Run(const x509::Crl& c, std::vector<Result>* out) const {
  RunAll<x509::Crl, CrlLint>(crl_, c, c.this_update.unix, out);
}

void Runner::Run(const x509::OcspResponse& r, std::vector<Result>* out) const {
  // zlint dates OCSP lints by the first response's nextUpdate (a quirk we
  // reproduce for compatibility); with none, by the zero time.
  int64_t t = (!r.responses.empty() && r.responses[0].has_next_update)
                  ? r.responses[0].next_update.unix
                  : Date(1, 1, 1);
  RunAll<x509::OcspResponse, OcspLint>(ocsp_, r, t, out);
}

FindingsRunner::FindingsRunner(const Runner& runner) : runner_(runner) {
  static_assert(sizeof(Plan::value_type) == 2);
  if (runner_.cert_.size() > 65536) throw std::length_error("FindingsRunner: more than 65,536 certificate lints");
  for (const Runner::Entry& e : runner_.cert_)
    lints_.push_back(e.config_error.empty() ? static_cast<const CertificateLint*>(e.lint.get()) : nullptr);
}

const FindingsRunner::Plan& FindingsRunner::PlanFor(Facts facts, int64_t t) {
  if (last_plan_ && facts == last_facts_ && last_from_ <= t && t < last_until_) return *last_plan_;
  const auto& dates = runner_.cert_dates_;
  const size_t interval = static_cast<size_t>(std::upper_bound(dates.begin(), dates.end(), t) - dates.begin());
  last_facts_ = facts;
  last_from_ = interval == 0 ? INT64_MIN : dates[interval - 1];
  last_until_ = interval == dates.size() ? INT64_MAX : dates[interval];
  const Key key{facts, interval};
  if (auto it = plans_.find(key); it != plans_.end()) return *(last_plan_ = &it->second);
  if (plans_.size() >= kMaxPlans) plans_.clear();
  // Run's decisions that do not depend on the lint, as sets: the lints in
  // force throughout the interval (any t of it decides "in force" as this
  // one does), less those requiring a fact the certificate lacks. A plan is
  // built often on a corpus of varied certificates (a few thousand times
  // over 11,000 real ones): a word of the set at a time, not a lint at a
  // time. No lint is in force at INT64_MAX (t < ineffective fails).
  const Runner::Screen& s = runner_.cert_screen_;
  const size_t words = s.words;
  scratch_.assign(s.in_force.begin() + static_cast<ptrdiff_t>(interval * words),
                  s.in_force.begin() + static_cast<ptrdiff_t>((interval + 1) * words));
  if (t == INT64_MAX) scratch_.assign(words, 0);
  uint64_t* const allowed = scratch_.data();
  for (Facts lacking = s.required & ~facts; lacking != 0; lacking &= lacking - 1) {
    const uint64_t* const requiring = s.requiring.data() + static_cast<size_t>(std::countr_zero(lacking)) * words;
    for (size_t w = 0; w < words; ++w) allowed[w] &= ~requiring[w];
  }
  size_t count = 0;
  for (size_t w = 0; w < words; ++w) count += static_cast<size_t>(std::popcount(allowed[w]));
  Plan plan(count);
  size_t k = 0;
  for (size_t w = 0; w < words; ++w)
    for (uint64_t bits = allowed[w]; bits != 0; bits &= bits - 1)
      plan[k++] = static_cast<uint16_t>(w * 64 + static_cast<size_t>(std::countr_zero(bits)));
  return *(last_plan_ = &plans_.emplace(key, std::move(plan)).first->second);
}

void FindingsRunner::Run(const x509::Certificate& c, std::vector<IndexedResult>* out) {
  out->clear();
  if (runner_.profile_) {
    runner_.Run(c, &all_);
    for (size_t i = 0; i < all_.size(); ++i)
      if (all_[i].status >= Status::kInfo) out->push_back({static_cast<uint32_t>(i), std::move(all_[i])});
    return;
  }
  const CertificateLint* const* const lints = lints_.data();
  for (const uint16_t i : PlanFor(CertificateFacts(c), c.not_before.unix)) {
    const CertificateLint* lint = lints[i];
    if (!lint) {
      out->push_back({i, Fatal(runner_.cert_[i].config_error)});
      continue;
    }
    try {
      if (!lint->CheckApplies(c)) continue;
      Result r = lint->Execute(c);
      if (r.status >= Status::kInfo) out->push_back({i, std::move(r)});
    } catch (const std::exception& ex) {
      out->push_back({i, Fatal(std::string("lint raised: ") + ex.what())});
    } catch (...) {
      out->push_back({i, Fatal("lint raised an unknown exception")});
    }
  }
}

std::vector<Runner::Cost> Runner::Profile() const {
  std::vector<Cost> out;
  for (size_t i = 0; i < cost_meta_.size(); ++i) out.push_back({cost_meta_[i], cost_[i], calls_[i]});
  return out;
}

}  // namespace cair::lint
