// `cair halt`, `cair resume`, `cair action`, `cair question`, `cair update`,
// `cair delayed`, `cair revocations`: the incident workflow after opening.
// Every command takes --db and --now like the other store commands.

#include <fstream>
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
#include "cli/delay_obligations.h"
#include "cli/store_common.h"
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

void Fail(const char* cmd, const std::string& message, int code, int* exit_code) {
  std::cerr << "cair " << cmd << ": " << message << "\n";
  *exit_code = code;
}

std::optional<int64_t> TimeOrNow(const char* flag, const std::string& text, int64_t now, int* exit_code) {
  if (text.empty()) return now;
  return Time(flag, text, exit_code);
}

// A date or time: "2026-02-01" (midnight UTC) or RFC 3339.
std::optional<int64_t> DateOrTime(const char* flag, const std::string& text, int* exit_code) {
  if (text.size() == 10) return Time(flag, text + "T00:00:00Z", exit_code);
  return Time(flag, text, exit_code);
}

// Upper-case hex digits of `s`, separators dropped (key identifiers keep
// every byte, leading zeros included).
std::string HexDigits(const std::string& s) {
  std::string out;
  for (char ch : s)
    if (std::isxdigit(static_cast<unsigned char>(ch))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    else if (ch != ':' && ch != ' ') return "";
  return out.size() % 2 ? "" : out;
}

std::string NormalizeSerial(std::string s) {
  std::string out;
  for (char ch : s)
    if (std::isxdigit(static_cast<unsigned char>(ch))) out += static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
  while (out.size() > 2 && out.compare(0, 2, "00") == 0) out.erase(0, 2);
  if (out.size() % 2) out.insert(0, "0");
  return out;
}

}  // namespace

