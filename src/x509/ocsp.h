// File: x509/ocsp.h
// OCSPResponse with a BasicOCSPResponse (RFC 6960 4.2.1), as views.
#ifndef CAIR_X509_OCSP_H_
#define CAIR_X509_OCSP_H_

#include <vector>

#include "x509/certificate.h"

namespace cair::x509 {

//   SingleResponse ::= SEQUENCE {
//      certID                       CertID,
//      certStatus                   CertStatus,
//      thisUpdate                   GeneralizedTime,
//      nextUpdate         [0]       EXPLICIT GeneralizedTime OPTIONAL,
//      singleExtensions   [1]       EXPLICIT Extensions OPTIONAL }
struct SingleResponse {
  der::Input cert_id;
  der::Tag cert_status;
  CertTime this_update;
  bool has_next_update = false;
  CertTime next_update;
};

struct OcspResponse {
  der::Input raw;
  int64_t response_status = -1;
  bool has_basic = false;
  // ResponseData
  CertTime produced_at;
  std::vector<SingleResponse> responses;
  AlgorithmIdentifier signature_algorithm;
  Diagnostics diagnostics;
  bool parsed = false;
  bool ok() const { return parsed; }
};

OcspResponse ParseOcspResponse(der::Input der);

}  // namespace cair::x509

#endif  // CAIR_X509_OCSP_H_
