// `cair incident export|import` JSON, streamed both ways (issue 18); see
// cli/incident_json.h.
#include "cli/incident_json.h"

#include <cstdlib>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "incident/rules.h"

namespace cair::cli {
namespace {

using nlohmann::ordered_json;
using incident::FormatRfc3339;

ordered_json T(int64_t t) { return FormatRfc3339(t); }
ordered_json T(const std::optional<int64_t>& t) { return t ? ordered_json(FormatRfc3339(*t)) : ordered_json(nullptr); }

ordered_json CertJson(const incident::CertificateState& c) {
  return {{"sha256", c.cert.sha256_hex}, {"serial", c.cert.serial_hex}, {"issuer", c.cert.issuer},
          {"subject", c.cert.subject}, {"dns_names", c.cert.dns_names},
          {"not_before", T(c.cert.not_before)}, {"not_after", T(c.cert.not_after)},
          {"precertificate", c.cert.precertificate}, {"tbs_key", std::to_string(c.cert.tbs_key)},
          {"revoked_at", T(c.revoked_at)},
          {"crl_reason", c.crl_reason ? ordered_json(*c.crl_reason) : ordered_json(nullptr)},
          {"reason_ok", c.reason_ok ? ordered_json(*c.reason_ok) : ordered_json(nullptr)}};
}

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
    for (const auto& c : pc.certificates) p["certificates"].push_back(CertJson(c));
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

// Pretty JSON written as it goes, in the layout of nlohmann's dump(2):
// containers are opened and closed by hand, and each leaf value (a whole
// certificate, say) is dumped and indented to its depth.
class PrettyJson {
 public:
  explicit PrettyJson(std::ostream& out) : out_(out) {}
  void Open(char bracket) {
    Start();
    out_ << bracket;
    open_.push_back({bracket, 0});
  }
  void Key(const std::string& k) {
    Start();
    out_ << ordered_json(k).dump(-1, ' ', false, ordered_json::error_handler_t::replace) << ": ";
    after_key_ = true;
  }
  void Value(const ordered_json& v) {
    Start();
    std::string text = v.dump(2, ' ', false, ordered_json::error_handler_t::replace);
    const std::string indent(2 * open_.size(), ' ');
    for (char c : text) {
      out_ << c;
      if (c == '\n') out_ << indent;
    }
  }
  void Close() {
    auto [bracket, n] = open_.back();
    open_.pop_back();
    if (n) out_ << '\n' << std::string(2 * open_.size(), ' ');
    out_ << (bracket == '{' ? '}' : ']');
  }

