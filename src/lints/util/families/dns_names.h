// File: the checks shared by the DNS-name lints of subscriber certificates
// (BRs 7.1.4.2, RFC 5280 4.2.1.6): zlint's BR lints (cabf_br/) and its RFC
// 5280 lints (rfc/) apply the same rule, the BR ones to the subject CN (when
// it is checked as a DNS name) and the SAN dNSNames, the RFC ones to the SAN
// dNSNames only. Four shapes: a rule on each name (`DnsNameCheck`), a label
// flaw read from the certificate's label facts (`DnsLabelCheck`: empty and
// over-long labels), a rule on each name split at its public suffix
// (`DomainPartCheck`, the SLD / TRD lints), and the underscore ban of BRs
// 7.1.4.2.1 (`SanUnderscoreCheck`).
#ifndef CAIR_LINTS_UTIL_FAMILIES_DNS_NAMES_H_
#define CAIR_LINTS_UTIL_FAMILIES_DNS_NAMES_H_

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "lint/lint.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/label_facts.h"
#include "lints/util/dns/names.h"
#include "lints/util/dns/public_suffix.h"
#include "x509/oids.h"

namespace cair::lints::families {

// Which names a check reads: the SAN dNSNames only (zlint's RFC 5280
// lints), or the subject CN first, when checked as a DNS name, then the SAN
// dNSNames (its BR lints).
enum class DnsNames { kSan, kCommonNameAndSan };

// DnsNameCheck applies to subscriber certificates with DNS names (zlint's
// `IsSubscriberCert && DNSNamesExist`) and is an error when one of `Names`
// fails `Ok`. (Template arguments, so that the rule is inlined: these lints
// run on every certificate.) `kSuspect`: the name facts (label_facts.h)
// without which `Ok` certainly holds; names with none of them are not read.
template <DnsNames Names, bool (*Ok)(std::string_view), uint16_t kSuspect = 0xffff>
class DnsNameCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if constexpr (Names == DnsNames::kCommonNameAndSan) {
      const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
      if (cn.checked_as_dns() && (cn.facts & kSuspect) != 0 && !Ok(cn.cn)) return lint::Error();
    }
    const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
    if (!san.any_has(kSuspect)) return lint::Pass();
    for (const util::dns::SanDnsName& d : san.names)
      if ((d.facts & kSuspect) != 0 && !Ok(d.name)) return lint::Error();
    return lint::Pass();
  }
};

// DnsLabelCheck applies as DnsNameCheck does and is an error when one of
// `Names` has the label flaw `kFlaw` (util::dns::kEmptyLabel,
// kLabelOver63), read from the certificate's util::dns::LabelFacts.
template <DnsNames Names, uint8_t kFlaw>
class DnsLabelCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const util::dns::LabelFacts& facts = util::dns::LabelFactsOf(c);
    if constexpr (Names == DnsNames::kCommonNameAndSan) {
      if ((facts.cn & kFlaw) != 0 && util::dns::CommonNameOf(c).checked_as_dns()) return lint::Error();
    }
    return (facts.san & kFlaw) != 0 ? lint::Error() : lint::Pass();
  }
};

// The rules on a name split at its public suffix, each true when the name
// is what the lint flags.
inline bool UnderscoreInSld(const util::dns::ParsedDomain& d) {
  return d.sld().find('_') != std::string_view::npos;
}
inline bool HyphenAtSldEdge(const util::dns::ParsedDomain& d) {
  const std::string_view sld = d.sld();
  return !sld.empty() && (sld.front() == '-' || sld.back() == '-');
}
inline bool UnderscoreInTrd(const util::dns::ParsedDomain& d) {
  return d.trd().find('_') != std::string_view::npos;
}
inline bool WildcardSld(const util::dns::ParsedDomain& d) { return d.sld() == "*"; }

// DomainPartCheck applies as DnsNameCheck does and walks `Names` split at
// their public suffix (util::dns::WalkParsedDomains): a name that cannot be
// split makes the lint NA, the first name `Hit` flags returns `kStatus`.
// `kNeeds`: name facts (label_facts.h) of which a name `Hit` flags has one
// (0: none known); when no name has one, `Hit` is not asked (the walk still
// finds a name that cannot be split).
template <DnsNames Names, bool (*Hit)(const util::dns::ParsedDomain&), lint::Status kStatus,
          uint16_t kNeeds = 0>
class DomainPartCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    bool possible = true;
    if constexpr (kNeeds != 0) {
      possible = util::dns::SanDnsNamesOf(c).any_has(kNeeds);
      if constexpr (Names == DnsNames::kCommonNameAndSan)
        possible = possible || (util::dns::CommonNameOf(c).facts & kNeeds) != 0;
    }
    auto hit = [possible](const util::dns::ParsedDomain& d) { return possible && Hit(d); };
    util::dns::DomainWalk walk;
    if constexpr (Names == DnsNames::kSan) walk = util::dns::WalkSanDomains(c, hit);
    else walk = util::dns::WalkParsedDomains(c, hit);
    switch (walk) {
      case util::dns::DomainWalk::kUnparsable: return lint::NA();
      case util::dns::DomainWalk::kHit: return lint::Result{kStatus, {}};
      default: return lint::Pass();
    }
  }
};

// The first subjectAltName dNSName that contains an underscore, if any.
inline std::optional<std::string_view> FirstSanDnsNameWithUnderscore(const x509::Certificate& c) {
  const util::dns::SanDnsNames& san = util::dns::SanDnsNamesOf(c);
  if (!san.any_has(util::dns::kFactUnderscore)) return std::nullopt;
  for (const util::dns::SanDnsName& d : san.names)
    if ((d.facts & util::dns::kFactUnderscore) != 0) return d.name;
  return std::nullopt;
}

// SanUnderscoreCheck applies as DnsNameCheck does and is an error naming
// the first subjectAltName dNSName with an underscore; the lints differ in
// their effective window only.
class SanUnderscoreCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const std::optional<std::string_view> bad = FirstSanDnsNameWithUnderscore(c);
    if (!bad) return lint::Pass();
    return lint::Error("The DNS name '" + std::string(*bad) + "' contains an underscore (_) character");
  }
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_DNS_NAMES_H_
