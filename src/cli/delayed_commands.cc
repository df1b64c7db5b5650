// `cair delayed check`, `open`, `plan`, `status`: delayed revocation (MRSP
// 6.1.3; IRG: a separate report, updates every 3 days, at least every 7).

#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "cli/commands.h"
#include "cli/store_common.h"
#include "cli/workflow_commands.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

using incident::Store;

// A date (midnight UTC) or an RFC 3339 time.
std::optional<int64_t> ParseDateOrTime(const std::string& text) {
  return incident::ParseRfc3339(text.size() == 10 ? text + "T00:00:00Z" : text);
}

struct DelayedOptions {
  StoreOptions c;
  int64_t id = 0;
  bool json = false;
};

// ---- cair delayed check

constexpr const char* kCheckHelp =
    "List the incident's certificates past their revocation deadline at --now, unrevoked or revoked late.\n"
    "Exit 1 when there are any.\n\nExample:\n  cair delayed check 1 --now 2026-01-11T00:00:00Z";

void RunCheck(const DelayedOptions& dc, Store& store, int64_t now, int* exit_code) {
  nlohmann::ordered_json j = nlohmann::ordered_json::array();
  auto n = store.LateRevocations(dc.id, now, [&](const incident::DelayedCertificate& d) {
    if (dc.json) {
      j.push_back({{"sha256", d.sha256_hex}, {"serial", d.serial_hex}, {"issuer", d.issuer},
                   {"deadline", incident::FormatRfc3339(d.deadline)},
                   {"not_after", incident::FormatRfc3339(d.not_after)},
                   {"revoked_at", d.revoked_at ? nlohmann::ordered_json(incident::FormatRfc3339(*d.revoked_at)) : nullptr}});
      return;
    }
    std::cout << d.sha256_hex << "  deadline " << incident::FormatRfc3339(d.deadline) << "  "
              << (d.revoked_at ? "revoked late " + incident::FormatRfc3339(*d.revoked_at) : std::string("unrevoked")) << "\n";
  });
  if (!n.ok()) return Fail("delayed check", n.status().message(), kExitBadInput, exit_code);
  if (dc.json) std::cout << j.dump(2) << "\n";
  else std::cout << *n << " certificate(s) past their revocation deadline\n";
  if (*n) *exit_code = kExitFindings;
}

void AddCheckCommand(CLI::App* delayed, int* exit_code) {
  auto dc = std::make_shared<DelayedOptions>();
  CLI::App* check = AddStoreCommand(delayed, "check", kCheckHelp, dc, exit_code, RunCheck);
  check->add_option("incident", dc->id, "Incident id")->required();
  check->add_flag("--json", dc->json, "JSON list");
}

// ---- cair delayed open, and the obligations it records (MRSP 6.1.3, req §3.4)

struct DelayedOpenOptions {
  StoreOptions c;
  int64_t id = 0;
  std::string root_programs, next_audit_statement;
};

// The other root programs to notify: --root-programs, else the parent
// incident's "root-programs" field (comma-separated).
std::vector<std::string> RootPrograms(Store& store, int64_t parent, const std::string& flag) {
  std::string programs = flag;
  if (programs.empty()) {
    auto nar = store.Narrative(parent);
    if (nar.ok())
      for (const auto& [field, text] : *nar)
        if (field == "root-programs") programs = text;
  }
  std::vector<std::string> out;
  for (const auto& p : base::SplitCommaList(programs))
    if (std::string name = base::Trim(p); !name.empty()) out.push_back(name);
  return out;
}

