// `cair halt`, `cair halts`, `cair resume`: issuance halts, and lifting one
// only on replayed evidence that the gate now blocks the problem.

#include <algorithm>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <unordered_set>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/sha256.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/store_common.h"
#include "cli/workflow_commands.h"
#include "corpus/scanner.h"
#include "corpus/source.h"
#include "incident/gate.h"
#include "incident/rules.h"
#include "incident/store.h"
#include "x509/input.h"

namespace cair::cli {
namespace {

using incident::Store;

// Replays certificates through the gate's lints: every affected certificate
// (by SHA-256) that is read is linted; the rest are ignored.
class ReplaySink : public corpus::ObjectSink {
 public:
  ReplaySink(const incident::Gate& gate, const std::unordered_set<std::string>& affected, const incident::Halt& halt,
             const std::vector<incident::WatchedProblem>& watch)
      : gate_(gate), affected_(affected), halt_(halt), watch_(watch) {}
  void Object(corpus::RawObject&& o) override {
    if (o.base64) {
      auto der = x509::DecodeBase64(o.der);
      if (!der) return Unreadable(o.origin, "bad base64");
      o.der = std::move(*der);
    }
    std::string sha = base::Sha256HexUpper(o.der);
    if (!affected_.count(sha) || seen_.count(sha)) return;
    auto c = x509::ParseCertificate(der::Input(std::string_view(o.der)));
    if (!c.ok()) return Unreadable(o.origin, "not a certificate: " + c.diagnostics.Summary());
    seen_.insert(sha);
    if (!halt_.issuer_subject.empty() || !halt_.issuer_ski.empty()) {
      if (!incident::HaltCovers(halt_, c, "")) {
        ++outside_;
        return;
      }
    }
    // The gate's decision without halts: lints, and recurrences of closed
    // incidents (req §4.3 item 3).
    auto v = gate_.Decide(c, {}, "", watch_);
    if (!v.deny) {
      would_pass_.push_back(sha);
    } else {
      ++denied_;
      for (const auto& f : v.lints) ++by_lint_[f.lint];
      for (const auto* w : v.recurrences) ++by_lint_["recurrence of incident " + std::to_string(w->incident_id)];
    }
  }
  void Unreadable(const std::string& origin, const std::string& reason) override {
    errors_.push_back(origin + ": " + reason);
  }
  bool Stopped() const override { return false; }

  std::set<std::string> seen_;
  std::vector<std::string> would_pass_, errors_;
  std::map<std::string, int64_t> by_lint_;
  int64_t denied_ = 0, outside_ = 0;

