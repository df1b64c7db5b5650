// ETSI EN 319 412-2 V2.2.1 clause 4.3.2: a certificate issued to a natural
// person shall carry the key usage extension.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/etsi/qc_statements.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_etsi_natural_person_key_usage_mandatory",
    .description = "A certificate issued to a natural person under ETSI policies must have a keyUsage extension.",
    .citation = "ETSI EN 319 412-2 v2.2.1: 4.3.2",
    .source = lint::Source::kEtsiEsi,
    .effective = lint::dates::kEtsiEn319_412_2_V2_2_1_Date,
    .requires_facts = lint::fact::kNonBrPolicy | lint::fact::kNotCa | lint::fact::kCertificatePolicies,
};

class NaturalPersonKuMandatory final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::etsi::IsNaturalPerson(c) && util::cert::IsSubscriberCert(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (c.HasExtension(oid::kKeyUsage)) return lint::Pass();
    // Message kept identical to zlint's (its test suite compares it).
    return lint::Error("ETSI natural person certificates does not have the key usage extension");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, NaturalPersonKuMandatory);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
