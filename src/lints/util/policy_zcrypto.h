// File: lints/util/policy_zcrypto.h
// Views of the policy-related and name-constraint extensions (RFC 5280
// 4.2.1.4, 4.2.1.5, 4.2.1.10, 4.2.1.11, 4.2.1.13, 4.2.2.1) as zlint sees them
// through zcrypto, so that the rfc lints on those extensions agree with
// zlint's verdicts:
//   - an extension looked up by OID is the LAST one with that OID (zcrypto
//     keeps a map from OID text to extension, later entries overwrite);
//   - the policy identifiers and user-notice data come from the last
//     certificatePolicies extension only;
//   - name-constraint subtrees, CRL distribution point URIs and caIssuers
//     URIs are gathered from every extension with the OID;
//   - GeneralNames are classified by tag number alone (any class);
//   - the ad-hoc ASN.1 walks of some lints follow Go's encoding/asn1, which
//     rejects non-minimal length and tag encodings.
#ifndef CAIR_LINTS_UTIL_POLICY_ZCRYPTO_H_
#define CAIR_LINTS_UTIL_POLICY_ZCRYPTO_H_

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "der/input.h"
#include "der/parser.h"
#include "x509/certificate.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util {

// The last extension with `oid`, or nullptr.
const x509::Extension* PolicyLastExtension(const x509::Certificate& c, der::Input oid);

// Reads one element from the start of `in` as Go's encoding/asn1 would:
// nullopt for anything our lenient reader flags as non-minimal. `*rest`
// receives the bytes after the element.
std::optional<der::Element> PolicyGoReadElement(der::Input in, der::Input* rest = nullptr);

// True when `v` is an OBJECT IDENTIFIER body Go's encoding/asn1 accepts
// (non-empty, minimal base-128 arcs, each arc fitting in 31 bits).
bool PolicyGoOidOk(der::Input v);

// ---- Certificate policies ---------------------------------------------------

// One explicitText of a userNotice qualifier (only non-empty ones are kept).
struct PolicyExplicitText {
  uint32_t tag_number = 0;  // 12 UTF8String, 22 IA5String, 26 VisibleString, 30 BMPString
  der::Input bytes;         // contents octets
};
struct PolicyView {
  der::Input oid;
  std::vector<PolicyExplicitText> explicit_texts;
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
const PoliciesView& PolicyCertView(const x509::Certificate& c);

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
void PolicyForEachNameSubtree(const x509::Certificate& c, F&& f) {
  const x509::Extension* first = c.FindExtension(oid::kNameConstraints);
  for (const auto& e : c.extensions) {
    if (e.oid != oid::kNameConstraints) continue;
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

// zlint's test for a CRL or caIssuers location it accepts: the text starts
// with "http://" or "ldap://", compared without regard to ASCII case.
bool PolicyHttpOrLdapUri(std::string_view uri);

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_POLICY_ZCRYPTO_H_