 private:
  const incident::Gate& gate_;
  const std::unordered_set<std::string>& affected_;
  const incident::Halt& halt_;
  const std::vector<incident::WatchedProblem>& watch_;
};

// Upper-case hex digits of `s`, separators dropped (key identifiers keep
// every byte, leading zeros included).
std::string HexDigits(const std::string& s) {
  std::string out;
  for (char ch : s)
    if (std::isxdigit(static_cast<unsigned char>(ch))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    else if (ch != ':' && ch != ' ') return "";
  return out.size() % 2 ? "" : out;
}

// ---- cair halt

struct HaltOptions {
  StoreOptions c;
  int64_t incident = 0;
  std::string ski, subject, issuer_cert, profile, reason, at;
};

// Sets the halt's issuer from --issuer-cert: its subject and SKI.
bool ReadIssuerCert(const std::string& path, incident::Halt* x, int* exit_code) {
  auto bytes = base::ReadFile(path);
  auto d = x509::DecodeObjects(bytes.value_or(""), x509::InputFormat::kDetect);
  if (!bytes.ok() || d.objects.empty()) {
    Fail("halt", "--issuer-cert " + path + ": no certificate", kExitBadInput, exit_code);
    return false;
  }
  auto cert = x509::ParseCertificate(der::Input(std::string_view(d.objects.front().der)));
  if (!cert.ok()) {
    Fail("halt", "--issuer-cert " + path + ": " + cert.diagnostics.Summary(), kExitBadInput, exit_code);
    return false;
  }
  x->issuer_subject = cert.subject.ToString();
  if (cert.ski.present && cert.ski.ok) x->issuer_ski = der::HexUpper(cert.ski.key_id);
  return true;
}

constexpr const char* kHaltHelp =
    "Record an issuance halt for an issuing CA (by SKI, subject or its certificate), optionally one\n"
    "profile, tied to an incident. The pre-issuance gate denies what an active halt covers.\n\n"
    "Example:\n  cair halt 1 --issuer-cert subca.pem --profile ov-tls --reason 'ST placeholder values'";

void RunHalt(const HaltOptions& h, Store& store, int64_t now, int* exit_code) {
  incident::Halt x;
  x.incident_id = h.incident;
  x.issuer_ski = HexDigits(h.ski);
  if (!h.ski.empty() && x.issuer_ski.empty()) return Fail("halt", "--issuer-ski: not hexadecimal", kExitUsage, exit_code);
  x.issuer_subject = h.subject;
  if (!h.issuer_cert.empty() && !ReadIssuerCert(h.issuer_cert, &x, exit_code)) return;
  x.profile = h.profile;
  x.reason = h.reason;
  auto at = TimeOrNow("--at", h.at, now, exit_code);
  if (!at) return;
  x.halted_at = *at;
  auto id = store.AddHalt(x, now);
  if (!id.ok()) return Fail("halt", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
}

void AddHaltCommand(CLI::App& app, int* exit_code) {
  auto h = std::make_shared<HaltOptions>();
  CLI::App* halt = AddStoreCommand(&app, "halt", kHaltHelp, h, exit_code, RunHalt);
  halt->add_option("incident", h->incident, "Incident id")->required();
  halt->add_option("--issuer-ski", h->ski, "Subject key identifier of the issuing CA (hex)");
  halt->add_option("--issuer-subject", h->subject, "Subject DN of the issuing CA, as `cair incident show` prints issuers");
  halt->add_option("--issuer-cert", h->issuer_cert, "The issuing CA's certificate (PEM/DER): SKI and subject from it");
  halt->add_option("--profile", h->profile, "Only this issuance profile (default: all)");
  halt->add_option("--reason", h->reason, "Why issuance stops")->required();
  halt->add_option("--at", h->at, "When issuance stopped (default: now)");
}

// ---- cair halts

struct HaltsOptions {
  StoreOptions c;
  int64_t incident = 0;
  bool all = false, json = false;
};

nlohmann::ordered_json HaltJson(const incident::Halt& x) {
  return {{"id", x.id}, {"incident", x.incident_id}, {"issuer_ski", x.issuer_ski},
          {"issuer_subject", x.issuer_subject}, {"profile", x.profile}, {"reason", x.reason},
          {"halted_at", incident::FormatRfc3339(x.halted_at)},
          {"resumed_at", x.resumed_at ? nlohmann::ordered_json(incident::FormatRfc3339(*x.resumed_at)) : nullptr},
          {"resume_evidence", x.resume_evidence}};
}

constexpr const char* kHaltsHelp =
    "List issuance halts (active ones unless --all).\n\nExample:\n  cair halts --json";

void RunHalts(const HaltsOptions& hl, Store& store, int64_t, int* exit_code) {
  std::optional<int64_t> inc;
  if (hl.incident) inc = hl.incident;
  auto list = store.Halts(inc, !hl.all);
  if (!list.ok()) return Fail("halts", list.status().message(), kExitBadInput, exit_code);
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  for (const auto& x : *list) {
    if (hl.json) {
      j.push_back(HaltJson(x));
      continue;
    }
    std::cout << "halt " << x.id << " (incident " << x.incident_id << ") "
              << (x.resumed_at ? "resumed " + incident::FormatRfc3339(*x.resumed_at) : std::string("ACTIVE")) << "  "
              << (x.issuer_subject.empty() ? "SKI " + x.issuer_ski : x.issuer_subject)
              << (x.profile.empty() ? "" : "  profile " + x.profile) << "  since " << incident::FormatRfc3339(x.halted_at)
              << "\n";
  }
  if (hl.json) std::cout << j.dump(2) << "\n";
}

void AddHaltsCommand(CLI::App& app, int* exit_code) {
  auto hl = std::make_shared<HaltsOptions>();
  CLI::App* halts = AddStoreCommand(&app, "halts", kHaltsHelp, hl, exit_code, RunHalts);
  halts->add_option("--incident", hl->incident, "Only this incident's halts");
  halts->add_flag("--all", hl->all, "Also halts that were resumed");
  halts->add_flag("--json", hl->json, "JSON list");
}

// ---- cair resume

struct ResumeOptions {
  StoreOptions c;
  int64_t halt = 0;
  std::vector<std::string> certs;
  std::string config, ignore, override_reason;
};

// The gate as `cair serve` would run it with --config and --ignore-lints.
std::optional<incident::Gate> ResumeGate(const ResumeOptions& r, int* exit_code) {
  incident::GatePolicy policy;
  if (!r.config.empty()) {
    std::string err;
    auto cfg = lint::Config::Load(r.config, &err);
    if (!cfg) {
      Fail("resume", "--config " + r.config + ": " + err, kExitUsage, exit_code);
      return std::nullopt;
    }
    policy.config = std::move(*cfg);
  }
  for (const auto& n : base::SplitCommaList(r.ignore)) policy.ignored.insert(n);
  return std::optional<incident::Gate>(std::in_place, std::move(policy));
}

// The affected set: the incident's certificates of the halted issuer (by DN
// when the halt names one; all of them for an SKI-only halt, whose issuer
// match is checked on the replayed bytes).
std::optional<std::unordered_set<std::string>> HaltedCertificates(Store& store, const incident::Halt& hv, int* exit_code) {
  std::unordered_set<std::string> affected;
  auto each = store.ForEachCertificate(hv.incident_id, [&](const incident::CertificateState& c) {
    if (hv.issuer_subject.empty() || c.cert.issuer == hv.issuer_subject) affected.insert(c.cert.sha256_hex);
    return true;
  });
  if (!each.ok()) {
    Fail("resume", each.status().message(), kExitBadInput, exit_code);
    return std::nullopt;
  }
  return affected;
}

// The timeline's record of a replay: how many were replayed, denied (by
// which lints, the first eight), would pass, and were not supplied.
std::string ReplayEvidence(const ReplaySink& sink, size_t affected, size_t missing, const incident::Gate& gate,
                           const std::string& config) {
  std::ostringstream evidence;
  evidence << "Replayed " << sink.denied_ + static_cast<int64_t>(sink.would_pass_.size()) << " of "
           << affected - static_cast<size_t>(sink.outside_) << " affected certificate(s) through " << gate.lint_count()
           << " lints";
  if (!config.empty()) evidence << " (configuration " << config << ")";
  evidence << ": " << sink.denied_ << " denied";
  if (!sink.by_lint_.empty()) {
    evidence << " by";
    int shown = 0;
    for (const auto& [lint, n] : sink.by_lint_) {
      if (shown++ == 8) {
        evidence << " ...";
        break;
      }
      evidence << " " << lint << " (" << n << ")";
    }
  }
  evidence << ", " << sink.would_pass_.size() << " would pass, " << missing << " not supplied";
  return evidence.str();
}

// Why the halt stays: the certificates that would pass, and those not supplied (20 of each).
void PrintHaltStays(int64_t halt, const std::string& evidence, const ReplaySink& sink, const std::vector<std::string>& missing) {
  std::cout << "halt " << halt << " stays: " << evidence << "\n";
  size_t shown = 0;
  for (const auto& s : sink.would_pass_)
    if (shown++ < 20) std::cout << "  would pass the gate: " << s << "\n";
  shown = 0;
  for (const auto& s : missing)
    if (shown++ < 20) std::cout << "  not supplied for replay: " << s << "\n";
  if (sink.would_pass_.size() + missing.size() > 40) std::cout << "  ...\n";
}

constexpr const char* kResumeHelp =
    "Lift a halt, only once a control provably blocks the problem: every affected certificate of the halt's\n"
    "incident (and issuer) is replayed through the pre-issuance gate's lints with the current configuration.\n"
    "If any would still pass, or any was not supplied, the halt stays and they are listed (exit 1).\n"
    "On success the evidence is recorded in the timeline.\n\n"
    "Example:\n  cair resume 1 --certs affected.pem --config gate.toml";

void RunResume(const ResumeOptions& r, Store& store, int64_t now, int* exit_code) {
  auto halt = store.GetHalt(r.halt);
  if (!halt.ok()) return Fail("resume", halt.status().message(), kExitBadInput, exit_code);
  if (halt->resumed_at) return Fail("resume", "halt " + std::to_string(r.halt) + " is not active", kExitBadInput, exit_code);
  auto gate = ResumeGate(r, exit_code);
  if (!gate) return;
  auto affected = HaltedCertificates(store, *halt, exit_code);
  if (!affected) return;
  auto watch = store.RecurrenceWatch();
  if (!watch.ok()) return Fail("resume", watch.status().message(), kExitBadInput, exit_code);
  ReplaySink sink(*gate, *affected, *halt, *watch);
  corpus::SourceOptions so;
  for (const auto& f : r.certs) corpus::ReadSource(f, so, sink);
  for (const auto& e : sink.errors_) std::cerr << "cair resume: " << e << "\n";
  std::vector<std::string> missing;
  for (const auto& s : *affected)
    if (!sink.seen_.count(s)) missing.push_back(s);
  std::sort(missing.begin(), missing.end());
  std::string text = ReplayEvidence(sink, affected->size(), missing.size(), *gate, r.config);
  const bool blocked = sink.would_pass_.empty() && missing.empty() && sink.errors_.empty();
  if (!blocked && r.override_reason.empty()) {
    PrintHaltStays(r.halt, text, sink, missing);
    *exit_code = kExitFindings;
    return;
  }
  if (!blocked) text = "OVERRIDE without complete lint evidence: " + r.override_reason + ". " + text;
  auto ok = store.Resume(r.halt, now, text);
  if (!ok.ok()) return Fail("resume", ok.status().message(), kExitBadInput, exit_code);
  std::cout << "halt " << r.halt << " resumed: " << text << "\n";
}

void AddResumeCommand(CLI::App& app, int* exit_code) {
  auto r = std::make_shared<ResumeOptions>();
  CLI::App* resume = AddStoreCommand(&app, "resume", kResumeHelp, r, exit_code, RunResume);
  resume->add_option("halt", r->halt, "Halt id (see `cair halts`)")->required();
  resume->add_option("--certs", r->certs, "The affected certificates (PEM/DER files, directories, archives)")->required();
  resume->add_option("--config", r->config, "The gate's lint configuration (TOML, as for `cair lint --config`)");
  resume->add_option("--ignore-lints", r->ignore, "Lints the gate ignores (comma-separated)");
  resume->add_option("--override", r->override_reason,
                     "Resume without lint evidence (a control outside cair blocks the problem); the reason is recorded");
}

}  // namespace

void AddHaltCommands(CLI::App& app, int* exit_code) {
  AddHaltCommand(app, exit_code);
  AddHaltsCommand(app, exit_code);
  AddResumeCommand(app, exit_code);
}

}  // namespace cair::cli
