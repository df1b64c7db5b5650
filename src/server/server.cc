#include "server/server.h"

#include <httplib.h>

#include <algorithm>
#include <chrono>
#include <cerrno>
#include <cmath>
#include <ctime>
#include <mutex>
#include <optional>
#include <set>
#include <thread>

#include <nlohmann/json.hpp>

#include "base/sha256.h"
#include "der/input.h"
#include "incident/gate.h"
#include "incident/recurrence.h"
#include "incident/rules.h"
#include "lint/registry.h"
#include "lint/runner.h"
#include "server/dashboard.h"
#include "server/http_status.h"
#include "server/lint_api.h"
#include "server/metrics.h"
#include "server/pkimetal_api.h"
#include "server/revocation_page.h"

#include "server/problem_reports_api.h"
#include "server/tokens.h"
#include "server/transport.h"
#include "x509/object.h"

namespace cair::server {
namespace {

using incident::FormatRfc3339;
using incident::Halt;
using base::StatusOr;
using incident::Store;
using Json = nlohmann::ordered_json;

// The active halts as the gate sees them. Req §9 item 2: a halt recorded
// with `cair halt` (another process) or through the API must deny the next
// gate request. The list is re-read whenever the store changed since the
// last request: PRAGMA data_version on a connection of its own, which never
// writes, changes on every commit by any other connection or process. The
// check costs one PRAGMA per gate request; nothing is cached across a
// change.
class HaltWatch {
 public:
  explicit HaltWatch(std::unique_ptr<Store> store) : store_(std::move(store)) {}
  base::StatusOr<std::shared_ptr<const std::vector<Halt>>> Active() {
    std::lock_guard<std::mutex> lock(mu_);
    auto v = store_->DataVersion();
    CAIR_RETURN_IF_ERROR(v);
    if (!halts_ || *v != version_) {
      auto h = store_->Halts(std::nullopt, true);
      CAIR_RETURN_IF_ERROR(h);
      halts_ = std::make_shared<const std::vector<Halt>>(std::move(*h));
      // Req §4.3 item 3: closed incidents' problems, re-read with the halts
      // when they changed (their issuer scopes read every certificate).
      auto wv = store_->RecurrenceWatchVersion();
      CAIR_RETURN_IF_ERROR(wv);
      if (!watched_ || *wv != watch_version_) {
        auto w = store_->RecurrenceWatch();
        CAIR_RETURN_IF_ERROR(w);
        watched_ = std::make_shared<const std::vector<incident::WatchedProblem>>(std::move(*w));
        watch_version_ = *wv;
      }
      version_ = *v;
    }
    return halts_;
  }
  // The watched problems of the same snapshot as the last Active().
  std::shared_ptr<const std::vector<incident::WatchedProblem>> Watched() {
    std::lock_guard<std::mutex> lock(mu_);
    return watched_;
  }