// Adds the delayed-revocation incident's action items: notify each other
// root program, the audit-statement finding (due --next-audit-statement,
// else the latest the next annual statement can be due), the per-subscriber
// rationale. Prints what it did on stderr.
void AddDelayObligations(Store& store, int64_t delay, const DelayedOpenOptions& f, int64_t now, int* exit_code) {
  incident::DelayObligations o;
  o.root_programs = RootPrograms(store, f.id, f.root_programs);
  // Req §4.8 (CCADB Policy 5.2): a statement within 92 days of its annual
  // period's end; the period running now ends within a year.
  o.audit_due = now + (365 + 92) * 86400;
  if (!f.next_audit_statement.empty()) {
    auto t = ParseDateOrTime(f.next_audit_statement);
    if (!t)
      return Fail("delayed open", "--next-audit-statement: \"" + f.next_audit_statement + "\" is not a date (2026-06-30)", kExitUsage,
                  exit_code);
    o.audit_due = *t;
  }
  auto ids = store.AddDelayObligations(delay, o, now);
  if (!ids.ok())
    return Fail("delayed open",
                "incident " + std::to_string(delay) + " opened, but its obligations were not recorded: " + ids.status().message(),
                kExitBadInput, exit_code);
  std::cerr << "cair delayed open: " << ids->size() << " action item(s) recorded (MRSP 6.1.3)";
  if (o.root_programs.empty())
    std::cerr << "; no other root program configured to notify (--root-programs, or the parent's root-programs field)";
  std::cerr << "\n";
}

constexpr const char* kDelayedOpenHelp =
    "Open the separate delayed-revocation incident, linked to its parent; prints its id. Records the\n"
    "action items the delay implies (MRSP 6.1.3): notify each other root program the CA participates in,\n"
    "have the delay listed as a finding in the next audit statement, record the per-subscriber rationale.\n\n"
    "Example:\n  cair delayed open 1 --now 2026-01-11T00:00:00Z --root-programs Chrome,Apple,Microsoft";

void RunDelayedOpen(const DelayedOpenOptions& o, Store& store, int64_t now, int* exit_code) {
  auto id = store.OpenDelayedRevocationIncident(o.id, now);
  if (!id.ok()) return Fail("delayed open", id.status().message(), kExitBadInput, exit_code);
  std::cout << *id << "\n";
  AddDelayObligations(store, *id, o, now, exit_code);
}

void AddDelayedOpenCommand(CLI::App* delayed, int* exit_code) {
  auto o = std::make_shared<DelayedOpenOptions>();
  CLI::App* open = AddStoreCommand(delayed, "open", kDelayedOpenHelp, o, exit_code, RunDelayedOpen);
  open->add_option("incident", o->id, "The parent incident")->required();
  open->add_option("--root-programs", o->root_programs,
                   "The other root programs the CA participates in, to notify (comma-separated, e.g. 'Chrome,Apple,Microsoft';\n"
                   "default: the parent incident's root-programs field, `cair incident set ID --field root-programs`)");
  open->add_option("--next-audit-statement", o->next_audit_statement,
                   "When the next TLS BR audit statement is due (YYYY-MM-DD; default: 365 + 92 days from now, the latest\n"
                   "an annual period's statement can be due, CCADB Policy 5.2)");
}

// ---- cair delayed plan

struct PlanOptions {
  StoreOptions c;
  int64_t id = 0;
  std::string sha256, subscriber, rationale, planned_at, csv;
};

struct PlanRow {
  std::string where, sha, subscriber, rationale, planned;
};

// The rows of --csv (sha256,subscriber,planned_at,rationale; the header
// line is optional), or the one of --sha256.
std::optional<std::vector<PlanRow>> PlanRows(const PlanOptions& dp, int* exit_code) {
  std::vector<PlanRow> rows;
  if (dp.csv.empty() && dp.sha256.empty()) {
    Fail("delayed plan", "give --sha256 (with --rationale and --planned-at) or --csv", kExitUsage, exit_code);
    return std::nullopt;
  }
  if (dp.csv.empty()) {
    rows.push_back({"--sha256", dp.sha256, dp.subscriber, dp.rationale, dp.planned_at});
    return rows;
  }
  std::ifstream in(dp.csv);
  if (!in) {
    Fail("delayed plan", dp.csv + ": cannot open", kExitBadInput, exit_code);
    return std::nullopt;
  }
  std::string line;
  for (int n = 1; std::getline(in, line); ++n) {
    if (line.empty() || (n == 1 && line.rfind("sha256", 0) == 0)) continue;
    auto f = base::SplitCsvLine(line);
    const std::string where = dp.csv + ":" + std::to_string(n);
    if (f.size() != 4) {
      Fail("delayed plan", where + ": expected 4 fields, found " + std::to_string(f.size()), kExitBadInput, exit_code);
      return std::nullopt;
    }
    rows.push_back({where, f[0], f[1], f[3], f[2]});
  }
  return rows;
}

