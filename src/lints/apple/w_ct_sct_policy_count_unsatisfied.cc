// Apple's Certificate Transparency policy (support.apple.com HT205280): a
// certificate must come with SCTs from a number of distinct logs that grows
// with its lifetime: under 15 months 2, up to 27 months 3, up to 39 months 4,
// longer 5. Only embedded SCTs are visible here (SCTs delivered by TLS or
// OCSP are not), so a shortfall is reported as a notice.
#include <set>
#include <string>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/time/validity.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_ct_sct_policy_count_unsatisfied",
    .description = "The certificate should embed SCTs from as many distinct CT logs as Apple's CT policy asks for its lifetime.",
    .citation = "Apple: HT205280",
    .source = lint::Source::kApple,
    .effective = lint::dates::kAppleCTPolicyDate,
    .requires_facts = lint::fact::kNotCa | lint::fact::kNoCtPoison,
};

// Distinct logs the policy asks for, from the lifetime measured in calendar
// months from notBefore.
int ExpectedScts(const x509::Certificate& c) {
  const int64_t start = c.not_before.unix;
  const int64_t end = c.not_after.unix;
  if (end < util::time::AddDate(start, 0, 15, 0)) return 2;
  if (end < util::time::AddDate(start, 0, 27, 0)) return 3;
  if (end < util::time::AddDate(start, 0, 39, 0)) return 4;
  return 5;
}

class SctPolicyCount final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && !c.HasExtension(oid::kCtPoison);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const int expected = ExpectedScts(c);
    std::set<std::string> logs;
    for (const x509::Sct& s : c.sct_list.scts) logs.insert(s.log_id.AsString());
    if (static_cast<int>(logs.size()) >= expected) return lint::Pass();
    return lint::Info("the certificate embeds SCTs from " + std::to_string(logs.size()) +
                " distinct logs; Apple's CT policy may require " + std::to_string(expected));
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SctPolicyCount);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