 private:
  std::mutex mu_;
  std::unique_ptr<Store> store_;
  int64_t version_ = -1;
  std::shared_ptr<const std::vector<Halt>> halts_;
  std::shared_ptr<const std::vector<incident::WatchedProblem>> watched_;
  std::string watch_version_;
};

Json T(int64_t t) { return FormatRfc3339(t); }
Json T(const std::optional<int64_t>& t) { return t ? Json(FormatRfc3339(*t)) : Json(nullptr); }
template <typename V>
Json Opt(const std::optional<V>& v) {
  return v ? Json(*v) : Json(nullptr);
}

Json IncidentJson(const incident::Incident& i) {
  return {{"id", i.id},
          {"title", i.title},
          {"ca_owner", i.ca_owner},
          {"ccadb_id", i.ccadb_id},
          {"source", i.source},
          {"reporter", i.reporter},
          {"kind", i.kind},
          {"status", i.status},
          {"aware_at", T(i.aware_at)},
          {"problem_report_at", T(i.problem_report_at)},
          {"bug", Opt(i.bug)},
          {"parent_id", Opt(i.parent_id)},
          {"whiteboard_next_update", T(i.whiteboard_next_update)},
          {"created_at", T(i.created_at)}};
}

Json TimelineJson(const incident::TimelineEntry& t) {
  return {{"id", t.id}, {"at", T(t.at)}, {"text", t.text}, {"source", t.source}};
}

Json HaltJson(const Halt& h) {
  return {{"id", h.id},         {"incident", h.incident_id}, {"issuer_ski", h.issuer_ski},
          {"issuer_subject", h.issuer_subject}, {"profile", h.profile}, {"reason", h.reason},
          {"halted_at", T(h.halted_at)},        {"resumed_at", T(h.resumed_at)}, {"resume_evidence", h.resume_evidence}};
}

Json CertJson(const incident::CertificateState& c) {
  return {{"sha256", c.cert.sha256_hex},
          {"serial", c.cert.serial_hex},
          {"issuer", c.cert.issuer},
          {"not_before", T(c.cert.not_before)},
          {"not_after", T(c.cert.not_after)},
          {"precertificate", c.cert.precertificate},
          {"tbs_key", std::to_string(c.cert.tbs_key)},
          {"revoked_at", T(c.revoked_at)},
          {"crl_reason", Opt(c.crl_reason)},
          {"reason_ok", Opt(c.reason_ok)}};
}

// `?certificates=1` pages (issue 18: a response's memory does not grow with
// the incident): `limit` certificates from `offset`, in export order.
struct CertificatePage {
  int64_t offset = 0, limit = 10000;
};
constexpr int64_t kMaxCertificatePage = 100000;

// Store::Export's bundle (the shape `cair incident export` writes), with the
// ids the write endpoints take, each problem's certificate count and
// revocation progress, and one page of its certificates when asked for
// (then "certificates_page" says which, and where the next begins).
base::StatusOr<Json> BundleJson(Store& store, int64_t id, std::optional<CertificatePage> certificates) {
  auto in = store.GetIncident(id);
  CAIR_RETURN_IF_ERROR(in);
  auto timeline = store.Timeline(id);
  auto problems = store.Problems(id);
  auto halts = store.Halts(id, false);
  auto items = store.ActionItems(id);
  auto questions = store.Questions(id);
  auto updates = store.Updates(id);
  auto narrative = store.Narrative(id);
  auto plans = store.DelayPlans(id);
  for (const std::string* e : {&timeline.status().message(), &problems.status().message(), &halts.status().message(), &items.status().message(),
                               &questions.status().message(), &updates.status().message(), &narrative.status().message(),
                               &plans.status().message()})
    if (!e->empty()) return base::InvalidArgumentError(*e);
  Json j;
  j["cair_incident_export"] = 1;
  j["incident"] = IncidentJson(*in);
  j["timeline"] = Json::array();
  for (const auto& t : *timeline) j["timeline"].push_back(TimelineJson(t));
  std::map<int64_t, Json> certs;
  int64_t returned = 0, total = 0;
  if (certificates) {
    auto each = store.CertificatePage(id, certificates->offset, certificates->limit, [&](const incident::CertificateState& c) {
      auto& arr = certs[c.problem_id];
      if (arr.is_null()) arr = Json::array();
      arr.push_back(CertJson(c));
      ++returned;
      return true;
    });
    CAIR_RETURN_IF_ERROR(each);
  }
  j["problems"] = Json::array();
  for (const auto& p : *problems) {
    auto progress = store.Progress(p.id);
    CAIR_RETURN_IF_ERROR(progress);
    Json pj = {{"id", p.id},
               {"name", p.name},
               {"lint", p.lint},
               {"criterion", p.criterion},
               {"br_reason", p.br_reason},
               {"ca", p.ca},
               {"certificate_count", progress->certificates},
               {"revoked", progress->revoked},
               {"wrong_reason", progress->wrong_reason}};
    if (certificates) pj["certificates"] = certs.count(p.id) ? certs[p.id] : Json::array();
    total += progress->certificates;
    j["problems"].push_back(std::move(pj));
  }
  if (certificates) {
    const int64_t next = certificates->offset + returned;
    j["certificates_page"] = {{"offset", certificates->offset}, {"limit", certificates->limit}, {"returned", returned},
                              {"total", total}, {"next_offset", next < total ? Json(next) : Json(nullptr)}};
  }
  j["halts"] = Json::array();
  for (const auto& h : *halts) j["halts"].push_back(HaltJson(h));
  j["action_items"] = Json::array();
  for (const auto& a : *items)
    j["action_items"].push_back({{"id", a.id}, {"action", a.action}, {"kind", a.kind}, {"root_cause", a.root_cause},
                                 {"criteria", a.criteria}, {"due_at", T(a.due_at)}, {"status", a.status},
                                 {"changed_at", T(a.changed_at)}});
  j["questions"] = Json::array();
  for (const auto& q : *questions)
    j["questions"].push_back({{"id", q.id}, {"text", q.text}, {"asked_at", T(q.asked_at)}, {"answered_at", T(q.answered_at)}});
  j["updates"] = Json::array();
  for (const auto& u : *updates)
    j["updates"].push_back({{"id", u.id}, {"posted_at", T(u.posted_at)}, {"kind", u.kind}, {"text", u.text}});
  j["narrative"] = Json::object();
  for (const auto& [f, t] : *narrative) j["narrative"][f] = t;
  j["delay_plan"] = Json::array();
  for (const auto& d : *plans)
    j["delay_plan"].push_back({{"sha256", d.sha256_hex}, {"subscriber", d.subscriber}, {"rationale", d.rationale},
                               {"planned_at", T(d.planned_at)}});
  return j;
}

void SendJson(httplib::Response& res, int status, const Json& j) {
  res.status = status;
  res.set_content(j.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n", "application/json");
}

void SendError(httplib::Response& res, int status, const std::string& message) {
  SendJson(res, status, Json{{"error", message}, {"status", status}});
}

void SendFailure(httplib::Response& res, const Failure& f) { SendError(res, f.status, f.message); }

// A store (or report) failure, its HTTP status chosen by its code (http_status.h).
void SendStatus(httplib::Response& res, const base::Status& s, std::string_view prefix = "") {
  SendFailure(res, FailureFor(s, prefix));
}

// A JSON object body (Content-Type application/json).
std::optional<nlohmann::json> JsonBody(const httplib::Request& req, Failure* f) {
  std::string type = req.get_header_value("Content-Type");
  type = type.substr(0, type.find(';'));
  if (type != "application/json") {
    *f = {415, "Content-Type must be application/json (got \"" + req.get_header_value("Content-Type") + "\")"};
    return std::nullopt;
  }
  nlohmann::json j;
  try {
    j = nlohmann::json::parse(req.body);
  } catch (const nlohmann::json::parse_error& e) {
    *f = {400, std::string("body is not valid JSON: ") + e.what()};
    return std::nullopt;
  }
  if (!j.is_object()) {
    *f = {400, "JSON body must be an object"};
    return std::nullopt;
  }
  return j;
}

// A string member; absent is "" unless `required`.
std::optional<std::string> Field(const nlohmann::json& j, const char* key, bool required, Failure* f) {
  if (!j.contains(key) || j[key].is_null()) {
    if (required) {
      *f = {400, std::string("field \"") + key + "\" is required"};
      return std::nullopt;
    }
    return std::string();
  }
  if (!j[key].is_string()) {
    *f = {400, std::string("field \"") + key + "\": expected a string"};
    return std::nullopt;
  }
  return j[key].get<std::string>();
}

int64_t Id(const httplib::Request& req) {
  try {
    return std::stoll(req.matches[1].str());
  } catch (const std::exception&) {
    return -1;  // beyond int64: no such record
  }
}

bool Flag(const httplib::Request& req, const char* name) {
  if (!req.has_param(name)) return false;
  std::string v = req.get_param_value(name);
  return v == "1" || v == "true" || v == "yes" || v.empty();
}

thread_local std::chrono::steady_clock::time_point t_request_start;
thread_local bool t_request_started = false;

}  // namespace

struct Server::Impl {
  ServerOptions opt;
  Transport http;
  int port = 0;
  std::unique_ptr<Store> store;  // API and dashboard; guarded by store_mu
  std::mutex store_mu;
  std::unique_ptr<HaltWatch> halts;
  std::unique_ptr<incident::Gate> gate;
  std::unique_ptr<lint::Runner> runner;  // every lint, for /v1/lint
  std::unique_ptr<PkimetalRunners> pkimetal;  // runner, and one per certificate type a profile declares
  Metrics metrics;
  std::mutex log_mu;

