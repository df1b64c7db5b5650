#include "monitor/watch.h"

#include <openssl/rand.h>

#include <algorithm>
#include <ctime>
#include <filesystem>
#include <fstream>
#include <map>
#include <sstream>

#include <toml++/toml.h>

#include "base/files.h"
#include "monitor/crl_history.h"
#include "monitor/http_fetch.h"
#include "monitor/ocsp_targets.h"
#include "x509/input.h"

namespace cair::monitor {
namespace {

namespace fs = std::filesystem;

// A list of strings at `key`; false (and *error) when it is not one.
bool Strings(const toml::table& t, const char* key, const std::string& where, std::vector<std::string>* out,
             std::string* error) {
  const toml::node* n = t.get(key);
  if (!n) return true;
  const toml::array* a = n->as_array();
  if (!a) {
    *error = where + "." + key + ": expected an array of strings";
    return false;
  }
  for (const auto& e : *a) {
    auto s = e.value<std::string>();
    if (!s) {
      *error = where + "." + key + ": expected an array of strings";
      return false;
    }
    out->push_back(*s);
  }
  return true;
}

bool Integer(const toml::table& t, const char* key, const std::string& where, int64_t lo, int64_t hi, int64_t* out,
             std::string* error) {
  const toml::node* n = t.get(key);
  if (!n) return true;
  auto v = n->value<int64_t>();
  if (!v || *v < lo || *v > hi) {
    *error = where + "." + key + ": expected an integer from " + std::to_string(lo) + " to " + std::to_string(hi);
    return false;
  }
  *out = *v;
  return true;
}

bool Url(const std::string& u) { return u.rfind("http://", 0) == 0 || u.rfind("https://", 0) == 0; }

std::optional<WatchIssuer> ReadIssuer(const toml::table& t, const std::string& where, const fs::path& base, std::string* error) {
  WatchIssuer w;
  auto cert = t["cert"].value<std::string>();
  if (!cert) {
    *error = where + ".cert: the issuing CA's certificate (a file) is required";
    return std::nullopt;
  }
  w.cert_file = (base / *cert).string();
  auto data = base::ReadFile(w.cert_file);
  if (!data.ok()) {
    *error = where + ".cert: cannot read " + w.cert_file;
    return std::nullopt;
  }
  for (const auto& o : x509::DecodeObjects(*data, x509::InputFormat::kDetect).objects)
    if (ReadCertificateFacts(o.der)) {
      w.cert_der = o.der;
      break;
    }
  if (w.cert_der.empty()) {
    *error = where + ".cert: " + w.cert_file + " holds no certificate";
    return std::nullopt;
  }
  w.dn = SubjectDn(w.cert_der);
  std::vector<std::string> certs, methods, hashes;
  if (!Strings(t, "crl_urls", where, &w.crl_urls, error) || !Strings(t, "ocsp_urls", where, &w.ocsp_urls, error) ||
      !Strings(t, "certs", where, &certs, error) || !Strings(t, "methods", where, &methods, error) ||
      !Strings(t, "hashes", where, &hashes, error))
    return std::nullopt;
  for (const auto& u : w.crl_urls)
    if (!Url(u)) {
      *error = where + ".crl_urls: \"" + u + "\" is not an http:// or https:// URL";
      return std::nullopt;
    }
  for (const auto& u : w.ocsp_urls)
    if (!Url(u)) {
      *error = where + ".ocsp_urls: \"" + u + "\" is not an http:// or https:// URL";
      return std::nullopt;
    }
  if (w.crl_urls.empty() && w.ocsp_urls.empty()) {
    *error = where + ": give crl_urls, ocsp_urls or both";
    return std::nullopt;
  }
  for (const auto& c : certs) {
    std::string file = (base / c).string();
    auto d = base::ReadFile(file);
    if (!d.ok()) {
      *error = where + ".certs: cannot read " + file;
      return std::nullopt;
    }
    w.cert_files.push_back(file);
    w.certs_data += *d + "\n";
  }
  int64_t unissued = w.unissued, sample = w.revoked_sample;
  if (!Integer(t, "unissued", where, 0, 1000, &unissued, error) ||
      !Integer(t, "revoked_sample", where, 0, 1000000, &sample, error))
    return std::nullopt;
  w.unissued = static_cast<int>(unissued);
  w.revoked_sample = static_cast<int>(sample);
  if (!methods.empty()) w.methods.clear();
  for (const auto& m : methods) {
    auto parsed = ParseOcspMethod(m);
    if (!parsed) {
      *error = where + ".methods: \"" + m + "\" is not post or get";
      return std::nullopt;
    }
    w.methods.push_back(*parsed);
  }
  if (!hashes.empty()) w.hashes.clear();
  for (const auto& h : hashes) {
    auto parsed = ParseCertIdHash(h);
    if (!parsed) {
      *error = where + ".hashes: \"" + h + "\" is not sha1 or sha256";
      return std::nullopt;
    }
    w.hashes.push_back(*parsed);
  }
  return w;
}

Finding FetchFinding(const char* kind, const WatchIssuer& w, const std::string& url, int64_t at, std::string detail,
                     std::string rule) {
  Finding f;
  f.kind = kind;
  f.severity = Severity::kError;
  f.issuer = w.dn;
  f.first_seen = f.last_seen = at;
  f.detail = std::move(detail);
  f.rule = std::move(rule);
  f.url = url;
  f.request = "GET " + url;
  return f;
}

// A random sample of `n` of the CRL's revoked serials (all when n is 0 or
// the CRL holds fewer): each round asks about different ones.
std::vector<OcspTarget> Sample(std::vector<OcspTarget> revoked, int n) {
  if (n <= 0 || revoked.size() <= static_cast<size_t>(n)) return revoked;
  for (size_t i = 0; i < static_cast<size_t>(n); ++i) {
    uint32_t r = 0;
    RAND_bytes(reinterpret_cast<unsigned char*>(&r), sizeof r);
    std::swap(revoked[i], revoked[i + r % (revoked.size() - i)]);
  }
  revoked.resize(static_cast<size_t>(n));
  return revoked;
}

}  // namespace

std::optional<WatchConfig> ReadWatchConfig(const std::string& path, std::string* error) {
  auto text = base::ReadFile(path);
  if (!text.ok()) {
    *error = path + ": cannot read";
    return std::nullopt;
  }
  toml::table t;
  try {
    t = toml::parse(*text, path);
  } catch (const toml::parse_error& e) {
    std::ostringstream ss;
    ss << path << ":" << e.source().begin.line << ": " << e.description();
    *error = ss.str();
    return std::nullopt;
  }
  WatchConfig c;
  int64_t timeout = c.timeout_ms / 1000, in_flight = static_cast<int64_t>(c.in_flight);
  if (!Integer(t, "interval", path, 1, 7 * 86400, &c.interval_s, error) ||
      !Integer(t, "timeout", path, 1, 600, &timeout, error) || !Integer(t, "in_flight", path, 1, 256, &in_flight, error))
    return std::nullopt;
  c.timeout_ms = static_cast<long>(timeout * 1000);
  c.in_flight = static_cast<size_t>(in_flight);
  const toml::array* issuers = t["issuer"].as_array();
  if (!issuers || issuers->empty()) {
    *error = path + ": no [[issuer]] table (each names a CA's cert, crl_urls and ocsp_urls)";
    return std::nullopt;
  }
  const fs::path base = fs::path(path).parent_path();
  for (size_t i = 0; i < issuers->size(); ++i) {
    const std::string where = path + ": issuer[" + std::to_string(i + 1) + "]";
    const toml::table* it = (*issuers)[i].as_table();
    if (!it) {
      *error = where + ": expected a table";
      return std::nullopt;
    }
    auto w = ReadIssuer(*it, where, base, error);
    if (!w) return std::nullopt;
    c.issuers.push_back(std::move(*w));
  }
  return c;
}

base::StatusOr<RoundResult> WatchRound(incident::Store& store, const WatchConfig& config, int64_t now) {
  const bool fixed_now = now != 0;
  auto clock = [&] { return fixed_now ? now : static_cast<int64_t>(std::time(nullptr)); };
  RoundResult out;
  std::vector<incident::MonitorObservation> observations;

  // 1. Every CRL URL of every issuer, 8 at a time.
  std::vector<HttpRequest> requests;
  std::vector<std::pair<size_t, std::string>> owner;  // issuer index, URL
  for (size_t i = 0; i < config.issuers.size(); ++i)
    for (const auto& u : config.issuers[i].crl_urls) {
      HttpRequest r;
      r.url = u;
      requests.push_back(r);
      owner.emplace_back(i, u);
    }
  FetchOptions fetch;
  fetch.timeout_ms = config.timeout_ms;
  fetch.in_flight = config.in_flight;
  const int64_t crl_round_at = clock();
  std::vector<HttpResponse> responses = FetchAll(requests, fetch);
  std::vector<std::vector<std::pair<std::string, std::string>>> crls(config.issuers.size());  // DER, URL
  for (size_t k = 0; k < responses.size(); ++k) {
    const WatchIssuer& w = config.issuers[owner[k].first];
    const std::string& url = owner[k].second;
    const HttpResponse& res = responses[k];
    incident::MonitorObservation o;
    o.kind = "crl";
    o.issuer = w.dn;
    o.url = url;
    o.observed_at = crl_round_at;
    o.requests = 1;
    o.seconds_total = o.seconds_max = res.seconds;
    ++out.crl_downloads;
    std::optional<Finding> failed;
    if (res.outcome == HttpOutcome::kTimeout) {
      failed = FetchFinding("crl-timeout", w, url, crl_round_at,
                            "no complete CRL from " + url + " within " + std::to_string(config.timeout_ms) + " ms (" + res.error + ")",
                            "BR 4.10.2; BR 4.9.7");
    } else if (res.outcome != HttpOutcome::kOk) {
      failed = FetchFinding("crl-http-error", w, url, crl_round_at, "no CRL from " + url + ": " + res.error, "BR 4.9.7; BR 4.10.2");
    } else if (res.status != 200) {
      failed = FetchFinding("crl-http-error", w, url, crl_round_at,
                            "HTTP " + std::to_string(res.status) + " from " + url + " (" + std::to_string(res.body.size()) +
                                " bytes, " + (res.content_type.empty() ? "no Content-Type" : res.content_type) + ")",
                            "BR 4.9.7; BR 4.10.2");
    }
    if (failed) {
      o.failures = 1;
      o.detail = failed->detail;
      out.findings.push_back(std::move(*failed));
      ++out.crl_failures;
      observations.push_back(std::move(o));
      continue;
    }
    // The bytes as published go to the history, which judges them
    // (crl-unparsable for an HTML page or a truncated CRL).
    CrlObservation obs{res.body, url, url, crl_round_at};
    CrlCheckOptions opt;
    opt.now = crl_round_at;
    opt.issuer_cert_der = w.cert_der;
    auto rec = RecordCrl(store, obs, opt);
    CAIR_RETURN_IF_ERROR(rec);
    for (auto& f : rec->findings) out.findings.push_back(f);
    std::string error;
    auto facts = rec->parsed ? ReadCrlFacts(res.body, &error) : std::nullopt;
    if (!facts) {
      o.failures = 1;
      o.detail = "not a CRL (" + std::to_string(res.body.size()) + " bytes, " +
                 (res.content_type.empty() ? "no Content-Type" : res.content_type) + ")";
      ++out.crl_failures;
    } else {
      o.detail = "ok";
      o.crl_this_update = facts->this_update;
      o.crl_next_update = facts->next_update;
      o.crl_number = facts->crl_number.value_or("");
      crls[owner[k].first].emplace_back(res.body, url);
    }
    observations.push_back(std::move(o));
  }

  // 2. Every responder of every issuer.
  for (size_t i = 0; i < config.issuers.size(); ++i) {
    const WatchIssuer& w = config.issuers[i];
    for (const auto& url : w.ocsp_urls) {
      TargetBuilder targets(w.cert_der, url);
      if (!w.certs_data.empty()) targets.AddCertificates(w.certs_data, "certs of " + w.cert_file);
      TargetBuilder revoked(w.cert_der, url);
      for (const auto& [der, from] : crls[i]) revoked.AddCrl(der, from);
      for (const auto& e : targets.errors()) out.notes.push_back(e);
      for (const auto& e : revoked.errors()) out.notes.push_back(e);
      std::vector<OcspTarget> all = targets.targets();
      for (auto& t : Sample(revoked.targets(), w.revoked_sample)) all.push_back(std::move(t));
      TargetBuilder random(w.cert_der, url);
      random.AddUnissued(w.unissued);
      for (const auto& t : random.targets()) all.push_back(t);
      if (all.empty()) continue;
      OcspProbeOptions popt;
      popt.methods = w.methods;
      popt.hashes = w.hashes;
      popt.fetch = fetch;
      popt.now = fixed_now ? now : 0;
      OcspProbeResult r = ProbeOcsp(w.cert_der, all, popt);
      incident::MonitorObservation o;
      o.kind = "ocsp";
      o.issuer = w.dn;
      o.url = url;
      o.observed_at = clock();
      for (const auto& ob : r.observations) {
        ++o.requests;
        o.seconds_total += ob.seconds;
        o.seconds_max = std::max(o.seconds_max, ob.seconds);
        if (ob.cert_status.empty()) ++o.failures;
      }
      // "ok", or the first transport or protocol problem of the round.
      o.detail = "ok";
      for (const auto& f : r.findings) {
        o.detail = f.kind + ": " + f.detail;
        break;
      }
      out.ocsp_requests += static_cast<int>(o.requests);
      out.ocsp_failures += static_cast<int>(o.failures);
      observations.push_back(std::move(o));
      for (auto& f : r.findings) out.findings.push_back(std::move(f));
    }
  }

  auto saved = store.AddMonitorObservations(observations);
  CAIR_RETURN_IF_ERROR(saved);
  auto ids = RecordFindings(store, out.findings, std::nullopt, clock());
  CAIR_RETURN_IF_ERROR(ids);
  out.finding_ids = std::move(*ids);
  return std::move(out);
}

}  // namespace cair::monitor
