// `cair incident export|import|close|note|whiteboard|set`: the rest of an
// incident's life cycle, and its JSON form (backup, hand-over, and the input
// of report generators outside cair).
#include <fstream>
#include <iostream>
#include <sstream>

#include <nlohmann/json.hpp>

#include "cli/commands.h"
#include "cli/store_common.h"
#include "incident/rules.h"
#include "incident/store.h"

namespace cair::cli {
namespace {

using nlohmann::ordered_json;
using incident::FormatRfc3339;

constexpr int kExportFormat = 1;

ordered_json T(int64_t t) { return FormatRfc3339(t); }
ordered_json T(const std::optional<int64_t>& t) { return t ? ordered_json(FormatRfc3339(*t)) : ordered_json(nullptr); }

ordered_json ToJson(const incident::IncidentBundle& b) {
  const auto& i = b.incident;
  ordered_json j;
  j["cair_incident_export"] = kExportFormat;
  j["incident"] = {{"id", i.id}, {"title", i.title}, {"ca_owner", i.ca_owner}, {"ccadb_id", i.ccadb_id},
                   {"source", i.source}, {"reporter", i.reporter}, {"kind", i.kind}, {"status", i.status},
                   {"aware_at", T(i.aware_at)}, {"problem_report_at", T(i.problem_report_at)},
                   {"bug", i.bug ? ordered_json(*i.bug) : ordered_json(nullptr)},
                   {"parent_id", i.parent_id ? ordered_json(*i.parent_id) : ordered_json(nullptr)},
                   {"whiteboard_next_update", T(i.whiteboard_next_update)}, {"created_at", T(i.created_at)}};
  j["timeline"] = ordered_json::array();
  for (const auto& t : b.timeline) j["timeline"].push_back({{"at", T(t.at)}, {"text", t.text}, {"source", t.source}});
  j["problems"] = ordered_json::array();
  for (const auto& pc : b.problems) {
    ordered_json p = {{"name", pc.problem.name}, {"lint", pc.problem.lint}, {"criterion", pc.problem.criterion},
                      {"br_reason", pc.problem.br_reason}, {"ca", pc.problem.ca}, {"certificates", ordered_json::array()}};
    if (pc.problem.smime) p["smime"] = true;  // the Appendix withholds personal data (req §4.7)
    for (const auto& c : pc.certificates)
      p["certificates"].push_back({{"sha256", c.cert.sha256_hex}, {"serial", c.cert.serial_hex}, {"issuer", c.cert.issuer},
                                   {"subject", c.cert.subject}, {"dns_names", c.cert.dns_names},
                                   {"not_before", T(c.cert.not_before)}, {"not_after", T(c.cert.not_after)},
                                   {"precertificate", c.cert.precertificate}, {"tbs_key", std::to_string(c.cert.tbs_key)},
                                   {"revoked_at", T(c.revoked_at)},
                                   {"crl_reason", c.crl_reason ? ordered_json(*c.crl_reason) : ordered_json(nullptr)},
                                   {"reason_ok", c.reason_ok ? ordered_json(*c.reason_ok) : ordered_json(nullptr)}});
    j["problems"].push_back(std::move(p));
  }
  j["halts"] = ordered_json::array();
  for (const auto& h : b.halts)
    j["halts"].push_back({{"issuer_ski", h.issuer_ski}, {"issuer_subject", h.issuer_subject}, {"profile", h.profile},
                          {"reason", h.reason}, {"halted_at", T(h.halted_at)}, {"resumed_at", T(h.resumed_at)},
                          {"resume_evidence", h.resume_evidence}});
  j["action_items"] = ordered_json::array();
  for (const auto& a : b.action_items)
    j["action_items"].push_back({{"action", a.action}, {"kind", a.kind}, {"root_cause", a.root_cause}, {"criteria", a.criteria},
                                 {"due_at", T(a.due_at)}, {"status", a.status}, {"changed_at", T(a.changed_at)}});
  j["questions"] = ordered_json::array();
  for (const auto& q : b.questions)
    j["questions"].push_back({{"text", q.text}, {"asked_at", T(q.asked_at)}, {"answered_at", T(q.answered_at)}});
  j["updates"] = ordered_json::array();
  for (const auto& u : b.updates) j["updates"].push_back({{"posted_at", T(u.posted_at)}, {"kind", u.kind}, {"text", u.text}});
  j["narrative"] = ordered_json::object();
  for (const auto& [f, t] : b.narrative) j["narrative"][f] = t;
  j["delay_plan"] = ordered_json::array();
  for (const auto& d : b.delay_plan)
    j["delay_plan"].push_back({{"sha256", d.sha256_hex}, {"subscriber", d.subscriber}, {"rationale", d.rationale},
                               {"planned_at", T(d.planned_at)}});
  return j;
}

// Reads the JSON back; every problem is reported with its JSON path.
class Reader {
 public:
  std::string error;
  int64_t Time(const nlohmann::json& j, const std::string& path) {
    if (!j.is_string()) return Fail(path, "expected an RFC 3339 string"), 0;
    auto t = incident::ParseRfc3339(j.get<std::string>());
    if (!t) return Fail(path, "\"" + j.get<std::string>() + "\" is not RFC 3339"), 0;
    return *t;
  }
  std::optional<int64_t> OptTime(const nlohmann::json& o, const char* key, const std::string& path) {
    if (!o.contains(key) || o[key].is_null()) return std::nullopt;
    return Time(o[key], path + "." + key);
  }
  std::string Str(const nlohmann::json& o, const char* key, const std::string& path) {
    if (!o.contains(key)) return "";
    if (!o[key].is_string()) return Fail(path + "." + key, "expected a string"), "";
    return o[key].get<std::string>();
  }
  int64_t Int(const nlohmann::json& o, const char* key, const std::string& path) {
    if (!o.contains(key) || !o[key].is_number_integer()) return Fail(path + "." + key, "expected an integer"), 0;
    return o[key].get<int64_t>();
  }
  bool Bool(const nlohmann::json& o, const char* key) { return o.contains(key) && o[key].is_boolean() && o[key].get<bool>(); }
  void Fail(const std::string& path, const std::string& why) {
    if (error.empty()) error = path + ": " + why;
  }
};

std::optional<incident::IncidentBundle> FromJson(const nlohmann::json& j, std::string* error) {
  Reader r;
  incident::IncidentBundle b;
  if (!j.is_object() || !j.contains("cair_incident_export") || j["cair_incident_export"] != kExportFormat) {
    *error = "not a cair incident export (format " + std::to_string(kExportFormat) + ")";
    return std::nullopt;
  }
  const auto& i = j.value("incident", nlohmann::json::object());
  auto& in = b.incident;
  in.title = r.Str(i, "title", "incident");
  in.ca_owner = r.Str(i, "ca_owner", "incident");
  in.ccadb_id = r.Str(i, "ccadb_id", "incident");
  in.source = r.Str(i, "source", "incident");
  in.reporter = r.Str(i, "reporter", "incident");
  in.kind = r.Str(i, "kind", "incident");
  in.status = r.Str(i, "status", "incident");
  in.aware_at = r.Time(i.value("aware_at", nlohmann::json()), "incident.aware_at");
  in.problem_report_at = r.OptTime(i, "problem_report_at", "incident");
  if (i.contains("bug") && i["bug"].is_number_integer()) in.bug = i["bug"].get<int64_t>();
  if (i.contains("parent_id") && i["parent_id"].is_number_integer()) in.parent_id = i["parent_id"].get<int64_t>();
  in.whiteboard_next_update = r.OptTime(i, "whiteboard_next_update", "incident");
  in.created_at = r.OptTime(i, "created_at", "incident").value_or(in.aware_at);
  auto arr = [&](const char* key) { return j.contains(key) && j[key].is_array() ? j[key] : nlohmann::json::array(); };
  size_t n = 0;
  for (const auto& t : arr("timeline")) {
    std::string p = "timeline[" + std::to_string(n++) + "]";
    b.timeline.push_back({0, 0, r.Time(t.value("at", nlohmann::json()), p + ".at"), r.Str(t, "text", p), r.Str(t, "source", p)});
  }
  n = 0;
  for (const auto& pj : arr("problems")) {
    std::string p = "problems[" + std::to_string(n++) + "]";
    incident::IncidentBundle::ProblemCerts pc;
    pc.problem.name = r.Str(pj, "name", p);
    pc.problem.lint = r.Str(pj, "lint", p);
    pc.problem.criterion = r.Str(pj, "criterion", p);
    pc.problem.br_reason = static_cast<int>(r.Int(pj, "br_reason", p));
    pc.problem.ca = r.Bool(pj, "ca");
    pc.problem.smime = r.Bool(pj, "smime");
    size_t m = 0;
    for (const auto& cj : pj.value("certificates", nlohmann::json::array())) {
      std::string q = p + ".certificates[" + std::to_string(m++) + "]";
      incident::CertificateState c;
      c.cert.sha256_hex = r.Str(cj, "sha256", q);
      c.cert.serial_hex = r.Str(cj, "serial", q);
      c.cert.issuer = r.Str(cj, "issuer", q);
      c.cert.subject = r.Str(cj, "subject", q);
      c.cert.dns_names = r.Str(cj, "dns_names", q);
      c.cert.not_before = r.Time(cj.value("not_before", nlohmann::json()), q + ".not_before");
      c.cert.not_after = r.Time(cj.value("not_after", nlohmann::json()), q + ".not_after");
      c.cert.precertificate = r.Bool(cj, "precertificate");
      c.cert.tbs_key = std::strtoull(r.Str(cj, "tbs_key", q).c_str(), nullptr, 10);
      c.revoked_at = r.OptTime(cj, "revoked_at", q);
      if (cj.contains("crl_reason") && cj["crl_reason"].is_number_integer()) c.crl_reason = cj["crl_reason"].get<int>();
      if (cj.contains("reason_ok") && cj["reason_ok"].is_boolean()) c.reason_ok = cj["reason_ok"].get<bool>();
      pc.certificates.push_back(std::move(c));
    }
    b.problems.push_back(std::move(pc));
  }
  n = 0;
  for (const auto& h : arr("halts")) {
    std::string p = "halts[" + std::to_string(n++) + "]";
    incident::Halt x;
    x.issuer_ski = r.Str(h, "issuer_ski", p);
    x.issuer_subject = r.Str(h, "issuer_subject", p);
    x.profile = r.Str(h, "profile", p);
    x.reason = r.Str(h, "reason", p);
    x.halted_at = r.Time(h.value("halted_at", nlohmann::json()), p + ".halted_at");
    x.resumed_at = r.OptTime(h, "resumed_at", p);
    x.resume_evidence = r.Str(h, "resume_evidence", p);
    b.halts.push_back(std::move(x));
  }
  n = 0;
  for (const auto& a : arr("action_items")) {
    std::string p = "action_items[" + std::to_string(n++) + "]";
    incident::ActionItem x;
    x.action = r.Str(a, "action", p);
    x.kind = r.Str(a, "kind", p);
    x.root_cause = r.Str(a, "root_cause", p);
    x.criteria = r.Str(a, "criteria", p);
    x.due_at = r.Time(a.value("due_at", nlohmann::json()), p + ".due_at");
    x.status = r.Str(a, "status", p);
    x.changed_at = r.Time(a.value("changed_at", nlohmann::json()), p + ".changed_at");
    b.action_items.push_back(std::move(x));
  }
  n = 0;
  for (const auto& q : arr("questions")) {
    std::string p = "questions[" + std::to_string(n++) + "]";
    b.questions.push_back({0, 0, r.Str(q, "text", p), r.Time(q.value("asked_at", nlohmann::json()), p + ".asked_at"),
                           r.OptTime(q, "answered_at", p)});
  }
  n = 0;
  for (const auto& u : arr("updates")) {
    std::string p = "updates[" + std::to_string(n++) + "]";
    b.updates.push_back({0, 0, r.Time(u.value("posted_at", nlohmann::json()), p + ".posted_at"), r.Str(u, "kind", p), r.Str(u, "text", p)});
  }
  if (j.contains("narrative") && j["narrative"].is_object())
    for (const auto& [k, v] : j["narrative"].items())
      if (v.is_string()) b.narrative.emplace_back(k, v.get<std::string>());
  n = 0;
  for (const auto& d : arr("delay_plan")) {
    std::string p = "delay_plan[" + std::to_string(n++) + "]";
    b.delay_plan.push_back({r.Str(d, "sha256", p), r.Str(d, "subscriber", p), r.Str(d, "rationale", p),
                            r.Time(d.value("planned_at", nlohmann::json()), p + ".planned_at")});
  }
  if (!r.error.empty()) {
    *error = r.error;
    return std::nullopt;
  }
  return b;
}

void Fail(const char* cmd, const std::string& message, int code, int* exit_code) {
  std::cerr << "cair incident " << cmd << ": " << message << "\n";
  *exit_code = code;
}

}  // namespace

void AddIncidentLifecycleCommands(CLI::App& app, int* exit_code) {
  CLI::App* inc = app.get_subcommand("incident");
  struct Opts {
    StoreOptions c;
    int64_t id = 0;
    std::string file, text, at, source = "CA", field, date;
  };

  auto ex = std::make_shared<Opts>();
  CLI::App* exp = inc->add_subcommand("export", "Write an incident as JSON (stdout or --out): every field, problem, certificate,\n"
                                                "halt, action item, question, update and plan.\n\nExample:\n  cair incident export 1 --out incident-1.json");
  AddStoreOptions(exp, &ex->c);
  exp->add_option("id", ex->id, "Incident id")->required();
  exp->add_option("--out", ex->file, "Output file (default: stdout)");
  exp->callback([ex, exit_code] {
    int64_t now;
    auto store = OpenStore(ex->c, &now, exit_code);
    if (!store) return;
    auto b = store->Export(ex->id);
    if (!b.ok()) return Fail("export", b.error.message, kExitBadInput, exit_code);
    std::string text = ToJson(*b.value).dump(2) + "\n";
    if (ex->file.empty()) {
      std::cout << text;
      return;
    }
    std::ofstream out(ex->file, std::ios::binary);
    out << text;
    if (!out) Fail("export", ex->file + ": cannot write", kExitBadInput, exit_code);
  });

  auto im = std::make_shared<Opts>();
  CLI::App* imp = inc->add_subcommand("import", "Restore an incident from `cair incident export` JSON under a new id (printed).\n\n"
                                                "Example:\n  cair incident import incident-1.json --db other.db");
  AddStoreOptions(imp, &im->c);
  imp->add_option("file", im->file, "Export JSON")->required();
  imp->callback([im, exit_code] {
    std::ifstream in(im->file, std::ios::binary);
    if (!in) return Fail("import", im->file + ": cannot open", kExitBadInput, exit_code);
    nlohmann::json j = nlohmann::json::parse(in, nullptr, false);
    if (j.is_discarded()) return Fail("import", im->file + ": not valid JSON", kExitBadInput, exit_code);
    std::string err;
    auto b = FromJson(j, &err);
    if (!b) return Fail("import", im->file + ": " + err, kExitBadInput, exit_code);
    int64_t now;
    auto store = OpenStore(im->c, &now, exit_code);
    if (!store) return;
    auto id = store->Import(*b);
    if (!id.ok()) return Fail("import", im->file + ": " + id.error.message + "; nothing was saved", kExitBadInput, exit_code);
    std::cout << *id.value << "\n";
  });

  auto cl = std::make_shared<Opts>();
  CLI::App* close = inc->add_subcommand("close", "Close an incident (its clocks stop).\n\nExample:\n  cair incident close 1");
  AddStoreOptions(close, &cl->c);
  close->add_option("id", cl->id, "Incident id")->required();
  close->callback([cl, exit_code] {
    int64_t now;
    auto store = OpenStore(cl->c, &now, exit_code);
    if (!store) return;
    auto ok = store->SetStatus(cl->id, "closed", now);
    if (!ok.ok()) Fail("close", ok.error.message, kExitBadInput, exit_code);
  });

  auto no = std::make_shared<Opts>();
  CLI::App* note = inc->add_subcommand("note", "Add a manual timeline entry (UTC, minute precision).\n\nExample:\n"
                                               "  cair incident note 1 --at 2026-01-05T09:12:00Z --text 'Reporter email received' --source 'J. Doe'");
  AddStoreOptions(note, &no->c);
  note->add_option("id", no->id, "Incident id")->required();
  note->add_option("--at", no->at, "When (RFC 3339)")->required();
  note->add_option("--text", no->text, "What happened")->required();
  note->add_option("--source", no->source, "Who recorded it (default: CA)");
  note->callback([no, exit_code] {
    int64_t now;
    auto store = OpenStore(no->c, &now, exit_code);
    if (!store) return;
    auto at = Time("--at", no->at, exit_code);
    if (!at) return;
    auto id = store->AddTimeline(no->id, *at, no->text, no->source);
    if (!id.ok()) Fail("note", id.error.message, kExitBadInput, exit_code);
  });

  auto wb = std::make_shared<Opts>();
  CLI::App* white = inc->add_subcommand("whiteboard", "Record the bug Whiteboard's \"Next update\" date (read, not set, by the CA).\n\n"
                                                      "Example:\n  cair incident whiteboard 1 --next-update 2026-02-01");
  AddStoreOptions(white, &wb->c);
  white->add_option("id", wb->id, "Incident id")->required();
  white->add_option("--next-update", wb->date, "YYYY-MM-DD, or \"none\"")->required();
  white->callback([wb, exit_code] {
    int64_t now;
    auto store = OpenStore(wb->c, &now, exit_code);
    if (!store) return;
    std::optional<int64_t> date;
    if (wb->date != "none") {
      date = Time("--next-update", wb->date.size() == 10 ? wb->date + "T00:00:00Z" : wb->date, exit_code);
      if (!date) return;
    }
    auto ok = store->SetWhiteboardNextUpdate(wb->id, date, now);
    if (!ok.ok()) Fail("whiteboard", ok.error.message, kExitBadInput, exit_code);
  });

  auto st = std::make_shared<Opts>();
  CLI::App* set = inc->add_subcommand(
      "set", "Set a report text field: description, root-cause-analysis, lessons-went-well, lessons-went-wrong,\n"
             "lessons-lucky, lessons-improve, impact-analysis, policies, non-compliance-start, non-compliance-end,\n"
             "related-incidents (lines \"BUG | YYYY-MM-DD | how it relates\"), affected-types, heuristic, issuance-stopped,\n"
             "additional-considerations, remediation, commitments, root-programs (the other root programs the CA\n"
             "participates in, comma-separated: `cair delayed open` notifies them) (text from --text or --file). The report (`cair report`)\n"
             "reads root-cause-analysis as \"Factor: title\" blocks with Description:, Timeline:, Detection:, Interaction:\n"
             "and Methodology: lines.\n\n"
             "Example:\n  cair incident set 1 --field root-cause-analysis --file rca.md");
  AddStoreOptions(set, &st->c);
  set->add_option("id", st->id, "Incident id")->required();
  set->add_option("--field", st->field, "Field name")->required()->check(CLI::IsMember(
      {"description", "root-cause-analysis", "lessons-went-well", "lessons-went-wrong", "lessons-lucky", "lessons-improve",
       "impact-analysis", "policies", "non-compliance-start", "non-compliance-end", "related-incidents", "affected-types",
       "heuristic", "issuance-stopped", "additional-considerations", "remediation", "commitments", "root-programs"}));
  set->add_option("--text", st->text, "The text");
  set->add_option("--file", st->file, "Read the text from this file");
  set->callback([st, exit_code] {
    std::string text = st->text;
    if (!st->file.empty()) {
      std::ifstream in(st->file, std::ios::binary);
      if (!in) return Fail("set", st->file + ": cannot open", kExitBadInput, exit_code);
      std::stringstream ss;
      ss << in.rdbuf();
      text = ss.str();
    }
    if (text.empty()) return Fail("set", "give --text or --file", kExitUsage, exit_code);
    int64_t now;
    auto store = OpenStore(st->c, &now, exit_code);
    if (!store) return;
    auto ok = store->SetNarrative(st->id, st->field, text);
    if (!ok.ok()) Fail("set", ok.error.message, kExitBadInput, exit_code);
  });
}

}  // namespace cair::cli