  int64_t Now() const { return opt.now ? *opt.now : static_cast<int64_t>(std::time(nullptr)); }

  void Routes();
  void AccessLog(const httplib::Request& req, const httplib::Response& res);
  // Write endpoints (req: a bearer token made by `cair token create`). Sets
  // the response and returns false when the request may not write.
  bool Authorize(const httplib::Request& req, httplib::Response& res, std::string* token_name);

  void Lint(const httplib::Request& req, httplib::Response& res);
  void LintPair(const httplib::Request& req, httplib::Response& res);
  void GateRequest(const httplib::Request& req, httplib::Response& res);
  void PostHalt(const httplib::Request& req, httplib::Response& res);
  void Resume(const httplib::Request& req, httplib::Response& res);
  void AddTimeline(const httplib::Request& req, httplib::Response& res);
  void ActionStatus(const httplib::Request& req, httplib::Response& res);
};

bool Server::Impl::Authorize(const httplib::Request& req, httplib::Response& res, std::string* token_name) {
  const std::string token = BearerToken(req.get_header_value("Authorization"));
  // A token sent in clear text across a network is refused (and should be
  // revoked): TLS (--tls-cert), loopback, or the operator's explicit
  // --allow-plain-tokens.
  const std::string& from = req.remote_addr;
  const bool loopback = from.rfind("127.", 0) == 0 || from == "::1" || from.rfind("::ffff:127.", 0) == 0;
  if (!token.empty() && !req.ssl && !loopback && !opt.allow_plain_tokens) {
    SendError(res, 403, "a bearer token over plain HTTP from " + from +
                            " is refused: serve with --tls-cert, or pass --allow-plain-tokens on a trusted network");
    return false;
  }
  std::lock_guard<std::mutex> lock(store_mu);
  if (!token.empty()) {
    auto found = store->FindToken(HashToken(token));
    if (!found.ok()) {
      SendStatus(res, found.status(), "store: ");
      return false;
    }
    if (*found) {
      *token_name = (*found)->name;
      return true;
    }
  }
  auto all = store->Tokens();
  if (!all.ok()) {
    SendStatus(res, all.status(), "store: ");
    return false;
  }
  bool any = std::any_of(all->begin(), all->end(), [](const incident::ApiToken& t) { return !t.revoked_at; });
  if (!any) {
    SendError(res, 403, "the server is read-only: the store has no API token (create one with `cair token create --name NAME`)");
    return false;
  }
  res.set_header("WWW-Authenticate", "Bearer realm=\"cair\"");
  SendError(res, 401, token.empty() ? "this endpoint writes: send Authorization: Bearer TOKEN (see `cair token create`)"
                                    : "unknown or revoked token");
  return false;
}

void Server::Impl::AccessLog(const httplib::Request& req, const httplib::Response& res) {
  double seconds = 0;
  if (t_request_started) {
    seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - t_request_start).count();
    t_request_started = false;
  }
  // Label values stay bounded whatever clients send: route templates, and
  // the standard methods only.
  static const std::set<std::string> kMethods = {"GET", "POST", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"};
  metrics.Request(RouteOf(req.path), kMethods.count(req.method) ? req.method : "(other)", res.status, seconds);
  if (!opt.access_log) return;
  auto wall = std::chrono::system_clock::now();
  int64_t secs = std::chrono::duration_cast<std::chrono::seconds>(wall.time_since_epoch()).count();
  int64_t ms = std::chrono::duration_cast<std::chrono::milliseconds>(wall.time_since_epoch()).count() % 1000;
  std::string when = FormatRfc3339(secs);
  char frac[8];
  std::snprintf(frac, sizeof frac, ".%03lldZ", static_cast<long long>(ms));
  when = when.substr(0, when.size() - 1) + frac;
  Json line = {{"time", when},
               {"method", req.method},
               {"path", req.path},
               {"status", res.status},
               {"bytes", res.body.size()},
               {"duration_ms", std::round(seconds * 1e6) / 1e3}};
  std::string text = line.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
  std::lock_guard<std::mutex> lock(log_mu);
  std::fwrite(text.data(), 1, text.size(), opt.access_log);
  std::fflush(opt.access_log);
}

void Server::Impl::Lint(const httplib::Request& req, httplib::Response& res) {
  Failure f;
  auto format = BodyFormat(req.get_header_value("Content-Type"), req.get_param_value("format"), &f);
  if (!format) return SendFailure(res, f);
  auto objects = DecodeBody(req.body, *format, 1, &f);
  if (!objects) return SendFailure(res, f);
  const x509::DerObject& obj = objects->front();
  auto parsed = x509::ParseObject(der::Input(std::string_view(obj.der)), obj.label);
  std::vector<lint::Result> results;
  const std::vector<const lint::Metadata*>* metas = nullptr;
  std::string kind;
  Json diagnostics = Json::array();
  switch (parsed.kind) {
    case x509::ParsedKind::kCertificate:
      runner->Run(parsed.cert, &results);
      metas = &runner->certificate_lints();
      kind = KindName(parsed.cert);
      for (const auto& d : parsed.cert.diagnostics.items())
        diagnostics.push_back(std::string(d.field) + " at offset " + std::to_string(d.offset) + ": " + d.reason);
      break;
    case x509::ParsedKind::kCrl:
      runner->Run(parsed.crl, &results);
      metas = &runner->crl_lints();
      kind = "crl";
      break;
    case x509::ParsedKind::kOcspResponse:
      runner->Run(parsed.ocsp, &results);
      metas = &runner->ocsp_lints();
      kind = "ocsp";
      break;
    case x509::ParsedKind::kNone:
      return SendError(res, 422, "cannot parse the body as a certificate, precertificate, TBSCertificate, CRL or OCSP "
                                 "response: " + parsed.error);
  }
  Json j;
  j["object"] = kind;
  j["sha256"] = base::Sha256HexUpper(obj.der);
  if (!diagnostics.empty()) j["parse_diagnostics"] = std::move(diagnostics);
  j["summary"] = Summary(results, *metas);
  j["results"] = ResultMap(results, *metas);
  SendJson(res, 200, j);
}

void Server::Impl::LintPair(const httplib::Request& req, httplib::Response& res) {
  Failure f;
  std::vector<x509::DerObject> objects;
  std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) == 0) {
    auto j = JsonBody(req, &f);
    if (!j) return SendFailure(res, f);
    for (const char* key : {"precertificate", "certificate"}) {
      auto text = Field(*j, key, true, &f);
      if (!text) return SendFailure(res, f);
      auto der = x509::DecodeBase64(*text);
      if (!der || der->empty()) return SendError(res, 400, std::string("field \"") + key + "\": not base64 of DER");
      objects.push_back({"", std::move(*der), 0});
    }
  } else {
    auto format = BodyFormat(type, req.get_param_value("format"), &f);
    if (!format) return SendFailure(res, f);
    if (*format != x509::InputFormat::kPem && *format != x509::InputFormat::kDetect)
      return SendError(res, 415, "a pair is sent as PEM (two CERTIFICATE blocks, application/x-pem-file) or as JSON "
                                 "{\"precertificate\": base64, \"certificate\": base64}");
    auto decoded = DecodeBody(req.body, x509::InputFormat::kPem, 2, &f);
    if (!decoded) return SendFailure(res, f);
    objects = std::move(*decoded);
  }
  x509::Certificate certs[2];
  for (int k = 0; k < 2; ++k) {
    certs[k] = x509::ParseCertificate(der::Input(std::string_view(objects[k].der)));
    if (!certs[k].ok())
      return SendError(res, 422, std::string(k == 0 ? "first" : "second") + " object is not a certificate: " +
                                     certs[k].diagnostics.Summary());
  }
  // In a PEM pair the precertificate is the one with the poison.
  int pre = 0;
  if (type.rfind("application/json", 0) != 0 && !certs[0].ct_poison && certs[1].ct_poison) pre = 1;
  PairCheck check = ComparePrecertificate(certs[pre], certs[1 - pre]);
  Json j;
  j["match"] = check.match;
  j["precertificate_sha256"] = base::Sha256HexUpper(objects[pre].der);
  j["certificate_sha256"] = base::Sha256HexUpper(objects[1 - pre].der);
  j["differences"] = Json::array();
  for (const auto& d : check.differences) j["differences"].push_back({{"field", d.field}, {"detail", d.detail}});
  j["notes"] = check.notes;
  SendJson(res, 200, j);
}

