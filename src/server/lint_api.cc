#include "server/lint_api.h"

#include <algorithm>
#include <cctype>
#include <map>

#include "base/strings.h"
#include "der/parser.h"
#include "der/values.h"
#include "x509/oids.h"

namespace cair::server {
namespace {

// The media type without parameters ("text/plain; charset=utf-8" -> "text/plain").
std::string MediaType(const std::string& content_type) {
  std::string t = base::Lower(content_type.substr(0, content_type.find(';')));
  while (!t.empty() && (t.back() == ' ' || t.back() == '\t')) t.pop_back();
  while (!t.empty() && (t.front() == ' ' || t.front() == '\t')) t.erase(0, 1);
  return t;
}

std::string Hex(der::Input in, size_t max_bytes = 48) {
  if (in.size() <= max_bytes) return der::HexUpper(in);
  return der::HexUpper(in.sub(0, max_bytes)) + "... (" + std::to_string(in.size()) + " bytes)";
}

// The TBSCertificate's elements before the extensions, by their ASN.1 name
// (RFC 5280 4.1).
std::vector<std::pair<std::string, der::Input>> TbsFields(const x509::Certificate& c) {
  static const char* const kPositional[] = {"serialNumber", "signature", "issuer", "validity", "subject",
                                            "subjectPublicKeyInfo"};
  std::vector<std::pair<std::string, der::Input>> out;
  auto tbs = der::ReadElement(c.tbs);
  if (!tbs) return out;
  der::Parser p(tbs->value);
  size_t positional = 0;
  while (auto el = p.Next()) {
    if (el->tag == der::ContextConstructed(3)) break;
    std::string name;
    if (el->tag == der::ContextConstructed(0)) name = "version";
    else if (el->tag.cls == der::TagClass::kContextSpecific && el->tag.number == 1) name = "issuerUniqueID";
    else if (el->tag.cls == der::TagClass::kContextSpecific && el->tag.number == 2) name = "subjectUniqueID";
    else if (positional < 6) name = kPositional[positional++];
    else name = "element " + std::to_string(out.size());
    out.emplace_back(name, el->full);
  }
  return out;
}

std::string Describe(const std::string& field, const x509::Certificate& c, der::Input raw) {
  if (field == "issuer") return "\"" + c.issuer.ToString() + "\"";
  if (field == "subject") return "\"" + c.subject.ToString() + "\"";
  if (field == "validity")
    return (c.not_before.ok ? der::FormatRfc3339(c.not_before.unix) : "?") + " .. " +
           (c.not_after.ok ? der::FormatRfc3339(c.not_after.unix) : "?");
  return Hex(raw);
}

std::string OidText(der::Input oid) {
  std::string s = der::OidToString(oid);
  return s.empty() ? "(malformed OID " + Hex(oid, 16) + ")" : s;
}

}  // namespace

std::optional<x509::InputFormat> BodyFormat(const std::string& content_type, const std::string& format_param,
                                            Failure* failure) {
  if (!format_param.empty()) {
    auto f = x509::ParseInputFormat(base::Lower(format_param));
    if (!f || *f == x509::InputFormat::kDetect) {
      *failure = {400, "format parameter must be pem, der or base64 (got \"" + format_param + "\")"};
      return std::nullopt;
    }
    return f;
  }
  const std::string t = MediaType(content_type);
  if (t == "application/pkix-cert" || t == "application/pkix-crl" || t == "application/octet-stream" ||
      t == "application/pkix-tbs")
    return x509::InputFormat::kDer;
  if (t == "application/x-pem-file" || t == "application/pem-certificate-chain") return x509::InputFormat::kPem;
  // text/plain is base64 of DER; a PEM block pasted as text is read as PEM.
  if (t == "text/plain") return x509::InputFormat::kDetect;
  *failure = {415, "unsupported Content-Type \"" + content_type +
                       "\": send DER as application/pkix-cert (or application/pkix-crl, application/octet-stream), "
                       "PEM as application/x-pem-file, base64 as text/plain, or give ?format=pem|der|base64"};
  return std::nullopt;
}

std::optional<std::vector<x509::DerObject>> DecodeBody(const std::string& body, x509::InputFormat format, size_t want,
                                                       Failure* failure) {
  if (body.empty()) {
    *failure = {400, "empty request body: send the object (DER, PEM or base64)"};
    return std::nullopt;
  }
  if (format == x509::InputFormat::kDetect)  // text/plain
    format = body.find("-----BEGIN ") != std::string::npos ? x509::InputFormat::kPem : x509::InputFormat::kBase64;
  auto decoded = x509::DecodeObjects(body, format);
  if (!decoded.errors.empty()) {
    std::string what = format == x509::InputFormat::kPem ? "PEM" : format == x509::InputFormat::kBase64 ? "base64" : "DER";
    *failure = {400, "body is not valid " + what + ": " + decoded.errors.front()};
    return std::nullopt;
  }
  if (decoded.objects.size() != want) {
    *failure = {400, "expected " + std::to_string(want) + " object(s) in the body, found " +
                         std::to_string(decoded.objects.size())};
    return std::nullopt;
  }
  return std::move(decoded.objects);
}

nlohmann::ordered_json ResultMap(const std::vector<lint::Result>& results, const std::vector<const lint::Metadata*>& metas) {
  nlohmann::ordered_json j = nlohmann::ordered_json::object();
  for (size_t i = 0; i < results.size(); ++i) {
    nlohmann::ordered_json r;
    r["result"] = lint::StatusName(results[i].status);
    if (!results[i].details.empty()) r["details"] = results[i].details;
    j[std::string(metas[i]->name)] = std::move(r);
  }
  return j;
}

nlohmann::ordered_json Summary(const std::vector<lint::Result>& results, const std::vector<const lint::Metadata*>& metas) {
  std::map<std::string, int64_t> counts;
  lint::Status worst = lint::Status::kNA;
  nlohmann::ordered_json errors = nlohmann::ordered_json::array(), warnings = nlohmann::ordered_json::array();
  for (size_t i = 0; i < results.size(); ++i) {
    ++counts[lint::StatusName(results[i].status)];
    worst = std::max(worst, results[i].status);
    if (results[i].status >= lint::Status::kError) errors.push_back(metas[i]->name);
    else if (results[i].status == lint::Status::kWarn) warnings.push_back(metas[i]->name);
  }
  nlohmann::ordered_json j;
  j["verdict"] = worst >= lint::Status::kError ? "error" : worst == lint::Status::kWarn ? "warn" : "pass";
  j["worst"] = lint::StatusName(worst);
  j["lints"] = results.size();
  nlohmann::ordered_json c = nlohmann::ordered_json::object();
  for (const char* s : {"fatal", "error", "warn", "info", "pass", "NA", "NE"}) c[s] = counts.count(s) ? counts[s] : 0;
  j["counts"] = std::move(c);
  j["errors"] = std::move(errors);
  j["warnings"] = std::move(warnings);
  return j;
}

const char* KindName(const x509::Certificate& c) {
  switch (c.kind()) {
    case x509::ObjectKind::kCertificate: return "certificate";
    case x509::ObjectKind::kPrecertificate: return "precertificate";
    case x509::ObjectKind::kTbsCertificate: return "tbsCertificate";
  }
  return "certificate";
}

PairCheck ComparePrecertificate(const x509::Certificate& pre, const x509::Certificate& fin) {
  PairCheck r;
  auto diff = [&](std::string field, std::string detail) { r.differences.push_back({std::move(field), std::move(detail)}); };
  // RFC 6962 3.1: the precertificate carries the critical poison extension,
  // the final certificate does not.
  const x509::Extension* poison = pre.FindExtension(oid::kCtPoison);
  if (!poison) diff("ct_poison", "the precertificate has no CT poison extension (1.3.6.1.4.1.11129.2.4.3)");
  else if (!poison->critical) diff("ct_poison", "the precertificate's CT poison extension is not critical");
  if (fin.HasExtension(oid::kCtPoison)) diff("ct_poison", "the final certificate carries the CT poison extension");
  if (!fin.HasExtension(oid::kCtSctList)) r.notes.push_back("the final certificate carries no SCT list extension");

  auto a = TbsFields(pre), b = TbsFields(fin);
  for (const auto& [name, raw] : a) {
    auto it = std::find_if(b.begin(), b.end(), [&](const auto& e) { return e.first == name; });
    if (it == b.end()) diff(name, "only in the precertificate");
    else if (it->second != raw)
      diff(name, "precertificate " + Describe(name, pre, raw) + ", final certificate " + Describe(name, fin, it->second));
  }
  for (const auto& [name, raw] : b)
    if (std::none_of(a.begin(), a.end(), [&](const auto& e) { return e.first == name; }))
      diff(name, "only in the final certificate");

  // Every other extension identical and in the same order.
  auto filtered = [](const x509::Certificate& c) {
    std::vector<const x509::Extension*> out;
    for (const auto& e : c.extensions)
      if (e.oid != oid::kCtPoison && e.oid != oid::kCtSctList) out.push_back(&e);
    return out;
  };
  auto ea = filtered(pre), eb = filtered(fin);
  auto find = [](const std::vector<const x509::Extension*>& v, der::Input oid) -> const x509::Extension* {
    for (const auto* e : v)
      if (e->oid == oid) return e;
    return nullptr;
  };
  bool content_differs = false;
  for (const auto* e : ea) {
    const auto* other = find(eb, e->oid);
    if (!other) {
      diff("extension " + OidText(e->oid), "only in the precertificate");
      content_differs = true;
    } else if (other->full != e->full) {
      std::string what = other->critical != e->critical ? "criticality differs" : "value differs";
      diff("extension " + OidText(e->oid), what + ": precertificate " + Hex(e->value) + ", final certificate " + Hex(other->value));
      content_differs = true;
    }
  }
  for (const auto* e : eb)
    if (!find(ea, e->oid)) {
      diff("extension " + OidText(e->oid), "only in the final certificate");
      content_differs = true;
    }
  if (!content_differs && ea.size() == eb.size()) {
    for (size_t i = 0; i < ea.size(); ++i)
      if (ea[i]->full != eb[i]->full) {
        diff("extensions order", "the same extensions in a different order (first at position " + std::to_string(i) + ": " +
                                      OidText(ea[i]->oid) + " vs " + OidText(eb[i]->oid) + ")");
        break;
      }
  } else if (!content_differs && ea.size() != eb.size()) {
    diff("extensions", "an extension is repeated: " + std::to_string(ea.size()) + " vs " + std::to_string(eb.size()) +
                           " extensions besides poison and SCT list");
  }
  r.match = r.differences.empty();
  return r;
}

std::optional<std::string> NormalizeHex(const std::string& text) {
  std::string out;
  for (char c : text) {
    if (c == ':' || c == ' ') continue;
    if (!std::isxdigit(static_cast<unsigned char>(c))) return std::nullopt;
    out += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  }
  if (out.empty() || out.size() % 2) return std::nullopt;
  return out;
}

}  // namespace cair::server
