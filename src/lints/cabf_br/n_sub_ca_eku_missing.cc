// BRs 7.1.5 (Name Constraints / technically constrained subordinate CAs): a
// subordinate CA certificate needs the extKeyUsage extension to count as
// technically constrained.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_sub_ca_eku_missing",
    .description = "Notes a subordinate CA certificate without an extKeyUsage extension, which cannot be technically constrained.",
    .citation = "BRs: 7.1.5",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABEffectiveDate,
    .requires_facts = lint::fact::kCa,
};

class SubCaEkuMissing final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    return c.HasExtension(oid::kExtKeyUsage) ? lint::Pass() : lint::Info();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaEkuMissing);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