void Server::Impl::GateRequest(const httplib::Request& req, httplib::Response& res) {
  Failure f;
  std::string der, ski_text, profile;
  std::string type = req.get_header_value("Content-Type");
  if (type.rfind("application/json", 0) == 0) {
    auto j = JsonBody(req, &f);
    if (!j) return SendFailure(res, f);
    auto tbs = Field(*j, "tbs", false, &f);
    if (!tbs) return SendFailure(res, f);
    if (tbs->empty()) {
      tbs = Field(*j, "certificate", false, &f);
      if (!tbs) return SendFailure(res, f);
    }
    if (tbs->empty()) return SendError(res, 400, "field \"tbs\" is required: base64 of the DER TBSCertificate (or certificate)");
    auto bytes = x509::DecodeBase64(*tbs);
    if (!bytes || bytes->empty()) return SendError(res, 400, "field \"tbs\": not base64 of DER");
    der = std::move(*bytes);
    auto ski = Field(*j, "issuer_ski", false, &f);
    auto prof = Field(*j, "profile", false, &f);
    if (!ski || !prof) return SendFailure(res, f);
    ski_text = *ski;
    profile = *prof;
  } else {
    auto format = BodyFormat(type, req.get_param_value("format"), &f);
    if (!format) return SendFailure(res, f);
    auto objects = DecodeBody(req.body, *format, 1, &f);
    if (!objects) return SendFailure(res, f);
    der = std::move(objects->front().der);
    ski_text = req.get_param_value("issuer_ski");
    profile = req.get_param_value("profile");
  }
  std::string ski;
  if (!ski_text.empty()) {
    auto hex = NormalizeHex(ski_text);
    if (!hex) return SendError(res, 400, "issuer_ski: \"" + ski_text + "\" is not hexadecimal");
    ski = *hex;
  }
  auto parsed = x509::ParseObject(der::Input(std::string_view(der)), "");
  if (parsed.kind != x509::ParsedKind::kCertificate) {
    std::string why = parsed.kind == x509::ParsedKind::kNone ? parsed.error
                      : parsed.kind == x509::ParsedKind::kCrl ? "it is a CRL"
                                                              : "it is an OCSP response";
    return SendError(res, 422, "the gate takes a TBSCertificate (or a certificate or precertificate): " + why);
  }
  const x509::Certificate& c = parsed.cert;
  auto active = halts->Active();
  if (!active.ok()) return SendStatus(res, active.status(), "cannot read the halts from the store: ");
  const std::vector<Halt>& hs = **active;

  // BR 4.3.1.2 pre-issuance linting and req §9 item 2 halts.
  const auto watched = halts->Watched();
  if (!watched) return SendError(res, 503, "cannot read the closed incidents' problems from the store");
  incident::GateVerdict v = gate->Decide(c, hs, profile, *watched);
  // A halt by SKI also covers the issuer the request names.
  for (const Halt& h : hs) {
    if (h.resumed_at || h.issuer_ski.empty() || h.issuer_ski != ski) continue;
    if (!h.profile.empty() && !profile.empty() && h.profile != profile) continue;
    if (std::find(v.halts.begin(), v.halts.end(), h.id) == v.halts.end()) v.halts.push_back(h.id);
  }
  const std::string aki = c.aki.has_key_id ? der::HexUpper(c.aki.key_id) : "";
  const bool mismatch = !ski.empty() && !aki.empty() && aki != ski;

  Json reasons = Json::array();
  std::vector<std::string> counted;
  for (const auto& l : v.lints) {
    reasons.push_back({{"kind", "lint"}, {"lint", l.lint}, {"status", l.status}, {"details", l.details},
                       {"message", l.lint + ": " + l.status + (l.details.empty() ? "" : " (" + l.details + ")")}});
    counted.push_back(l.lint);
  }
  for (int64_t id : v.halts) {
    auto h = std::find_if(hs.begin(), hs.end(), [&](const Halt& x) { return x.id == id; });
    reasons.push_back({{"kind", "halt"}, {"halt", id}, {"incident", h->incident_id}, {"reason", h->reason},
                       {"message", "issuance halted by halt " + std::to_string(id) + " (incident " +
                                       std::to_string(h->incident_id) + ") since " + FormatRfc3339(h->halted_at) + ": " +
                                       h->reason}});
  }
  if (!v.halts.empty()) counted.push_back("halt");
  for (const incident::WatchedProblem* w : v.recurrences)
    reasons.push_back({{"kind", "recurrence"}, {"incident", w->incident_id}, {"problem", w->problem_id}, {"lint", w->lint},
                       {"closed_at", T(w->closed_at)}, {"message", incident::RecurrenceMessage(*w)}});
  if (!v.recurrences.empty()) counted.push_back("recurrence");
  if (mismatch) {
    reasons.push_back({{"kind", "issuer_mismatch"},
                       {"message", "issuer_ski " + ski + " differs from the TBSCertificate's authorityKeyIdentifier " + aki}});
    counted.push_back("issuer_mismatch");
  }
  const std::string issuer = !ski.empty() ? ski : !aki.empty() ? aki : c.issuer.ToString();
  metrics.GateDecision(issuer, counted);
  Json j;
  j["decision"] = counted.empty() ? "allow" : "deny";
  j["reasons"] = std::move(reasons);
  j["object"] = KindName(c);
  j["issuer"] = issuer;
  j["profile"] = profile;
  j["lints"] = gate->lint_count();
  SendJson(res, 200, j);
}

