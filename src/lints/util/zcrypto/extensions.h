// File: lints/util/zcrypto/extensions.h
// The extensions of a certificate as zcrypto (the parser behind zlint)
// presents them, rebuilt from cair's raw views so that the lints'
// applicability and verdicts agree with zlint's:
//   - a per-OID extension look-up returns the LAST extension with that OID
//     (zcrypto's ExtensionsMap keeps the last one written): `LastExtension`;
//   - ExtKeyUsage holds only the purposes zcrypto has a name for (its
//     generated EKU table), UnknownExtKeyUsage the rest, both collected from
//     every extKeyUsage extension in order;
//   - OCSPServer / IssuingCertificateURL are the accessLocations with tag
//     number 6 of the id-ad-ocsp / id-ad-caIssuers descriptions of every AIA
//     extension, in order;
//   - CRLDistributionPoints are the tag-6 names of every distribution point's
//     fullName, from every cRLDistributionPoints extension;
//   - PolicyIdentifiers, QualifierId, CPSuri and the user notices come from
//     the LAST certificatePolicies extension (each one overwrites the
//     previous); name-constraint subtrees are gathered from every extension;
//   - BasicConstraintsValid / IsCA / MaxPathLen come from the last
//     basicConstraints extension that decodes under Go's strict reader
//     (zcrypto/reader.h); an undecodable one leaves the previous values.
// The key usage is in zcrypto/keys.h.
#ifndef CAIR_LINTS_UTIL_ZCRYPTO_EXTENSIONS_H_
#define CAIR_LINTS_UTIL_ZCRYPTO_EXTENSIONS_H_

#include <optional>
#include <string_view>
#include <type_traits>
#include <utility>
#include <vector>

#include "der/input.h"
#include "der/parser.h"
#include "lints/util/subject/values.h"
#include "x509/certificate.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util::zcrypto {

// The last extension with `oid`, or nullptr.
inline const x509::Extension* LastExtension(const x509::Certificate& c, der::Input oid) {
  return c.LastExtension(oid);
}

// True if `oid` is one of the extended key purposes zcrypto names.
bool IsKnownEku(der::Input oid);

// Calls f(der::Input purpose) for every KeyPurposeId of every extKeyUsage
// extension, in certificate order. When f returns a bool, false stops the walk.
template <typename F>
void ForEachEku(const x509::Certificate& c, F&& f) {
  auto visit = [&](der::Input p) {
    if constexpr (std::is_void_v<std::invoke_result_t<F&, der::Input>>) {
      f(p);
      return true;
    } else {
      return static_cast<bool>(f(p));
    }
  };
  if (c.CountExtension(oid::kExtKeyUsage) <= 1) {
    for (der::Input p : c.ext_key_usage.purposes)
      if (!visit(p)) return;
    return;
  }
  for (const x509::Extension& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kExtKeyUsage)) continue;
    const x509::ExtKeyUsage eku = x509::ParseExtKeyUsage(e);
    for (der::Input p : eku.purposes)
      if (!visit(p)) return;
  }
}

// Counts of zcrypto's ExtKeyUsage (known) and UnknownExtKeyUsage entries.
struct EkuCounts {
  size_t known = 0;
  size_t unknown = 0;
};
EkuCounts CountEkus(const x509::Certificate& c);
// zcrypto's HasEKU: `purpose` (a named one) is among the EKU values.
bool HasEku(const x509::Certificate& c, der::Input purpose);

// Calls f(const x509::AccessDescription&) for every AccessDescription of
// every AIA extension, in certificate order. Stops early when f returns false.
template <typename F>
void ForEachAiaDescription(const x509::Certificate& c, F&& f) {
  if (c.CountExtension(oid::kAuthorityInfoAccess) <= 1) {
    for (const x509::AccessDescription& d : c.aia.descriptions)
      if (!f(d)) return;
    return;
  }
  for (const x509::Extension& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kAuthorityInfoAccess)) continue;
    const x509::InfoAccess ia = x509::ParseInfoAccess(e);
    for (const x509::AccessDescription& d : ia.descriptions)
      if (!f(d)) return;
  }
}

// Calls f(std::string_view url) for each entry of zcrypto's OCSPServer
// (method == oid::kAdOcsp) or IssuingCertificateURL (oid::kAdCaIssuers).
// Stops early when f returns false.
template <typename F>
void ForEachAiaUrl(const x509::Certificate& c, der::Input method, F&& f) {
  ForEachAiaDescription(c, [&](const x509::AccessDescription& d) {
    if (d.location.tag.number != 6 || d.method != method) return true;
    return static_cast<bool>(f(d.location.value.AsStringView()));
  });
}
bool HasAiaUrl(const x509::Certificate& c, der::Input method);

// Calls f(std::string_view url) for each entry of zcrypto's
// CRLDistributionPoints. Stops early when f returns false.
template <typename F>
void ForEachCrlUrl(const x509::Certificate& c, F&& f) {
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
    if (!subject::SameOid(e.oid, oid::kCrlDistributionPoints)) continue;
    if (!visit(x509::ParseCrlDistributionPoints(e))) return;
  }
}