 private:
  // Before a member or element: the separator and indentation its
  // container needs (none right after a key).
  void Start() {
    if (after_key_) {
      after_key_ = false;
      return;
    }
    if (open_.empty()) return;
    out_ << (open_.back().second++ ? ",\n" : "\n") << std::string(2 * open_.size(), ' ');
  }
  std::ostream& out_;
  std::vector<std::pair<char, size_t>> open_;
  bool after_key_ = false;
};

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
  // The RFC 3339 time `o[key]` (required).
  int64_t TimeAt(const nlohmann::json& o, const char* key, const std::string& path) {
    return Time(o.value(key, nlohmann::json()), path + "." + key);
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

incident::Incident ParseIncident(const nlohmann::json& i, Reader& r) {
  incident::Incident in;
  // A member left out keeps the default of a new incident (source "self",
  // kind "misissuance", status "open"): the incident row is written before
  // the certificates are read, so it must be valid on its own.
  for (auto [key, field] : {std::pair{"title", &in.title}, {"ca_owner", &in.ca_owner}, {"ccadb_id", &in.ccadb_id},
                            {"source", &in.source}, {"reporter", &in.reporter}, {"kind", &in.kind}, {"status", &in.status}})
    if (i.contains(key)) *field = r.Str(i, key, "incident");
  in.aware_at = r.TimeAt(i, "aware_at", "incident");
  in.problem_report_at = r.OptTime(i, "problem_report_at", "incident");
  if (i.contains("bug") && i["bug"].is_number_integer()) in.bug = i["bug"].get<int64_t>();
  if (i.contains("parent_id") && i["parent_id"].is_number_integer()) in.parent_id = i["parent_id"].get<int64_t>();
  in.whiteboard_next_update = r.OptTime(i, "whiteboard_next_update", "incident");
  in.created_at = r.OptTime(i, "created_at", "incident").value_or(in.aware_at);
  return in;
}

incident::Problem ParseProblem(const nlohmann::json& pj, const std::string& path, Reader& r) {
  incident::Problem p;
  p.name = r.Str(pj, "name", path);
  p.lint = r.Str(pj, "lint", path);
  p.criterion = r.Str(pj, "criterion", path);
  p.br_reason = static_cast<int>(r.Int(pj, "br_reason", path));
  p.ca = r.Bool(pj, "ca");
  p.smime = r.Bool(pj, "smime");
  return p;
}

incident::CertificateState ParseCertificate(const nlohmann::json& cj, const std::string& path, Reader& r) {
  incident::CertificateState c;
  c.cert.sha256_hex = r.Str(cj, "sha256", path);
  c.cert.serial_hex = r.Str(cj, "serial", path);
  c.cert.issuer = r.Str(cj, "issuer", path);
  c.cert.subject = r.Str(cj, "subject", path);
  c.cert.dns_names = r.Str(cj, "dns_names", path);
  c.cert.not_before = r.TimeAt(cj, "not_before", path);
  c.cert.not_after = r.TimeAt(cj, "not_after", path);
  c.cert.precertificate = r.Bool(cj, "precertificate");
  c.cert.tbs_key = std::strtoull(r.Str(cj, "tbs_key", path).c_str(), nullptr, 10);
  c.revoked_at = r.OptTime(cj, "revoked_at", path);
  if (cj.contains("crl_reason") && cj["crl_reason"].is_number_integer()) c.crl_reason = cj["crl_reason"].get<int>();
  if (cj.contains("reason_ok") && cj["reason_ok"].is_boolean()) c.reason_ok = cj["reason_ok"].get<bool>();
  return c;
}

// Calls `fn(element, "key[n]")` for each element of the array `j[key]` (none when it is absent).
template <typename Fn>
void ForEachElement(const nlohmann::json& j, const char* key, Fn fn) {
  if (!j.contains(key) || !j[key].is_array()) return;
  size_t n = 0;
  for (const auto& e : j[key]) fn(e, std::string(key) + "[" + std::to_string(n++) + "]");
}

incident::Halt ParseHalt(const nlohmann::json& h, const std::string& p, Reader& r) {
  incident::Halt x;
  for (auto [key, field] : {std::pair{"issuer_ski", &x.issuer_ski}, {"issuer_subject", &x.issuer_subject}, {"profile", &x.profile},
                            {"reason", &x.reason}})
    *field = r.Str(h, key, p);
  x.halted_at = r.TimeAt(h, "halted_at", p);
  x.resumed_at = r.OptTime(h, "resumed_at", p);
  x.resume_evidence = r.Str(h, "resume_evidence", p);
  return x;
}

incident::ActionItem ParseActionItem(const nlohmann::json& a, const std::string& p, Reader& r) {
  incident::ActionItem x;
  for (auto [key, field] : {std::pair{"action", &x.action}, {"kind", &x.kind}, {"root_cause", &x.root_cause}, {"criteria", &x.criteria}})
    *field = r.Str(a, key, p);
  x.due_at = r.TimeAt(a, "due_at", p);
  x.status = r.Str(a, "status", p);
  x.changed_at = r.TimeAt(a, "changed_at", p);
  return x;
}

// Everything after the problems: timeline, halts, action items, questions,
// updates, narrative and the delayed-revocation plan.
void ParseRest(const nlohmann::json& j, Reader& r, incident::IncidentBundle* b) {
  ForEachElement(j, "timeline", [&](const nlohmann::json& t, const std::string& p) {
    b->timeline.push_back({0, 0, r.TimeAt(t, "at", p), r.Str(t, "text", p), r.Str(t, "source", p)});
  });
  ForEachElement(j, "halts", [&](const nlohmann::json& h, const std::string& p) { b->halts.push_back(ParseHalt(h, p, r)); });
  ForEachElement(j, "action_items",
                 [&](const nlohmann::json& a, const std::string& p) { b->action_items.push_back(ParseActionItem(a, p, r)); });
  ForEachElement(j, "questions", [&](const nlohmann::json& q, const std::string& p) {
    b->questions.push_back({0, 0, r.Str(q, "text", p), r.TimeAt(q, "asked_at", p), r.OptTime(q, "answered_at", p)});
  });
  ForEachElement(j, "updates", [&](const nlohmann::json& u, const std::string& p) {
    b->updates.push_back({0, 0, r.TimeAt(u, "posted_at", p), r.Str(u, "kind", p), r.Str(u, "text", p)});
  });
  if (j.contains("narrative") && j["narrative"].is_object())
    for (const auto& [k, v] : j["narrative"].items())
      if (v.is_string()) b->narrative.emplace_back(k, v.get<std::string>());
  ForEachElement(j, "delay_plan", [&](const nlohmann::json& d, const std::string& p) {
    b->delay_plan.push_back({r.Str(d, "sha256", p), r.Str(d, "subscriber", p), r.Str(d, "rationale", p), r.TimeAt(d, "planned_at", p)});
  });
}

bool IsExport(const nlohmann::json& root) {
  return root.contains("cair_incident_export") && root["cair_incident_export"] == kExportFormat;
}

// SAX events to a document without its certificates: each object of
// problems[*].certificates goes to the store as soon as it is complete and
// is not kept; the rest (small) is built as a DOM.
class ImportSax : public nlohmann::json_sax<nlohmann::json> {
 public:
  ImportSax(const incident::Store::ImportSink& sink, std::string* error) : sink_(sink), error_(error) {}
  nlohmann::json root;

  bool null() override { return Done(nullptr); }
  bool boolean(bool v) override { return Done(v); }
  bool number_integer(number_integer_t v) override { return Done(v); }
  bool number_unsigned(number_unsigned_t v) override { return Done(v); }
  bool number_float(number_float_t v, const string_t&) override { return Done(v); }
  bool string(string_t& v) override { return Done(std::move(v)); }
  bool binary(binary_t& v) override { return Done(nlohmann::json::binary(std::move(v))); }
  bool start_object(std::size_t) override {
    stack_.push_back({nlohmann::json::object(), ""});
    return true;
  }
  bool key(string_t& k) override {
    stack_.back().key = k;
    return true;
  }
  bool end_object() override { return Pop(); }
  bool start_array(std::size_t) override {
    stack_.push_back({nlohmann::json::array(), ""});
    return true;
  }
  bool end_array() override { return Pop(); }
  bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) override {
    if (error_->empty()) {
      std::string what = ex.what();
      if (auto colon = what.rfind(": "); colon != std::string::npos) what = what.substr(colon + 2);
      *error_ = "not valid JSON at byte " + std::to_string(position) + ": " + what;
    }
    return false;
  }

  // After the document: the incident (if no problem needed it yet).
  bool Finish() { return Incident(); }

 private:
  struct Frame {
    nlohmann::json value;
    std::string key;  // objects: the member being read
  };

  bool InProblems() const { return stack_.size() >= 2 && stack_[0].key == "problems" && stack_[0].value.is_object() && stack_[1].value.is_array(); }
  std::string ProblemPath() const { return "problems[" + std::to_string(problem_index_) + "]"; }

  bool Pop() {
    nlohmann::json v = std::move(stack_.back().value);
    stack_.pop_back();
    return Done(std::move(v));
  }

  bool Done(nlohmann::json v) {
    if (stack_.empty()) {
      root = std::move(v);
      return true;
    }
    if (stack_.size() == 4 && InProblems() && stack_[2].value.is_object() && stack_[2].key == "certificates" &&
        stack_[3].value.is_array())
      return Certificate(v);
    if (stack_.size() == 2 && InProblems()) {
      bool ok = ProblemEnd(v);
      ++problem_index_;
      certificate_index_ = 0;
      return ok;
    }
    Frame& parent = stack_.back();
    if (parent.value.is_object()) parent.value[parent.key] = std::move(v);
    else parent.value.push_back(std::move(v));
    return true;
  }

  bool Fail(const std::string& message) {
    if (error_->empty()) *error_ = message;
    return false;
  }

  bool Incident() {
    if (incident_done_) return true;
    incident_done_ = true;
    const nlohmann::json& doc = stack_.empty() ? root : stack_[0].value;
    if (!doc.is_object() || !IsExport(doc))
      return Fail("not a cair incident export (format " + std::to_string(kExportFormat) + ")" +
                  (stack_.empty() ? "" : ", or \"cair_incident_export\" does not come before \"problems\""));
    if (!doc.contains("incident") && !stack_.empty()) return Fail("\"incident\" must come before \"problems\"");
    Reader r;
    auto in = ParseIncident(doc.value("incident", nlohmann::json::object()), r);
    if (!r.error.empty()) return Fail(r.error);
    return sink_.incident(in, error_);
  }

  bool ProblemBegin(const nlohmann::json& pj) {
    if (problem_begun_) return true;
    if (!Incident()) return false;
    problem_begun_ = true;
    Reader r;
    auto p = ParseProblem(pj, ProblemPath(), r);
    if (!r.error.empty()) return Fail(r.error);
    return sink_.problem(p, error_);
  }

  bool Certificate(const nlohmann::json& cj) {
    if (!ProblemBegin(stack_[2].value)) return false;
    Reader r;
    auto c = ParseCertificate(cj, ProblemPath() + ".certificates[" + std::to_string(certificate_index_++) + "]", r);
    if (!r.error.empty()) return Fail(r.error);
    return sink_.certificate(c, error_);
  }

  bool ProblemEnd(const nlohmann::json& pj) {
    if (!pj.is_object()) return Fail(ProblemPath() + ": expected an object");
    if (!ProblemBegin(pj)) return false;
    problem_begun_ = false;
    Reader r;
    auto p = ParseProblem(pj, ProblemPath(), r);
    if (!r.error.empty()) return Fail(r.error);
    return sink_.problem_end(p, error_);
  }

  const incident::Store::ImportSink& sink_;
  std::string* error_;
  std::vector<Frame> stack_;
  bool incident_done_ = false, problem_begun_ = false;
  size_t problem_index_ = 0, certificate_index_ = 0;
};

}  // namespace

base::StatusOr<bool> WriteIncidentJson(incident::Store& store, int64_t id, std::ostream& out) {
  auto b = store.Export(id, false);
  CAIR_RETURN_IF_ERROR(b);
  const ordered_json head = ToJson(*b);
  PrettyJson w(out);
  w.Open('{');
  for (const auto& [key, value] : head.items()) {
    w.Key(key);
    if (key != "problems") {
      w.Value(value);
      continue;
    }
    w.Open('[');
    for (size_t i = 0; i < b->problems.size(); ++i) {
      w.Open('{');
      for (const auto& [k, v] : value[i].items()) {
        w.Key(k);
        if (k != "certificates") {
          w.Value(v);
          continue;
        }
        w.Open('[');
        auto each = store.ForEachScopeCertificate({b->problems[i].problem.id, std::nullopt, false},
                                                  [&](const incident::CertificateState& c) {
                                                    w.Value(CertJson(c));
                                                    return static_cast<bool>(out);
                                                  });
        if (!each.ok()) return each;
        w.Close();
      }
      w.Close();
    }
    w.Close();
  }
  w.Close();
  if (!out) return base::InvalidArgumentError("cannot write the export");
  return true;
}

base::StatusOr<int64_t> ImportIncidentJson(incident::Store& store, std::istream& in) {
  return store.ImportStreaming([&](const incident::Store::ImportSink& sink, incident::IncidentBundle* rest, std::string* error) {
    ImportSax sax(sink, error);
    if (!nlohmann::json::sax_parse(in, &sax)) return false;
    if (!sax.Finish()) return false;
    Reader r;
    ParseRest(sax.root, r, rest);
    if (!r.error.empty()) return *error = r.error, false;
    return true;
  });
}

}  // namespace cair::cli
