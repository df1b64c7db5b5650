// File: lints/util/br_dns_zcrypto.h
// The few extension views the BR DNS-name lints need, as zlint sees them
// through zcrypto: a look-up by OID finds the LAST extension with that OID
// (zcrypto's ExtensionsMap), AIA URLs and name-constraint subtrees are
// gathered from every extension with the OID in order, PolicyIdentifiers
// come from the last certificatePolicies extension, and ad-hoc ASN.1 walks
// follow Go's encoding/asn1 (which rejects non-minimal encodings).
#ifndef CAIR_LINTS_UTIL_BR_DNS_ZCRYPTO_H_
#define CAIR_LINTS_UTIL_BR_DNS_ZCRYPTO_H_

#include <optional>
#include <string_view>

#include "der/input.h"
#include "der/parser.h"
#include "x509/certificate.h"
#include "x509/extensions.h"
#include "x509/oids.h"

namespace cair::lints::util {

// The last extension with `oid`, or nullptr.
const x509::Extension* BrDnsLastExtension(const x509::Certificate& c, der::Input oid);

// One element at the start of `in`, read as Go's encoding/asn1 would
// (nullopt for non-minimal lengths or tags); `*rest` gets what follows.
std::optional<der::Element> BrDnsGoReadElement(der::Input in, der::Input* rest = nullptr);
// An OBJECT IDENTIFIER body Go accepts (minimal arcs fitting in 31 bits).
bool BrDnsGoOidOk(der::Input v);

// The policy OIDs of the last certificatePolicies extension (zcrypto's
// PolicyIdentifiers); calls f(der::Input oid) for each.
template <typename F>
void BrDnsForEachPolicyOid(const x509::Certificate& c, F&& f) {
  const x509::Extension* last = BrDnsLastExtension(c, oid::kCertificatePolicies);
  if (last == nullptr) return;
  if (last == c.FindExtension(oid::kCertificatePolicies) && c.policies.present) {
    for (const auto& p : c.policies.policies) f(p.oid);
    return;
  }
  const x509::CertificatePolicies cp = x509::ParseCertificatePolicies(*last);
  for (const auto& p : cp.policies) f(p.oid);
}

// zcrypto's OCSPServer (method oid::kAdOcsp) or IssuingCertificateURL
// (oid::kAdCaIssuers): the accessLocations with tag number 6 of every AIA
// extension, in order. f(std::string_view) returns false to stop.
template <typename F>
void BrDnsForEachAiaUrl(const x509::Certificate& c, der::Input method, F&& f) {
  auto visit = [&](const x509::InfoAccess& ia) {
    for (const auto& d : ia.descriptions)
      if (d.method == method && d.location.tag.number == 6 && !f(d.location.value.AsStringView()))
        return false;
    return true;
  };
  if (c.CountExtension(oid::kAuthorityInfoAccess) <= 1) {
    visit(c.aia);
    return;
  }
  for (const auto& e : c.extensions)
    if (e.oid == oid::kAuthorityInfoAccess && !visit(x509::ParseInfoAccess(e))) return;
}

// Every permitted subtree of every nameConstraints extension, in order.
template <typename F>
void BrDnsForEachPermittedSubtree(const x509::Certificate& c, F&& f) {
  const x509::Extension* first = c.FindExtension(oid::kNameConstraints);
  for (const auto& e : c.extensions) {
    if (e.oid != oid::kNameConstraints) continue;
    if (&e == first) {
      for (const auto& s : c.name_constraints.permitted) f(s);
    } else {
      const x509::NameConstraints nc = x509::ParseNameConstraints(e);
      for (const auto& s : nc.permitted) f(s);
    }
  }
}

}  // namespace cair::lints::util

#endif  // CAIR_LINTS_UTIL_BR_DNS_ZCRYPTO_H_
