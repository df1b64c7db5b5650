#include "x509/object.h"

namespace cair::x509 {

namespace {
bool LooksLikeTbs(der::Input in) {
  auto outer = der::ReadElement(in);
  if (!outer || outer->tag != der::kSequence) return false;
  auto first = der::ReadElement(outer->value);
  return first && (first->tag == der::ContextConstructed(0) || first->tag == der::kInteger);
}

bool LooksLikeCrl(const Crl& c) { return c.ok(); }
}  // namespace

ParsedObject ParseObject(der::Input der, std::string_view label) {
  const bool crl_first = label == "X509 CRL";
  // The certificate is parsed straight into its member (a prvalue
  // initialiser), and `o` is the one object returned: no Certificate is
  // moved or destroyed on the way out (a scan's hot path).
  ParsedObject o{ParsedKind::kNone,
                 crl_first ? Certificate{} : LooksLikeTbs(der) ? ParseTbsCertificate(der) : ParseCertificate(der),
                 Crl{}, OcspResponse{}, std::string{}};
  if (!crl_first) {
    if (o.cert.ok()) {
      o.kind = ParsedKind::kCertificate;
      return o;
    }
  }
  o.crl = ParseCrl(der);
  if (LooksLikeCrl(o.crl)) {
    o.kind = ParsedKind::kCrl;
    return o;
  }
  o.ocsp = ParseOcspResponse(der);
  if (o.ocsp.ok() && o.ocsp.has_basic) {
    o.kind = ParsedKind::kOcspResponse;
    return o;
  }
  if (crl_first) {
    o.cert = ParseCertificate(der);
    if (o.cert.ok()) {
      o.kind = ParsedKind::kCertificate;
      return o;
    }
    o.error = "not a CRL: " + o.crl.diagnostics.Summary();
  } else {
    o.error = "not a certificate: " + o.cert.diagnostics.Summary();
  }
  return o;
}

}  // namespace cair::x509
