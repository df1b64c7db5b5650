// ETSI EN 319 412-2 V2.2.1 clause 4.3.2: settings A (nonRepudiation),
// C (digitalSignature) and E (keyEncipherment or keyAgreement alone) should
// be preferred, so that one key does not serve several purposes.
#include <cstdint>

#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/etsi/qc_statements.h"
#include "lints/util/zcrypto/keys.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_etsi_natural_person_key_usage_preferred_values",
    .description = "A natural-person certificate's keyUsage should be a single-purpose setting (A, C or E of EN 319 412-2 table 1).",
    .citation = "ETSI EN 319 412-2 v2.2.1: 4.3.2",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_2_V2_2_1_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa |
                      lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

class NaturalPersonKuPreferred final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::IsNaturalPerson(c) && c.HasExtension(oid::kKeyUsage) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const uint32_t ku = util::zcrypto::KeyUsage(c);
    for (int bit : {x509::kNonRepudiation, x509::kDigitalSignature, x509::kKeyEncipherment,
                    x509::kKeyAgreement})
      if (ku == (1u << bit)) return lint::Pass();
    return lint::Warn("KeyUsage (" + util::etsi::KeyUsageBinary(ku) +
                ") should not be used for ETSI natural person certificates");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NaturalPersonKuPreferred);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
