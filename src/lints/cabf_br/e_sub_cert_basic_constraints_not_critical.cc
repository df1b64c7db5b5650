// BRs 7.1.2.7.6 (Subscriber Certificate Extensions): basicConstraints MAY be
// present and, when it is, must be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "e_sub_cert_basic_constraints_not_critical",
    .description = "A subscriber certificate's basicConstraints extension, when present, must be critical.",
    .citation = "BRs: 7.1.2.7.6",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kSC62EffectiveDate,
    .peers = "pkilint:cabf.serverauth.subscriber.non_critical_basic_constraints_extension",
    .requires_facts = lint::fact::kNotCa | lint::fact::kBasicConstraints,
};

class SubCertBasicConstraintsNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubscriberCert(c) && c.HasExtension(oid::kBasicConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    if (util::zcrypto::LastExtension(c, oid::kBasicConstraints)->critical) return lint::Pass();
    return lint::Error("Basic Constraints extension is present (2.5.29.19) and marked as non-critical");
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCertBasicConstraintsNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