constexpr const char* kPlanHelp =
    "Record, per certificate, the subscriber, the rationale for the delay and the planned revocation\n"
    "(or natural expiry) date; one certificate by --sha256, or many by --csv with the header\n"
    "sha256,subscriber,planned_at,rationale.\n\n"
    "Example:\n  cair delayed plan 2 --sha256 AB12... --subscriber 'Hospital X' --planned-at 2026-01-20 "
    "--rationale 'Certificate pinned in medical devices; vendor update on 2026-01-19'";

void RunPlan(const PlanOptions& dp, Store& store, int64_t, int* exit_code) {
  auto rows = PlanRows(dp, exit_code);
  if (!rows) return;
  // Validate every row before saving any.
  std::vector<std::pair<PlanRow, int64_t>> ok;
  for (auto& row : *rows) {
    for (auto& ch : row.sha) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    auto t = ParseDateOrTime(row.planned);
    if (!t) return Fail("delayed plan", row.where + ": planned date \"" + row.planned + "\" is not a date", kExitBadInput, exit_code);
    if (row.sha.size() != 64 || row.sha.find_first_not_of("0123456789ABCDEF") != std::string::npos)
      return Fail("delayed plan", row.where + ": \"" + row.sha + "\" is not a SHA-256", kExitBadInput, exit_code);
    ok.emplace_back(row, *t);
  }
  for (const auto& [row, t] : ok) {
    auto res = store.PlanDelayedRevocation(dp.id, row.sha, row.subscriber, row.rationale, t);
    if (!res.ok()) return Fail("delayed plan", row.where + ": " + res.status().message(), kExitBadInput, exit_code);
  }
  std::cout << ok.size() << " plan(s) recorded\n";
}

void AddPlanCommand(CLI::App* delayed, int* exit_code) {
  auto dp = std::make_shared<PlanOptions>();
  CLI::App* plan = AddStoreCommand(delayed, "plan", kPlanHelp, dp, exit_code, RunPlan);
  plan->add_option("incident", dp->id, "The delayed-revocation incident")->required();
  plan->add_option("--sha256", dp->sha256, "SHA-256 of the certificate (hex)");
  plan->add_option("--subscriber", dp->subscriber, "Subscriber name");
  plan->add_option("--rationale", dp->rationale, "Why revocation is delayed (MRSP 6.1.3)");
  plan->add_option("--planned-at", dp->planned_at, "Planned revocation or expiry (YYYY-MM-DD or RFC 3339)");
  plan->add_option("--csv", dp->csv, "CSV of plans: sha256,subscriber,planned_at,rationale");
}

// ---- cair delayed status

constexpr const char* kStatusHelp =
    "The four counts every delayed-revocation update must carry (IRG 4.4).\n\nExample:\n  cair delayed status 2 --json";

void RunStatus(const DelayedOptions& ds, Store& store, int64_t now, int* exit_code) {
  auto c = store.CountDelay(ds.id, now);
  if (!c.ok()) return Fail("delayed status", c.status().message(), kExitBadInput, exit_code);
  const auto& v = *c;
  std::string eta = v.estimated_completion ? incident::FormatRfc3339(*v.estimated_completion) : "";
  if (ds.json) {
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
}

void AddStatusCommand(CLI::App* delayed, int* exit_code) {
  auto ds = std::make_shared<DelayedOptions>();
  CLI::App* status = AddStoreCommand(delayed, "status", kStatusHelp, ds, exit_code, RunStatus);
  status->add_option("incident", ds->id, "The delayed-revocation incident")->required();
  status->add_flag("--json", ds->json, "JSON object");
}

}  // namespace

void AddDelayedCommands(CLI::App& app, int* exit_code) {
  CLI::App* delayed = AddCommandGroup(
      &app, "delayed", "Delayed revocation (MRSP 6.1.3; IRG: a separate report, updates every 3 days, at least every 7).");
  AddCheckCommand(delayed, exit_code);
  AddDelayedOpenCommand(delayed, exit_code);
  AddPlanCommand(delayed, exit_code);
  AddStatusCommand(delayed, exit_code);
}

}  // namespace cair::cli
