// File: lints/util/br_ext_zcrypto.h
// How zcrypto's parsed certificate presents some extensions, for the CA/B
// Forum BR extension lints, so that applicability and verdicts agree with
// zlint's:
//   - a per-OID extension look-up returns the LAST extension with that OID
//     (zcrypto's ExtensionsMap keeps the last one written);
//   - ExtKeyUsage holds only the purposes zcrypto has a name for (its
//     generated EKU table), UnknownExtKeyUsage the rest, both collected from
//     every extKeyUsage extension in order;
//   - OCSPServer / IssuingCertificateURL are the accessLocations with tag
//     number 6 of the id-ad-ocsp / id-ad-caIssuers descriptions of every AIA
//     extension, in order;
//   - CRLDistributionPoints are the tag-6 names of every distribution point's
//     fullName, from every cRLDistributionPoints extension;
//   - PolicyIdentifiers, QualifierId and CPSuri come from the LAST
//     certificatePolicies extension (each one overwrites the previous).
#ifndef CAIR_LINTS_UTIL_BR_EXT_ZCRYPTO_H_
#define CAIR_LINTS_UTIL_BR_EXT_ZCRYPTO_H_

#include <string_view>

#include "der/input.h"
#include "x509/certificate.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util {

// The last extension with `oid`, or nullptr.
const x509::Extension* BrExtLastExtension(const x509::Certificate& c, der::Input oid);

// True if `oid` is one of the extended key purposes zcrypto names.
bool BrExtIsKnownEku(der::Input oid);

// Calls f(der::Input purpose) for every KeyPurposeId of every extKeyUsage
// extension, in certificate order. Stops early when f returns false.
template <typename F>
void BrExtForEachEku(const x509::Certificate& c, F&& f) {
  if (c.CountExtension(oid::kExtKeyUsage) <= 1) {
    for (der::Input p : c.ext_key_usage.purposes)
      if (!f(p)) return;
    return;
  }
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kExtKeyUsage) continue;
    const x509::ExtKeyUsage eku = x509::ParseExtKeyUsage(e);
    for (der::Input p : eku.purposes)
      if (!f(p)) return;
  }
}

// Counts of zcrypto's ExtKeyUsage (known) and UnknownExtKeyUsage entries.
struct BrExtEkuCounts {
  size_t known = 0;
  size_t unknown = 0;
};
BrExtEkuCounts BrExtCountEkus(const x509::Certificate& c);
// zcrypto's HasEKU: `purpose` (a named one) is among the EKU values.
bool BrExtHasEku(const x509::Certificate& c, der::Input purpose);

// Calls f(const x509::AccessDescription&) for every AccessDescription of
// every AIA extension, in certificate order. Stops early when f returns false.
template <typename F>
void BrExtForEachAiaDescription(const x509::Certificate& c, F&& f) {
  if (c.CountExtension(oid::kAuthorityInfoAccess) <= 1) {
    for (const x509::AccessDescription& d : c.aia.descriptions)
      if (!f(d)) return;
    return;
  }
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kAuthorityInfoAccess) continue;
    const x509::InfoAccess ia = x509::ParseInfoAccess(e);
    for (const x509::AccessDescription& d : ia.descriptions)
      if (!f(d)) return;
  }
}

// Calls f(std::string_view url) for each entry of zcrypto's OCSPServer
// (method == oid::kAdOcsp) or IssuingCertificateURL (oid::kAdCaIssuers).
// Stops early when f returns false.
template <typename F>
void BrExtForEachAiaUrl(const x509::Certificate& c, der::Input method, F&& f) {
  BrExtForEachAiaDescription(c, [&](const x509::AccessDescription& d) {
    if (d.location.tag.number != 6 || d.method != method) return true;
    return static_cast<bool>(f(d.location.value.AsStringView()));
  });
}
bool BrExtHasAiaUrl(const x509::Certificate& c, der::Input method);

// Calls f(std::string_view url) for each entry of zcrypto's
// CRLDistributionPoints. Stops early when f returns false.
template <typename F>
void BrExtForEachCrlUrl(const x509::Certificate& c, F&& f) {
  auto visit = [&](const x509::CrlDistributionPoints& cdp) {
    for (const x509::DistributionPoint& dp : cdp.points) {
      if (!dp.has_name || !dp.name_is_full) continue;
      for (const x509::GeneralName& g : dp.full_name.names)
        if (g.tag.number == 6 && !f(g.value.AsStringView())) return false;
    }
    return true;
  };
  if (c.CountExtension(oid::kCrlDistributionPoints) <= 1) {
    visit(c.crl_dp);
    return;
  }
  for (const x509::Extension& e : c.extensions) {
    if (e.oid != oid::kCrlDistributionPoints) continue;
    if (!visit(x509::ParseCrlDistributionPoints(e))) return;
  }
}

// zcrypto's KeyUsage: the last keyUsage extension's bits (none when absent).
x509::KeyUsage BrExtKeyUsage(const x509::Certificate& c);
// True if any of the nine named KeyUsage bits other than `except` is set
// (pass except = -1 to test all of them).
bool BrExtAnyKeyUsageBit(const x509::KeyUsage& ku, int except = -1);

// True if `name` has an attribute of type `oid` whose value zcrypto reads as
// a Go string (universal PrintableString, NumericString, IA5String,
// TeletexString, UTF8String or BMPString): a non-empty pkix.Name slice.
bool BrExtHasStringAttribute(const x509::Name& name, der::Input oid);

// The certificatePolicies zcrypto reports (the last such extension's);
// empty when there is none.
const x509::CertificatePolicies& BrExtPolicies(const x509::Certificate& c);

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_BR_EXT_ZCRYPTO_H_
