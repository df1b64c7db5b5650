// File: lints/util/cert/class.h
// Certificate classification shared by lints, with zlint's meanings
// (zlint util/ca.go) so that applicability agrees with zlint's.
#ifndef CAIR_LINTS_UTIL_CERT_CLASS_H_
#define CAIR_LINTS_UTIL_CERT_CLASS_H_

#include "x509/certificate.h"

namespace cair::lints::util::cert {

// Issuer and subject are byte-identical and the signature verifies with the
// certificate's own key (zcrypto's SelfSigned). TBS-only input: names equal.
bool IsSelfSigned(const x509::Certificate& c);
inline bool IsCaCert(const x509::Certificate& c) { return c.IsCa(); }
inline bool IsRootCa(const x509::Certificate& c) { return c.IsCa() && IsSelfSigned(c); }
inline bool IsSubCa(const x509::Certificate& c) { return c.IsCa() && !IsSelfSigned(c); }
// Not a CA and not self-signed.
inline bool IsSubscriberCert(const x509::Certificate& c) { return !c.IsCa() && !IsSelfSigned(c); }

}  // namespace cair::lints::util::cert

#endif  // CAIR_LINTS_UTIL_CERT_CLASS_H_