void Server::Impl::PostHalt(const httplib::Request& req, httplib::Response& res) {
  std::string who;
  if (!Authorize(req, res, &who)) return;
  Failure f;
  auto j = JsonBody(req, &f);
  if (!j) return SendFailure(res, f);
  auto ski = Field(*j, "issuer_ski", false, &f);
  auto subject = Field(*j, "issuer_subject", false, &f);
  auto profile = Field(*j, "profile", false, &f);
  auto reason = Field(*j, "reason", true, &f);
  auto at = Field(*j, "at", false, &f);
  if (!ski || !subject || !profile || !reason || !at) return SendFailure(res, f);
  incident::Halt h;
  h.incident_id = Id(req);
  if (!ski->empty()) {
    auto hex = NormalizeHex(*ski);
    if (!hex) return SendError(res, 400, "issuer_ski: \"" + *ski + "\" is not hexadecimal");
    h.issuer_ski = *hex;
  }
  h.issuer_subject = *subject;
  h.profile = *profile;
  h.reason = *reason + " (recorded through the API, token \"" + who + "\")";
  const int64_t now = Now();
  h.halted_at = now;
  if (!at->empty()) {
    auto t = incident::ParseRfc3339(*at);
    if (!t) return SendError(res, 400, "at: \"" + *at + "\" is not an RFC 3339 time such as 2026-01-05T10:00:00Z");
    h.halted_at = *t;
  }
  std::lock_guard<std::mutex> lock(store_mu);
  if (auto in = store->GetIncident(h.incident_id); !in.ok()) return SendStatus(res, in.status());
  auto id = store->AddHalt(h, now);
  if (!id.ok()) return SendStatus(res, id.status());
  auto saved = store->GetHalt(*id);
  SendJson(res, 201, saved.ok() ? HaltJson(*saved) : Json{{"id", *id}});
}