void AddWorkflowCommands(CLI::App& app, int* exit_code) {
  // ---- cair halt / halts / resume ----
  struct HaltOpts {
    StoreOptions c;
    int64_t incident = 0;
    std::string ski, subject, issuer_cert, profile, reason, at;
  };
  auto h = std::make_shared<HaltOpts>();
  CLI::App* halt = app.add_subcommand(
      "halt", "Record an issuance halt for an issuing CA (by SKI, subject or its certificate), optionally one\n"
              "profile, tied to an incident. The pre-issuance gate denies what an active halt covers.\n\n"
              "Example:\n  cair halt 1 --issuer-cert subca.pem --profile ov-tls --reason 'ST placeholder values'");
  AddStoreOptions(halt, &h->c);
  halt->add_option("incident", h->incident, "Incident id")->required();
  halt->add_option("--issuer-ski", h->ski, "Subject key identifier of the issuing CA (hex)");
  halt->add_option("--issuer-subject", h->subject, "Subject DN of the issuing CA, as `cair incident show` prints issuers");
  halt->add_option("--issuer-cert", h->issuer_cert, "The issuing CA's certificate (PEM/DER): SKI and subject from it");
  halt->add_option("--profile", h->profile, "Only this issuance profile (default: all)");
  halt->add_option("--reason", h->reason, "Why issuance stops")->required();
  halt->add_option("--at", h->at, "When issuance stopped (default: now)");
  halt->callback([h, exit_code] {
    int64_t now;
    auto store = OpenStore(h->c, &now, exit_code);
    if (!store) return;
    incident::Halt x;
    x.incident_id = h->incident;
    x.issuer_ski = HexDigits(h->ski);
    if (!h->ski.empty() && x.issuer_ski.empty()) return Fail("halt", "--issuer-ski: not hexadecimal", kExitUsage, exit_code);
    x.issuer_subject = h->subject;
    if (!h->issuer_cert.empty()) {
      auto bytes = base::ReadFile(h->issuer_cert);
      auto d = x509::DecodeObjects(bytes.value_or(""), x509::InputFormat::kDetect);
      if (!bytes.ok() || d.objects.empty())
        return Fail("halt", "--issuer-cert " + h->issuer_cert + ": no certificate", kExitBadInput, exit_code);
      auto cert = x509::ParseCertificate(der::Input(std::string_view(d.objects.front().der)));
      if (!cert.ok())
        return Fail("halt", "--issuer-cert " + h->issuer_cert + ": " + cert.diagnostics.Summary(), kExitBadInput, exit_code);
      x.issuer_subject = cert.subject.ToString();
      if (cert.ski.present && cert.ski.ok) x.issuer_ski = der::HexUpper(cert.ski.key_id);
    }
    x.profile = h->profile;
    x.reason = h->reason;
    auto at = TimeOrNow("--at", h->at, now, exit_code);
    if (!at) return;
    x.halted_at = *at;
    auto id = store->AddHalt(x, now);
    if (!id.ok()) return Fail("halt", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
  });

  struct HaltsOpts {
    StoreOptions c;
    int64_t incident = 0;
    bool all = false, json = false;
  };
  auto hl = std::make_shared<HaltsOpts>();
  CLI::App* halts = app.add_subcommand("halts", "List issuance halts (active ones unless --all).\n\nExample:\n  cair halts --json");
  AddStoreOptions(halts, &hl->c);
  halts->add_option("--incident", hl->incident, "Only this incident's halts");
  halts->add_flag("--all", hl->all, "Also halts that were resumed");
  halts->add_flag("--json", hl->json, "JSON list");
  halts->callback([hl, exit_code] {
    int64_t now;
    auto store = OpenStore(hl->c, &now, exit_code);
    if (!store) return;
    std::optional<int64_t> inc;
    if (hl->incident) inc = hl->incident;
    auto list = store->Halts(inc, !hl->all);
    if (!list.ok()) return Fail("halts", list.status().message(), kExitBadInput, exit_code);
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const auto& x : *list) {
      if (hl->json) {
        j.push_back({{"id", x.id}, {"incident", x.incident_id}, {"issuer_ski", x.issuer_ski},
                     {"issuer_subject", x.issuer_subject}, {"profile", x.profile}, {"reason", x.reason},
                     {"halted_at", incident::FormatRfc3339(x.halted_at)},
                     {"resumed_at", x.resumed_at ? nlohmann::ordered_json(incident::FormatRfc3339(*x.resumed_at)) : nullptr},
                     {"resume_evidence", x.resume_evidence}});
        continue;
      }
      std::cout << "halt " << x.id << " (incident " << x.incident_id << ") "
                << (x.resumed_at ? "resumed " + incident::FormatRfc3339(*x.resumed_at) : std::string("ACTIVE")) << "  "
                << (x.issuer_subject.empty() ? "SKI " + x.issuer_ski : x.issuer_subject)
                << (x.profile.empty() ? "" : "  profile " + x.profile) << "  since " << incident::FormatRfc3339(x.halted_at)
                << "\n";
    }
    if (hl->json) std::cout << j.dump(2) << "\n";
  });

  struct ResumeOpts {
    StoreOptions c;
    int64_t halt = 0;
    std::vector<std::string> certs;
    std::string config, ignore, override_reason;
  };
  auto r = std::make_shared<ResumeOpts>();
  CLI::App* resume = app.add_subcommand(
      "resume",
      "Lift a halt, only once a control provably blocks the problem: every affected certificate of the halt's\n"
      "incident (and issuer) is replayed through the pre-issuance gate's lints with the current configuration.\n"
      "If any would still pass, or any was not supplied, the halt stays and they are listed (exit 1).\n"
      "On success the evidence is recorded in the timeline.\n\n"
      "Example:\n  cair resume 1 --certs affected.pem --config gate.toml");
  AddStoreOptions(resume, &r->c);
  resume->add_option("halt", r->halt, "Halt id (see `cair halts`)")->required();
  resume->add_option("--certs", r->certs, "The affected certificates (PEM/DER files, directories, archives)")->required();
  resume->add_option("--config", r->config, "The gate's lint configuration (TOML, as for `cair lint --config`)");
  resume->add_option("--ignore-lints", r->ignore, "Lints the gate ignores (comma-separated)");
  resume->add_option("--override", r->override_reason,
                     "Resume without lint evidence (a control outside cair blocks the problem); the reason is recorded");
  resume->callback([r, exit_code] {
    int64_t now;
    auto store = OpenStore(r->c, &now, exit_code);
    if (!store) return;
    auto halt = store->GetHalt(r->halt);
    if (!halt.ok()) return Fail("resume", halt.status().message(), kExitBadInput, exit_code);
    if (halt->resumed_at) return Fail("resume", "halt " + std::to_string(r->halt) + " is not active", kExitBadInput, exit_code);
    incident::GatePolicy policy;
    if (!r->config.empty()) {
      std::string err;
      auto cfg = lint::Config::Load(r->config, &err);
      if (!cfg) return Fail("resume", "--config " + r->config + ": " + err, kExitUsage, exit_code);
      policy.config = std::move(*cfg);
    }
    for (const auto& n : base::SplitCommaList(r->ignore)) policy.ignored.insert(n);
    incident::Gate gate(std::move(policy));
    // The affected set: the incident's certificates of the halted issuer
    // (by DN when the halt names one; all of them for an SKI-only halt,
    // whose issuer match is checked on the replayed bytes).
    std::unordered_set<std::string> affected;
    const incident::Halt& hv = *halt;
    auto each = store->ForEachCertificate(hv.incident_id, [&](const incident::CertificateState& c) {
      if (hv.issuer_subject.empty() || c.cert.issuer == hv.issuer_subject) affected.insert(c.cert.sha256_hex);
      return true;
    });
    if (!each.ok()) return Fail("resume", each.status().message(), kExitBadInput, exit_code);
    auto watch = store->RecurrenceWatch();
    if (!watch.ok()) return Fail("resume", watch.status().message(), kExitBadInput, exit_code);
    ReplaySink sink(gate, affected, hv, *watch);
    corpus::SourceOptions so;
    for (const auto& f : r->certs) corpus::ReadSource(f, so, sink);
    for (const auto& e : sink.errors_) std::cerr << "cair resume: " << e << "\n";
    std::vector<std::string> missing;
    for (const auto& s : affected)
      if (!sink.seen_.count(s)) missing.push_back(s);
    std::sort(missing.begin(), missing.end());
    std::ostringstream evidence;
    evidence << "Replayed " << sink.denied_ + static_cast<int64_t>(sink.would_pass_.size()) << " of "
             << affected.size() - static_cast<size_t>(sink.outside_) << " affected certificate(s) through " << gate.lint_count()
             << " lints";
    if (!r->config.empty()) evidence << " (configuration " << r->config << ")";
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
    evidence << ", " << sink.would_pass_.size() << " would pass, " << missing.size() << " not supplied";
    const bool blocked = sink.would_pass_.empty() && missing.empty() && sink.errors_.empty();
    if (!blocked && r->override_reason.empty()) {
      std::cout << "halt " << r->halt << " stays: " << evidence.str() << "\n";
      size_t shown = 0;
      for (const auto& s : sink.would_pass_)
        if (shown++ < 20) std::cout << "  would pass the gate: " << s << "\n";
      shown = 0;
      for (const auto& s : missing)
        if (shown++ < 20) std::cout << "  not supplied for replay: " << s << "\n";
      if (sink.would_pass_.size() + missing.size() > 40) std::cout << "  ...\n";
      *exit_code = kExitFindings;
      return;
    }
    std::string text = evidence.str();
    if (!blocked) text = "OVERRIDE without complete lint evidence: " + r->override_reason + ". " + text;
    auto ok = store->Resume(r->halt, now, text);
    if (!ok.ok()) return Fail("resume", ok.status().message(), kExitBadInput, exit_code);
    std::cout << "halt " << r->halt << " resumed: " << text << "\n";
  });

  // ---- cair action ----
  CLI::App* action = app.add_subcommand("action", "Action items (IRG: Prevent / Mitigate / Detect; Ongoing / Complete / Delayed / Canceled).");
  action->require_subcommand(1);
  struct ActionOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string action, kind, root_cause, criteria, due, status = "Ongoing";
    bool json = false;
  };
  auto a = std::make_shared<ActionOpts>();
  CLI::App* aadd = action->add_subcommand(
      "add", "Add an action item; prints its id.\n\nExample:\n  cair action add 1 --action 'Reject placeholder ST values in "
             "the CSR path' --kind Prevent --root-cause 'Profile allowed free text in ST' --criteria 'Gate denies "
             "e_subject_placeholder_value' --due 2026-02-01");
  AddStoreOptions(aadd, &a->c);
  aadd->add_option("incident", a->id, "Incident id")->required();
  aadd->add_option("--action", a->action, "What will be done")->required();
  aadd->add_option("--kind", a->kind, "Prevent, Mitigate or Detect")->required()->check(CLI::IsMember({"Prevent", "Mitigate", "Detect"}));
  aadd->add_option("--root-cause", a->root_cause, "The root cause it addresses")->required();
  aadd->add_option("--criteria", a->criteria, "How its effectiveness will be evaluated")->required();
  aadd->add_option("--due", a->due, "Due date (YYYY-MM-DD or RFC 3339)")->required();
  aadd->add_option("--status", a->status, "Ongoing, Complete, Delayed or Canceled")
      ->check(CLI::IsMember({"Ongoing", "Complete", "Delayed", "Canceled"}));
  aadd->callback([a, exit_code] {
    int64_t now;
    auto store = OpenStore(a->c, &now, exit_code);
    if (!store) return;
    auto due = DateOrTime("--due", a->due, exit_code);
    if (!due) return;
    incident::ActionItem it;
    it.incident_id = a->id;
    it.action = a->action;
    it.kind = a->kind;
    it.root_cause = a->root_cause;
    it.criteria = a->criteria;
    it.due_at = *due;
    it.status = a->status;
    auto id = store->AddActionItem(it, now);
    if (!id.ok()) return Fail("action add", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
  });
  auto as = std::make_shared<ActionOpts>();
  CLI::App* aset = action->add_subcommand("set", "Change an action item's status (starts the 3-day update clock).\n\n"
                                                 "Example:\n  cair action set 4 --status Complete");
  AddStoreOptions(aset, &as->c);
  aset->add_option("id", as->id, "Action item id")->required();
  aset->add_option("--status", as->status, "Ongoing, Complete, Delayed or Canceled")
      ->required()->check(CLI::IsMember({"Ongoing", "Complete", "Delayed", "Canceled"}));
  aset->callback([as, exit_code] {
    int64_t now;
    auto store = OpenStore(as->c, &now, exit_code);
    if (!store) return;
    auto ok = store->SetActionItemStatus(as->id, as->status, now);
    if (!ok.ok()) return Fail("action set", ok.status().message(), kExitBadInput, exit_code);
  });
  auto al = std::make_shared<ActionOpts>();
  CLI::App* alist = action->add_subcommand("list", "List an incident's action items.\n\nExample:\n  cair action list 1 --json");
  AddStoreOptions(alist, &al->c);
  alist->add_option("incident", al->id, "Incident id")->required();
  alist->add_flag("--json", al->json, "JSON list");
  alist->callback([al, exit_code] {
    int64_t now;
    auto store = OpenStore(al->c, &now, exit_code);
    if (!store) return;
    if (!store->GetIncident(al->id).ok()) return Fail("action list", "no incident " + std::to_string(al->id), kExitBadInput, exit_code);
    auto items = store->ActionItems(al->id);
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const auto& it : *items) {
      if (al->json) {
        j.push_back({{"id", it.id}, {"action", it.action}, {"kind", it.kind}, {"root_cause", it.root_cause},
                     {"criteria", it.criteria}, {"due", incident::FormatRfc3339(it.due_at)}, {"status", it.status}});
      } else {
        std::cout << it.id << "  " << it.kind << "  " << it.status << "  due " << incident::FormatRfc3339(it.due_at).substr(0, 10)
                  << "  " << it.action << "\n";
      }
    }
    if (al->json) std::cout << j.dump(2) << "\n";
  });

  // ---- cair question ----
  CLI::App* question = app.add_subcommand("question", "Questions asked in the bug (each needs an answer within 7 days).");
  question->require_subcommand(1);
  struct QuestionOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string text, at;
  };
  auto q = std::make_shared<QuestionOpts>();
  CLI::App* qadd = question->add_subcommand("add", "Record a question; prints its id.\n\nExample:\n"
                                                   "  cair question add 1 --text 'Why was ST not validated?' --asked-at 2026-01-07T15:02:00Z");
  AddStoreOptions(qadd, &q->c);
  qadd->add_option("incident", q->id, "Incident id")->required();
  qadd->add_option("--text", q->text, "The question")->required();
  qadd->add_option("--asked-at", q->at, "When it was asked (default: now)");
  qadd->callback([q, exit_code] {
    int64_t now;
    auto store = OpenStore(q->c, &now, exit_code);
    if (!store) return;
    auto at = TimeOrNow("--asked-at", q->at, now, exit_code);
    if (!at) return;
    auto id = store->AddQuestion({0, q->id, q->text, *at, std::nullopt});
    if (!id.ok()) return Fail("question add", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
  });
  auto qa = std::make_shared<QuestionOpts>();
  CLI::App* qans = question->add_subcommand("answer", "Mark a question answered.\n\nExample:\n  cair question answer 2 --at 2026-01-08T09:00:00Z");
  AddStoreOptions(qans, &qa->c);
  qans->add_option("id", qa->id, "Question id")->required();
  qans->add_option("--at", qa->at, "When it was answered (default: now)");
  qans->callback([qa, exit_code] {
    int64_t now;
    auto store = OpenStore(qa->c, &now, exit_code);
    if (!store) return;
    auto at = TimeOrNow("--at", qa->at, now, exit_code);
    if (!at) return;
    auto ok = store->AnswerQuestion(qa->id, *at);
    if (!ok.ok()) return Fail("question answer", ok.status().message(), kExitBadInput, exit_code);
  });

  // ---- cair update post ----
  CLI::App* update = app.add_subcommand("update", "Posts made in the bug (reports and routine updates), which stop and restart clocks.");
  update->require_subcommand(1);
  struct UpdateOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string kind = "update", at, text;
  };
  auto u = std::make_shared<UpdateOpts>();
  CLI::App* upost = update->add_subcommand(
      "post", "Record a post.\n\nExample:\n  cair update post 1 --kind preliminary --at 2026-01-06T08:00:00Z");
  AddStoreOptions(upost, &u->c);
  upost->add_option("incident", u->id, "Incident id")->required();
  upost->add_option("--kind", u->kind, "update, preliminary, full, closure, delayed-revocation, problem-report-response, mozilla7")
      ->check(CLI::IsMember({"update", "preliminary", "full", "closure", "delayed-revocation", "problem-report-response", "mozilla7"}));
  upost->add_option("--at", u->at, "When it was posted (default: now)");
  upost->add_option("--text", u->text, "The text or a link to the comment");
  upost->callback([u, exit_code] {
    int64_t now;
    auto store = OpenStore(u->c, &now, exit_code);
    if (!store) return;
    auto at = TimeOrNow("--at", u->at, now, exit_code);
    if (!at) return;
    auto id = store->PostUpdate({0, u->id, *at, u->kind, u->text});
    if (!id.ok()) return Fail("update post", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
  });

  // ---- cair delayed ----
  CLI::App* delayed = app.add_subcommand(
      "delayed", "Delayed revocation (MRSP 6.1.3; IRG: a separate report, updates every 3 days, at least every 7).");
  delayed->require_subcommand(1);
  struct DelayedOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string sha256, subscriber, rationale, planned_at, csv;
    bool json = false;
    DelayObligationFlags obligations;
  };
  auto dc = std::make_shared<DelayedOpts>();
  CLI::App* dcheck = delayed->add_subcommand(
      "check", "List the incident's certificates past their revocation deadline at --now, unrevoked or revoked late.\n"
               "Exit 1 when there are any.\n\nExample:\n  cair delayed check 1 --now 2026-01-11T00:00:00Z");
  AddStoreOptions(dcheck, &dc->c);
  dcheck->add_option("incident", dc->id, "Incident id")->required();
  dcheck->add_flag("--json", dc->json, "JSON list");
  dcheck->callback([dc, exit_code] {
    int64_t now;
    auto store = OpenStore(dc->c, &now, exit_code);
    if (!store) return;
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    auto n = store->LateRevocations(dc->id, now, [&](const incident::DelayedCertificate& d) {
      nlohmann::ordered_json row = {{"sha256", d.sha256_hex}, {"serial", d.serial_hex}, {"issuer", d.issuer},
                                    {"deadline", incident::FormatRfc3339(d.deadline)},
                                    {"not_after", incident::FormatRfc3339(d.not_after)},
                                    {"revoked_at", d.revoked_at ? nlohmann::ordered_json(incident::FormatRfc3339(*d.revoked_at)) : nullptr}};
      if (dc->json) j.push_back(row);
      else
        std::cout << d.sha256_hex << "  deadline " << incident::FormatRfc3339(d.deadline) << "  "
                  << (d.revoked_at ? "revoked late " + incident::FormatRfc3339(*d.revoked_at) : std::string("unrevoked")) << "\n";
    });
    if (!n.ok()) return Fail("delayed check", n.status().message(), kExitBadInput, exit_code);
    if (dc->json) std::cout << j.dump(2) << "\n";
    else std::cout << *n << " certificate(s) past their revocation deadline\n";
    if (*n) *exit_code = kExitFindings;
  });
  auto dopen = std::make_shared<DelayedOpts>();
  CLI::App* dop = delayed->add_subcommand(
      "open", "Open the separate delayed-revocation incident, linked to its parent; prints its id. Records the\n"
              "action items the delay implies (MRSP 6.1.3): notify each other root program the CA participates in,\n"
              "have the delay listed as a finding in the next audit statement, record the per-subscriber rationale.\n\n"
              "Example:\n  cair delayed open 1 --now 2026-01-11T00:00:00Z --root-programs Chrome,Apple,Microsoft");
  AddStoreOptions(dop, &dopen->c);
  dop->add_option("incident", dopen->id, "The parent incident")->required();
  AddDelayObligationFlags(dop, &dopen->obligations);
  dop->callback([dopen, exit_code] {
    int64_t now;
    auto store = OpenStore(dopen->c, &now, exit_code);
    if (!store) return;
    auto id = store->OpenDelayedRevocationIncident(dopen->id, now);
    if (!id.ok()) return Fail("delayed open", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
    AddDelayObligations(*store, dopen->id, *id, dopen->obligations, now, exit_code);
  });
  auto dp = std::make_shared<DelayedOpts>();
  CLI::App* dplan = delayed->add_subcommand(
      "plan", "Record, per certificate, the subscriber, the rationale for the delay and the planned revocation\n"
              "(or natural expiry) date; one certificate by --sha256, or many by --csv with the header\n"
              "sha256,subscriber,planned_at,rationale.\n\n"
              "Example:\n  cair delayed plan 2 --sha256 AB12... --subscriber 'Hospital X' --planned-at 2026-01-20 "
              "--rationale 'Certificate pinned in medical devices; vendor update on 2026-01-19'");
  AddStoreOptions(dplan, &dp->c);
  dplan->add_option("incident", dp->id, "The delayed-revocation incident")->required();
  dplan->add_option("--sha256", dp->sha256, "SHA-256 of the certificate (hex)");
  dplan->add_option("--subscriber", dp->subscriber, "Subscriber name");
  dplan->add_option("--rationale", dp->rationale, "Why revocation is delayed (MRSP 6.1.3)");
  dplan->add_option("--planned-at", dp->planned_at, "Planned revocation or expiry (YYYY-MM-DD or RFC 3339)");
  dplan->add_option("--csv", dp->csv, "CSV of plans: sha256,subscriber,planned_at,rationale");
  dplan->callback([dp, exit_code] {
    int64_t now;
    auto store = OpenStore(dp->c, &now, exit_code);
    if (!store) return;
    struct Row {
      std::string where, sha, subscriber, rationale, planned;
    };
    std::vector<Row> rows;
    if (!dp->csv.empty()) {
      std::ifstream in(dp->csv);
      if (!in) return Fail("delayed plan", dp->csv + ": cannot open", kExitBadInput, exit_code);
      std::string line;
      int n = 0;
      while (std::getline(in, line)) {
        ++n;
        if (line.empty() || (n == 1 && line.rfind("sha256", 0) == 0)) continue;
        auto f = base::SplitCsvLine(line);
        if (f.size() != 4)
          return Fail("delayed plan", dp->csv + ":" + std::to_string(n) + ": expected 4 fields, found " + std::to_string(f.size()),
                      kExitBadInput, exit_code);
        rows.push_back({dp->csv + ":" + std::to_string(n), f[0], f[1], f[3], f[2]});
      }
    } else if (!dp->sha256.empty()) {
      rows.push_back({"--sha256", dp->sha256, dp->subscriber, dp->rationale, dp->planned_at});
    } else {
      return Fail("delayed plan", "give --sha256 (with --rationale and --planned-at) or --csv", kExitUsage, exit_code);
    }
    // Validate every row before saving any.
    std::vector<std::pair<Row, int64_t>> ok;
    for (auto& row : rows) {
      for (auto& ch : row.sha) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
      auto t = incident::ParseRfc3339(row.planned.size() == 10 ? row.planned + "T00:00:00Z" : row.planned);
      if (!t) return Fail("delayed plan", row.where + ": planned date \"" + row.planned + "\" is not a date", kExitBadInput, exit_code);
      if (row.sha.size() != 64 || row.sha.find_first_not_of("0123456789ABCDEF") != std::string::npos)
        return Fail("delayed plan", row.where + ": \"" + row.sha + "\" is not a SHA-256", kExitBadInput, exit_code);
      ok.emplace_back(row, *t);
    }
    for (const auto& [row, t] : ok) {
      auto res = store->PlanDelayedRevocation(dp->id, row.sha, row.subscriber, row.rationale, t);
      if (!res.ok()) return Fail("delayed plan", row.where + ": " + res.status().message(), kExitBadInput, exit_code);
    }
    std::cout << ok.size() << " plan(s) recorded\n";
  });
  auto ds = std::make_shared<DelayedOpts>();
  CLI::App* dstat = delayed->add_subcommand(
      "status", "The four counts every delayed-revocation update must carry (IRG 4.4).\n\nExample:\n  cair delayed status 2 --json");
  AddStoreOptions(dstat, &ds->c);
  dstat->add_option("incident", ds->id, "The delayed-revocation incident")->required();
  dstat->add_flag("--json", ds->json, "JSON object");
  dstat->callback([ds, exit_code] {
    int64_t now;
    auto store = OpenStore(ds->c, &now, exit_code);
    if (!store) return;
    auto c = store->CountDelay(ds->id, now);
    if (!c.ok()) return Fail("delayed status", c.status().message(), kExitBadInput, exit_code);
    const auto& v = *c;
    std::string eta = v.estimated_completion ? incident::FormatRfc3339(*v.estimated_completion) : "";
    if (ds->json) {
      nlohmann::ordered_json j = {{"revoked", v.revoked}, {"not_yet_revoked", v.unrevoked},
                                  {"planned_but_expired", v.expired_planned},
                                  {"estimated_completion", eta.empty() ? nullptr : nlohmann::ordered_json(eta)},
                                  {"without_plan", v.without_plan}};
      std::cout << j.dump(2) << "\n";
      return;
    }
    std::cout << "Number of certificates revoked: " << v.revoked << "\n"
              << "Number of certificates not yet revoked: " << v.unrevoked << "\n"
              << "Number of certificates planned for revocation that have expired: " << v.expired_planned << "\n"
              << "Estimated completion time for the remaining certificates: " << (eta.empty() ? "not planned" : eta) << "\n";
    if (v.without_plan) std::cout << "(" << v.without_plan << " unrevoked certificate(s) have no planned date: cair delayed plan)\n";
  });

  // ---- cair revocations import (the CA's own database) ----
  CLI::App* rev = app.add_subcommand("revocations", "Revocation records from the CA's own database.");
  rev->require_subcommand(1);
  struct RevOpts {
    StoreOptions c;
    int64_t id = 0;
    std::string csv;
  };
  auto ro = std::make_shared<RevOpts>();
  CLI::App* rimp = rev->add_subcommand(
      "import", "Import a CSV with the header serial,revoked_at,reason[,issuer] (reason: the CRL reasonCode\n"
                "number, empty for none). Matches the incident's affected certificates by serial (and issuer when\n"
                "given). Recorded with source \"database\": CRL evidence (`cair crl import`) shows publication.\n\n"
                "Example:\n  cair revocations import 1 revoked.csv");
  AddStoreOptions(rimp, &ro->c);
  rimp->add_option("incident", ro->id, "Incident id")->required();
  rimp->add_option("csv", ro->csv, "CSV file")->required();
  rimp->callback([ro, exit_code] {
    int64_t now;
    auto store = OpenStore(ro->c, &now, exit_code);
    if (!store) return;
    std::ifstream in(ro->csv);
    if (!in) return Fail("revocations import", ro->csv + ": cannot open", kExitBadInput, exit_code);
    std::string line;
    std::vector<std::string> header;
    std::map<std::string, std::vector<incident::Revocation>> by_issuer;  // "" = any issuer
    int n = 0;
    while (std::getline(in, line)) {
      ++n;
      if (line.empty() || line == "\r") continue;
      auto f = base::SplitCsvLine(line);
      if (header.empty()) {
        header = f;
        if (header.size() < 3 || header[0] != "serial" || header[1] != "revoked_at" || header[2] != "reason")
          return Fail("revocations import", ro->csv + ":1: the header must be serial,revoked_at,reason[,issuer]", kExitBadInput, exit_code);
        continue;
      }
      const std::string where = ro->csv + ":" + std::to_string(n);
      if (f.size() != header.size())
        return Fail("revocations import", where + ": expected " + std::to_string(header.size()) + " fields", kExitBadInput, exit_code);
      incident::Revocation r;
      r.serial_hex = NormalizeSerial(f[0]);
      if (r.serial_hex.empty()) return Fail("revocations import", where + ": serial \"" + f[0] + "\" is not hex", kExitBadInput, exit_code);
      auto t = incident::ParseRfc3339(f[1]);
      if (!t) return Fail("revocations import", where + ": revoked_at \"" + f[1] + "\" is not RFC 3339", kExitBadInput, exit_code);
      r.revocation_date = *t;
      if (!f[2].empty()) {
        char* end = nullptr;
        long code = std::strtol(f[2].c_str(), &end, 10);
        if (*end || !incident::ParseCrlReason(static_cast<int>(code)))
          return Fail("revocations import", where + ": reason \"" + f[2] + "\" is not a CRL reasonCode", kExitBadInput, exit_code);
        r.reason_code = static_cast<int>(code);
      }
      by_issuer[f.size() > 3 ? f[3] : ""].push_back(r);
    }
    uint64_t revoked = 0, wrong = 0, unrelated = 0;
    for (const auto& [issuer, entries] : by_issuer) {
      auto st = store->ImportRevocations(ro->id, issuer, 0, entries, "database " + ro->csv);
      if (!st.ok()) return Fail("revocations import", st.status().message(), kExitBadInput, exit_code);
      revoked += st->newly_revoked;
      wrong += st->wrong_reason;
      unrelated += st->unrelated;
    }
    std::cout << ro->csv << ": " << revoked << " affected certificate(s) newly revoked";
    if (wrong) std::cout << ", " << wrong << " with a wrong or missing reasonCode";
    if (unrelated) std::cout << ", " << unrelated << " row(s) match no affected certificate";
    std::cout << "\n";
  });
}

}  // namespace cair::cli
