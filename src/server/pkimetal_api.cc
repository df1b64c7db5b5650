#include "server/pkimetal_api.h"

#include <algorithm>
#include <cctype>
#include <cstdint>
#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "base/strings.h"
#include "der/input.h"
#include "der/parser.h"
#include "lint/registry.h"
#include "lints/util/br_declared_type.h"
#include "report/mustache.h"
#include "x509/crl.h"
#include "x509/input.h"
#include "x509/ocsp.h"
#include "x509/oids.h"

#ifndef CAIR_VERSION
#define CAIR_VERSION "unknown"
#endif

namespace cair::server {
namespace {

using Json = nlohmann::ordered_json;
using report::HtmlEscape;
using lint::Source;

constexpr const char* kLinter = "cair";

// What each profile family selects of the catalogue (see PkimetalProfile).
// RFC profiles: the RFCs' lints and the generic ones (community, cair's
// own); the CA/B Forum documents add theirs and, for the TLS profiles, the
// root programs' policies.
const std::vector<Source>& Family(int family) {
  static const std::vector<Source> kAllLints;
  static const std::vector<Source> kRfcLints = {Source::kRfc5280, Source::kRfc5480, Source::kRfc5891,
                                                Source::kRfc3279, Source::kRfc6960, Source::kRfc6962,
                                                Source::kRfc8813, Source::kCommunity, Source::kCair};
  auto with = [](std::vector<Source> v, std::initializer_list<Source> more) {
    v.insert(v.end(), more);
    return v;
  };
  static const std::vector<Source> kTbrLints =
      with(kRfcLints, {Source::kCabfBr, Source::kMozilla, Source::kApple, Source::kChrome});
  static const std::vector<Source> kTevgLints = with(kTbrLints, {Source::kCabfEv});
  static const std::vector<Source> kSbrLints = with(kRfcLints, {Source::kCabfSmimeBr, Source::kMozilla});
  static const std::vector<Source> kCsbrLints = with(kRfcLints, {Source::kCabfCsBr});
  static const std::vector<Source> kEtsiLints = with(kRfcLints, {Source::kEtsiEsi});
  static const std::vector<Source> kEtsiTlsLints = with(kTbrLints, {Source::kEtsiEsi});
  static const std::vector<Source> kEtsiEvLints = with(kTevgLints, {Source::kEtsiEsi});
  static const std::vector<Source>* const kFamilies[] = {&kAllLints, &kRfcLints,  &kTbrLints,     &kTevgLints, &kSbrLints,
                                                         &kCsbrLints, &kEtsiLints, &kEtsiTlsLints, &kEtsiEvLints};
  return *kFamilies[family];
}
enum { kAll, kRfc, kTbr, kTevg, kSbr, kCsbr, kEtsi, kEtsiTls, kEtsiEv };

struct ProfileRow {
  const char* name;
  const char* source;
  const char* description;
  int family;
  const char* declared_type = nullptr;  // PkimetalProfile::declared_type
};

// pkimetal's profile names (its GET /profiles), in its order; the
// descriptions are cair's.
constexpr ProfileRow kProfileRows[] = {
    {"autodetect", "", "Chosen from the input: the certificate's type, policy OIDs and EKUs; CRL; OCSP response", kAll},
    {"rfc5280_root", "RFC 5280", "Self-signed CA certificate", kRfc},
    {"rfc5280_subordinate", "RFC 5280", "CA certificate issued by another CA", kRfc},
    {"rfc5280_leaf", "RFC 5280", "End-entity certificate of no particular use", kRfc},
    {"rfc5280_leaf_tlsclient", "RFC 5280", "End-entity certificate for TLS clients", kRfc},
    {"rfc5280_leaf_tlsserver", "RFC 5280", "End-entity certificate for TLS servers", kRfc},
    {"rfc5280_leaf_smime", "RFC 5280", "End-entity certificate for e-mail protection", kRfc},
    {"rfc5280_leaf_codesigning", "RFC 5280", "End-entity certificate for code signing", kRfc},
    {"rfc5280_leaf_timestamping", "RFC 5280", "End-entity certificate of a time-stamping authority", kRfc},
    {"rfc5280_leaf_documentsigning", "RFC 5280", "End-entity certificate for document signing", kRfc},
    {"rfc5280_leaf_ocspsigning", "RFC 5280", "Delegated OCSP responder certificate", kRfc},
    {"rfc5280_crl", "RFC 5280", "CRL of end-entity certificates", kRfc},
    {"rfc5280_arl", "RFC 5280", "CRL of CA certificates (ARL)", kRfc},
    {"rfc6960_ocspresponse", "RFC 6960", "OCSP response", kRfc},
    {"tbr_root_tlsserver", "CA/B Forum TLS BR", "Root CA certificate (BR 7.1.2.1)", kTbr},
    {"tbr_cross_internal", "CA/B Forum TLS BR", "Cross-certificate of a root of the same CA (BR 7.1.2.2)", kTbr, "cross-internal"},
    {"tbr_cross_internal_subscriberissuing", "CA/B Forum TLS BR", "Cross-certificate of a subscriber-issuing CA of the same CA (BR 7.1.2.2)", kTbr, "cross-internal-subscriber-issuing"},
    {"tbr_cross_external", "CA/B Forum TLS BR", "Cross-certificate of another organisation's root (BR 7.1.2.2)", kTbr, "cross-external"},
    {"tbr_cross_external_subscriberissuing", "CA/B Forum TLS BR", "Cross-certificate of another organisation's subscriber-issuing CA (BR 7.1.2.2)", kTbr, "cross-external-subscriber-issuing"},
    {"tbr_subordinate_tlsserver", "CA/B Forum TLS BR", "TLS subordinate CA certificate (BR 7.1.2.10)", kTbr},
    {"tbr_subordinate_tlsserver_internal_unconstrained", "CA/B Forum TLS BR", "TLS subordinate CA of the same CA, not technically constrained (BR 7.1.2.6)", kTbr},
    {"tbr_subordinate_tlsserver_internal_constrained", "CA/B Forum TLS BR", "TLS subordinate CA of the same CA, technically constrained (BR 7.1.2.5)", kTbr},
    {"tbr_subordinate_tlsserver_external_unconstrained", "CA/B Forum TLS BR", "TLS subordinate CA operated by another organisation, not technically constrained (BR 7.1.2.6)", kTbr},
    {"tbr_subordinate_tlsserver_external_constrained", "CA/B Forum TLS BR", "TLS subordinate CA operated by another organisation, technically constrained (BR 7.1.2.5)", kTbr},
    {"tbr_subordinate_precertsigning", "CA/B Forum TLS BR", "Precertificate signing CA certificate (BR 7.1.2.4)", kTbr},
    {"tbr_leaf_tlsserver_dv", "CA/B Forum TLS BR", "Subscriber TLS certificate, domain validated (BR 7.1.2.7)", kTbr},
    {"tbr_leaf_tlsserver_dv_precertificate", "CA/B Forum TLS BR", "Subscriber TLS certificate, domain validated (BR 7.1.2.7) (precertificate)", kTbr},
    {"tbr_leaf_tlsserver_ov", "CA/B Forum TLS BR", "Subscriber TLS certificate, organisation validated (BR 7.1.2.7)", kTbr},
    {"tbr_leaf_tlsserver_ov_precertificate", "CA/B Forum TLS BR", "Subscriber TLS certificate, organisation validated (BR 7.1.2.7) (precertificate)", kTbr},
    {"tbr_leaf_tlsserver_iv", "CA/B Forum TLS BR", "Subscriber TLS certificate, individual validated (BR 7.1.2.7)", kTbr},
    {"tbr_leaf_tlsserver_iv_precertificate", "CA/B Forum TLS BR", "Subscriber TLS certificate, individual validated (BR 7.1.2.7) (precertificate)", kTbr},
    {"tbr_leaf_ocspsigning", "CA/B Forum TLS BR", "OCSP responder certificate (BR 7.1.2.8)", kTbr},
    {"tbr_crl", "CA/B Forum TLS BR", "CRL of subscriber certificates (BR 7.2)", kTbr},
    {"tbr_arl", "CA/B Forum TLS BR", "CRL of CA certificates (BR 7.2)", kTbr},
    {"tevg_root_tlsserver", "CA/B Forum EV Guidelines", "Root CA certificate of EV TLS issuance", kTevg},
    {"tevg_subordinate_tlsserver", "CA/B Forum EV Guidelines", "Subordinate CA certificate of EV TLS issuance", kTevg},
    {"tevg_subordinate_tlsserver_external_unconstrained", "CA/B Forum EV Guidelines", "EV TLS subordinate CA operated by another organisation, not technically constrained", kTevg},
    {"tevg_subordinate_tlsserver_external_constrained", "CA/B Forum EV Guidelines", "EV TLS subordinate CA operated by another organisation, technically constrained", kTevg},
    {"tevg_leaf_tlsserver_ev", "CA/B Forum EV Guidelines", "Subscriber TLS certificate, EV", kTevg},
    {"tevg_leaf_tlsserver_ev_precertificate", "CA/B Forum EV Guidelines", "Subscriber TLS certificate, EV (precertificate)", kTevg},
    {"sbr_root_smime", "CA/B Forum S/MIME BR", "Root CA certificate of S/MIME issuance", kSbr},
    {"sbr_subordinate_smime", "CA/B Forum S/MIME BR", "Subordinate CA certificate of S/MIME issuance", kSbr},
    {"sbr_leaf_smime_mv_legacy", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, mailbox-validated, legacy", kSbr},
    {"sbr_leaf_smime_mv_multipurpose", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, mailbox-validated, multipurpose", kSbr},
    {"sbr_leaf_smime_mv_strict", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, mailbox-validated, strict", kSbr},
    {"sbr_leaf_smime_ov_legacy", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, organisation-validated, legacy", kSbr},
    {"sbr_leaf_smime_ov_multipurpose", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, organisation-validated, multipurpose", kSbr},
    {"sbr_leaf_smime_ov_strict", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, organisation-validated, strict", kSbr},
    {"sbr_leaf_smime_sv_legacy", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, sponsor-validated, legacy", kSbr},
    {"sbr_leaf_smime_sv_multipurpose", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, sponsor-validated, multipurpose", kSbr},
    {"sbr_leaf_smime_sv_strict", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, sponsor-validated, strict", kSbr},
    {"sbr_leaf_smime_iv_legacy", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, individual-validated, legacy", kSbr},
    {"sbr_leaf_smime_iv_multipurpose", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, individual-validated, multipurpose", kSbr},
    {"sbr_leaf_smime_iv_strict", "CA/B Forum S/MIME BR", "S/MIME subscriber certificate, individual-validated, strict", kSbr},
    {"csbr_root_codesigning", "CA/B Forum Code Signing BR", "Root CA certificate of code signing issuance", kCsbr},
    {"csbr_root_timestamping", "CA/B Forum Code Signing BR", "Root CA certificate of time-stamping issuance", kCsbr},
    {"csbr_subordinate_codesigning", "CA/B Forum Code Signing BR", "Subordinate CA certificate of code signing issuance", kCsbr},
    {"csbr_subordinate_timestamping", "CA/B Forum Code Signing BR", "Subordinate CA certificate of time-stamping issuance", kCsbr},
    {"csbr_leaf_codesigning_ov", "CA/B Forum Code Signing BR", "Code signing certificate, organisation validated", kCsbr},
    {"csbr_leaf_codesigning_ev", "CA/B Forum Code Signing BR", "Code signing certificate, EV", kCsbr},
    {"csbr_leaf_timestamping", "CA/B Forum Code Signing BR", "Time-stamping authority certificate", kCsbr},
    {"etsi_leaf_tlsserver_ncpwnaturalperson", "ETSI EN 319 412", "ETSI NCP+ website certificate of a natural person", kEtsiTls},
    {"etsi_leaf_tlsserver_ncpwnaturalperson_precertificate", "ETSI EN 319 412", "ETSI NCP+ website certificate of a natural person (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_ncpwlegalperson", "ETSI EN 319 412", "ETSI NCP+ website certificate of a legal person", kEtsiTls},
    {"etsi_leaf_tlsserver_ncpwlegalperson_precertificate", "ETSI EN 319 412", "ETSI NCP+ website certificate of a legal person (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_dvcp", "ETSI EN 319 412", "ETSI DVCP website certificate", kEtsiTls},
    {"etsi_leaf_tlsserver_dvcp_precertificate", "ETSI EN 319 412", "ETSI DVCP website certificate (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_ivcp", "ETSI EN 319 412", "ETSI IVCP website certificate", kEtsiTls},
    {"etsi_leaf_tlsserver_ivcp_precertificate", "ETSI EN 319 412", "ETSI IVCP website certificate (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_ovcp", "ETSI EN 319 412", "ETSI OVCP website certificate", kEtsiTls},
    {"etsi_leaf_tlsserver_ovcp_precertificate", "ETSI EN 319 412", "ETSI OVCP website certificate (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_evcp", "ETSI EN 319 412", "ETSI EVCP website certificate", kEtsiEv},
    {"etsi_leaf_tlsserver_evcp_precertificate", "ETSI EN 319 412", "ETSI EVCP website certificate (precertificate)", kEtsiEv},
    {"etsi_leaf_tlsserver_qevcpweidas", "ETSI EN 319 412", "ETSI qualified EV website certificate under eIDAS", kEtsiEv},
    {"etsi_leaf_tlsserver_qevcpweidas_precertificate", "ETSI EN 319 412", "ETSI qualified EV website certificate under eIDAS (precertificate)", kEtsiEv},
    {"etsi_leaf_tlsserver_qncpwiveidas", "ETSI EN 319 412", "ETSI qualified IV website certificate under eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwiveidas_precertificate", "ETSI EN 319 412", "ETSI qualified IV website certificate under eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwoveidas", "ETSI EN 319 412", "ETSI qualified OV website certificate under eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwoveidas_precertificate", "ETSI EN 319 412", "ETSI qualified OV website certificate under eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgennaturalpersoneidas", "ETSI EN 319 412", "ETSI qualified website certificate of a natural person under eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgennaturalpersoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified website certificate of a natural person under eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgenlegalpersoneidas", "ETSI EN 319 412", "ETSI qualified website certificate of a legal person under eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgenlegalpersoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified website certificate of a legal person under eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qevcpwnoneidas", "ETSI EN 319 412", "ETSI qualified EV website certificate outside eIDAS", kEtsiEv},
    {"etsi_leaf_tlsserver_qevcpwnoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified EV website certificate outside eIDAS (precertificate)", kEtsiEv},
    {"etsi_leaf_tlsserver_qncpwivnoneidas", "ETSI EN 319 412", "ETSI qualified IV website certificate outside eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwivnoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified IV website certificate outside eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwovnoneidas", "ETSI EN 319 412", "ETSI qualified OV website certificate outside eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwovnoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified OV website certificate outside eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgennaturalpersonnoneidas", "ETSI EN 319 412", "ETSI qualified website certificate of a natural person outside eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgennaturalpersonnoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified website certificate of a natural person outside eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgenlegalpersonnoneidas", "ETSI EN 319 412", "ETSI qualified website certificate of a legal person outside eIDAS", kEtsiTls},
    {"etsi_leaf_tlsserver_qncpwgenlegalpersonnoneidas_precertificate", "ETSI EN 319 412", "ETSI qualified website certificate of a legal person outside eIDAS (precertificate)", kEtsiTls},
    {"etsi_leaf_tlsserver_qevcpwpsd2eidas", "ETSI EN 319 412", "ETSI qualified EV website certificate for PSD2 under eIDAS", kEtsiEv},
    {"etsi_leaf_tlsserver_qevcpwpsd2eidas_precertificate", "ETSI EN 319 412", "ETSI qualified EV website certificate for PSD2 under eIDAS (precertificate)", kEtsiEv},
    {"etsi_leaf_tlsserver_qevcpwpsd2eidasnonbrowser", "ETSI EN 319 412", "ETSI qualified EV website certificate for PSD2 under eIDAS, not for browsers", kEtsiEv},
    {"etsi_leaf_tlsserver_qevcpwpsd2eidasnonbrowser_precertificate", "ETSI EN 319 412", "ETSI qualified EV website certificate for PSD2 under eIDAS, not for browsers (precertificate)", kEtsiEv},
    {"etsi_leaf_ncpnaturalperson", "ETSI EN 319 412", "Electronic seal certificate of a natural person", kEtsi},
    {"etsi_leaf_ncplegalperson", "ETSI EN 319 412", "Electronic seal certificate of a legal person", kEtsi},
    {"bimigroup_root_bimi", "BIMI Mark Certificate Guidelines", "Root CA certificate of mark certificate issuance", kRfc},
    {"bimigroup_subordinate_bimi", "BIMI Mark Certificate Guidelines", "Subordinate CA certificate of mark certificate issuance", kRfc},
    {"bimigroup_leaf_commonmark", "BIMI Mark Certificate Guidelines", "Common mark certificate", kRfc},
    {"bimigroup_leaf_commonmark_precertificate", "BIMI Mark Certificate Guidelines", "Common mark certificate (precertificate)", kRfc},
    {"bimigroup_leaf_verifiedmark", "BIMI Mark Certificate Guidelines", "Verified mark certificate", kRfc},
    {"bimigroup_leaf_verifiedmark_precertificate", "BIMI Mark Certificate Guidelines", "Verified mark certificate (precertificate)", kRfc},

};

// The six lint endpoints.
struct Endpoint {
  const char* path;       // "/lintcert"
  const char* field;      // the endpoint's own name for b64input
  const char* raw_type;   // the Content-Type of a DER body
  const char* object;     // what it lints, for messages and the form
  enum Kind { kCert, kTbsCert, kCrl, kTbsCrl, kOcsp, kTbsOcsp } kind;
};
constexpr Endpoint kEndpoints[] = {
    {"/lintcert", "b64cert", "application/pkix-cert", "a certificate or precertificate", Endpoint::kCert},
    {"/linttbscert", "b64tbscert", "application/octet-stream", "a TBSCertificate (unsigned certificate or precertificate)",
     Endpoint::kTbsCert},
    {"/lintcrl", "b64crl", "application/pkix-crl", "a CRL", Endpoint::kCrl},
    {"/linttbscrl", "b64tbscrl", "application/octet-stream", "a TBSCertList (unsigned CRL)", Endpoint::kTbsCrl},
    {"/lintocsp", "b64ocsp", "application/ocsp-response", "an OCSP response", Endpoint::kOcsp},
    {"/linttbsocsp", "b64tbsocsp", "application/octet-stream", "a ResponseData (unsigned OCSP response)", Endpoint::kTbsOcsp},
};

enum class Format { kJson, kText, kHtml };

std::string MediaType(const httplib::Request& req) {
  std::string t = req.get_header_value("Content-Type");
  t = t.substr(0, t.find(';'));
  while (!t.empty() && t.back() == ' ') t.pop_back();
  return base::Lower(t);
}

// A request's parameters as pkimetal reads them: a form body's first, then
// the query string's; an empty value counts as absent.
class Params {
 public:
  explicit Params(const httplib::Request& req) : req_(req) {
    if (MediaType(req) != "application/x-www-form-urlencoded") return;
    // Each field cut at its first '=' (as Go's url.ParseQuery, which
    // pkimetal uses): a client that left base64's '=' padding unencoded is
    // still read whole.
    for (size_t at = 0; at <= req.body.size();) {
      size_t end = req.body.find('&', at);
      if (end == std::string::npos) end = req.body.size();
      const std::string field = req.body.substr(at, end - at);
      const size_t eq = field.find('=');
      if (!field.empty())
        form_.emplace(httplib::detail::decode_url(field.substr(0, eq), true),
                      eq == std::string::npos ? "" : httplib::detail::decode_url(field.substr(eq + 1), true));
      at = end + 1;
    }
  }
  std::string Get(const std::string& name) const {
    for (auto [it, end] = form_.equal_range(name); it != end; ++it)
      if (!it->second.empty()) return it->second;
    return req_.get_param_value(name.c_str());
  }
  std::string Form(const std::string& name) const {
    for (auto [it, end] = form_.equal_range(name); it != end; ++it)
      if (!it->second.empty()) return it->second;
    return "";
  }

 private:
  const httplib::Request& req_;
  httplib::Params form_;
};

// PEM (the first block, whatever its label) or base64 of DER. A form
// client that did not percent-encode '+' sends it as a space, which base64
// never holds: it is read back as '+'.
std::optional<std::string> DecodeText(const std::string& text, std::string* why) {
  if (text.find("-----BEGIN ") != std::string::npos) {
    auto d = x509::DecodeObjects(text, x509::InputFormat::kPem);
    if (d.objects.empty()) {
      *why = d.errors.empty() ? "no complete PEM block" : d.errors.front();
      return std::nullopt;
    }
    return std::move(d.objects.front().der);
  }
  std::string b64 = text;
  std::replace(b64.begin(), b64.end(), ' ', '+');
  auto der = x509::DecodeBase64(b64);
  if (!der || der->empty()) {
    *why = "neither PEM nor base64";
    return std::nullopt;
  }
  return der;
}

std::string Tlv(uint8_t tag, std::string_view value) {
  std::string out(1, static_cast<char>(tag));
  size_t n = value.size();
  if (n < 0x80) {
    out += static_cast<char>(n);
  } else {
    std::string len;
    for (; n; n >>= 8) len.insert(len.begin(), static_cast<char>(n & 0xff));
    out += static_cast<char>(0x80 | len.size());
    out += len;
  }
  out.append(value);
  return out;
}

// The single SEQUENCE `der` is, or nullopt.
std::optional<der::Element> WholeSequence(std::string_view der) {
  auto el = der::ReadElement(der::Input(der));
  if (!el || el->tag != der::kSequence || el->full.size() != der.size()) return std::nullopt;
  return el;
}

const char* StatusSeverityNames[] = {"meta", "debug", "info", "notice", "warning", "error", "bug", "fatal"};

PkimetalSeverity OfDiagnostic(x509::Severity s) {
  switch (s) {
    case x509::Severity::kWarning: return PkimetalSeverity::kWarning;
    case x509::Severity::kError: return PkimetalSeverity::kError;
    case x509::Severity::kFatal: return PkimetalSeverity::kFatal;
  }
  return PkimetalSeverity::kError;
}

void AddDiagnostics(const x509::Diagnostics& diagnostics, std::vector<PkimetalFinding>* out) {
  for (const auto& d : diagnostics.items())
    out->push_back({kLinter, std::string("DER/ASN.1: ") + d.reason + " (byte " + std::to_string(d.offset) + ")", d.field,
                    d.id, OfDiagnostic(d.severity)});
}

// Every result that is a finding, filtered by the profile's sources.
void AddResults(const std::vector<lint::Result>& results, const std::vector<const lint::Metadata*>& metas,
                const std::vector<Source>& sources, std::vector<PkimetalFinding>* out) {
  for (size_t i = 0; i < results.size() && i < metas.size(); ++i) {
    if (!sources.empty() && std::find(sources.begin(), sources.end(), metas[i]->source) == sources.end()) continue;
    if (auto f = FindingOf(*metas[i], results[i])) out->push_back(std::move(*f));
  }
}

// Replaces an unsigned object by its signed wrapping; false when `wrap`
// refuses it.
bool Rewrap(std::optional<std::string> (*wrap)(std::string_view), std::string* der) {
  auto wrapped = wrap(*der);
  if (!wrapped) return false;
  *der = std::move(*wrapped);
  return true;
}

struct Linted {
  std::vector<PkimetalFinding> findings;
  std::string error;  // why nothing was linted, as pkimetal words it ("" when linted)
};

// Decodes, parses and lints the input of one request, refusing, in
// pkimetal's order, an input that does not parse, an unknown profile
// ("" = autodetect), an unknown severity. Sets *chosen to the profile used.
Linted LintInput(const Endpoint& ep, std::string der, const std::string& profile_name, const std::string& severity,
                 PkimetalRunners& runners, std::string* chosen) {
  Linted out;
  const bool autodetect = profile_name.empty() || profile_name == "autodetect";
  const PkimetalProfile* profile = FindPkimetalProfile(autodetect ? "autodetect" : profile_name);
  auto refused = [&](const char* detected) {
    if (!profile) {
      out.error = "Unrecognised profile \"" + profile_name + "\" (GET /profiles lists them)";
      return true;
    }
    if (!ParsePkimetalSeverity(severity)) {
      out.error = "Unrecognised severity \"" + severity + "\" (meta, debug, info, notice, warning, error, bug or fatal)";
      return true;
    }
    *chosen = autodetect ? detected : profile->name;
    return false;
  };
  auto unparsable = [&](const std::string& why) {
    out.error = std::string("Unrecognised input: not ") + ep.object + ": " + why;
    return out;
  };
  // Lints a parsed object (its diagnostics are rows too) under the profile,
  // with the runner of the certificate type it declares; `metas_of` picks the
  // runner's lints of the object's type.
  auto finish = [&](const auto& object, const char* detected,
                    const std::vector<const lint::Metadata*>& (lint::Runner::*metas_of)() const) {
    if (!object.ok()) return unparsable(object.diagnostics.Summary());
    if (refused(detected)) return out;
    const lint::Runner& runner = runners.For(*profile);
    const std::vector<const lint::Metadata*>& metas = (runner.*metas_of)();
    std::vector<lint::Result> results;
    runner.Run(object, &results);
    AddDiagnostics(object.diagnostics, &out.findings);
    AddResults(results, metas, profile->sources, &out.findings);
    return out;
  };
  switch (ep.kind) {
    case Endpoint::kCert:
    case Endpoint::kTbsCert: {
      const der::Input in{std::string_view(der)};
      x509::Certificate c = ep.kind == Endpoint::kCert ? x509::ParseCertificate(in) : x509::ParseTbsCertificate(in);
      return finish(c, c.ok() ? DetectCertificateProfile(c) : "", &lint::Runner::certificate_lints);
    }
    case Endpoint::kCrl:
    case Endpoint::kTbsCrl: {
      if (ep.kind == Endpoint::kTbsCrl && !Rewrap(WrapTbsCrl, &der))
        return unparsable("not one DER SEQUENCE with a signature AlgorithmIdentifier");
      return finish(x509::ParseCrl(der::Input(std::string_view(der))), "rfc5280_crl", &lint::Runner::crl_lints);
    }
    case Endpoint::kOcsp:
    case Endpoint::kTbsOcsp: {
      if (ep.kind == Endpoint::kTbsOcsp && !Rewrap(WrapTbsOcsp, &der)) return unparsable("not one DER SEQUENCE");
      return finish(x509::ParseOcspResponse(der::Input(std::string_view(der))), "rfc6960_ocspresponse", &lint::Runner::ocsp_lints);
    }
  }
  return out;
}

void Send(httplib::Response& res, Format format, const std::vector<PkimetalFinding>& rows) {
  res.status = 200;
  res.set_header("Access-Control-Allow-Origin", "*");
  switch (format) {
    case Format::kJson: res.set_content(PkimetalJson(rows), "application/json; charset=UTF-8"); break;
    case Format::kText: res.set_content(PkimetalText(rows), "text/plain; charset=UTF-8"); break;
    case Format::kHtml: res.set_content(PkimetalHtml(rows), "text/html; charset=UTF-8"); break;
  }
}

void Lint(const Endpoint& ep, PkimetalRunners& runners, const httplib::Request& req, httplib::Response& res) {
  const Params params(req);
  Format format = Format::kJson;
  if (std::string f = params.Get("format"); !f.empty()) {
    f = base::Lower(f);
    if (f == "text") format = Format::kText;
    else if (f == "html") format = Format::kHtml;
    else if (f != "json") {
      res.status = 400;
      res.set_header("Access-Control-Allow-Origin", "*");
      res.set_content("Unrecognised response format \"" + params.Get("format") + "\": json, text or html\n",
                      "text/plain; charset=UTF-8");
      return;
    }
  } else {
    const std::string accept = req.get_header_value("Accept");
    if (accept == "text/html") format = Format::kHtml;
    else if (accept == "text/plain") format = Format::kText;
  }
  auto refuse = [&](const std::string& message) {
    Send(res, format, {{kLinter, message, "", "", PkimetalSeverity::kFatal}});
  };
  if (req.body.empty()) return refuse("Empty request body");

  // The input: a form field, or the DER body under the endpoint's type.
  const std::string type = MediaType(req);
  std::string der, why;
  if (type == "application/x-www-form-urlencoded") {
    std::string text = params.Form(ep.field);
    if (text.empty()) text = params.Form("b64input");
    if (text.empty()) return refuse(std::string("Unrecognised input: the form has no b64input (or ") + ep.field + ") field");
    auto decoded = DecodeText(text, &why);
    if (!decoded) return refuse("Unrecognised input: " + why);
    der = std::move(*decoded);
  } else {
    bool fits = type == ep.raw_type;
    if (!fits) {
      std::string accepted = std::string("application/x-www-form-urlencoded or ") + ep.raw_type;
      return refuse("Unrecognised input: Content-Type \"" + req.get_header_value("Content-Type") + "\" on " + ep.path +
                    " (send " + accepted + ")");
    }
    der = req.body;
  }

  std::string chosen;
  const auto least = ParsePkimetalSeverity(params.Get("severity"));
  Linted linted = LintInput(ep, std::move(der), params.Get("profile"), params.Get("severity"), runners, &chosen);
  if (!linted.error.empty()) return refuse(linted.error);

  auto& rows = linted.findings;
  std::stable_sort(rows.begin(), rows.end(), [](const PkimetalFinding& a, const PkimetalFinding& b) {
    if (a.linter != b.linter) return a.linter < b.linter;
    if (a.severity != b.severity) return a.severity > b.severity;
    return a.finding < b.finding;
  });
  rows.insert(rows.begin(), {kLinter, "Profile: " + chosen + "; Version: cair " CAIR_VERSION, "", "", PkimetalSeverity::kMeta});
  rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const PkimetalFinding& f) { return f.severity < *least; }),
             rows.end());
  Send(res, format, rows);
}

// GET on a lint endpoint: a form that posts to it.
std::string FormPage(const Endpoint& ep) {
  std::string p = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>cair: lint ";
  p += HtmlEscape(ep.object);
  p += "</title></head>\n<body>\n<h1>Lint " + HtmlEscape(ep.object) + "</h1>\n<form method=\"post\" action=\"";
  p += std::string(ep.path) + "\">\n<p><label>PEM or base64<br><textarea name=\"b64input\" rows=\"16\" cols=\"72\" required></textarea></label></p>\n";
  p += "<p><label>Profile <select name=\"profile\">";
  for (const auto& prof : PkimetalProfiles())
    p += "<option value=\"" + std::string(prof.name) + "\">" + prof.name + "</option>";
  p += "</select></label>\n<label>Least severity <select name=\"severity\">";
  for (const char* s : StatusSeverityNames) p += std::string("<option>") + s + "</option>";
  p += "</select></label>\n<label>Format <select name=\"format\"><option>html</option><option>json</option><option>text</option>"
       "</select></label>\n<button type=\"submit\">Lint</button></p>\n</form>\n</body></html>\n";
  return p;
}

}  // namespace

const char* PkimetalSeverityName(PkimetalSeverity s) { return StatusSeverityNames[static_cast<int>(s)]; }

std::optional<PkimetalSeverity> ParsePkimetalSeverity(std::string_view s) {
  if (s.empty()) return PkimetalSeverity::kMeta;
  for (int i = 0; i < 8; ++i)
    if (s == StatusSeverityNames[i]) return static_cast<PkimetalSeverity>(i);
  return std::nullopt;
}

std::optional<PkimetalSeverity> SeverityOfStatus(lint::Status s) {
  switch (s) {
    case lint::Status::kInfo: return PkimetalSeverity::kNotice;
    case lint::Status::kWarn: return PkimetalSeverity::kWarning;
    case lint::Status::kError: return PkimetalSeverity::kError;
    case lint::Status::kFatal: return PkimetalSeverity::kFatal;
    default: return std::nullopt;
  }
}

std::optional<PkimetalFinding> FindingOf(const lint::Metadata& m, const lint::Result& r) {
  auto severity = SeverityOfStatus(r.status);
  if (!severity) return std::nullopt;
  std::string finding(m.description);
  if (!r.details.empty()) {
    if (!finding.empty() && finding.back() == '.') finding.pop_back();  // "Rule: details", not "Rule.: details"
    finding += ": " + r.details;
  }
  std::string peers;
  for (const auto& p : lint::PeerCodes(m))
    if (!p.linter.empty()) peers += (peers.empty() ? "" : "; ") + std::string(p.linter) + " " + std::string(p.code);
  if (!peers.empty()) finding += " [same rule: " + peers + "]";
  return PkimetalFinding{kLinter, std::move(finding), "", std::string(m.name), *severity};
}

const std::vector<PkimetalProfile>& PkimetalProfiles() {
  static const std::vector<PkimetalProfile> kProfiles = [] {
    std::vector<PkimetalProfile> v;
    for (const auto& r : kProfileRows) v.push_back({r.name, r.source, r.description, Family(r.family), r.declared_type});
    return v;
  }();
  return kProfiles;
}

const PkimetalProfile* FindPkimetalProfile(std::string_view name) {
  for (const auto& p : PkimetalProfiles())
    if (name == p.name) return &p;
  return nullptr;
}

const char* DetectCertificateProfile(const x509::Certificate& c) {
  // Root: self-signed, and a CA unless it is a v1/v2 certificate.
  if ((c.IsCa() || c.version < 2) && c.IsSelfSigned()) return "rfc5280_root";
  const auto& eku = c.ext_key_usage;
  // S/MIME BR policy OIDs: 2.23.140.1.5.{1 mailbox, 2 organization, 3 sponsor, 4 individual}.{1 legacy, 2 multipurpose, 3 strict}.
  static const uint8_t kSmimeArc[] = {0x67, 0x81, 0x0c, 0x01, 0x05};
  auto smime = [](der::Input p) {
    return p.size() >= sizeof kSmimeArc && std::equal(kSmimeArc, kSmimeArc + sizeof kSmimeArc, p.data());
  };
  if (c.IsCa()) {
    if (eku.Has(oid::kEkuPrecertSigning)) return "tbr_subordinate_precertsigning";
    for (const auto& p : c.policies.policies) {
      if (p.oid == oid::kBrDomainValidated || p.oid == oid::kBrOrganizationValidated || p.oid == oid::kBrIndividualValidated)
        return "tbr_subordinate_tlsserver";
      if (p.oid == oid::kBrExtendedValidation) return "tevg_subordinate_tlsserver";
      if (smime(p.oid)) return "sbr_subordinate_smime";
      if (p.oid == oid::kCabfCodeSigningOv || p.oid == oid::kCabfCodeSigningEv) return "csbr_subordinate_codesigning";
      if (p.oid == oid::kCabfCodeSigningTimestamp) return "csbr_subordinate_timestamping";
    }
    return "rfc5280_subordinate";
  }
  const bool pre = c.ct_poison;
  for (const auto& p : c.policies.policies) {
    if (p.oid == oid::kBrDomainValidated) return pre ? "tbr_leaf_tlsserver_dv_precertificate" : "tbr_leaf_tlsserver_dv";
    if (p.oid == oid::kBrOrganizationValidated) return pre ? "tbr_leaf_tlsserver_ov_precertificate" : "tbr_leaf_tlsserver_ov";
    if (p.oid == oid::kBrIndividualValidated) return pre ? "tbr_leaf_tlsserver_iv_precertificate" : "tbr_leaf_tlsserver_iv";
    if (p.oid == oid::kBrExtendedValidation) return pre ? "tevg_leaf_tlsserver_ev_precertificate" : "tevg_leaf_tlsserver_ev";
    if (smime(p.oid) && p.oid.size() == 7) {
      static const char* const kSmime[4][3] = {
          {"sbr_leaf_smime_mv_legacy", "sbr_leaf_smime_mv_multipurpose", "sbr_leaf_smime_mv_strict"},
          {"sbr_leaf_smime_ov_legacy", "sbr_leaf_smime_ov_multipurpose", "sbr_leaf_smime_ov_strict"},
          {"sbr_leaf_smime_sv_legacy", "sbr_leaf_smime_sv_multipurpose", "sbr_leaf_smime_sv_strict"},
          {"sbr_leaf_smime_iv_legacy", "sbr_leaf_smime_iv_multipurpose", "sbr_leaf_smime_iv_strict"}};
      const unsigned kind = p.oid.data()[5], generation = p.oid.data()[6];
      if (kind >= 1 && kind <= 4 && generation >= 1 && generation <= 3) return kSmime[kind - 1][generation - 1];
    }
    if (p.oid == oid::kCabfCodeSigningOv) return "csbr_leaf_codesigning_ov";
    if (p.oid == oid::kCabfCodeSigningEv) return "csbr_leaf_codesigning_ev";
    if (p.oid == oid::kCabfCodeSigningTimestamp) return "csbr_leaf_timestamping";
  }
  if (eku.Has(oid::kEkuServerAuth) || eku.Has(oid::kEkuMsServerGatedCrypto) || eku.Has(oid::kEkuNsServerGatedCrypto))
    return "rfc5280_leaf_tlsserver";
  if (eku.Has(oid::kEkuEmailProtection)) return "rfc5280_leaf_smime";
  if (eku.Has(oid::kEkuCodeSigning)) return "rfc5280_leaf_codesigning";
  if (eku.Has(oid::kEkuTimeStamping)) return "rfc5280_leaf_timestamping";
  if (eku.Has(oid::kEkuOcspSigning)) return "rfc5280_leaf_ocspsigning";
  // Document signing: id-kp-documentSigning (RFC 9336), Microsoft's, Adobe's.
  static const uint8_t kDocumentSigning[] = {0x2b, 0x06, 0x01, 0x05, 0x05, 0x07, 0x03, 0x24};       // 1.3.6.1.5.5.7.3.36
  static const uint8_t kAdobeDocuments[] = {0x2a, 0x86, 0x48, 0x86, 0xf7, 0x2f, 0x01, 0x01, 0x05};  // 1.2.840.113583.1.1.5
  if (eku.Has(der::Input(kDocumentSigning, sizeof kDocumentSigning)) || eku.Has(oid::kEkuMsDocumentSigning) ||
      eku.Has(der::Input(kAdobeDocuments, sizeof kAdobeDocuments)))
    return "rfc5280_leaf_documentsigning";
  if (eku.Has(oid::kEkuClientAuth)) return "rfc5280_leaf_tlsclient";
  return "rfc5280_leaf";
}

std::optional<std::string> WrapTbsCrl(std::string_view tbs) {
  auto el = WholeSequence(tbs);
  if (!el) return std::nullopt;
  // TBSCertList: version INTEGER OPTIONAL, signature AlgorithmIdentifier, ...
  der::Parser p(el->value);
  p.Optional(der::kInteger);
  auto alg = p.Expect(der::kSequence);
  if (!alg) return std::nullopt;
  return Tlv(0x30, std::string(tbs) + alg->full.AsString() + Tlv(0x03, std::string(1, '\0')));
}

std::optional<std::string> WrapTbsOcsp(std::string_view tbs) {
  if (!WholeSequence(tbs)) return std::nullopt;
  static const char kSha256WithRsa[] = "\x30\x0d\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x01\x0b\x05\x00";
  static const char kOcspBasic[] = "\x2b\x06\x01\x05\x05\x07\x30\x01\x01";  // 1.3.6.1.5.5.7.48.1.1
  const std::string basic =
      Tlv(0x30, std::string(tbs) + std::string(kSha256WithRsa, sizeof kSha256WithRsa - 1) + Tlv(0x03, std::string(1, '\0')));
  const std::string response_bytes =
      Tlv(0x30, Tlv(0x06, std::string(kOcspBasic, sizeof kOcspBasic - 1)) + Tlv(0x04, basic));
  return Tlv(0x30, Tlv(0x0a, std::string(1, '\0')) + Tlv(0xa0, response_bytes));
}

std::string PkimetalJson(const std::vector<PkimetalFinding>& findings) {
  Json a = Json::array();
  for (const auto& f : findings) {
    Json row;
    row["Linter"] = f.linter;
    row["Finding"] = f.finding;
    if (!f.field.empty()) row["Field"] = f.field;
    if (!f.code.empty()) row["Code"] = f.code;
    row["Severity"] = PkimetalSeverityName(f.severity);
    a.push_back(std::move(row));
  }
  return a.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
}

std::string PkimetalText(const std::vector<PkimetalFinding>& findings) {
  auto one_line = [](std::string s) {
    for (char& ch : s)
      if (ch == '\n' || ch == '\r' || ch == '\t') ch = ' ';
    return s;
  };
  std::string out;
  for (const auto& f : findings) {
    std::string severity = PkimetalSeverityName(f.severity);
    for (char& ch : severity) ch = static_cast<char>(std::toupper(static_cast<unsigned char>(ch)));
    out += one_line(f.linter) + "\t" + severity + "\t" + one_line(f.finding);
    if (!f.field.empty()) out += " [" + one_line(f.field) + "]";
    out += "\n";
  }
  return out;
}

std::string PkimetalHtml(const std::vector<PkimetalFinding>& findings) {
  std::string out =
      "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>cair: findings</title>\n<style>"
      "table{border-collapse:collapse;font-family:sans-serif}td,th{padding:3px 10px;text-align:left}"
      ".meta{color:#055}.debug{color:#999}.info{color:#333}.notice{background:#ffd}.warning{background:#fed;color:#a50}"
      ".error{background:#fdd;color:#b00;font-weight:bold}.bug,.fatal{background:#00a;color:#fff;font-weight:bold}"
      "</style></head>\n<body>\n<table>\n<tr><th>Linter</th><th>Severity</th><th>Finding</th><th>Field</th><th>Code</th></tr>\n";
  if (findings.empty()) out += "<tr><td colspan=\"5\">No findings</td></tr>\n";
  for (const auto& f : findings) {
    const std::string severity = PkimetalSeverityName(f.severity);
    out += "<tr class=\"" + severity + "\"><td>" + HtmlEscape(f.linter) + "</td><td>" + severity + "</td><td>" +
           HtmlEscape(f.finding) + "</td><td>" + HtmlEscape(f.field) + "</td><td>" + HtmlEscape(f.code) + "</td></tr>\n";
  }
  return out + "</table>\n</body></html>\n";
}

PkimetalRunners::PkimetalRunners(const lint::Runner& base, const lint::Config& config)
    : base_(base), config_(config.Clone()) {}
PkimetalRunners::~PkimetalRunners() = default;

const lint::Runner& PkimetalRunners::For(const PkimetalProfile& profile) {
  if (!profile.declared_type) return base_;
  std::lock_guard<std::mutex> lock(mu_);
  std::unique_ptr<lint::Runner>& r = declared_[profile.declared_type];
  if (!r) {
    lint::Config config = config_.Clone();
    config.SetString(lints::br_profile::kDeclaredTypeSection, lints::br_profile::kDeclaredTypeKey, profile.declared_type);
    r = std::make_unique<lint::Runner>(lint::Registry::Global(), lint::Filter{}, config);
  }
  return *r;
}

void RegisterPkimetalRoutes(Transport& http, PkimetalRunners& runners) {
  const lint::Runner& runner = runners.base();
  for (const Endpoint& ep : kEndpoints) {
    http.Post(ep.path, [&ep, &runners](const httplib::Request& req, httplib::Response& res) { Lint(ep, runners, req, res); });
    http.Get(ep.path, [&ep](const httplib::Request&, httplib::Response& res) {
      res.set_content(FormPage(ep), "text/html; charset=utf-8");
    });
  }
  http.Get("/linters", [&runner](const httplib::Request&, httplib::Response& res) {
    const size_t lints = runner.certificate_lints().size() + runner.crl_lints().size() + runner.ocsp_lints().size();
    // One in-process instance, run on every worker thread.
    Json a = Json::array({Json{{"Name", kLinter}, {"Instances", 1}, {"Version", CAIR_VERSION}, {"Url", ""}, {"Lints", lints}}});
    res.set_header("Access-Control-Allow-Origin", "*");
    res.set_content(a.dump() + "\n", "application/json; charset=UTF-8");
  });
  http.Get("/profiles", [](const httplib::Request&, httplib::Response& res) {
    Json a = Json::array();
    for (const auto& p : PkimetalProfiles()) {
      Json sources = Json::array();
      for (Source s : p.sources) sources.push_back(lint::SourceName(s));
      a.push_back({{"Name", p.name}, {"Source", p.source}, {"Description", p.description}, {"Linters", Json::array({kLinter})},
                   {"LintSources", std::move(sources)}});
    }
    res.set_header("Access-Control-Allow-Origin", "*");
    res.set_content(a.dump() + "\n", "application/json; charset=UTF-8");
  });
}

}  // namespace cair::server