void Server::Impl::Resume(const httplib::Request& req, httplib::Response& res) {
  std::string who;
  if (!Authorize(req, res, &who)) return;
  Failure f;
  auto j = JsonBody(req, &f);
  if (!j) return SendFailure(res, f);
  auto override_reason = Field(*j, "override", false, &f);
  if (!override_reason) return SendFailure(res, f);
  // Req §9 item 2: issuance resumes only once a control provably blocks the
  // problem. The evidence is a replay of the affected certificates through
  // the gate (`cair resume HALT --certs ...`); through the API a resume is
  // an override whose reason is recorded in the timeline.
  if (override_reason->empty())
    return SendError(res, 422, "a resume through the API needs {\"override\": \"reason\"}: the evidence that the gate now "
                               "blocks every affected certificate is produced by `cair resume HALT --certs FILES`");
  std::lock_guard<std::mutex> lock(store_mu);
  auto h = store->GetHalt(Id(req));
  if (!h.ok()) return SendStatus(res, h.status());
  if (h->resumed_at) return SendError(res, 409, "halt " + req.matches[1].str() + " is not active");
  auto ok = store->Resume(h->id, Now(),
                          "OVERRIDE through the API (token \"" + who + "\") without lint evidence: " + *override_reason);
  if (!ok.ok()) return SendStatus(res, ok.status());
  auto saved = store->GetHalt(h->id);
  SendJson(res, 200, saved.ok() ? HaltJson(*saved) : Json{{"id", h->id}});
}

void Server::Impl::AddTimeline(const httplib::Request& req, httplib::Response& res) {
  std::string who;
  if (!Authorize(req, res, &who)) return;
  Failure f;
  auto j = JsonBody(req, &f);
  if (!j) return SendFailure(res, f);
  auto text = Field(*j, "text", true, &f);
  auto at = Field(*j, "at", false, &f);
  auto source = Field(*j, "source", false, &f);
  if (!text || !at || !source) return SendFailure(res, f);
  if (text->empty()) return SendError(res, 400, "field \"text\" is empty");
  int64_t when = Now();
  if (!at->empty()) {
    auto t = incident::ParseRfc3339(*at);
    if (!t) return SendError(res, 400, "at: \"" + *at + "\" is not an RFC 3339 time such as 2026-01-05T10:00:00Z");
    when = *t;
  }
  std::lock_guard<std::mutex> lock(store_mu);
  const int64_t incident = Id(req);
  if (auto in = store->GetIncident(incident); !in.ok()) return SendStatus(res, in.status());
  auto id = store->AddTimeline(incident, when, *text, source->empty() ? who : *source);
  if (!id.ok()) return SendStatus(res, id.status());
  SendJson(res, 201, TimelineJson({*id, incident, when, *text, source->empty() ? who : *source}));
}

void Server::Impl::ActionStatus(const httplib::Request& req, httplib::Response& res) {
  std::string who;
  if (!Authorize(req, res, &who)) return;
  Failure f;
  auto j = JsonBody(req, &f);
  if (!j) return SendFailure(res, f);
  auto status = Field(*j, "status", true, &f);
  if (!status) return SendFailure(res, f);
  std::lock_guard<std::mutex> lock(store_mu);
  auto ok = store->SetActionItemStatus(Id(req), *status, Now());
  if (!ok.ok()) return SendStatus(res, ok.status());
  SendJson(res, 200, Json{{"id", Id(req)}, {"status", *status}});
}

