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
// run on every certificate.)
template <DnsNames Names, bool (*Ok)(std::string_view)>
class DnsNameCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if constexpr (Names == DnsNames::kCommonNameAndSan) {
      const util::dns::CommonName& cn = util::dns::CommonNameOf(c);
      if (cn.checked_as_dns() && !Ok(cn.cn)) return lint::Error();
    }
    util::dns::AltNameView san(c, oid::kSubjectAltName);
    return san.ForEach(util::dns::kTagDnsName, [](std::string_view d) { return Ok(d); }) ? lint::Pass()
                                                                                          : lint::Error();
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
template <DnsNames Names, bool (*Hit)(const util::dns::ParsedDomain&), lint::Status kStatus>
class DomainPartCheck : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    auto hit = [](const util::dns::ParsedDomain& d) { return Hit(d); };
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
  std::optional<std::string_view> bad;
  util::dns::AltNameView(c, oid::kSubjectAltName).ForEach(util::dns::kTagDnsName, [&](std::string_view d) {
    if (d.find('_') != std::string_view::npos) bad = d;
    return !bad;
  });
  return bad;
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