// True if `name` has an attribute of type `oid` whose value zcrypto reads as
// a Go string (universal PrintableString, NumericString, IA5String,
// TeletexString, UTF8String or BMPString): a non-empty pkix.Name slice.
bool HasStringAttribute(const x509::Name& name, der::Input oid);

// The certificatePolicies zcrypto reports (the last such extension's);
// empty when there is none.
const x509::CertificatePolicies& Policies(const x509::Certificate& c);

// The policy OIDs of the last certificatePolicies extension (zcrypto's
// PolicyIdentifiers); calls f(der::Input oid) for each.
template <typename F>
void ForEachPolicyOid(const x509::Certificate& c, F&& f) {
  const x509::Extension* last = LastExtension(c, oid::kCertificatePolicies);
  if (last == nullptr) return;
  if (last == c.FindExtension(oid::kCertificatePolicies) && c.policies.present) {
    for (const auto& p : c.policies.policies) f(p.oid);
    return;
  }
  const x509::CertificatePolicies cp = x509::ParseCertificatePolicies(*last);
  for (const auto& p : cp.policies) f(p.oid);
}

// Every permitted subtree of every nameConstraints extension, in order.
template <typename F>
void ForEachPermittedSubtree(const x509::Certificate& c, F&& f) {
  const x509::Extension* first = c.FindExtension(oid::kNameConstraints);
  for (const auto& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kNameConstraints)) continue;
    if (&e == first) {
      for (const auto& s : c.name_constraints.permitted) f(s);
    } else {
      const x509::NameConstraints nc = x509::ParseNameConstraints(e);
      for (const auto& s : nc.permitted) f(s);
    }
  }
}

// ---- Certificate policies ---------------------------------------------------

// One explicitText of a userNotice qualifier (only non-empty ones are kept).
struct ExplicitText {
  uint32_t tag_number = 0;  // 12 UTF8String, 22 IA5String, 26 VisibleString, 30 BMPString
  der::Input bytes;         // contents octets
};
struct PolicyView {
  der::Input oid;
  std::vector<ExplicitText> explicit_texts;
  bool has_notice_ref = false;  // some userNotice carries a noticeRef
};
struct PoliciesView {
  const x509::Extension* ext = nullptr;  // the last certificatePolicies extension
  std::vector<PolicyView> policies;
  bool HasExplicitText() const {
    for (const auto& p : policies)
      if (!p.explicit_texts.empty()) return true;
    return false;
  }
  bool HasPolicy(der::Input oid) const {
    for (const auto& p : policies)
      if (p.oid == oid) return true;
    return false;
  }
};
// Computed once per certificate (cached on the certificate).
const PoliciesView& PoliciesOf(const x509::Certificate& c);

// ---- Policy mappings ----------------------------------------------------------

// The (issuerDomainPolicy, subjectDomainPolicy) pairs of a policyMappings
// extension, or nullopt where zlint's parser of that extension gives up
// (outer value not exactly one SEQUENCE, an empty or malformed mapping).
std::optional<std::vector<std::pair<der::Input, der::Input>>> PolicyMappingPairs(
    const x509::Extension& e);

// ---- Name constraints ---------------------------------------------------------

// Calls f(bool permitted, const x509::GeneralSubtree&) for every subtree of
// every nameConstraints extension, permitted subtrees of an extension first.
template <typename F>
void ForEachNameSubtree(const x509::Certificate& c, F&& f) {
  const x509::Extension* first = c.FindExtension(oid::kNameConstraints);
  for (const auto& e : c.extensions) {
    if (!subject::SameOid(e.oid, oid::kNameConstraints)) continue;
    if (&e == first) {
      for (const auto& s : c.name_constraints.permitted) f(true, s);
      for (const auto& s : c.name_constraints.excluded) f(false, s);
    } else {
      const x509::NameConstraints nc = x509::ParseNameConstraints(e);
      for (const auto& s : nc.permitted) f(true, s);
      for (const auto& s : nc.excluded) f(false, s);
    }
  }
}

// ---- Access locations -----------------------------------------------------------

// ---- Basic constraints -----------------------------------------------------

struct BasicConstraints {
  bool valid = false;  // BasicConstraintsValid
  bool is_ca = false;  // IsCA
  int64_t max_path_len = -1;
};
BasicConstraints BasicConstraintsOf(const x509::Certificate& c);
// zlint's IsSubscriberCert with zcrypto's IsCA: not a CA, not self-signed.
bool IsSubscriber(const x509::Certificate& c);

// Go encoding/asn1 decode of a BasicConstraints extension value into
// { IsCA bool optional, MaxPathLen int optional }: nullopt on a decode error,
// else the cA flag.
std::optional<bool> BasicConstraintsCa(der::Input value);

// zcrypto's CRLDistributionPoints: the [6]-numbered names of each
// distribution point's fullName, from every cRLDistributionPoints extension.
// Computed once per certificate (Certificate::Derived) and shared by the
// lints that need it.
const std::vector<der::Input>& CrlDistributionUris(const x509::Certificate& c);

// Number of zcrypto's OCSPServer entries (AIA id-ad-ocsp, location tag 6).
size_t OcspServerCount(const x509::Certificate& c);

}  // namespace cair::lints::util::zcrypto

#endif  // CAIR_LINTS_UTIL_ZCRYPTO_EXTENSIONS_H_
