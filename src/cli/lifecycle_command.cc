// `cair recurrence`, `cair incident split`, `cair audit import`: separate
// incidents as CCADB IRG 4.3 requires them (req §4.3): a recurrence after
// closure, a distinct root cause found while researching, and one incident
// per audit finding (req §4.1, §4.8).
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "base/files.h"
#include "base/strings.h"
#include "cli/commands.h"
#include "cli/store_common.h"
#include "corpus/source.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

// A date (midnight UTC) or an RFC 3339 time.
std::optional<int64_t> DateOrTime(const std::string& text) {
  return incident::ParseRfc3339(text.size() == 10 ? text + "T00:00:00Z" : text);
}

std::string Trimmed(std::string s) {
  s.erase(0, s.find_first_not_of(" \t"));
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r')) s.pop_back();
  return s;
}

// The findings of an audit statement from CSV (a header naming the columns
// finding, criterion, auditor, period, statement_date and optionally type)
// or JSON (an array of objects with those keys, or {"findings": [...]}).
// Errors name the file, the row and the field.
std::optional<std::vector<incident::AuditFinding>> ReadFindings(const std::string& path, std::string* error) {
  const auto read = base::ReadWholeFile(path, error);
  if (!read) return std::nullopt;
  const std::string& text = *read;
  std::vector<incident::AuditFinding> out;
  auto date = [&](const std::string& where, const std::string& value) -> std::optional<int64_t> {
    auto t = DateOrTime(value);
    if (!t) *error = where + ": statement_date \"" + value + "\" is not a date (2026-03-31) or RFC 3339 time";
    return t;
  };
  const size_t first = text.find_first_not_of(" \t\r\n\xEF\xBB\xBF");
  if (first != std::string::npos && (text[first] == '[' || text[first] == '{')) {
    auto j = nlohmann::json::parse(text, nullptr, false);
    if (j.is_discarded()) {
      *error = path + ": not valid JSON";
      return std::nullopt;
    }
    if (j.is_object() && j.contains("findings")) j = j["findings"];
    if (!j.is_array()) {
      *error = path + ": expected an array of findings (or {\"findings\": [...]})";
      return std::nullopt;
    }
    for (size_t i = 0; i < j.size(); ++i) {
      const std::string where = path + ": finding " + std::to_string(i + 1);
      if (!j[i].is_object()) {
        *error = where + ": not an object";
        return std::nullopt;
      }
      incident::AuditFinding f;
      for (auto [key, field] : {std::pair{"finding", &f.finding}, {"criterion", &f.criterion}, {"auditor", &f.auditor},
                                {"period", &f.period}, {"type", &f.type}}) {
        if (!j[i].contains(key)) continue;
        if (!j[i][key].is_string()) {
          *error = where + ": \"" + key + "\" must be a string";
          return std::nullopt;
        }
        *field = j[i][key].get<std::string>();
      }
      if (!j[i].contains("statement_date") || !j[i]["statement_date"].is_string()) {
        *error = where + ": \"statement_date\" is missing";
        return std::nullopt;
      }
      auto t = date(where, j[i]["statement_date"].get<std::string>());
      if (!t) return std::nullopt;
      f.statement_date = *t;
      out.push_back(std::move(f));
    }
    return out;
  }
  std::stringstream lines(text);
  std::string line;
  std::vector<std::string> header;
  int no = 0;
  while (std::getline(lines, line)) {
    ++no;
    if (Trimmed(line).empty()) continue;
    auto cells = base::SplitCsvLine(line);
    for (auto& c : cells) c = Trimmed(c);
    if (header.empty()) {
      if (no == 1 && cells[0].rfind("\xEF\xBB\xBF", 0) == 0) cells[0].erase(0, 3);
      header = cells;
      for (const char* need : {"finding", "auditor", "period", "statement_date"})
        if (std::find(header.begin(), header.end(), need) == header.end()) {
          *error = path + ":1: the header has no \"" + need + "\" column (finding,criterion,auditor,period,statement_date[,type])";
          return std::nullopt;
        }
      continue;
    }
    const std::string where = path + ":" + std::to_string(no);
    if (cells.size() != header.size()) {
      *error = where + ": " + std::to_string(cells.size()) + " field(s) where the header has " + std::to_string(header.size());
      return std::nullopt;
    }
    incident::AuditFinding f;
    for (size_t k = 0; k < header.size(); ++k) {
      const std::string& h = header[k];
      if (h == "finding") f.finding = cells[k];
      else if (h == "criterion") f.criterion = cells[k];
      else if (h == "auditor") f.auditor = cells[k];
      else if (h == "period") f.period = cells[k];
      else if (h == "type" && !cells[k].empty()) f.type = cells[k];
      else if (h == "statement_date") {
        auto t = date(where, cells[k]);
        if (!t) return std::nullopt;
        f.statement_date = *t;
      }
    }
    out.push_back(std::move(f));
  }
  return out;
}

