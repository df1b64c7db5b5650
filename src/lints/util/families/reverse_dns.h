// File: the walk shared by the BR lints on reverse-DNS names (BRs 3.2.2.6,
// 7.1.4.2.1: `in-addr.arpa` / `ip6.arpa` subjectAltName dNSNames): they
// differ only in what they find wrong with one reversed name.
#ifndef CAIR_LINTS_UTIL_FAMILIES_REVERSE_DNS_H_
#define CAIR_LINTS_UTIL_FAMILIES_REVERSE_DNS_H_

#include <string>
#include <string_view>
#include <utility>

#include "lint/lint.h"
#include "lints/util/dns/arpa.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints::families {

// ReverseDnsCheck applies to certificates with a reverse-DNS name
// (util::dns::HasReverseDnsName) and walks the subjectAltName dNSNames,
// lower-cased as Go does, that lie in a reverse zone: the first for which
// `problem` says something (a non-empty text) ends the walk, the lint
// returning `status` with that text.
class ReverseDnsCheck : public lint::CertificateLint {
 public:
  using Problem = std::string (*)(const std::string& name, util::dns::ReverseZone zone,
                                  const util::dns::ReversedName& reversed);
  ReverseDnsCheck(Problem problem, lint::Status status) : problem_(problem), status_(status) {}
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::HasReverseDnsName(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string details;
    util::dns::AltNameView(c, oid::kSubjectAltName).ForEach(util::dns::kTagDnsName, [&](std::string_view d) {
      const std::string name = util::dns::GoLower(d);
      const util::dns::ReverseZone zone = util::dns::ReverseZoneOf(name);
      if (zone == util::dns::ReverseZone::kNone) return true;
      details = problem_(name, zone, util::dns::ParseReversedName(name, zone));
      return details.empty();
    });
    if (details.empty()) return lint::Pass();
    return lint::Result{status_, std::move(details)};
  }

 private:
  const Problem problem_;
  const lint::Status status_;
};

}  // namespace cair::lints::families

#endif  // CAIR_LINTS_UTIL_FAMILIES_REVERSE_DNS_H_
