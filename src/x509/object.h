// File: x509/object.h
// Reads one DER object whose type is not known in advance, in zlint's order:
// certificate, then CRL, then OCSP response. A SEQUENCE whose first element
// is a version tag or an INTEGER is an unsigned TBSCertificate.
#ifndef CAIR_X509_OBJECT_H_
#define CAIR_X509_OBJECT_H_

#include <string>
#include <string_view>

#include "x509/certificate.h"
#include "x509/crl.h"
#include "x509/ocsp.h"

namespace cair::x509 {

enum class ParsedKind { kNone, kCertificate, kCrl, kOcspResponse };

struct ParsedObject {
  ParsedKind kind = ParsedKind::kNone;
  Certificate cert;  // also TBS-only and precertificates
  Crl crl;
  OcspResponse ocsp;
  std::string error;  // when kind == kNone: why nothing parsed
};

// `pem_label` ("CERTIFICATE", "X509 CRL", ...) picks the first type tried;
// "" tries all in zlint's order. The result aliases `der`.
ParsedObject ParseObject(der::Input der, std::string_view pem_label = "");

}  // namespace cair::x509

#endif  // CAIR_X509_OBJECT_H_
