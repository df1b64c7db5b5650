// BRs 7.1.2.2 (Subordinate CA Certificate), nameConstraints: if present, the
// extension SHOULD be marked critical.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "w_sub_ca_name_constraints_not_critical",
    .description = "A subordinate CA certificate's nameConstraints extension should be critical.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV102Date,
    .requires_facts = lint::fact::kCa | lint::fact::kNameConstraints,
};

class SubCaNameConstraintsNotCritical final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kNameConstraints);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return util::zcrypto::LastExtension(c, oid::kNameConstraints)->critical ? lint::Pass() : lint::Warn();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaNameConstraintsNotCritical);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
