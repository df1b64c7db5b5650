#include "incident/gate.h"

#include "der/input.h"
#include "incident/recurrence.h"
#include "lint/registry.h"

namespace cair::incident {

Gate::Gate(GatePolicy policy) : policy_(std::move(policy)) {
  runner_ = std::make_unique<lint::Runner>(lint::Registry::Global(), lint::Filter{}, policy_.config);
}

GateVerdict Gate::Lint(const x509::Certificate& c) const {
  std::vector<lint::Result> results;
  return Lint(c, &results);
}

GateVerdict Gate::Lint(const x509::Certificate& c, std::vector<lint::Result>* out) const {
  GateVerdict v;
  std::vector<lint::Result>& results = *out;
  runner_->Run(c, &results);
  const auto& metas = runner_->certificate_lints();
  for (size_t i = 0; i < results.size(); ++i) {
    const lint::Status s = results[i].status;
    if (s != lint::Status::kError && s != lint::Status::kFatal) continue;
    std::string name(metas[i]->name);
    if (policy_.ignored.count(name)) continue;
    v.lints.push_back({name, s == lint::Status::kError ? "error" : "fatal", results[i].details});
  }
  v.deny = !v.lints.empty();
  return v;
}

GateVerdict Gate::Decide(const x509::Certificate& c, const std::vector<Halt>& halts, const std::string& profile) const {
  static const std::vector<WatchedProblem> kNone;
  return Decide(c, halts, profile, kNone);
}

GateVerdict Gate::Decide(const x509::Certificate& c, const std::vector<Halt>& halts, const std::string& profile,
                         const std::vector<WatchedProblem>& watch) const {
  std::vector<lint::Result> results;
  GateVerdict v = Lint(c, &results);
  for (const Halt& h : halts)
    if (!h.resumed_at && HaltCovers(h, c, profile)) v.halts.push_back(h.id);
  // Req §4.3 item 3: a closed incident's problem found again.
  const auto& metas = runner_->certificate_lints();
  v.recurrences = MatchRecurrences(watch, c.issuer.ToString(), std::nullopt, [&](const std::string& lint) {
    for (size_t i = 0; i < metas.size(); ++i)
      if (metas[i]->name == lint) return LintFires(results[i].status);
    return false;
  });
  v.deny = !v.lints.empty() || !v.halts.empty() || !v.recurrences.empty();
  return v;
}

bool HaltCovers(const Halt& h, const x509::Certificate& c, const std::string& profile) {
  if (!h.profile.empty() && !profile.empty() && h.profile != profile) return false;
  if (!h.issuer_subject.empty() && c.issuer.ToString() == h.issuer_subject) return true;
  if (!h.issuer_ski.empty() && c.aki.has_key_id && der::HexUpper(c.aki.key_id) == h.issuer_ski) return true;
  return false;
}

}  // namespace cair::incident
