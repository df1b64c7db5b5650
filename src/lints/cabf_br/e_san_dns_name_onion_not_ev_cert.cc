// CA/B Forum ballot 144 (BRs, effective 1 May 2015): certificates with a
// ".onion" name in the subjectAltName or subject commonName must be issued
// under the EV Guidelines (Appendix F). Ballot SC27 (BRs 1.6.9, 27 March
// 2020) lifted this for version 3 onion addresses, so zlint checks only
// subscriber certificates issued before that date.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/dns/domains.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_san_dns_name_onion_not_ev_cert",
    .description = "Subscriber certificates issued before BRs 1.6.9 with .onion names must be EV certificates.",
    .citation = "BRs: Ballot 144",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kOnionOnlyEVDate,
    .requires_facts = lint::fact::kNotCa,
};

// CA/B Forum BRs 1.6.9 (ballot SC27).
constexpr int64_t kCABFBRs_1_6_9_Date = lint::Date(2020, 3, 27);

class OnionNotEv final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return c.not_before.unix < kCABFBRs_1_6_9_Date && util::cert::IsSubscriberCert(c) &&
           util::dns::CertSubjInOnionTld(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::dns::IsEvCert(c)) return lint::Pass();
    return lint::Error("certificate contains one or more .onion subject domains but is not an EV certificate");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, OnionNotEv);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
