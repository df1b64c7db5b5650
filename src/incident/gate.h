// File: incident/gate.h
// The pre-issuance gate's decision (BR 4.3.1.2 pre-issuance linting; req §9
// item 2 halts): a certificate or unsigned TBSCertificate is denied when a
// lint that is not ignored answers error or fatal, or when an active halt
// covers its issuer (and profile). `cair resume` replays affected
// certificates through the same decision; `cair serve` answers /v1/gate.
#ifndef CAIR_INCIDENT_GATE_H_
#define CAIR_INCIDENT_GATE_H_

#include <memory>
#include <set>
#include <string>
#include <vector>

#include "incident/store.h"
#include "lint/config.h"
#include "lint/runner.h"
#include "x509/certificate.h"

namespace cair::incident {

struct GatePolicy {
  lint::Config config;                // the lints' TOML configuration
  std::set<std::string> ignored;      // lints whose error never denies (Boulder's ignored-lints list)
};

struct GateFinding {
  std::string lint, status, details;  // status: "error" or "fatal"
};

struct GateVerdict {
  bool deny = false;
  std::vector<GateFinding> lints;     // the lints that deny
  std::vector<int64_t> halts;         // ids of the halts that deny
  // Problems of closed incidents the certificate recurs (incident/
  // recurrence.h): each denies, whether or not its lint is ignored.
  std::vector<const WatchedProblem*> recurrences;
};

class Gate {
 public:
  explicit Gate(GatePolicy policy);
  // The lint half of the decision.
  GateVerdict Lint(const x509::Certificate& c) const;
  // Lints and halts: `halts` are the active halts, `profile` the requested
  // issuance profile (empty: unknown, matched by every halt).
  GateVerdict Decide(const x509::Certificate& c, const std::vector<Halt>& halts, const std::string& profile) const;
  // The same, and recurrences of the closed incidents' problems in `watch`
  // (which must outlive the verdict).
  GateVerdict Decide(const x509::Certificate& c, const std::vector<Halt>& halts, const std::string& profile,
                     const std::vector<WatchedProblem>& watch) const;
  size_t lint_count() const { return runner_->certificate_lints().size(); }

 private:
  GateVerdict Lint(const x509::Certificate& c, std::vector<lint::Result>* results) const;
  GatePolicy policy_;
  std::unique_ptr<lint::Runner> runner_;
};

// True when `h` covers certificates of `c`'s issuer: the issuer DN equals the
// halt's subject, or the authorityKeyIdentifier equals the halt's SKI; and
// the halt is for every profile or for `profile`.
bool HaltCovers(const Halt& h, const x509::Certificate& c, const std::string& profile);

}  // namespace cair::incident

#endif  // CAIR_INCIDENT_GATE_H_