void Server::Impl::Routes() {
  http.set_pre_routing_handler([this](const httplib::Request& req, httplib::Response& res) {
    t_request_start = std::chrono::steady_clock::now();
    t_request_started = true;
    // The body limit is enforced on Content-Length; cpp-httplib 0.11 would
    // read a chunked body of any size into memory, so bodies must come with
    // a Content-Length (RFC 9110 15.5.12: 411 Length Required). The unread
    // body is not parsed as a next request: the connection closes.
    if (req.has_header("Transfer-Encoding")) {
      res.set_header("Connection", "close");
      SendError(res, 411, "send the body with a Content-Length (at most " + std::to_string(opt.max_body) +
                              " bytes); Transfer-Encoding is not accepted");
      return httplib::Server::HandlerResponse::Handled;
    }
    return httplib::Server::HandlerResponse::Unhandled;
  });
  http.set_logger([this](const httplib::Request& req, const httplib::Response& res) { AccessLog(req, res); });
  // Errors the library answers itself (no route, body too large, a request
  // it cannot parse) become JSON like ours; ours keep their body.
  http.set_error_handler(httplib::Server::HandlerWithResponse([this](const httplib::Request& req, httplib::Response& res) {
    if (!res.body.empty()) return httplib::Server::HandlerResponse::Unhandled;
    std::string message;
    switch (res.status) {
      case 404: message = "no such resource: " + req.method + " " + req.path; break;
      case 413: message = "request body larger than the limit of " + std::to_string(opt.max_body) + " bytes (--max-body)"; break;
      case 414: message = "request URI too long"; break;
      case 400: message = "malformed HTTP request"; break;
      default: message = "request refused (HTTP " + std::to_string(res.status) + ")"; break;
    }
    SendError(res, res.status, message);
    return httplib::Server::HandlerResponse::Handled;
  }));
  http.set_exception_handler([](const httplib::Request&, httplib::Response& res, std::exception_ptr ep) {
    std::string what = "internal error";
    try {
      if (ep) std::rethrow_exception(ep);
    } catch (const std::exception& e) {
      what += std::string(": ") + e.what();
    } catch (...) {
    }
    SendError(res, 500, what);
  });

  http.Get("/healthz", [](const httplib::Request&, httplib::Response& res) {
    res.set_content("ok\n", "text/plain");
  });
  http.Get("/metrics", [this](const httplib::Request&, httplib::Response& res) {
    std::vector<std::pair<std::string, double>> gauges;
    if (auto a = halts->Active(); a.ok()) gauges.emplace_back("cair_halts_active", static_cast<double>((*a)->size()));
    std::string monitor;
    {
      std::lock_guard<std::mutex> lock(store_mu);
      monitor = RevocationMetrics(*store, Now());
    }
    res.set_content(metrics.Prometheus(gauges) + monitor, "text/plain; version=0.0.4");
  });
  RegisterPkimetalRoutes(http, *pkimetal);  // pkimetal's API: /lintcert, ..., /linters, /profiles
  http.Post("/v1/lint", [this](const httplib::Request& q, httplib::Response& r) { Lint(q, r); });
  http.Post("/v1/lint/pair", [this](const httplib::Request& q, httplib::Response& r) { LintPair(q, r); });
  http.Post("/v1/gate", [this](const httplib::Request& q, httplib::Response& r) { GateRequest(q, r); });
  http.Post(R"(/v1/incidents/(\d+)/halt)", [this](const httplib::Request& q, httplib::Response& r) { PostHalt(q, r); });
  http.Post(R"(/v1/halts/(\d+)/resume)", [this](const httplib::Request& q, httplib::Response& r) { Resume(q, r); });
  http.Post(R"(/v1/incidents/(\d+)/timeline)", [this](const httplib::Request& q, httplib::Response& r) { AddTimeline(q, r); });
  http.Post(R"(/v1/action-items/(\d+)/status)", [this](const httplib::Request& q, httplib::Response& r) { ActionStatus(q, r); });
  for (const char* p : {"/v1/lint", "/v1/lint/pair", "/v1/gate", R"(/v1/incidents/(\d+)/halt)", R"(/v1/halts/(\d+)/resume)",
                        R"(/v1/action-items/(\d+)/status)"})
    http.Get(p, [](const httplib::Request& q, httplib::Response& r) {
      r.set_header("Allow", "POST");
      SendError(r, 405, q.path + " takes POST");
    });

  http.Get("/v1/incidents", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(store_mu);
    auto list = store->ListIncidents(Flag(req, "open"));
    if (!list.ok()) return SendStatus(res, list.status(), "store: ");
    Json j = Json::array();
    for (const auto& in : *list) j.push_back(IncidentJson(in));
    SendJson(res, 200, Json{{"incidents", j}});
  });
  http.Get(R"(/v1/incidents/(\d+))", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(store_mu);
    if (auto in = store->GetIncident(Id(req)); !in.ok()) return SendStatus(res, in.status());
    std::optional<CertificatePage> page;
    if (Flag(req, "certificates")) {
      page.emplace();
      // An integer query parameter in [lo, hi]; false (and a 400) when not.
      auto param = [&](const char* name, int64_t lo, int64_t hi, int64_t* field) {
        if (!req.has_param(name)) return true;
        const std::string v = req.get_param_value(name);
        char* end = nullptr;
        errno = 0;
        long long n = std::strtoll(v.c_str(), &end, 10);
        if (v.empty() || *end || errno || n < lo || n > hi) {
          SendError(res, 400, std::string(name) + " must be an integer from " + std::to_string(lo) + " to " + std::to_string(hi) +
                                  " (got \"" + v + "\")");
          return false;
        }
        *field = n;
        return true;
      };
      if (!param("offset", 0, INT64_MAX, &page->offset) || !param("limit", 1, kMaxCertificatePage, &page->limit)) return;
    }
    auto j = BundleJson(*store, Id(req), page);
    if (!j.ok()) return SendStatus(res, j.status(), "store: ");
    SendJson(res, 200, *j);
  });
  http.Get(R"(/v1/incidents/(\d+)/timeline)", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(store_mu);
    if (auto in = store->GetIncident(Id(req)); !in.ok()) return SendStatus(res, in.status());
    auto t = store->Timeline(Id(req));
    if (!t.ok()) return SendStatus(res, t.status(), "store: ");
    Json arr = Json::array();
    for (const auto& e : *t) arr.push_back(TimelineJson(e));
    SendJson(res, 200, Json{{"incident", Id(req)}, {"timeline", arr}});
  });
  http.Get("/v1/due", [this](const httplib::Request&, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(store_mu);
    auto clocks = store->Due(Now());
    if (!clocks.ok()) return SendStatus(res, clocks.status(), "store: ");
    Json j = Json::array();
    for (const auto& c : *clocks) {
      j.push_back({{"incident", c.incident}, {"clock", c.clock}, {"started_at", T(c.started)}, {"due_at", T(c.due)},
                   {"state", c.state}, {"detail", c.detail}});
      if (c.problem_report) j.back()["problem_report"] = c.problem_report;
    }
    SendJson(res, 200, j);
  });
  // Certificate Problem Reports and their 24-hour clocks (BR 4.9.5);
  // ?open=1: only those not yet answered.
  http.Get("/v1/problem-reports", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(store_mu);
    auto list = store->ProblemReports(Flag(req, "open"));
    if (!list.ok()) return SendStatus(res, list.status(), "store: ");
    const int64_t now = Now();
    Json j = Json::array();
    for (const auto& r : *list) j.push_back(ProblemReportJson(r, now));
    SendJson(res, 200, Json{{"problem_reports", j}});
  });
  http.Get("/v1/halts", [this](const httplib::Request& req, httplib::Response& res) {
    std::lock_guard<std::mutex> lock(store_mu);
    auto list = store->Halts(std::nullopt, !Flag(req, "all"));
    if (!list.ok()) return SendStatus(res, list.status(), "store: ");
    Json j = Json::array();
    for (const auto& h : *list) j.push_back(HaltJson(h));
    SendJson(res, 200, Json{{"halts", j}});
  });

  // The dashboard.
  auto html = [](httplib::Response& res, const std::optional<std::string>& page, const Failure& f) {
    if (!page) {
      res.status = f.status;
      res.set_content("<!doctype html><title>" + std::to_string(f.status) + "</title><p>" + HtmlEscape(f.message) + "</p>\n",
                      "text/html; charset=utf-8");
      return;
    }
    res.set_content(*page, "text/html; charset=utf-8");
  };
  http.Get("/", [this, html](const httplib::Request&, httplib::Response& res) {
    Failure f;
    std::lock_guard<std::mutex> lock(store_mu);
    html(res, RenderIndex(*store, Now(), &f), f);
  });
  http.Get(R"(/incidents/(\d+))", [this, html](const httplib::Request& req, httplib::Response& res) {
    Failure f;
    std::lock_guard<std::mutex> lock(store_mu);
    html(res, RenderIncident(*store, Id(req), Now(), &f), f);
  });
  // `cair monitor run`'s state: every issuer, or one (?issuer=DN).
  http.Get("/revocation", [this, html](const httplib::Request& req, httplib::Response& res) {
    Failure f;
    std::lock_guard<std::mutex> lock(store_mu);
    if (req.has_param("issuer")) return html(res, RenderRevocationIssuer(*store, req.get_param_value("issuer"), Now(), &f), f);
    html(res, RenderRevocationIndex(*store, Now(), &f), f);
  });
  http.Get("/gate", [this, html](const httplib::Request&, httplib::Response& res) {
    GateView v;
    v.metrics = &metrics;
    v.lint_count = gate->lint_count();
    v.ignored.assign(opt.ignored_lints.begin(), opt.ignored_lints.end());
    auto a = halts->Active();
    if (!a.ok()) return html(res, std::nullopt, FailureFor(a.status(), "store: "));
    v.active_halts = **a;
    html(res, RenderGate(v, Now()), {});
  });
}

