// File: server/pkimetal_api.h
// pkimetal's REST API on `cair serve` (issue 14 item 4), so that clients of
// pkimetal (crt.sh's on-demand linting among them) can point at cair
// unchanged:
//   POST /lintcert, /linttbscert, /lintcrl, /linttbscrl, /lintocsp, /linttbsocsp
//        form fields (application/x-www-form-urlencoded) b64input, or the
//        endpoint's own name (b64cert, b64tbscert, b64crl, b64tbscrl, b64ocsp,
//        b64tbsocsp), holding PEM or base64; or the DER itself as the body
//        (application/pkix-cert on /lintcert, application/pkix-crl on
//        /lintcrl, application/ocsp-response on /lintocsp,
//        application/octet-stream on the tbs endpoints), the other fields then
//        in the query string.
//        format  json (default) | text | html, else from an Accept header of
//                exactly application/json, text/plain or text/html
//        profile autodetect (default) or a name from GET /profiles; the
//                tbr_cross_* ones also declare the certificate type, so
//                that the cross-certificate lints (BRs 7.1.2.2) apply
//        severity the least severity reported: meta (default), debug, info,
//                notice, warning, error, bug, fatal
//   GET  /linters, /profiles   JSON arrays, as pkimetal's
//   GET  /lintcert, ...        an HTML form posting to the endpoint
// The answer is pkimetal's: HTTP 200 with [{"Linter", "Finding", "Field"?,
// "Code"?, "Severity"}] (text: one tab-separated line per finding; html: a
// table), the first row a "meta" one naming the profile and cair's version.
// A request pkimetal answers with a finding rather than an HTTP error (empty
// body, unreadable input, unknown profile or severity) gets the same: status
// 200 and one "fatal" finding saying what was wrong. An unknown format is a
// 400; a body over --max-body a 413 (the transport's).
//
// How cair's results become pkimetal's rows: Linter "cair"; Code the lint's
// name; Finding its description, then ": details" when the lint gave any, then
// the same rule's code in pkilint/certlint/x509lint when its metadata records
// one (never as rows under those linters' names: they did not run);
// Severity info -> notice, warn -> warning, error -> error, fatal -> fatal
// (pass, NA and NE are not findings). The parser's diagnostics are rows too,
// with the ASN.1 path as Field and the diagnostic's id as Code.
#ifndef CAIR_SERVER_PKIMETAL_API_H_
#define CAIR_SERVER_PKIMETAL_API_H_

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "lint/config.h"
#include "lint/lint.h"
#include "lint/runner.h"
#include "server/transport.h"
#include "x509/certificate.h"

namespace cair::server {

// pkimetal's severities, least first; a finding is reported when its level
// is at least the requested one.
enum class PkimetalSeverity { kMeta, kDebug, kInfo, kNotice, kWarning, kError, kBug, kFatal };
const char* PkimetalSeverityName(PkimetalSeverity s);
// "" is meta (the default); nullopt for anything else (the names are exact).
std::optional<PkimetalSeverity> ParsePkimetalSeverity(std::string_view s);
// nullopt for pass, NA and NE.
std::optional<PkimetalSeverity> SeverityOfStatus(lint::Status s);

struct PkimetalFinding {
  std::string linter, finding, field, code;
  PkimetalSeverity severity = PkimetalSeverity::kMeta;
};

// One lint result as pkimetal's row (see above); nullopt when it is not a
// finding (pass, NA, NE).
std::optional<PkimetalFinding> FindingOf(const lint::Metadata& m, const lint::Result& r);

// pkimetal's profile names and what each selects of cair's catalogue.
struct PkimetalProfile {
  const char* name;
  const char* source;       // the requirements it comes from
  const char* description;  // cair's words
  // The requirement bodies whose lints report under this profile (empty:
  // every lint, each deciding its own applicability, as `cair lint` does).
  std::vector<lint::Source> sources;
  // The certificate type the profile declares ([cair] certificate_type,
  // lints/util/br_declared_type.h): "cross-internal", ... for the four
  // tbr_cross_* profiles, which a certificate alone cannot be told to be;
  // nullptr for every other profile.
  const char* declared_type = nullptr;
};
const std::vector<PkimetalProfile>& PkimetalProfiles();
const PkimetalProfile* FindPkimetalProfile(std::string_view name);

// The profile autodetect picks, by the rules pkimetal applies without its
// CCADB data: root or CA; the precertificate-signing EKU; the CA/B Forum
// policy OIDs (TLS DV/OV/IV/EV, S/MIME, code signing, time stamping);
// the precertificate poison; else the EKUs (rfc5280_*). ETSI and BIMI
// profiles are never detected: name them.
const char* DetectCertificateProfile(const x509::Certificate& c);

// Wraps an unsigned TBSCertList in a CertificateList with the algorithm its
// `signature` field names and an empty signature value, and an unsigned
// ResponseData in a successful OCSPResponse (id-pkix-ocsp-basic,
// sha256WithRSAEncryption, empty signature), as pkimetal lints them. nullopt
// when `tbs` is not a single DER SEQUENCE (for the CRL, one whose algorithm
// can be found).
std::optional<std::string> WrapTbsCrl(std::string_view tbs);
std::optional<std::string> WrapTbsOcsp(std::string_view tbs);

// The response bodies, per format.
std::string PkimetalJson(const std::vector<PkimetalFinding>& findings);
std::string PkimetalText(const std::vector<PkimetalFinding>& findings);
std::string PkimetalHtml(const std::vector<PkimetalFinding>& findings);

// The runners the lint endpoints use: `base` (every lint under the server's
// configuration, shared with /v1/lint) for every profile but those that
// declare a certificate type, each of which gets a runner of its own under a
// copy of the configuration with [cair] certificate_type set, made on the
// first request naming it. Thread-safe; `base` outlives it.
class PkimetalRunners {
 public:
  PkimetalRunners(const lint::Runner& base, const lint::Config& config);
  ~PkimetalRunners();
  const lint::Runner& base() const { return base_; }
  const lint::Runner& For(const PkimetalProfile& profile);

 private:
  const lint::Runner& base_;
  const lint::Config config_;
  std::mutex mu_;
  std::map<std::string, std::unique_ptr<lint::Runner>, std::less<>> declared_;
};

// Adds the routes above to `http`; `runners` outlives it.
void RegisterPkimetalRoutes(Transport& http, PkimetalRunners& runners);

}  // namespace cair::server

#endif  // CAIR_SERVER_PKIMETAL_API_H_
