// ETSI EN 319 412-2 V2.2.1 clause 4.3.2, table 1: the key usage of a
// natural-person certificate is one of the settings A-F: nonRepudiation;
// nonRepudiation+digitalSignature; digitalSignature; digitalSignature with
// keyEncipherment or keyAgreement; keyEncipherment or keyAgreement alone;
// nonRepudiation+digitalSignature with keyEncipherment or keyAgreement.
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
    .name = "e_etsi_natural_person_key_usage_correct_values",
    .description = "A natural-person certificate's keyUsage must be one of the settings of EN 319 412-2 table 1.",
    .citation = "ETSI EN 319 412-2 v2.2.1: 4.3.2",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_2_V2_2_1_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa |
                      lint::fact::kCertificatePolicies | lint::fact::kKeyUsage,
};

constexpr uint32_t kDs = 1u << x509::kDigitalSignature;
constexpr uint32_t kNr = 1u << x509::kNonRepudiation;
constexpr uint32_t kKe = 1u << x509::kKeyEncipherment;
constexpr uint32_t kKa = 1u << x509::kKeyAgreement;

class NaturalPersonKuCorrect final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::IsNaturalPerson(c) && c.HasExtension(oid::kKeyUsage) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const uint32_t ku = util::zcrypto::KeyUsage(c);
    for (uint32_t allowed : {kNr, kNr | kDs, kDs, kDs | kKe, kDs | kKa, kKe, kKa, kNr | kDs | kKe,
                             kNr | kDs | kKa})
      if (ku == allowed) return lint::Pass();
    return lint::Error("KeyUsage " + util::etsi::KeyUsageList(ku) + " (" + util::etsi::KeyUsageBinary(ku) +
                 ") is not allowed for ETSI natural person certificates");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NaturalPersonKuCorrect);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