Server::Server(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Server::~Server() = default;

int Server::port() const { return impl_->port; }

base::StatusOr<std::unique_ptr<Server>> Server::Create(ServerOptions options) {
  auto impl = std::make_unique<Impl>();
  impl->opt = std::move(options);
  ServerOptions& opt = impl->opt;
  for (const auto& n : opt.ignored_lints)
    if (!lint::Registry::Global().Find(n)) return base::InvalidArgumentError("--ignore-lints: unknown lint name \"" + n + "\"");
  auto main_store = Store::Open(opt.db);
  if (!main_store.ok()) return base::Prefixed(main_store.status(), "store ");
  auto watch_store = Store::Open(opt.db);
  if (!watch_store.ok()) return base::Prefixed(watch_store.status(), "store ");
  impl->store = std::move(*main_store);
  impl->halts = std::make_unique<HaltWatch>(std::move(*watch_store));
  if (auto a = impl->halts->Active(); !a.ok()) return base::Prefixed(a.status(), "store: ");
  impl->runner = std::make_unique<lint::Runner>(lint::Registry::Global(), lint::Filter{}, opt.lint_config);
  impl->pkimetal = std::make_unique<PkimetalRunners>(*impl->runner, opt.lint_config);
  incident::GatePolicy policy;
  policy.config = std::move(opt.lint_config);
  policy.ignored = opt.ignored_lints;
  impl->gate = std::make_unique<incident::Gate>(std::move(policy));

  size_t threads = opt.threads > 0 ? static_cast<size_t>(opt.threads)
                                   : std::max<size_t>(8, 4 * std::max(1u, std::thread::hardware_concurrency()));
  TransportOptions to;
  to.max_body = opt.max_body;
  to.max_header = opt.max_header;
  to.request_timeout_s = opt.read_timeout_s;
  to.write_timeout_s = opt.write_timeout_s;
  to.keep_alive_s = opt.keep_alive_s;
  to.max_connections = opt.max_connections;
  to.max_per_client = opt.max_per_client;
  to.max_requests_per_connection = opt.max_requests_per_connection;
  to.workers = static_cast<int>(threads);
  to.io_threads = 2;
  to.tls_cert = opt.tls_cert;
  to.tls_key = opt.tls_key;
  to.client_ca = opt.client_ca;
  if (std::string error; !impl->http.Configure(to, &error)) return base::InvalidArgumentError(error);
  impl->Routes();
  if (opt.port == 0) {
    impl->port = impl->http.bind_to_any_port(opt.host);
    if (impl->port < 0) return base::UnavailableError("cannot listen on " + opt.host + " (any port)");
  } else {
    if (!impl->http.bind_to_port(opt.host, opt.port))
      return base::UnavailableError("cannot listen on " + opt.host + ":" + std::to_string(opt.port) + " (in use, or not a local address)");
    impl->port = opt.port;
  }
  return std::unique_ptr<Server>(new Server(std::move(impl)));
}

bool Server::Run() { return impl_->http.listen_after_bind(); }

void Server::Stop() { impl_->http.stop(); }

bool Server::ReloadTls(std::string* error) { return impl_->http.ReloadTls(error); }

bool Server::tls() const { return impl_->http.tls(); }

}  // namespace cair::server
