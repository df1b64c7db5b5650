// BRs 7.1.2.2 (Subordinate CA Certificate), extKeyUsage: to be technically
// constrained, the extension must contain id-kp-serverAuth, id-kp-clientAuth
// or both.
#include "lint/effective_dates.h"
#include "lint/registry.h"
#include "lints/util/cert/class.h"
#include "lints/util/zcrypto/extensions.h"
#include "x509/oids.h"

namespace cair::lints {
namespace { namespace CAIR_UNITY_ID {  // unity build: one namespace per file (tools/unity_namespaces.py)
namespace {

constexpr lint::Metadata kMetadata{
    .name = "n_sub_ca_eku_not_technically_constrained",
    .description = "Notes a subordinate CA certificate whose extKeyUsage has neither serverAuth nor clientAuth.",
    .citation = "BRs: 7.1.2.2",
    .source = lint::Source::kCabfBr,
    .effective = lint::dates::kCABV116Date,
    .requires_facts = lint::fact::kCa | lint::fact::kExtKeyUsage,
};

class SubCaEkuNotConstrained final : public lint::CertificateLint {
 public:
  bool CheckApplies(const x509::Certificate& c) const override {
    return util::cert::IsSubCa(c) && c.HasExtension(oid::kExtKeyUsage);
  }
  lint::Result Execute(const x509::Certificate& c) const override {
    const bool ok = util::zcrypto::HasEku(c, oid::kEkuServerAuth) || util::zcrypto::HasEku(c, oid::kEkuClientAuth);
    return ok ? lint::Pass() : lint::Info();
  }
};

}  // namespace
CAIR_REGISTER_LINT(kMetadata, SubCaEkuNotConstrained);
}}  // namespace ::CAIR_UNITY_ID
}  // namespace cair::lints
