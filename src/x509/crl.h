// File: x509/crl.h
// CertificateList (RFC 5280 5.1) as views into caller-owned DER.
#ifndef CAIR_X509_CRL_H_
#define CAIR_X509_CRL_H_

#include <vector>

#include "x509/certificate.h"

namespace cair::x509 {

//   revokedCertificates SEQUENCE OF SEQUENCE {
//        userCertificate         CertificateSerialNumber,
//        revocationDate          Time,
//        crlEntryExtensions      Extensions OPTIONAL }
struct RevokedCertificate {
  der::Input full;
  der::Input serial;
  CertTime revocation_date;
  bool has_extensions = false;
  bool extensions_ok = true;
  std::vector<Extension> extensions;
  // CRLReason from the reasonCode entry extension (RFC 5280 5.3.1), -1 if absent.
  int reason_code = -1;
  bool reason_ok = true;  // reasonCode present but not a one-byte ENUMERATED
};

//   TBSCertList ::= SEQUENCE {
//        version                 Version OPTIONAL, -- if present, MUST be v2
//        signature               AlgorithmIdentifier,
//        issuer                  Name,
//        thisUpdate              Time,
//        nextUpdate              Time OPTIONAL,
//        revokedCertificates     SEQUENCE OF ... OPTIONAL,
//        crlExtensions           [0] EXPLICIT Extensions OPTIONAL }
struct Crl {
  der::Input raw;
  der::Input tbs;
  AlgorithmIdentifier signature_algorithm;
  der::BitString signature_value;
  bool version_encoded = false;
  int64_t version = 0;
  AlgorithmIdentifier tbs_signature;
  Name issuer;
  CertTime this_update;
  bool has_next_update = false;
  CertTime next_update;
  bool has_revoked_field = false;  // the SEQUENCE is present (even if empty)
  std::vector<RevokedCertificate> revoked;
  bool has_extensions_field = false;
  bool extensions_ok = true;
  std::vector<Extension> extensions;
  Diagnostics diagnostics;
  bool parsed = false;

  bool ok() const { return parsed; }
  const Extension* FindExtension(der::Input oid) const;
};

Crl ParseCrl(der::Input der);

}  // namespace cair::x509

#endif  // CAIR_X509_CRL_H_
