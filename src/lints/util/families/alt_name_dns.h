// File: the per-name check shared by the SAN / IAN lint pairs: one rule over
// the GeneralNames of one type in either extension. The dNSName rules of the
// Community source (bare wildcard, leading period, NUL, wildcard position,
// public suffix) are here; the URI rules of RFC 5280 in alt_name_uri.h.
#ifndef CAIR_LINTS_UTIL_FAMILIES_ALT_NAME_DNS_H_
#define CAIR_LINTS_UTIL_FAMILIES_ALT_NAME_DNS_H_

#include <cstddef>
#include <cstdint>
#include <string_view>

#include "der/input.h"
#include "lint/lint.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints::families {

// The rules, each true when the dNSName `d` is acceptable.
inline bool NotBareWildcard(std::string_view d) { return d.empty() || d.back() != '*'; }
inline bool NotStartingWithPeriod(std::string_view d) { return d.empty() || d.front() != '.'; }
inline bool HasNoNul(std::string_view d) { return d.find('\0') == std::string_view::npos; }
inline bool WildcardOnlyFirst(std::string_view d) {
  return d.size() < 2 || d.find('*', 1) == std::string_view::npos;
}
inline bool HasThreeLabels(std::string_view d) {
  size_t labels = 0;
  util::dns::ForEachLabel(d, [&](std::string_view) { return ++labels, true; });
  return labels >= 3;
}

// AltNameCheck applies when the certificate carries extension `ext_oid`
// (subjectAltName or issuerAltName) and returns `status` when one of its
// GeneralNames with tag `tag` (as `util::dns::AltNameView` reads them) fails
// `ok`, else Pass.
class AltNameCheck : public lint::CertificateLint {
 public:
  using Rule = bool (*)(std::string_view);
  AltNameCheck(der::Input ext_oid, uint32_t tag, Rule ok, lint::Status status)
      : ext_oid_(ext_oid), tag_(tag), ok_(ok), status_(status),
        san_dns_(ext_oid == oid::kSubjectAltName && tag == util::dns::kTagDnsName), suspect_(SuspectFacts(ok)) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.HasExtension(ext_oid_);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (san_dns_) {
      // The SAN dNSNames as read once per certificate; a name without the
      // facts the rule can fail on is not read.
      const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
      if (!san.any_has(suspect_)) return lint::Pass();
      for (const util::dns::SanDnsName& d : san.names)
        if ((d.facts & suspect_) != 0 && !ok_(d.name)) return lint::Result{status_, {}};
      return lint::Pass();
    }
    util::dns::AltNameView names(c, ext_oid_);
    return names.ForEach(tag_, ok_) ? lint::Pass() : lint::Result{status_, {}};
  }

 private:
  // The name facts (label_facts.h) without which a dNSName passes `ok`.
  static uint16_t SuspectFacts(Rule ok) {
    if (ok == &HasNoNul) return util::dns::kFactNul;
    if (ok == &NotBareWildcard) return util::dns::kFactStar;
    if (ok == &WildcardOnlyFirst) return util::dns::kFactStarNotFirst;
    if (ok == &NotStartingWithPeriod) return util::dns::kFactEmptyLabel;  // a first label, empty
    return 0xffff;
  }

  const der::Input ext_oid_;
  const uint32_t tag_;
  const Rule ok_;
  const lint::Status status_;
  const bool san_dns_;
  const uint16_t suspect_;
};

// AltNameDnsCheck is AltNameCheck over the dNSNames.
class AltNameDnsCheck : public AltNameCheck {
 public:
  AltNameDnsCheck(der::Input ext_oid, Rule ok, lint::Status status)
      : AltNameCheck(ext_oid, util::dns::kTagDnsName, ok, status) {}
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_ALT_NAME_DNS_H_
