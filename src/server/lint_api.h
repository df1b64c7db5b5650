// File: server/lint_api.h
// The request-independent half of `cair serve`'s lint and gate endpoints:
// reading a request body into one DER object (by Content-Type or a `format`
// parameter), zlint's JSON result map with a verdict summary, and the
// precertificate / final-certificate correspondence check (RFC 6962 3.1, as
// Boulder checks it before signing the final certificate).
#ifndef CAIR_SERVER_LINT_API_H_
#define CAIR_SERVER_LINT_API_H_

#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "lint/lint.h"
#include "x509/certificate.h"
#include "x509/input.h"

namespace cair::server {

// An HTTP-level failure: status code (4xx) and a message naming the input,
// the field and the reason.
struct Failure {
  int status = 400;
  std::string message;
};

// How a body is to be read: from the `format` parameter (pem, der, base64)
// when given, else from the Content-Type:
//   application/pkix-cert, application/pkix-crl, application/octet-stream,
//   application/pkix-tbs (cair's own)      -> DER
//   application/x-pem-file, application/pem-certificate-chain -> PEM
//   text/plain                              -> base64 (PEM when it holds a PEM block)
// Anything else is refused with 415, naming what is accepted.
std::optional<x509::InputFormat> BodyFormat(const std::string& content_type, const std::string& format_param,
                                            Failure* failure);

// Decodes `body` into exactly `want` DER objects (1 for /v1/lint, 2 for a
// PEM pair). Empty bodies, bad base64, PEM without a block and a wrong
// number of objects are failures (400).
std::optional<std::vector<x509::DerObject>> DecodeBody(const std::string& body, x509::InputFormat format, size_t want,
                                                       Failure* failure);

// zlint's JSON: every lint name (sorted, as the runner orders them) to
// {"result", "details"?}; the same map `cair lint` prints.
nlohmann::ordered_json ResultMap(const std::vector<lint::Result>& results, const std::vector<const lint::Metadata*>& metas);

// The verdict summary beside it: counts per result, the worst result, and
// the names of the error and fatal lints ("verdict": "error" when any lint
// answered error or fatal, "warn" when the worst is warn, else "pass").
nlohmann::ordered_json Summary(const std::vector<lint::Result>& results, const std::vector<const lint::Metadata*>& metas);

// "certificate", "precertificate" or "tbsCertificate".
const char* KindName(const x509::Certificate& c);

// RFC 6962 3.1: the final certificate's TBSCertificate is the
// precertificate's with the poison extension removed and the SCT list added;
// everything else (each field before the extensions, every other extension,
// their order) identical. corpus::TbsKey hashes the same view.
struct PairDifference {
  std::string field;   // "serialNumber", "extension 2.5.29.17", "extensions order", "ct_poison", ...
  std::string detail;  // what differs, with both values where short enough
};
struct PairCheck {
  bool match = false;
  std::vector<PairDifference> differences;
  std::vector<std::string> notes;  // not mismatches (e.g. the final certificate carries no SCT list)
};
PairCheck ComparePrecertificate(const x509::Certificate& precert, const x509::Certificate& final_cert);

// Hex text (colons, spaces allowed) to upper-case hex without separators;
// nullopt when not hexadecimal or of odd length.
std::optional<std::string> NormalizeHex(const std::string& text);

}  // namespace cair::server

#endif  // CAIR_SERVER_LINT_API_H_
