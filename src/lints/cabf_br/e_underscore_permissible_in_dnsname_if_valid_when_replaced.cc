// CA/B Forum BRs 1.6.2, 7.1.4.2.1: from 10 December 2018 to 1 April 2019 a
// dNSName label could contain underscores only if replacing every '_' with
// '-' gives a valid LDH label (1-63 letters, digits and hyphens, no hyphen at
// either end, no reserved "??--" prefix other than "xn--"). The wildcard
// label "*" is exempt. Checked on subscriber certificates' subjectAltName
// dNSNames.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/dns/domains.h"
#include "lints/util/dns/names.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_underscore_permissible_in_dnsname_if_valid_when_replaced",
    .description = "Between BRs 1.6.2 and the 2019 sunset, dNSName labels with underscores must be valid LDH labels once '_' is replaced by '-'.",
    .citation = "BRs: 7.1.4.2.1",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABFBRs_1_6_2_Date,
    .ineffective = lint::dates::kCABFBRs_1_6_2_UnderscorePermissibilitySunsetDate,
    .requires_facts = lint::fact::kNotCa,
};

class UnderscorePermissibleIfValidWhenReplaced final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::dns::SubscriberWithDnsNames(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    std::string details;
    util::dns::AltNameView(c, oid::kSubjectAltName).ForEach(util::dns::kTagDnsName, [&](std::string_view d) {
      return util::dns::ForEachLabel(d, [&](std::string_view label) {
        if (label.find('_') == std::string_view::npos || label == "*") return true;
        std::string replaced(label);
        for (char& ch : replaced)
          if (ch == '_') ch = '-';
        if (util::dns::IsLdhLabel(replaced)) return true;
        details = "When all underscores (_) in " + util::dns::GoQuote(label) +
                  " are replaced with hypens (-) the result is " + util::dns::GoQuote(replaced) +
                  " which not a valid LDH label";
        return false;
      });
    });
    return details.empty() ? lint::Pass() : lint::Error(std::move(details));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, UnderscorePermissibleIfValidWhenReplaced);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