std::vector<int64_t> Ids(const std::string& list, std::string* error) {
  std::vector<int64_t> out;
  std::stringstream ss(list);
  std::string item;
  while (std::getline(ss, item, ',')) {
    item = Trimmed(item);
    if (item.empty()) continue;
    if (item.find_first_not_of("0123456789") != std::string::npos) {
      *error = "--problems: \"" + item + "\" is not a problem id (see cair incident show)";
      return {};
    }
    out.push_back(std::stoll(item));
  }
  return out;
}

}  // namespace

void AddSeparateIncidentCommands(CLI::App& app, int* exit_code) {
  struct Opts {
    StoreOptions c;
    int64_t id = 0;
    std::string title, aware_at, problems, file, ca_owner, ccadb_id;
    bool json = false;
  };

  // ---- cair recurrence ----
  CLI::App* rec = AddCommandGroup(&app,
      "recurrence",
      "Recurrence of a closed incident (CCADB IRG 4.3: a new, separate report). Every problem of every closed\n"
      "incident stays watched: the pre-issuance gate (cair serve, cair resume) denies a TBS its lint finds from\n"
      "an issuer in its scope, naming the closed incident; `cair scan --recurrence` finds certificates issued\n"
      "after the closure.");
  auto ro = std::make_shared<Opts>();
  CLI::App* rlist = rec->add_subcommand(
      "list", "The watched problems: closed incident, problem, lint (or manual criterion), issuer scope, closure.\n\n"
              "Example:\n  cair recurrence list --json");
  AddStoreOptions(rlist, &ro->c);
  rlist->add_flag("--json", ro->json, "JSON array");
  rlist->callback([ro, exit_code] {
    int64_t now;
    auto store = OpenStore(ro->c, &now, exit_code);
    if (!store) return;
    auto w = store->RecurrenceWatch();
    if (!w.ok()) return Fail("recurrence list", w.status().message(), kExitBadInput, exit_code);
    nlohmann::ordered_json j = nlohmann::ordered_json::array();
    for (const auto& p : *w) {
      if (ro->json) {
        j.push_back({{"incident", p.incident_id}, {"problem", p.problem_id}, {"name", p.name}, {"lint", p.lint},
                     {"criterion", p.criterion}, {"issuers", p.issuers},
                     {"closed_at", p.closed_at ? nlohmann::ordered_json(incident::FormatRfc3339(p.closed_at)) : nullptr},
                     {"checked", !p.lint.empty()}});
        continue;
      }
      std::cout << "incident " << p.incident_id << " problem " << p.problem_id << " \"" << p.name << "\": "
                << (p.lint.empty() ? "manual criterion \"" + p.criterion + "\" (not checked automatically)" : p.lint)
                << "; issuers: " << (p.issuers.empty() ? std::string("any") : std::to_string(p.issuers.size()))
                << "; closed " << (p.closed_at ? incident::FormatRfc3339(p.closed_at) : std::string("(time unknown)")) << "\n";
    }
    if (ro->json) std::cout << j.dump(2) << "\n";
    else std::cout << w->size() << " watched problem(s)\n";
  });
  auto rop = std::make_shared<Opts>();
  CLI::App* ropen = rec->add_subcommand(
      "open", "Open the new incident for a recurrence of closed incident ID, linked to it: its own clocks from\n"
              "--aware-at (default: now), a \"Related Incidents\" row in both incidents' reports, both timelines.\n"
              "Prints the new id. Then add its problems, e.g. from `cair scan --recurrence --fingerprints DIR`.\n\n"
              "Example:\n  cair recurrence open 3 --aware-at 2026-04-02T08:15:00Z\n"
              "  cair problem add 5 --name 'Some-State again' --reason 12 --lint e_subject_placeholder_value \\\n"
              "      --certs corpus/ --sha256-list recur/e_subject_placeholder_value.txt");
  AddStoreOptions(ropen, &rop->c);
  ropen->add_option("incident", rop->id, "The closed incident that recurs")->required();
  ropen->add_option("--aware-at", rop->aware_at, "When the CA became aware of the recurrence (RFC 3339; default: now)");
  ropen->add_option("--title", rop->title, "Title (default: \"CA Owner: Recurrence of <original title>\")");
  ropen->callback([rop, exit_code] {
    int64_t now;
    auto store = OpenStore(rop->c, &now, exit_code);
    if (!store) return;
    int64_t aware = now;
    if (!rop->aware_at.empty()) {
      auto t = Time("--aware-at", rop->aware_at, exit_code);
      if (!t) return;
      aware = *t;
    }
    auto id = store->OpenRecurrence(rop->id, aware, rop->title, now);
    if (!id.ok()) return Fail("recurrence open", id.status().message(), kExitBadInput, exit_code);
    std::cout << *id << "\n";
  });

  // ---- cair incident split ----
  CLI::App* inc = app.get_subcommand("incident");
  auto so = std::make_shared<Opts>();
  CLI::App* split = inc->add_subcommand(
      "split", "Move problems to a new, linked incident: another incident with a distinct root cause and/or\n"
               "remediation found while researching this one (CCADB IRG 4.3). Their certificates, revocation state\n"
               "and the halts only they need move with them, in one transaction; both timelines record it. The new\n"
               "incident keeps this one's awareness (no revocation deadline moves) unless --aware-at is given.\n"
               "Prints the new id.\n\n"
               "Example:\n  cair incident split 1 --problems 2,3 --title 'Example CA: Serial numbers under 64 bits'");
  AddStoreOptions(split, &so->c);
  split->add_option("incident", so->id, "The incident to split")->required();
  split->add_option("--problems", so->problems, "Problem ids to move (comma-separated; see cair incident show)")->required();
  split->add_option("--title", so->title, "Title of the new incident (default: \"CA Owner: <problem name>\")");
  split->add_option("--aware-at", so->aware_at, "When the CA became aware of the new incident (RFC 3339)");
  split->callback([so, exit_code] {
    std::string error;
    auto problems = Ids(so->problems, &error);
    if (!error.empty()) return Fail("incident split", error, kExitUsage, exit_code);
    int64_t now;
    auto store = OpenStore(so->c, &now, exit_code);
    if (!store) return;
    std::optional<int64_t> aware;
    if (!so->aware_at.empty()) {
      aware = Time("--aware-at", so->aware_at, exit_code);
      if (!aware) return;
    }
    auto r = store->SplitIncident(so->id, problems, so->title, aware, now);
    if (!r.ok()) return Fail("incident split", r.status().message(), kExitBadInput, exit_code);
    std::cout << r->incident << "\n";
    std::cerr << "cair incident split: " << problems.size() << " problem(s), " << r->certificates << " certificate(s)";
    if (!r->halts_moved.empty()) std::cerr << ", " << r->halts_moved.size() << " halt(s)";
    std::cerr << " moved to incident " << r->incident << "\n";
  });

  // ---- cair audit import ----
  CLI::App* audit = AddCommandGroup(&app, "audit", "Audit findings (CCADB IRG 4.1: every audit finding is the subject of an incident report).");
  auto ao = std::make_shared<Opts>();
  CLI::App* aimp = audit->add_subcommand(
      "import", "Open one incident (kind audit-finding, source Audit) per finding of an audit statement: qualifications,\n"
                "adverse findings, other matters and non-conformities (IRG 4.1, 4.3). All or none: a finding\n"
                "already imported (same auditor, period and text) refuses the whole file. Each incident's 72-hour\n"
                "clock (IRG 4.4) runs from --aware-at, else the statement date; findings of one statement are linked.\n"
                "FILE is CSV with the header finding,criterion,auditor,period,statement_date[,type] or JSON (an array\n"
                "of objects with those keys). type: qualification (default), adverse, other-matter, non-conformity.\n"
                "Prints the new ids, one a line.\n\n"
                "Example:\n  cair audit import findings.csv --ca-owner 'Example CA' --ccadb-id A000123\n\n"
                "  finding,criterion,auditor,period,statement_date,type\n"
                "  \"CRLs not updated within 7 days\",\"WebTrust BR 4.9.7\",Audit LLP,2025-04-01/2026-03-31,2026-06-20,qualification");
  AddStoreOptions(aimp, &ao->c);
  aimp->add_option("file", ao->file, "The findings: CSV or JSON")->required();
  aimp->add_option("--ca-owner", ao->ca_owner, "CA Owner name (the title's prefix, IRG: as in the CCADB)");
  aimp->add_option("--ccadb-id", ao->ccadb_id, "CA Owner CCADB unique ID (A followed by six digits)");
  aimp->add_option("--aware-at", ao->aware_at, "When the CA became aware of the findings (default: each statement date)");
  aimp->callback([ao, exit_code] {
    std::string error;
    auto findings = ReadFindings(ao->file, &error);
    if (!findings) return Fail("audit import", error, kExitBadInput, exit_code);
    int64_t now;
    auto store = OpenStore(ao->c, &now, exit_code);
    if (!store) return;
    std::optional<int64_t> aware;
    if (!ao->aware_at.empty()) {
      aware = Time("--aware-at", ao->aware_at, exit_code);
      if (!aware) return;
    }
    auto ids = store->ImportAuditFindings(*findings, ao->ca_owner, ao->ccadb_id, aware, now);
    if (!ids.ok()) return Fail("audit import", ao->file + ": " + ids.status().message(), kExitBadInput, exit_code);
    for (int64_t id : *ids) std::cout << id << "\n";
  });
}

}  // namespace cair::cli
